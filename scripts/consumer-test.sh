#!/usr/bin/env bash
# The consumer test: installs gnlc into the local Maven repository, then builds two users' projects
# that import gnlc-bom and runs each once on the class path and once on the module path:
#   consumer-test/           gnlc-core and gnlc-json (Jackson 3)
#   consumer-test/jackson2/  gnlc-core and gnlc-json-jackson2 (Jackson 2), its own mapper finding
#                            gnlc's module through the ServiceLoader
# It fails if Immutables (or anything but gnlc, Jackson and the JDK) is needed at run time, or if
# the Jackson 2 user gets Jackson 3 (or the Jackson 3 user Jackson 2).
#
#   GNLC_M2_REPO=/tmp/m2 scripts/consumer-test.sh   # into another local repository than ~/.m2
set -euo pipefail
cd "$(dirname "$0")/.."
repo=()
[ -z "${GNLC_M2_REPO:-}" ] || repo=("-Dmaven.repo.local=$GNLC_M2_REPO")
mvn -q -B -ntp "${repo[@]}" -DskipTests -Dmaven.javadoc.skip \
  -pl bom,core,json-format,json,json-jackson2 -am install
root=$(pwd)
expect="as of 2025-07-01: not eligible."

# consumer DIR MODULE MAIN BANNED: builds the project in DIR and runs MAIN on both paths
consumer() {
  local dir=$1 module=$2 main=$3 banned=$4
  cd "$root/$dir"
  rm -rf target
  mvn -q -B -ntp "${repo[@]}" package dependency:copy-dependencies -DincludeScope=runtime
  if ls target/dependency | grep -qi immutables; then
    echo "$dir: Immutables is on the runtime class path" >&2
    exit 1
  fi
  if ls target/dependency | grep -Eq "$banned"; then
    echo "$dir: the other Jackson is on the runtime class path: $(ls target/dependency)" >&2
    exit 1
  fi
  local app="$root/consumer-test/application.json" out
  out=$(java -cp "target/classes:target/dependency/*" "$main" "$app" 2025-07-01)
  echo "$out"
  grep -q "^module: $" <<<"$out" || grep -q "^module: null$" <<<"$out" \
    || { echo "$dir: class path run did not run unnamed" >&2; exit 1; }
  grep -q "$expect" <<<"$out" || { echo "$dir: class path run: no decision" >&2; exit 1; }

  out=$(java -p "target/classes:target/dependency" -m "$module/$main" "$app" 2025-07-01)
  echo "$out"
  grep -q "^module: $module$" <<<"$out" \
    || { echo "$dir: module path run did not run as a module" >&2; exit 1; }
  grep -q "$expect" <<<"$out" || { echo "$dir: module path run: no decision" >&2; exit 1; }
  echo "consumer test ($dir): passed on the class path and on the module path"
}

consumer consumer-test org.example.consumer org.example.consumer.Main "^jackson-(core|databind)-2\."
consumer consumer-test/jackson2 org.example.consumer2 org.example.consumer2.Main "^jackson-(core|databind)-3\."
