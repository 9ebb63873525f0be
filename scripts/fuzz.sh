#!/usr/bin/env bash
# Runs every fuzz target of the module (func FuzzX in *_test.go) for FUZZTIME each, one
# after the other, and fails if any finds a crasher. Go writes a crasher under the
# package's testdata/fuzz/FuzzX/: fix the bug and commit the file as a regression seed
# (every go test runs the seeds).
#
# A target that fails without writing a crasher, with "context deadline exceeded" at the
# end of FUZZTIME, hit a race in Go 1.26's fuzz coordinator (golang/go#75804, fixed in
# Go 1.27), not an input of ours: it is reported as such and does not fail the run.
#   FUZZTIME  per target (default 10s; make fuzz uses 2m)
#   FUZZ_ONLY regexp of target names to run (default: all)
set -uo pipefail
cd "$(dirname "$0")/.."
FUZZTIME=${FUZZTIME:-10s}
ONLY=${FUZZ_ONLY:-.}
fail=0; race=0; n=0; t0=$SECONDS
while IFS=: read -r file name; do
	[[ $name =~ $ONLY ]] || continue
	dir=$(dirname "$file")
	n=$((n + 1))
	s=$SECONDS
	before=$(ls "$dir/testdata/fuzz/$name" 2>/dev/null | sort)
	if out=$(go test -run '^$' -fuzz "^${name}\$" -fuzztime "$FUZZTIME" "./$dir" 2>&1); then
		printf 'ok    %-28s %-28s %3ds\n' "$name" "./$dir" $((SECONDS - s))
		continue
	fi
	after=$(ls "$dir/testdata/fuzz/$name" 2>/dev/null | sort)
	if [[ $before == "$after" ]] && grep -q 'context deadline exceeded' <<<"$out"; then
		race=$((race + 1))
		printf 'race  %-28s %-28s %3ds  (no crasher: golang/go#75804 at the deadline)\n' "$name" "./$dir" $((SECONDS - s))
		continue
	fi
	fail=$((fail + 1))
	printf 'FAIL  %-28s %-28s %3ds\n' "$name" "./$dir" $((SECONDS - s))
	printf '%s\n' "$out" | tail -25
done < <(grep -rHo --include='*_test.go' '^func Fuzz[A-Za-z0-9_]*' . | sed 's#^\./##; s#:func #:#' | sort)
printf '%d fuzz targets, %s each: %d failed, %d hit the coordinator race; %ds in all\n' "$n" "$FUZZTIME" "$fail" "$race" $((SECONDS - t0))
exit $((fail > 0))
