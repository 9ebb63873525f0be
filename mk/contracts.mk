# contracts: Solidity toolchain (solc-js + OpenZeppelin from npm, pinned in
# contracts/package-lock.json), compiled artifacts and abigen v2 bindings, all committed.
# `make contracts` rebuilds them and fails if the committed files differ from the fresh build.
.PHONY: contracts contracts-test gas

CONTRACTS_GENERATED := contracts/artifacts contracts/bindings

contracts:
	contracts/generate.sh
	@out=$$(git status --porcelain -- $(CONTRACTS_GENERATED)); \
	if [ -n "$$out" ]; then echo "contracts: committed artifacts/bindings differ from a fresh build:"; echo "$$out"; git --no-pager diff --stat -- $(CONTRACTS_GENERATED); exit 1; fi
	@echo "contracts: artifacts and bindings are up to date"

contracts-test:
	$(GO) test -short -count=1 ./contracts/...

# Gas report: settlement and claim gas on the simulated chain, per backend and size.
gas:
	$(GO) run ./benchmarks/gas
