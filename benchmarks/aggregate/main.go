// Command aggregate measures the two designs of the proven epoch aggregation
// (docs/proofs.md, # Epoch aggregation) in one run, at shapes of R record slots of C
// rows and N contributors:
//
//   - (a) circuits.AttributedSplit: the reward split and the aggregation in one circuit,
//     one proof per settlement;
//   - (b) circuits.AggregateCircuit beside the unchanged circuits.RewardSplit: two
//     proofs per settlement, joined by the scores commitment.
//
// For each it prints constraints, constraints per record row, public inputs, compile
// time, and Groth16 proving time (wall and process CPU) with a groth16.DummySetup key
// (random points: the proof does not verify, but the prover's work is a real key's),
// the ratios (b)/(a), and the settle gas each would add by the estimate of
// docs/proofs.md. It also compiles the address matching alone, the LogUp identity the
// circuits use against a one-hot witness index, at R·C rows.
//
// Usage: go run ./benchmarks/aggregate [-n 64] [-r 16,64] [-c 8,16] [-prove=false]
package main

import (
	"flag"
	"fmt"
	"log"
	"math/big"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/logger"

	"poa/circuits"
	"poa/prover"
)

// Gas estimates (docs/proofs.md): a Groth16 public input costs 7.0k (measured:
// prover.TestAttributedVerifierOnChain, 7 inputs against 5 on the same chain); a
// Groth16 verification's fixed part (pairings, the Pedersen commitment's check, the
// proof's calldata; without the transaction's 21k and the inputs) is 189k by
// docs/contracts.md's 244.8k transaction and 313k by the same test's 369.2k transaction
// of the split verifier; per record, what the contract reads and hashes (a cold SLOAD of
// attestations[record].commitment, the record id's calldata, keccak words, the
// fingerprint's mulmods) is estimated at 2.9k.
const (
	gasPerPublic                        = 7_000
	gasVerifyBaseLow, gasVerifyBaseHigh = 189_000, 313_000
	gasPerRecord                        = 2_900
)

func main() {
	n := flag.Int("n", 64, "contributors N (split rows)")
	rs := flag.String("r", "16,64", "record slots R, comma-separated")
	cs := flag.String("c", "8,16", "rows per record C, comma-separated")
	prove := flag.Bool("prove", true, "time Groth16 proofs with DummySetup keys")
	flag.Parse()
	logger.Disable()
	rl, cl := ints(*rs), ints(*cs)
	splitCCS, splitCompile := compile(circuits.NewRewardSplit(*n))
	fmt.Printf("reward split N=%d: %d constraints, %d public inputs, compile %v\n",
		*n, splitCCS.GetNbConstraints(), splitCCS.GetNbPublicVariables()-1, splitCompile.Round(time.Millisecond))
	var splitPK groth16.ProvingKey
	if *prove {
		var err error
		if splitPK, err = groth16.DummySetup(splitCCS); err != nil {
			log.Fatal(err)
		}
	}
	for _, r := range rl {
		for _, c := range cl {
			if err := runShape(*n, r, c, *prove, splitCCS, splitPK); err != nil {
				log.Fatal(err)
			}
		}
	}
	for _, r := range rl {
		for _, c := range cl {
			rows := r * c
			lu, _ := compile(newLogUpMatch(rows, *n))
			oh, _ := compile(newOneHotMatch(rows, *n))
			fmt.Printf("matching R·C=%d rows to N=%d: LogUp %d constraints (%.1f per row), one-hot index %d (%.1f per row): one-hot/LogUp %.1f×\n",
				rows, *n, lu.GetNbConstraints(), float64(lu.GetNbConstraints())/float64(rows), oh.GetNbConstraints(),
				float64(oh.GetNbConstraints())/float64(rows), float64(oh.GetNbConstraints())/float64(lu.GetNbConstraints()))
		}
	}
}

