package settlement

import (
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"poa/circuits"
	"poa/datanet"
	"poa/prover"
)

// ParseFee reads a canonical decimal integer in [0, 2^96) (fees and payouts, OPEN base
// units); anything else is ErrInput.
func ParseFee(s string) (*big.Int, error) {
	v, err := prover.ParseUint(s, circuits.FeeBits)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInput, err)
	}
	return v, nil
}

// ParseAddress reads a contributor or claimant address as datanet imports do (0x + 40
// hex digits; mixed case must carry a valid EIP-55 checksum) and refuses the zero
// address, which can hold no payout.
func ParseAddress(s string) (common.Address, error) {
	sum, err := datanet.CheckAddress(s)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %w", ErrInput, err)
	}
	a := common.HexToAddress(sum)
	if a == (common.Address{}) {
		return a, fmt.Errorf("%q is the zero address, which cannot receive or claim payouts: %w", s, ErrInput)
	}
	return a, nil
}

// decodeRecord decodes a stored JSON record, wrapping a failure in ErrInput.
func decodeRecord(raw []byte, v any) error {
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("%w: %v", ErrInput, err)
	}
	return nil
}

func parseTally(s string) (*big.Int, bool) {
	v, ok := new(big.Int).SetString(s, 10)
	return v, ok && v.Sign() >= 0
}
