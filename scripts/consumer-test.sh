#!/usr/bin/env bash
# The consumer test: installs gnlc into the local Maven repository, then builds consumer-test/, a
# user's project that imports gnlc-bom and depends on gnlc-core and gnlc-json, and runs it once on
# the class path and once on the module path. It fails if Immutables (or anything but gnlc, Jackson
# and the JDK) is needed at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -DskipTests -Dmaven.javadoc.skip -pl bom,core,json -am install
cd consumer-test
rm -rf target
mvn -q -B -ntp package dependency:copy-dependencies -DincludeScope=runtime
if ls target/dependency | grep -qi immutables; then
  echo "consumer-test: Immutables is on the runtime class path" >&2
  exit 1
fi
app=application.json
expect="as of 2025-07-01: not eligible."

cp_out=$(java -cp "target/classes:target/dependency/*" org.example.consumer.Main "$app" 2025-07-01)
echo "$cp_out"
grep -q "^module: $" <<<"$cp_out" || grep -q "^module: null$" <<<"$cp_out" || { echo "class path run did not run unnamed" >&2; exit 1; }
grep -q "$expect" <<<"$cp_out" || { echo "class path run: no decision" >&2; exit 1; }

mp_out=$(java -p "target/classes:target/dependency" -m org.example.consumer/org.example.consumer.Main "$app" 2025-07-01)
echo "$mp_out"
grep -q "^module: org.example.consumer$" <<<"$mp_out" || { echo "module path run did not run as a module" >&2; exit 1; }
grep -q "$expect" <<<"$mp_out" || { echo "module path run: no decision" >&2; exit 1; }
echo "consumer test: passed on the class path and on the module path"
