# Settlement: the kill -9 soak of exactly-once settlement (docs/settlement.md).
SOAK_RUNS ?= 200
.PHONY: soak
soak:
	mkdir -p $(CACHE)
	POA_SOAK_RUNS=$(SOAK_RUNS) POA_SOAK_REPORT=$(abspath $(CACHE))/soak.json \
		$(GO) test -count=1 -timeout 120m -run '^TestKillSoak$$' -v ./cmd/poa | grep -v '^=== '
	@cat $(CACHE)/soak.json
