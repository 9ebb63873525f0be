// Command genverifiers regenerates the Solidity verifiers of poa's deterministic
// development keys (prover.DevBeacon) into -dir: the split verifiers of
// prover.DevVerifierSizes and, with -score (the default), the score verifiers of
// prover.DevScoreShapes (minutes each on 2 cores), or with -shapes only the named ones
// (ScoreShape.String, comma-separated). Run through go generate ./prover or make
// verifiers.
package main

import (
	"context"
	"flag"
	"log"
	"slices"
	"strings"

	"poa/prover"
)

func main() {
	dir := flag.String("dir", "contracts/solidity/verifiers", "output folder")
	split := flag.Bool("split", true, "regenerate the split verifiers")
	score := flag.Bool("score", true, "regenerate the score verifiers")
	only := flag.String("shapes", "", "regenerate only these score shapes (comma-separated names, e.g. "+prover.TestScoreShape.String()+")")
	flag.Parse()
	shapes := prover.DevScoreShapes
	if *only != "" {
		names := strings.Split(*only, ",")
		shapes = nil
		for _, s := range prover.DevScoreShapes {
			if slices.Contains(names, s.String()) {
				shapes = append(shapes, s)
			}
		}
		if len(shapes) != len(names) {
			log.Fatalf("-shapes %q: the development score shapes are %v", *only, prover.DevScoreShapes)
		}
	}
	ctx := context.Background()
	if *split {
		if err := prover.WriteDevVerifiers(ctx, *dir, prover.DevVerifierSizes); err != nil {
			log.Fatal(err)
		}
	}
	if *score {
		if err := prover.WriteDevScoreVerifiers(ctx, *dir, shapes, log.Printf); err != nil {
			log.Fatal(err)
		}
	}
}
