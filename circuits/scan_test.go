package circuits

import (
	"bytes"
	"errors"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/test"
)

var scanTestShape = ScanShape{Slots: 8, K: 6, Depth: 5, M: 3, Rows: 3}

// scanFixture draws n leaves over 3 contributors and a query.
func scanFixture(rng *rand.Rand, sh ScanShape, n int) ([]int32, []ScanLeaf) {
	leaves := make([]ScanLeaf, n)
	for i := range leaves {
		leaves[i] = ScanLeaf{
			Point:       PointHash("scan-test", string(rune('a'+i))),
			Contributor: contributor(rng.IntN(3)),
			Sketch:      randSketch(rng, sh.K),
		}
	}
	return randSketch(rng, sh.K), leaves
}

func mustScan(t testing.TB, sh ScanShape, q []int32, leaves []ScanLeaf, exclude []bool) *ScanStatement {
	t.Helper()
	s, err := NewScanStatement(sh, q, leaves, exclude)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func scanSolved(w *ScanCircuit) error {
	return test.IsSolved(NewScanCircuit(w.Shape()), w, ecc.BN254.ScalarField())
}

// bruteTop picks, min(m, eligible) times, the eligible unpicked leaf of the highest
// score, the lowest index among equal scores (a selection scan, not a sort).
func bruteTop(q []int32, leaves []ScanLeaf, exclude []bool, m int) []int {
	picked := make([]bool, len(leaves))
	var out []int
	for range m {
		best := -1
		for i, l := range leaves {
			if picked[i] || (exclude != nil && exclude[i]) {
				continue
			}
			if best < 0 || Dot(q, l.Sketch) > Dot(q, leaves[best].Sketch) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		picked[best] = true
		out = append(out, best)
	}
	return out
}

// scoreCommitmentOf is what the score circuit commits for the given candidates of the
// leaves (ScoreStatement.Commitment over their paths in the tree).
func scoreCommitmentOf(t testing.TB, sh ScanShape, q []int32, leaves []ScanLeaf, cands []int) *big.Int {
	t.Helper()
	hashes := make([]*big.Int, len(leaves))
	for i, l := range leaves {
		hashes[i] = SketchLeaf(l.Point, l.Contributor, l.Sketch)
	}
	tree, err := NewSketchTree(hashes, sh.Depth)
	if err != nil {
		t.Fatal(err)
	}
	st := &ScoreStatement{Root: tree.Root(), Query: q}
	for _, i := range cands {
		l := leaves[i]
		st.Candidates = append(st.Candidates, ScoreCandidate{Leaf: i, Point: l.Point, Contributor: l.Contributor, Sketch: l.Sketch, Path: tree.Path(i)})
	}
	if _, err := AssignScore(sh.M, sh.K, sh.Depth, SpanShape{}, st); err != nil {
		t.Fatal(err)
	}
	return st.Commitment()
}

// TestScanStatementMatchesBruteForce checks the native selection against a brute-force
// selection scan and the commitment against the score statement's for the same
// candidates, over random data with and without exclusions.
func TestScanStatementMatchesBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 1))
	for trial := range 40 {
		sh := ScanShape{Slots: 16, K: 1 + rng.IntN(16), Depth: 5 + rng.IntN(2), M: 1 + rng.IntN(4)}
		sh.Rows = sh.M
		n := 1 + rng.IntN(sh.Slots)
		q, leaves := scanFixture(rng, sh, n)
		if trial%4 == 0 { // ties: copies of one sketch
			for i := 1; i < n; i += 2 {
				leaves[i].Sketch = slices.Clone(leaves[0].Sketch)
			}
		}
		var exclude []bool
		if trial%2 == 1 {
			exclude = make([]bool, n)
			for i := range exclude {
				exclude[i] = rng.IntN(3) == 0
			}
		}
		s := mustScan(t, sh, q, leaves, exclude)
		want := bruteTop(q, leaves, exclude, sh.M)
		if !slices.Equal(s.Selected, want) {
			t.Fatalf("trial %d: selected %v, brute force %v", trial, s.Selected, want)
		}
		if got := scoreCommitmentOf(t, sh, q, leaves, want); got.Cmp(s.Commitment) != 0 {
			t.Fatalf("trial %d: scan commitment %v, score statement's %v", trial, s.Commitment, got)
		}
	}
}

