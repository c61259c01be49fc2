#!/usr/bin/env python
"""NewsQuant benchmark: claimgraph against quantulum3, scored the way the CQE paper scored them.

    python bench/newsquant.py --data ../shared/newsquant/newsquant-dev.json [--errors] [--limit N]
    python bench/newsquant.py --data ... --only quantulum3
    python bench/newsquant.py --self-test

The scorer reimplements `calculate_metrics` of the CQE evaluation (Almasian et al., EMNLP 2023,
satya77/CQE_Evaluation, evaluate_models.py), including its quirks, so our numbers can be set beside the
published ones. Unit names are translated to NewsQuant's with the data table bench/newsquant_units.json;
what the extractor outputs is never changed. Three conventions are mapped on a copy, each stated where it
is made: subunits (as_written_subunit), a fall written with a minus sign (as_signed_fall) and a change
between two levels, "from X to Y", which NewsQuant annotates as one range (as_newsquant_ranges). The data
file is read by path and never copied.
"""

from __future__ import annotations

import argparse
import inspect
import json
import math
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import import_claimgraph as _import_claimgraph  # noqa: E402  (the benches' shared helper)

Value = float | tuple[float, float]
# A prediction is a plain dict: "value" (Value), "normalized_unit" (str), "change" (str or None),
# plus free-form keys for the error listing ("text", "kind"). Gold records are the file's dicts.
Prediction = dict[str, Any]
Table = Mapping[str, Any]

UNITS_PATH = Path(__file__).with_name("newsquant_units.json")
CLAIMGRAPH_RUNS = 3  # best of N timed passes; quantulum3 is timed once (it is slow)


# ---------------------------------------------------------------- values


def gold_value(raw: Any, average_ranges: bool = False) -> Value:
    """Decode a gold value as CQE does: "1.0-1.5" is a range, "-1.3" (leading minus) and "1E-5" are not.

    CQE averages gold ranges into one number when scoring quantulum3, whose ranges come out averaged.
    """
    if isinstance(raw, str) and "E" not in raw and not raw.startswith("-") and "-" in raw:
        parts = raw.split("-")
        low, high = float(parts[0]), float(parts[1])
        return (low + high) / 2 if average_ranges else (low, high)
    return float(raw)


def model_value(low: Any, high: Any) -> Value:
    """A (low, high) tuple for a true range, else one float; a missing end takes the other end."""
    if low is None:
        low = high
    if high is None:
        high = low
    if low is None:
        return math.nan  # no value at all: counted as a prediction, matches nothing
    return (float(low), float(high)) if low != high else float(low)


def _close(gold: float, model: float) -> bool:
    # np.isclose(gold, model, rtol=1e-5, atol=1e-8): the tolerance scales with the second argument.
    return abs(gold - model) <= 1e-8 + 1e-5 * abs(model)


def values_match(gold: Value, model: Value) -> bool:
    if isinstance(gold, tuple) and isinstance(model, tuple):
        return _close(gold[0], model[0]) and _close(gold[1], model[1])
    if isinstance(gold, tuple) or isinstance(model, tuple):
        return False  # a range never matches a single number
    return _close(gold, model)


# ---------------------------------------------------------------- scoring


def _unit_key(item: Mapping[str, Any]) -> str:
    return str(item["normalized_unit"])


