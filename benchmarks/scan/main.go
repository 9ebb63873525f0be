// Command scan measures the completeness scan circuit (circuits.ScanCircuit) against the
// score circuit (circuits.ScoreCircuit) at the same M, K and depth, in the same run: R1CS
// constraints, compile time, Groth16 proving wall and CPU time and peak RSS, and the
// ratio scan/score. Each measurement runs in a child process of its own (the command
// re-executes itself), so that the peak RSS is that measurement's.
//
// With -dummy the proving keys come from gnark's groth16.DummySetup (random points, for
// benchmarks only: the proof does not verify; the prover's work is the real key's).
// Without it the keys come from groth16.Setup and the proof is verified (small shapes).
//
// Usage: go run ./benchmarks/scan -dummy [-shapes 256x64,1024x64] [-m 64] [-depth 14] [-json]
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/logger"

	"poa/circuits"
)

// result is one measurement, printed by a child as a JSON line.
type result struct {
	Circuit     string  `json:"circuit"` // "scan" or "score"
	Shape       string  `json:"shape"`
	Constraints int     `json:"constraints"`
	CompileS    float64 `json:"compile_s"`
	ProveWallS  float64 `json:"prove_wall_s"`
	ProveCPUS   float64 `json:"prove_cpu_s"`
	PeakRSSMB   float64 `json:"peak_rss_mb"`
	Verified    bool    `json:"verified"`
	Load        string  `json:"load"` // /proc/loadavg after the proof
}

func main() {
	shapes := flag.String("shapes", "256x64,256x1024,1024x64,1024x512", "scan shapes SLOTSxK, comma-separated")
	m := flag.Int("m", 64, "candidates M (and commitment rows)")
	depth := flag.Int("depth", 14, "sketch tree depth")
	dummy := flag.Bool("dummy", false, "prove with groth16.DummySetup keys (no real setup, no verification)")
	jsonOut := flag.Bool("json", false, "print the results as JSON")
	child := flag.String("child", "", "internal: measure one circuit, scan:SLOTS:K or score:K")
	flag.Parse()
	logger.Disable()
	if *child != "" {
		if err := measure(*child, *m, *depth, *dummy); err != nil {
			slog.Error("scan benchmark", "measure", *child, "err", err)
			os.Exit(1)
		}
		return
	}
	var all []result
	baseline := map[int]result{}
	for _, f := range strings.Split(*shapes, ",") {
		slots, k, err := parseShape(f)
		if err != nil {
			slog.Error("scan benchmark", "shape", f, "err", err)
			os.Exit(2)
		}
		if _, ok := baseline[k]; !ok {
			r, err := runChild(fmt.Sprintf("score:%d", k), *m, *depth, *dummy)
			if err != nil {
				slog.Error("scan benchmark", "score k", k, "err", err)
				os.Exit(1)
			}
			baseline[k] = r
			all = append(all, r)
			report(*jsonOut, r, nil)
		}
		r, err := runChild(fmt.Sprintf("scan:%d:%d", slots, k), *m, *depth, *dummy)
		if err != nil {
			slog.Error("scan benchmark", "scan", f, "err", err)
			os.Exit(1)
		}
		all = append(all, r)
		b := baseline[k]
		report(*jsonOut, r, &b)
	}
	if *jsonOut {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(all); err != nil {
			slog.Error("scan benchmark", "err", err)
			os.Exit(1)
		}
	}
}

func parseShape(f string) (slots, k int, err error) {
	a, b, ok := strings.Cut(strings.TrimSpace(f), "x")
	if !ok {
		return 0, 0, fmt.Errorf("want SLOTSxK")
	}
	if slots, err = strconv.Atoi(a); err != nil {
		return 0, 0, err
	}
	k, err = strconv.Atoi(b)
	return slots, k, err
}

func report(jsonOut bool, r result, base *result) {
	if jsonOut {
		return
	}
	fmt.Printf("%-6s %-30s %9d constraints, compile %6.1f s, prove %7.1f s wall %7.1f s CPU, peak RSS %6.0f MB, load %s",
		r.Circuit, r.Shape, r.Constraints, r.CompileS, r.ProveWallS, r.ProveCPUS, r.PeakRSSMB, r.Load)
	if r.Verified {
		fmt.Print(", verified")
	}
	if base != nil {
		fmt.Printf("; scan/score: %.1f× constraints, %.1f× CPU", float64(r.Constraints)/float64(base.Constraints), r.ProveCPUS/base.ProveCPUS)
	}
	fmt.Println()
}

// runChild re-executes this program to measure one circuit and reads its JSON line.
func runChild(what string, m, depth int, dummy bool) (result, error) {
	exe, err := os.Executable()
	if err != nil {
		return result{}, err
	}
	args := []string{"-child", what, "-m", strconv.Itoa(m), "-depth", strconv.Itoa(depth)}
	if dummy {
		args = append(args, "-dummy")
	}
	cmd := exec.Command(exe, args...)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return result{}, fmt.Errorf("%s: %w", what, err)
	}
	var r result
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if err := json.Unmarshal(sc.Bytes(), &r); err == nil && r.Circuit != "" {
			return r, nil
		}
	}
	return result{}, fmt.Errorf("%s: no result in %q", what, out)
}

