package lmengine_test

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"poa/api"
	"poa/apikey"
	"poa/client"
	"poa/contracts"
	"poa/node"
	"poa/prover"
	"poa/server"
	"poa/server/lmengine"
	"poa/settlement"
	"poa/store"
)

// TestServerSettleAttests: an epoch settled through the API (POST /v1/epochs/close with
// settle: true, poa serve's default --attest optimistic) has every record's scores
// attested on the chain before it is posted, so that poa challenge unproven cannot void
// it: the chain says so record by record, and the challenge is refused. It proves each
// record's scores with the committed 64-row score keys, set up the first time (minutes
// on 2 cores, prepared in the background as poa serve does), and settles through a
// settle job, so it runs without -short only.
func TestServerSettleAttests(t *testing.T) {
	if testing.Short() {
		t.Skip("sets up score-proof keys (minutes): run without -short")
	}
	st := tinyDemo(t)
	ctx := context.Background()
	// poa serve prepares the score keys of the committed shapes at start, in the
	// background; the settle job waits for them.
	shapes, err := lmengine.ScoreShapes(st)
	if err != nil || len(shapes) != 1 || !slices.Contains(prover.DevScoreShapes, shapes[0]) {
		t.Fatalf("score shapes of the demo: %v, %v; want one committed shape", shapes, err)
	}
	t0 := time.Now()
	keys := lmengine.PrepareScoreKeys(ctx, st, shapes, nil)
	eng := server.NewStoreEngine(st)
	lmengine.Attach(eng, st, lmengine.Options{Fee: "1000", ScoreKeys: keys}) // Attest "": optimistic
	// The node's request limit stays the default (2 minutes): the settle is a job.
	c := adminClient(t, eng, server.Config{})
	var ids []string
	for _, p := range []struct{ adapter, prompt string }{{"devil", "CYNIC, n. A blackguard whose"}, {"jargon", "hacker n. A person who"}} {
		resp, err := c.Complete(ctx, api.CompletionRequest{Temperature: greedy, Prompt: p.prompt, Adapter: p.adapter, MaxTokens: 4})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, resp.Attribution.RecordID)
	}
	j, err := c.SettleEpoch(ctx, api.CloseEpochRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.SettleEpoch(ctx, api.CloseEpochRequest{}); !client.IsCode(err, api.CodeJobBusy) || !strings.Contains(err.Error(), j.ID) {
		t.Fatalf("second settle while %s runs: %v, want job_busy naming it", j.ID, err)
	}
	phases := map[string]bool{}
	attested := map[string]bool{}
	var keysAt, settledAt time.Duration
	var keyTime time.Time
	j, err = c.WaitSettleJob(ctx, j.ID, func(v api.SettleJobView) {
		if !phases[v.Phase] {
			t.Logf("%s: phase %s (%s)", time.Since(t0).Round(time.Second), v.Phase, v.Detail)
		}
		phases[v.Phase] = true
		if v.Phase == api.SettlePhaseAttesting && v.Record != "" {
			attested[v.Record] = true
		}
		if v.Phase != api.SettlePhaseKeys && keysAt == 0 {
			keysAt, keyTime = time.Since(t0), metaTime(t, st, shapes[0])
		}
	})
	settledAt = time.Since(t0)
	_, _, _, took, kerr := keys.Status()
	t.Logf("score keys ready %s after start (%v); the job settled the epoch %s after start, %s after the keys",
		took.Round(time.Second), kerr, settledAt.Round(time.Second), (settledAt - keysAt).Round(time.Second))
	if err != nil || j.Status != api.JobDone || j.Result == nil {
		t.Fatalf("settle job: %+v, %v", j, err)
	}
	if !phases[api.SettlePhaseAttesting] || len(attested) != len(ids) {
		t.Errorf("phases seen %v, records seen attesting %v; want each of %v", phases, attested, ids)
	}
	sv := *j.Result
	if kt := metaTime(t, st, shapes[0]); !kt.Equal(keyTime) {
		t.Errorf("the settle set the score keys up again (meta.json %s, prepared %s)", kt, keyTime)
	}
	if sv.Settlement == nil || sv.Records != 2 {
		t.Fatalf("settled epoch view: %+v", sv)
	}
	if sv.ScoresAttested != sv.Records {
		t.Errorf("epoch view: %d of %d records' scores attested", sv.ScoresAttested, sv.Records)
	}
	e, err := settlement.LoadEpoch(st, sv.Epoch)
	if err != nil {
		t.Fatal(err)
	}
	if e.Post == nil || len(e.Post.Unattested) != 0 {
		t.Errorf("epoch %d post %+v: want posted with no unattested record", sv.Epoch, e.Post)
	}
	unattested, err := challengeUnproven(t, st, sv.Epoch)
	if unattested != 0 || err == nil || !strings.Contains(err.Error(), "RecordProven") {
		t.Fatalf("epoch %d: %d records unattested on chain, challenge: %v; want none, refused (RecordProven)", sv.Epoch, unattested, err)
	}
}

