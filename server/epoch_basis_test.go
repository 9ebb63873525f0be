package server

import (
	"strconv"
	"testing"

	"poa/api"
	"poa/prover"
	"poa/settlement"
	"poa/store"
)

// TestEpochViewBasis: GET /v1/epochs/{id} says what an epoch's scores are, from the
// stored settlement.Epoch: a record without a basis (closed before bases existed) and
// a fused one read "fused" with no shape; a proven one reads "proven" with its
// attributed split shape.
func TestEpochViewBasis(t *testing.T) {
	n := newNode(t, Config{})
	putEpoch(t, n.st, 1, true) // no basis field
	fused := settlement.Epoch{Epoch: 2, Status: settlement.Closed, Fee: "5", DataFee: "4", Basis: settlement.BasisFused,
		Contributors: []settlement.Contributor{{Address: addrB, Score: "7", Payout: "4"}}}
	proven := fused
	proven.Epoch, proven.Basis = 3, settlement.BasisProven
	proven.Proven = &settlement.ProvenEpoch{Shape: prover.TestAttributedShape,
		Records: []settlement.ProvenRecord{{ID: "r3", Commitment: "1", Rows: []settlement.RecordRow{{Address: addrB, Total: "7"}}}}}
	proven.Records = []string{"r3"}
	for _, e := range []settlement.Epoch{fused, proven} {
		if err := n.st.Put(store.KindEpoch, strconv.FormatUint(e.Epoch, 10), e); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		epoch        string
		basis, shape string
	}{{"1", "fused", ""}, {"2", "fused", ""}, {"3", "proven", "n8-r4-c4"}} {
		var v api.EpochView
		if code, raw := n.do(t, "GET", "/v1/epochs/"+c.epoch, nil, &v); code != 200 {
			t.Fatalf("epoch %s: %d %s", c.epoch, code, raw)
		}
		if v.Basis != c.basis || v.Shape != c.shape {
			t.Errorf("epoch %s: basis %q shape %q, want %q %q", c.epoch, v.Basis, v.Shape, c.basis, c.shape)
		}
	}
}
