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
// (m, k, depth) and the marginal costs derived from shapes that differ in one
// parameter, so that a cost change shows in review. Regenerate with
// go test ./circuits -run Golden -update.
func TestScoreConstraintsGolden(t *testing.T) {
	type shape struct{ m, k, depth int }
	shapes := []shape{{4, 64, 10}, {8, 64, 10}, {4, 128, 10}, {8, 128, 10}, {4, 64, 11}, {16, 256, 10}, {64, 1024, 10}}
	count := map[shape]int{}
	var buf bytes.Buffer
	buf.WriteString("row,builder,m,k,depth,constraints,public,secret\n")
	for _, s := range shapes {
		ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, NewScoreCircuit(s.m, s.k, s.depth))
		if err != nil {
			t.Fatalf("compile %v: %v", s, err)
		}
		count[s] = ccs.GetNbConstraints()
		fmt.Fprintf(&buf, "shape,r1cs,%d,%d,%d,%d,%d,%d\n", s.m, s.k, s.depth, count[s],
			ccs.GetNbPublicVariables(), ccs.GetNbSecretVariables())
	}
	// Marginal costs at (m, k, depth) = (4, 64, 10), one parameter moved at a time.
	diff := func(a, b shape, per int) float64 { return float64(count[b]-count[a]) / float64(per) }
	base := shape{4, 64, 10}
	marginals := []struct {
		name  string
		value float64
	}{
		{"per_candidate", diff(base, shape{8, 64, 10}, 4)},
		{"per_dimension", diff(base, shape{4, 128, 10}, 64)},
		{"per_candidate_dimension", float64(count[shape{8, 128, 10}]-count[shape{8, 64, 10}]-count[shape{4, 128, 10}]+count[base]) / (4 * 64)},
		{"per_candidate_level", diff(base, shape{4, 64, 11}, 4)},
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