// TestEpochCloserAttestModes: the settle path takes poa settle's attest modes and
// refuses another, naming the choices.
func TestEpochCloserAttestModes(t *testing.T) {
	for _, mode := range []string{"", node.AttestOptimistic, node.AttestVerified, node.AttestNone} {
		if _, err := lmengine.EpochCloser(nil, mode); err != nil {
			t.Errorf("attest mode %q: %v", mode, err)
		}
	}
	if _, err := lmengine.EpochCloser(nil, "sometimes"); err == nil || !strings.Contains(err.Error(), `"sometimes"`) || !strings.Contains(err.Error(), "none") {
		t.Errorf("attest mode sometimes: %v, want an error naming it and the choices", err)
	}
}

// adminClient serves eng on a loopback listener and returns a client holding an admin
// key (closing epochs needs one).
func adminClient(t *testing.T, eng server.Engine, cfg server.Config, opts ...client.Option) *client.Client {
	t.Helper()
	keys := apikey.In(t.TempDir())
	_, tok, err := keys.Create(apikey.Options{Name: "test", Scope: apikey.ScopeAdmin})
	if err != nil {
		t.Fatal(err)
	}
	ring, err := apikey.NewRing(keys, nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Logger, cfg.Keys = slog.New(slog.NewTextHandler(io.Discard, nil)), ring
	ts := httptest.NewServer(server.New(eng, cfg).Handler())
	t.Cleanup(ts.Close)
	c, err := client.New(ts.URL, append([]client.Option{client.WithAPIKey(tok)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// challengeUnproven is poa challenge unproven against st's embedded chain: it counts the
// settled epoch's records the chain holds no attestation for, and submits
// challengeUnproven naming the first of them (the first record when all are attested,
// which the contract must refuse). The node must not be using the chain meanwhile.
func challengeUnproven(t *testing.T, st *store.Store, epoch uint64) (unattested int, err error) {
	t.Helper()
	ctx := context.Background()
	chain, dev, err := contracts.OpenEmbedded(ctx, filepath.Join(st.Dir(), "chain"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	d, err := settlement.LoadDeployment(ctx, st, chain)
	if err != nil {
		t.Fatal(err)
	}
	e, err := settlement.LoadEpoch(st, epoch)
	if err != nil {
		t.Fatal(err)
	}
	settled, err := contracts.FindSettled(ctx, chain, d, epoch)
	if err != nil || settled == nil {
		t.Fatalf("epoch %d is not settled on chain: %v", epoch, err)
	}
	missing, err := contracts.Unattested(ctx, chain, d, e.Records)
	if err != nil {
		t.Fatal(err)
	}
	index := 0
	if len(missing) > 0 {
		index = missing[0]
	}
	commitment, ok := new(big.Int).SetString(settled.Commitment, 10)
	if !ok {
		t.Fatalf("settled commitment %q", settled.Commitment)
	}
	_, err = contracts.ChallengeUnproven(ctx, chain, d, dev.Owner, epoch, commitment, e.Records, index)
	return len(missing), err
}

// metaTime is the modification time of the saved score keys of shape (zero if none).
func metaTime(t *testing.T, st *store.Store, shape prover.ScoreShape) time.Time {
	t.Helper()
	dir, err := st.FilePath("keys", "score-"+shape.String())
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(filepath.Join(dir, "meta.json"))
	if err != nil {
		return time.Time{}
	}
	return fi.ModTime()
}
