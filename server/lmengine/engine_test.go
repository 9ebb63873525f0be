package lmengine_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"math/big"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"poa/api"
	"poa/apikey"
	"poa/client"
	"poa/influence"
	"poa/node"
	"poa/server"
	"poa/server/lmengine"
	"poa/settlement"
	"poa/store"
)

// TestRealCompletionsAndEpoch trains the tiny demo pipeline (base model, one
// adapter per bundled datanet, index, sketches), serves it, and checks the
// completion view against the stored attribution record and the store's points,
// then closes the epoch and checks the split against the records.
func TestRealCompletionsAndEpoch(t *testing.T) {
	st := tinyDemo(t)
	ctx := context.Background()
	eng := server.NewStoreEngine(st)
	// Settling here posts without attesting (poa serve --attest none), which proves
	// nothing but is fast; TestServerSettleAttests runs the default.
	lmengine.Attach(eng, st, lmengine.Options{Fee: "1000", Attest: node.AttestNone})
	keys := apikey.In(t.TempDir()) // closing epochs needs an admin key
	_, tok, err := keys.Create(apikey.Options{Name: "test", Scope: apikey.ScopeAdmin})
	if err != nil {
		t.Fatal(err)
	}
	ring, err := apikey.NewRing(keys, nil)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(server.New(eng, server.Config{Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Keys: ring}).Handler())
	defer ts.Close()
	c, err := client.New(ts.URL, client.WithAPIKey(tok))
	if err != nil {
		t.Fatal(err)
	}

	if _, err := c.Complete(ctx, api.CompletionRequest{Temperature: greedy, Prompt: "CYNIC, n."}); !client.IsCode(err, api.CodeBadRequest) {
		t.Fatalf("no adapter: %v, want bad_request", err)
	}
	if _, err := c.CloseEpoch(ctx, api.CloseEpochRequest{}); !client.IsCode(err, api.CodeEpochEmpty) {
		t.Fatalf("closing an empty epoch: %v, want epoch_empty", err)
	}

	var ids []string
	for _, p := range []struct{ adapter, prompt string }{{"devil", "CYNIC, n. A blackguard whose"}, {"jargon", "hacker n. A person who"}} {
		resp, err := c.Complete(ctx, api.CompletionRequest{Temperature: greedy, Prompt: p.prompt, Adapter: p.adapter, MaxTokens: 6})
		if err != nil {
			t.Fatal(err)
		}
		at := resp.Attribution
		var rec influence.Record
		if err := st.Get(store.KindAttribution, at.RecordID, &rec); err != nil {
			t.Fatalf("record %s: %v", at.RecordID, err)
		}
		ids = append(ids, rec.ID)
		if resp.Choices[0].Text != rec.Output || len(at.Tokens) != len(rec.Tokens) || resp.Usage.CompletionTokens != len(rec.OutputIDs) {
			t.Fatalf("completion %q with %d tokens; record output %q with %d", resp.Choices[0].Text, len(at.Tokens), rec.Output, len(rec.Tokens))
		}
		if len(at.Contributors) != len(rec.Contributors) {
			t.Fatalf("%d contributors, record has %d", len(at.Contributors), len(rec.Contributors))
		}
		for i, cs := range rec.Contributors {
			if at.Contributors[i].Address != cs.Address || at.Contributors[i].Score != cs.Score {
				t.Errorf("contributor %d: view %+v, record %+v", i, at.Contributors[i], cs)
			}
		}
		joined := ""
		for i, tok := range at.Tokens {
			rt := rec.Tokens[i]
			if tok.Text != rt.Text || len(tok.Refs) != len(rt.Top) {
				t.Fatalf("token %d: %q with %d refs; record %q with %d", i, tok.Text, len(tok.Refs), rt.Text, len(rt.Top))
			}
			joined += resp.Choices[0].Text[tok.Start:tok.End]
			for _, ref := range tok.Refs {
				src := at.Sources[ref.Source]
				p, err := st.Point(src.Datanet, src.ID)
				if err != nil || p.Text != src.Text || p.Contributor != src.Contributor {
					t.Fatalf("source %s/%s is not the stored point: %v", src.Datanet, src.ID, err)
				}
				if src.Datanet != p.Datanet {
					t.Fatalf("source datanet %s", src.Datanet)
				}
				if ref.Score < 0 || ref.Methods["gradient"] == 0 && ref.Methods["span"] == 0 {
					t.Errorf("ref %+v has no evidence", ref)
				}
				if ref.Span != nil && (ref.Span.Start < 0 || ref.Span.End > len(src.Text) || ref.Span.Start >= ref.Span.End) {
					t.Errorf("span %+v outside a %d-byte source", ref.Span, len(src.Text))
				}
			}
		}
		if joined != resp.Choices[0].Text {
			t.Errorf("token byte ranges cover %q, output is %q", joined, resp.Choices[0].Text)
		}
	}

	// Identical requests are separate inferences and fees (the content-hash id billed 1,351
	// identical requests as 4); an Idempotency-Key makes retries of one request count once.
	same := api.CompletionRequest{Temperature: greedy, Prompt: "CYNIC, n. A blackguard whose", Adapter: "devil", MaxTokens: 6}
	seen := map[string]bool{}
	for range 3 {
		resp, err := c.Complete(ctx, same)
		if err != nil {
			t.Fatal(err)
		}
		seen[resp.Attribution.RecordID] = true
		ids = append(ids, resp.Attribution.RecordID)
	}
	if len(seen) != 3 {
		t.Fatalf("3 identical requests billed as %d records", len(seen))
	}
	same.IdempotencyKey = "retry-7"
	first := ""
	for i := range 3 {
		resp, err := c.Complete(ctx, same)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = resp.Attribution.RecordID
			ids = append(ids, first)
		} else if resp.Attribution.RecordID != first {
			t.Fatalf("retry %d with the same Idempotency-Key billed a new record %s (first %s)", i, resp.Attribution.RecordID, first)
		}
	}

	// Close the epoch: the split sums what the records scored and splits the data fee.
	ev, err := c.CloseEpoch(ctx, api.CloseEpochRequest{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]uint64{}
	for _, id := range ids {
		av, err := c.Attribution(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		for _, cs := range av.Contributors {
			want[strings.ToLower(cs.Address)] += cs.Score
		}
	}
	paid := new(big.Int)
	for _, row := range ev.Contributors {
		if want[strings.ToLower(row.Address)] != row.Score {
			t.Errorf("epoch row %s score %d, records sum to %d", row.Address, row.Score, want[strings.ToLower(row.Address)])
		}
		p, _ := new(big.Int).SetString(row.Payout, 10)
		paid.Add(paid, p)
	}
	rem, _ := new(big.Int).SetString(ev.Remainder, 10)
	if ev.Fee != "6000" || ev.DataFee != "4800" || ev.Records != 6 || paid.Add(paid, rem).String() != "4800" {
		t.Fatalf("epoch %d: fee %s data fee %s, payouts+remainder %s", ev.Epoch, ev.Fee, ev.DataFee, paid)
	}
	// settle: true is a background job (202): with no new record it finishes epoch 1,
	// closed above but not posted (deploying the contracts first), and ends with it
	// settled; then nothing is left to settle (409 epoch_empty at once, no job).
	j, err := c.SettleEpoch(ctx, api.CloseEpochRequest{})
	if err != nil || j.Epoch != ev.Epoch+1 || j.Status != api.JobRunning {
		t.Fatalf("settle job %+v, %v", j, err)
	}
	if j, err = c.WaitSettleJob(ctx, j.ID, nil); err != nil || j.Status != api.JobDone || j.Result == nil ||
		j.Result.Epoch != ev.Epoch || j.Result.Settlement == nil || j.Result.Status != "confirmed" {
		t.Fatalf("settle job finishing epoch %d: %+v, %v", ev.Epoch, j, err)
	}
	if _, err := c.CloseEpoch(ctx, api.CloseEpochRequest{Settle: true}); !client.IsCode(err, api.CodeEpochEmpty) {
		t.Fatalf("settling an empty epoch: %v, want epoch_empty", err)
	}
	if _, err := c.Complete(ctx, api.CompletionRequest{Temperature: greedy, Prompt: "LAWYER, n.", Adapter: "devil", MaxTokens: 4}); err != nil {
		t.Fatal(err)
	}
	sv, err := c.CloseEpoch(ctx, api.CloseEpochRequest{Settle: true})
	if err != nil {
		t.Fatalf("settle: %v", err)
	}
	if sv.Epoch != ev.Epoch+1 || sv.Proof == nil || sv.Settlement == nil || sv.Settlement.TxHash == "" || sv.Settlement.GasUsed == 0 {
		t.Fatalf("settled epoch view: %+v", sv)
	}
	settleJobFails(t, st, c, sv.Epoch+1)
	// Posted without attesting: the chain holds no attestation of the record, and anyone
	// can void the epoch and slash its poster (poa challenge unproven).
	if unattested, err := challengeUnproven(t, st, sv.Epoch); unattested != sv.Records || err != nil {
		t.Fatalf("epoch %d settled with attest none: %d of %d records unattested, challenge: %v; want all, voided", sv.Epoch, unattested, sv.Records, err)
	}

	// A prompt longer than the model's context (64 positions), or a greedy output that
	// runs past it (prompt + max_tokens over it), is the client's to fix: 400
	// prompt_too_long. Both answered 500 internal before (found by the serve soak).
	long := strings.Repeat("LAWYER, n. ", 60)
	if _, err := c.Complete(ctx, api.CompletionRequest{Temperature: greedy, Prompt: long, Adapter: "devil", MaxTokens: 4}); !client.IsCode(err, api.CodePromptTooLong) {
		t.Fatalf("prompt over the model's context: %v, want prompt_too_long", err)
	}
	for _, ad := range []string{"devil", "jargon"} {
		// The output may stop at end-of-text first (then it is a plain 200).
		if _, err := c.Complete(ctx, api.CompletionRequest{Temperature: greedy, Prompt: "LAWYER, n.", Adapter: ad, MaxTokens: 100}); err != nil && !client.IsCode(err, api.CodePromptTooLong) {
			t.Fatalf("adapter %s: prompt + max_tokens over the model's context: %v, want prompt_too_long or a completion", ad, err)
		}
	}
}

// settleJobFails: a settle job that attests (poa serve's default) fails on a record whose
// scores cannot be proven (its adapter's evidence commitment is gone): the job reports
// the error and names the record, the epoch stays closed and proven, not posted, and
// the next settle job (here one of c's node, which posts without attesting) finishes
// it. epoch is the open epoch's number.
func settleJobFails(t *testing.T, st *store.Store, c *client.Client, epoch uint64) {
	t.Helper()
	ctx := context.Background()
	resp, err := c.Complete(ctx, api.CompletionRequest{Temperature: greedy, Prompt: "CYNIC, n.", Adapter: "devil", MaxTokens: 4})
	if err != nil {
		t.Fatal(err)
	}
	var commitment json.RawMessage
	if err := st.Get(store.KindCommitment, "devil", &commitment); err != nil {
		t.Fatal(err)
	}
	if err := st.Delete(store.KindCommitment, "devil"); err != nil {
		t.Fatal(err)
	}
	eng := server.NewStoreEngine(st)
	lmengine.Attach(eng, st, lmengine.Options{Fee: "1000"}) // attest optimistic
	attesting := adminClient(t, eng, server.Config{})
	j, err := attesting.SettleEpoch(ctx, api.CloseEpochRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if j, err = attesting.WaitSettleJob(ctx, j.ID, nil); err != nil {
		t.Fatal(err)
	}
	e, err := settlement.LoadEpoch(st, epoch)
	if err != nil {
		t.Fatalf("epoch %d not closed by the failed job %+v: %v", epoch, j, err)
	}
	if j.Status != api.JobFailed || j.Phase != api.SettlePhaseAttesting || j.Epoch != epoch || j.Result != nil ||
		!slices.Contains(e.Records, j.Record) || !strings.Contains(j.Error, "record "+j.Record) || !strings.Contains(j.Error, "cannot be proven") {
		t.Fatalf("failed settle job %+v; epoch %d records %v", j, epoch, e.Records)
	}
	if e.Status != settlement.Proven || e.Post != nil || !slices.Contains(e.Records, resp.Attribution.RecordID) {
		t.Fatalf("epoch %d after the failed job: %s, post %+v, records %v", epoch, e.Status, e.Post, e.Records)
	}
	if err := st.Put(store.KindCommitment, "devil", commitment); err != nil {
		t.Fatal(err)
	}
	sv, err := c.CloseEpoch(ctx, api.CloseEpochRequest{Settle: true})
	if err != nil || sv.Epoch != epoch || sv.Status != "confirmed" || sv.Settlement == nil {
		t.Fatalf("resumed epoch %d: %+v, %v", epoch, sv, err)
	}
}
