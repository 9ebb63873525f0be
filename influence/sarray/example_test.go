package sarray_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"poa/inference/tokenizer"
	"poa/influence/sarray"
)

func Example() {
	tok, _ := tokenizer.GPT2()
	b := sarray.NewBuilder(tok.VocabSize(), tok.EOT())
	for _, doc := range []string{
		"ACCORDION, n. An instrument in harmony with the sentiments of an assassin.",
		"AMBITION, n. An overmastering desire to be vilified by enemies while living.",
	} {
		b.Add(tok.Encode(doc))
	}
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "corpus.sa")
	if _, err := b.Write(context.Background(), path, sarray.Identity{TokName: "gpt2"}, nil); err != nil {
		panic(err)
	}
	x, err := sarray.Open(path, nil)
	if err != nil {
		panic(err)
	}
	defer x.Close()
	n, _ := x.Count(tok.Encode(", n. An"))
	fmt.Println("count:", n)
	q := tok.Encode("He played an instrument in harmony with the sentiments of his audience.")
	spans, _ := x.Spans(q, &sarray.SpanOptions{KeepFrac: 1})
	for _, s := range spans {
		fmt.Printf("%q in document %d\n", tok.Decode(q[s.Start:s.End]), s.Docs[0].Doc)
	}
	// Output:
	// count: 2
	// " instrument in harmony with the sentiments of" in document 0
}
