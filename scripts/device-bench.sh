#!/usr/bin/env bash
# The quiet run on the 16-core benchmark machine, which has no Java, no Maven and no network: this
# script prepares everything it needs here, in .bench/ (git-ignored), and then runs there in one
# call. See docs/benchmarks.md, "How to measure".
#
#   scripts/device-bench.sh prepare     # here: build the jars, the data jars and a jlink'd runtime
#   scripts/device-bench.sh run [JMH options]   # there (or here, to try it): JMH and start-up
#
# prepare: benchmarks.jar, gnlc-examples.jar, data-all.jar and data-fewer.jar, and a runtime of
# java.base, java.management, jdk.management, jdk.unsupported, java.logging, java.naming, java.sql
# and jdk.zipfs (jlink, debug attributes stripped, zip-compressed: about 40 MiB); together about
# 55 MiB, inside the 64 MiB a call may carry. The runtime's class-data-sharing archive
# (java -Xshare:dump, 11 MiB) would not fit: run dumps it on the machine first, in a few seconds.
#
# run: writes jmh.json, startup.json, machine.json, report.md (this machine's section alone) and
# run.log into $OUT (the device tool's folder; .bench/out when unset). JMH with one fork per
# benchmark (extra options follow; the benchmarks' own warm-up and measurement times stay), then
# the start-up harness with 10 rounds after 2 warm-up rounds: about 5 minutes on 16 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
bench=.bench
modules=java.base,java.management,jdk.management,jdk.unsupported,java.logging,java.naming,java.sql,jdk.zipfs

case "${1:-}" in
  prepare)
    mvn -q -B -DskipTests -pl benchmarks,examples -am package
    rm -rf "$bench"
    mkdir -p "$bench"
    jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
      --output "$bench/runtime"
    cp benchmarks/target/benchmarks.jar examples/target/gnlc-examples.jar "$bench/"
    scripts/bench-data-jars.sh "$bench"
    git rev-parse HEAD > "$bench/commit"
    du -sh "$bench"
    echo "prepared $bench at $(cat "$bench/commit"): carry it with the device tool, see docs/benchmarks.md"
    ;;
  run)
    shift
    out=${OUT:-$bench/out}
    mkdir -p "$out"
    java=$bench/runtime/bin/java
    jar=$bench/benchmarks.jar
    report="$java -cp $jar io.github.learningcities.gnlc.benchmarks.report.ReportGenerator"
    command="scripts/device-bench.sh run${*:+ $*} ($(cat "$bench/commit" 2>/dev/null || echo unknown commit))"
    exec > >(tee "$out/run.log") 2>&1
    if [ ! -f "$bench/runtime/lib/server/classes.jsa" ]; then
      echo "== java -Xshare:dump (the runtime's default CDS archive)"
      "$java" -Xshare:dump > "$out/cds-dump.log" 2>&1 || { tail "$out/cds-dump.log"; exit 1; }
      rm -f "$out/cds-dump.log"
    fi
    "$java" -version
    $report machine "$out/machine.json" "$(nproc)-core benchmark machine (quiet)" "$command"
    echo "== JMH: eligibility, JSON, scale (-prof gc, one fork)"
    "$java" -jar "$jar" -rf json -rff "$out/jmh.json" -prof gc -f 1 "$@" \
      'EligibilityBenchmark|NetworkJsonBenchmark|DecisionsJsonBenchmark|ScaleBenchmark'
    echo "== start-up: 10 rounds of every JVM after 2 warm-up rounds"
    "$java" -cp "$jar" io.github.learningcities.gnlc.benchmarks.startup.StartupHarness \
      "$jar" "$bench/gnlc-examples.jar" 10 2 "$out/startup.json" \
      "$bench/data-all.jar" "$bench/data-fewer.jar"
    $report load "$out/machine.json"
    mkdir -p "$out/section"
    cp "$out/jmh.json" "$out/startup.json" "$out/machine.json" "$out/section/"
    $report render "$out/report.md" "$out/section"
    rm -rf "$out/section"
    echo "== done: $out"
    ;;
  *)
    echo "usage: scripts/device-bench.sh prepare | run [JMH options]" >&2
    exit 2
    ;;
esac
