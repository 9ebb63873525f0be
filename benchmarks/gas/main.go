// Command gas measures the settlement's gas on the embedded chain (Osaka rules, chain id
// 1337) with real gnark verifiers (the contracts fixture circuit, 5 public inputs):
// settle gas for N contributors per backend, the marginal gas per contributor, the gas
// of the verifier call alone, and claim gas; and compares settlement with the naive
// design that exposes every payout as a Groth16 public input (≈ 208k + 6.7k per input,
// measured anchor in /work/shared/notes/zk-and-chain.md), evaluated at the same N. Then the
// gas of each user action of the staked, challengeable Settlement (stake, unbond,
// withdraw, post and challenge scores, equivocation and statement challenges, governance
// challenges, a claim after the challenge window) in one scenario with real fixture
// verifiers.
//
//	go run ./benchmarks/gas [-sizes 16,64,256,1024] [-backends groth16,plonk] [-actions] [-json]
package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"

	"github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/contracts"
	"poa/contracts/fixture"
	"poa/prover"
)

type row struct {
	Backend        string  `json:"backend"`
	N              int     `json:"n"`
	SettleGas      uint64  `json:"settle_gas"`       // steady state: second epoch, balances already non-zero
	FirstSettleGas uint64  `json:"first_settle_gas"` // first epoch on a fresh deployment
	VerifyGas      uint64  `json:"verify_gas"`       // a transaction calling the verifier alone
	Marginal       float64 `json:"marginal_per_contributor"`
	ClaimFresh     uint64  `json:"claim_gas_new_holder"` // recipient held no OPEN
	ClaimRepeat    uint64  `json:"claim_gas_holder"`     // recipient already holds OPEN
	Naive          uint64  `json:"naive_groth16_gas"`    // 208k + 6.7k·N
	Ratio          float64 `json:"naive_over_settle"`
	Goal           uint64  `json:"goal_gas"`           // 300k + 3k·N
	OverVerify     float64 `json:"settle_over_verify"` // settle / verifier alone, same run
}

func main() {
	sizes := flag.String("sizes", "16,64,256,1024", "contributor counts (≤ fixture.Rows)")
	backends := flag.String("backends", "groth16,plonk", "backends to measure")
	asJSON := flag.Bool("json", false, "print JSON")
	withActions := flag.Bool("actions", true, "measure the user actions too")
	flag.Parse()
	logger.Disable()
	var acts []action
	if *withActions {
		var err error
		if acts, err = actions(); err != nil {
			log.Fatalf("user actions: %v", err)
		}
		more, err := protocolActions()
		if err != nil {
			log.Fatalf("protocol actions: %v", err)
		}
		acts = append(acts, more...)
	}
	var rows []row
	for _, bs := range strings.Split(*backends, ",") {
		pb, err := prover.ParseBackend(bs)
		if err != nil {
			log.Fatal(err)
		}
		b := contracts.BackendOf(pb)
		prev := (*row)(nil)
		for _, ns := range strings.Split(*sizes, ",") {
			n, err := strconv.Atoi(ns)
			if err != nil || n < 1 || n > fixture.Rows {
				log.Fatalf("size %q: want 1..%d", ns, fixture.Rows)
			}
			r, err := measure(b, n)
			if err != nil {
				log.Fatalf("%s n=%d: %v", b, n, err)
			}
			if prev != nil {
				r.Marginal = float64(int64(r.SettleGas)-int64(prev.SettleGas)) / float64(r.N-prev.N)
			}
			rows = append(rows, r)
			prev = &rows[len(rows)-1]
			fmt.Fprintf(os.Stderr, "%s n=%d settle %d\n", b, n, r.SettleGas)
		}
	}
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(struct {
			Settle  []row    `json:"settle"`
			Actions []action `json:"actions,omitempty"`
		}{rows, acts}); err != nil {
			log.Fatal(err)
		}
		return
	}
	fmt.Println("settlement gas on the embedded chain (Osaka rules), fixture verifiers with 5 public inputs")
	fmt.Printf("%-8s %5s %11s %11s %10s %8s %9s %9s %9s %11s %8s %10s\n", "backend", "N", "settle", "1st settle", "verify", "x/verify", "marg/N", "claim new", "claim old", "naive G16", "naive/x", "goal")
	for _, r := range rows {
		m := "-"
		if r.Marginal != 0 {
			m = fmt.Sprintf("%.0f", r.Marginal)
		}
		fmt.Printf("%-8s %5d %11d %11d %10d %7.2fx %9s %9d %9d %11d %7.1fx %10d\n", r.Backend, r.N, r.SettleGas, r.FirstSettleGas,
			r.VerifyGas, r.OverVerify, m, r.ClaimFresh, r.ClaimRepeat, r.Naive, r.Ratio, r.Goal)
	}
	fmt.Println("settle: second epoch of a deployment (steady state); x/verify: settle over the verifier call alone (same run);")
	fmt.Println("marg/N: (settle(N) - settle(previous N)) / ΔN;")
	fmt.Println("naive G16: 208,000 + 6,700·N gas (N payouts as Groth16 public inputs, measured anchor), naive/x: its ratio to settle;")
	fmt.Println("goal: 300,000 + 3,000·N. claim new: recipient held no OPEN; claim old: recipient already held OPEN.")
	if len(acts) > 0 {
		fmt.Println()
		fmt.Println("user actions (Groth16 fixture verifiers, default parameters; the Settlement's scenario, then the protocol's: vesting, governance, L2 token)")
		for _, a := range acts {
			fmt.Printf("%-34s %9d  %s\n", a.Action, a.Gas, a.Note)
		}
	}
}

