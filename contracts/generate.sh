#!/usr/bin/env bash
# Recompiles the Solidity sources (pinned solc-js, standard JSON) and regenerates the Go
# bindings (abigen v2). Run from anywhere; needs node/npm and Go. `make contracts` runs it
# and then fails if the committed artifacts or bindings differ from the fresh build.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules/solc ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund --loglevel=error
fi
node solc-build.js
mkdir -p bindings
# Bindings for the contracts Go calls. Verifiers are deployed from their artifacts
# (contracts.Verifiers embeds artifacts/*.bin) and only called by the Settlement.
for name in OPEN VestingVault VestingVaultCliff Settlement Completeness GOPEN PoaGovernor PoaTimelock L2OPEN TestMessenger L2StandardBridge OptimismMintableERC20Factory OptimismMintableERC20 OPProxy L1Block; do
	abi=artifacts/$name.abi
	lower=$(echo "$name" | sed -E 's/([a-z0-9])([A-Z])/\1_\2/g' | tr 'A-Z' 'a-z')
	# abigen v2 names a method's output struct after the method alone, so contracts that
	# share a multi-output method (EIP-712's eip712Domain) need an alias each.
	alias=()
	case $name in
	OPEN) alias=(--alias eip712Domain=openEip712Domain) ;;
	L2OPEN) alias=(--alias eip712Domain=l2openEip712Domain) ;;
	GOPEN) alias=(--alias eip712Domain=gopenEip712Domain) ;;
	PoaGovernor) alias=(--alias eip712Domain=governorEip712Domain) ;;
	esac
	go tool abigen --v2 --abi "$abi" --bin "artifacts/$name.bin" --pkg bindings --type "$name" "${alias[@]}" --out "bindings/$lower.go"
done
