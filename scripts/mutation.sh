#!/usr/bin/env bash
# Mutation testing (issue 18): PIT mutates the hand-written classes of core, json (with the wire
# format of json-format, which json's tests exercise) and the examples' check and serve packages and runs the tests against each mutant; a mutant the tests let pass is
# a change of behaviour nobody would notice.
#
#   scripts/mutation.sh                 all three modules (under 20 minutes on 2 cores); writes
#                                       docs/mutation-report.md and the table in docs/reliability.md
#   scripts/mutation.sh core            one module or some (core, json, examples); the report goes
#   scripts/mutation.sh json examples   to target/mutation-report.md
#   MUTATION_CLASSES='io.github.learningcities.gnlc.sdg.*' scripts/mutation.sh core
#                                       only the classes of some packages (comma-separated globs):
#                                       the quick way to re-run what a change touched
#
# The runs use the `mutation` Maven profile of the parent POM (never part of the default build):
# PIT 1.30.2, its default mutators, 2 threads, the Jazzer fuzz tests and the many-thread tests
# left out. PIT's own reports: <module>/target/pit-reports/index.html and mutations.xml.
# Surviving mutants that behave like the code are listed with their reasons in
# docs/mutation-equivalents.tsv; the run fails (exit status 1) when a package kills less than 90 %
# of the others, or when a survivor has no reason.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

all=(core json examples)
if [ "$#" -eq 0 ]; then
  modules=("${all[@]}")
else
  modules=("$@")
fi

skips=()
for module in "${all[@]}"; do
  case " ${modules[*]} " in
    *" $module "*) ;;
    *) skips+=("-Dmutation.skip.$module=true") ;;
  esac
done
for module in "${modules[@]}"; do
  case " ${all[*]} " in
    *" $module "*) ;;
    *) echo "unknown module: $module (core, json, examples)" >&2; exit 2 ;;
  esac
done

narrow=()
if [ -n "${MUTATION_CLASSES:-}" ]; then
  narrow+=("-Dmutation.targetClasses=$MUTATION_CLASSES")
fi

# the reactor builds what the modules need (json needs core and json-format) without `mvn install`
start=$(date +%s)
mvn -B -ntp -P mutation -pl core,json-format,json,examples test "${skips[@]}" "${narrow[@]}"
echo "PIT ran for $(( $(date +%s) - start )) s"

inputs=()
for module in "${modules[@]}"; do
  inputs+=("$module=$module/target/pit-reports/mutations.xml")
done
mkdir -p target
if [ "$#" -eq 0 ] && [ -z "${MUTATION_CLASSES:-}" ]; then
  python3 scripts/mutation_report.py docs/mutation-report.md docs/mutation-equivalents.tsv \
      "${inputs[@]}" --table docs/reliability.md
else
  python3 scripts/mutation_report.py target/mutation-report.md docs/mutation-equivalents.tsv \
      "${inputs[@]}"
fi