func key() *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		log.Fatal(err)
	}
	return k
}

func measure(b contracts.Backend, n int) (row, error) {
	ctx := context.Background()
	r := row{Backend: b.String(), N: n, Naive: 208_000 + 6_700*uint64(n), Goal: 300_000 + 3_000*uint64(n)}
	owner, poster, payer := key(), key(), key()
	c := contracts.NewSimulated([]common.Address{contracts.Address(owner), contracts.Address(poster), contracts.Address(payer)})
	defer c.Close()
	prover, name := fixture.Groth16, "FixtureGroth16Verifier"
	if b == contracts.Plonk {
		prover, name = fixture.Plonk, "FixturePlonkVerifier"
	}
	p, err := prover()
	if err != nil {
		return r, err
	}
	d, err := contracts.Deploy(ctx, c, contracts.DeployConfig{Owner: owner, Verifier: contracts.Verifiers()[name],
		Posters: []*ecdsa.PrivateKey{poster}, Recipient: common.HexToAddress("0x000000000000000000000000000000000000dEaD"),
		FundPosters: contracts.OPENUnits(1_000_000_000 / 2)})
	if err != nil {
		return r, err
	}
	rng := rand.New(rand.NewPCG(uint64(n), 1))
	addrs := make([]common.Address, n)
	for i := range addrs {
		for j := range addrs[i] {
			addrs[i][j] = byte(rng.UintN(256))
		}
	}
	var eps [2]*contracts.Epoch
	for k := range eps {
		total := contracts.OPENUnits(int64(1250 + k))
		_, _, data := contracts.DefaultParams().FeeRule().Parts(total)
		e := &contracts.Epoch{Epoch: uint64(k + 1), TotalFee: total, DataFee: data, Commitment: big.NewInt(int64(12345 + k)), Contributors: addrs}
		scores := make([]*big.Int, n)
		sum := new(big.Int)
		for i := range scores {
			scores[i] = big.NewInt(int64(1 + rng.UintN(1_000_000)))
			sum.Add(sum, scores[i])
		}
		for i := range scores {
			v := new(big.Int).Mul(e.DataFee, scores[i])
			e.Payouts = append(e.Payouts, v.Quo(v, sum))
		}
		pub := e.PublicInputs()
		ai := make([]*big.Int, n)
		for i, a := range addrs {
			ai[i] = new(big.Int).SetBytes(a[:])
		}
		if e.Proof, err = p.Prove(fixture.Inputs{Epoch: pub[0], Commitment: pub[1], DataFee: pub[2], Gamma: pub[3], Fingerprint: pub[4]}, ai, e.Payouts); err != nil {
			return r, err
		}
		res, err := contracts.Post(ctx, c, d, poster, e)
		if err != nil {
			return r, err
		}
		if k == 0 {
			r.FirstSettleGas = res.Settle.GasUsed
			if r.VerifyGas, err = verifyGas(ctx, c, d, b, e); err != nil {
				return r, err
			}
		} else {
			r.SettleGas = res.Settle.GasUsed
		}
		eps[k] = e
	}
	if err := c.AdvanceTime(ctx, contracts.DefaultParams().Window()); err != nil {
		return r, err
	}
	rc, err := contracts.Claim(ctx, c, d, payer, 1, 0, eps[0].Contributors, eps[0].Payouts)
	if err != nil {
		return r, err
	}
	r.ClaimFresh = rc.GasUsed
	rc, err = contracts.Claim(ctx, c, d, payer, 2, 0, eps[1].Contributors, eps[1].Payouts)
	if err != nil {
		return r, err
	}
	r.ClaimRepeat = rc.GasUsed
	r.Ratio = float64(r.Naive) / float64(r.SettleGas)
	r.OverVerify = float64(r.SettleGas) / float64(r.VerifyGas)
	return r, nil
}

// verifyGas estimates a transaction that calls the verifier alone with e's proof.
func verifyGas(ctx context.Context, c *contracts.Chain, d *contracts.Deployment, b contracts.Backend, e *contracts.Epoch) (uint64, error) {
	pub := e.PublicInputs()
	var data []byte
	var err error
	if b == contracts.Groth16 {
		a, _ := abi.JSON(strings.NewReader(`[{"type":"function","name":"verifyProof","stateMutability":"view","inputs":[{"name":"proof","type":"bytes"},{"name":"input","type":"uint256[5]"}],"outputs":[]}]`))
		data, err = a.Pack("verifyProof", e.Proof, pub)
	} else {
		a, _ := abi.JSON(strings.NewReader(`[{"type":"function","name":"Verify","stateMutability":"view","inputs":[{"name":"proof","type":"bytes"},{"name":"public_inputs","type":"uint256[]"}],"outputs":[{"name":"","type":"bool"}]}]`))
		data, err = a.Pack("Verify", e.Proof, pub[:])
	}
	if err != nil {
		return 0, err
	}
	return c.Client.EstimateGas(ctx, ethereum.CallMsg{From: d.Owner, To: &d.Verifier, Data: data})
}
