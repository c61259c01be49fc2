"""Periods: find time expressions in text (rules from patterns/periods.jsonl) and resolve them to ISO dates.

Finding and resolving are separate, as in Duckling: a rule's named groups are a *partial* value (no dates
yet); resolve() turns it into from/to dates, a grain and flags against a reference date. A partial value
that needs the reference date and has none resolves to null dates rather than invented ones.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import timedelta
from functools import lru_cache
from typing import Any

import regex

from claimgraph.resources import load_json

GRAINS = ("day", "week", "month", "quarter", "half", "year")  # finest first
REGEX_TIMEOUT = 2.0  # seconds one period rule may spend on one text
PART_DAYS = {"early": (1, 10), "mid": (8, 22), "late": (21, 31)}  # parts of a month, clipped to its length


@lru_cache(maxsize=1)
def period_vocab() -> dict[str, Any]:
    return load_json("periods.json")


def _alternation(keys: Iterable[str]) -> str:
    """The keys as a trie-shaped regex ("jan(?:uary)?|..."): the engine rejects most positions on the first
    character instead of trying every alternative; spaces match any whitespace."""
    trie: dict = {}
    for key in keys:
        node = trie
        for ch in key.lower():
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        piece = r"\s+" if ch == " " else regex.escape(ch)
        branches.append(piece + _trie_regex(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body


def expand(pattern: str) -> str:
    """{NAME} -> a vocabulary alternation or a fixed fragment from patterns/periods.json."""
    v = period_vocab()

    def sub(m: regex.Match) -> str:
        name = m.group(1)
        if name in v["FRAGMENTS"]:
            return v["FRAGMENTS"][name]
        if name in v and isinstance(v[name], (dict, list)) and not name.startswith("_"):
            return _alternation(v[name])
        raise KeyError(name)

    return regex.sub(r"\{([A-Z][A-Z0-9_]*)\}", sub, pattern)


def compile_rule(rule) -> regex.Pattern:
    return regex.compile(expand(rule.regex), regex.IGNORECASE | regex.VERSION0)


@dataclass
class PeriodMention:
    start: int
    end: int
    text: str
    rule: str
    form: str
    groups: dict[str, str] = field(default_factory=dict)
    parts: tuple[PeriodMention, ...] = ()  # the two ends of a range built from two periods


def period_dict(p: PeriodMention) -> dict[str, Any]:
    """Plain data for doc._.periods (survives nlp.pipe with several processes)."""
    return {"start": p.start, "end": p.end, "text": p.text, "rule": p.rule, "form": p.form,
            "groups": dict(p.groups), "parts": [period_dict(x) for x in p.parts]}


def period_from_dict(d: dict[str, Any]) -> PeriodMention:
    return PeriodMention(d["start"], d["end"], d["text"], d["rule"], d["form"], dict(d["groups"]),
                         tuple(period_from_dict(x) for x in d.get("parts", ())))


@dataclass
class Resolved:
    from_date: Date | None
    to_date: Date | None
    grain: str
    relative: bool = False
    approximate: bool = False


# ---------------------------------------------------------------------------------------------- finding
class PeriodFinder:
    def __init__(self, rules):
        self.rules = [(r, compile_rule(r), frozenset(r.requires)) for r in rules]
        self.timed_out: list[str] = []
        gates = {w for r in rules for w in r.requires}
        # one pass each finds which gate strings a text holds (longest first, so "earlier" wins over "early")
        self.gates_lower = _gate_regex(w for w in gates if not w[0].isupper())
        self.gates_cased = _gate_regex(w for w in gates if w[0].isupper())
        v = period_vocab()
        self.months = {k: int(n) for k, n in v["MONTH"].items()}
        self.year_cues = set(v["YEAR_CUES"]) | set(self.months)
        self.year_followers = set(v["YEAR_FOLLOWERS_OK"])
        self.range_gap = regex.compile(r"\s*(?:to|through|until|till|and|-|–)\s*", regex.IGNORECASE)
        self.range_lead = regex.compile(r"(?:from|between)\s+$", regex.IGNORECASE)

    def __call__(self, text: str, ignored: Iterable[tuple[int, int]] = ()) -> list[PeriodMention]:
        ignored = list(ignored)
        present = set(self.gates_lower.findall(text.lower())) | set(self.gates_cased.findall(text))
        found = []
        self.timed_out = []
        for order, (rule, rx, requires) in enumerate(self.rules):
            if requires and requires.isdisjoint(present):
                continue
            try:
                matches = list(rx.finditer(text, timeout=REGEX_TIMEOUT))
            except TimeoutError:
                self.timed_out.append(rule.id)  # a rule that backtracks too long on this text is skipped
                continue
            for m in matches:
                if m.end() == m.start() or any(a <= m.start() < b for a, b in ignored):
                    continue
                groups = {k: val for k, val in m.groupdict().items() if val is not None}
                if self._plausible(text, m.start(), m.end(), rule.form, groups):
                    found.append((m.start(), m.end(), order, rule, groups))
        # leftmost-longest: the longest reading of a phrase wins; ties go to the rule listed first
        found.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
        taken: list[tuple[int, int]] = []
        chosen: list[PeriodMention] = []
        for start, end, _order, rule, groups in found:
            if any(start < b and a < end for a, b in taken):
                continue
            taken.append((start, end))
            chosen.append(PeriodMention(start, end, text[start:end], rule.id, rule.form, groups))
        chosen.sort(key=lambda p: p.start)
        return self._elided(text, self._join_ranges(text, chosen))

    def _elided(self, text: str, found: list[PeriodMention]) -> list[PeriodMention]:
        """'$1.2bn in the first half and $1.8bn in the second': the second half, its noun left out."""
        out = list(found)
        for p in found:
            if p.form not in ("half", "quarter") or p.rule not in ("period.half_words", "period.quarter_words"):
                continue
            end = min([x.start for x in found if x.start > p.end] + [len(text)])
            m = _ELIDED.search(text, p.end, end)
            if m and not _SENTENCE_END.search(text, p.end, m.start()):
                groups = dict(p.groups)
                groups[p.form] = m.group("ord")
                out.append(PeriodMention(m.start("the"), m.end(), text[m.start("the"):m.end()], p.rule, p.form, groups))
        out.sort(key=lambda x: x.start)
        return out

    # A month is a month only when capitalised ("prices may rise"); a bare year needs a cue before it
    # or no noun after it ("in 2019", "2024 units", "Euro 2024").
    def _plausible(self, text: str, start: int, end: int, form: str, g: dict[str, str]) -> bool:
        for key in ("month", "month2"):
            if key in g and not g[key][0].isupper():
                return False
        if g.get("sep", "").lower() == "and" and g.get("from", "").lower() != "between":
            return False  # "2019 and 2023" is two years; "between 2019 and 2023" is one span
        if g.get("from", "").lower() == "between" and g.get("sep", "").lower() not in ("and", ""):
            return False
        if "year2" in g and not _year_range_ok(g["year"], g["year2"]):
            return False
        if form in ("year", "deadline") and "month" not in g:
            return self._bare_year_ok(text, start, end, cue_inside=form == "deadline")
        return True

    def _bare_year_ok(self, text: str, start: int, end: int, cue_inside: bool) -> bool:
        before = _WORD_BEFORE.search(text[max(0, start - 40):start])
        prev = before.group(1) if before else ""
        after = _WORD_AFTER.match(text[end:end + 40])
        nxt = after.group(1) if after else ""
        cue = cue_inside or prev.lower().rstrip(".") in self.year_cues
        if not cue and prev[:1].isupper() and not _sentence_start(text, start - len(prev) - 1):
            return False  # "Euro 2024", "Windows 2000", "Vision 2030" are names
        if nxt and nxt[0].islower() and nxt.isalpha() and nxt.lower() not in self.year_followers and not cue:
            return False  # "2024 units"
        return True

    def _join_ranges(self, text: str, found: list[PeriodMention]) -> list[PeriodMention]:
        """'from May 7, 2024 to June 3, 2024', 'September 2023–March 2024': two periods make one range."""
        out: list[PeriodMention] = []
        i = 0
        while i < len(found):
            a = found[i]
            b = found[i + 1] if i + 1 < len(found) else None
            if b and a.form in ("date", "month") and b.form in ("date", "month") and "year" in b.groups:
                gap = text[a.end:b.start]
                if self.range_gap.fullmatch(gap):
                    lead = self.range_lead.search(text[max(0, a.start - 12):a.start])
                    word = gap.strip().lower()
                    between = bool(lead and lead.group(0).lower().startswith("between"))
                    if (word == "and") == between:
                        start = a.start - (len(lead.group(0)) if lead else 0)
                        out.append(PeriodMention(start, b.end, text[start:b.end], "period.range", "range", {}, (a, b)))
                        i += 2
                        continue
            out.append(a)
            i += 1
        return out


_ELIDED = regex.compile(r"\b(?:in|for|during)\s+(?P<the>the\s+(?P<ord>second|third|fourth))\b(?![\s-]+(?:half|halves|quarter|quarters|time|round|place|largest|biggest|most|\w+est)\b)",
                        regex.IGNORECASE)
_SENTENCE_END = regex.compile(r"[.!?;]\s")
_WORD_BEFORE = regex.compile(r"([\w.&'’-]+)\s*$")
_WORD_AFTER = regex.compile(r"\s*([\w'’-]+)")


def _gate_regex(words) -> re.Pattern[str]:
    words = sorted(words, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words) if words else r"(?!)")


def _sentence_start(text: str, pos: int) -> bool:
    k = pos
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in ".!?\n\"“(:"


def _end_year(first: int, y2: str) -> int:
    """The second year of '2023-24' or '2023-2024': two digits take the first year's century, rolled on
    past it ('1999-00' is 2000)."""
    if len(y2) != 2:
        return int(y2)
    b = first - first % 100 + int(y2)
    return b + 100 if b <= first else b


def _year_range_ok(y1: str, y2: str) -> bool:
    a = int(y1)
    b = _end_year(a, y2)
    return b - a <= 10 if len(y2) == 2 else b > a


# ---------------------------------------------------------------------------------------------- resolving
def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _month_span(y: int, m1: int, m2: int | None = None) -> tuple[Date, Date]:
    m2 = m2 or m1
    return Date(y, m1, 1), Date(y, m2, _last_day(y, m2))


def _add_months(d: Date, n: int) -> Date:
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    return Date(y, m + 1, min(d.day, _last_day(y, m + 1)))


def _year_of(s: str) -> int:
    s = s.strip("'’")
    if len(s) == 2:
        return 2000 + int(s)
    return int(s)


class Resolver:
    def __init__(self, fiscal_start: int = 1):
        v = period_vocab()
        self.months = {k: int(n) for k, n in v["MONTH"].items()}
        self.nums = {k: int(n) for k, n in v["NUM"].items()}
        self.ords = {k: int(n) for k, n in v["ORD"].items()}
        self.rels = {" ".join(k.split()): int(n) for k, n in v["REL"].items()}
        self.parts = {" ".join(k.split()): p for k, p in v["PART"].items()}
        self.units = dict(v["UNIT"])
        self.fiscal_start = fiscal_start

    # -- small readers
    def _month(self, s: str) -> int:
        return self.months[s.lower().rstrip(".")]

    def _num(self, s: str | None) -> int:
        if s is None:
            return 1
        s = s.lower()
        return int(s) if s.isdigit() else self.nums[s]

    def _rel(self, s: str) -> int:
        return self.rels[" ".join(s.lower().split())]

    def _anchor_year(self, g: dict[str, str], ref: Date | None) -> tuple[int | None, bool]:
        """The year a phrase is anchored in: written, 'last year', 'the year', or the reference year."""
        if "year" in g:
            return _year_of(g["year"]), False
        if "yy" in g:
            return _year_of(g["yy"]), False
        if "ryear" in g:
            return (ref.year + self._rel(g["ryear"]) if ref else None), True
        return (ref.year if ref else None), True

    # -- entry point
    def resolve(self, p: PeriodMention, ref: Date | None) -> Resolved:
        if p.form == "range":
            return self._range(p, ref)
        return getattr(self, "form_" + p.form)(p.groups, ref)

    def form_date(self, g, ref):
        month = int(g["mnum"]) if "mnum" in g else self._month(g["month"])
        year, rel = self._anchor_year(g, ref)
        if year is None:
            return Resolved(None, None, "day", True)
        day = int(g["day"])
        if day > _last_day(year, month):
            return Resolved(None, None, "day", rel)
        d = Date(year, month, day)
        return Resolved(d, d, "day", rel)

    def form_year(self, g, ref):
        y = _year_of(g["year"])
        return Resolved(Date(y, 1, 1), Date(y, 12, 31), "year")

    def form_decade(self, g, ref):
        y = int(g["decade"])
        return Resolved(Date(y, 1, 1), Date(y + 9, 12, 31), "year")

    def form_year_range(self, g, ref):
        a = _year_of(g["year"])
        return Resolved(Date(a, 1, 1), Date(_end_year(a, g["year2"]), 12, 31), "year")

    def _nth_part(self, g, ref, unit: str, months: int) -> Resolved:
        """The n-th quarter or half of a year: 'Q3 2024', 'the second half of last year'."""
        n = int(g[unit]) if g[unit].isdigit() else self.ords[g[unit].lower()]
        year, rel = self._anchor_year(g, ref)
        if year is None:
            return Resolved(None, None, unit, True)
        a, b = _month_span(year, months * (n - 1) + 1, months * n)
        return Resolved(a, b, unit, rel)

    def form_quarter(self, g, ref):
        return self._nth_part(g, ref, "quarter", 3)

    def form_half(self, g, ref):
        return self._nth_part(g, ref, "half", 6)

    def form_fiscal(self, g, ref):
        fs = self.fiscal_start
        if "year2" in g:
            first = _year_of(g["year"])
            end_year = _end_year(first, g["year2"])
            if fs == 1:  # a split name under a calendar fiscal year: both years, honestly vague
                return Resolved(Date(first, 1, 1), Date(end_year, 12, 31), "year", approximate=True)
        else:
            end_year = _year_of(g["year"])
        if fs == 1:
            return Resolved(Date(end_year, 1, 1), Date(end_year, 12, 31), "year")
        start = Date(end_year - 1, fs, 1)  # a fiscal year is named by the calendar year it ends in
        end = _add_months(start, 12) - timedelta(days=1)
        return Resolved(start, end, "year")

    def form_month_range(self, g, ref):
        m1, m2 = self._month(g["month"]), self._month(g["month2"])
        year, rel = self._anchor_year(g, ref)
        if year is None:
            return Resolved(None, None, "month", True)
        y1 = _year_of(g["year1"]) if "year1" in g else (year - 1 if m1 > m2 else year)
        return Resolved(Date(y1, m1, 1), Date(year, m2, _last_day(year, m2)), "month", rel)

    def form_relative(self, g, ref):
        """'last year', 'this quarter'; 'full-year' alone is this year, 'full-year 2023' is 2023."""
        unit = self.units[g["unit"].lower()]
        if "year" in g:
            return self.form_year(g, ref)
        if ref is None:
            return Resolved(None, None, unit, True)
        return Resolved(*_unit_at(ref, unit, self._rel(g["rel"]) if "rel" in g else 0), unit, True)

    def form_ago(self, g, ref):
        unit = self.units[g["unit"].lower()]
        if ref is None:
            return Resolved(None, None, unit, True)
        return Resolved(*_unit_at(ref, unit, -self._num(g.get("n"))), unit, True)

    def form_to_date(self, g, ref):
        unit = self.units[g.get("unit", "year").lower()]
        if ref is None:
            return Resolved(None, None, "day", True)
        start, _ = _unit_at(ref, unit, 0)
        return Resolved(start, ref, "day", True)

    def form_past(self, g, ref):
        unit = self.units[g["unit"].lower()]
        n = self._num(g.get("n"))
        if ref is None:
            return Resolved(None, None, unit, True)
        if unit == "day":
            start = ref - timedelta(days=n)
        elif unit == "week":
            start = ref - timedelta(weeks=n)
        else:
            start = _add_months(ref, -n * {"month": 1, "quarter": 3, "year": 12}[unit])
        return Resolved(start, ref, unit, True)

    def form_first(self, g, ref):
        unit = self.units[g["unit"].lower()]
        n = self._num(g["n"])
        year, rel = self._anchor_year(g, ref)
        if year is None:
            return Resolved(None, None, unit, True)
        start = Date(year, 1, 1)
        if unit in ("day", "week"):
            end = start + timedelta(days=n * (7 if unit == "week" else 1) - 1)
        else:
            end = _add_months(start, n * (3 if unit == "quarter" else 1)) - timedelta(days=1)
        return Resolved(start, end, unit, rel)

    def form_part(self, g, ref):
        part = self.parts[" ".join(g["part"].lower().split())]
        if "month" in g or g.get("theunit", "").lower() == "month":
            if "month" in g:
                month = self._month(g["month"])
                year, rel = self._anchor_year(g, ref)
            else:
                month, year, rel = (ref.month if ref else 0), (ref.year if ref else None), True
            if year is None:
                return Resolved(None, None, "day", True, True)
            a, b = PART_DAYS[part]
            last = _last_day(year, month)
            return Resolved(Date(year, month, a), Date(year, month, min(b, last)), "day", rel, True)
        year, rel = self._anchor_year(g, ref)
        if year is None:
            return Resolved(None, None, "quarter", True, True)
        if part == "mid":
            return Resolved(Date(year, 5, 1), Date(year, 8, 31), "month", rel, True)
        q = 1 if part == "early" else 4
        a, b = _month_span(year, 3 * q - 2, 3 * q)
        return Resolved(a, b, "quarter", rel, True)

    def form_deadline(self, g, ref):
        if "month" in g:
            inner = self.form_date(g, ref) if "day" in g else self.form_month(g, ref)
        else:
            inner = self.form_year(g, ref)
        return Resolved(None, inner.to_date, inner.grain, inner.relative, inner.approximate)

    def form_month(self, g, ref):
        month = self._month(g["month"])
        year, rel = self._anchor_year(g, ref)
        if year is None:
            return Resolved(None, None, "month", True)
        a, b = _month_span(year, month)
        return Resolved(a, b, "month", rel)

    def _range(self, p: PeriodMention, ref):
        a, b = p.parts
        rb = self.resolve(b, ref)
        ga = dict(a.groups)
        if "year" not in ga and "year" in b.groups and rb.from_date is not None:
            first_month = int(ga["mnum"]) if "mnum" in ga else self._month(ga["month"])
            ga["year"] = str(rb.from_date.year - (1 if first_month > rb.from_date.month else 0))
        ra = self.resolve(PeriodMention(a.start, a.end, a.text, a.rule, a.form, ga), ref)
        grain = min(ra.grain, rb.grain, key=GRAINS.index)
        return Resolved(ra.from_date, rb.to_date, grain, ra.relative or rb.relative, ra.approximate or rb.approximate)


def _unit_at(ref: Date, unit: str, offset: int) -> tuple[Date, Date]:
    """The whole day/week/month/quarter/year `offset` units from the one holding ref."""
    if unit == "day":
        d = ref + timedelta(days=offset)
        return d, d
    if unit == "week":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=offset)
        return monday, monday + timedelta(days=6)
    if unit == "year":
        y = ref.year + offset
        return Date(y, 1, 1), Date(y, 12, 31)
    size = 3 if unit == "quarter" else 1
    first = Date(ref.year, (ref.month - 1) // size * size + 1, 1)
    a = _add_months(first, offset * size)
    b = _add_months(a, size) - timedelta(days=1)
    return a, b


def shift_months(d: Date, months: int) -> Date:
    """d moved by whole months; a month's last day stays its last day (2024-06-30 - 12 -> 2023-06-30)."""
    moved = _add_months(d, months)
    if d.day == _last_day(d.year, d.month):
        return Date(moved.year, moved.month, _last_day(moved.year, moved.month))
    return moved


def months_spanned(from_date: Date | None, to_date: Date | None) -> int | None:
    """Whole calendar months a period covers when it runs from a month's first day to a month's last day."""
    if from_date is None or to_date is None or from_date.day != 1:
        return None
    if to_date.day != _last_day(to_date.year, to_date.month):
        return None
    return (to_date.year - from_date.year) * 12 + to_date.month - from_date.month + 1
