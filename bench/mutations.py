"""Mutation bench for the checker: plant the slips a writer makes and count how many the checker catches.

    .venv/bin/python bench/mutations.py [--gold DIR] [--passages JSONL] [--errors]

For every consistent stated relation of a gold set (../shared/realnews/gold, relations with their operands
and stated figure), and for every consistent check the checker finds in the consistent passages of
corpus/checks, one figure of the relation is changed in the text the way a slip would change it: a digit
changed, two digits transposed, x10, /10, million <-> billion, and for a stated move its direction word
(rose <-> fell). A mutation *breaks* the relation when, recomputed with the relation's own arithmetic, the
result no longer overlaps the stated figure's interval (its rounding, hedges 10% relative, as in
CONVENTIONS.md); only those count. The arithmetic is the bench's own, not the checker's: for each relation
type a few candidate formulas (for a percent change: (new - old) / old, a fall from a level and its amount,
...) and the one that makes the original text consistent is the relation's. A breaking slip is *caught*
when the checker, run on the mutated text, says inconsistent on a check that touches a figure of the
relation. Figures in no relation are mutated the same way (no direction words): a *false alarm* is a
mutated text with more inconsistent checks than the original.

The last line printed is a JSON summary.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
REALNEWS = ROOT.parent / "shared" / "realnews"
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
SCALES = {"million": "billion", "billion": "million"}
# a move's direction word and its opposite (the slip 'rose' for 'fell')
DIRECTIONS = {"rose": "fell", "fell": "rose", "up": "down", "down": "up", "increased": "decreased",
              "decreased": "increased", "gained": "lost", "lost": "gained", "jumped": "dropped",
              "dropped": "jumped", "climbed": "declined", "declined": "climbed", "slipped": "climbed",
              "advanced": "declined", "grew": "shrank", "increase": "decrease", "decrease": "increase",
              "decline": "increase", "drop": "rise", "rise": "drop", "gain": "loss", "higher": "lower",
              "lower": "higher", "tumbled": "jumped", "soared": "slumped", "edged up": "edged down",
              "edged down": "edged up", "inched up": "inched down"}
DIRECTION = re.compile(r"\b(" + "|".join(sorted(map(re.escape, DIRECTIONS), key=len, reverse=True)) + r")\b")
HEDGE = Decimal("0.10")  # CONVENTIONS.md: a hedged figure allows 10% relative
RATE_TOLERANCE = Decimal("0.02")  # a conversion against the article's rate


# ------------------------------------------------------------------ figures as intervals (CONVENTIONS.md)
def band(fig: dict) -> tuple[Decimal | None, Decimal | None]:
    """The values a figure as written allows: its rounding interval, widened 10% when hedged, one-sided for
    'more than' / 'less than'."""
    low, high = Decimal(str(fig["low"])), Decimal(str(fig["high"]))
    half = _half(fig["text"], low, fig.get("kind"))
    cmp = fig.get("comparator")
    if cmp in ("gt", "ge"):
        return low - half, None
    if cmp in ("lt", "le"):
        return Decimal(0), high + half
    lo, hi = low - half, high + half
    if cmp == "approx":
        lo, hi = lo - abs(low) * HEDGE, hi + abs(high) * HEDGE
    return lo, hi


def _half(text: str, value: Decimal, kind: str | None) -> Decimal:
    written = NUMBER.findall(text)
    if not written or value == 0:
        return Decimal(0)
    w = written[-1].replace(",", "")
    n = Decimal(w)
    if n == 0:
        return Decimal(0)
    scale = abs(value / n)
    if "." in w:
        return Decimal(5) / Decimal(10) ** (len(w.split(".")[1]) + 1) * scale
    zeros = 0 if kind == "percent" or scale >= 1000 else len(w) - len(w.rstrip("0"))
    return Decimal(5) * Decimal(10) ** zeros / 10 * scale


def _corners(fn, bands: list[tuple[Decimal | None, Decimal | None]]) -> tuple[Decimal, Decimal] | None:
    """The range of fn over the operands' intervals (the formulas are monotone in each operand)."""
    if any(lo is None or hi is None for lo, hi in bands):
        return None
    values = []
    for corner in itertools.product(*bands):
        try:
            values.append(abs(fn(*corner)))
        except (ArithmeticError, ValueError, TypeError):
            return None
    return min(values), max(values)


