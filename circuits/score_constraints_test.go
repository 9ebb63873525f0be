package circuits

import (
	"bytes"
	"fmt"
	"os"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

const scoreGoldenPath = "testdata/score_constraints.csv"

// TestScoreConstraintsGolden pins the R1CS constraint counts of ScoreCircuit per shape
// (m, k, depth, spans) and the marginal costs derived from shapes that differ in one
// parameter, so that a cost change shows in review. Regenerate with
// go test ./circuits -run Golden -update.
func TestScoreConstraintsGolden(t *testing.T) {
	type shape struct {
		m, k, depth int
		sp          SpanShape
	}
	// The span shapes move one parameter at a time from one slot of (D, L, O, C) =
	// (1024, 32, 128, 14).
	sp := func(slots, doc, run, out, depth int) SpanShape { return SpanShape{slots, doc, run, out, depth} }
	spanBase := sp(1, 1024, 32, 128, 14)
	shapes := []shape{{4, 64, 10, SpanShape{}}, {8, 64, 10, SpanShape{}}, {4, 128, 10, SpanShape{}}, {8, 128, 10, SpanShape{}},
		{4, 64, 11, SpanShape{}}, {16, 256, 10, SpanShape{}}, {64, 1024, 10, SpanShape{}},
		{4, 64, 10, sp(0, 0, 0, 128, 0)}, {4, 64, 10, spanBase}, {4, 64, 10, sp(2, 1024, 32, 128, 14)},
		{4, 64, 10, sp(1, 512, 32, 128, 14)}, {4, 64, 10, sp(1, 1024, 64, 128, 14)}, {4, 64, 10, sp(1, 1024, 32, 256, 14)},
		{4, 64, 10, sp(1, 1024, 32, 128, 15)}, {4, 64, 10, sp(4, 1024, 32, 128, 14)}}
	count := map[shape]int{}
	var buf bytes.Buffer
	buf.WriteString("row,builder,m,k,depth,spans,constraints,public,secret\n")
	for _, s := range shapes {
		ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, NewScoreCircuit(s.m, s.k, s.depth, s.sp))
		if err != nil {
			t.Fatalf("compile %v: %v", s, err)
		}
		count[s] = ccs.GetNbConstraints()
		fmt.Fprintf(&buf, "shape,r1cs,%d,%d,%d,%s,%d,%d,%d\n", s.m, s.k, s.depth, s.sp, count[s],
			ccs.GetNbPublicVariables(), ccs.GetNbSecretVariables())
	}
	// Marginal costs at (m, k, depth) = (4, 64, 10), one parameter moved at a time.
	diff := func(a, b shape, per int) float64 { return float64(count[b]-count[a]) / float64(per) }
	base := shape{4, 64, 10, SpanShape{}}
	at := func(s SpanShape) shape { return shape{4, 64, 10, s} }
	marginals := []struct {
		name  string
		value float64
	}{
		{"per_candidate", diff(base, shape{8, 64, 10, SpanShape{}}, 4)},
		{"per_dimension", diff(base, shape{4, 128, 10, SpanShape{}}, 64)},
		{"per_candidate_dimension", float64(count[shape{8, 128, 10, SpanShape{}}]-count[shape{8, 64, 10, SpanShape{}}]-
			count[shape{4, 128, 10, SpanShape{}}]+count[base]) / (4 * 64)},
		{"per_candidate_level", diff(base, shape{4, 64, 11, SpanShape{}}, 4)},
		{"per_output_token", diff(at(sp(1, 1024, 32, 128, 14)), at(sp(1, 1024, 32, 256, 14)), 128)},
		{"per_span_slot_t1024_l32_o128_c14", diff(at(spanBase), at(sp(2, 1024, 32, 128, 14)), 1)},
		{"per_span_slot_doc_token", diff(at(sp(1, 512, 32, 128, 14)), at(spanBase), 512)},
		{"per_span_slot_run_token", diff(at(spanBase), at(sp(1, 1024, 64, 128, 14)), 32)},
		{"per_span_slot_level", diff(at(spanBase), at(sp(1, 1024, 32, 128, 15)), 1)},
	}
	for _, mg := range marginals {
		fmt.Fprintf(&buf, "%s,r1cs,,,,%.1f,,\n", mg.name, mg.value)
	}
	if *update {
		if err := os.WriteFile(scoreGoldenPath, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(scoreGoldenPath)
	if err != nil {
		t.Fatalf("%v (create it with -update)", err)
	}
	if !bytes.Equal(want, buf.Bytes()) {
		t.Fatalf("score constraint counts changed; got\n%s\nwant (%s)\n%s\nif intended, run go test ./circuits -run Golden -update", buf.String(), scoreGoldenPath, want)
	}
}
