#!/usr/bin/env python3
"""Summarises PIT's mutations.xml files (issue 18): killed share per module and package, and every
mutant left alive, matched against the list of equivalent mutants and their reasons.

Usage: mutation_report.py OUT.md EQUIVALENTS.tsv MODULE=MUTATIONS.xml... [--table DOC.md]

OUT.md        the report to write (the table, then every surviving mutant with its reason)
EQUIVALENTS   one equivalent mutant a line: class, method, mutator, description, reason, separated
              by tabs (class without io.github.learningcities.gnlc., mutator without PIT's package
              and the word Mutator); lines starting with # are comments. A line stands for one mutant:
              two alike mutants in one method need two lines. Line numbers are left out on purpose,
              so that edits elsewhere in a file do not orphan a reason. A reason that starts with
              "not killed" marks a mutant that is not equivalent but that no test kills: it is
              explained, yet counts against its package.
--table DOC   also replaces the lines between <!-- mutation-table:begin --> and
              <!-- mutation-table:end --> in DOC with the table.

Exit status 1 when a package kills less than 90 % of its mutants once the equivalent ones are set
aside, or when a surviving mutant has no reason; 0 otherwise. Standard library only.
"""
import collections
import datetime
import subprocess
import sys
import xml.etree.ElementTree as ET

BASE = "io.github.learningcities.gnlc."
THRESHOLD = 90.0
BEGIN = "<!-- mutation-table:begin -->"
END = "<!-- mutation-table:end -->"
# a reason that starts so marks a mutant that is not equivalent but that no test kills yet: it
# counts against the package (not set aside), and the report says why it is left
NOT_KILLED = "not killed"


def short_class(name):
    return name[len(BASE):] if name.startswith(BASE) else name


def package_of(cls):
    # nested classes (Tsv$Row) belong to their outer class's package
    return cls.rsplit(".", 1)[0] if "." in cls else "(root)"


def short_mutator(name):
    return name.rsplit(".", 1)[-1].replace("Mutator", "")


def read_equivalents(path):
    pool = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 5:
                sys.exit(f"{path}:{number}: expected 5 tab-separated fields, found {len(parts)}")
            cls, method, mutator, description, reason = parts
            pool[(cls, method, mutator, description)].append(reason)
    return pool


def read_mutants(module, path):
    # (partial="true" on the root means: not the full matrix of killing tests)
    root = ET.parse(path).getroot()
    for m in root.iter("mutation"):
        cls = short_class(m.findtext("mutatedClass"))
        yield {
            "module": module,
            "class": cls,
            "package": package_of(cls.split("$")[0]),
            "method": m.findtext("mutatedMethod"),
            "line": int(m.findtext("lineNumber")),
            "mutator": short_mutator(m.findtext("mutator")),
            "description": m.findtext("description"),
            "status": m.get("status"),
            "detected": m.get("detected") == "true",
        }


def percent(part, whole):
    return 100.0 * part / whole if whole else 100.0


def main(argv):
    table_doc = None
    if "--table" in argv:
        i = argv.index("--table")
        table_doc = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    if len(argv) < 3:
        sys.exit(__doc__)
    out, equivalents_path, inputs = argv[0], argv[1], argv[2:]
    pool = read_equivalents(equivalents_path)
    mutants = []
    for spec in inputs:
        module, path = spec.split("=", 1)
        mutants.extend(read_mutants(module, path))

    rows = collections.OrderedDict()
    survivors = []
    for m in sorted(mutants, key=lambda m: (m["module"], m["package"], m["class"], m["line"])):
        key = (m["module"], m["package"])
        row = rows.setdefault(key, collections.Counter())
        row["mutants"] += 1
        if m["detected"]:
            row["killed"] += 1
            continue
        reasons = pool.get((m["class"], m["method"], m["mutator"], m["description"]))
        m["reason"] = reasons.pop(0) if reasons else None
        if not m["reason"]:
            row["alive"] += 1
        elif m["reason"].startswith(NOT_KILLED):
            row["not killed"] += 1
        else:
            row["equivalent"] += 1
        survivors.append(m)
    unused = [(k, r) for k, rs in pool.items() for r in rs]

    table = ["| module | package | mutants | killed | killed % | equivalent | not killed "
             "(explained) | killed % of the rest |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    failing = []
    totals = collections.Counter()
    for (module, package), row in rows.items():
        rest = percent(row["killed"], row["mutants"] - row["equivalent"])
        if rest < THRESHOLD or row["alive"]:
            failing.append(f"{module} {package}")
        totals.update(row)
        table.append(f"| {module} | {package} | {row['mutants']} | {row['killed']} | "
                     f"{percent(row['killed'], row['mutants']):.1f} | {row['equivalent']} | "
                     f"{row['not killed']} | {rest:.1f} |")
    table.append(f"| **all** | | {totals['mutants']} | {totals['killed']} | "
                 f"{percent(totals['killed'], totals['mutants']):.1f} | {totals['equivalent']} | "
                 f"{totals['not killed']} | {percent(totals['killed'], totals['mutants'] - totals['equivalent']):.1f} |")

    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    lines = [
        "# Mutation testing report",
        "",
        f"Made by `scripts/mutation.sh` on {datetime.date.today().isoformat()} at commit {commit}: "
        "PIT 1.30.2 with its default mutators over the hand-written classes (Immutables' "
        "generated classes left out). Killed counts PIT's detected mutants (killed, timed out, "
        "memory error). An equivalent mutant behaves like the code in every way a caller can "
        "observe; each is listed below with the reason, from `docs/mutation-equivalents.tsv`.",
        "",
    ] + table + [""]
    if failing:
        lines += ["**Below 90 % or with unexplained mutants:** " + ", ".join(failing), ""]
    lines += ["## Surviving mutants", ""]
    if not survivors:
        lines += ["None.", ""]
    for m in survivors:
        where = f"{m['class']}#{m['method']}:{m['line']}"
        what = f"{m['mutator']}: {m['description']} ({m['status'].lower().replace('_', ' ')})"
        why = m["reason"] or "**NOT EXPLAINED**"
        lines.append(f"- `{where}` {what}. {why}")
    if unused:
        lines += ["", "## Reasons that matched no surviving mutant", ""]
        lines += [f"- `{k[0]}#{k[1]}` {k[2]}: {k[3]}. {r}" for k, r in unused]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

    if table_doc:
        with open(table_doc, encoding="utf-8") as f:
            text = f.read()
        if BEGIN not in text or END not in text:
            sys.exit(f"{table_doc}: no {BEGIN} ... {END} markers")
        head, rest = text.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        with open(table_doc, "w", encoding="utf-8") as f:
            f.write(head + BEGIN + "\n" + "\n".join(table) + "\n" + END + tail)

    print("\n".join(table))
    alive = sum(1 for m in survivors if not m["reason"])
    print(f"{len(survivors)} surviving mutants, {alive} without a reason; report: {out}")
    if failing:
        print("below 90 % or with unexplained mutants: " + ", ".join(failing))
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
