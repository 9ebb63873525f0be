// Command prover measures the reward-split circuit: constraints, setup, proving and
// verification time per batch size for Groth16 and PLONK on BN254, constraints per
// second of proving, and the ratio against a naive split circuit (bit-decomposition
// range checks, api.AssertIsLessOrEqual, MiMC commitment) compiled and proven in the
// same run.
//
//	go run ./benchmarks/prover [-sizes 16,64,256] [-naive-max 256] [-backends groth16,plonk] [-json]
//
// Setups here are single-party / unsafe SRS (timing only). Every split is full (N
// contributors with random scores and a fee near 2^96).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum/common"

	"poa/circuits"
	"poa/prover"
	"poa/settlement"
)

type row struct {
	Circuit      string  `json:"circuit"`
	Backend      string  `json:"backend"`
	Size         int     `json:"size"`
	Constraints  int     `json:"constraints"`
	PerRow       float64 `json:"constraints_per_contributor"`
	SetupSec     float64 `json:"setup_s"`
	ProveSec     float64 `json:"prove_s"`
	ProveCPUSec  float64 `json:"prove_cpu_s"` // process CPU time while proving (all threads)
	VerifySec    float64 `json:"verify_s"`
	ConsPerSec   float64 `json:"constraints_per_s"`
	ProofBytes   int     `json:"proof_bytes"`
	VsNaiveCons  float64 `json:"naive_over_split_constraints,omitempty"`
	VsNaiveProve float64 `json:"naive_over_split_prove,omitempty"`
}

func main() {
	sizesF := flag.String("sizes", "16,64,256", "batch sizes N (comma-separated; 1024 takes minutes of setup)")
	naiveMax := flag.Int("naive-max", 64, "largest size at which the naive baseline is also run")
	backendsF := flag.String("backends", "groth16,plonk", "backends")
	asJSON := flag.Bool("json", false, "print JSON rows")
	flag.StringVar(&cacheDir, "cache", ".cache/prover-bench", "reuse keys from this folder (setup time is the one recorded when they were made); empty: no cache")
	flag.Parse()
	logger.Disable()
	var sizes []int
	for _, s := range strings.Split(*sizesF, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 || n > circuits.MaxSize {
			fmt.Fprintf(os.Stderr, "bad size %q\n", s)
			os.Exit(2)
		}
		sizes = append(sizes, n)
	}
	fmt.Fprintf(os.Stderr, "benchmarks/prover: %s, GOMAXPROCS=%d, gnark %s\n", runtime.Version(), runtime.GOMAXPROCS(0), prover.GnarkVersion)
	var rows []row
	for _, n := range sizes {
		st := fullSplit(n)
		var naive *row
		if n <= *naiveMax {
			r := runNaive(n, st)
			naive = &r
			rows = append(rows, r)
			report(r, *asJSON)
		}
		for _, bn := range strings.Split(*backendsF, ",") {
			b, err := prover.ParseBackend(strings.TrimSpace(bn))
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(2)
			}
			r := runSplit(b, n, st)
			if naive != nil && b == prover.Groth16 {
				r.VsNaiveCons = float64(naive.Constraints) / float64(r.Constraints)
				r.VsNaiveProve = naive.ProveSec / r.ProveSec
			}
			rows = append(rows, r)
			report(r, *asJSON)
		}
	}
	if *asJSON {
		json.NewEncoder(os.Stdout).Encode(rows)
		return
	}
	// The notes' figures (shared/notes/zk-and-chain.md, 2 cores): a naive split circuit
	// with bit-decomposition range checks, 1,200 contributors, 1,032,662 constraints,
	// Groth16 prove 21.5 s; the same with rangecheck, 829,156 constraints, 18.8 s.
	const notesCons, notesProve, notesN = 1032662.0, 21.5, 1200.0
	for _, r := range rows {
		if r.Circuit != "split" || r.Backend != "groth16" {
			continue
		}
		perRowProve := r.ProveSec / float64(r.Size)
		fmt.Printf("vs notes (naive, N=1200): N=%-5d %.2fx fewer constraints per contributor (%.1f vs %.1f), %.2fx less prove time per contributor (%.2f ms vs %.2f ms)\n",
			r.Size, notesCons/notesN/r.PerRow, r.PerRow, notesCons/notesN, notesProve/notesN/perRowProve, 1000*perRowProve, 1000*notesProve/notesN)
	}
}

func report(r row, quiet bool) {
	if quiet {
		return
	}
	fmt.Printf("%-6s %-8s N=%-5d %8d constraints (%6.1f/contributor)  setup %7.2fs  prove %6.2fs (cpu %6.2fs)  verify %5.3fs  %9.0f constraints/s  proof %d B",
		r.Circuit, r.Backend, r.Size, r.Constraints, r.PerRow, r.SetupSec, r.ProveSec, r.ProveCPUSec, r.VerifySec, r.ConsPerSec, r.ProofBytes)
	if r.VsNaiveCons > 0 {
		fmt.Printf("  naive/split: %.2fx constraints, %.2fx prove time", r.VsNaiveCons, r.VsNaiveProve)
	}
	fmt.Println()
}

