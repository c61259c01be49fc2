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
- quantulum3 counts in units of its own that stand for a fixed count ("a dozen" = 1 dozen); claimgraph gives
  the count (12), so such a gold value is compared times the unit's size (COUNT_UNITS).
- quantulum3 reads "from $350 per kg to $680 per kg" as one range (its mean); CONVENTIONS.md reads a
  "from X to Y" change as two levels, so that gold range is also found when both ends are found as figures.
Out of scope, counted apart with the reason printed and never dropped silently (CONVENTIONS.md: "Years,
dates, times, ages in names, phone numbers, list numbers and numbers inside names are not quantities"):
- exponent or power notation ("1e10", "1.1^23", "5.5x10-3", "10^6");
- a year or a decade given as a bare number (a unitless 4-digit number 1000-2099, "1960s"; not after a
  currency sign);
- a number inside a name: a unitless bare number right after a capitalised word that is not the sentence's
  first (`Voyager 2`, `English 101`) or after a model code of letters and digits (`Core i7 860`).
A case whose input is only a number word alone ("one", "a") counts in, as Recognizers reads it.
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
EXPONENT = re.compile(r"\d\s*[eE][+-]?\d|\^|[x×]\s*10\s*[-−^⁻]?\d|10\s*\*\*")
YEAR = re.compile(r"(1\d|20)\d\ds?")
CURRENCY_BEFORE = re.compile(r"[$€£¥₹₱#]\s*$")  # "$2000" is money, not a year
BARE = re.compile(r"\d+")
NAME_BEFORE = re.compile(r"(?:(?<=[\s\"“‘(—–-])[A-Z][\w&.-]*|\b[A-Za-z]+\d+[A-Za-z\d]*)[\s—-]+$")
UNITLESS = {"", "dimensionless"}
COUNT_UNITS = {"dozen": 12, "gross": 144}  # quantulum3's units that stand for a fixed count


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


def out_of_scope(gold: Gold) -> str:
    """Why a gold figure is outside what claimgraph claims (CONVENTIONS.md), or "" when it is in scope."""
    if EXPONENT.search(gold.surface):
        return "exponent notation"
    if gold.unit.lower() not in UNITLESS:
        return ""
    if YEAR.fullmatch(gold.surface) and not CURRENCY_BEFORE.search(gold.text[: gold.start]):
        return "a year or decade"
    if BARE.fullmatch(gold.surface) and NAME_BEFORE.search(gold.text[: gold.start]):
        return "a number inside a name"
    return ""


def _close(a: Decimal, b: Decimal) -> bool:
    return a == b or abs(a - b) <= abs(b) * Decimal("1e-6")


def judge(gold: Gold, quantities: list[Any]) -> tuple[str, str]:
    """("found" | "other value" | "missed", what claimgraph gave at the span)."""
    want = gold.value / 100 if gold.unit.lower() in SUBUNITS else gold.value
    want *= COUNT_UNITS.get(gold.unit.lower(), 1)
    near = [q for q in quantities if q.start < gold.end and q.end > gold.start]
    if _two_levels(gold, near):
        return "found", ""
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


def _two_levels(gold: Gold, near: list[Any]) -> bool:
    """A quantulum3 range "from X to Y" (gold = mean) read as two levels whose mean is the gold value."""
    ends = sorted((q for q in near if q.low is not None and q.low == q.high), key=lambda q: q.start)
    if len(ends) != 2 or " to " not in gold.surface:
        return False
    return _close((Decimal(ends[0].low) + Decimal(ends[1].low)) / 2, gold.value)


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
        in_scope = [v for v in verdicts if not out_of_scope(v[0])]
        outside = Counter(out_of_scope(v[0]) for v in verdicts if out_of_scope(v[0]))
        raw = sum(v[1] == "found" for v in verdicts) / max(len(verdicts), 1) * 100
        rec = sum(v[1] == "found" for v in in_scope) / max(len(in_scope), 1) * 100
        causes = Counter(v[1] for v in in_scope if v[1] != "found")
        print(f"{suite:16} {len(verdicts):5} {len(in_scope):8} {raw:7.1f} {rec:10.1f}  {dict(causes)}")
        if outside:
            print(f"{'':16} out of scope: {dict(outside)}")
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
