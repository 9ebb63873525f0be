package prover

import (
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"poa/circuits"
)

// Input is what a split is proven for: the epoch, the data fee (OPEN base units, < 2^96)
// and the contributors with their fixed-point scores (< 2^64 each).
type Input struct {
	Epoch        uint64
	Fee          *big.Int
	Contributors []common.Address
	Scores       []uint64
}

// inputJSON is the split.json format: integers as decimal strings.
type inputJSON struct {
	Epoch        *uint64  `json:"epoch,omitempty"`
	Fee          string   `json:"fee"`
	Contributors []string `json:"contributors"`
	Scores       []string `json:"scores"`
}

// MarshalJSON writes the split.json format.
func (in Input) MarshalJSON() ([]byte, error) {
	j := inputJSON{Epoch: &in.Epoch, Fee: in.Fee.String(), Contributors: make([]string, len(in.Contributors)), Scores: make([]string, len(in.Scores))}
	for i, a := range in.Contributors {
		j.Contributors[i] = a.Hex()
	}
	for i, s := range in.Scores {
		j.Scores[i] = fmt.Sprint(s)
	}
	return json.Marshal(j)
}

// DecodeInput reads a split.json document ({"fee": "…", "contributors": ["0x…"],
// "scores": ["…"]}, optional "epoch") from r; name labels errors (a file name).
// It rejects unknown fields, trailing data, non-decimal or out-of-range integers,
// malformed or repeated addresses and lists of different lengths, wrapping ErrInput.
func DecodeInput(r io.Reader, name string) (Input, error) {
	var j inputJSON
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return Input{}, fmt.Errorf("%s: %w: %v", name, ErrInput, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return Input{}, fmt.Errorf("%s: %w: trailing data after the JSON object", name, ErrInput)
	}
	var in Input
	if j.Epoch != nil {
		in.Epoch = *j.Epoch
	}
	fee, err := ParseUint(j.Fee, circuits.FeeBits)
	if err != nil {
		return Input{}, fmt.Errorf("%s: fee: %w", name, err)
	}
	in.Fee = fee
	if len(j.Contributors) != len(j.Scores) {
		return Input{}, fmt.Errorf("%s: %d contributors but %d scores: %w", name, len(j.Contributors), len(j.Scores), ErrInput)
	}
	seen := make(map[common.Address]int, len(j.Contributors))
	for i, a := range j.Contributors {
		addr, err := parseAddress(a)
		if err != nil {
			return Input{}, fmt.Errorf("%s: contributors[%d]: %w", name, i, err)
		}
		if k, dup := seen[addr]; dup {
			return Input{}, fmt.Errorf("%s: contributors[%d] repeats contributors[%d] (%s): %w", name, i, k, addr.Hex(), ErrInput)
		}
		seen[addr] = i
		s, err := ParseUint(j.Scores[i], 64)
		if err != nil {
			return Input{}, fmt.Errorf("%s: scores[%d]: %w", name, i, err)
		}
		in.Contributors = append(in.Contributors, addr)
		in.Scores = append(in.Scores, s.Uint64())
	}
	return in, nil
}

// ParseUint reads a canonical decimal string (digits only, no leading zeros except "0")
// below 2^bits, the form of every integer in split and proof files; else ErrInput.
func ParseUint(s string, bits int) (*big.Int, error) {
	if s == "" || len(s) > 80 || (len(s) > 1 && s[0] == '0') {
		return nil, fmt.Errorf("%q is not a canonical decimal integer: %w", s, ErrInput)
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return nil, fmt.Errorf("%q is not a canonical decimal integer: %w", s, ErrInput)
		}
	}
	v, _ := new(big.Int).SetString(s, 10)
	if v.BitLen() > bits {
		return nil, fmt.Errorf("%s does not fit in %d bits: %w", s, bits, ErrInput)
	}
	return v, nil
}

// parseAddress reads a 0x-prefixed 40-hex-digit address. Mixed-case input must carry a
// valid EIP-55 checksum.
func parseAddress(s string) (common.Address, error) {
	if len(s) != 42 || !strings.HasPrefix(s, "0x") || !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%q is not a 0x-prefixed 20-byte hex address: %w", s, ErrInput)
	}
	a := common.HexToAddress(s)
	body := s[2:]
	if strings.ToLower(body) != body && strings.ToUpper(body) != body && a.Hex() != s {
		return common.Address{}, fmt.Errorf("%q fails its EIP-55 checksum (want %s): %w", s, a.Hex(), ErrInput)
	}
	return a, nil
}

// Statement is a split with everything the proof and the settlement need: the
// payouts and remainder (Split), and the public inputs.
type Statement struct {
	Epoch        uint64
	DataFee      *big.Int
	Contributors []common.Address
	Scores       []uint64
	Payouts      []*big.Int
	Remainder    *big.Int
	Commitment   *big.Int
	Gamma        *big.Int
	Fingerprint  *big.Int
}

// NewStatement splits in.Fee among in.Scores and computes the public inputs. It returns
// ErrInput for a fee ≥ 2^96, mismatched lists or more than circuits.MaxSize contributors.
func NewStatement(in Input) (*Statement, error) {
	if in.Fee == nil || in.Fee.Sign() < 0 || in.Fee.BitLen() > circuits.FeeBits {
		return nil, fmt.Errorf("fee %v not in [0, 2^96): %w", in.Fee, ErrInput)
	}
	if len(in.Contributors) != len(in.Scores) {
		return nil, fmt.Errorf("%d contributors but %d scores: %w", len(in.Contributors), len(in.Scores), ErrInput)
	}
	if len(in.Contributors) > circuits.MaxSize {
		return nil, fmt.Errorf("%d contributors, at most %d per proof: %w", len(in.Contributors), circuits.MaxSize, ErrInput)
	}
	st := &Statement{Epoch: in.Epoch, DataFee: new(big.Int).Set(in.Fee),
		Contributors: append([]common.Address(nil), in.Contributors...), Scores: append([]uint64(nil), in.Scores...)}
	st.Payouts, st.Remainder = Split(st.DataFee, st.Scores)
	st.Commitment = circuits.ScoresCommitment(addrInts(st.Contributors), st.Scores)
	st.Gamma = Gamma(st.Epoch, st.Commitment, st.DataFee, st.Contributors, st.Payouts)
	st.Fingerprint = Fingerprint(st.Gamma, st.Contributors, st.Payouts)
	return st, nil
}

// PublicInputs returns the circuit's public inputs in order: epoch, commitment, dataFee,
// gamma, fingerprint.
func (st *Statement) PublicInputs() []*big.Int {
	return []*big.Int{new(big.Int).SetUint64(st.Epoch), st.Commitment, st.DataFee, st.Gamma, st.Fingerprint}
}

func (st *Statement) circuitSplit() circuits.Split {
	return circuits.Split{Epoch: st.Epoch, DataFee: st.DataFee, Addrs: addrInts(st.Contributors),
		Scores: st.Scores, Payouts: st.Payouts, Remainder: st.Remainder, Gamma: st.Gamma}
}

// equalInts reports whether two lists of integers are equal.
func equalInts(a, b []*big.Int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Cmp(b[i]) != 0 {
			return false
		}
	}
	return true
}
