# cuda: the GPU backend (package kernels/cuda; docs/gpu.md). The default build needs
# none of this: bin/poa loads the CUDA driver at run time when --device cuda asks.
.PHONY: cuda cuda-toolkit cuda-ptx ptx-check test-gpu bench-device gpu-bundle

# Regenerate kernels/cuda/kernels.ptx (+ its .sha256) from kernels.cu; needs nvcc
# (make cuda-toolkit). Commit both files: CI checks they match the source.
cuda-ptx:
	$(GO) generate ./kernels/cuda

# Debian's CUDA 11.8 toolkit (nvcc, ptxas) from non-free: ~1.5 GB download, 5.5 GB
# installed. Only needed to change kernels.cu.
cuda-toolkit:
	printf 'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm\nComponents: non-free\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' > /etc/apt/sources.list.d/poa-non-free.sources
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nvidia-cuda-toolkit

# Assemble the embedded PTX for sm_70/80/90 with ptxas (fetched from the toolkit's .deb
# into .cache/cuda; no GPU needed). CI runs it.
ptx-check:
	CACHE=$(CACHE) scripts/ptxas-check.sh

# On a GPU host: every CUDA kernel against the CPU backend, and the CLI's --device.
test-gpu:
	$(GO) test -count=1 -v ./kernels/cuda
	$(GO) test -count=1 -run Device -v ./cmd/poa

# CPU vs GPU in one run: products, training, per-example sketches, sketch scan.
bench-device:
	$(GO) run ./benchmarks/device

cuda: ptx-check test-gpu

# The bundle a lent GPU machine needs (it has no Go): static, stripped binaries of
# poa, the device tests and benchmarks/device in .gpu/ (about 32 MB gzipped, within
# the device tool's 64 MiB). Then: device run, carry [".gpu"], bash scripts/gpu-run.sh.
gpu-bundle:
	mkdir -p .gpu
	CGO_ENABLED=0 $(GO) build -ldflags "-s -w $(LDFLAGS)" -o .gpu/poa ./cmd/poa
	CGO_ENABLED=0 $(GO) test -c -ldflags "-s -w" -o .gpu/cuda.test ./kernels/cuda
	CGO_ENABLED=0 $(GO) build -ldflags "-s -w" -o .gpu/bench-device ./benchmarks/device
	gzip -9f .gpu/poa .gpu/cuda.test .gpu/bench-device
	du -ch .gpu/*.gz | tail -1
