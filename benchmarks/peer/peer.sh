#!/bin/sh
# poa vs PyTorch on the same config, batch, threads and data (see main.go).
# Needs python3 with torch (Debian: apt-get install python3-torch libopenblas0-pthread);
# without it, prints why and exits 0.
set -e
cd "$(dirname "$0")/../.."
exec go run ./benchmarks/peer "$@"
