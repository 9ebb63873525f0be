# Settlement: the kill -9 soak of exactly-once settlement (docs/settlement.md), after
# the serve soak (soak-serve).
SOAK_RUNS ?= 200
.PHONY: soak soak-serve
soak: soak-serve
	mkdir -p $(CACHE)
	rm -f $(CACHE)/soak.json
	POA_SOAK_RUNS=$(SOAK_RUNS) POA_SOAK_REPORT=$(abspath $(CACHE))/soak.json \
		$(GO) test -count=1 -timeout 120m -run '^TestKillSoak$$' -v ./cmd/poa > $(CACHE)/soak.log 2>&1; \
		rc=$$?; grep -v '^=== ' $(CACHE)/soak.log; exit $$rc
	@cat $(CACHE)/soak.json

# The serve soak (docs/reliability.md): poa serve under mixed good and bad load for
# SOAK_SERVE, killed -9 and restarted halfway; the JSON report lands in
# $(CACHE)/soak-serve.json. Fails when the test fails.
SOAK_SERVE ?= 2m
soak-serve:
	mkdir -p $(CACHE)
	rm -f $(CACHE)/soak-serve.json
	POA_SERVE_SOAK=$(SOAK_SERVE) POA_SERVE_SOAK_REPORT=$(abspath $(CACHE))/soak-serve.json \
		$(GO) test -count=1 -timeout 60m -run '^TestServeSoak$$' -v ./cmd/poa > $(CACHE)/soak-serve.log 2>&1; \
		rc=$$?; grep -v '^=== ' $(CACHE)/soak-serve.log; exit $$rc
	@cat $(CACHE)/soak-serve.json
