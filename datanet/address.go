package datanet

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// CheckAddress validates an EVM address and returns it in EIP-55 checksummed form.
// It needs the 0x prefix and 40 hex digits. All-lower-case and all-upper-case hex
// carry no checksum and are accepted; mixed case must match the EIP-55 checksum.
func CheckAddress(s string) (string, error) {
	if !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X") {
		return "", fmt.Errorf("%q: want 0x followed by 40 hex digits: %w", s, ErrAddress)
	}
	if !common.IsHexAddress(s) || len(s) != 42 {
		return "", fmt.Errorf("%q: want 0x followed by 40 hex digits: %w", s, ErrAddress)
	}
	sum := common.HexToAddress(s).Hex()
	body := s[2:]
	if body != strings.ToLower(body) && body != strings.ToUpper(body) && "0x"+body != sum {
		return "", fmt.Errorf("%q: EIP-55 checksum mismatch (checksummed form is %s): %w", s, sum, ErrAddress)
	}
	return sum, nil
}
