#!/usr/bin/env bash
# Runs the Jazzer fuzz targets (issue 7) in fuzzing mode, one target at a time.
#
#   scripts/fuzz.sh [seconds] [filter]
#
# seconds  how long to fuzz each target (default 60)
# filter   runs only the targets whose "module Class#method" contains it, e.g. "cityIdOf" or "json"
#
# Targets are the @FuzzTest methods in */src/test/java/**/reliability/. Without JAZZER_FUZZ, a plain
# `mvn verify` runs the same methods over their committed seeds only (regression mode).
#
# A finding fails the run and is written by Jazzer to
#   <module>/src/test/resources/<package path>/<Class>Inputs/<method>/crash-<sha1>
# which makes it a regression seed at once: fix the code, keep the file (rename it to say what it
# is), commit both. The inputs the fuzzer found interesting go to <module>/.cifuzz-corpus/ (not
# committed). A summary line per target (executions, seconds, result) is appended to
# target/fuzz-summary.txt.
set -euo pipefail

seconds="${1:-60}"
filter="${2:-}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

mkdir -p target
summary="target/fuzz-summary.txt"
failed=0

# module<TAB>Class<TAB>method, for every @FuzzTest method of the reliability test packages
targets="$(
  for file in $(grep -rlE '^[[:space:]]*@FuzzTest' --include='*.java' ./*/src/test/java | grep '/reliability/' | sort); do
    module="${file#./}"; module="${module%%/*}"
    class="$(basename "$file" .java)"
    awk -v m="$module" -v c="$class" '
      /^[[:space:]]*@FuzzTest/ { pending = 1; next }
      pending && match($0, /void [A-Za-z0-9_]+\(/) {
        name = substr($0, RSTART + 5, RLENGTH - 6); print m "\t" c "\t" name; pending = 0 }' "$file"
  done
)"

# compile once; the reactor gives json the current core without `mvn install`
mvn -B -q -pl core,json -am test-compile

while IFS=$'\t' read -r module class method; do
  [ -n "$module" ] || continue
  case "$module $class#$method" in *"$filter"*) ;; *) continue ;; esac
  echo "=== fuzzing $module $class#$method for ${seconds}s"
  log="target/fuzz-$class-$method.log"
  set +e
  # -max_total_time overrides the @FuzzTest maxDuration (later libFuzzer flags win)
  JAZZER_FUZZ=1 mvn -B -pl "$module" -am test \
      -Dtest="$class#$method" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="$seconds" \
      > "$log" 2>&1
  status=$?
  set -e
  runs="$(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 || true)"
  if [ "$status" -ne 0 ]; then result="FINDING or failure, see $log"; failed=1
  elif [ -z "$runs" ]; then result="did not fuzz, see $log"; failed=1
  else result="no finding"; fi
  line="$(date -u +%FT%TZ) $module $class#$method: ${runs:-no run count} - $result"
  echo "$line" | tee -a "$summary"
done <<< "$targets"

exit "$failed"
