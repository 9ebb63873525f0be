package shard_test

import (
	"context"
	"fmt"
	"os"

	"poa/inference/tokenizer"
	"poa/influence/sarray"
	"poa/influence/shard"
)

func ExampleBuildLocal() {
	tok, _ := tokenizer.GPT2()
	texts := []string{"The devil is in the details.", "A lawyer is one skilled in circumvention of the law.", "The devil, n. The author of all our woes."}
	refs := make([]sarray.DocRef, len(texts))
	docs := make([][]int32, len(texts))
	for i, t := range texts {
		refs[i] = sarray.DocRef{Datanet: "devil", Point: fmt.Sprint("p", i), Contributor: "0xc0"}
		for _, id := range tok.Encode(t) {
			docs[i] = append(docs[i], int32(id))
		}
	}
	dir, _ := os.MkdirTemp("", "shard-example")
	defer os.RemoveAll(dir)
	set, err := shard.BuildLocal(context.Background(), dir, refs, docs, shard.LocalOptions{Tokenizer: tok, TokName: "gpt2", Shards: 2})
	if err != nil {
		panic(err)
	}
	x, err := shard.Open(dir, nil)
	if err != nil {
		panic(err)
	}
	defer x.Close()
	n, _ := x.Count(tok.Encode("The devil"))
	locs, _, _ := x.Locate(tok.Encode("The devil"), 0)
	fmt.Println(len(set.Shards), "shards;", n, "occurrences:", locs, x.Refs[locs[1].Doc].Point)
	// Output: 2 shards; 2 occurrences: [{0 0} {2 0}] p2
}
