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

// ZeroAddress is the EVM zero address, which no one holds the key of.
const ZeroAddress = "0x0000000000000000000000000000000000000000"

// CheckContributor is CheckAddress for an address that is to be credited and paid:
// it also refuses the zero address (payouts to it are burned), with ErrAddress.
func CheckContributor(s string) (string, error) {
	a, err := CheckAddress(s)
	if err != nil {
		return "", err
	}
	if a == ZeroAddress {
		return "", fmt.Errorf("%q is the zero address, which cannot receive payouts: %w", s, ErrAddress)
	}
	return a, nil
}
