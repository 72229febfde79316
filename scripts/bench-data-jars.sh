#!/usr/bin/env bash
# Makes the two data jars the start-up harness puts first on the examples' class path to show
# what the data's growth costs start-up: data-all.jar holds the embedded member list whole,
# data-fewer.jar its first ROWS rows (262 by default, its size before it grew to 362 rows), each
# with the SHA-256 of its files' listing as the build works it out (core/pom.xml), so that
# neither hashes its files at start-up.
#
#   scripts/bench-data-jars.sh OUT_DIR [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p "$1"
out=$(cd "$1" && pwd)
rows=${2:-262}
data=core/src/main/resources/io/github/learningcities/gnlc/data
path=io/github/learningcities/gnlc/data
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for size in all fewer; do
  mkdir -p "$work/$size/$path"
  if [ "$size" = all ]; then
    cp "$data/gnlc-members.tsv" "$work/$size/$path/"
  else
    head -n $((rows + 1)) "$data/gnlc-members.tsv" > "$work/$size/$path/gnlc-members.tsv"
  fi
  listing=$( (cd "$data" && sha256sum gnlc-cohorts.tsv) \
    && (cd "$work/$size/$path" && sha256sum gnlc-members.tsv) \
    && (cd "$data" && sha256sum gnlc-totals.tsv unesco-regions.tsv))
  printf '# The SHA-256 of the listing of this data jar'"'"'s network files, and the version.\nsha256=%s\n%s\n' \
    "$(printf '%s\n' "$listing" | sha256sum | cut -d' ' -f1)" \
    "$(grep '^version=' "$data/gnlc-data.properties")" \
    > "$work/$size/$path/gnlc-data-sha256.properties"
  rm -f "$out/data-$size.jar"
  jar --create --file "$out/data-$size.jar" -C "$work/$size" "$path"
done
echo "wrote $out/data-all.jar ($(($(wc -l < "$data/gnlc-members.tsv") - 1)) rows) and $out/data-fewer.jar ($rows rows)"
