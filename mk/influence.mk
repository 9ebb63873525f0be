# influence: ground-truth data, evaluation and the sketch-scan benchmark.
DIGITS := $(CACHE)/sklearn/digits.csv.gz

.PHONY: digits influence-eval bench-influence
# digits.csv.gz (sklearn's copy of the UCI optdigits test set, BSD-3) from Debian's
# python3-sklearn package: apt-get download + dpkg-deb -x, no root needed.
digits: $(DIGITS)
$(DIGITS):
	@mkdir -p $(CACHE)/deb
	@if ! apt-cache show python3-sklearn >/dev/null 2>&1; then echo "apt lists empty: run apt-get update (as root) first" >&2; exit 1; fi
	cd $(CACHE)/deb && rm -f python3-sklearn_*.deb && apt-get download python3-sklearn
	rm -rf $(CACHE)/deb/x && dpkg-deb -x $$(ls $(CACHE)/deb/python3-sklearn_*.deb | head -1) $(CACHE)/deb/x
	@mkdir -p $(dir $(DIGITS))
	cp $$(find $(CACHE)/deb/x -path '*sklearn/datasets/data/digits.csv.gz' | head -1) $(DIGITS)

# Leave-one-out and mislabel ground truth on digits (seeded; see docs/influence.md).
influence-eval: build digits
	$(BIN)/poa influence eval --logreg $(DIGITS) --json

bench-influence:
	$(GO) run ./benchmarks/influence
