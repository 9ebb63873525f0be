# kernels: the CPU backend's benchmark (products vs gonum blas32 and the naive loop,
# memory-bound kernels vs copy bandwidth, all measured in the same run), its tests
# and a short fuzz of each fuzz target. BENCH_KERNELS_FLAGS=--quick for a smoke run,
# --json for JSON.
.PHONY: bench-kernels test-kernels fuzz-kernels

BENCH_KERNELS_FLAGS ?=

bench-kernels:
	$(GO) run ./benchmarks/kernels $(BENCH_KERNELS_FLAGS)

test-kernels:
	$(GO) test -count=1 ./kernels

KERNELS_FUZZTIME ?= 30s
fuzz-kernels:
	$(GO) test -run XXX -fuzz 'FuzzMatMulShapes$$' -fuzztime $(KERNELS_FUZZTIME) ./kernels
	$(GO) test -run XXX -fuzz 'FuzzRowKernels$$' -fuzztime $(KERNELS_FUZZTIME) ./kernels
	$(GO) test -run XXX -fuzz 'FuzzTopK$$' -fuzztime $(KERNELS_FUZZTIME) ./kernels
