#!/usr/bin/env bash
# Runs every fuzz target of the module (func FuzzX in *_test.go) for FUZZTIME each, one
# after the other, and fails if any finds a crasher. Go writes a crasher under the
# package's testdata/fuzz/FuzzX/: commit it as a regression seed once fixed.
#   FUZZTIME  per target (default 10s; make fuzz uses 2m)
#   FUZZ_ONLY regexp of target names to run (default: all)
set -uo pipefail
cd "$(dirname "$0")/.."
FUZZTIME=${FUZZTIME:-10s}
ONLY=${FUZZ_ONLY:-.}
fail=0; n=0; t0=$SECONDS
while IFS=: read -r file name; do
	[[ $name =~ $ONLY ]] || continue
	pkg=./$(dirname "$file")
	n=$((n + 1))
	s=$SECONDS
	if out=$(go test -run '^$' -fuzz "^${name}\$" -fuzztime "$FUZZTIME" "$pkg" 2>&1); then
		printf 'ok    %-28s %-28s %3ds\n' "$name" "$pkg" $((SECONDS - s))
	else
		fail=$((fail + 1))
		printf 'FAIL  %-28s %-28s %3ds\n' "$name" "$pkg" $((SECONDS - s))
		printf '%s\n' "$out" | tail -25
	fi
done < <(grep -rHo --include='*_test.go' '^func Fuzz[A-Za-z0-9_]*' . | sed 's#^\./##; s#:func #:#' | sort)
printf '%d fuzz targets, %s each, %d failed, %ds in all\n' "$n" "$FUZZTIME" "$fail" $((SECONDS - t0))
exit $((fail > 0))
