package lm

import "poa/circuits"

// outputHash is circuits.OutputHash of the output token ids as 0x + 64 hex digits, or ""
// when an id does not fit the circuit's 16-bit tokens (a vocabulary over 65,536: such
// an output's spans cannot be proven).
func outputHash(ids []int) string {
	for _, id := range ids {
		if id < 0 || id >= 1<<circuits.TokenBits {
			return ""
		}
	}
	return hexRoot(circuits.OutputHash(ids))
}
