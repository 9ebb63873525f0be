# prover: reward-split circuit, keys, proofs and the committed Solidity verifiers.
.PHONY: verifiers verifiers-check prover-test bench-prover bench-score constraints

# Regenerate the development-key verifiers (deterministic: prover.DevBeacon) into
# contracts/solidity/verifiers and fail if the committed files differ.
verifiers:
	$(GO) generate ./prover
	@out=$$(git status --porcelain -- contracts/solidity/verifiers); \
	if [ -n "$$out" ]; then echo "verifiers: committed files differ from a fresh export:"; echo "$$out"; exit 1; fi
	@echo "verifiers: up to date"

verifiers-check:
	$(GO) test -count=1 -run CommittedVerifiers ./prover

prover-test:
	$(GO) test -short -count=1 ./circuits/... ./prover/...

# Rewrite circuits/testdata/constraints.csv after an intended cost change.
constraints:
	$(GO) test -count=1 -run ConstraintsGolden ./circuits -update

# Constraints, setup/prove/verify time per size and backend vs a naive circuit.
bench-prover:
	$(GO) run ./benchmarks/prover -sizes 16,64,256,1024

# The attribution score circuit vs a naive circuit of the same statement (constraints,
# Groth16 proving time) and vs recomputing the statement natively, same run.
bench-score:
	$(GO) run ./benchmarks/score -m 4 -k 64,256