def _score_sentence(
    gold: Sequence[Mapping[str, Any]],
    predictions: Sequence[Prediction],
    average_ranges: bool,
    with_change: bool,
) -> dict[str, Any]:
    """Score one sentence; also record what matched what, for --errors."""
    # Both sides are sorted by normalized_unit before matching, as in CQE (raw strings, not lowercased).
    preds = sorted(predictions, key=_unit_key)
    golds = sorted(gold, key=_unit_key)
    remaining = len(golds)  # caps correct values at the number of gold quantities in the sentence
    value = unit = change = 0
    gold_status: list[tuple[Mapping[str, Any], str, Prediction | None]] = []
    value_hit: set[int] = set()  # ids of predictions whose value matched some gold
    for g in golds:
        gv = gold_value(g["value"], average_ranges)
        gu = str(g["normalized_unit"]).lower()
        status, shown = "miss", None
        for p in preds:
            if not values_match(gv, p["value"]):
                continue
            # CQE quirk, kept on purpose because it produced the published numbers: after a value match
            # whose unit differs, the loop goes on scanning, so one gold can score its value (within the
            # per-sentence cap) and its change (uncapped) more than once.
            if remaining > 0:
                value += 1
                remaining -= 1
            if with_change and p.get("change") == g.get("change"):
                change += 1
            value_hit.add(id(p))
            status, shown = ("unit", shown or p)
            if str(p["normalized_unit"]).lower() == gu:
                unit += 1
                preds = sorted((x for x in preds if x is not p), key=_unit_key)
                status, shown = "ok", p
                break
        gold_status.append((g, status, shown))
    unused = [p for p in preds if id(p) not in value_hit]
    return {"value": value, "value+unit": unit, "value+change": change, "gold": gold_status, "spurious": unused}


def _prf(correct: int, total_gold: int, total_pred: int) -> dict[str, float]:
    p = correct / total_pred if total_pred else 0.0
    r = correct / total_gold if total_gold else 0.0
    if p + r == 0:
        return {"P": 0.0, "R": 0.0, "F1": 0.0}
    return {"P": round(p * 100, 1), "R": round(r * 100, 1), "F1": round(2 * p * r / (p + r) * 100, 1)}


def score(
    records: Sequence[Mapping[str, Any]],
    predictions: Sequence[Sequence[Prediction]],
    *,
    average_ranges: bool = False,
    with_change: bool = True,
) -> dict[str, Any]:
    """P/R/F1 (x100, 1 decimal) for value, value+unit and (if with_change) value+change, as in CQE.

    `predictions[i]` are the predictions for `records[i]`. CQE scores quantulum3 with average_ranges=True
    and without change (quantulum3 has none).
    """
    if len(records) != len(predictions):
        raise ValueError(f"{len(records)} records but {len(predictions)} prediction lists")
    types = ["value", "value+unit"] + (["value+change"] if with_change else [])
    correct = dict.fromkeys(types, 0)
    total_gold = total_pred = 0
    for record, preds in zip(records, predictions, strict=False):
        total_gold += len(record["quantities"])
        total_pred += len(preds)
        sentence = _score_sentence(record["quantities"], preds, average_ranges, with_change)
        for t in types:
            correct[t] += sentence[t]
    result: dict[str, Any] = {"sentences": len(records), "gold": total_gold, "predicted": total_pred,
                              "correct": correct}
    for t in types:
        result[t] = _prf(correct[t], total_gold, total_pred)
    return result


# ---------------------------------------------------------------- claimgraph -> NewsQuant


def load_table(path: Path = UNITS_PATH) -> dict[str, Any]:
    with path.open(encoding="utf8") as f:
        return json.load(f)


def _singular(word: str, rules: Table) -> str:
    if word in rules["irregular"]:
        return rules["irregular"][word]
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith(tuple(rules["keep_endings"])):
        return word[:-1]
    return word


def count_unit(unit_text: str, rules: Table) -> str:
    """'European countries' -> 'european country'; 'snaps of man coverage' -> 'snap man coverage'."""
    words = [_singular(w, rules) for w in unit_text.lower().split() if w not in rules["drop_words"]]
    name = " ".join(words)
    return rules["overrides"].get(name, name)


def newsquant_unit(q: Any, table: Table) -> str:
    """NewsQuant's normalized_unit for one claimgraph Quantity (read-only)."""
    kind, unit, unit_text = q.kind, q.unit, q.unit_text
    if kind == "number" and unit and unit_text:
        name = unit.lower()  # an index's move written in points ('fell 58.06 points'); a bare level is '-' there
    elif kind in table["kinds"]:
        name = table["kinds"][kind]
    elif kind == "count":
        if unit_text:
            name = count_unit(unit_text, table["count"])
        else:
            name = (unit or "-").lower()
    elif kind == "duration":
        base = table["duration"].get(unit, (unit or "-").lower())
        words = set(re.findall(r"[a-z]+", (unit_text or "").lower()))
        if words & set(table["age"]["words"]):
            return table["age"]["format"].format(unit=base)  # an age is never a rate
        name = base
    elif kind in ("money", "percent", "physical"):
        section = table[kind]
        name = section.get(unit) or section.get((unit or "").lower()) or (unit or "-").lower()
    else:
        name = (unit or "-").lower()
    per = getattr(q, "per", None)
    if per and kind in table["per_kinds"]["kinds"] and not name.endswith(f" per {per}"):
        name = f"{name} per {per}"
    return name


