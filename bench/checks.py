"""Checker benchmark: detection and false-alarm rates over the passage corpus (corpus/checks/*.jsonl) and
over any folder of articles with expected checks given by path. Run by hand:

    .venv/bin/python bench/checks.py [--data DIR_OR_JSONL ...] [--errors]

A passage (or article) with a planted error counts as detected when a check of its type says inconsistent;
a consistent one is a false alarm when any check says inconsistent, and a miss when no check of its type
ran at all. Folders hold <name>.txt with <name>.checks.json: {"date": ..., "checks": [{"type", "verdict"}]}.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _cases(path: Path):
    if path.is_dir():
        for exp in sorted(path.glob("*.checks.json")):
            spec = json.loads(exp.read_text(encoding="utf-8"))
            text = exp.with_name(exp.name.replace(".checks.json", ".txt")).read_text(encoding="utf-8")
            for want in spec["checks"]:
                yield {"id": exp.stem, "type": want["type"], "date": spec.get("date"), "text": text,
                       "expect": want["verdict"]}
    else:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, action="append", help="a passages .jsonl or a folder of articles")
    ap.add_argument("--errors", action="store_true", help="list every miss and false alarm with the checks that ran")
    args = ap.parse_args(argv)
    sources = args.data or sorted((ROOT / "corpus" / "checks").glob("*.jsonl"))

    import claimgraph

    nlp = claimgraph.load()
    stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    errors = []
    start, words = time.perf_counter(), 0
    for source in sources:
        if not source.exists():
            sys.stderr.write(f"checks: {source}: no such file or folder\n")
            return 2
        for case in _cases(source):
            checks = claimgraph.extract(case["text"], date=case.get("date"), nlp=nlp).checks
            words += len(case["text"].split())
            s = stats[case["type"]]
            flagged = [c for c in checks if c.verdict == "inconsistent"]
            if case["expect"] == "inconsistent":
                s["planted"] += 1
                if any(c.type == case["type"] for c in flagged):
                    s["detected"] += 1
                else:
                    errors.append(("missed error", case, checks))
            else:
                s["clean"] += 1
                if flagged:
                    s["false_alarms"] += 1
                    errors.append(("false alarm", case, checks))
                elif not any(c.type == case["type"] for c in checks):
                    s["unchecked"] += 1
                    errors.append(("relation not found", case, checks))
    seconds = time.perf_counter() - start
    print(f"{'type':<16}{'planted':>8}{'detected':>10}{'clean':>7}{'false alarms':>14}{'not found':>11}")
    total = defaultdict(int)
    for t in sorted(stats):
        s = stats[t]
        for k, v in s.items():
            total[k] += v
        print(f"{t:<16}{s['planted']:>8}{s['detected']:>10}{s['clean']:>7}{s['false_alarms']:>14}{s['unchecked']:>11}")
    det = 100 * total["detected"] / total["planted"] if total["planted"] else 100.0
    fa = 100 * total["false_alarms"] / total["clean"] if total["clean"] else 0.0
    confirmed = total["clean"] - total["unchecked"] - total["false_alarms"]
    found = 100 * confirmed / total["clean"] if total["clean"] else 100.0
    print(f"{'total':<16}{total['planted']:>8}{total['detected']:>10}{total['clean']:>7}{total['false_alarms']:>14}{total['unchecked']:>11}")
    print(f"detection {det:.1f}% · false alarms {fa:.1f}% · consistent relations confirmed {found:.1f}% · "
          f"{words / seconds:,.0f} words/s")
    if args.errors:
        for kind, case, checks in errors:
            print(f"\n[{kind}] {case['id']} ({case['type']}, expect {case['expect']}): {case['text']}")
            for c in checks:
                print(f"    {c.verdict:<13} {c.type:<15} {c.explanation}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
