# poa — top-level targets. Areas add their own targets in mk/<area>.mk (included below).
GO       ?= go
BIN      := bin
VERSION  ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
LDFLAGS  := -X main.version=$(VERSION)
DATA     ?= ./poa-data
CACHE    ?= ./.cache

.PHONY: all build test test-full demo bench lint data ci clean
all: build

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN)/poa ./cmd/poa

# The README's test command. -short keeps the run within CI's budget; test-full runs all sizes.
test:
	$(GO) test -short -count=1 -timeout 30m ./...

test-full:
	$(GO) test -count=1 -timeout 120m ./...

# The README's main-job command: the whole pipeline on the bundled datanets and the
# in-process chain.
demo: build
	$(BIN)/poa --data $(DATA) demo

# Every benchmark program; each prints its ratio against a baseline measured in the same run
# (bench-device compares the GPU with the CPU, and says so and measures nothing without one).
bench: bench-kernels bench-model bench-index bench-influence bench-prover bench-score gas bench-load bench-device

# Real data: Debian's dictd dictionaries and fortunes, imported as datanets.
data: build
	DATA=$(DATA) CACHE=$(CACHE) scripts/data.sh

lint:
	$(GO) vet ./...
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

ci: lint test

clean:
	rm -rf $(BIN)

-include mk/*.mk