// TestScanCircuitAccepts proves random statements in the test engine: full and partial
// trees, with exclusions, with every eligible leaf selected, and with ties.
func TestScanCircuitAccepts(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 2))
	sh := scanTestShape
	for _, tc := range []struct {
		name    string
		n       int
		exclude func(i int) bool
		ties    bool
	}{
		{"full", 8, nil, false},
		{"partial", 5, nil, false},
		{"one leaf", 1, nil, false},
		{"excluded", 8, func(i int) bool { return i%3 == 0 }, false},
		{"fewer eligible than m", 4, func(i int) bool { return i != 2 }, false},
		{"all excluded", 3, func(int) bool { return true }, false},
		{"ties", 7, nil, true},
	} {
		q, leaves := scanFixture(rng, sh, tc.n)
		if tc.ties {
			for i := range leaves {
				leaves[i].Sketch = slices.Clone(leaves[0].Sketch)
			}
		}
		var exclude []bool
		if tc.exclude != nil {
			exclude = make([]bool, tc.n)
			for i := range exclude {
				exclude[i] = tc.exclude(i)
			}
		}
		s := mustScan(t, sh, q, leaves, exclude)
		if tc.ties && !slices.Equal(s.Selected, []int{0, 1, 2}) {
			t.Fatalf("ties: selected %v, want the lowest leaves [0 1 2]", s.Selected)
		}
		if err := scanSolved(s.Assign()); err != nil {
			t.Fatalf("%s: honest witness rejected: %v", tc.name, err)
		}
	}
}

// reselect returns the witness of s with another selection sel (rows, commitment and
// threshold, the smallest selected key, recomputed consistently).
func reselect(t testing.TB, s *ScanStatement, sel []int) *ScanCircuit {
	t.Helper()
	c := *s
	c.Selected = slices.Clone(sel)
	if err := c.fillRows(); err != nil {
		t.Fatal(err)
	}
	c.Threshold = new(big.Int)
	for j, i := range sel {
		if k := c.key(i); j == 0 || k.Cmp(c.Threshold) < 0 {
			c.Threshold = k
		}
	}
	return c.Assign()
}

// restate returns the witness of the statement over other leaves, with s's public root.
func restate(t testing.TB, s *ScanStatement, leaves []ScanLeaf, exclude []bool) *ScanCircuit {
	t.Helper()
	o := mustScan(t, s.Shape, s.Query, leaves, exclude)
	w := o.Assign()
	w.SketchRoot = s.Root
	return w
}

