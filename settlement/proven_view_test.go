package settlement

import (
	"errors"
	"fmt"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"poa/circuits"
	"poa/influence"
	"poa/prover"
	"poa/store"
)

// TestProvenSummary: a proven epoch's proof summary names what was proven, checked
// against what the test recomputes: its records in RecordKey order, their rows'
// commitments from the filed records, the digest of those, the keccak of the
// Solidity proof bytes the chain was sent, the allowed verifier of the shape on the
// deployment and the settling transaction. Before the proof is stored and for a fused
// epoch there is no summary; a stored proof whose record commitment, γ or payouts were
// altered is ErrMismatch.
func TestProvenSummary(t *testing.T) {
	s := memStore(t)
	tg := chainTarget(t, s)
	o := provenOptions(t, s, tg)
	byID := map[string]*influence.Record{}
	for i := range 3 {
		r := file(t, s, record(fmt.Sprint(20_000+i), addr(i), uint64(4+i), addr(i+2), uint64(3)))
		byID[r.ID] = r
	}
	closed, err := CloseProven(t.Context(), s, DefaultFeeRule, time.Now(), prover.TestAttributedShape, o.Rows)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := LoadProvenSummary(s, closed); v != nil || err != nil {
		t.Fatalf("summary of a closed, unproven epoch: %+v, %v", v, err)
	}
	rep, err := Resume(t.Context(), s, tg, o)
	if err != nil || len(rep.Resumed) != 1 {
		t.Fatalf("resume: %+v, %v", rep, err)
	}
	e := rep.Resumed[0]
	v, err := LoadProvenSummary(s, e)
	if err != nil {
		t.Fatal(err)
	}
	var comms []string
	var cs []*big.Int
	for _, id := range e.Records {
		c := rowsOfRecord(byID[id]).Commitment()
		comms, cs = append(comms, c.String()), append(cs, c)
	}
	p, err := LoadAttributedProof(s, e.Epoch)
	if err != nil {
		t.Fatal(err)
	}
	va, _ := tg.Deployment.AttributedVerifier("n8-r4-c4")
	if !v.ScoresProven || !v.VerifiedOnchain || v.Shape != "n8-r4-c4" || v.Circuit != prover.CircuitAttributedSplit ||
		!slices.Equal(v.Records, e.Records) || len(v.Records) != 3 || !slices.Equal(v.RecordCommitments, comms) ||
		v.RecordDigest != circuits.RecordsDigest(cs).String() || v.ProofKeccak != crypto.Keccak256Hash(p.Solidity).Hex() ||
		v.ProofBytes != len(p.Solidity) || v.Verifier != "Groth16AttributedSplitVerifierN8R4C4" || v.VerifierAddress != va.Hex() ||
		v.SettleTx != e.Post.Settle.TxHash.Hex() || v.SettleMethod != "settleAttributed" || v.KeyID != e.Proof.KeyID {
		t.Fatalf("summary %+v\nepoch records %v commitments %v verifier %s tx %s", v, e.Records, comms, va.Hex(), e.Post.Settle.TxHash.Hex())
	}
	fused := *e
	fused.Basis = BasisFused
	if v, err := LoadProvenSummary(s, &fused); v != nil || err != nil {
		t.Fatalf("summary of a fused epoch: %+v, %v", v, err)
	}
	for name, tamper := range map[string]func(q *prover.AttributedProof){
		"record_commitment": func(q *prover.AttributedProof) {
			q.RecordCommitments[1] = new(big.Int).Add(q.RecordCommitments[1], big.NewInt(1))
		},
		"gamma":  func(q *prover.AttributedProof) { q.Gamma = new(big.Int).Add(q.Gamma, big.NewInt(1)) },
		"payout": func(q *prover.AttributedProof) { q.Payouts[0] = new(big.Int).Add(q.Payouts[0], big.NewInt(1)) },
	} {
		q, _ := LoadAttributedProof(s, e.Epoch)
		tamper(q)
		if err := s.Put(store.KindProof, AttributedProofKey(e.Epoch), q); err != nil {
			t.Fatal(err)
		}
		if v, err := LoadProvenSummary(s, e); !errors.Is(err, ErrMismatch) {
			t.Errorf("tampered %s: %+v, %v; want ErrMismatch", name, v, err)
		}
	}
}
