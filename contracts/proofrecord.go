package contracts

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// ProofRecord is the part of the prover's proof file (store kind "proof", format
// "poa-split-proof" v1, written by `poa prove`) that a settlement needs. Integers are
// decimal strings, bytes 0x-hex. Other fields of the file are ignored here.
type ProofRecord struct {
	Format       string   `json:"format"`
	Version      int      `json:"version"`
	Backend      string   `json:"backend"`
	Size         int      `json:"circuit_size"`
	KeyID        string   `json:"key_id"`
	Epoch        uint64   `json:"epoch"`
	DataFee      string   `json:"data_fee"`
	Commitment   string   `json:"commitment"`
	Gamma        string   `json:"gamma"`
	Fingerprint  string   `json:"fingerprint"`
	Contributors []string `json:"contributors"`
	Payouts      []string `json:"payouts"`
	PublicInputs []string `json:"public_inputs"`
	Solidity     string   `json:"solidity_proof"`
}

// DecodeProofRecord decodes a proof record into a settlement and the proof's backend.
// It checks the format, every integer's range (fees and payouts < 2^96, field elements
// < r), the addresses, and that γ, the fingerprint and the public inputs recompute from
// the payout list; it does not verify the proof (the contract does). name labels errors,
// which wrap ErrProofRecord.
func DecodeProofRecord(raw []byte, name string) (*Epoch, Backend, error) {
	bad := func(f string, a ...any) error {
		return fmt.Errorf("%s: %w: %s", name, ErrProofRecord, fmt.Sprintf(f, a...))
	}
	var r ProofRecord
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, 0, bad("%v", err)
	}
	if r.Format != "poa-split-proof" || r.Version != 1 {
		return nil, 0, bad("format %q version %d, want poa-split-proof 1", r.Format, r.Version)
	}
	b, ok := ParseBackend(r.Backend)
	if !ok {
		return nil, 0, bad("backend %q", r.Backend)
	}
	fee96 := new(big.Int).Lsh(big.NewInt(1), 96)
	num := func(field, s string, limit *big.Int) (*big.Int, error) {
		v, ok := new(big.Int).SetString(s, 10)
		if !ok || v.Sign() < 0 || v.Cmp(limit) >= 0 || strings.TrimSpace(s) != s {
			return nil, bad("%s %q: not a decimal integer in [0, %v)", field, s, limit)
		}
		return v, nil
	}
	e := &Epoch{Epoch: r.Epoch}
	var err error
	if e.DataFee, err = num("data_fee", r.DataFee, fee96); err != nil {
		return nil, 0, err
	}
	if e.Commitment, err = num("commitment", r.Commitment, R); err != nil {
		return nil, 0, err
	}
	if len(r.Contributors) != len(r.Payouts) {
		return nil, 0, bad("%d contributors but %d payouts", len(r.Contributors), len(r.Payouts))
	}
	for i, a := range r.Contributors {
		if !common.IsHexAddress(a) || !strings.HasPrefix(a, "0x") {
			return nil, 0, bad("contributors[%d] %q: not an address", i, a)
		}
		e.Contributors = append(e.Contributors, common.HexToAddress(a))
		p, err := num(fmt.Sprintf("payouts[%d]", i), r.Payouts[i], fee96)
		if err != nil {
			return nil, 0, err
		}
		e.Payouts = append(e.Payouts, p)
	}
	if e.Paid().Cmp(e.DataFee) > 0 {
		return nil, 0, bad("payouts sum to %v > data_fee %v", e.Paid(), e.DataFee)
	}
	if e.Proof, err = hexutil.Decode(r.Solidity); err != nil || len(e.Proof) == 0 {
		return nil, 0, bad("solidity_proof: not 0x-hex bytes")
	}
	pub := e.PublicInputs()
	for i, want := range []struct {
		field string
		s     string
	}{{"gamma", r.Gamma}, {"fingerprint", r.Fingerprint}} {
		v, err := num(want.field, want.s, R)
		if err != nil {
			return nil, 0, err
		}
		if v.Cmp(pub[3+i]) != 0 {
			return nil, 0, bad("%s %v does not recompute from the payouts (%v)", want.field, v, pub[3+i])
		}
	}
	if len(r.PublicInputs) != 5 {
		return nil, 0, bad("%d public inputs, want 5", len(r.PublicInputs))
	}
	for i, s := range r.PublicInputs {
		v, err := num(fmt.Sprintf("public_inputs[%d]", i), s, R)
		if err != nil {
			return nil, 0, err
		}
		if v.Cmp(pub[i]) != 0 {
			return nil, 0, bad("public_inputs[%d] = %v, the settlement computes %v", i, v, pub[i])
		}
	}
	return e, b, nil
}

// EncodeProofRecord writes e as a proof record of backend b (the fields
// DecodeProofRecord reads). Tests and the fixture flow use it; the prover writes the
// full file.
func EncodeProofRecord(e *Epoch, b Backend) ([]byte, error) {
	pub := e.PublicInputs()
	r := ProofRecord{Format: "poa-split-proof", Version: 1, Backend: b.String(), Size: len(e.Payouts), Epoch: e.Epoch,
		DataFee: e.DataFee.String(), Commitment: e.Commitment.String(), Gamma: pub[3].String(), Fingerprint: pub[4].String(),
		Solidity: hexutil.Encode(e.Proof)}
	for i, a := range e.Contributors {
		r.Contributors = append(r.Contributors, a.Hex())
		r.Payouts = append(r.Payouts, e.Payouts[i].String())
	}
	for _, v := range pub {
		r.PublicInputs = append(r.PublicInputs, v.String())
	}
	return json.Marshal(r)
}
