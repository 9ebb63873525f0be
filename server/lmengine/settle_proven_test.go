package lmengine_test

import (
	"bytes"
	"context"
	"log/slog"
	"math/big"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"poa/api"
	"poa/circuits"
	"poa/contracts"
	"poa/contracts/bindings"
	"poa/influence/lm"
	"poa/prover"
	"poa/server"
	"poa/server/lmengine"
	"poa/settlement"
)

// TestServerSettleProven: on a proven-basis node (poa serve --basis proven --shape
// n8-r4-c4), POST /v1/epochs/close without settle closes the open epoch on the proven
// basis, and a settle job then finishes it and closes, proves (phase
// proving_attributed), attests and settles the next one, both with settleAttributed.
// Checked on the embedded chain against an independent recomputation: each epoch's
// Settled event carries the Merkle root of the split of its data fee among
// circuits.EpochScores of its records' score-statement rows (recomputed here from the
// records), its commitment and its records' hash; every record is attested with its
// rows' commitment; the settling transaction calls settleAttributed. GET
// /v1/epochs/N says basis proven and the shape, and its attributed_proof names the
// records, the settling transaction and the deployment's verifier of the shape. Like TestServerSettleAttests it sets
// up the demo's score keys (minutes on 2 cores), so it runs without -short only.
func TestServerSettleProven(t *testing.T) {
	if testing.Short() {
		t.Skip("sets up score-proof keys (minutes): run without -short")
	}
	st := tinyDemo(t)
	ctx := context.Background()
	shapes, err := lmengine.ScoreShapes(st)
	if err != nil || len(shapes) == 0 {
		t.Fatalf("score shapes of the demo: %v, %v", shapes, err)
	}
	t0 := time.Now()
	keys := lmengine.PrepareScoreKeys(ctx, st, shapes, nil)
	eng := server.NewStoreEngine(st)
	// Every phase change of the job is logged (polling the job may miss a short phase).
	var steps lockedBuffer
	eng.Log = slog.New(slog.NewTextHandler(&steps, nil))
	lmengine.Attach(eng, st, lmengine.Options{Fee: "1000", ScoreKeys: keys, Basis: settlement.BasisProven, Shape: prover.TestAttributedShape})
	c := adminClient(t, eng, server.Config{})
	complete := func(adapter, prompt string) {
		t.Helper()
		if _, err := c.Complete(ctx, api.CompletionRequest{Temperature: greedy, Prompt: prompt, Adapter: adapter, MaxTokens: 4}); err != nil {
			t.Fatal(err)
		}
	}

	// A close without settle closes on the proven basis.
	complete("devil", "CYNIC, n. A blackguard whose")
	v1, err := c.CloseEpoch(ctx, api.CloseEpochRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if v1.Basis != string(settlement.BasisProven) || v1.Shape != "n8-r4-c4" || v1.Status != string(settlement.Closed) || v1.Records != 1 {
		t.Fatalf("epoch closed without settle: %+v", v1)
	}

	// A settle job finishes it, then closes and settles the next.
	complete("jargon", "hacker n. A person who")
	j, err := c.SettleEpoch(ctx, api.CloseEpochRequest{})
	if err != nil {
		t.Fatal(err)
	}
	phases := map[string]bool{}
	j, err = c.WaitSettleJob(ctx, j.ID, func(v api.SettleJobView) {
		if !phases[v.Phase] {
			t.Logf("%s: phase %s (%s)", time.Since(t0).Round(time.Second), v.Phase, v.Detail)
		}
		phases[v.Phase] = true
	})
	if err != nil || j.Status != api.JobDone || j.Result == nil {
		t.Fatalf("settle job: %+v, %v", j, err)
	}
	if j.Result.Epoch != v1.Epoch+1 || j.Result.Basis != string(settlement.BasisProven) || j.Result.Settlement == nil {
		t.Fatalf("settle job result %+v: want epoch %d, proven, settled", j.Result, v1.Epoch+1)
	}
	// Both epochs (the one closed without settle, then the new one) pass the proven
	// path's phases, and no fused split is proven.
	var seq []string
	for _, line := range strings.Split(steps.String(), "\n") {
		if i := strings.Index(line, " phase="); i >= 0 && strings.Contains(line, "settle job step") {
			seq = append(seq, strings.Fields(line[i+len(" phase="):])[0])
		}
	}
	count := map[string]int{}
	for _, p := range seq {
		count[p]++
	}
	if count[api.SettlePhaseProvingAttributed] != 2 || count[api.SettlePhasePosting] != 2 || count[api.SettlePhaseAttesting] < 2 ||
		count[api.SettlePhaseProvingSplit] != 0 {
		t.Errorf("phase changes %v: want proving_attributed, attesting and posting for each of the 2 epochs, no proving_split", seq)
	}

	chain, _, err := contracts.OpenEmbedded(ctx, filepath.Join(st.Dir(), "chain"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	d, err := settlement.LoadDeployment(ctx, st, chain)
	if err != nil {
		t.Fatal(err)
	}
	abi, err := bindings.SettlementMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	txs, ok := chain.Client.(interface {
		TransactionByHash(context.Context, common.Hash) (*types.Transaction, bool, error)
	})
	if !ok {
		t.Fatal("the embedded chain's client reads no transactions")
	}
	for _, n := range []uint64{v1.Epoch, v1.Epoch + 1} {
		view, err := c.Epoch(ctx, n)
		if err != nil || view.Basis != string(settlement.BasisProven) || view.Shape != "n8-r4-c4" || view.Status != string(settlement.Confirmed) {
			t.Fatalf("GET /v1/epochs/%d: %+v, %v", n, view, err)
		}
		e, err := settlement.LoadEpoch(st, n)
		if err != nil {
			t.Fatal(err)
		}
		// The independent truth: rows from each record's score statement, fees from the records.
		var rows []circuits.RecordRows
		total := new(big.Int)
		for _, id := range e.Records {
			rec, err := settlement.Record(st, id)
			if err != nil {
				t.Fatal(err)
			}
			stmt, err := lm.ScoreStatement(ctx, st, rec)
			if err != nil {
				t.Fatal(err)
			}
			addrs, totals := stmt.Totals()
			r := circuits.RecordRows{Addrs: addrs, Scores: totals}
			rows = append(rows, r)
			fee, _ := new(big.Int).SetString(rec.Fee, 10)
			total.Add(total, fee)
			a, err := contracts.Attestation(ctx, chain, d, contracts.RecordKey(id))
			if err != nil || a.Version == 0 || a.Commitment.Cmp(r.Commitment()) != 0 {
				t.Errorf("epoch %d record %s: attestation %+v, %v; want attested with its rows' commitment %s", n, id, a, err, r.Commitment())
			}
		}
		_, _, data := settlement.DefaultFeeRule.Parts(total)
		addrs, scores := circuits.EpochScores(rows)
		pays, _ := prover.Split(data, scores)
		contributors := make([]common.Address, len(addrs))
		for i, a := range addrs {
			contributors[i] = common.BigToAddress(a)
		}
		ev, err := contracts.FindSettled(ctx, chain, d, n)
		if err != nil || ev == nil {
			t.Fatalf("epoch %d is not settled on chain: %v", n, err)
		}
		if ev.Root != contracts.NewMerkleTree(contributors, pays).Root() || ev.Commitment != e.Commitment ||
			ev.Records != contracts.RecordsHash(e.Records) || ev.DataFee != data.String() {
			t.Errorf("epoch %d Settled %+v; want root of the recomputed split %v %v, commitment %s, data fee %s", n, ev, contributors, pays, e.Commitment, data)
		}
		// The view shows the attributed proof: its records, the verifier and the settling tx.
		va, _ := d.AttributedVerifier("n8-r4-c4")
		if a := view.AttributedProof; a == nil || !a.ScoresProven || !slices.Equal(a.Records, e.Records) || a.SettleTx != ev.TxHash.Hex() ||
			a.SettleMethod != "settleAttributed" || a.VerifierAddress != va.Hex() || !a.VerifiedOnchain || view.Proof == nil {
			t.Errorf("GET /v1/epochs/%d attributed proof %+v; want records %v, tx %s, verifier %s", n, view.AttributedProof, e.Records, ev.TxHash.Hex(), va.Hex())
		}
		tx, _, err := txs.TransactionByHash(ctx, ev.TxHash)
		if err != nil || len(tx.Data()) < 4 || !bytes.Equal(tx.Data()[:4], abi.Methods["settleAttributed"].ID) {
			t.Errorf("epoch %d settled by tx %s (%v): want a settleAttributed call", n, ev.TxHash.Hex(), err)
		}
	}
}

// lockedBuffer is a bytes.Buffer safe for the settle job's goroutine and the test.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
