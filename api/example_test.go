package api_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"poa/api"
)

// The JSON of a completion response is the API: the audit page and docs/api.md
// read these names.
func ExampleCompletionResponse() {
	at := api.Attribution{RecordID: "rec-1", Epoch: 2, Fee: "1000",
		Tokens: []api.TokenAttribution{{Index: 0, ID: 464, Text: "The", Start: 0, End: 3, Score: 1.5,
			Refs: []api.SourceRef{{Source: 0, Score: 1.5, Methods: map[string]float64{"span": 1}, Span: &api.Span{Start: 4, End: 7}}}}},
		Sources:      []api.Source{{ID: "ab12", Datanet: "devil", Contributor: "0x01", Text: "The end", Score: 1_000_000}},
		Contributors: []api.ContributorScore{{Address: "0x01", Score: 1_000_000}}}
	resp := api.CompletionResponse{ID: "cmpl-rec-1", Object: "text_completion", Created: 1, Model: "poa-small",
		Choices:     []api.Choice{{Text: "The", FinishReason: "length"}},
		Usage:       api.Usage{PromptTokens: 2, CompletionTokens: 1, TotalTokens: 3},
		Attribution: &at}
	b, _ := json.Marshal(resp)
	fmt.Println(string(b))
	// Output:
	// {"id":"cmpl-rec-1","object":"text_completion","created":1,"model":"poa-small","choices":[{"text":"The","index":0,"logprobs":null,"finish_reason":"length"}],"usage":{"prompt_tokens":2,"completion_tokens":1,"total_tokens":3},"attribution":{"record_id":"rec-1","epoch":2,"fee":"1000","tokens":[{"index":0,"id":464,"text":"The","start":0,"end":3,"score":1.5,"refs":[{"source":0,"score":1.5,"methods":{"span":1},"span":{"start":4,"end":7}}]}],"sources":[{"id":"ab12","datanet":"devil","contributor":"0x01","text":"The end","score":1000000}],"contributors":[{"address":"0x01","score":1000000}]}}
}

// Every error response is an ErrorResponse; the status travels in the HTTP
// response, not in the body.
func ExampleErrorResponse() {
	var env api.ErrorResponse
	json.Unmarshal([]byte(`{"error":{"code":"unknown_adapter","message":"adapter \"nope\": unknown adapter"}}`), &env)
	env.Error.Status = 404
	var err error = env.Error
	var e *api.Error
	fmt.Println(errors.As(err, &e), e.Code == api.CodeUnknownAdapter)
	fmt.Println(err)
	b, _ := json.Marshal(api.List[api.AdapterView]{Data: []api.AdapterView{{Name: "devil"}}, Object: "list"})
	fmt.Println(string(b))
	// Output:
	// true true
	// unknown_adapter (HTTP 404): adapter "nope": unknown adapter
	// {"data":[{"name":"devil"}],"object":"list"}
}
