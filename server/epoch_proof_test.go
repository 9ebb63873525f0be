package server

import (
	"context"
	"encoding/hex"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/api"
	"poa/circuits"
	"poa/contracts"
	"poa/influence"
	"poa/prover"
	"poa/settlement"
	"poa/store"
)

// TestEpochViewAttributedProof: GET /v1/epochs/{id} of a proven-basis epoch shows its
// attributed split proof (n8-r4-c4, development keys): before it is proven, none;
// once proven, scores_proven, the records in RecordKey order, their rows' commitments
// and digest (recomputed here from the filed records), the verifier's name, and the
// proof bytes under proof, which verify with the keys; once posted, the settling
// transaction, settleAttributed and the verifier address. A stored proof whose record
// digest was altered is a corrupt record, not a view.
func TestEpochViewAttributedProof(t *testing.T) {
	n := newNode(t, Config{})
	ctx := context.Background()
	// Three paid records over four contributors; rows: each record's contributors by address.
	who := []string{addrA, addrB, "0x3333333333333333333333333333333333333333", "0x4444444444444444444444444444444444444444"}
	rows := map[string]circuits.RecordRows{}
	for i := range 3 {
		r := &influence.Record{Fee: "1000000", Model: "m", Prompt: "p", Output: "o", Contributors: []influence.ContributorScore{
			{Address: who[i], Score: uint64(10 + i)}, {Address: who[i+1], Score: uint64(3)}}}
		got, _, err := settlement.File(n.st, r, "")
		if err != nil {
			t.Fatal(err)
		}
		a, b := common.HexToAddress(who[i]).Big(), common.HexToAddress(who[i+1]).Big()
		rows[got.ID] = circuits.RecordRows{Addrs: []*big.Int{a, b}, Scores: []uint64{uint64(10 + i), 3}}
	}
	src := func(_ context.Context, id string) (circuits.RecordRows, error) { return rows[id], nil }
	e, err := settlement.CloseProven(ctx, n.st, settlement.DefaultFeeRule, time.Now(), prover.TestAttributedShape, src)
	if err != nil {
		t.Fatal(err)
	}
	get := func() (int, api.EpochView, string) {
		var v api.EpochView
		code, raw := n.do(t, "GET", "/v1/epochs/1", nil, &v)
		return code, v, string(raw)
	}
	if code, v, raw := get(); code != 200 || v.AttributedProof != nil || v.Proof != nil || v.Basis != "proven" {
		t.Fatalf("closed proven epoch: %d %s", code, raw)
	}
	k, err := settlement.DevAttributedKeySource()(ctx, prover.TestAttributedShape)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := settlement.ProveProven(ctx, n.st, e.Epoch, k); err != nil {
		t.Fatal(err)
	}
	code, v, raw := get()
	a := v.AttributedProof
	if code != 200 || a == nil || v.Proof == nil {
		t.Fatalf("proven epoch: %d %s", code, raw)
	}
	// The independent truth: record ids in RecordKey order, their rows' commitments.
	ids := slices.Collect(func(yield func(string) bool) {
		for id := range rows {
			if !yield(id) {
				return
			}
		}
	})
	contracts.SortRecordIDs(ids)
	var comms []string
	var cs []*big.Int
	for _, id := range ids {
		c := rows[id].Commitment()
		comms, cs = append(comms, c.String()), append(cs, c)
	}
	if !a.ScoresProven || a.Shape != "n8-r4-c4" || a.Circuit != "attributed-split" || !slices.Equal(a.Records, ids) ||
		!slices.Equal(a.RecordCommitments, comms) || a.RecordDigest != circuits.RecordsDigest(cs).String() ||
		a.Verifier != "Groth16AttributedSplitVerifierN8R4C4" || a.KeyID != k.KeyID || a.SettleTx != "" || a.VerifiedOnchain {
		t.Fatalf("attributed proof view %+v; want records %v commitments %v", a, ids, comms)
	}
	sol, err := hex.DecodeString(strings.TrimPrefix(v.Proof.Proof, "0x"))
	if err != nil || len(sol) != a.ProofBytes || crypto.Keccak256Hash(sol).Hex() != a.ProofKeccak || v.Proof.Backend != "groth16" ||
		v.Proof.Verified == nil || !*v.Proof.Verified {
		t.Fatalf("proof view %+v (%v), attributed %+v", v.Proof, err, a)
	}
	p, err := settlement.LoadAttributedProof(n.st, e.Epoch)
	if err != nil {
		t.Fatal(err)
	}
	if err := prover.VerifyAttributed(k, p); err != nil || !slices.Equal(p.Solidity, sol) {
		t.Fatalf("the stored proof: %v; same bytes as the view: %v", err, slices.Equal(p.Solidity, sol))
	}

	// Posted: the transaction, the method and the verifier.
	rec, err := settlement.LoadEpoch(n.st, e.Epoch)
	if err != nil {
		t.Fatal(err)
	}
	tx, va := common.HexToHash("0xabc1"), common.HexToAddress("0x5555555555555555555555555555555555555555")
	rec.Status = settlement.Confirmed
	rec.Post = &settlement.Posting{Deployment: "embedded", Settle: contracts.Receipt{TxHash: tx, Block: 9}, Verifier: va}
	if err := n.st.Put(store.KindEpoch, "1", rec); err != nil {
		t.Fatal(err)
	}
	if code, v, raw := get(); code != 200 || v.AttributedProof == nil || v.AttributedProof.SettleTx != tx.Hex() ||
		v.AttributedProof.SettleMethod != "settleAttributed" || v.AttributedProof.VerifierAddress != va.Hex() || !v.AttributedProof.VerifiedOnchain {
		t.Fatalf("posted proven epoch: %d %s", code, raw)
	}

	// A stored proof whose digest no longer recomputes is refused.
	p.RecordDigest = new(big.Int).Add(p.RecordDigest, big.NewInt(1))
	if err := n.st.Put(store.KindProof, settlement.AttributedProofKey(e.Epoch), p); err != nil {
		t.Fatal(err)
	}
	if code, _, raw := get(); code == 200 || !strings.Contains(raw, "record_digest") {
		t.Fatalf("tampered record digest: %d %s", code, raw)
	}
}