// measure compiles and proves one circuit and prints its result as a JSON line.
func measure(what string, m, depth int, dummy bool) error {
	parts := strings.Split(what, ":")
	rng := rand.New(rand.NewPCG(uint64(m), uint64(depth)))
	var (
		circuit, assign frontend.Circuit
		name            string
	)
	switch {
	case parts[0] == "scan" && len(parts) == 3:
		slots, err1 := strconv.Atoi(parts[1])
		k, err2 := strconv.Atoi(parts[2])
		if err1 != nil || err2 != nil {
			return fmt.Errorf("bad -child %q", what)
		}
		sh := circuits.ScanShape{Slots: slots, K: k, Depth: depth, M: m, Rows: m}
		st, err := scanStatement(rng, sh)
		if err != nil {
			return err
		}
		circuit, assign, name = circuits.NewScanCircuit(sh), st.Assign(), sh.String()
	case parts[0] == "score" && len(parts) == 2:
		k, err := strconv.Atoi(parts[1])
		if err != nil {
			return fmt.Errorf("bad -child %q", what)
		}
		// The score circuit over the top M of a scan of 2M leaves (the same data model).
		sh := circuits.ScanShape{Slots: pow2AtLeast(2 * m), K: k, Depth: depth, M: m, Rows: m}
		st, err := scanStatement(rng, sh)
		if err != nil {
			return err
		}
		ss, err := scoreStatement(st)
		if err != nil {
			return err
		}
		a, err := circuits.AssignScore(m, k, depth, circuits.SpanShape{}, ss)
		if err != nil {
			return err
		}
		circuit, assign, name = circuits.NewScoreCircuit(m, k, depth, circuits.SpanShape{}), a, fmt.Sprintf("score-m%d-k%d-d%d", m, k, depth)
	default:
		return fmt.Errorf("bad -child %q", what)
	}
	t0 := time.Now()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, circuit)
	if err != nil {
		return err
	}
	compile := time.Since(t0)
	var (
		pk groth16.ProvingKey
		vk groth16.VerifyingKey
	)
	if dummy {
		pk, err = groth16.DummySetup(ccs)
	} else {
		pk, vk, err = groth16.Setup(ccs)
	}
	if err != nil {
		return err
	}
	w, err := frontend.NewWitness(assign, ecc.BN254.ScalarField())
	if err != nil {
		return err
	}
	t1, c1 := time.Now(), cpuTime()
	proof, err := groth16.Prove(ccs, pk, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return fmt.Errorf("prove %s: %w", name, err)
	}
	wall, cpu := time.Since(t1), cpuTime()-c1
	r := result{Circuit: parts[0], Shape: name, Constraints: ccs.GetNbConstraints(), CompileS: compile.Seconds(),
		ProveWallS: wall.Seconds(), ProveCPUS: cpu.Seconds(), PeakRSSMB: peakRSSMB(), Load: loadAvg()}
	if !dummy {
		pub, err := w.Public()
		if err != nil {
			return err
		}
		if err := groth16.Verify(proof, vk, pub, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
			return fmt.Errorf("verify %s: %w", name, err)
		}
		r.Verified = true
	}
	return json.NewEncoder(os.Stdout).Encode(r)
}

func pow2AtLeast(n int) int {
	p := 2
	for p < n {
		p *= 2
	}
	return p
}

// scanStatement is a full tree of sh.Slots random leaves over 32 contributors, with
// every 16th leaf excluded.
func scanStatement(rng *rand.Rand, sh circuits.ScanShape) (*circuits.ScanStatement, error) {
	randVec := func() []int32 {
		v := make([]int32, sh.K)
		for j := range v {
			v[j] = int32(rng.IntN(2*circuits.QuantMax+1) - circuits.QuantMax)
		}
		return v
	}
	leaves := make([]circuits.ScanLeaf, sh.Slots)
	exclude := make([]bool, sh.Slots)
	for i := range leaves {
		leaves[i] = circuits.ScanLeaf{Point: circuits.PointHash("bench", strconv.Itoa(i)), Contributor: big.NewInt(int64(0x1000 + i%32)), Sketch: randVec()}
		exclude[i] = i%16 == 15
	}
	return circuits.NewScanStatement(sh, randVec(), leaves, exclude)
}

// scoreStatement is the score circuit's statement over the scan's selected leaves.
func scoreStatement(st *circuits.ScanStatement) (*circuits.ScoreStatement, error) {
	hashes := make([]*big.Int, len(st.Leaves))
	for i, l := range st.Leaves {
		hashes[i] = circuits.SketchLeaf(l.Point, l.Contributor, l.Sketch)
	}
	tree, err := circuits.NewSketchTree(hashes, st.Shape.Depth)
	if err != nil {
		return nil, err
	}
	ss := &circuits.ScoreStatement{Root: tree.Root(), Query: st.Query}
	for _, i := range st.Selected {
		l := st.Leaves[i]
		ss.Candidates = append(ss.Candidates, circuits.ScoreCandidate{Leaf: i, Point: l.Point, Contributor: l.Contributor, Sketch: l.Sketch, Path: tree.Path(i)})
	}
	if ss.Commitment().Cmp(st.Commitment) != 0 {
		return nil, fmt.Errorf("score commitment differs from the scan's")
	}
	return ss, nil
}

// cpuTime is the process's user + system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// peakRSSMB is the process's peak resident set size (Linux reports KiB).
func peakRSSMB() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}
