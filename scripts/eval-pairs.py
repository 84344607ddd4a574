#!/usr/bin/env python3
"""Scores a pipeline run on our fact-check style statement pairs.

Usage: eval-pairs.py OUTPUT_DIR PAIRS_TSV [--show]

OUTPUT_DIR is an output folder of the pipeline run on the pairs folder
(pipeline/src/test/resources/org/newsclaims/eval/statement-pairs/*.txt; `scripts/eval-real.sh
--pairs` does both). PAIRS_TSV is that folder's pairs.tsv (format in its header: pair, file_a,
file_b, expected conflict|agree, value_a, value_b). Findings are read from every
*findings*.json[l] file under OUTPUT_DIR (any sharding), as in ../shared/eval/common.py.

A claim "holds a value" when its value, low or high is within 1 % of it. For each pair:
  - conflict pair, caught: a finding with verdict conflict or changed_over_time holds a claim of
    file_a holding value_a and a claim of file_b holding value_b;
  - agree pair, false alarm: a finding with verdict conflict or changed_over_time holds claims
    of both files (whatever their values);
  - agree pair, agreement found: a finding with verdict agree or compatible holds claims of both
    files, each holding value_a or value_b.
Prints one line per pair with --show, then the summary line:
  pairs: caught contradictions a/b, false alarms c/d, agreements found e/f
Standard library only.
"""
import glob
import json
import os
import re
import sys

DISAGREE = {"conflict", "changed_over_time", "changed over time"}
AGREE = {"agree", "compatible"}


def load_findings(outdir):
    rows = []
    for path in sorted(glob.glob(os.path.join(outdir, "**", "*findings*.json*"), recursive=True)):
        with open(path, encoding="utf-8", errors="replace") as fh:
            if path.endswith(".json"):
                try:
                    data = json.load(fh)
                except ValueError:
                    continue
                rows += data if isinstance(data, list) else data.get("findings", [])
                continue
            for line in fh:
                line = line.strip()
                if line:
                    try:
                        rows.append(json.loads(line))
                    except ValueError:
                        pass
    return rows


def base(name):
    return re.sub(r"\.(txt|json|jsonl)$", "", os.path.basename(str(name or "")))


def num(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def holds(claim, values):
    """True when one of the claim's value, low or high is within 1 % of one of values."""
    for key in ("value", "low", "high"):
        x = num(claim.get(key))
        if x is None:
            continue
        for v in values:
            if abs(x - v) <= 0.01 * max(1.0, abs(v)):
                return True
    return False


def read_pairs(path):
    pairs = []
    header = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            row = dict(zip(header, cells))
            row["value_a"] = float(row["value_a"])
            row["value_b"] = float(row["value_b"])
            row["a"] = base(row["file_a"])
            row["b"] = base(row["file_b"])
            pairs.append(row)
    return pairs


def main(argv):
    show = "--show" in argv
    args = [a for a in argv if a != "--show"]
    if len(args) != 2:
        sys.exit(__doc__)
    outdir, pairs_path = args
    findings = load_findings(outdir)
    pairs = read_pairs(pairs_path)
    verdict = lambda f: str(f.get("verdict") or "").lower()
    by_finding = []
    for f in findings:
        claims = [c for c in (f.get("claims") or []) if isinstance(c, dict)]
        if claims:
            by_finding.append((verdict(f), claims))

    caught = alarms = agreed = 0
    n_conflict = sum(1 for p in pairs if p["expected"] == "conflict")
    n_agree = sum(1 for p in pairs if p["expected"] == "agree")
    for p in pairs:
        of = lambda claims, art: [c for c in claims if base(c.get("article")) == art]
        status = []
        for v, claims in by_finding:
            ca, cb = of(claims, p["a"]), of(claims, p["b"])
            if not ca or not cb:
                continue
            if p["expected"] == "conflict" and v in DISAGREE:
                if any(holds(c, [p["value_a"]]) for c in ca) and any(holds(c, [p["value_b"]]) for c in cb):
                    status.append("caught")
            if p["expected"] == "agree" and v in DISAGREE:
                status.append("false_alarm")
            if p["expected"] == "agree" and v in AGREE:
                both = [p["value_a"], p["value_b"]]
                if any(holds(c, both) for c in ca) and any(holds(c, both) for c in cb):
                    status.append("agreement")
        caught += "caught" in status
        alarms += "false_alarm" in status
        agreed += "agreement" in status
        if show:
            print(f"  {p['pair']} {p['expected']:8} {p['value_a']:g} / {p['value_b']:g}: "
                  f"{', '.join(sorted(set(status))) or 'nothing'}")
    print(f"pairs: caught contradictions {caught}/{n_conflict}, false alarms {alarms}/{n_agree}, "
          f"agreements found {agreed}/{n_agree}")


if __name__ == "__main__":
    main(sys.argv[1:])
