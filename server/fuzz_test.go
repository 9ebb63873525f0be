package server

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"poa/api"
)

// FuzzParseCompletionRequest: any body either fails with a 4xx *api.Error naming a
// stable code, or yields a request within every limit, with its defaults set.
func FuzzParseCompletionRequest(f *testing.F) {
	for _, s := range []string{
		`{"prompt":"hello"}`,
		`{"model":"poa","prompt":"What is a cynic?","max_tokens":8,"temperature":0.7,"top_p":0.9,"seed":1,"adapter":"devil"}`,
		`{"prompt":"x","stream":false,"n":1,"user":"u","fee":"1000"}`,
		`{"prompt":""}`, `{"prompt":"x",}`, `{"prompt":"x"} []`, `[]`, `null`, `{"prompt":"\ud800"}`,
		`{"prompt":"x","max_tokens":1e3}`, `{"prompt":"x","temperature":-0}`, `{"prompt":"x","fee":"0x10"}`,
		`{"prompt":"x","stop":"\n","n":2,"logprobs":3,"stream":true,"stream_options":{"include_usage":true}}`, `{"prompt":"x","stop":["a",""]}`,
		"{\"prompt\":\"\xff\"}", `{"prompt":"x","logit_bias":{},"presence_penalty":0,"best_of":1}`,
	} {
		f.Add([]byte(s))
	}
	cfg := Config{MaxPromptBytes: 64, MaxTokens: 32}.withDefaults()
	codes := map[string]bool{api.CodeInvalidJSON: true, api.CodeBadRequest: true, api.CodePromptTooLong: true, api.CodeUnsupported: true, api.CodeBodyTooLarge: true}
	f.Fuzz(func(t *testing.T, body []byte) {
		req, e := parseCompletionRequest(body, cfg)
		if e != nil {
			if e.Status < 400 || e.Status > 499 || !codes[e.Code] || e.Message == "" {
				t.Fatalf("error %+v: want a 4xx with a known code and a message", e)
			}
			return
		}
		if req.Prompt == "" || len(req.Prompt) > cfg.MaxPromptBytes || !utf8.ValidString(req.Prompt) {
			t.Fatalf("accepted prompt %q", req.Prompt)
		}
		if req.MaxTokens < 1 || req.MaxTokens > cfg.MaxTokens {
			t.Fatalf("accepted max_tokens %d", req.MaxTokens)
		}
		if req.Temperature == nil || *req.Temperature < 0 || *req.Temperature > 2 || req.TopP == nil || *req.TopP <= 0 || *req.TopP > 1 {
			t.Fatalf("accepted sampling %v %v", req.Temperature, req.TopP)
		}
		if (req.N != nil && (*req.N < 1 || *req.N > MaxChoices)) || len(req.Stop) > MaxStops || (req.Logprobs != nil && (*req.Logprobs < 0 || *req.Logprobs > MaxLogprobs)) {
			t.Fatalf("accepted n/stop/logprobs: %s", body)
		}
		for _, st := range req.Stop {
			if st == "" || len(st) > MaxStopBytes {
				t.Fatalf("accepted stop %q", st)
			}
		}
		if !json.Valid(body) {
			t.Fatalf("accepted invalid JSON %q", body)
		}
	})
}

// FuzzRecordViews: the typed record decoders never panic on what a store may hold, and
// whatever they accept has addresses on every row and decimal amounts.
func FuzzRecordViews(f *testing.F) {
	for _, s := range []string{
		`{"epoch":1,"status":"confirmed","fee":"1000","data_fee":"800","contributors":[{"address":"0x1","score":"3","payout":"600"}],"records":["a"],` +
			`"post":{"deployment":"embedded","settle":{"tx_hash":"0x01","block":2,"gas_used":300000},"root":"0x02"}}`,
		`{"epoch":2,"contributors":[{"address":"0x1","score":"x"}]}`,
		`{"contributors":[{"score":"1"}]}`, `{"fee":"0x1f"}`, `{"fee":"-1"}`, `{"records":3}`, `null`, `[]`, `{"epoch":1e400}`,
		`{"id":"r","epoch":3,"fee":"5","contributors":[{"address":"0xA","score":7}]}`,
		`{"backend":"plonk","verified":true,"proof":"0xabcd"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		if v, _, err := epochView("5", raw); err == nil {
			for _, c := range v.Contributors {
				if c.Address == "" {
					t.Fatalf("row without address accepted")
				}
				if c.Payout != "" && strings.Trim(c.Payout, "0123456789") != "" {
					t.Fatalf("payout %q is not decimal", c.Payout)
				}
			}
			for _, d := range []string{v.Fee, v.DataFee, v.OwnerFee, v.ProtocolFee, v.Remainder, v.Commitment} {
				if strings.Trim(d, "0123456789") != "" {
					t.Fatalf("amount %q is not decimal", d)
				}
			}
		}
		if v, err := attributionView("k", raw); err == nil {
			for _, c := range v.Contributors {
				if c.Address == "" {
					t.Fatalf("row without address accepted")
				}
			}
		}
		proofView("5", raw, nil)
	})
}