func runShape(n, r, c int, prove bool, splitCCS constraint.ConstraintSystem, splitPK groth16.ProvingKey) error {
	rng := rand.New(rand.NewPCG(uint64(r), uint64(c)))
	recs := records(rng, r, c, n)
	addrs, scores := circuits.EpochScores(recs)
	fee := big.NewInt(1_000_000_000_000)
	payouts, rem := prover.Split(fee, scores)
	gamma := new(big.Int).SetUint64(rng.Uint64()) // stands in for the keccak challenge
	split := circuits.Split{Epoch: 1, DataFee: fee, Addrs: addrs, Scores: scores, Payouts: payouts, Remainder: rem, Gamma: gamma}
	set := circuits.RecordSet{Records: recs}

	aw, err := circuits.AssignAttributedSplit(n, r, c, split, set)
	if err != nil {
		return err
	}
	bw, err := circuits.AssignAggregate(n, r, c, set, addrs, scores, gamma)
	if err != nil {
		return err
	}
	sw, err := circuits.Assign(n, split)
	if err != nil {
		return err
	}
	accs, aCompile := compile(circuits.NewAttributedSplit(n, r, c))
	bccs, bCompile := compile(circuits.NewAggregateCircuit(n, r, c))
	rows := float64(r * c)
	na, nb, ns := accs.GetNbConstraints(), bccs.GetNbConstraints(), splitCCS.GetNbConstraints()
	pa, pb, ps := accs.GetNbPublicVariables()-1, bccs.GetNbPublicVariables()-1, splitCCS.GetNbPublicVariables()-1
	fmt.Printf("\nshape N=%d R=%d C=%d (%d records, %d contributors, %d record rows filled)\n", n, r, c, len(recs), len(addrs), r*c)
	fmt.Printf("  (a) one circuit:  %d constraints (%.1f per record row over the split), %d public inputs, compile %v\n",
		na, float64(na-ns)/rows, pa, aCompile.Round(time.Millisecond))
	fmt.Printf("  (b) aggregation:  %d constraints (%.1f per record row), %d public inputs, compile %v; + split %d: %d in all\n",
		nb, float64(nb)/rows, pb, bCompile.Round(time.Millisecond), ns, nb+ns)
	fmt.Printf("      (b)/(a) constraints %.3f\n", float64(nb+ns)/float64(na))
	a := (pa-ps)*gasPerPublic + r*gasPerRecord
	bLo, bHi := gasVerifyBaseLow+pb*gasPerPublic+r*gasPerRecord, gasVerifyBaseHigh+pb*gasPerPublic+r*gasPerRecord
	fmt.Printf("  settle gas over today's split-only settle (estimate, R records read): (a) +%dk (%d more inputs); (b) +%d–%dk (a second verification of %d inputs); (b)−(a) %d–%dk\n",
		a/1000, pa-ps, bLo/1000, bHi/1000, pb, (bLo-a)/1000, (bHi-a)/1000)
	if !prove {
		return nil
	}
	ta, ca, err := proveDummy(accs, aw)
	if err != nil {
		return fmt.Errorf("(a): %w", err)
	}
	tb, cb, err := proveDummy(bccs, bw)
	if err != nil {
		return fmt.Errorf("(b): %w", err)
	}
	ts, csp, err := proveWith(splitCCS, splitPK, sw)
	if err != nil {
		return fmt.Errorf("split: %w", err)
	}
	fmt.Printf("  groth16 prove (DummySetup keys): (a) %v wall, %v CPU; (b) %v + split %v = %v wall, %v CPU; (b)/(a) wall %.2f, CPU %.2f\n",
		ta.Round(time.Millisecond), ca.Round(time.Millisecond), tb.Round(time.Millisecond), ts.Round(time.Millisecond),
		(tb + ts).Round(time.Millisecond), (cb + csp).Round(time.Millisecond), float64(tb+ts)/float64(ta), float64(cb+csp)/float64(ca))
	return nil
}

// records draws r records of c rows each over a pool of n contributors, so that
// contributors repeat across records and the epoch has at most n of them.
func records(rng *rand.Rand, r, c, n int) []circuits.RecordRows {
	out := make([]circuits.RecordRows, r)
	for i := range out {
		who := rng.Perm(n)[:min(c, n)]
		slices.Sort(who)
		for _, w := range who {
			out[i].Addrs = append(out[i].Addrs, new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 159), big.NewInt(int64(7919*w+1))))
			out[i].Scores = append(out[i].Scores, 1+rng.Uint64N(1<<50))
		}
	}
	return out
}

func compile(c frontend.Circuit) (constraint.ConstraintSystem, time.Duration) {
	t0 := time.Now()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		log.Fatal(err)
	}
	return ccs, time.Since(t0)
}

func proveDummy(ccs constraint.ConstraintSystem, assign frontend.Circuit) (wall, cpu time.Duration, err error) {
	pk, err := groth16.DummySetup(ccs)
	if err != nil {
		return 0, 0, err
	}
	return proveWith(ccs, pk, assign)
}

func proveWith(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, assign frontend.Circuit) (wall, cpu time.Duration, err error) {
	w, err := frontend.NewWitness(assign, ecc.BN254.ScalarField())
	if err != nil {
		return 0, 0, err
	}
	t0, c0 := time.Now(), cpuTime()
	if _, err := groth16.Prove(ccs, pk, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16)); err != nil {
		return 0, 0, err
	}
	return time.Since(t0), cpuTime() - c0, nil
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func ints(s string) []int {
	var out []int
	for _, f := range strings.Split(s, ",") {
		v, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || v < 1 {
			log.Fatalf("%q: want positive integers, comma-separated", s)
		}
		out = append(out, v)
	}
	return out
}