def _overlap(rng: tuple[Decimal, Decimal], stated: tuple[Decimal | None, Decimal | None]) -> bool:
    lo, hi = stated
    return (hi is None or rng[0] <= hi) and (lo is None or rng[1] >= lo)


H = Decimal(100)
FORMULAS: dict[str, list[Any]] = {
    "percent_change": [lambda a, b: H * (b - a) / a, lambda a, b: H * (a - b) / b, lambda a, b: H * b / (a + b),
                       lambda a, b: H * b / (a - b)],
    "change": [lambda a, b: b - a],
    "ratio": [lambda a, b: H * a / b, lambda a, b: H * b / a, lambda a, b: a * b, lambda a, b: a * b / H,
              lambda a, b: a / b, lambda a, b: b / a],
    "share": [lambda a, b: H * a / b, lambda a, b: H * b / a, lambda a, b: a * b / H, lambda a, b: a / b,
              lambda a, b: b / a, lambda a, b: a * b],
    "multiple": [lambda a, b: b / a, lambda a, b: a / b, lambda a, b: (a - b) / a],
    "same_figure": [lambda a: a],
    "sum": [lambda *xs: sum(xs)],
    "conversion": [lambda a: a],  # the stated conversion over its operand: the rate, judged against the original
}


def model(rel: dict) -> Any:
    """The relation's formula: the candidate that makes the original text consistent, else None."""
    ops, stated = rel["operands"], rel["stated"]
    if rel["type"] == "conversion":
        return "rate" if band(ops[0])[0] and band(stated)[0] else None
    for fn in FORMULAS.get(rel["type"], []):
        for order in (ops, ops[::-1]) if len(ops) == 2 else (ops,):
            rng = _corners(fn, [band(o) for o in order])
            if rng is not None and _overlap(rng, band(stated)):
                return fn, order is not ops
    return None


def consistent(rel: dict, formula, original: dict) -> bool:
    """Whether the (mutated) relation still holds under its formula."""
    ops, stated = rel["operands"], rel["stated"]
    if formula == "rate":
        rate = _corners(lambda s, a: s / a, [band(stated), band(ops[0])])
        was = _corners(lambda s, a: s / a, [band(original["stated"]), band(original["operands"][0])])
        if rate is None or was is None:
            return True
        return _overlap(rate, (was[0] * (1 - RATE_TOLERANCE), was[1] * (1 + RATE_TOLERANCE)))
    fn, swapped = formula
    order = ops[::-1] if swapped else ops
    rng = _corners(fn, [band(o) for o in order])
    return rng is None or _overlap(rng, band(stated))


# ------------------------------------------------------------------ slips
def _fmt(v: Decimal, like: str) -> str:
    decimals = len(like.split(".")[1]) if "." in like else 0
    text = f"{v:,.{decimals}f}" if "," in like else f"{v:.{decimals}f}"
    return text


def slips(fig: dict) -> list[tuple[str, str, Decimal]]:
    """(kind, new figure text, factor on the value) for the slips that apply to a figure."""
    text = fig["text"]
    out = []
    m = NUMBER.search(text)
    if m and len(NUMBER.findall(text)) == 1:
        w = m.group()
        digits = [i for i, ch in enumerate(w) if ch.isdigit()]
        n = Decimal(w.replace(",", ""))
        first = digits[0]
        d = int(w[first])
        new_digit = str(d + 1 if d < 9 else d - 1)
        changed = w[:first] + new_digit + w[first + 1:]
        out.append(("digit", changed))
        if len(digits) > 1 and w[digits[0]] != w[digits[1]]:
            a, b = digits[0], digits[1]
            chars = list(w)
            chars[a], chars[b] = chars[b], chars[a]
            if chars[digits[0]] != "0":
                out.append(("transpose", "".join(chars)))
        out.append(("x10", _fmt(n * 10, w)))
        decimals = len(w.split(".")[1]) + 1 if "." in w else (0 if n % 10 == 0 else 1)
        out.append(("/10", f"{n / 10:,.{decimals}f}" if "," in w else f"{n / 10:.{decimals}f}"))
        result = [(kind, text[:m.start()] + new + text[m.end():], Decimal(new.replace(",", "")) / n)
                  for kind, new in out if n]
    else:
        result = []
    for word, other in SCALES.items():
        if re.search(rf"\b{word}\b", text):
            factor = Decimal(1000) if word == "million" else Decimal("0.001")
            result.append(("scale", re.sub(rf"\b{word}\b", other, text, count=1), factor))
            break
    return result