// TestScanCircuitRejectsTampering checks that each false statement fails in the test
// engine, each built so that only the named rule is violated.
func TestScanCircuitRejectsTampering(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 3))
	sh := scanTestShape
	q, leaves := scanFixture(rng, sh, 7)
	// Three distinct contributors on the top leaves, so rows and swaps are meaningful.
	s := mustScan(t, sh, q, leaves, nil)
	for len(s.Addrs) < 2 || leaves[s.Selected[0]].Contributor.Cmp(leaves[s.Selected[1]].Contributor) == 0 {
		q, leaves = scanFixture(rng, sh, 7)
		s = mustScan(t, sh, q, leaves, nil)
	}
	if err := scanSolved(s.Assign()); err != nil {
		t.Fatalf("honest witness rejected: %v", err)
	}
	unselected := -1
	for i := range leaves {
		if !slices.Contains(s.Selected, i) {
			unselected = i
			break
		}
	}
	top := s.Selected[0]

	cases := map[string]func() *ScanCircuit{
		"omitted better leaf": func() *ScanCircuit {
			sel := slices.Clone(s.Selected)
			sel[0] = unselected
			return reselect(t, s, sel)
		},
		"omitted better leaf, threshold kept": func() *ScanCircuit {
			sel := slices.Clone(s.Selected)
			sel[0] = unselected
			w := reselect(t, s, sel)
			w.Threshold = s.Threshold
			return w
		},
		"sketch changed": func() *ScanCircuit {
			ls := slices.Clone(leaves)
			ls[top].Sketch = slices.Clone(ls[top].Sketch)
			ls[top].Sketch[0] = bumpQuant(ls[top].Sketch[0])
			return restate(t, s, ls, nil)
		},
		"contributors swapped": func() *ScanCircuit {
			ls := slices.Clone(leaves)
			a, b := s.Selected[0], s.Selected[1]
			ls[a].Contributor, ls[b].Contributor = ls[b].Contributor, ls[a].Contributor
			return restate(t, s, ls, nil)
		},
		"leaf beyond the active prefix": func() *ScanCircuit {
			return restate(t, s, leaves[:len(leaves)-1], nil)
		},
		"too few selected": func() *ScanCircuit {
			return reselect(t, s, s.Selected[:sh.M-1])
		},
		"too many selected": func() *ScanCircuit {
			return reselect(t, s, bruteTop(q, leaves, nil, sh.M+1))
		},
		"row total raised": func() *ScanCircuit {
			w := s.Assign()
			totals := slices.Clone(s.Totals)
			totals[0]++
			w.Total[0] = totals[0]
			w.Commitment = ScoresCommitment(s.Addrs, totals)
			return w
		},
		"commitment of a raised total": func() *ScanCircuit {
			w := s.Assign()
			totals := slices.Clone(s.Totals)
			totals[0]++
			w.Commitment = ScoresCommitment(s.Addrs, totals)
			return w
		},
		"exclusion bit vs public Excluded": func() *ScanCircuit {
			w := s.Assign()
			w.Exclude[unselected] = 1
			return w
		},
		"excluded leaf selected": func() *ScanCircuit {
			ex := make([]bool, len(leaves))
			ex[top] = true
			o := mustScan(t, sh, q, leaves, ex)
			return reselect(t, o, s.Selected)
		},
		"rows not ascending": func() *ScanCircuit {
			w := s.Assign()
			addrs, totals := slices.Clone(s.Addrs), slices.Clone(s.Totals)
			addrs[0], addrs[1] = addrs[1], addrs[0]
			totals[0], totals[1] = totals[1], totals[0]
			w.Addr[0], w.Addr[1] = addrs[0], addrs[1]
			w.Total[0], w.Total[1] = totals[0], totals[1]
			w.Commitment = ScoresCommitment(addrs, totals)
			return w
		},
		"negative score counted": func() *ScanCircuit {
			w := s.Assign()
			for i, sc := range s.Scores {
				if sc < 0 {
					w.Pos[i], w.Neg[i] = -sc, 0
					return w
				}
			}
			w.Pos[top] = 0 // no negative score: drop a positive one instead
			return w
		},
	}
	names := make([]string, 0, len(cases))
	for name := range cases {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		err := scanSolved(cases[name]())
		if err == nil {
			t.Errorf("%s: accepted", name)
			continue
		}
		t.Logf("%s: rejected: %v", name, err)
	}
}

// TestScanTieTampering checks in-circuit that among equal scores the lower leaf must be
// selected: all leaves share one sketch, and selecting leaf 3 instead of leaf 2 fails.
func TestScanTieTampering(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 4))
	sh := scanTestShape
	q, leaves := scanFixture(rng, sh, 6)
	for i := range leaves {
		leaves[i].Sketch = slices.Clone(leaves[0].Sketch)
	}
	s := mustScan(t, sh, q, leaves, nil)
	if err := scanSolved(s.Assign()); err != nil {
		t.Fatal(err)
	}
	if err := scanSolved(reselect(t, s, []int{0, 1, 3})); err == nil {
		t.Fatal("selection of leaf 3 over the tied leaf 2 accepted")
	}
}

// TestExclusionHash checks the packing against a direct computation and that every bit
// and the slot count change the hash.
func TestExclusionHash(t *testing.T) {
	bits := make([]bool, 300)
	bits[0], bits[247], bits[248], bits[299] = true, true, true, true
	lo := new(big.Int).SetBit(new(big.Int).SetBit(new(big.Int), 0, 1), 247, 1)
	hi := new(big.Int).SetBit(new(big.Int).SetBit(new(big.Int), 0, 1), 51, 1)
	want := Chain(big.NewInt(ExclusionTag), big.NewInt(512), lo, hi, new(big.Int))
	if got := ExclusionHash(bits, 512); got.Cmp(want) != 0 {
		t.Fatalf("ExclusionHash %v, want %v", got, want)
	}
	seen := map[string]bool{ExclusionHash(bits, 512).String(): true, ExclusionHash(bits, 1024).String(): true}
	for _, i := range []int{0, 1, 247, 248, 299} {
		b := slices.Clone(bits)
		b[i] = !b[i]
		seen[ExclusionHash(b, 512).String()] = true
	}
	if len(seen) != 7 {
		t.Fatalf("%d distinct hashes of 7 bitmaps", len(seen))
	}
}

