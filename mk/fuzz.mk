# Fuzzing: every decoder and parser's fuzz target (scripts/fuzz.sh). CI runs each for 10 s;
# make fuzz runs each for FUZZTIME (default 2 minutes).
.PHONY: fuzz fuzz-ci
fuzz:
	FUZZTIME=$${FUZZTIME:-2m} scripts/fuzz.sh

fuzz-ci:
	FUZZTIME=10s scripts/fuzz.sh
