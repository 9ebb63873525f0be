package apikey_test

import (
	"bytes"
	"fmt"
	"os"
	"time"

	"poa/apikey"
)

// A node's operator creates a key in the data directory; the server's ring checks
// the token a client sends.
func Example() {
	dir, _ := os.MkdirTemp("", "poa-keys")
	defer os.RemoveAll(dir)
	file := apikey.In(dir)
	key, token, err := file.Create(apikey.Options{Name: "ops", Scope: apikey.ScopeAdmin})
	if err != nil {
		panic(err)
	}
	ring, err := apikey.NewRing(file, nil)
	if err != nil {
		panic(err)
	}
	got, err := ring.Verify(token)
	fmt.Println(got.ID == key.ID, got.Scope, err)
	_, err = ring.Verify(token[:len(token)-1] + "x")
	fmt.Println(err != nil)
	// Output:
	// true admin <nil>
	// true
}

// The token format, with fixed randomness: only the hash of the secret is kept.
func ExampleNew() {
	rnd := bytes.NewReader(bytes.Repeat([]byte{1}, 40))
	key, token, _ := apikey.New(apikey.Options{Name: "app", Scope: apikey.ScopeInference},
		time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), rnd)
	fmt.Println(token)
	fmt.Println(key.ID, key.Prefix, key.SHA256[:16])
	// Output:
	// poa_0101010101010101_AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE
	// 0101010101010101 poa_0101010101010101_AQEB 72cd6e8422c407fb
}
