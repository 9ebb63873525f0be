// Command genverifiers regenerates the Solidity verifiers of poa's deterministic
// development keys (prover.DevBeacon) into -dir: the split verifiers of
// prover.DevVerifierSizes and, with -score (the default), the score verifiers of
// prover.DevScoreShapes (minutes each on 2 cores), the attributed split verifiers of
// prover.DevAttributedShapes (with -attributed, the default), the completeness scan verifiers
// of prover.DevScanShapes (with -scan, the default), or with -shapes only those named
// (e.g. -shapes m4-k16-d3-s2-t32-l8-o32-c3, prover.ScoreShape.String()). Run through go generate ./prover
// or make verifiers.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"strings"

	"poa/prover"
)

func main() {
	dir := flag.String("dir", "contracts/solidity/verifiers", "output folder")
	split := flag.Bool("split", true, "regenerate the split verifiers")
	score := flag.Bool("score", true, "regenerate the score verifiers")
	attributed := flag.Bool("attributed", true, "regenerate the attributed split verifiers of prover.DevAttributedShapes")
	scan := flag.Bool("scan", true, "regenerate the completeness scan verifiers of prover.DevScanShapes")
	only := flag.String("shapes", "", "comma-separated score shapes to regenerate (e.g. "+prover.TestScoreShape.String()+"); empty: all of prover.DevScoreShapes")
	flag.Parse()
	shapes, err := pickShapes(*only)
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	if *split {
		if err := prover.WriteDevVerifiers(ctx, *dir, prover.DevVerifierSizes); err != nil {
			log.Fatal(err)
		}
	}
	if *attributed {
		if err := prover.WriteDevAttributedVerifiers(ctx, *dir, prover.DevAttributedShapes, log.Printf); err != nil {
			log.Fatal(err)
		}
	}
	if *scan {
		if err := prover.WriteDevScanVerifiers(ctx, *dir, prover.DevScanShapes, log.Printf); err != nil {
			log.Fatal(err)
		}
	}
	if *score {
		if err := prover.WriteDevScoreVerifiers(ctx, *dir, shapes, log.Printf); err != nil {
			log.Fatal(err)
		}
	}
}

// pickShapes returns the development score shapes named in list (all when it is empty),
// or an error naming a shape that is not one of them.
func pickShapes(list string) ([]prover.ScoreShape, error) {
	if list == "" {
		return prover.DevScoreShapes, nil
	}
	var out []prover.ScoreShape
	for _, name := range strings.Split(list, ",") {
		name = strings.TrimSpace(name)
		found := false
		for _, s := range prover.DevScoreShapes {
			if s.String() == name {
				out, found = append(out, s), true
			}
		}
		if !found {
			return nil, fmt.Errorf("-shapes: %q is not a development score shape (have %v)", name, prover.DevScoreShapes)
		}
	}
	return out, nil
}
