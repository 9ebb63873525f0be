// Command genverifiers regenerates the Solidity verifiers of poa's deterministic
// development keys (prover.DevBeacon) for prover.DevVerifierSizes into -dir.
// Run through go generate ./prover or make verifiers.
package main

import (
	"context"
	"flag"
	"log"

	"poa/prover"
)

func main() {
	dir := flag.String("dir", "contracts/solidity/verifiers", "output folder")
	flag.Parse()
	if err := prover.WriteDevVerifiers(context.Background(), *dir, prover.DevVerifierSizes); err != nil {
		log.Fatal(err)
	}
}
