// The schema half of gnlc-json's agreement suite (docs/json-format.md, "Reader and schemas agree").
//
//   node agree.mjs SCHEMA_DIR MUTANTS_JSONL FORMAT_DOC [SUMMARY_JSON]
//
// Compiles every schema with Ajv in strict mode, then judges each mutant that AgreementMutantsTest
// read (json/target/agreement/mutants.jsonl.gz) against the schema it names, and fails on
//   - a mutant the reader accepts and the schema refuses (the reader is looser than its schema);
//   - a mutant the schema accepts and the reader refuses, unless the reader's message names a check
//     that docs/json-format.md lists as the reader's own, under the document type or for all types
//     (a table after "<!-- reader-only: TYPE -->", whose last column holds a message fragment).
// Prints the counts per document type and the documented causes met; exits 1 on any failure.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import zlib from "node:zlib";

const BASE = "https://learningcities.github.io/gnlc/schema/1/";
const [schemaDir, mutantsFile, formatDoc, summaryFile] = process.argv.slice(2);
if (!formatDoc) {
  console.error("usage: node agree.mjs SCHEMA_DIR MUTANTS_JSONL FORMAT_DOC [SUMMARY_JSON]");
  process.exit(2);
}
const failures = [];

// 1. every schema compiles in strict mode
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const files = fs.readdirSync(schemaDir).filter((f) => f.endsWith(".schema.json")).sort();
for (const f of files) {
  ajv.addSchema(JSON.parse(fs.readFileSync(path.join(schemaDir, f), "utf8")));
}
for (const f of files) {
  try {
    ajv.getSchema(BASE + f);
  } catch (e) {
    failures.push(`${f} does not compile in strict mode: ${e.message}`);
  }
}

// 2. the reader's own checks, as the format document lists them
const causes = {};
const includes = {};
const doc = fs.readFileSync(formatDoc, "utf8").split("\n");
for (let i = 0; i < doc.length; i++) {
  const m = doc[i].match(/^<!-- reader-only: (\S+)(?: \(and ([^)]+)\))? -->/);
  if (!m) continue;
  includes[m[1]] = m[2] ? m[2].split(/, */) : [];
  const list = (causes[m[1]] ??= []);
  for (let j = i + 1; j < doc.length && (doc[j].startsWith("|") || doc[j].trim() === "" && j === i + 1); j++) {
    const cells = doc[j].split("|").map((c) => c.trim()).filter((c) => c !== "");
    const fragment = cells.length > 1 && cells[cells.length - 1].match(/^`(.+)`$/);
    if (fragment) list.push({ check: cells[0], fragment: fragment[1].replaceAll("\\|", "|") });
  }
}

// 3. every mutant
const validators = new Map();
const perType = new Map();
const met = new Map();
const raw = fs.createReadStream(mutantsFile);
const input = mutantsFile.endsWith(".gz") ? raw.pipe(zlib.createGunzip()) : raw;
input.setEncoding("utf8");
const lines = readline.createInterface({ input, crlfDelay: Infinity });
for await (const line of lines) {
  if (!line) continue;
  const m = JSON.parse(line);
  const type = m.schema.replace(/\.schema\.json.*$/, "");
  if (!validators.has(m.schema)) {
    try {
      validators.set(m.schema, ajv.getSchema(BASE + m.schema));
    } catch (e) {
      validators.set(m.schema, null); // reported above: it does not compile
    }
  }
  const validate = validators.get(m.schema);
  if (!validate) continue;
  const valid = validate(JSON.parse(m.json));
  const counts = perType.get(type) ?? { mutants: 0, bothAccept: 0, bothRefuse: 0, readerOnly: 0 };
  perType.set(type, counts);
  counts.mutants++;
  const where = `${m.type} seed ${m.seed}, ${m.mutation}`;
  if (m.accepted && valid) counts.bothAccept++;
  else if (!m.accepted && !valid) counts.bothRefuse++;
  else if (m.accepted) {
    failures.push(`reader looser than schema: ${where}: ${ajv.errorsText(validate.errors)}`);
  } else {
    const listed = [type, ...(includes[type] ?? []), "common"].flatMap((t) => causes[t] ?? []);
    const cause = listed.find((c) => m.problem.includes(c.fragment));
    if (cause) {
      counts.readerOnly++;
      const key = `${type}: ${cause.check}`;
      met.set(key, (met.get(key) ?? 0) + 1);
    } else {
      failures.push(`reader stricter for a reason docs/json-format.md does not list: ${where}: ${m.pointer} ${m.problem}`);
    }
  }
}

let total = 0;
console.log("document type         mutants  both accept  both refuse  reader only (documented)");
for (const [type, c] of [...perType].sort()) {
  total += c.mutants;
  console.log(`${type.padEnd(22)}${String(c.mutants).padStart(7)}${String(c.bothAccept).padStart(13)}`
    + `${String(c.bothRefuse).padStart(13)}${String(c.readerOnly).padStart(26)}`);
}
console.log(`${"all".padEnd(22)}${String(total).padStart(7)}`);
console.log("\ndocumented reader-only causes met:");
for (const [key, n] of [...met].sort()) console.log(`  ${String(n).padStart(5)}  ${key}`);
if (summaryFile) {
  fs.writeFileSync(summaryFile, JSON.stringify({ perType: Object.fromEntries(perType), causes: Object.fromEntries(met), failures }, null, 2));
}
if (failures.length > 0) {
  console.log(`\n${failures.length} disagreement(s):`);
  for (const f of failures.slice(0, 200)) console.log(`  ${f}`);
  process.exit(1);
}
console.log(`\nreader, schemas and docs agree on all ${total} mutants`);
