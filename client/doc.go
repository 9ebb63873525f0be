// Package client is the Go client of a poa prover node's HTTP API (docs/api.md).
//
// It imports only the wire types of package api and the standard library: not
// the server, the store or any model code (TestImportsOnlyAPI checks this).
//
// Every method takes a context and returns api's view types. A response with an
// error status returns an *api.Error carrying the HTTP status and the server's
// stable code (api.Code…; "http_<status>" when the body is not the API's error
// envelope, e.g. a proxy's page); test for a code with IsCode or errors.As.
// Transport failures are returned wrapped, naming the request.
//
// # Usage
//
//	c, err := client.New("http://127.0.0.1:8080")
//	resp, err := c.Complete(ctx, api.CompletionRequest{Prompt: "…", Adapter: "devil"})
//	if client.IsCode(err, api.CodeNotReady) { … }
package client
