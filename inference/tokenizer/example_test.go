package tokenizer_test

import (
	"fmt"

	"poa/inference/tokenizer"
)

func ExampleGPT2() {
	tok, _ := tokenizer.GPT2()
	ids := tok.Encode("Hello world")
	fmt.Println(ids, tok.Token(ids[1]), tok.Decode(ids))
	// Output: [15496 995] Ġworld Hello world
}

func ExampleTrainBPE() {
	texts := []string{"the cat sat on the mat", "the rat sat on the hat", "that cat"}
	tok, _ := tokenizer.TrainBPE(texts, 270)
	ids := tok.Encode("the cat")
	for _, id := range ids {
		fmt.Printf("%q ", tok.Token(id))
	}
	fmt.Println(tok.VocabSize(), tok.EOT())
	// Output: "the" "Ġcat" 270 269
}
