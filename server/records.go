package server

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"

	"poa/api"
	"poa/influence"
	"poa/prover"
	"poa/settlement"
)

// The attribution, epoch and proof records are written by the layers that own their
// types (influence.Record filed by settlement.File, settlement.Epoch, the prover's
// proof file). These functions decode them with those types and turn them into the
// API's views; a record that does not decode, or carries an amount that is not a
// decimal integer or a contributor without an address, is a corrupt record. The raw
// record always travels along in the view.

// checkDecimal reports an amount that is not a non-negative decimal integer.
func checkDecimal(field, s string) error {
	if s == "" {
		return nil
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return fmt.Errorf("field %s: %.40q is not a non-negative decimal integer", field, s)
		}
	}
	return nil
}

// attributionView decodes an influence.Record (store kind attribution).
func attributionView(key string, raw []byte) (api.AttributionView, error) {
	v := api.AttributionView{ID: key, Record: json.RawMessage(bytes.Clone(raw))}
	var r influence.Record
	if err := json.Unmarshal(raw, &r); err != nil {
		return v, err
	}
	if r.ID != "" {
		v.ID = r.ID
	}
	v.Epoch, v.Fee = r.Epoch, r.Fee
	if err := checkDecimal("fee", r.Fee); err != nil {
		return v, err
	}
	v.Contributors = make([]api.ContributorScore, len(r.Contributors))
	for i, c := range r.Contributors {
		if c.Address == "" {
			return v, fmt.Errorf("contributors[%d]: no address", i)
		}
		v.Contributors[i] = api.ContributorScore{Address: c.Address, Score: c.Score}
	}
	return v, nil
}

// epochView decodes a settlement.Epoch (store kind epoch, key = decimal epoch): the
// epoch, its status, its fee parts and rows, and its on-chain settlement once posted.
func epochView(key string, raw []byte) (api.EpochView, *settlement.Epoch, error) {
	v := api.EpochView{Record: json.RawMessage(bytes.Clone(raw)), Contributors: []api.ContributorScore{}}
	var e settlement.Epoch
	if err := json.Unmarshal(raw, &e); err != nil {
		return v, nil, err
	}
	if e.Epoch == 0 {
		n, err := strconv.ParseUint(key, 10, 64)
		if err != nil {
			return v, nil, fmt.Errorf("no epoch field and key %q is not a number", key)
		}
		e.Epoch = n
	}
	if e.Status == "" {
		e.Status = settlement.Closed
	}
	for _, d := range []struct{ name, s string }{{"fee", e.Fee}, {"owner_fee", e.OwnerFee}, {"protocol_fee", e.ProtocolFee},
		{"data_fee", e.DataFee}, {"remainder", e.Remainder}, {"commitment", e.Commitment}} {
		if err := checkDecimal(d.name, d.s); err != nil {
			return v, nil, err
		}
	}
	v.Epoch, v.Status, v.Fee, v.OwnerFee, v.ProtocolFee, v.DataFee = e.Epoch, string(e.Status), e.Fee, e.OwnerFee, e.ProtocolFee, e.DataFee
	v.Remainder, v.Commitment, v.Records = e.Remainder, e.Commitment, len(e.Records)
	v.Basis = string(settlement.BasisFused)
	if e.IsProven() {
		v.Basis = string(settlement.BasisProven)
		if e.Proven != nil {
			v.Shape = e.Proven.Shape.String()
		}
	}
	for i, c := range e.Contributors {
		if c.Address == "" {
			return v, nil, fmt.Errorf("contributors[%d]: no address", i)
		}
		sc, err := strconv.ParseUint(c.Score, 10, 64)
		if err != nil {
			return v, nil, fmt.Errorf("contributors[%d].score %.40q: not a 64-bit decimal", i, c.Score)
		}
		if err := checkDecimal(fmt.Sprintf("contributors[%d].payout", i), c.Payout); err != nil {
			return v, nil, err
		}
		v.Contributors = append(v.Contributors, api.ContributorScore{Address: c.Address, Score: sc, Payout: c.Payout})
	}
	if p := e.Post; p != nil {
		ok := true // a mined settle transaction: the contract's verifier accepted the proof
		v.Settlement = &api.SettlementView{TxHash: p.Settle.TxHash.Hex(), Block: p.Settle.Block, GasUsed: p.Settle.GasUsed,
			VerifiedOnchain: &ok, Contract: p.Settlement.Hex(), Network: p.Network}
		if b, err := json.Marshal(p); err == nil {
			v.Settlement.Record = b
		}
	}
	return v, &e, nil
}

// proofView decodes the stored proof file of an epoch (prover.DecodeProof checks its
// public inputs, γ, fingerprint and calldata); info is the epoch's proof summary.
func proofView(key string, raw []byte, info *settlement.ProofInfo) (*api.ProofView, error) {
	v := &api.ProofView{Record: json.RawMessage(bytes.Clone(raw))}
	p, err := prover.DecodeProof(bytes.NewReader(raw), "proof record "+key)
	if err != nil {
		return v, err
	}
	v.Backend, v.Size, v.Proof = string(p.Backend), len(p.Solidity), "0x"+hex.EncodeToString(p.Solidity)
	if info != nil {
		ok := info.Verified
		v.Verified = &ok
	}
	return v, nil
}

// attributedProofView decodes the stored attributed split proof of proven epoch rec
// (store kind proof, key settlement.AttributedProofKey) and checks it against the epoch
// (settlement.ProvenSummary: its shape, payouts, record commitments, digest, γ and
// fingerprints): the epoch's proof summary and its attributed proof view.
func attributedProofView(key string, raw []byte, rec *settlement.Epoch) (*api.ProofView, *api.AttributedProofView, error) {
	v := &api.ProofView{Record: json.RawMessage(bytes.Clone(raw))}
	var p prover.AttributedProof
	if err := json.Unmarshal(raw, &p); err != nil {
		return v, nil, fmt.Errorf("attributed proof record %s: %v", key, err)
	}
	s, err := settlement.ProvenSummary(rec, &p)
	if err != nil {
		return v, nil, err
	}
	v.Backend, v.Size, v.Proof = string(prover.Groth16), len(p.Solidity), "0x"+hex.EncodeToString(p.Solidity)
	if rec.Proof != nil {
		ok := rec.Proof.Verified
		v.Verified = &ok
	}
	a := api.AttributedProofView(*s)
	return v, &a, nil
}