def newsquant_change(q: Any, text: str) -> str:
    """A rise or fall stated by a verb wins; else the comparator; else '='.

    NewsQuant marks a figure up/down when a verb moves it ("rose 5%"); in "a 19% drop" the noun is the
    quantity's concept and its change is '='. claimgraph says down in both and names the cue in change_text,
    so a cue written right after the figure, or after the one noun it changes ("a 5% pay rise"), maps to '='.
    'an estimated' is no comparator under CONVENTIONS.md (its gold writes null) and approximate in NewsQuant's:
    a difference of form, mapped here.
    """
    cue = q.change_text
    if q.kind == "count" and cue in _count_moves():
        # NewsQuant gives no direction to a count a verb adds or removes ('eliminating about 6,650 roles' is '~');
        # CONVENTIONS' gold does ('layoffs of 8,000 employees': down): a difference of form, mapped here
        return {"approx": "~", "lt": "<", "le": "<", "gt": ">", "ge": ">"}.get(q.comparator or "", "=")
    after = text[q.end:].lower().split()[:2]
    noun_cue = bool(cue) and cue != "-" and bool(after) and (after[0].startswith(cue)
                                                            or len(after) == 2 and after[1].startswith(cue))
    if q.change in ("up", "down") and not noun_cue:
        return q.change
    if q.comparator is None and (getattr(q, "hedge", None) or "") in ESTIMATED:
        return "~"  # NewsQuant marks 'an estimated 5 million' approximate; CONVENTIONS.md gives it no comparator
    return {"approx": "~", "lt": "<", "le": "<", "gt": ">", "ge": ">"}.get(q.comparator or "", "=")


ESTIMATED = ("an estimated", "estimated")


def _count_moves() -> frozenset[str]:
    """The verbs that move a headcount or customer base (claimgraph's vocab.json count_moves)."""
    from claimgraph.resources import load_json

    moves = load_json("vocab.json")["count_moves"]
    return frozenset(moves["up"]) | frozenset(moves["down"])


SUBUNIT_WORDS = {"cent": "cent", "cents": "cent", "c": "cent", "pence": "penny", "p": "penny", "penny": "penny",
                 "sen": "sen"}


def as_written_subunit(q: Any) -> Any:
    """NewsQuant states a subunit amount in the subunit ("84.75 cents" = 84.75 cent); claimgraph states it in
    the main unit (0.8475 USD, CONVENTIONS.md). The bench maps theirs to ours on a copy, by the unit as written."""
    words = (q.unit_text or "").lower().split()
    sub = SUBUNIT_WORDS.get(words[-1]) if q.kind == "money" and words else None
    if sub is None:
        return q
    low, high = (None if v is None else v * 100 for v in (q.low, q.high))
    return q.model_copy(update={"unit": sub, "low": low, "high": high})


def as_signed_fall(q: Any) -> Any:
    """NewsQuant writes a fall given with a minus sign as a negative value ('CAC -1.7%' = -1.7, change down);
    CONVENTIONS.md gives declines as the stated magnitude with the direction in change. The bench maps ours to
    theirs on a copy: a figure written with a leading minus and change down is scored negated."""
    if q.change != "down" or not q.text.startswith(("-", "\u2212")) or q.low is None or q.low < 0:
        return q
    return q.model_copy(update={"low": -q.high, "high": -q.low})


