package server

import (
	"context"
	"encoding/json"
	"fmt"
	"github.com/ethereum/go-ethereum/common"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"poa/contracts"
	"poa/settlement"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"poa/api"
	"poa/datanet"
	"poa/store"
)

// Two demo addresses that are not contributors of the bundled datanets.
const (
	addrA = "0x1111111111111111111111111111111111111111"
	addrB = "0x2222222222222222222222222222222222222222"
)

func TestHealthAndReadiness(t *testing.T) {
	n := newNode(t, Config{})
	var h api.Health
	if code, raw := n.do(t, "GET", "/healthz", nil, &h); code != 200 {
		t.Fatalf("healthz %d %s", code, raw)
	}
	if h.Status != "ok" || !h.Ready["store"] || h.Ready["completions"] || h.Ready["epochs"] {
		t.Fatalf("health %+v: want ok, store ready, completions and epochs not", h)
	}
	n = newNode(t, Config{})
	n.withCompleter(t)
	n.do(t, "GET", "/healthz", nil, &h)
	if !h.Ready["completions"] {
		t.Fatalf("completions not ready after plugging a completer: %+v", h)
	}
}

func TestDatanetsMatchStore(t *testing.T) {
	n := newNode(t, Config{})
	var got struct {
		Object string            `json:"object"`
		Data   []api.DatanetView `json:"data"`
	}
	if code, raw := n.do(t, "GET", "/v1/datanets", nil, &got); code != 200 {
		t.Fatalf("%d %s", code, raw)
	}
	if got.Object != "list" || len(got.Data) != len(datanet.Bundled()) {
		t.Fatalf("got %d datanets (object %q), want %d", len(got.Data), got.Object, len(datanet.Bundled()))
	}
	for _, d := range got.Data {
		// Independent count: walk the stored points.
		points, perContrib := 0, map[string]int64{}
		if err := n.st.Points(d.Name, func(p store.DataPoint) error {
			points++
			perContrib[p.Contributor]++
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if d.Points != points || points == 0 {
			t.Errorf("datanet %s: %d points, the store walk counts %d", d.Name, d.Points, points)
		}
		if len(d.Contributors) != len(perContrib) {
			t.Errorf("datanet %s: %d contributors, the store walk finds %d", d.Name, len(d.Contributors), len(perContrib))
		}
		for _, c := range d.Contributors {
			if perContrib[c.Address] != c.Points {
				t.Errorf("datanet %s contributor %s: %d points, walk counts %d", d.Name, c.Address, c.Points, perContrib[c.Address])
			}
		}
	}
}

func TestAdapters(t *testing.T) {
	n := newNode(t, Config{})
	var got struct{ Data []api.AdapterView }
	n.do(t, "GET", "/v1/adapters", nil, &got)
	if len(got.Data) != 2 || got.Data[0].Name != "devil" || got.Data[1].Name != "jargon" {
		t.Fatalf("adapters %+v, want devil and jargon", got.Data)
	}
}

// listsNothing is the real store engine except that its lists come back nil, as
// another Engine's may (the store engine's are never nil).
type listsNothing struct{ *StoreEngine }

func (listsNothing) Datanets(context.Context) ([]api.DatanetView, error) { return nil, nil }
func (listsNothing) Adapters(context.Context) ([]api.AdapterView, error) { return nil, nil }

// TestEmptyListIsNotNull: a list endpoint with nothing to list answers
// {"object":"list","data":[]}, never "data":null.
func TestEmptyListIsNotNull(t *testing.T) {
	n := newNode(t, Config{})
	srv := New(listsNothing{n.eng}, Config{Logger: n.srv.log})
	for _, path := range []string{"/v1/datanets", "/v1/adapters"} {
		rec := httptest.NewRecorder()
		srv.Handler().ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if rec.Code != 200 || strings.TrimSpace(rec.Body.String()) != `{"data":[],"object":"list"}` {
			t.Fatalf("GET %s with nothing to list: %d %s", path, rec.Code, rec.Body)
		}
	}
}

func TestCompletionNotReadyAndUnknownAdapter(t *testing.T) {
	n := newNode(t, Config{})
	code, raw := n.do(t, "POST", "/v1/completions", api.CompletionRequest{Prompt: "hello", Adapter: "devil"}, nil)
	wantError(t, code, raw, 503, api.CodeNotReady, "no model")
	code, raw = n.do(t, "POST", "/v1/completions", api.CompletionRequest{Prompt: "hello", Adapter: "nope"}, nil)
	wantError(t, code, raw, 404, api.CodeUnknownAdapter, `"nope"`)
	n.healthy(t)
}

func TestCompletionResponse(t *testing.T) {
	n := newNode(t, Config{})
	n.withCompleter(t)
	var resp api.CompletionResponse
	code, raw := n.do(t, "POST", "/v1/completions", `{"model":"poa","prompt":"What is a cynic?","max_tokens":6,"temperature":0.7,"top_p":0.9,"seed":7,"adapter":"devil"}`, &resp)
	if code != 200 {
		t.Fatalf("%d %s", code, raw)
	}
	if resp.Object != "text_completion" || len(resp.Choices) != 1 || resp.Choices[0].Text == "" || resp.Created == 0 {
		t.Fatalf("not a text_completion: %s", raw)
	}
	if resp.Usage.CompletionTokens != 6 || resp.Usage.TotalTokens != resp.Usage.PromptTokens+6 {
		t.Fatalf("usage %+v, want 6 completion tokens", resp.Usage)
	}
	at := resp.Attribution
	if at == nil || at.RecordID == "" || len(at.Tokens) != 6 || len(at.Sources) == 0 || len(at.Contributors) == 0 {
		t.Fatalf("attribution incomplete: %s", raw)
	}
	if resp.ID != "cmpl-"+at.RecordID {
		t.Errorf("id %q does not name record %q", resp.ID, at.RecordID)
	}
	// Every reference points at a real stored data point whose span is in range.
	for _, tok := range at.Tokens {
		for _, ref := range tok.Refs {
			src := at.Sources[ref.Source]
			p, err := n.st.Point(src.Datanet, src.ID)
			if err != nil {
				t.Fatalf("token %q cites %s/%s: %v", tok.Text, src.Datanet, src.ID, err)
			}
			if p.Text != src.Text || p.Contributor != src.Contributor {
				t.Fatalf("source %s differs from the stored point", src.ID)
			}
			if ref.Span == nil || ref.Span.Start < 0 || ref.Span.End > len(src.Text) || ref.Span.Start >= ref.Span.End {
				t.Fatalf("span %+v out of range of a %d-byte source", ref.Span, len(src.Text))
			}
		}
	}
	// The record is retrievable and carries the same contributor scores.
	var av api.AttributionView
	if code, raw := n.do(t, "GET", "/v1/attributions/"+at.RecordID, nil, &av); code != 200 {
		t.Fatalf("%d %s", code, raw)
	}
	if av.ID != at.RecordID || av.Epoch != 1 || av.Fee != "1000000000000000000" || len(av.Contributors) != len(at.Contributors) {
		t.Fatalf("record view %+v does not match the completion's attribution", av)
	}
	for i, c := range av.Contributors {
		if c != at.Contributors[i] {
			t.Errorf("contributor %d: record %+v, completion %+v", i, c, at.Contributors[i])
		}
	}
	// Defaults: no max_tokens means 16 (capped by the source length).
	var def api.CompletionResponse
	n.do(t, "POST", "/v1/completions", `{"prompt":"hello"}`, &def)
	if def.Usage.CompletionTokens > 16 || def.Usage.CompletionTokens == 0 {
		t.Errorf("default max_tokens: %d completion tokens", def.Usage.CompletionTokens)
	}
}

func TestBadRequests(t *testing.T) {
	n := newNode(t, Config{MaxBodyBytes: 4096, MaxPromptBytes: 512, MaxTokens: 64})
	n.withCompleter(t)
	long := strings.Repeat("a", 600)
	huge := `{"prompt":"` + strings.Repeat("b", 5000) + `"}`
	cases := []struct {
		name, method, path, body string
		status                   int
		code                     string
		msg                      string
	}{
		{"malformed", "POST", "/v1/completions", `{"prompt": "x",`, 400, api.CodeInvalidJSON, "malformed JSON"},
		{"not-json", "POST", "/v1/completions", `prompt=x`, 400, api.CodeInvalidJSON, "malformed JSON"},
		{"empty-body", "POST", "/v1/completions", ``, 400, api.CodeInvalidJSON, "empty"},
		{"trailing", "POST", "/v1/completions", `{"prompt":"x"} {}`, 400, api.CodeInvalidJSON, "trailing"},
		{"unknown-field", "POST", "/v1/completions", `{"prompt":"x","frobnicate":1}`, 400, api.CodeInvalidJSON, "frobnicate"},
		{"wrong-type", "POST", "/v1/completions", `{"prompt":"x","max_tokens":"ten"}`, 400, api.CodeInvalidJSON, "max_tokens"},
		{"prompt-array", "POST", "/v1/completions", `{"prompt":["x"]}`, 400, api.CodeInvalidJSON, "prompt"},
		{"no-prompt", "POST", "/v1/completions", `{"adapter":"devil"}`, 400, api.CodeBadRequest, "prompt is required"},
		{"oversized-prompt", "POST", "/v1/completions", `{"prompt":"` + long + `"}`, 400, api.CodePromptTooLong, "600 bytes"},
		{"oversized-body", "POST", "/v1/completions", huge, 413, api.CodeBodyTooLarge, "4096"},
		{"max-tokens", "POST", "/v1/completions", `{"prompt":"x","max_tokens":65}`, 400, api.CodeBadRequest, "max_tokens"},
		{"negative-max-tokens", "POST", "/v1/completions", `{"prompt":"x","max_tokens":-1}`, 400, api.CodeBadRequest, "max_tokens"},
		{"temperature", "POST", "/v1/completions", `{"prompt":"x","temperature":3}`, 400, api.CodeBadRequest, "temperature"},
		{"top-p", "POST", "/v1/completions", `{"prompt":"x","top_p":0}`, 400, api.CodeBadRequest, "top_p"},
		{"n", "POST", "/v1/completions", `{"prompt":"x","n":9}`, 400, api.CodeBadRequest, "n=9"},
		{"n-zero", "POST", "/v1/completions", `{"prompt":"x","n":0}`, 400, api.CodeBadRequest, "n=0"},
		{"echo", "POST", "/v1/completions", `{"prompt":"x","echo":true}`, 400, api.CodeUnsupported, "echo"},
		{"best-of", "POST", "/v1/completions", `{"prompt":"x","best_of":3}`, 400, api.CodeUnsupported, "best_of"},
		{"suffix", "POST", "/v1/completions", `{"prompt":"x","suffix":"y"}`, 400, api.CodeUnsupported, "suffix"},
		{"logit-bias", "POST", "/v1/completions", `{"prompt":"x","logit_bias":{"50256":-100}}`, 400, api.CodeUnsupported, "logit_bias"},
		{"presence-penalty", "POST", "/v1/completions", `{"prompt":"x","presence_penalty":0.5}`, 400, api.CodeUnsupported, "presence_penalty"},
		{"frequency-penalty", "POST", "/v1/completions", `{"prompt":"x","frequency_penalty":-1}`, 400, api.CodeUnsupported, "frequency_penalty"},
		{"stops", "POST", "/v1/completions", `{"prompt":"x","stop":["a","b","c","d","e"]}`, 400, api.CodeBadRequest, "5 stop strings"},
		{"stop-empty", "POST", "/v1/completions", `{"prompt":"x","stop":""}`, 400, api.CodeBadRequest, "stop string 0"},
		{"stop-type", "POST", "/v1/completions", `{"prompt":"x","stop":3}`, 400, api.CodeInvalidJSON, "stop"},
		{"logprobs", "POST", "/v1/completions", `{"prompt":"x","logprobs":6}`, 400, api.CodeBadRequest, "logprobs 6"},
		{"stream-options", "POST", "/v1/completions", `{"prompt":"x","stream_options":{"include_usage":true}}`, 400, api.CodeBadRequest, "stream=true"},
		{"invalid-utf8", "POST", "/v1/completions", "{\"prompt\":\"a\xffb\"}", 400, api.CodeInvalidJSON, "UTF-8"},
		{"chat-no-messages", "POST", "/v1/chat/completions", `{"messages":[]}`, 400, api.CodeBadRequest, "messages"},
		{"chat-role", "POST", "/v1/chat/completions", `{"messages":[{"role":"tool","content":"x"}]}`, 400, api.CodeUnsupported, "tool"},
		{"chat-image", "POST", "/v1/chat/completions", `{"messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"x"}}]}]}`, 400, api.CodeInvalidJSON, "image_url"},
		{"chat-null-content", "POST", "/v1/chat/completions", `{"messages":[{"role":"assistant","content":null}]}`, 400, api.CodeInvalidJSON, "null"},
		{"chat-top-logprobs", "POST", "/v1/chat/completions", `{"messages":[{"role":"user","content":"x"}],"top_logprobs":2}`, 400, api.CodeBadRequest, "logprobs=true"},
		{"chat-top-logprobs-range", "POST", "/v1/chat/completions", `{"messages":[{"role":"user","content":"x"}],"logprobs":true,"top_logprobs":21}`, 400, api.CodeBadRequest, "top_logprobs 21"},
		{"chat-max-tokens", "POST", "/v1/chat/completions", `{"messages":[{"role":"user","content":"x"}],"max_completion_tokens":65}`, 400, api.CodeBadRequest, "max_tokens 65"},
		{"chat-unknown-field", "POST", "/v1/chat/completions", `{"messages":[{"role":"user","content":"x"}],"tools":[]}`, 400, api.CodeInvalidJSON, "tools"},
		{"bad-fee", "POST", "/v1/completions", `{"prompt":"x","fee":"-5"}`, 400, api.CodeBadRequest, "fee"},
		{"unknown-adapter", "POST", "/v1/completions", `{"prompt":"x","adapter":"../../etc"}`, 404, api.CodeUnknownAdapter, "etc"},
		{"bad-address-short", "GET", "/v1/contributors/0x1234", "", 400, api.CodeBadAddress, "40 hex"},
		{"bad-address-prefix", "GET", "/v1/contributors/" + strings.Repeat("a", 40), "", 400, api.CodeBadAddress, "0x"},
		{"bad-address-checksum", "GET", "/v1/contributors/0x6b2AC46c6567877c05D1f141C681cFf49E3B70A4", "", 400, api.CodeBadAddress, "checksum"},
		{"unknown-contributor", "GET", "/v1/contributors/" + addrB, "", 404, api.CodeNotFound, "contributor"},
		{"bad-epoch", "GET", "/v1/epochs/x1", "", 400, api.CodeBadEpoch, "positive integer"},
		{"epoch-zero", "GET", "/v1/epochs/0", "", 400, api.CodeBadEpoch, ""},
		{"missing-epoch", "GET", "/v1/epochs/99", "", 404, api.CodeNotFound, "99"},
		{"no-epoch-yet", "GET", "/v1/epochs/latest", "", 404, api.CodeNotFound, "no closed epoch"},
		{"missing-record", "GET", "/v1/attributions/nope", "", 404, api.CodeNotFound, "nope"},
		{"close-bad-json", "POST", "/v1/epochs/close", `{"owner_bps":`, 400, api.CodeInvalidJSON, ""},
		{"close-bad-bps", "POST", "/v1/epochs/close", `{"owner_bps":9000,"protocol_bps":2000}`, 400, api.CodeBadRequest, "10000"},
		{"close-not-ready", "POST", "/v1/epochs/close", ``, 503, api.CodeNotReady, "prover"},
		{"method", "GET", "/v1/completions", "", 405, api.CodeMethod, "GET"},
		{"method-epoch", "DELETE", "/v1/epochs/3", "", 405, api.CodeMethod, ""},
		{"no-endpoint", "GET", "/v1/nothing", "", 404, api.CodeNotFound, "/v1/nothing"},
	}
	for _, c := range cases {
		t.Run("case="+c.name, func(t *testing.T) {
			var body any
			if c.body != "" {
				body = c.body
			}
			code, raw := n.do(t, c.method, c.path, body, nil)
			wantError(t, code, raw, c.status, c.code, c.msg)
			n.healthy(t)
		})
	}
	// Still serving real work after all of that.
	var resp api.CompletionResponse
	if code, raw := n.do(t, "POST", "/v1/completions", `{"prompt":"a bore","adapter":"devil","max_tokens":3}`, &resp); code != 200 {
		t.Fatalf("after bad requests: %d %s", code, raw)
	}
}

// putEpoch stores an epoch record and its proof as the settlement layer would; posted
// adds the on-chain settlement.
func putEpoch(t testing.TB, st *store.Store, epoch uint64, posted bool) {
	t.Helper()
	key := fmt.Sprint(epoch)
	rec := settlement.Epoch{Epoch: epoch, Status: settlement.Proven, Fee: "1000", OwnerFee: "100", ProtocolFee: "100", DataFee: "800",
		FeeRule: settlement.DefaultFeeRule,
		Contributors: []settlement.Contributor{
			{Address: addrA, Score: "3000000", Payout: "600"},
			{Address: datanet.DemoDevilAuthor, Score: "1000000", Payout: "200"},
		},
		Remainder: "0", Commitment: "12345678901234567890123456789", Records: []string{"r1", "r2"},
		Proof: &settlement.ProofInfo{Backend: "groth16", Size: 8, Verified: true}}
	if posted {
		rec.Status = settlement.Confirmed
		rec.Post = &settlement.Posting{Deployment: "embedded", Network: "embedded", ChainID: 1337,
			Settlement: common.HexToAddress("0x3333333333333333333333333333333333333333"),
			Settle:     contracts.Receipt{TxHash: common.HexToHash("0xfeed"), Block: 7, GasUsed: 312345}, Paid: "800", Remainder: "0"}
	}
	if err := st.Put(store.KindEpoch, key, rec); err != nil {
		t.Fatal(err)
	}
	proof, err := os.ReadFile(filepath.Join("testdata", "proof-epoch1.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Put(store.KindProof, key, json.RawMessage(proof)); err != nil {
		t.Fatal(err)
	}
}

func TestEpochsAndContributors(t *testing.T) {
	n := newNode(t, Config{})
	var live atomic.Bool // the chain layer's claim status, switched on below
	n.eng.ClaimStatus = func(ctx context.Context, epoch uint64, a string) (string, string, error) {
		if !live.Load() {
			return "", "", nil // unknown: the record's status stands
		}
		return "claimed", fmt.Sprintf("0xclaim%d", epoch), nil
	}
	putEpoch(t, n.st, 1, true)
	putEpoch(t, n.st, 2, false)
	// Record r1 of epoch 1 has a score proof, attested on-chain.
	if err := settlement.SaveScoreProof(n.st, &settlement.ScoreProofRecord{Record: "r1", Attestation: &contracts.ScoreAttestation{Version: 1}}); err != nil {
		t.Fatal(err)
	}
	// Epoch 10 sorts before 2 as a string: latest must compare numbers.
	if err := n.st.Put(store.KindEpoch, "10", settlement.Epoch{Epoch: 10, Status: settlement.Closed, Fee: "5", DataFee: "4",
		Contributors: []settlement.Contributor{{Address: addrB, Score: "7", Payout: "4"}}}); err != nil {
		t.Fatal(err)
	}
	var e api.EpochView
	if code, raw := n.do(t, "GET", "/v1/epochs/1", nil, &e); code != 200 {
		t.Fatalf("%d %s", code, raw)
	}
	if e.Epoch != 1 || e.Status != "confirmed" || e.Fee != "1000" || e.DataFee != "800" || e.Records != 2 || len(e.Contributors) != 2 ||
		e.Contributors[0].Payout != "600" || e.Contributors[1].Score != 1_000_000 {
		t.Fatalf("epoch 1 view %+v", e)
	}
	if e.ScoresProven != 1 || e.ScoresAttested != 1 {
		t.Fatalf("epoch 1: %d records with proven scores, %d attested; want 1 and 1", e.ScoresProven, e.ScoresAttested)
	}
	if e.Proof == nil || e.Proof.Backend != "groth16" || e.Proof.Verified == nil || !*e.Proof.Verified || e.Proof.Size != 384 {
		t.Fatalf("epoch 1 proof %+v", e.Proof)
	}
	if e.Settlement == nil || e.Settlement.TxHash != common.HexToHash("0xfeed").Hex() || e.Settlement.GasUsed != 312345 || e.Settlement.Block != 7 ||
		e.Settlement.VerifiedOnchain == nil || !*e.Settlement.VerifiedOnchain || e.Settlement.Network != "embedded" {
		t.Fatalf("epoch 1 settlement %+v", e.Settlement)
	}
	var latest api.EpochView
	n.do(t, "GET", "/v1/epochs/latest", nil, &latest)
	if latest.Epoch != 10 || len(latest.Contributors) != 1 || latest.Contributors[0].Score != 7 || latest.Contributors[0].Payout != "4" {
		t.Fatalf("latest epoch %+v: want 10", latest)
	}

	// A contributor with epochs but no data points; settled in 1, unsettled in 2.
	var cv api.ContributorView
	if code, raw := n.do(t, "GET", "/v1/contributors/"+addrA, nil, &cv); code != 200 {
		t.Fatalf("%d %s", code, raw)
	}
	if cv.TotalScore != 6_000_000 || cv.TotalPayout != "1200" || len(cv.Epochs) != 2 ||
		cv.Epochs[0].Claim != "settled" || cv.Epochs[1].Claim != "unsettled" {
		t.Fatalf("contributor view %+v", cv)
	}
	// The bundled author: data points from the store, settled in epoch 1.
	lower := strings.ToLower(datanet.DemoDevilAuthor)
	n.do(t, "GET", "/v1/contributors/"+lower, nil, &cv)
	sc, err := n.st.Contributor(datanet.DemoDevilAuthor)
	if err != nil {
		t.Fatal(err)
	}
	if cv.Address != datanet.DemoDevilAuthor || cv.Points != sc.Points || cv.Points == 0 || cv.Tokens != sc.Tokens ||
		len(cv.Epochs) != 2 || cv.Epochs[0].Claim != "settled" || cv.TotalPayout != "400" {
		t.Fatalf("devil author view %+v (store %+v)", cv, sc)
	}
	// Live claim status from the chain layer overrides the record.
	live.Store(true)
	n.do(t, "GET", "/v1/contributors/"+addrA, nil, &cv)
	if cv.Epochs[1].Claim != "claimed" || cv.Epochs[1].ClaimTx != "0xclaim2" {
		t.Fatalf("claim status func not used: %+v", cv.Epochs)
	}
}

func TestCorruptRecords(t *testing.T) {
	n := newNode(t, Config{})
	if err := n.st.Put(store.KindEpoch, "4", map[string]any{"epoch": 4, "fee": "-3"}); err != nil { // not a settlement.Epoch
		t.Fatal(err)
	}
	if err := n.st.Put(store.KindAttribution, "bad", map[string]any{"id": "bad", "contributors": []any{map[string]any{"score": 1}}}); err != nil {
		t.Fatal(err)
	}
	code, raw := n.do(t, "GET", "/v1/epochs/4", nil, nil)
	wantError(t, code, raw, 500, api.CodeCorruptRecord, "epoch record 4", "fee")
	code, raw = n.do(t, "GET", "/v1/attributions/bad", nil, nil)
	wantError(t, code, raw, 500, api.CodeCorruptRecord, "no address")
	n.healthy(t)
}

func TestCloseEpoch(t *testing.T) {
	n := newNode(t, Config{})
	var got api.CloseEpochRequest
	var closed atomic.Bool
	n.eng.EpochCloser = func(ctx context.Context, req api.CloseEpochRequest) (uint64, error) {
		if closed.Swap(true) {
			return 0, fmt.Errorf("epoch 4: %w", ErrEpochEmpty)
		}
		got = req
		putEpoch(t, n.st, 3, true)
		return 3, nil
	}
	// Without settle the close runs in the request (settle: true is a job:
	// settle_jobs_test.go).
	var e api.EpochView
	if code, raw := n.do(t, "POST", "/v1/epochs/close", `{"owner_bps":500,"protocol_bps":500}`, &e); code != 200 {
		t.Fatalf("%d %s", code, raw)
	}
	if got.OwnerBps == nil || *got.OwnerBps != 500 || got.Settle {
		t.Fatalf("closer got %+v", got)
	}
	if e.Epoch != 3 || e.Proof == nil || e.Settlement == nil {
		t.Fatalf("closed epoch view %+v", e)
	}
	// The next epoch is empty: a 409.
	code, raw := n.do(t, "POST", "/v1/epochs/close", nil, nil)
	wantError(t, code, raw, 409, api.CodeEpochEmpty, "epoch 4")
	// The proof and gas reached the metrics.
	_, m := n.do(t, "GET", "/metrics", nil, nil)
	for _, want := range []string{`poa_proofs_total{backend="groth16",verified="true"} 1`, "poa_settlement_gas_used_total 312345"} {
		if !strings.Contains(string(m), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}

func TestMetrics(t *testing.T) {
	n := newNode(t, Config{})
	n.withCompleter(t)
	for range 3 {
		n.do(t, "POST", "/v1/completions", `{"prompt":"a cynic","adapter":"devil","max_tokens":4}`, nil)
	}
	n.do(t, "POST", "/v1/completions", `{"prompt":""}`, nil)
	n.do(t, "GET", "/v1/datanets", nil, nil)
	_, m := n.do(t, "GET", "/metrics", nil, nil)
	for _, want := range []string{
		`poa_http_request_duration_seconds_count{code="200",method="POST",route="POST /v1/completions"} 3`,
		`poa_http_request_duration_seconds_count{code="400",method="POST",route="POST /v1/completions"} 1`,
		`poa_http_request_duration_seconds_count{code="200",method="GET",route="GET /v1/datanets"} 1`,
		`poa_inferences_total{adapter="devil",outcome="ok"} 3`,
		`poa_inferences_total{adapter="base",outcome="bad_request"} 1`,
		`poa_attribution_seconds_count 3`,
		`poa_completion_tokens_total 12`,
		`go_goroutines`,
	} {
		if !strings.Contains(string(m), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}

func TestAuditPageServed(t *testing.T) {
	n := newNode(t, Config{})
	for path, want := range map[string]string{"/": "<title>poa audit</title>", "/app.js": "/v1/completions", "/style.css": ".tok"} {
		u := n.url()
		resp, err := n.ts.Client().Get(u + path)
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode != 200 || !strings.Contains(string(body), want) {
			t.Errorf("GET %s: %d, body lacks %q", path, resp.StatusCode, want)
		}
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("GET %s: CSP %q", path, csp)
		}
	}
}

func TestConcurrentRequests(t *testing.T) {
	n := newNode(t, Config{MaxConcurrent: 4})
	n.withCompleter(t)
	putEpoch(t, n.st, 1, true)
	workers, per := 32, 8
	if testing.Short() {
		workers, per = 16, 4
	}
	var wg sync.WaitGroup
	errs := make(chan error, workers*per)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range per {
				var code int
				var raw []byte
				switch (w + i) % 4 {
				case 0, 1:
					var resp api.CompletionResponse
					code, raw = n.do(t, "POST", "/v1/completions", fmt.Sprintf(`{"prompt":"w%d i%d a bore","adapter":"devil","max_tokens":5}`, w, i), &resp)
					if code == 200 {
						var av api.AttributionView
						if c2, r2 := n.do(t, "GET", "/v1/attributions/"+resp.Attribution.RecordID, nil, &av); c2 != 200 || av.ID != resp.Attribution.RecordID {
							errs <- fmt.Errorf("record %s: %d %s", resp.Attribution.RecordID, c2, r2)
						}
					}
				case 2:
					code, raw = n.do(t, "GET", "/v1/contributors/"+addrA, nil, nil)
				case 3:
					code, raw = n.do(t, "GET", "/v1/epochs/latest", nil, nil)
				}
				if code != 200 {
					errs <- fmt.Errorf("worker %d req %d: %d %s", w, i, code, raw)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	// Record ids are unique: one record per completion.
	count := 0
	n.st.List(store.KindAttribution, "", func(string, []byte) error { count++; return nil })
	if want := int(n.cmp.seq.Load()); count != want || want < workers*per/2 {
		t.Errorf("%d records for %d completions", count, want)
	}
}

func TestGracefulShutdown(t *testing.T) {
	n := newNode(t, Config{ShutdownTimeout: 10 * time.Second})
	c := n.withCompleter(t)
	c.block = make(chan struct{})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- n.srv.Serve(ctx, ln) }()

	type result struct {
		code int
		err  error
	}
	inflight := make(chan result, 1)
	go func() {
		resp, err := http.Post(url+"/v1/completions", "application/json", strings.NewReader(`{"prompt":"a bore","max_tokens":3}`))
		if err != nil {
			inflight <- result{err: err}
			return
		}
		var cr api.CompletionResponse
		err = json.NewDecoder(resp.Body).Decode(&cr)
		resp.Body.Close()
		inflight <- result{code: resp.StatusCode, err: err}
	}()
	// Wait until the request is inside the engine, then ask the server to stop.
	deadline := time.Now().Add(10 * time.Second)
	for n.srv.metrics.inflightValue() < 1 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	time.Sleep(50 * time.Millisecond)
	select {
	case err := <-done:
		t.Fatalf("Serve returned (%v) with a request in flight", err)
	default:
	}
	if _, err := http.Get(url + "/healthz"); err == nil {
		t.Errorf("new requests still accepted during shutdown")
	}
	close(c.block)
	r := <-inflight
	if r.err != nil || r.code != 200 {
		t.Fatalf("in-flight request: %d %v; want it to finish with 200", r.code, r.err)
	}
	if err := <-done; err != nil {
		t.Fatalf("Serve: %v", err)
	}
}

// TestProofRecordChecked: the stored proof is read with the prover's decoder, so a
// proof file whose public inputs do not match its payouts is a corrupt record, named.
func TestProofRecordChecked(t *testing.T) {
	n := newNode(t, Config{})
	putEpoch(t, n.st, 12, true)
	var m map[string]any
	raw, _ := os.ReadFile(filepath.Join("testdata", "proof-epoch1.json"))
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	m["payouts"] = []string{"601", "199"}
	if err := n.st.Put(store.KindProof, "12", m); err != nil {
		t.Fatal(err)
	}
	code, body := n.do(t, "GET", "/v1/epochs/12", nil, nil)
	wantError(t, code, body, 500, api.CodeCorruptRecord, "proof record 12")
}

// TestCanceledWhileQueuedIsNotOverload: a request whose client gives up while it waits
// for a completion slot is counted as canceled, not overloaded (the load benchmark used
// to see "overloaded" in the metrics without ever receiving a 503).
func TestCanceledWhileQueuedIsNotOverload(t *testing.T) {
	n := newNode(t, Config{MaxConcurrent: 1, RequestTimeout: time.Minute})
	release := make(chan struct{})
	var once sync.Once
	free := func() { once.Do(func() { close(release) }) }
	t.Cleanup(free) // a failing check must not leave the server waiting on the slot
	n.eng.Completer = func(ctx context.Context, req api.CompletionRequest) (Completion, error) {
		<-release
		return Completion{}, ctx.Err()
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		n.do(t, "POST", "/v1/completions", `{"prompt":"a bore"}`, nil)
	}()
	for n.srv.metrics.inflightValue() < 1 {
		time.Sleep(2 * time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond) // let the first take the slot
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "POST", n.url()+"/v1/completions", strings.NewReader(`{"prompt":"a bore"}`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := http.DefaultClient.Do(req); err == nil {
		t.Fatal("the queued request answered before its client gave up")
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		_, m := n.do(t, "GET", "/metrics", nil, nil)
		if strings.Contains(string(m), `poa_inferences_total{adapter="base",outcome="canceled"} 1`) {
			if strings.Contains(string(m), `outcome="overloaded"`) {
				t.Fatalf("a canceled request counted as overloaded:\n%s", m)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no canceled inference in the metrics:\n%s", m)
		}
		time.Sleep(10 * time.Millisecond)
	}
	free()
	<-done
}

// TestTimeoutAndOverload: with one completion slot and a short request limit, a
// request queued behind a stuck completion answers 503 overloaded, the stuck one
// 504 timeout; the node stays healthy.
func TestTimeoutAndOverload(t *testing.T) {
	n := newNode(t, Config{MaxConcurrent: 1, RequestTimeout: 300 * time.Millisecond})
	release := make(chan struct{})
	// Holds its slot past the deadline (until released), then reports the deadline.
	n.eng.Completer = func(ctx context.Context, req api.CompletionRequest) (Completion, error) {
		<-release
		return Completion{}, ctx.Err()
	}
	type res struct {
		code int
		raw  []byte
	}
	first := make(chan res, 1)
	go func() {
		code, raw := n.do(t, "POST", "/v1/completions", `{"prompt":"a bore"}`, nil)
		first <- res{code, raw}
	}()
	for n.srv.metrics.inflightValue() < 1 {
		time.Sleep(2 * time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond) // let the first take the slot
	code, raw := n.do(t, "POST", "/v1/completions", `{"prompt":"a bore"}`, nil)
	wantError(t, code, raw, 503, api.CodeOverloaded, "slots")
	close(release)
	r := <-first
	wantError(t, r.code, r.raw, 504, api.CodeTimeout)
	n.healthy(t)
}
