// Command genverifiers regenerates the Solidity verifiers of poa's deterministic
// development keys (prover.DevBeacon) into -dir: the split verifiers of
// prover.DevVerifierSizes and, with -score (the default), the score verifiers of
// prover.DevScoreShapes (minutes each on 2 cores). Run through go generate ./prover or
// make verifiers.
package main

import (
	"context"
	"flag"
	"log"

	"poa/prover"
)

func main() {
	dir := flag.String("dir", "contracts/solidity/verifiers", "output folder")
	split := flag.Bool("split", true, "regenerate the split verifiers")
	score := flag.Bool("score", true, "regenerate the score verifiers")
	flag.Parse()
	ctx := context.Background()
	if *split {
		if err := prover.WriteDevVerifiers(ctx, *dir, prover.DevVerifierSizes); err != nil {
			log.Fatal(err)
		}
	}
	if *score {
		if err := prover.WriteDevScoreVerifiers(ctx, *dir, prover.DevScoreShapes, log.Printf); err != nil {
			log.Fatal(err)
		}
	}
}
