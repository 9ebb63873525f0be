#!/usr/bin/env bash
# Runs on a lent GPU machine (the device tool), from the repository root, with the
# bundle that `make gpu-bundle` wrote into .gpu/ carried along (the machine has CUDA
# and Python but no Go). Everything it prints is also saved under $OUT (or ./gpu-out).
#
#   device run, carry [".gpu"], command: bash scripts/gpu-run.sh
#
# It runs the device tests (each CUDA kernel against the CPU backend, cuBLAS and own
# GEMM), the CLI on the GPU (poa devices, poa --device cuda demo --quick), and the
# CPU-vs-GPU benchmark (benchmarks/device), JSON and text.
set -uo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-./gpu-out}
mkdir -p "$out"
exec > >(tee "$out/gpu-run.log") 2>&1
for f in .gpu/*.gz; do gunzip -kf "$f"; done
chmod +x .gpu/poa .gpu/cuda.test .gpu/bench-device
nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm,clocks.max.mem --format=csv || true
# cuBLAS: the toolkit's or the Python wheels' (nvidia-cublas); its directory on the
# loader path so that libcublasLt beside it is found.
if [ -z "${POA_CUBLAS:-}" ]; then
	lib=$(ldconfig -p | awk '/libcublas\.so\.[0-9]+ /{print $NF; exit}')
	[ -n "$lib" ] || lib=$(find / -xdev -name 'libcublas.so.1[0-9]' 2>/dev/null | sort -r | head -1)
	if [ -n "$lib" ]; then
		export POA_CUBLAS=$lib LD_LIBRARY_PATH=$(dirname "$lib")${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
	fi
fi
echo "POA_CUBLAS=${POA_CUBLAS:-none}"
.gpu/poa devices
.gpu/poa devices --json > "$out/devices.json"
echo "== device tests"
(cd kernels/cuda && ../../.gpu/cuda.test -test.v -test.count=1 -test.short) 2>&1 | tee "$out/test-gpu.log" | grep -E '^(---|ok|FAIL|PASS)|cuda_test' 
echo "== poa --device cuda demo --quick"
data=$(mktemp -d)
time .gpu/poa --data "$data" --device cuda demo --quick --json > "$out/demo-quick.json" || echo "demo failed"
echo "== benchmarks/device"
.gpu/bench-device
.gpu/bench-device -json > "$out/bench-device.json"
