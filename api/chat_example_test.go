package api_test

import (
	"encoding/json"
	"fmt"

	"poa/api"
)

// OpenAI's union-typed fields decode to one Go type: stop as a string or a list,
// message content as a string or text parts.
func ExampleChatCompletionRequest() {
	var req api.ChatCompletionRequest
	err := json.Unmarshal([]byte(`{"model":"devil","stop":"\n\n","messages":[
		{"role":"system","content":"Define the word."},
		{"role":"user","content":[{"type":"text","text":"What is"},{"type":"text","text":"a cynic?"}]}]}`), &req)
	fmt.Printf("%v %q %d\n", err, req.Stop, len(req.Messages))
	fmt.Printf("%q\n", req.Messages[1].Content)
	err = json.Unmarshal([]byte(`{"messages":[{"role":"user","content":[{"type":"image_url"}]}]}`), &req)
	fmt.Println(err)
	// Output:
	// <nil> ["\n\n"] 2
	// "What is\na cynic?"
	// content: part of type image_url: only text parts are supported
}

// A streamed chat answer is chunks of deltas, then (poa) a chunk with no choices
// carrying the choice's attribution.
func ExampleChatCompletionChunk() {
	stop := "stop"
	for _, ch := range []api.ChatCompletionChunk{
		{ID: "chatcmpl-1", Object: "chat.completion.chunk", Created: 1, Model: "devil",
			Choices: []api.ChatChunkChoice{{Delta: api.ChatDelta{Role: "assistant", Content: " A"}}}},
		{ID: "chatcmpl-1", Object: "chat.completion.chunk", Created: 1, Model: "devil",
			Choices: []api.ChatChunkChoice{{FinishReason: &stop}}},
		{ID: "chatcmpl-1", Object: "chat.completion.chunk", Created: 1, Model: "devil",
			Choices: []api.ChatChunkChoice{}, Poa: &api.StreamExtra{Attribution: &api.Attribution{RecordID: "rec-1",
				Tokens: []api.TokenAttribution{}, Sources: []api.Source{}, Contributors: []api.ContributorScore{}}}},
	} {
		b, _ := json.Marshal(ch)
		fmt.Printf("data: %s\n\n", b)
	}
	fmt.Println("data: [DONE]")
	// Output:
	// data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"devil","choices":[{"index":0,"delta":{"role":"assistant","content":" A"},"logprobs":null,"finish_reason":null}]}
	//
	// data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"devil","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}]}
	//
	// data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"devil","choices":[],"poa":{"index":0,"attribution":{"record_id":"rec-1","tokens":[],"sources":[],"contributors":[]}}}
	//
	// data: [DONE]
}
