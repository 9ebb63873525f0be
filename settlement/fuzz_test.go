package settlement

import (
	"errors"
	"math/big"
	"strings"
	"testing"
)

// FuzzParseFee: a fee is accepted only as a canonical decimal below 2^96, and reads back
// as the same string.
func FuzzParseFee(f *testing.F) {
	for _, s := range []string{"0", "1", "1000000000000000000", "79228162514264337593543950335", "79228162514264337593543950336",
		"01", "-1", "+1", "1e18", "0x10", " 1", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseFee(s)
		if err != nil {
			if !errors.Is(err, ErrInput) {
				t.Fatalf("%q: error %v does not wrap ErrInput", s, err)
			}
			return
		}
		if v.String() != s || v.Sign() < 0 || v.Cmp(new(big.Int).Lsh(big.NewInt(1), 96)) >= 0 {
			t.Fatalf("%q accepted as %v", s, v)
		}
	})
}

// FuzzParseAddress: an accepted address is non-zero and its EIP-55 form reads back to it;
// mixed case that is not the checksummed form is refused.
func FuzzParseAddress(f *testing.F) {
	for _, s := range []string{"0xaAaAaAaaAaAaAaaAaAAAAAAAAaaaAaAaAaaAaaAa", "0xaAaAaAaaAaAaAaaAaAAAAAAAAaaaAaAaAaaAaaAA",
		"0x0000000000000000000000000000000000000000", "0x1234", "aAaAaAaaAaAaAaaAaAAAAAAAAaaaAaAaAaaAaaAa"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAddress(s)
		if err != nil {
			if !errors.Is(err, ErrInput) {
				t.Fatalf("%q: error %v does not wrap ErrInput", s, err)
			}
			return
		}
		body := s[2:]
		if a == ([20]byte{}) || !strings.EqualFold(a.Hex(), s) ||
			(body != strings.ToLower(body) && body != strings.ToUpper(body) && a.Hex()[2:] != body) {
			t.Fatalf("%q accepted as %s", s, a.Hex())
		}
	})
}