func TestNewScanStatementErrors(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 5))
	sh := scanTestShape
	q, leaves := scanFixture(rng, sh, 5)
	bad := func(f func(ls []ScanLeaf) []ScanLeaf) []ScanLeaf {
		ls := slices.Clone(leaves)
		for i := range ls {
			ls[i].Sketch = slices.Clone(ls[i].Sketch)
		}
		return f(ls)
	}
	for _, tc := range []struct {
		name    string
		sh      ScanShape
		q       []int32
		leaves  []ScanLeaf
		exclude []bool
		err     error
		subs    []string
	}{
		{"shape", ScanShape{Slots: 6, K: 6, Depth: 5, M: 3, Rows: 3}, q, leaves, nil, ErrRange, []string{"slots 6"}},
		{"rows", ScanShape{Slots: 8, K: 6, Depth: 5, M: 3, Rows: 4}, q, leaves, nil, ErrRange, []string{"rows 4"}},
		{"no leaves", sh, q, nil, nil, ErrRange, []string{"no leaves"}},
		{"too many", sh, q, append(slices.Clone(leaves), leaves...), nil, ErrTooMany, []string{"10 leaves", "8 slots"}},
		{"query length", sh, q[:5], leaves, nil, ErrLength, []string{"query"}},
		{"sketch length", sh, q, bad(func(ls []ScanLeaf) []ScanLeaf { ls[3].Sketch = ls[3].Sketch[:2]; return ls }), nil, ErrLength, []string{"leaf 3", "sketch"}},
		{"sketch value", sh, q, bad(func(ls []ScanLeaf) []ScanLeaf { ls[2].Sketch[1] = QuantMax + 1; return ls }), nil, ErrRange, []string{"leaf 2", "sketch value 1"}},
		{"contributor", sh, q, bad(func(ls []ScanLeaf) []ScanLeaf { ls[4].Contributor = pow2(160); return ls }), nil, ErrRange, []string{"leaf 4 contributor"}},
		{"exclude length", sh, q, leaves, []bool{true}, ErrLength, []string{"exclusion bits"}},
	} {
		_, err := NewScanStatement(tc.sh, tc.q, tc.leaves, tc.exclude)
		if !errors.Is(err, tc.err) || !containsAll(errString(err), tc.subs...) {
			t.Errorf("%s: error %v, want %v naming %q", tc.name, err, tc.err, tc.subs)
		}
	}
	// More contributors with credit than rows.
	one := ScanShape{Slots: 8, K: 6, Depth: 5, M: 3, Rows: 1}
	for trial := 0; ; trial++ {
		q, leaves := scanFixture(rng, one, 8)
		full, err := NewScanStatement(ScanShape{Slots: 8, K: 6, Depth: 5, M: 3, Rows: 3}, q, leaves, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(full.Addrs) < 2 {
			continue
		}
		if _, err := NewScanStatement(one, q, leaves, nil); !errors.Is(err, ErrTooMany) || !strings.Contains(err.Error(), "rows") {
			t.Fatalf("too many rows: %v", err)
		}
		break
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestScanGroth16 proves and verifies one scan with Groth16 (one merged commitment) and
// exports its Solidity verifier; a proof fails against a tampered public input.
func TestScanGroth16(t *testing.T) {
	if testing.Short() {
		t.Skip("groth16 setup and prove")
	}
	rng := rand.New(rand.NewPCG(13, 6))
	sh := scanTestShape
	q, leaves := scanFixture(rng, sh, 6)
	s := mustScan(t, sh, q, leaves, []bool{false, true, false, false, false, false})
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, NewScanCircuit(sh))
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	w, err := frontend.NewWitness(s.Assign(), ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	opt := solidity.WithProverTargetSolidityVerifier(backend.GROTH16)
	proof, err := groth16.Prove(ccs, pk, w, opt)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := w.Public()
	if err != nil {
		t.Fatal(err)
	}
	vopt := solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)
	if err := groth16.Verify(proof, vk, pub, vopt); err != nil {
		t.Fatalf("verify: %v", err)
	}
	bad := s.Assign()
	bad.Excluded = ExclusionHash(nil, sh.Slots)
	bw, err := frontend.NewWitness(bad, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(proof, vk, bw, vopt); err == nil {
		t.Fatal("proof verified against another Excluded")
	}
	if n := len(vk.(*groth16bn254.VerifyingKey).CommitmentKeys); n != 1 {
		t.Fatalf("%d Groth16 commitments, want the one merged commitment", n)
	}
	var sol bytes.Buffer
	if err := vk.ExportSolidity(&sol); err != nil {
		t.Fatalf("solidity export: %v", err)
	}
}
