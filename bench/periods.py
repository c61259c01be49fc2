#!/usr/bin/env python
"""Period benchmark: claimgraph's periods against the period corpus and, if given, TimeML DATE timexes.

    python bench/periods.py                                  # the period corpus only
    python bench/periods.py --data path/to/TimeBank/data/timeml [--data other.tml] [--errors]
    python bench/periods.py --self-test

Corpus (corpus/periods/*.jsonl, found next to this script): each phrasing is run against its line's
reference_date. It scores on dates when exactly one period is found and its (from_date, to_date) equal the
line's; it scores on grain when exactly one period is found and its grain is the line's. relative,
approximate and span are left to the test suite. A text in negatives.jsonl is wrong if it yields any period
(run, like the tests, against 2024-06-10).

TimeML (--data, TimeBank / TempEval-3 .tml; a directory means every *.tml under it): the tags inside <TEXT>
are stripped, giving plain text and a gold span for each TIMEX3. claimgraph runs on the stripped text with the
document creation time as its date. Scored as TempEval-3 scores a tagger, for DATE timexes only:

  span recall     gold DATE timexes (non-empty span, any value) that a period overlaps (relaxed) or covers
                  with exactly its offsets (strict) / all gold DATE timexes
  span precision  EVERY period we output is judged: one overlapping a gold DATE is right (relaxed; strict
                  needs the exact offsets); one overlapping no gold timex of any type is a false positive; one
                  overlapping only a timex of another type (DURATION, TIME, SET) is left out of the count,
                  because the gold does not say whether a date was meant there
  value accuracy  among the gold DATEs found (relaxed) whose value names a fixed interval (YYYY, YYYY-MM,
                  YYYY-MM-DD, YYYY-Qn, YYYY-H1/H2, YYYY-Wnn, the decades 199X / 199), those an overlapping
                  period gives exactly that interval as from/to; values such as PRESENT_REF, XXXX-.., seasons,
                  times are counted for span only
  value F1        value accuracy x relaxed span F1

Three stated convention mappings (TimeML writes these with other means than from/to; a note line gives the
accuracy without them, and each value judged right by one is counted apart):
  part       TimeML values a part of a period ('late November', 'early 1997', 'earlier this month', 'the first
             nine months of 1997') as the whole anchor, with the part in mod= (START, MID, END) or the modifier
             words left out of the span; we write the part as narrower from/to. A period inside the gold value
             is right when the gold has such a mod, or when the period's span holds the gold's and more.
  range end  TimeML annotates each end of a range or an 'ended'/'until'/'through' phrase as its own DATE
             ('between [1994] and [1997]', 'the quarter ended [Sept. 30]', 'until [1989]'); we give one period
             for the whole. A period whose span holds the gold's and more is right on that gold when the
             gold's first day is the period's first day or its last day the period's last day.
  fiscal label  TimeML writes a company's fiscal quarter as YYYY-Qn, n its number in the fiscal year and YYYY
             the calendar year it ends in ('the fiscal first quarter ended Aug. 31' is 1989-Q1); we give its
             real months (June-August). A period that is not the calendar quarter n, whose own words name
             quarter n ('fourth-quarter', 'Q4', 'the fiscal first quarter') and that is three months ending in
             YYYY, is right on such a gold. Likewise a fiscal year is YYYY, the calendar year it ends in: twelve
             months ending in YYYY but not on Dec. 31, whose words say fiscal ('fiscal 1988' of a company whose
             year ends Sept. 30), is right on such a gold.
Data is read by path and never copied.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import re
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import import_claimgraph as _import_claimgraph  # noqa: E402  (the benches' shared helper)

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = ROOT / "corpus" / "periods"
NEGATIVES = "negatives.jsonl"
NEGATIVE_DATE = "2024-06-10"  # the date tests/test_periods.py runs negatives against
RUNS = 3  # best of N timed passes, load excluded

Interval = tuple[str, str, str]  # from_date, to_date (ISO, inclusive), grain


class BenchError(Exception):
    """A problem with an input file, reported as one line with exit code 2."""


# ---------------------------------------------------------------- the period corpus


@dataclass
class Case:
    source: str  # "explicit:3" (file stem and line)
    text: str
    reference_date: str | None
    value: dict[str, Any] | None  # None for a negative


@dataclass
class CorpusFile:
    name: str
    cases: list[Case]
    negative: bool


def load_corpus(directory: Path = CORPUS_DIR) -> list[CorpusFile]:
    paths = sorted(directory.glob("*.jsonl"))
    if not paths:
        raise BenchError(f"{directory}: no period corpus files (*.jsonl)")
    files = []
    for path in paths:
        negative = path.name == NEGATIVES
        cases = []
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
                texts = entry["texts"]
                value = None if negative else entry["value"]
                ref = NEGATIVE_DATE if negative else entry["reference_date"]
            except (json.JSONDecodeError, KeyError, TypeError) as err:
                raise BenchError(f"{path.name}:{lineno}: bad corpus line ({type(err).__name__}: {err})") from None
            cases += [Case(f"{path.stem}:{lineno}", t, ref, value) for t in texts]
        files.append(CorpusFile(path.stem, cases, negative))
    # The negatives last, as their own row.
    return sorted(files, key=lambda f: f.negative)


def score_phrasing(value: dict[str, Any], periods: Sequence[Any]) -> tuple[bool, bool]:
    """(dates right, grain right) for one phrasing: each needs exactly one period."""
    if len(periods) != 1:
        return False, False
    p = periods[0]
    dates = (p.from_date, p.to_date) == (value["from_date"], value["to_date"])
    return dates, p.grain == value["grain"]


def run_corpus(claimgraph: ModuleType, nlp: Any, cases: Sequence[Case]) -> tuple[list[list[Any]], float]:
    """Periods for each case and the best time of RUNS passes; texts sharing a reference date go through
    extract_many together."""
    by_date: dict[str | None, list[int]] = {}
    for i, case in enumerate(cases):
        by_date.setdefault(case.reference_date, []).append(i)
    out: list[list[Any]] = [[] for _ in cases]
    best = math.inf
    for _ in range(RUNS):
        start = time.perf_counter()
        for ref, idx in by_date.items():
            reports = claimgraph.extract_many([cases[i].text for i in idx], date=ref, nlp=nlp)
            for i, report in zip(idx, reports, strict=True):
                out[i] = list(report.periods)
        best = min(best, time.perf_counter() - start)
    return out, best


def report_corpus(files: Sequence[CorpusFile], periods: Sequence[list[Any]], seconds: float, errors: bool) -> None:
    """`periods[i]` are the periods found in the i-th case, counting through the files in order."""
    cases = [c for f in files for c in f.cases]
    words = sum(len(c.text.split()) for c in cases)
    n_phr = sum(len(f.cases) for f in files if not f.negative)
    n_neg = sum(len(f.cases) for f in files if f.negative)
    where = CORPUS_DIR.relative_to(ROOT) if CORPUS_DIR.is_relative_to(ROOT) else CORPUS_DIR
    print(f"Period corpus: {n_phr} phrasings, {n_neg} negatives ({where})")
    print(f"{'file':<18}{'phrasings':>10}{'dates':>16}{'grain':>16}")
    total = [0, 0, 0]
    misses: list[tuple[Case, list[Any]]] = []
    neg_rows = []
    found = iter(periods)
    for f in files:
        got = [next(found) for _ in f.cases]
        if f.negative:
            wrong = sum(1 for g in got if g)
            neg_rows.append((f.name, len(f.cases), wrong))
            misses += [(c, g) for c, g in zip(f.cases, got, strict=True) if g]
            continue
        scores = [score_phrasing(c.value or {}, g) for c, g in zip(f.cases, got, strict=True)]
        n, d, g_ok = len(scores), sum(s[0] for s in scores), sum(s[1] for s in scores)
        total = [total[0] + n, total[1] + d, total[2] + g_ok]
        print(f"{f.name:<18}{n:>10}{_ratio(d, n):>16}{_ratio(g_ok, n):>16}")
        misses += [(c, g) for c, g, s in zip(f.cases, got, scores, strict=True) if not all(s)]
    print(f"{'total':<18}{total[0]:>10}{_ratio(total[1], total[0]):>16}{_ratio(total[2], total[0]):>16}")
    for name, n, wrong in neg_rows:
        print(f"{name:<18}{n:>10}   {wrong} wrongly yield a period")
    print(f"speed: {_speed(words, seconds)} ({words:,} words, best of {RUNS} passes)")
    if errors:
        print(f"\n=== corpus errors ({len(misses)}) ===")
        for case, got in misses:
            expected = "no period" if case.value is None else (
                f"{_span(case.value['from_date'], case.value['to_date'])} {case.value['grain']}")
            print(f"[{case.source}] {case.text!r}")
            print(f"  expected {expected}")
            print(f"  got      {_periods(got)}")


# ---------------------------------------------------------------- TimeML


@dataclass
class Timex:
    tid: str
    type: str  # DATE, TIME, DURATION, SET (upper case)
    value: str
    mod: str | None
    text: str
    start: int
    end: int
    interval: Interval | None  # the gold interval, for a scorable DATE
    skip: str | None = None  # why a DATE is not scorable


@dataclass
class TimeMLDoc:
    name: str
    text: str
    dct: str | None  # ISO day of the document creation time
    timexes: list[Timex] = field(default_factory=list)

    @property
    def dates(self) -> list[Timex]:
        return [t for t in self.timexes if t.type == "DATE"]


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _iso_day(value: str) -> str | None:
    """The day of a creation time: '1998-01-08', '1998-01-08T12:00:00', '19980108', '01/08/1998'."""
    value = value.strip()
    for pattern, order in ((r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", "ymd"), (r"(\d{4})(\d{2})(\d{2})(?:T.*)?", "ymd"),
                           (r"(\d{1,2})/(\d{1,2})/(\d{4})", "mdy")):
        m = re.fullmatch(pattern, value)
        if m:
            parts = dict(zip(order, map(int, m.groups()), strict=True))
            try:
                return date(parts["y"], parts["m"], parts["d"]).isoformat()
            except ValueError:
                return None
    return None


def gold_interval(value: str) -> Interval | None:
    """A TimeML DATE value as (from, to, grain), inclusive ISO days, or None when it names no fixed interval."""
    v = value.strip()
    try:
        if m := re.fullmatch(r"(\d{4})", v):
            y = int(m[1])
            return f"{y:04d}-01-01", f"{y:04d}-12-31", "year"
        if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
            y, mo = int(m[1]), int(m[2])
            first = date(y, mo, 1)
            return first.isoformat(), (_month_end(first)).isoformat(), "month"
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v):
            day = date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            return day, day, "day"
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
            y, q = int(m[1]), int(m[2])
            first = date(y, 3 * q - 2, 1)
            return first.isoformat(), _month_end(date(y, 3 * q, 1)).isoformat(), "quarter"
        if m := re.fullmatch(r"(\d{4})-H([12])", v):
            y, h = int(m[1]), int(m[2])
            return date(y, 6 * h - 5, 1).isoformat(), _month_end(date(y, 6 * h, 1)).isoformat(), "half"
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", v):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "week"
        if m := re.fullmatch(r"(\d{3})X?", v):
            y = int(m[1]) * 10
            return f"{y:04d}-01-01", f"{y + 9:04d}-12-31", "year"
    except ValueError:  # month 13, February 30, week 53 of a 52-week year
        return None
    return None


def _month_end(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def skip_kind(value: str) -> str:
    """Why a DATE value is not scorable, as a short label for the skipped count."""
    v = value.strip()
    if not v:
        return "no value"
    if re.fullmatch(r"[A-Z]+_REF", v):
        return v
    if v.startswith("P"):
        return "duration"
    if "X" in v:
        return "underspecified (X)"
    if "T" in v:
        return "time of day"
    if re.search(r"-(SP|SU|FA|WI)$", v):
        return "season"
    if gold_interval(v) is None and re.fullmatch(r"[\d-]+|\d{4}-[QHW]\d+", v):
        return "invalid date"
    return "other"


def parse_timeml(source: bytes | str, name: str = "<string>") -> TimeMLDoc:
    """Plain text of <TEXT> with every TIMEX3 in it, and the creation time. Raises BenchError if malformed."""
    try:
        root = ET.fromstring(source)
    except ET.ParseError as err:
        raise BenchError(f"{name}: not well-formed XML ({err})") from None
    except (LookupError, ValueError) as err:  # an unknown encoding in the XML declaration
        raise BenchError(f"{name}: cannot read as XML ({err})") from None
    texts = [e for e in root.iter() if _local(e.tag) == "TEXT"]
    if len(texts) != 1:
        raise BenchError(f"{name}: expected one <TEXT> element, found {len(texts)}")

    parts: list[str] = []
    timexes: list[Timex] = []
    pos = 0

    def walk(elem: ET.Element) -> None:
        nonlocal pos
        if elem.text:
            parts.append(elem.text)
            pos += len(elem.text)
        for child in elem:
            start = pos
            walk(child)
            if _local(child.tag) == "TIMEX3":
                timexes.append(_timex(child, start, pos, name))
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)

    walk(texts[0])
    text = "".join(parts)
    for t in timexes:
        t.text = text[t.start:t.end]
    timexes.sort(key=lambda t: (t.start, t.end))

    dct = None
    for e in root.iter():
        if _local(e.tag) == "TIMEX3" and (e.get("functionInDocument") or "").upper() == "CREATION_TIME":
            dct = _iso_day(e.get("value") or "")
            break
    if dct is None:
        for e in root.iter():
            if _local(e.tag) == "DCT":
                dct = _iso_day("".join(e.itertext()))
                break
    return TimeMLDoc(name, text, dct, timexes)


def _timex(elem: ET.Element, start: int, end: int, name: str) -> Timex:
    tid = elem.get("tid") or "?"
    kind = (elem.get("type") or "").upper()
    if not kind:
        raise BenchError(f"{name}: TIMEX3 {tid} has no type")
    value = elem.get("value") or ""
    interval, skip = None, None
    if kind == "DATE":
        if start == end:
            skip = "empty span (non-consuming)"
        else:
            interval = gold_interval(value)
            skip = None if interval else skip_kind(value)
    return Timex(tid, kind, value, elem.get("mod"), "", start, end, interval, skip)


def load_timeml(path: Path) -> list[TimeMLDoc]:
    if path.is_dir():
        files = sorted(path.rglob("*.tml"))
        if not files:
            raise BenchError(f"{path}: no .tml files in this directory")
    elif path.is_file():
        files = [path]
    else:
        raise BenchError(f"{path}: no such file or directory")
    docs = []
    for f in files:
        try:
            data = f.read_bytes()
        except OSError as err:
            raise BenchError(f"{f}: cannot read ({err.strerror})") from None
        docs.append(parse_timeml(data, str(f)))
    return docs


def _overlaps(a: Any, b: Any) -> bool:
    return a.start < b.end and b.start < a.end


def score_timeml(docs: Sequence[TimeMLDoc], predictions: Sequence[Sequence[Any]]) -> dict[str, Any]:
    """TempEval-3 style counts for DATE timexes (see the module docstring for the rules); with the misses
    for --errors."""
    c: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    misses: list[tuple[TimeMLDoc, Timex, list[Any]]] = []  # a gold DATE not found, or found with other dates
    wrong: list[tuple[TimeMLDoc, Any, list[Timex]]] = []  # a period on a DATE span without its dates
    unaligned: list[tuple[TimeMLDoc, Any]] = []  # a period on no timex at all
    unfound: list[tuple[TimeMLDoc, Timex]] = []  # a gold DATE without a fixed interval that no period overlaps
    for doc, preds in zip(docs, predictions, strict=True):
        c["files"] += 1
        c["words"] += len(doc.text.split())
        c["no dct"] += doc.dct is None
        golds = [g for g in doc.dates if g.start < g.end]
        c["dates"] += len(doc.dates)
        c["gold"] += len(golds)
        for g in doc.dates:
            if g.interval is None:
                skipped[g.skip or "other"] += 1
        for g in golds:
            _score_gold(doc, g, preds, c, misses)
            if g.interval is None and not any(_overlaps(p, g) for p in preds):
                unfound.append((doc, g))
        for p in preds:
            _score_period(doc, p, golds, c, wrong, unaligned)
    return {"counts": c, "skipped": skipped, "misses": misses, "wrong": wrong, "unaligned": unaligned,
            "unfound": unfound}


def _score_gold(doc: TimeMLDoc, g: Timex, preds: Sequence[Any], c: Counter[str],
                misses: list[tuple[TimeMLDoc, Timex, list[Any]]]) -> None:
    over = [p for p in preds if _overlaps(p, g)]
    c["gold found"] += bool(over)
    c["gold strict"] += any((p.start, p.end) == (g.start, g.end) for p in over)
    if g.interval is None:
        return
    c["scorable"] += 1
    c["scorable with mod"] += bool(g.mod)
    ways = {value_match(p, g) for p in over} - {None}
    right = bool(ways)
    if over:
        c["value scored"] += 1
        c["value right"] += right
        c["value exact"] += "exact" in ways
        if right and "exact" not in ways:
            c["value by " + next(w for w in ("part", "range end", "fiscal label") if w in ways)] += 1
    c["matched"] += right
    if not right:
        misses.append((doc, g, over))


def _score_period(doc: TimeMLDoc, p: Any, golds: Sequence[Timex], c: Counter[str],
                  wrong: list[tuple[TimeMLDoc, Any, list[Timex]]], unaligned: list[tuple[TimeMLDoc, Any]]) -> None:
    c["predicted"] += 1
    on_dates = [g for g in golds if _overlaps(p, g)]
    if on_dates:
        c["pred on date"] += 1
        c["pred strict"] += any((p.start, p.end) == (g.start, g.end) for g in on_dates)
        right = any(g.interval and value_match(p, g) for g in on_dates)
        if not right and any(g.interval for g in on_dates):
            wrong.append((doc, p, on_dates))
    elif any(_overlaps(p, t) for t in doc.timexes):
        c["pred on other type"] += 1  # left out of precision: a period where the gold has a DURATION, TIME, SET
    else:
        c["pred on none"] += 1
        unaligned.append((doc, p))


PART_MODS = frozenset({"START", "MID", "END"})


def value_match(p: Any, g: Timex) -> str | None:
    """How a period overlapping a scorable gold DATE gives its value: 'exact' (the same from/to), 'part' or
    'range end' (the convention mappings in the module docstring), or None."""
    if g.interval is None:
        return None
    if (p.from_date, p.to_date) == g.interval[:2]:
        return "exact"
    wider = p.start <= g.start and g.end <= p.end and (p.start, p.end) != (g.start, g.end)
    if _inside(p, g.interval) and (wider or (g.mod or "").upper() in PART_MODS):
        return "part"
    if wider and (p.from_date == g.interval[0] or p.to_date == g.interval[1]):
        return "range end"
    if g.interval[2] in ("quarter", "year") and _fiscal_label(p) == g.value.strip():
        return "fiscal label"
    return None


_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_FISCAL = re.compile(r"\bfiscal\b|\bFY", re.I)
_QUARTER_NAMED = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\b|\bQ([1-4])\b", re.I)


def _fiscal_label(p: Any) -> str | None:
    """'1989-Q1' for a period of three months ending in 1989 whose words name the first quarter ('the fiscal
    first quarter ended Sept. 30', 'Q1'), when it is not the calendar first quarter; '1989' for twelve months
    ending in 1989 but not on Dec. 31 whose words say fiscal ('fiscal 1989'); else None."""
    words = getattr(p, "text", "") or ""
    m = _QUARTER_NAMED.search(words)
    if not (p.from_date and p.to_date):
        return None
    if not m:
        a, b = date.fromisoformat(p.from_date), date.fromisoformat(p.to_date)
        twelve = _add_months(a, 12) - timedelta(days=1) == b and b.month != 12
        return str(b.year) if twelve and _FISCAL.search(words) else None
    n = int(m[2]) if m[2] else _QUARTER_WORDS[m[1].lower()]
    a, b = date.fromisoformat(p.from_date), date.fromisoformat(p.to_date)
    three_months = _add_months(a, 3) - timedelta(days=1) == b
    first = date(b.year if n < 4 or b.month > 3 else b.year - 1, 3 * n - 2, 1)
    if not three_months or (a, b) == (first, _month_end(date(first.year, 3 * n, 1))):
        return None
    return f"{b.year}-Q{n}"


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(y, m + 1, min(d.day, _month_end(date(y, m + 1, 1)).day))


def _inside(p: Any, interval: Interval) -> bool:
    """A period with both dates inside a gold interval ('late November' inside 1999-11 with mod=END)."""
    return bool(p.from_date and p.to_date and interval[0] <= p.from_date <= p.to_date <= interval[1])


def figures(c: Counter[str]) -> dict[str, float]:
    """Span P/R/F1 (relaxed and strict), value accuracy and value F1, as percentages."""
    judged = c["pred on date"] + c["pred on none"]
    out: dict[str, float] = {}
    for kind, tp_p, tp_r in (("relaxed", c["pred on date"], c["gold found"]),
                             ("strict", c["pred strict"], c["gold strict"])):
        p = tp_p / judged if judged else 0.0
        r = tp_r / c["gold"] if c["gold"] else 0.0
        out[f"{kind} P"], out[f"{kind} R"] = 100 * p, 100 * r
        out[f"{kind} F1"] = 100 * (2 * p * r / (p + r) if p + r else 0.0)
    acc = c["value right"] / c["value scored"] if c["value scored"] else 0.0
    out["value accuracy"] = 100 * acc
    out["value F1"] = acc * out["relaxed F1"]
    return out


def run_timeml(claimgraph: ModuleType, nlp: Any, docs: Sequence[TimeMLDoc]) -> tuple[list[list[Any]], float]:
    best, out = math.inf, []
    for _ in range(RUNS):
        start = time.perf_counter()
        out = [list(claimgraph.extract(d.text, date=d.dct, nlp=nlp).periods) for d in docs]
        best = min(best, time.perf_counter() - start)
    return out, best


def report_timeml(sources: Sequence[tuple[str, list[TimeMLDoc], dict[str, Any]]], seconds: float,
                  errors: bool) -> None:
    print("\nTimeML DATE timexes, TempEval-3 style (document creation time as the reference date; convention "
          "mappings for parts, range ends and fiscal labels)")
    print(f"{'source':<28}{'files':>6}{'DATE':>6}{'relaxed P/R/F1':>20}{'strict P/R/F1':>20}{'value acc':>10}"
          f"{'value F1':>9}")
    total: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    for label, _, result in sources:
        c = result["counts"]
        total.update(c)
        skipped.update(result["skipped"])
        _timeml_row(label, c)
    if len(sources) > 1:
        _timeml_row("total", total)
    c = total
    kinds = ", ".join(f"{k} {n}" for k, n in skipped.most_common())
    print(f"DATE values without a fixed interval (span scored, value not): {c['dates'] - c['scorable']} of "
          f"{c['dates']}" + (f" ({kinds})" if kinds else ""))
    print(f"periods: {c['predicted']} predicted: {c['pred on date']} on a gold DATE span, {c['pred on other type']} "
          f"on another TIMEX3 type only (left out of precision), {c['pred on none']} on no timex (false positives)")
    print(f"value accuracy: {c['value right']}/{c['value scored']} found gold DATEs with a fixed interval given right "
          f"(exact from/to or a convention mapping); all scorable golds right: {_ratio(c['matched'], c['scorable'])}")
    print(f"convention mappings (bench docstring): {c['value by part']} right as a part of the gold value, "
          f"{c['value by range end']} as one end of a range, {c['value by fiscal label']} by a fiscal quarter's "
          f"label; value accuracy without them (exact from/to only): "
          f"{_ratio(c['value exact'], c['value scored'])}")
    if c["no dct"]:
        print(f"note: {c['no dct']} files have no creation time; claimgraph found or inferred their date")
    print(f"speed: {_speed(c['words'], seconds)} ({c['words']:,} words, best of {RUNS} passes)")
    if errors:
        for label, _, result in sources:
            _timeml_errors(label, result)


def _timeml_row(label: str, c: Counter[str]) -> None:
    label = label if len(label) <= 27 else "…" + label[-26:]
    f = figures(c)
    relaxed = f"{f['relaxed P']:.1f}/{f['relaxed R']:.1f}/{f['relaxed F1']:.1f}"
    strict = f"{f['strict P']:.1f}/{f['strict R']:.1f}/{f['strict F1']:.1f}"
    print(f"{label:<28}{c['files']:>6}{c['gold']:>6}{relaxed:>20}{strict:>20}{f['value accuracy']:>10.1f}"
          f"{f['value F1']:>9.1f}")


def _timeml_errors(label: str, result: dict[str, Any]) -> None:
    misses, wrong, unaligned = result["misses"], result["wrong"], result["unaligned"]
    print(f"\n=== TimeML errors: {label} ({len(misses)} missed gold, {len(wrong)} periods with other dates on a "
          f"gold DATE, {len(unaligned)} periods on no timex, "
          f"{len(result.get('unfound', []))} gold DATEs without a fixed value not found) ===")
    missed = {id(g) for _, g, _ in misses}
    lines: dict[str, list[tuple[int, str]]] = {}  # per document, in text order
    for doc, g, got in misses:
        mod = f" mod={g.mod}" if g.mod else ""
        lines.setdefault(doc.name, []).append((g.start, (
            f"  miss {g.tid} {g.text!r} in {_context(doc.text, g.start, g.end)}\n"
            f"    expected {_span(*g.interval[:2])} {g.interval[2]} (value {g.value}{mod}, dct {doc.dct})\n"
            f"    got      {_periods(got)}")))
    for doc, p, golds in wrong:
        if any(id(g) in missed for g in golds):
            continue  # already shown as what a missed gold got
        gold = ", ".join(f"{g.tid} {g.value}" for g in golds)
        lines.setdefault(doc.name, []).append((p.start, f"  other dates on {gold}: {_periods([p])}"))
    for doc, g in result.get("unfound", []):
        lines.setdefault(doc.name, []).append((g.start, (
            f"  miss span {g.tid} {g.text!r} in {_context(doc.text, g.start, g.end)} (value {g.value}, "
            f"not scored for value)")))
    for doc, p in unaligned:
        lines.setdefault(doc.name, []).append(
            (p.start, f"  on no timex: {_periods([p])} in {_context(doc.text, p.start, p.end)}"))
    for name, entries in lines.items():
        print(f"[{name}]")
        for _, line in sorted(entries, key=lambda e: e[0]):
            print(line)


# ---------------------------------------------------------------- formatting


def _ratio(n: int, d: int) -> str:
    return f"{n}/{d} {100 * n / d:5.1f}%" if d else f"{n}/0     -"


def _speed(words: int, seconds: float) -> str:
    return f"{words / seconds:,.0f} words/s" if seconds > 0 else "- words/s"


def _span(start: str | None, end: str | None) -> str:
    return f"{start or 'open'}..{end or 'open'}"


def _periods(periods: Iterable[Any]) -> str:
    shown = [f"{p.text!r} {_span(p.from_date, p.to_date)} {p.grain} ({p.rule})" for p in periods]
    return "; ".join(shown) if shown else "nothing"


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    window = f"{text[max(0, start - width):start]}[{text[start:end]}]{text[end:end + width]}"
    return f"'…{' '.join(window.split())}…'"


# ---------------------------------------------------------------- claimgraph


def import_claimgraph() -> ModuleType:
    return _import_claimgraph("periods", ("load", "extract", "extract_many"), "")


# ---------------------------------------------------------------- self-test

SAMPLE = """<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
        xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">
<DOCID>wsj_9999</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false"
            functionInDocument="CREATION_TIME">01/08/1998</TIMEX3></DCT>
<TEXT>
Sales <EVENT eid="e1" class="OCCURRENCE">rose</EVENT> 5% <TIMEX3 tid="t1" type="DATE" value="1997"
temporalFunction="true" anchorTimeID="t0">last year</TIMEX3> &amp; fell in <TIMEX3 tid="t2" type="DATE"
value="1997-Q4">the fourth quarter</TIMEX3>
over <TIMEX3 tid="t3" type="DURATION" value="P3M">three months</TIMEX3>; <TIMEX3 tid="t4" type="DATE"
value="PRESENT_REF">now</TIMEX3> they <SIGNAL sid="s1">in</SIGNAL> <TIMEX3 tid="t5" type="DATE" value="1998-W02"
mod="START">early next week</TIMEX3>.<TIMEX3 tid="t6" type="DATE" value="1998-01-31" anchorTimeID="t5"/>
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>
"""

SAMPLE_TEXT = (
    "\nSales rose 5% last year & fell in the fourth quarter\nover three months; now they in early next week.\n"
)


def self_test() -> None:
    """Hand-made checks of the TimeML reader, the value conversion and both scorers (no claimgraph needed)."""
    doc = parse_timeml(SAMPLE, "sample.tml")
    assert doc.text == SAMPLE_TEXT, repr(doc.text)
    assert doc.dct == "1998-01-08"
    got = [(t.tid, t.type, t.text, t.interval, t.skip, t.mod) for t in doc.timexes]
    assert got == [
        ("t1", "DATE", "last year", ("1997-01-01", "1997-12-31", "year"), None, None),
        ("t2", "DATE", "the fourth quarter", ("1997-10-01", "1997-12-31", "quarter"), None, None),
        ("t3", "DURATION", "three months", None, None, None),
        ("t4", "DATE", "now", None, "PRESENT_REF", None),
        ("t5", "DATE", "early next week", ("1998-01-05", "1998-01-11", "week"), None, "START"),
        ("t6", "DATE", "", None, "empty span (non-consuming)", None),
    ], got
    assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes)

    # The creation time from the DCT element's text, from an ISO timestamp, or none at all.
    def minimal(head: str) -> str:
        return f"<TimeML>{head}<TEXT>In <TIMEX3 tid='t1' type='DATE' value='199X'>the 1990s</TIMEX3>.</TEXT></TimeML>"

    assert parse_timeml(minimal("<DCT>01/08/1998</DCT>")).dct == "1998-01-08"
    assert parse_timeml(minimal("<DCT>19980108</DCT>")).dct == "1998-01-08"
    tempeval = minimal('<DCT><TIMEX3 tid="t0" type="TIME" value="2013-03-22T09:55:00" '
                       'functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>')
    assert parse_timeml(tempeval).dct == "2013-03-22"
    plain = parse_timeml(minimal(""))
    assert plain.dct is None and plain.text == "In the 1990s."
    assert plain.timexes[0].interval == ("1990-01-01", "1999-12-31", "year")

    # Malformed files are one clear BenchError (exit code 2 from main), no traceback.
    malformed: list[tuple[str | bytes, str]] = [
        ("<TimeML><TEXT>a <TIMEX3 tid='t1'>b</TEXT></TimeML>", "not well-formed"),
        ("<TimeML><DCT>x</DCT></TimeML>", "one <TEXT>"),
        ("<TimeML><TEXT><TIMEX3 tid='t1' value='1998'>b</TIMEX3></TEXT></TimeML>", "no type"),
        ("not xml at all", "not well-formed"),
        (b"<?xml version='1.0' encoding='nope'?><TimeML/>", "unknown encoding"),
    ]
    for bad, why in malformed:
        try:
            parse_timeml(bad, "bad.tml")
        except BenchError as err:
            assert str(err).startswith("bad.tml: ") and why in str(err) and "\n" not in str(err), err
        else:
            raise AssertionError(f"accepted malformed {bad!r}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "sub").mkdir()
        (folder / "sub" / "a.tml").write_text(SAMPLE, encoding="utf-8")
        (folder / "notes.txt").write_text("not TimeML", encoding="utf-8")
        assert [d.text for d in load_timeml(folder)] == [SAMPLE_TEXT]  # a directory: every *.tml under it
        (folder / "b.tml").write_text("<TimeML><TEXT>", encoding="utf-8")
        for path in (folder, folder / "missing.tml"):
            stderr = io.StringIO()
            with contextlib.redirect_stderr(stderr):
                assert main(["--data", str(path)]) == 2
            assert stderr.getvalue().count("\n") == 1 and stderr.getvalue().startswith("periods: "), stderr.getvalue()

    # Value -> gold interval.
    cases: list[tuple[str, Interval | None]] = [
        ("1998", ("1998-01-01", "1998-12-31", "year")),
        ("2024-02", ("2024-02-01", "2024-02-29", "month")),
        ("1999-02", ("1999-02-01", "1999-02-28", "month")),
        ("1998-12", ("1998-12-01", "1998-12-31", "month")),
        ("1998-01-08", ("1998-01-08", "1998-01-08", "day")),
        ("1998-Q1", ("1998-01-01", "1998-03-31", "quarter")),
        ("1998-Q2", ("1998-04-01", "1998-06-30", "quarter")),
        ("1998-Q3", ("1998-07-01", "1998-09-30", "quarter")),
        ("1998-Q4", ("1998-10-01", "1998-12-31", "quarter")),
        ("1998-H1", ("1998-01-01", "1998-06-30", "half")),
        ("1998-H2", ("1998-07-01", "1998-12-31", "half")),
        ("2020-W01", ("2019-12-30", "2020-01-05", "week")),  # ISO week 1 starts in the year before
        ("2015-W53", ("2015-12-28", "2016-01-03", "week")),
        ("1998-W02", ("1998-01-05", "1998-01-11", "week")),
        ("199X", ("1990-01-01", "1999-12-31", "year")),
        ("199", ("1990-01-01", "1999-12-31", "year")),
        ("200X", ("2000-01-01", "2009-12-31", "year")),
        (" 1998 ", ("1998-01-01", "1998-12-31", "year")),
        ("1998-13", None), ("1998-02-30", None), ("2019-W53", None), ("1998-Q5", None), ("1998-H3", None),
        ("PRESENT_REF", None), ("PAST_REF", None), ("FUTURE_REF", None), ("P1Y", None), ("XXXX-05", None),
        ("XXXX-XX-XX", None), ("19XX", None), ("1998-SU", None), ("1998-01-08T12:00", None), ("1998-W02-WE", None),
        ("", None), ("98", None), ("1998-1", None),
    ]
    for value, expected in cases:
        assert gold_interval(value) == expected, (value, gold_interval(value), expected)
    kinds = {"PRESENT_REF": "PRESENT_REF", "P3M": "duration", "XXXX-05": "underspecified (X)",
             "1998-01-08TMO": "time of day", "1998-SU": "season", "1998-13": "invalid date",
             "2019-W53": "invalid date", "": "no value", "1998-W02-WE": "other"}
    for value, kind in kinds.items():
        assert skip_kind(value) == kind, (value, skip_kind(value), kind)

    # TimeML scoring: exact dates on an overlapping span; precision over periods on a DATE span.
    def period(start: int, end: int, from_date: str | None, to_date: str | None) -> SimpleNamespace:
        return SimpleNamespace(start=start, end=end, from_date=from_date, to_date=to_date, text=doc.text[start:end],
                               grain="year", rule="period.test")

    def at(phrase: str) -> tuple[int, int]:
        start = doc.text.index(phrase)
        return start, start + len(phrase)

    preds = [
        period(*at("last year"), "1997-01-01", "1997-12-31"),  # t1: right
        period(*at("fourth quarter"), "1998-10-01", "1998-12-31"),  # t2: partial overlap, wrong year
        period(*at("three months"), "1997-10-08", "1998-01-08"),  # on a DURATION only
        period(*at("now"), "1998-01-08", "1998-01-08"),  # on a skipped DATE only
        period(*at("Sales"), "2000-01-01", "2000-12-31"),  # on no timex
        period(*at("early next"), "1998-01-05", "1998-01-11"),  # t5: right, overlapping part of the span
        period(at("5% ")[0], at("last")[0], "1997-01-01", "1997-12-31"),  # touches t1 only at its edge
    ]
    result = score_timeml([doc], [preds])
    c = result["counts"]
    assert (c["dates"], c["gold"], c["scorable"], c["matched"]) == (5, 4, 3, 2), c
    assert (c["gold found"], c["gold strict"], c["value scored"], c["value right"]) == (4, 2, 3, 2), c
    assert (c["predicted"], c["pred on date"], c["pred strict"]) == (7, 4, 2), c
    assert (c["pred on other type"], c["pred on none"], c["scorable with mod"]) == (1, 2, 1), c
    f = figures(c)
    assert round(f["relaxed P"], 1) == 66.7 and f["relaxed R"] == 100.0, f
    assert round(f["value accuracy"], 1) == 66.7 and round(f["value F1"], 1) == 53.3, f
    assert result["skipped"] == Counter({"PRESENT_REF": 1, "empty span (non-consuming)": 1})
    assert [g.tid for _, g, _ in result["misses"]] == ["t2"]
    assert [p.text for _, p, _ in result["wrong"]] == ["fourth quarter"]
    assert [p.text for _, p in result["unaligned"]] == ["Sales", "5% "]
    assert score_timeml([doc], [[]])["counts"]["matched"] == 0
    assert (c["value exact"], c["value by part"], c["value by range end"], c["value by fiscal label"]) == (2, 0, 0, 0)

    # The convention mappings: a part of the gold value, one end of a range.
    text = "in late November and between 1994 and 1997, early March, the quarter ended Sept. 30 and May."

    def gold(phrase: str, value: str, mod: str | None = None) -> Timex:
        start = text.index(phrase)
        return Timex("t", "DATE", value, mod, phrase, start, start + len(phrase), gold_interval(value))

    def pred(phrase: str, from_date: str | None, to_date: str | None) -> SimpleNamespace:
        start = text.index(phrase)
        return SimpleNamespace(start=start, end=start + len(phrase), from_date=from_date, to_date=to_date)

    late_nov = pred("late November", "1999-11-21", "1999-11-30")
    assert value_match(late_nov, gold("late November", "1999-11", "END")) == "part"
    assert value_match(late_nov, gold("late November", "1999-11")) is None  # same span, no mod: not a part
    assert value_match(late_nov, gold("November", "1999-11")) == "part"  # the modifier outside the gold span
    assert value_match(late_nov, gold("November", "1998-11")) is None  # outside the gold value
    assert value_match(late_nov, gold("late November", "1999-11", "APPROX")) is None
    between = pred("between 1994 and 1997", "1994-01-01", "1997-12-31")
    assert value_match(between, gold("1994", "1994")) == "range end"
    assert value_match(between, gold("1997", "1997")) == "range end"
    assert value_match(between, gold("between 1994 and 1997", "1994")) is None  # not wider than the gold
    ended = pred("the quarter ended Sept. 30", "1989-07-01", "1989-09-30")
    assert value_match(ended, gold("Sept. 30", "1989-09-30")) == "range end"
    assert value_match(ended, gold("Sept. 30", "1988-09-30")) is None
    assert value_match(pred("early March", "1999-03-01", "1999-03-10"), gold("March", "1999-03")) == "part"
    assert value_match(pred("May", "1999-05-01", "1999-05-31"), gold("May", "1999-05")) == "exact"
    assert value_match(pred("May", "1999-05-01", "1999-05-31"), gold("May", "PRESENT_REF")) is None

    # A fiscal quarter's label: its number in the words, the calendar year it ends in; never the calendar quarter.
    def named(words: str, from_date: str, to_date: str) -> SimpleNamespace:
        return SimpleNamespace(start=0, end=1, text=words, from_date=from_date, to_date=to_date)  # the gold span

    def quarter(value: str) -> Timex:
        return Timex("t", "DATE", value, None, "q", 0, 1, gold_interval(value))

    fiscal_q1 = named("its fiscal first quarter, ended Sept. 30", "1989-07-01", "1989-09-30")
    assert value_match(fiscal_q1, quarter("1989-Q1")) == "fiscal label"
    assert value_match(fiscal_q1, quarter("1990-Q1")) is None
    assert value_match(fiscal_q1, quarter("1989-Q3")) == "exact"
    assert value_match(named("fourth-quarter", "1989-06-01", "1989-08-31"), quarter("1989-Q4")) == "fiscal label"
    assert value_match(named("Q4", "1989-09-01", "1989-11-30"), quarter("1989-Q4")) == "fiscal label"
    assert value_match(named("fourth quarter ended Aug. 26", "1989-05-27", "1989-08-26"),
                       quarter("1989-Q4")) == "fiscal label"
    assert value_match(named("the quarter ended July 31", "1989-05-01", "1989-07-31"), quarter("1989-Q2")) is None
    assert value_match(named("the second quarter", "1989-07-01", "1989-09-30"), quarter("1989-Q2")) == "fiscal label"
    assert value_match(named("the second quarter", "1988-04-01", "1988-06-30"), quarter("1989-Q2")) is None
    assert value_match(named("the first half", "1989-01-01", "1989-06-30"), quarter("1989-Q1")) is None
    assert value_match(named("first-quarter", "1989-01-01", "1989-06-30"), quarter("1989-Q1")) is None
    fiscal_88 = named("fiscal 1988", "1987-10-01", "1988-09-30")  # a company's year ended Sept. 30
    assert value_match(fiscal_88, quarter("1988")) == "fiscal label"
    assert value_match(fiscal_88, quarter("1987")) is None
    assert value_match(named("the 12 months ended Sept. 30", "1987-10-01", "1988-09-30"), quarter("1988")) is None
    assert value_match(named("fiscal 1988", "1988-01-01", "1988-12-31"), quarter("1988")) == "exact"

    # Corpus scoring: exactly one period; dates and grain scored apart.
    half = {"from_date": "2024-07-01", "to_date": "2024-12-31", "grain": "half"}
    one = SimpleNamespace(from_date="2024-07-01", to_date="2024-12-31", grain="half")
    assert score_phrasing(half, [one]) == (True, True)
    assert score_phrasing(half, [one, one]) == (False, False)
    assert score_phrasing(half, []) == (False, False)
    assert score_phrasing(half, [SimpleNamespace(**{**vars(one), "grain": "month"})]) == (True, False)
    assert score_phrasing(half, [SimpleNamespace(**{**vars(one), "to_date": "2024-12-30"})]) == (False, True)
    deadline = {"from_date": None, "to_date": "2030-12-31", "grain": "year"}
    open_start = SimpleNamespace(from_date=None, to_date="2030-12-31", grain="year")
    assert score_phrasing(deadline, [open_start]) == (True, True)
    print("self-test ok")


# ---------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, action="append", default=[], metavar="PATH",
                    help="also score a TimeML .tml file, or every *.tml under a directory (repeatable; read in place)")
    ap.add_argument("--errors", action="store_true", help="list each miss: text, expected, got")
    ap.add_argument("--self-test", action="store_true", help="check the TimeML reader and scorers and exit")
    args = ap.parse_args(argv)
    if args.self_test:
        self_test()
        return 0
    try:  # every input is read before the pipeline loads, so a bad file fails fast
        timeml = [(str(path), load_timeml(path)) for path in args.data]
        corpus = load_corpus()
    except BenchError as err:
        print(f"periods: {' '.join(str(err).split())}", file=sys.stderr)
        return 2

    claimgraph = import_claimgraph()
    nlp = claimgraph.load()
    cases = [c for f in corpus for c in f.cases]
    got, seconds = run_corpus(claimgraph, nlp, cases)
    report_corpus(corpus, got, seconds, args.errors)

    if timeml:
        docs = [d for _, ds in timeml for d in ds]
        preds, seconds = run_timeml(claimgraph, nlp, docs)
        sources, i = [], 0
        for label, ds in timeml:
            sources.append((label, ds, score_timeml(ds, preds[i:i + len(ds)])))
            i += len(ds)
        report_timeml(sources, seconds, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
