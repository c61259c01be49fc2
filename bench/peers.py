#!/usr/bin/env python
"""Peer suites: claimgraph's figures on the test cases quantulum3 and Microsoft Recognizers-Text are built against.

    python bench/peers.py [--peers ../shared/peers] [--errors N] [--suite NAME]

Measured: value recall per suite. A gold figure is found when a claimgraph figure overlaps its span (the
gold surface's place in the sentence) and carries its value as its low or high end (relative tolerance
1e-6, so 2/3 written as 0.666666666666667 matches). Units are not scored here (their unit names and kinds
are not ours); bench/newsquant.py scores units.

Their conventions, mapped (nothing claimgraph outputs is changed):
- quantulum3 (quantities.json, quantities.ambiguity.json): `value` is the figure's value with its scale
  ("20 million pounds" -> 2e7); a range or "x ± y" is its mean, so a claimgraph range matches on its mean too;
  "2 1/2" is 2.5. `surface` is located in `req` in order of the `res` list.
- Recognizers-Text (NumberWithUnit: currency, dimension, age, temperature; Number: number, percent):
  `Resolution.value` as a decimal string ("100%" for percents: the sign is dropped); `Start`/`End` are
  character offsets with End inclusive. Cases marked NotSupported for some platform stay in. A subunit
  amount (unit Cent, Pence, Penny, Sen: "50 cents" = 50) is compared in its main unit (0.50), as
  CONVENTIONS.md states it.
Out of scope, counted apart and never dropped silently (claimgraph does not claim them): numbers written
in exponent or power notation ("1e10", "1.1^23", "5.5x10-3", "10^6"); a case whose input is only a
number word alone ("one", "a") counts in, as Recognizers reads it.
Raw recall (all cases) and in-scope recall are both printed; misses are listed by cause:
- missed: no claimgraph figure overlaps the gold span;
- other value: a figure overlaps but with another value (the silent wrong value the issue cares about).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import import_claimgraph  # noqa: E402  (the benches' shared helper)

DEFAULT_PEERS = Path(__file__).resolve().parents[2] / "shared" / "peers"
RT = "recognizers-text/Specs"
SUITES = {
    "quantulum3": ["quantulum3/quantities.json", "quantulum3/quantities.ambiguity.json"],
    "rt-currency": [f"{RT}/NumberWithUnit/English/CurrencyModel.json"],
    "rt-dimension": [f"{RT}/NumberWithUnit/English/DimensionModel.json"],
    "rt-age": [f"{RT}/NumberWithUnit/English/AgeModel.json"],
    "rt-temperature": [f"{RT}/NumberWithUnit/English/TemperatureModel.json"],
    "rt-percent": [f"{RT}/Number/English/PercentModel.json"],
    "rt-number": [f"{RT}/Number/English/NumberModel.json"],
}
SUBUNITS = {"cent", "pence", "penny", "sen"}  # their "50 cents" is 50 Cent; ours is 0.50 USD (CONVENTIONS.md)
OUT_OF_SCOPE = re.compile(r"\d\s*[eE][+-]?\d|\^|[x×]\s*10\s*[-−^⁻]?\d|10\s*\*\*")


class Gold(NamedTuple):
    text: str  # the sentence
    start: int
    end: int  # exclusive
    value: Decimal
    surface: str
    unit: str = ""


def _decimal(raw: Any) -> Decimal | None:
    try:
        return Decimal(str(raw).strip().rstrip("%").replace(",", ""))
    except InvalidOperation:
        return None


def quantulum_cases(path: Path) -> Iterator[Gold]:
    for case in json.loads(path.read_text(encoding="utf-8")):
        text, pos = case["req"], 0
        for res in case["res"]:
            value = _decimal(res["value"])
            if value is None:
                continue
            at = text.find(res["surface"], pos)
            if at < 0:
                at = max(text.find(res["surface"]), 0)
            else:
                pos = at + len(res["surface"])
            yield Gold(text, at, at + len(res["surface"]), value, res["surface"], res.get("unit", ""))


def recognizers_cases(path: Path) -> Iterator[Gold]:
    for case in json.loads(path.read_text(encoding="utf-8")):
        for res in case["Results"]:
            value = _decimal(res.get("Resolution", {}).get("value"))
            if value is None:
                continue
            start = res.get("Start", case["Input"].find(res["Text"]))
            end = res.get("End", start + len(res["Text"]) - 1) + 1
            yield Gold(case["Input"], start, end, value, res["Text"], res.get("Resolution", {}).get("unit", ""))


def cases(peers: Path, suite: str) -> list[Gold]:
    read = quantulum_cases if suite == "quantulum3" else recognizers_cases
    return [g for rel in SUITES[suite] if (peers / rel).exists() for g in read(peers / rel)]


def _close(a: Decimal, b: Decimal) -> bool:
    return a == b or abs(a - b) <= abs(b) * Decimal("1e-6")


def judge(gold: Gold, quantities: list[Any]) -> tuple[str, str]:
    """("found" | "other value" | "missed", what claimgraph gave at the span)."""
    want = gold.value / 100 if gold.unit.lower() in SUBUNITS else gold.value
    near = [q for q in quantities if q.start < gold.end and q.end > gold.start]
    for q in near:
        ends = [v for v in (q.low, q.high) if v is not None]
        if len(ends) == 2:
            ends.append((ends[0] + ends[1]) / 2)
        if any(_close(Decimal(v), want) for v in ends):
            return "found", ""
    if near:
        return "other value", "; ".join(f"{q.text!r}={q.low}{'-' + str(q.high) if q.high != q.low else ''} "
                                        f"{q.unit or ''}" for q in near)
    return "missed", ""


def run(peers: Path, suites: Sequence[str], show: int) -> dict[str, dict[str, float]]:
    claimgraph = import_claimgraph("peers.py")
    nlp = claimgraph.load()
    out: dict[str, dict[str, float]] = {}
    print(f"{'suite':16} {'gold':>5} {'in-scope':>8} {'raw %':>7} {'in-scope %':>10}  misses by cause")
    for suite in suites:
        golds = cases(peers, suite)
        texts = sorted({g.text for g in golds})
        reports = dict(zip(texts, claimgraph.extract_many(texts, nlp=nlp, claims=False), strict=True))
        verdicts = [(g, *judge(g, reports[g.text].quantities)) for g in golds]
        in_scope = [v for v in verdicts if not OUT_OF_SCOPE.search(v[0].surface)]
        raw = sum(v[1] == "found" for v in verdicts) / max(len(verdicts), 1) * 100
        rec = sum(v[1] == "found" for v in in_scope) / max(len(in_scope), 1) * 100
        causes = Counter(v[1] for v in in_scope if v[1] != "found")
        print(f"{suite:16} {len(verdicts):5} {len(in_scope):8} {raw:7.1f} {rec:10.1f}  {dict(causes)}")
        out[suite] = {"raw": raw, "in_scope": rec, "gold": len(verdicts), "in_scope_gold": len(in_scope)}
        if show:
            for g, verdict, got in [v for v in in_scope if v[1] != "found"][:show]:
                print(f"    [{verdict}] {g.surface!r}={g.value} in {g.text[:110]!r} {('-> ' + got) if got else ''}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--peers", type=Path, default=DEFAULT_PEERS)
    ap.add_argument("--errors", type=int, default=0, help="list up to N misses per suite")
    ap.add_argument("--suite", action="append", choices=sorted(SUITES))
    args = ap.parse_args(argv)
    if not args.peers.exists():
        sys.exit(f"peers.py: no peer suites at {args.peers}")
    run(args.peers, args.suite or list(SUITES), args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
