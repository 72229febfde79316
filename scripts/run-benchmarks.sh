#!/usr/bin/env bash
# Runs the benchmarks on this machine and writes docs/benchmarks.md: the raw results of the run go
# to docs/benchmarks/2-core-development-machine/ (jmh.json, startup.json, machine.json), and the
# report has one section per folder under docs/benchmarks/ (the quiet 16-core run of
# scripts/device-bench.sh too, when its results are there). About 15 minutes on 2 cores.
#
#   scripts/run-benchmarks.sh                 # the full run
#   scripts/run-benchmarks.sh -f 1 -wi 1 -i 1 # extra options go to JMH (a quick, rougher run)
#   RUN_DIR=docs/benchmarks/other LABEL="..." scripts/run-benchmarks.sh   # another machine's folder
#
# Run it on an otherwise idle machine: other load shows up as noise in every number (the report
# records the load average before and after the run).
set -euo pipefail
cd "$(dirname "$0")/.."

command="scripts/run-benchmarks.sh${*:+ $*}"
run=${RUN_DIR:-docs/benchmarks/2-core-development-machine}
label=${LABEL:-"$(nproc)-core development machine (shared, noisy)"}
jar=benchmarks/target/benchmarks.jar
examples=examples/target/gnlc-examples.jar
report="java -cp $jar io.github.learningcities.gnlc.benchmarks.report.ReportGenerator"

echo "== build: mvn -q -B -DskipTests -pl benchmarks,examples -am package"
mvn -q -B -DskipTests -pl benchmarks,examples -am package
scripts/bench-data-jars.sh benchmarks/target/data

mkdir -p "$run"
$report machine "$run/machine.json" "$label" "$command"

echo "== JMH: eligibility, JSON, scale (-prof gc)"
java -jar "$jar" -rf json -rff "$run/jmh.json" -prof gc "$@" \
  'EligibilityBenchmark|NetworkJsonBenchmark|DecisionsJsonBenchmark|ScaleBenchmark'

echo "== start-up: 10 rounds of every JVM after 2 warm-up rounds"
java -cp "$jar" io.github.learningcities.gnlc.benchmarks.startup.StartupHarness \
  "$jar" "$examples" 10 2 "$run/startup.json" \
  benchmarks/target/data/data-all.jar benchmarks/target/data/data-fewer.jar

$report load "$run/machine.json"
echo "== report: docs/benchmarks.md"
$report render docs/benchmarks.md docs/benchmarks/*/
echo "wrote docs/benchmarks.md"