def mutated(fig: dict, factor: Decimal) -> dict:
    return dict(fig, low=Decimal(str(fig["low"])) * factor, high=Decimal(str(fig["high"])) * factor)


def direction_word(text: str, fig: dict) -> re.Match | None:
    """The direction word of a stated move: the last one in the 60 characters before the figure, else one
    right after it ('a 13% increase')."""
    before = list(DIRECTION.finditer(text, max(0, fig["start"] - 60), fig["start"]))
    if before:
        return before[-1]
    return DIRECTION.match(text, fig["end"] + 1) if fig["end"] < len(text) else None


# ------------------------------------------------------------------ relations of a gold set and of the passages
def _locate(text: str, s: str, occurrence: int = 1) -> int:
    i = -1
    for _ in range(occurrence):
        i = text.find(s, i + 1)
        if i < 0:
            return -1
    return i


def gold_cases(gold_dir: Path, docs_dir: Path):
    """(name, date, text, relations, other figures) per gold document: relations are the consistent,
    non-optional ones; other figures are those in no relation at all."""
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (docs_dir / f"{gold.get('doc', path.stem)}.txt").read_text(encoding="utf-8")
        figs = {}
        for q in gold.get("quantities", []):
            start = _locate(text, q["text"], q.get("occurrence", 1))
            if start >= 0:
                figs[(q["text"], q.get("occurrence", 1))] = dict(q, start=start, end=start + len(q["text"]))
        rels, used = [], set()
        for r in gold.get("relations", []):
            keys = [(r["stated"], r.get("stated_occurrence", 1))] + list(
                zip(r["operands"], r.get("operand_occurrences", [1] * len(r["operands"])), strict=False))
            used.update(keys)
            if r["verdict"] != "consistent" or r.get("optional") or any(k not in figs for k in keys):
                continue
            rels.append({"type": r["type"], "stated": figs[keys[0]], "operands": [figs[k] for k in keys[1:]]})
        others = [f for k, f in figs.items() if k not in used and f["kind"] in ("money", "percent", "count")]
        yield path.stem, gold["reference_date"], text, rels, others


def passage_cases(path: Path, nlp):
    """The same from the consistent passages: the relations are the consistent checks of the passage's type."""
    import claimgraph

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        e = json.loads(line)
        if e["expect"] != "consistent":
            continue
        report = claimgraph.extract(e["text"], date=e.get("date"), nlp=nlp)
        qs = {q.id: _fig(q) for q in report.quantities}
        rels, used = [], set()
        for c in report.checks:
            ids = ([c.stated] if c.stated else []) + list(c.operands)
            used.update(ids)
            known = c.stated in qs and all(i in qs for i in c.operands)
            if c.type == e["type"] and c.verdict == "consistent" and known:
                rels.append({"type": c.type, "stated": qs[c.stated], "operands": [qs[i] for i in c.operands
                                                                                     if i != c.stated]})
        others = [f for i, f in qs.items() if i not in used and f["kind"] in ("money", "percent", "count")]
        yield e["id"], e.get("date"), e["text"], rels, others


def _fig(q) -> dict:
    return {"text": q.text, "start": q.start, "end": q.end, "low": q.low, "high": q.high, "kind": q.kind,
            "comparator": q.comparator}


# ------------------------------------------------------------------ running the checker
def _inconsistent(report) -> list[list[tuple[int, int]]]:
    """Spans of the figures of every inconsistent check, one list of spans per check."""
    qs = {q.id: (q.start, q.end) for q in report.quantities}
    out = []
    for c in report.checks:
        if c.verdict == "inconsistent":
            out.append([qs[i] for i in ([c.stated] if c.stated else []) + list(c.operands) if i in qs])
    return out


def _shift(span: tuple[int, int], at: int, delta: int) -> tuple[int, int]:
    return (span[0] + delta if span[0] >= at else span[0], span[1] + delta if span[1] > at else span[1])


