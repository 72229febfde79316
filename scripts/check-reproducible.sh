#!/usr/bin/env bash
# Builds every module twice from clean and shows that the jars are byte for byte the same.
# Usage: scripts/check-reproducible.sh   (exit status 0 when identical, 1 otherwise)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

build() {
  mvn -q -B -ntp -DskipTests clean package >/dev/null
  mkdir -p "$out/$1"
  find . -path '*/target/*.jar' -not -path './consumer-test/*' | sort | while read -r jar; do
    sha256sum "$jar"
  done > "$out/$1/sums.txt"
}

build first
sleep 2   # a different wall clock for the second build
build second

cat "$out/first/sums.txt"
if diff -u "$out/first/sums.txt" "$out/second/sums.txt"; then
  echo "reproducible: $(wc -l < "$out/first/sums.txt") jars identical across two clean builds"
else
  echo "NOT reproducible: the jars above differ between two clean builds" >&2
  exit 1
fi
