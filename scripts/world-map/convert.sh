#!/usr/bin/env bash
# Regenerates the report's world map resource from the npm package world-atlas (Natural Earth
# 1:110m admin-0 countries). Needs node and npm; installs the pinned packages in a scratch folder,
# never in the repository. Usage: scripts/world-map/convert.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/examples/src/main/resources/io/github/learningcities/gnlc/examples/report/world-110m.tsv"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
npm install --prefix "$scratch" --no-save --no-audit --no-fund --silent \
  world-atlas@2.0.2 topojson-client@3.1.0 i18n-iso-countries@7.14.0
NODE_PATH="$scratch/node_modules" node "$here/convert-world-atlas.cjs" > "$out"
echo "wrote $out ($(wc -c < "$out") bytes)"