def run(cases, nlp, stats: Counter, errors: list, source: str) -> None:
    import claimgraph

    for name, date, text, rels, others in cases:
        base = len(_inconsistent(claimgraph.extract(text, date=date, nlp=nlp)))
        for rel in rels:
            formula = model(rel)
            if formula is None:
                stats["unmodelled relations"] += 1
                continue
            for fig in [rel["stated"]] + rel["operands"]:
                for kind, new_text, factor in slips(fig):
                    changed = _with(rel, fig, mutated(fig, factor))
                    if consistent(changed, formula, rel):
                        stats["non-breaking"] += 1
                        continue
                    _try(text, date, nlp, rel, fig, fig["start"], fig["end"], new_text, kind, stats, errors,
                         f"{source} {name}")
            word = direction_word(text, rel["stated"]) if rel["type"] in ("percent_change", "change") else None
            if word is not None and Decimal(str(rel["stated"]["low"])) > 0:
                _try(text, date, nlp, rel, rel["stated"], word.start(), word.end(), DIRECTIONS[word.group()],
                     "direction", stats, errors, f"{source} {name}")
        for fig in others:
            for kind, new_text, _ in slips(fig):
                stats["other mutations"] += 1
                mutated_text = text[:fig["start"]] + new_text + text[fig["end"]:]
                if len(_inconsistent(claimgraph.extract(mutated_text, date=date, nlp=nlp))) > base:
                    stats["false alarms"] += 1
                    errors.append(f"false alarm: {source} {name}: {fig['text']!r} -> {new_text!r} ({kind})")


def _with(rel: dict, fig: dict, new: dict) -> dict:
    return {"type": rel["type"], "stated": new if rel["stated"] is fig else rel["stated"],
            "operands": [new if o is fig else o for o in rel["operands"]]}


def _try(text, date, nlp, rel, fig, start, end, new_text, kind, stats, errors, where) -> None:
    import claimgraph

    stats["breaking"] += 1
    stats[f"breaking {kind}"] += 1
    mutated_text = text[:start] + new_text + text[end:]
    delta = len(new_text) - (end - start)
    spans = [_shift((f["start"], f["end"]), end, delta) for f in [rel["stated"]] + rel["operands"]]
    flagged = _inconsistent(claimgraph.extract(mutated_text, date=date, nlp=nlp))
    if any(a < d and c < b for check in flagged for a, b in check for c, d in spans):
        stats["caught"] += 1
        stats[f"caught {kind}"] += 1
    else:
        errors.append(f"missed: {where}: {rel['type']} stated {rel['stated']['text']!r}: "
                      f"{text[start:end]!r} -> {new_text!r} ({kind})")


def summary(stats: Counter) -> dict:
    pct = lambda a, b: round(100 * stats[a] / stats[b], 1) if stats[b] else None  # noqa: E731
    out: dict[str, Any] = {
        "breaking": stats["breaking"], "caught": stats["caught"], "caught_pct": pct("caught", "breaking"),
        "other_mutations": stats["other mutations"], "false_alarms": stats["false alarms"],
        "false_alarm_pct": pct("false alarms", "other mutations"), "non_breaking": stats["non-breaking"],
        "unmodelled_relations": stats["unmodelled relations"]}
    out["by_slip"] = {k.split(" ", 1)[1]: f"{stats['caught ' + k.split(' ', 1)[1]]}/{v}"
                      for k, v in sorted(stats.items()) if k.startswith("breaking ")}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=REALNEWS / "gold", help="gold relations (realnews format)")
    ap.add_argument("--docs", type=Path, help="the gold's documents (default: the gold folder's ../docs)")
    ap.add_argument("--passages", type=Path, default=ROOT / "corpus" / "checks" / "passages.jsonl")
    ap.add_argument("--no-gold", action="store_true")
    ap.add_argument("--no-passages", action="store_true")
    ap.add_argument("--errors", action="store_true", help="list every missed slip and false alarm")
    args = ap.parse_args(argv)

    import claimgraph

    nlp = claimgraph.load()
    result = {}
    for source, enabled in (("gold", not args.no_gold), ("passages", not args.no_passages)):
        if not enabled:
            continue
        stats: Counter = Counter()
        errors: list[str] = []
        if source == "gold":
            if not args.gold.exists():
                sys.stderr.write(f"mutations: {args.gold}: no such folder\n")
                return 2
            cases = gold_cases(args.gold, args.docs or args.gold.parent / "docs")
        else:
            cases = passage_cases(args.passages, nlp)
        run(cases, nlp, stats, errors, source)
        result[source] = summary(stats)
        if args.errors:
            print("\n".join(errors))
        s = result[source]
        print(f"{source}: {s['caught']}/{s['breaking']} breaking slips caught ({s['caught_pct']}%), "
              f"{s['false_alarms']}/{s['other_mutations']} other mutations flagged ({s['false_alarm_pct']}%); "
              f"by slip {s['by_slip']}; {s['unmodelled_relations']} relations unmodelled")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
