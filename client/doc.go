// Package client is the Go client of a poa prover node's HTTP API (package
// server, docs/api.md).
//
// Every method takes a context and returns the server's JSON view types. A
// response with an error status returns an *server.Error carrying the HTTP
// status and the server's stable code; test for a code with IsCode or
// errors.As. Transport failures are returned wrapped, naming the request.
//
// # Usage
//
//	c, err := client.New("http://127.0.0.1:8080")
//	resp, err := c.Complete(ctx, server.CompletionRequest{Prompt: "…", Adapter: "devil"})
//	if client.IsCode(err, server.CodeNotReady) { … }
package client
