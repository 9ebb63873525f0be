package contracts

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// FuzzParseEpochStatement: no input panics the parser; an accepted statement marshals
// back to JSON that parses to the same statement.
func FuzzParseEpochStatement(f *testing.F) {
	key, _ := crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	s, err := NewEpochStatement(key, &Deployment{ChainID: 1337, Settlement: common.HexToAddress("0x01")}, 3, common.Hash{7}, big.NewInt(99), common.Hash{8})
	if err != nil {
		f.Fatal(err)
	}
	good, _ := json.Marshal(s)
	f.Add(good)
	f.Add([]byte(`{"epoch":1,"root":"0x00","commitment":1,"signature":"0x"}`))
	f.Add([]byte(`{"epoch":1,"root":"0x0000000000000000000000000000000000000000000000000000000000000000","commitment":-1,"signature":"0x00"}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ParseEpochStatement(data)
		if err != nil {
			return
		}
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		s2, err := ParseEpochStatement(b)
		if err != nil || s2.Epoch != s.Epoch || s2.Root != s.Root || s2.Commitment.Cmp(s.Commitment) != 0 || string(s2.Signature) != string(s.Signature) {
			t.Fatalf("round trip: %+v -> %s -> %+v, %v", s, b, s2, err)
		}
	})
}