// fullSplit is a split with n contributors, random scores < 2^40 and a fee near 2^96.
func fullSplit(n int) *prover.Statement {
	rng := rand.New(rand.NewPCG(uint64(n), 1))
	in := prover.Input{Epoch: 1, Fee: new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(12345))}
	for i := range n {
		in.Contributors = append(in.Contributors, common.BigToAddress(new(big.Int).Lsh(big.NewInt(int64(i+1)), 100)))
		in.Scores = append(in.Scores, rng.Uint64N(1<<40))
	}
	st, err := prover.NewStatement(in)
	if err != nil {
		panic(err)
	}
	return st
}

var cacheDir string

// splitKeys sets up (single-party / unsafe SRS: timing only) or loads cached keys.
func splitKeys(ctx context.Context, b prover.Backend, n int) *prover.Keys {
	var pk, vk string
	if cacheDir != "" {
		pk = filepath.Join(cacheDir, settlement.KeyName(b, n)+".pk")
		vk = filepath.Join(cacheDir, settlement.KeyName(b, n)+".vk")
		if k, err := prover.LoadKeys(pk, vk); err == nil {
			fmt.Fprintf(os.Stderr, "using cached keys %s\n", vk)
			return k
		}
	}
	var opts []prover.SetupOption
	if b == prover.Plonk {
		opts = append(opts, prover.WithUnsafeSRS())
	}
	k, err := prover.Setup(ctx, b, n, opts...)
	if err != nil {
		panic(err)
	}
	if cacheDir != "" {
		if err := k.WriteKeys(pk, vk); err != nil {
			fmt.Fprintln(os.Stderr, "cache keys:", err)
		}
	}
	return k
}

func runSplit(b prover.Backend, n int, st *prover.Statement) row {
	ctx := context.Background()
	k := splitKeys(ctx, b, n)
	cpu0 := cpuSeconds()
	p, err := prover.Prove(ctx, k, st) // Prove also verifies once
	if err != nil {
		panic(err)
	}
	cpu := cpuSeconds() - cpu0
	t0 := time.Now()
	if err := prover.Verify(k, p); err != nil {
		panic(err)
	}
	return row{Circuit: "split", Backend: string(b), Size: n, Constraints: k.Meta.Constraints,
		PerRow: float64(k.Meta.Constraints) / float64(n), SetupSec: float64(k.Meta.SetupMillis) / 1000,
		ProveSec: p.ProveTime.Seconds(), ProveCPUSec: cpu, VerifySec: time.Since(t0).Seconds(),
		ConsPerSec: float64(k.Meta.Constraints) / p.ProveTime.Seconds(), ProofBytes: len(p.SolidityBytes())}
}

func runNaive(n int, st *prover.Statement) row {
	field := ecc.BN254.ScalarField()
	ccs, err := frontend.Compile(field, r1cs.NewBuilder, newNaive(n))
	if err != nil {
		panic(err)
	}
	t0 := time.Now()
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		panic(err)
	}
	setup := time.Since(t0)
	w := newNaive(n)
	total := new(big.Int)
	for _, s := range st.Scores {
		total.Add(total, new(big.Int).SetUint64(s))
	}
	var addrs []*big.Int
	h := newMiMC()
	for i := range n {
		a := new(big.Int).SetBytes(st.Contributors[i][:])
		addrs = append(addrs, a)
		w.Addr[i], w.Score[i], w.Payout[i] = a, st.Scores[i], st.Payouts[i]
		rem := new(big.Int).Mul(st.DataFee, new(big.Int).SetUint64(st.Scores[i]))
		w.RowRem[i] = rem.Sub(rem, new(big.Int).Mul(st.Payouts[i], total))
		h.write(a)
		h.write(new(big.Int).SetUint64(st.Scores[i]))
	}
	w.Commitment, w.DataFee, w.Remainder = h.sum(), st.DataFee, st.Remainder
	wit, err := frontend.NewWitness(w, field)
	if err != nil {
		panic(err)
	}
	t0 = time.Now()
	cpu0 := cpuSeconds()
	proof, err := groth16.Prove(ccs, pk, wit)
	if err != nil {
		panic(err)
	}
	prove := time.Since(t0)
	cpu := cpuSeconds() - cpu0
	pub, _ := wit.Public()
	t0 = time.Now()
	if err := groth16.Verify(proof, vk, pub); err != nil {
		panic(err)
	}
	nc := ccs.GetNbConstraints()
	return row{Circuit: "naive", Backend: "groth16", Size: n, Constraints: nc, PerRow: float64(nc) / float64(n),
		SetupSec: setup.Seconds(), ProveSec: prove.Seconds(), ProveCPUSec: cpu, VerifySec: time.Since(t0).Seconds(),
		ConsPerSec: float64(nc) / prove.Seconds(), ProofBytes: 256}
}

// cpuSeconds is the process's user+system CPU time. On a shared machine wall time
// includes waiting for other processes; CPU time does not (prove_cpu_s / cores is the
// wall time an idle machine with that many cores would approach).
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime) + tv(ru.Stime)
}