def as_newsquant_ranges(quantities: list[Any], text: str) -> list[Any]:
    """NewsQuant annotates a change between two levels ("fell from $2,415 to $2,315") as one range, in the
    order written; claimgraph states the two levels as two figures (CONVENTIONS.md: the levels a change
    compares). The bench maps ours to theirs on a copy: two single figures of one kind and unit written
    "from X to Y" are scored as the range (X, Y), with the first one's change."""
    out: list[Any] = []
    for q in quantities:
        prev = out[-1] if out else None
        if prev is not None and prev.low == prev.high and q.low == q.high \
                and (prev.kind, prev.unit) == (q.kind, q.unit) and text[prev.end:q.start] == " to " \
                and text[:prev.start].lower().endswith("from "):
            out[-1] = prev.model_copy(update={"high": q.low, "end": q.end, "text": text[prev.start:q.end]})
            continue
        out.append(q)
    return out


def claimgraph_predictions(report: Any, table: Table, text: str) -> list[Prediction]:
    return [
        {
            "value": model_value(q.low, q.high),
            "normalized_unit": newsquant_unit(q, table),
            "change": newsquant_change(q, text),
            "text": q.text,
            "kind": q.kind,
        }
        for q in as_newsquant_ranges([as_signed_fall(as_written_subunit(q)) for q in report.quantities], text)
    ]


def import_claimgraph() -> ModuleType:
    return _import_claimgraph("newsquant", ("load", "extract_many"), "; pass --only quantulum3")


def _extract_kwargs(claimgraph: ModuleType, claims: bool) -> dict[str, Any]:
    # older claimgraph versions have no claims stage (and no keyword for it)
    params = inspect.signature(claimgraph.extract_many).parameters
    return {"claims": claims} if "claims" in params else {}


def run_claimgraph(texts: list[str], table: Table) -> tuple[list[list[Prediction]], float]:
    """Predictions and the best time (s) of CLAIMGRAPH_RUNS passes of extract_many, load excluded.
    Timed as quantulum3's job is: the figures (claimgraph's periods included), without claims."""
    claimgraph = import_claimgraph()
    nlp = claimgraph.load()
    best, reports = math.inf, []
    for _ in range(CLAIMGRAPH_RUNS):
        start = time.perf_counter()
        reports = list(claimgraph.extract_many(texts, nlp=nlp, **_extract_kwargs(claimgraph, False)))
        best = min(best, time.perf_counter() - start)
    if len(reports) != len(texts):
        sys.exit(f"newsquant: extract_many gave {len(reports)} reports for {len(texts)} texts")
    return [claimgraph_predictions(r, table, t) for r, t in zip(reports, texts, strict=False)], best


def time_claimgraph_with_claims(texts: list[str]) -> float | None:
    """Best time (s) of the whole Report, claims and claim graph included; None if there is no claims stage."""
    claimgraph = import_claimgraph()
    kwargs = _extract_kwargs(claimgraph, True)
    if not kwargs:
        return None
    nlp = claimgraph.load()
    best = math.inf
    for _ in range(CLAIMGRAPH_RUNS):
        start = time.perf_counter()
        list(claimgraph.extract_many(texts, nlp=nlp, **kwargs))
        best = min(best, time.perf_counter() - start)
    return best


# ---------------------------------------------------------------- quantulum3


