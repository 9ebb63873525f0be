# serve: the prover node (poa serve), its Go client, audit page and load check.
.PHONY: serve serve-test e2e e2e-deps bench-load

SERVE_ADDR ?= 127.0.0.1:8080

# Run a node over $(DATA) until Ctrl-C (graceful shutdown).
serve: build
	$(BIN)/poa --data $(DATA) serve --addr $(SERVE_ADDR)

# API and client tests over loopback listeners, with the race detector.
serve-test:
	$(GO) test -short -race -count=1 ./server/... ./client/...

# Browser tests of the audit page and the ModelFactory page: Debian's chromium +
# playwright-core (pinned in server/e2e/package-lock.json). Installs what is missing
# (apt-get needs root), then runs the tests; the screenshots land in
# server/e2e/artifacts (audit.png, factory-*.png).
e2e-deps:
	@command -v chromium >/dev/null 2>&1 || { apt-get update && apt-get install -y chromium; }
	@command -v node >/dev/null 2>&1 || { apt-get update && apt-get install -y nodejs npm; }
	cd server/e2e && npm ci --no-audit --no-fund

e2e: e2e-deps
	$(GO) test -count=1 -v -run 'TestAuditPageInChromium|TestOpenAIClient|TestFactoryPageInChromium' ./server/ ./server/lmengine/

# Load check: 8 clients for 10 s of completions against a node it starts on
# loopback over $(DATA), next to a /healthz baseline. LOAD_FLAGS adds flags
# (e.g. --target datanets, --concurrency 16, --duration 30s, --json).
bench-load: build
	$(GO) run ./benchmarks/load --poa $(BIN)/poa --data $(DATA) $(LOAD_FLAGS)

# Multi-adapter serving in one process (inference.Server): N = 1, 100, 1,000
# adapters, continuous batching vs one request at a time, cold loads, memory per
# adapter. BENCH_SERVE_FLAGS adds flags (--json, --duration 10s, --config gpt2
# --adapters 1,100). docs/serving.md.
.PHONY: bench-serve
bench-serve:
	$(GO) run ./benchmarks/serve $(BENCH_SERVE_FLAGS)
