#!/usr/bin/env bash
# Runs the benchmarks of issue 6 and writes docs/benchmarks.md, with the raw results beside it
# (docs/benchmarks-jmh.json, docs/benchmarks-startup.json). About 11 minutes on 2 cores.
#
#   scripts/run-benchmarks.sh                 # the full run
#   scripts/run-benchmarks.sh -f 1 -wi 1 -i 1 # extra options go to JMH (a quick, rougher run)
#
# Run it on an otherwise idle machine: other load shows up as noise in every number.
set -euo pipefail
cd "$(dirname "$0")/.."

command="scripts/run-benchmarks.sh${*:+ $*}"
jar=benchmarks/target/benchmarks.jar

echo "== build: mvn -q -B -DskipTests -pl benchmarks -am package"
mvn -q -B -DskipTests -pl benchmarks -am package

echo "== JMH: eligibility, JSON, scale (-prof gc)"
java -jar "$jar" -rf json -rff docs/benchmarks-jmh.json -prof gc "$@" \
  'EligibilityBenchmark|NetworkJsonBenchmark|ScaleBenchmark'

echo "== start-up: 10 runs of each JVM after 2 warm-up runs"
java -cp "$jar" io.github.learningcities.gnlc.benchmarks.startup.StartupHarness \
  "$jar" 10 2 docs/benchmarks-startup.json

echo "== report: docs/benchmarks.md"
java -cp "$jar" io.github.learningcities.gnlc.benchmarks.report.ReportGenerator \
  docs/benchmarks-jmh.json docs/benchmarks-startup.json docs/benchmarks.md "$command"
echo "wrote docs/benchmarks.md"
