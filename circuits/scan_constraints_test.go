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

const scanGoldenPath = "testdata/scan_constraints.csv"

// TestScanConstraintsGolden pins the R1CS constraint counts of ScanCircuit per shape and
// the marginal costs derived from shapes that differ in one parameter. Regenerate with
// go test ./circuits -run Golden -update.
func TestScanConstraintsGolden(t *testing.T) {
	base := ScanShape{Slots: 16, K: 16, Depth: 6, M: 4, Rows: 4}
	with := func(f func(*ScanShape)) ScanShape { s := base; f(&s); return s }
	slots32 := with(func(s *ScanShape) { s.Slots = 32 })
	k32 := with(func(s *ScanShape) { s.K = 32 })
	both := with(func(s *ScanShape) { s.Slots, s.K = 32, 32 })
	deep := with(func(s *ScanShape) { s.Depth = 7 })
	m8 := with(func(s *ScanShape) { s.M, s.Rows = 8, 8 })
	shapes := []ScanShape{base, slots32, k32, both, deep, m8, {Slots: 64, K: 64, Depth: 14, M: 8, Rows: 8}}
	count := map[ScanShape]int{}
	var buf bytes.Buffer
	buf.WriteString("row,builder,shape,constraints,public,secret\n")
	for _, s := range shapes {
		ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, NewScanCircuit(s))
		if err != nil {
			t.Fatalf("compile %s: %v", s, err)
		}
		count[s] = ccs.GetNbConstraints()
		fmt.Fprintf(&buf, "shape,r1cs,%s,%d,%d,%d\n", s, count[s], ccs.GetNbPublicVariables(), ccs.GetNbSecretVariables())
	}
	diff := func(a, b ScanShape, per int) float64 { return float64(count[b]-count[a]) / float64(per) }
	for _, mg := range []struct {
		name  string
		value float64
	}{
		{"per_slot_k16", diff(base, slots32, 16)},
		{"per_slot_k32", diff(k32, both, 16)},
		{"per_slot_dimension", float64(count[both]-count[slots32]-count[k32]+count[base]) / (16 * 16)},
		{"per_level", diff(base, deep, 1)},
		{"per_candidate_row", diff(base, m8, 4)},
	} {
		fmt.Fprintf(&buf, "%s,r1cs,,%.1f,,\n", mg.name, mg.value)
	}
	if *update {
		if err := os.WriteFile(scanGoldenPath, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(scanGoldenPath)
	if err != nil {
		t.Fatalf("%v (create it with -update)", err)
	}
	if !bytes.Equal(want, buf.Bytes()) {
		t.Fatalf("scan constraint counts changed; got\n%s\nwant (%s)\n%s\nif intended, run go test ./circuits -run Golden -update", buf.String(), scanGoldenPath, want)
	}
}
