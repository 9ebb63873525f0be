package client_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"

	"poa/api"
	"poa/client"
	"poa/server"
	"poa/store"
)

// A node over a store, and the client asking it for its datanets and for a
// completion it cannot answer yet.
func Example() {
	dir, _ := os.MkdirTemp("", "poa-example")
	defer os.RemoveAll(dir)
	st, err := store.Open(store.DefaultOptions(dir))
	if err != nil {
		panic(err)
	}
	defer st.Close()
	st.CreateDatanet(store.Datanet{Name: "devil", Title: "The Devil's Dictionary"})

	srv := server.New(server.NewStoreEngine(st), server.Config{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()

	c, _ := client.New(ts.URL)
	ctx := context.Background()
	dns, _ := c.Datanets(ctx)
	for _, d := range dns {
		fmt.Println(d.Name, "-", d.Title)
	}
	_, err = c.Complete(ctx, api.CompletionRequest{Prompt: "CYNIC, n."})
	fmt.Println(client.IsCode(err, api.CodeNotReady))
	// Output:
	// devil - The Devil's Dictionary
	// true
}
