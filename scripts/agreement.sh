#!/usr/bin/env bash
# The agreement suite of gnlc-json (docs/json-format.md, "Reader and schemas agree"): the reader's
# verdicts on some 9,000 mutated documents (AgreementMutantsTest, in every mvn verify) judged by Ajv,
# an independent JSON Schema 2020-12 validator with ECMA-262 regular expressions. Fails on a mutant
# the reader accepts and its schema refuses, on one the schema accepts and the reader refuses for a
# reason docs/json-format.md does not list, and on a schema that does not compile in strict mode.
#
#   scripts/agreement.sh            # both halves: the reader's (mvn), then Ajv's (node 18+, npm)
#   scripts/agreement.sh --judge    # Ajv's half only, on the mutants a build wrote (CI, after verify)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--judge" ]; then
  mvn -B -ntp -q -pl json -am test -Dtest=AgreementMutantsTest -Dsurefire.failIfNoSpecifiedTests=false
fi
npm ci --prefix json/src/test/agreement --no-audit --no-fund --silent
node json/src/test/agreement/agree.mjs \
  json-format/src/main/resources/io/github/learningcities/gnlc/json/schema \
  json/target/agreement/mutants.jsonl.gz docs/json-format.md json/target/agreement/summary.json