def run_quantulum3(texts: list[str], table: Table) -> tuple[list[list[Prediction]], float]:
    """quantulum3 as the CQE authors ran it: value res.value, unit res.unit.name through their table."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "classifier dependencies not installed": noted in the output
        from quantulum3 import parser
    names: Table = table["quantulum3"]
    parser.parse("warm up: 3 km and $5")  # first call loads quantulum3's unit tables; keep it out of the timing
    start = time.perf_counter()
    parsed = [parser.parse(text) for text in texts]
    elapsed = time.perf_counter() - start
    predictions = [
        [
            {
                "value": float(res.value),
                "normalized_unit": names.get(res.unit.name.lower(), res.unit.name).strip(),
                "change": None,
                "text": res.surface,
            }
            for res in results
        ]
        for results in parsed
    ]
    return predictions, elapsed


def quantulum3_has_classifier() -> bool:
    try:
        import sklearn  # noqa: F401  (quantulum3's optional unit disambiguator needs it)
    except ImportError:
        return False
    return True


PAIRED_ROUNDS = 3


def paired_speeds(texts: list[str], words: int) -> tuple[float, float, float]:
    """(claimgraph words/s, quantulum3 words/s, their ratio), each the median of PAIRED_ROUNDS rounds; a round
    times one claimgraph pass (figures, no claims, as run_claimgraph) and one quantulum3 pass back to back,
    so a change in the machine's load between rounds moves both sides of that round's ratio alike."""
    import statistics

    claimgraph = import_claimgraph()
    nlp = claimgraph.load()
    kwargs = _extract_kwargs(claimgraph, False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser
    cg, q3 = [], []
    for _ in range(PAIRED_ROUNDS):
        start = time.perf_counter()
        list(claimgraph.extract_many(texts, nlp=nlp, **kwargs))
        cg.append(time.perf_counter() - start)
        start = time.perf_counter()
        for text in texts:
            parser.parse(text)
        q3.append(time.perf_counter() - start)
    ratio = statistics.median(q / c for c, q in zip(cg, q3, strict=True))
    return words / statistics.median(cg), words / statistics.median(q3), ratio


# ---------------------------------------------------------------- output


def print_table(rows: Iterable[tuple[str, str, Mapping[str, float]]]) -> None:
    print(f"{'system':<14}{'type':<14}{'P':>6}{'R':>7}{'F1':>7}")
    for system, kind, m in rows:
        print(f"{system:<14}{kind:<14}{m['P']:>6.1f}{m['R']:>7.1f}{m['F1']:>7.1f}")


def _fmt_value(v: Value) -> str:
    # 12 significant digits: exact for index levels like 16369.03, no exponent for 1200000000.
    return f"{v[0]:.12g}-{v[1]:.12g}" if isinstance(v, tuple) else f"{v:.12g}"


def print_errors(
    system: str,
    records: Sequence[Mapping[str, Any]],
    predictions: Sequence[Sequence[Prediction]],
    average_ranges: bool,
    with_change: bool,
) -> None:
    """Each sentence with a miss, a unit or change mismatch or a spurious prediction, to fix the extractor."""
    print(f"\n=== errors: {system} (gold: ok / unit = value found, unit differs / miss; pred: spurious) ===")
    shown = 0
    for i, (record, preds) in enumerate(zip(records, predictions, strict=False)):
        s = _score_sentence(record["quantities"], preds, average_ranges, with_change)
        lines = []
        for g, status, p in s["gold"]:
            if status == "ok" and with_change and p is not None and p.get("change") != g.get("change"):
                status = "change"
            if status == "ok":
                continue
            got = ""
            if p is not None:
                got = f"  <- {p.get('text')!r} {_fmt_value(p['value'])} [{p['normalized_unit']}] {p.get('change')}"
            lines.append(f"  {status:<7}gold {g['value']} [{g['normalized_unit']}] {g.get('change')}{got}")
        for p in s["spurious"]:
            kind = f" ({p['kind']})" if p.get("kind") else ""
            lines.append(
                f"  spurious pred {p.get('text')!r} {_fmt_value(p['value'])} [{p['normalized_unit']}] "
                f"{p.get('change')}{kind}"
            )
        if lines:
            shown += 1
            print(f"\n[{i}] {record['text']}")
            print("\n".join(lines))
    print(f"\n{shown} of {len(records)} sentences with errors")


# ---------------------------------------------------------------- self-test


def self_test() -> None:
    """Hand-made checks of the scorer and the unit mapping (no data file, no claimgraph needed)."""
    table = load_table()
    records = [
        {"text": "a", "quantities": [
            {"value": "12.0", "normalized_unit": "dollar", "change": "="},
            {"value": "1.0-1.5", "normalized_unit": "percentage", "change": "up"},
        ]},
        {"text": "b", "quantities": [{"value": "-1.3", "normalized_unit": "Americans", "change": "down"}]},
    ]
    gold_as_pred = [
        [{"value": gold_value(q["value"]), "normalized_unit": q["normalized_unit"], "change": q["change"]}
         for q in r["quantities"]]
        for r in records
    ]
    perfect = score(records, gold_as_pred)
    assert all(perfect[t] == {"P": 100.0, "R": 100.0, "F1": 100.0} for t in ("value", "value+unit", "value+change"))

    # Right value, wrong unit: counts for value, not for value+unit.
    one = [{"text": "c", "quantities": [{"value": "5", "normalized_unit": "dollar", "change": "="}]}]
    wrong_unit = score(one, [[{"value": 5.0, "normalized_unit": "euro", "change": "="}]])
    assert wrong_unit["value"]["F1"] == 100.0 and wrong_unit["value+unit"]["F1"] == 0.0
    # A spurious extra prediction halves precision only.
    extra = score(one, [[{"value": 5.0, "normalized_unit": "dollar", "change": "="},
                         {"value": 7.0, "normalized_unit": "-", "change": "="}]])
    assert extra["value+unit"] == {"P": 50.0, "R": 100.0, "F1": 66.7}
    # The CQE quirk: scanning goes on past a value match with the wrong unit, so change counts twice
    # (uncapped) while value stays capped at the number of gold quantities.
    quirk = score(one, [[{"value": 5.0, "normalized_unit": "dollar", "change": "="},
                         {"value": 5.0, "normalized_unit": "cent", "change": "="}]])
    assert quirk["correct"] == {"value": 1, "value+unit": 1, "value+change": 2}
    # Ranges: a range matches only a range; averaged gold ranges (quantulum3 scoring) match the midpoint.
    rng = [{"text": "d", "quantities": [{"value": "1.0-1.5", "normalized_unit": "percentage", "change": "="}]}]
    assert score(rng, [[{"value": (1.0, 1.5), "normalized_unit": "percentage", "change": "="}]])["value"]["F1"] == 100
    assert score(rng, [[{"value": 1.25, "normalized_unit": "percentage", "change": "="}]])["value"]["F1"] == 0
    midpoint = [[{"value": 1.25, "normalized_unit": "percentage", "change": None}]]
    assert score(rng, midpoint, average_ranges=True, with_change=False)["value+unit"]["F1"] == 100
    assert gold_value("-1.3") == -1.3 and gold_value("3.0 - 4.0") == (3.0, 4.0) and gold_value("1E-5") == 1e-5
    assert model_value(2, 2) == 2.0 and model_value(1, 2) == (1.0, 2.0) and values_match(1200000000.0, 1.2e9)

    # Unit and change mapping of claimgraph quantities.
    def q(kind: str, unit: str | None = None, unit_text: str | None = None, per: str | None = None,
          comparator: str | None = None, change: str | None = None, change_text: str | None = None,
          end: int = 1) -> SimpleNamespace:
        return SimpleNamespace(kind=kind, unit=unit, unit_text=unit_text, per=per, comparator=comparator,
                               change=change, change_text=change_text, low=1, high=1, text="x", end=end)

    cases: list[tuple[SimpleNamespace, str]] = [
        (q("count", "country", "European countries"), "european country"),
        (q("count", "snap", "snaps of man coverage"), "snap man coverage"),
        (q("count", "boss", "different bosses"), "different boss"),
        (q("count", "child", "children"), "child"),
        (q("count", "td", "TDs"), "touch down"),
        (q("duration", "year", "year-old"), "year of age"),
        (q("duration", "year", "years old"), "year of age"),
        (q("duration", "hour", "hours", per="week"), "hour per week"),
        (q("money", "USD", "$", per="month"), "dollar per month"),
        (q("money", "cent", "cents", per="share"), "cent per share"),
        (q("money", "penny", "p"), "point"),
        (q("percent", "pp", "percentage points"), "percentage"),
        (q("physical", "degree Celsius", "degrees Celsius"), "celsius"),
        (q("physical", "barrel", "barrels", per="day"), "barrel per day"),
        (q("physical", "mile per hour", "mph", per="hour"), "mile per hour"),
        (q("multiple", None, "sixfold"), "count"),
        (q("multiple", None, "times", per="minute"), "count per minute"),
        (q("number"), "-"),
        (q("rank"), "-"),
    ]
    for quantity, expected in cases:
        got = newsquant_unit(quantity, table)
        assert got == expected, (quantity, got, expected)
    assert newsquant_change(q("money", comparator="approx", change="up", change_text="rose"), "rose x") == "up"
    assert newsquant_change(q("money", comparator="le"), "x") == "<"
    assert newsquant_change(q("money", comparator="gt"), "x") == ">"
    assert newsquant_change(q("money", comparator="approx"), "x") == "~"
    assert newsquant_change(q("money"), "x") == "="
    assert newsquant_change(SimpleNamespace(**vars(q("count")), hedge="an estimated"), "x") == "~"
    # a change stated by a noun after the figure is NewsQuant's '=' ("a 19% drop")
    assert newsquant_change(q("percent", change="down", change_text="drop", end=3), "19% drop") == "="
    assert newsquant_change(q("percent", change="up", change_text="rise", end=2), "5% pay rise") == "="
    assert newsquant_change(q("count", change="down", change_text="eliminating", comparator="approx"),
                            "eliminating x") == "~"
    assert newsquant_change(q("percent", change="up", change_text="rose", end=7), "rose 5% in May") == "up"
    print("self-test ok")


# ---------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, help="NewsQuant JSON file (read in place, never copied)")
    ap.add_argument("--errors", action="store_true", help="list each sentence with a miss or spurious prediction")
    ap.add_argument("--limit", type=int, help="use only the first N sentences")
    ap.add_argument("--only", choices=("claimgraph", "quantulum3"), help="run one system only")
    ap.add_argument("--self-test", action="store_true", help="check the scorer on hand-made examples and exit")
    args = ap.parse_args(argv)
    if args.self_test:
        self_test()
        return 0
    if args.data is None:
        ap.error("--data is required (unless --self-test)")

    records: list[dict[str, Any]] = json.loads(args.data.read_text(encoding="utf8"))
    if args.limit is not None:
        records = records[: args.limit]
    texts = [r["text"] for r in records]
    words = sum(len(t.split()) for t in texts)
    table = load_table()

    # Each runner: (name, run, CQE scoring options). Change is scored for claimgraph only, as CQE
    # scored it only for systems that output one; quantulum3 is scored against averaged gold ranges.
    runners: list[tuple[str, Callable[[list[str], Table], tuple[list[list[Prediction]], float]], dict[str, bool]]] = [
        ("claimgraph", run_claimgraph, {"average_ranges": False, "with_change": True}),
        ("quantulum3", run_quantulum3, {"average_ranges": True, "with_change": False}),
    ]
    runners = [r for r in runners if args.only in (None, r[0])]
    outputs = {name: (*run(texts, table), opts) for name, run, opts in runners}

    n_gold = sum(len(r["quantities"]) for r in records)
    print(f"NewsQuant: {len(records)} sentences, {n_gold} gold quantities ({args.data})")
    rows = []
    for name, (preds, _, opts) in outputs.items():
        result = score(records, preds, **opts)
        rows += [(name, t, result[t]) for t in ("value", "value+unit", "value+change") if t in result]
    print_table(rows)

    speeds = {name: words / seconds if seconds > 0 else math.inf for name, (_, seconds, _) in outputs.items()}
    ratio = None
    if len(speeds) == 2:
        speeds["claimgraph"], speeds["quantulum3"], ratio = paired_speeds(texts, words)
    line = " · ".join(f"{name} {speed:,.0f} words/s" for name, speed in speeds.items())
    if ratio is not None:
        line += f" · ratio {ratio:.1f}x (median of {PAIRED_ROUNDS} rounds, each timing both systems back to back)"
    print(f"speed: {line}")
    if "claimgraph" in outputs:
        with_claims = time_claimgraph_with_claims(texts)
        if with_claims:
            line = f"claimgraph with claims and the claim graph {words / with_claims:,.0f} words/s"
            if "quantulum3" in speeds:
                line += f" · ratio {words / with_claims / speeds['quantulum3']:.1f}x"
            print(f"speed: {line}")
    if "quantulum3" in outputs and not quantulum3_has_classifier():
        print("note: quantulum3 ran without its optional classifier (scikit-learn not installed)")

    if args.errors:
        # The errors are for the extractor's author: claimgraph's, unless only quantulum3 ran.
        name = "claimgraph" if "claimgraph" in outputs else "quantulum3"
        preds, _, opts = outputs[name]
        print_errors(name, records, preds, **opts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
