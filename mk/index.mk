# index: suffix-array index benchmark (construction vs index/suffixarray, count and
# spans latency). BENCH_DATA defaults to $(DATA); without datanets there, run
# `make data` first, or `go run ./benchmarks/sarray` for the bundled datanets.
BENCH_DATA ?= $(DATA)

.PHONY: bench-index index-test
bench-index:
	$(GO) run ./benchmarks/sarray --data $(BENCH_DATA)

index-test:
	$(GO) test -short -count=1 ./inference/tokenizer/... ./influence/sarray/... ./influence/embed/...
