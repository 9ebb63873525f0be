package circuits

import (
	"bytes"
	"fmt"
	"os"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/frontend/cs/scs"
	"github.com/consensys/gnark/std/rangecheck"
)

const aggregateGoldenPath = "testdata/aggregate_constraints.csv"

// TestAggregateConstraintsGolden pins the R1CS constraint counts of AttributedSplit
// (design a) and AggregateCircuit (design b) per shape (n, r, c), beside RewardSplit(n),
// and the marginal cost of a record row and of a record slot, so that a cost change
// shows in review. Regenerate with go test ./circuits -run Golden -update.
func TestAggregateConstraintsGolden(t *testing.T) {
	type shape struct{ n, r, c int }
	shapes := []shape{{8, 2, 4}, {8, 4, 4}, {8, 2, 8}, {16, 2, 4}, {16, 8, 8}}
	compile := func(c frontend.Circuit) (int, int) {
		ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
		if err != nil {
			t.Fatalf("compile: %v", err)
		}
		return ccs.GetNbConstraints(), ccs.GetNbPublicVariables()
	}
	var buf bytes.Buffer
	buf.WriteString("row,circuit,n,r,c,constraints,public\n")
	split := map[int]int{}
	a, b := map[shape]int{}, map[shape]int{}
	for _, s := range shapes {
		if _, ok := split[s.n]; !ok {
			nc, pub := compile(NewRewardSplit(s.n))
			split[s.n] = nc
			fmt.Fprintf(&buf, "shape,split,%d,,,%d,%d\n", s.n, nc, pub)
		}
		nc, pub := compile(NewAttributedSplit(s.n, s.r, s.c))
		a[s] = nc
		fmt.Fprintf(&buf, "shape,attributed_split,%d,%d,%d,%d,%d\n", s.n, s.r, s.c, nc, pub)
		nc, pub = compile(NewAggregateCircuit(s.n, s.r, s.c))
		b[s] = nc
		fmt.Fprintf(&buf, "shape,aggregate,%d,%d,%d,%d,%d\n", s.n, s.r, s.c, nc, pub)
	}
	per := func(m map[shape]int, x, y shape, units int) float64 { return float64(m[y]-m[x]) / float64(units) }
	for _, mg := range []struct {
		name  string
		value float64
	}{
		{"attributed_per_record_row", per(a, shape{8, 2, 4}, shape{8, 2, 8}, 2*4)},
		{"attributed_per_record_slot_c4", per(a, shape{8, 2, 4}, shape{8, 4, 4}, 2)},
		{"attributed_per_split_row", per(a, shape{8, 2, 4}, shape{16, 2, 4}, 8)},
		{"aggregate_per_record_row", per(b, shape{8, 2, 4}, shape{8, 2, 8}, 2*4)},
		{"aggregate_per_epoch_row", per(b, shape{8, 2, 4}, shape{16, 2, 4}, 8)},
	} {
		fmt.Fprintf(&buf, "%s,,,,,%.1f,\n", mg.name, mg.value)
	}
	if *update {
		if err := os.WriteFile(aggregateGoldenPath, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(aggregateGoldenPath)
	if err != nil {
		t.Fatalf("%v (create it with -update)", err)
	}
	if !bytes.Equal(want, buf.Bytes()) {
		t.Fatalf("aggregation constraint counts changed; got\n%s\nwant (%s)\n%s\nif intended, run go test ./circuits -run Golden -update", buf.String(), aggregateGoldenPath, want)
	}
}

// rangecheckControl uses std/rangecheck (LogUp), which commits under Groth16: the control
// that shows the commitment check below can see a commitment.
type rangecheckControl struct{ X frontend.Variable }

func (c *rangecheckControl) Define(api frontend.API) error {
	rangecheck.New(api).Check(c.X, 64)
	return nil
}

// TestSplitCircuitsHaveNoCommitment checks that RewardSplit, AttributedSplit and
// AggregateCircuit compile to constraint systems without a commitment (their range checks
// are binary decompositions), so that their Groth16 verifiers need no Pedersen check
// on-chain; the control circuit with std/rangecheck has one.
func TestSplitCircuitsHaveNoCommitment(t *testing.T) {
	commitments := func(c frontend.Circuit, scsBuilder bool) int {
		t.Helper()
		var ccs constraint.ConstraintSystem
		var err error
		if scsBuilder {
			ccs, err = frontend.Compile(ecc.BN254.ScalarField(), scs.NewBuilder, c)
		} else {
			ccs, err = frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
		}
		if err != nil {
			t.Fatalf("compile: %v", err)
		}
		return len(ccs.GetCommitments().CommitmentIndexes())
	}
	if commitments(&rangecheckControl{}, false) == 0 {
		t.Fatal("control: a std/rangecheck circuit shows no commitment, the check is blind")
	}
	for _, c := range []struct {
		name string
		c    frontend.Circuit
		scs  bool
	}{
		{"split r1cs", NewRewardSplit(8), false},
		{"split scs", NewRewardSplit(8), true},
		{"attributed_split r1cs", NewAttributedSplit(8, 4, 4), false},
		{"aggregate r1cs", NewAggregateCircuit(8, 2, 4), false},
	} {
		if n := commitments(c.c, c.scs); n != 0 {
			t.Errorf("%s: %d commitments, want none", c.name, n)
		}
	}
}
