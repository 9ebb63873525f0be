package circuits

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/frontend/cs/scs"
)

var update = flag.Bool("update", false, "rewrite the golden files testdata/constraints.csv and testdata/score_constraints.csv")

const goldenPath = "testdata/constraints.csv"

// TestConstraintsGolden pins the constraint counts of RewardSplit per size and builder,
// so that a cost change shows in review. Regenerate with go test ./circuits -run Golden -update.
func TestConstraintsGolden(t *testing.T) {
	sizes := []int{8, 16, 64, 256, 1024}
	if testing.Short() {
		sizes = []int{8, 16, 64, 256}
	}
	var buf bytes.Buffer
	buf.WriteString("circuit,builder,size,constraints,per_row,public,secret\n")
	for _, n := range sizes {
		for _, b := range []string{"r1cs", "scs"} {
			ccs, err := compileWith(b, n)
			if err != nil {
				t.Fatalf("compile size=%d builder=%s: %v", n, b, err)
			}
			nc := ccs.GetNbConstraints()
			fmt.Fprintf(&buf, "split,%s,%d,%d,%.1f,%d,%d\n", b, n, nc, float64(nc)/float64(n),
				ccs.GetNbPublicVariables(), ccs.GetNbSecretVariables())
		}
	}
	if *update {
		if testing.Short() {
			t.Fatal("-update needs the full size list: run without -short")
		}
		if err := os.WriteFile(goldenPath, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(goldenPath)
	if err != nil {
		t.Fatalf("%v (create it with -update)", err)
	}
	if !bytes.HasPrefix(want, buf.Bytes()) && !bytes.Equal(want, buf.Bytes()) {
		t.Fatalf("constraint counts changed; got\n%s\nwant (%s)\n%s\nif intended, run go test ./circuits -run Golden -update", buf.String(), goldenPath, want)
	}
	if !testing.Short() && !bytes.Equal(want, buf.Bytes()) {
		t.Fatalf("constraint counts changed; got\n%s\nwant\n%s", buf.String(), want)
	}
}

func compileWith(builder string, n int) (constraint.ConstraintSystem, error) {
	if builder == "r1cs" {
		return frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, NewRewardSplit(n))
	}
	return frontend.Compile(ecc.BN254.ScalarField(), scs.NewBuilder, NewRewardSplit(n))
}
