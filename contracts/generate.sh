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
for name in OPEN Settlement; do
	abi=artifacts/$name.abi
	lower=$(echo "$name" | sed -E 's/([a-z0-9])([A-Z])/\1_\2/g' | tr 'A-Z' 'a-z')
	go tool abigen --v2 --abi "$abi" --bin "artifacts/$name.bin" --pkg bindings --type "$name" --out "bindings/$lower.go"
done
