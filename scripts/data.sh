#!/usr/bin/env bash
# make data: fetch Debian's dict-jargon, dict-devil, dict-foldoc, dict-vera and fortunes
# packages (apt-get download + dpkg-deb -x, no root needed once apt's lists exist) into
# .cache/, and import each as a datanet with its own contributor address.
set -euo pipefail
cd "$(dirname "$0")/.."
POA=${POA:-bin/poa}
CACHE=${CACHE:-.cache}
DATA=${DATA:-./poa-data}
mkdir -p "$CACHE/debs" "$CACHE/root"

pkgs=(dict-jargon dict-devil dict-foldoc dict-vera fortunes)
cd "$CACHE/debs"
need=()
for p in "${pkgs[@]}"; do ls "${p}"_*.deb >/dev/null 2>&1 || need+=("$p"); done
if ((${#need[@]})); then
  if ! apt-get download "${need[@]}" 2>/dev/null; then
    echo "apt-get download failed; refreshing package lists (needs root)" >&2
    apt-get update -qq
    apt-get download "${need[@]}"
  fi
fi
for d in *.deb; do dpkg-deb -x "$d" ../root; done
cd - >/dev/null

# A distinct, deterministic contributor per package: 0x + first 40 hex digits of
# sha256("poa data <package>") (all lower case: no EIP-55 checksum to check).
addr() { printf '0x%s' "$(printf 'poa data %s' "$1" | sha256sum | cut -c1-40)"; }

import() { # name title license format contributor files...
  local name=$1 title=$2 license=$3 format=$4 who=$5; shift 5
  if "$POA" --data "$DATA" datanet show "$name" >/dev/null 2>&1; then
    # E.g. the demo's bundled sample (300 Jargon File entries): add what it lacks; texts it
    # has are duplicates and keep their contributors.
    echo "datanet $name exists; adding the entries it lacks"
  else
    "$POA" --data "$DATA" datanet create "$name" --title "$title" --license "$license" --owner "$who"
  fi
  "$POA" --data "$DATA" datanet add "$name" --format "$format" --contributor "$who" "$@"
}

dict=$CACHE/root/usr/share/dictd
import devil   "The Devil's Dictionary (Bierce)"      public-domain dictd "$(addr dict-devil)"   "$dict/devil.index"
import jargon  "The Jargon File 4.4.7"                public-domain dictd "$(addr dict-jargon)"  "$dict/jargon.index"
import foldoc  "Free On-line Dictionary of Computing" GFDL-1.1+     dictd "$(addr dict-foldoc)"  "$dict/foldoc.index"
import vera    "V.E.R.A. computer acronyms"           GFDL-1.1+     dictd "$(addr dict-vera)"    "$dict/vera.index"
fortunes=()
for f in "$CACHE"/root/usr/share/games/fortunes/*; do
  case "$f" in *.dat|*.u8) continue ;; esac
  [[ -f $f && ! -L $f ]] && fortunes+=("$f")
done
import fortunes "fortune-mod's fortunes"              BSD-4-Clause  fortune "$(addr fortunes)" "${fortunes[@]}"
"$POA" --data "$DATA" datanet list
