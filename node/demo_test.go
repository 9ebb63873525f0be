package node

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"poa/contracts"
	"poa/settlement"
	"poa/store"
)

func tinyDemo() DemoOptions {
	o := DefaultDemo()
	o.Model, o.Config, o.TrainBase = "t", "tiny", true
	o.BaseSteps, o.AdapterSteps, o.MaxTokens = 20, 10, 8
	o.Prompts = o.Prompts[:3] // two on devil, one on jargon
	return o
}

// TestDemoPipelineTiny runs the whole pipeline on the tiny config, checks what each
// step leaves behind against independent computations (the split by big.Int
// arithmetic, the chain's own state read back after reopening it), claims a payout,
// then runs the pipeline again and checks that nothing heavy is redone and the next
// epoch settles.
func TestDemoPipelineTiny(t *testing.T) {
	dir := t.TempDir()
	st, err := store.Open(store.DefaultOptions(dir).WithSyncWrites(false))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	o := tinyDemo()
	rep, err := Demo(ctx, st, o, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Datanets) != 2 || len(rep.Adapters) != 2 || rep.Index == nil || len(rep.Answers) != 3 {
		t.Fatalf("report: %d datanets, %d adapters, index %v, %d answers", len(rep.Datanets), len(rep.Adapters), rep.Index != nil, len(rep.Answers))
	}
	scores := map[string]uint64{}
	for _, a := range rep.Answers {
		r := a.Result
		if r.Record == "" || len(r.Tokens) == 0 || len(r.Contributors) == 0 {
			t.Fatalf("answer %q: record %q, %d tokens, %d contributors", a.Prompt, r.Record, len(r.Tokens), len(r.Contributors))
		}
		for _, c := range r.Contributors {
			scores[c.Address] += c.Score
		}
	}
	if len(rep.Skipped) != 0 {
		t.Fatalf("first run skipped %v", rep.Skipped)
	}

	// The settlement: exact split of the epoch's scores, proven and paid on-chain.
	s := rep.Settlement
	if s == nil || s.Report == nil || s.Epoch == nil || s.Epoch.Status != settlement.Confirmed || s.Epoch.Proof == nil || !s.Epoch.Proof.Verified ||
		!s.VerifiedOnchain || s.Epoch.Post == nil || s.Epoch.Post.Settle.GasUsed == 0 {
		t.Fatalf("settlement report: %+v", s)
	}
	dataFee, _ := new(big.Int).SetString(s.Epoch.DataFee, 10)
	var total uint64
	for _, v := range scores {
		total += v
	}
	paid := new(big.Int)
	if len(s.Epoch.Contributors) != len(scores) {
		t.Fatalf("epoch has %d contributors, answers name %d", len(s.Epoch.Contributors), len(scores))
	}
	for _, c := range s.Epoch.Contributors {
		want := new(big.Int).Mul(dataFee, new(big.Int).SetUint64(scores[c.Address]))
		want.Quo(want, new(big.Int).SetUint64(total))
		if c.Payout != want.String() || s.Credited[c.Address] != want.String() {
			t.Fatalf("%s: payout %s, credited %s, want floor(fee·s/S) = %s", c.Address, c.Payout, s.Credited[c.Address], want)
		}
		paid.Add(paid, want)
	}
	if rem := new(big.Int).Sub(dataFee, paid); rem.String() != s.Epoch.Remainder {
		t.Fatalf("remainder %s, want %s", s.Epoch.Remainder, rem)
	}

	// The chain's state outlives the process: reopen it from the data directory.
	chain, dev, err := contracts.OpenEmbedded(ctx, filepath.Join(dir, "chain"), nil)
	if err != nil {
		t.Fatal(err)
	}
	status, err := contracts.ReadStatus(ctx, chain, s.Deployment)
	if err != nil || status.LastEpoch != s.Epoch.Epoch || status.Held != dataFee.String() && status.Held != paid.String() {
		t.Fatalf("chain status after reopen: %+v %v", status, err)
	}
	// Claims open once the epoch's challenge window has passed; then anyone may push a
	// contributor's claim, and the tokens go to the contributor.
	if err := chain.AdvanceTime(ctx, 25*time.Hour); err != nil {
		t.Fatal(err)
	}
	var addrs []common.Address
	var pays []*big.Int
	for _, c := range s.Epoch.Contributors {
		addrs = append(addrs, common.HexToAddress(c.Address))
		v, _ := new(big.Int).SetString(c.Payout, 10)
		pays = append(pays, v)
	}
	if _, err := contracts.Claim(ctx, chain, s.Deployment, dev.Spare, s.Epoch.Epoch, 0, addrs, pays); err != nil {
		t.Fatalf("claim: %v", err)
	}
	bal, err := contracts.BalanceOf(ctx, chain, s.Deployment, addrs[0])
	if err != nil || bal.Cmp(pays[0]) != 0 {
		t.Fatalf("balance after claim %v (%v), want %s", bal, err, pays[0])
	}
	if _, err := contracts.Claim(ctx, chain, s.Deployment, dev.Spare, s.Epoch.Epoch, 0, addrs, pays); err == nil {
		t.Fatal("a second claim of the same payout went through")
	}
	chain.Close()

	rep2, err := Demo(ctx, st, o, nil)
	if err != nil {
		t.Fatal(err)
	}
	// base, 2 adapters, index, 2 sketch sets
	if len(rep2.Skipped) != 6 {
		t.Fatalf("second run redid work: skipped only %v", rep2.Skipped)
	}
	if rep2.Settlement == nil || rep2.Settlement.Epoch.Epoch != s.Epoch.Epoch+1 || !rep2.Settlement.VerifiedOnchain {
		t.Fatalf("second run's settlement: %+v", rep2.Settlement)
	}
}
