"""The document's reference date, and how it was found: given > found in the text > inferred > none."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date as Date
from functools import lru_cache
from typing import Any

import regex

from claimgraph.resolve.periods import PeriodMention, Resolved, Resolver, months_spanned
from claimgraph.resolve.periods.dates import MAX_YEAR, MIN_YEAR
from claimgraph.resolve.periods.tense import TENSE_KEYS
from claimgraph.resources.period_patterns import period_vocab

# What may share a line with a publication date: a label, a weekday, a time, a byline separator.
_DATELINE_REST = regex.compile(
    r"(?:(?:published|posted|updated|last\s+updated|first\s+published|date|dated|on)\b\s*:?\s*|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|"
    r"\b(?:gmt|utc|[a-z]{2,4}t)\b|[\s,|·•\-–—()/])*",
    regex.IGNORECASE,
)
# A wire dateline: a place in capitals opening a line, then the date and a dash ("LONDON, March 26, 2025 -").
_WIRE_PLACE = regex.compile(r"\s*\p{Lu}[\p{Lu} .'\-]{1,40}(?:\s*\([^)\n]{1,40}\))?,\s*")
_WIRE_AFTER = regex.compile(r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:[-–—]{1,2}|:)\s")
_EXPLICIT_FORMS = ("date", "month", "month_range", "range")  # events and data periods, rarely targets


def parse_given(value: str | Date | None) -> Date | None:
    """The article's date given by the caller, as a date; ValueError for a malformed one or a year outside
    MIN_YEAR..MAX_YEAR (the resolvers reach years before and after it)."""
    if value is None:
        return None
    day = value if isinstance(value, Date) else Date.fromisoformat(value)
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise ValueError(f"date {value!s}: expected a year from {MIN_YEAR} to {MAX_YEAR}")
    return day


def reference_date(
    text: str, periods: Iterable[PeriodMention], given: str | Date | None, resolver: Resolver
) -> tuple[Date | None, str]:
    given_date = parse_given(given)
    if given_date is not None:
        return given_date, "given"
    periods = list(periods)
    found = _dateline(text, periods, resolver)
    if found is not None:
        return found, "found"
    inferred = _infer(periods, resolver)
    if inferred is not None:
        return inferred, "inferred"
    return None, "none"


def _dateline(text: str, periods: list[PeriodMention], resolver: Resolver) -> Date | None:
    """A full date standing on its own line, with at most a label ('Published on'), weekday or time; or a
    wire dateline's date ("LONDON, March 26, 2025 (Reuters) - ...")."""
    for p in periods:
        if p.form != "date" or "year" not in p.groups:
            continue
        line_start = text.rfind("\n", 0, p.start) + 1
        line_end = text.find("\n", p.end)
        line_end = len(text) if line_end < 0 else line_end
        rest = text[line_start:p.start] + " " + text[p.end:line_end]
        wire = _WIRE_PLACE.fullmatch(text[line_start:p.start]) and _WIRE_AFTER.match(text, p.end)
        if _DATELINE_REST.fullmatch(rest) or wire:
            resolved = resolver.form_date(p.groups, None)
            if resolved.from_date is not None:
                return resolved.from_date
    return None


def _infer(periods: list[PeriodMention], resolver: Resolver) -> Date | None:
    """The latest day the text dates explicitly (a day or month with its year), else the end of the latest
    year it names; undated days and months in that year count too ('May 15' after 'January to May 2024')."""
    explicit = [p for p in periods if p.form in _EXPLICIT_FORMS and _has_year(p)]
    if explicit:
        ends = [r.to_date for r in (resolver.resolve(p, None) for p in explicit) if r.to_date]
        if ends:
            latest = max(ends)
            year_ref = Date(latest.year, 1, 1)
            undated = [p for p in periods if p.form in ("date", "month") and not _has_year(p)]
            # read without their tense: the year is what is asked ('On May 3 the firm cut prices' after 'January to
            # April 2023' is that year's May 3, however the tense would place it against the year's first day)
            same_year = [resolver.resolve(replace(p, groups={k: v for k, v in p.groups.items()
                                                              if k not in TENSE_KEYS}), year_ref) for p in undated]
            days = [r.to_date for r in same_year if r.to_date and r.to_date.year == latest.year]
            return max([latest, *days])
    years = [r.to_date for r in (resolver.resolve(p, None) for p in periods
                                 if p.form in ("year", "quarter", "half", "year_range", "part") and _has_year(p))
             if r.to_date]
    if years:
        return Date(max(years).year, 12, 31)
    return None


def _has_year(p: PeriodMention) -> bool:
    if p.form == "range":
        return any(_has_year(x) for x in p.parts)
    return "year" in p.groups or "yy" in p.groups


@lru_cache(maxsize=16)
def period_resolver(fiscal_start: int, place_year: tuple[int, str, int] = (1, "end", 1)) -> Resolver:
    """The period resolver for a fiscal year starting in month fiscal_start, or else the place's (one per value,
    reused)."""
    return Resolver(fiscal_start, place_year)


def place_year(text: str) -> tuple[int, str, int]:
    """The fiscal year of the place a text is about (periods.json FISCAL_BY_PLACE): (start month, naming, start
    month of a split year's name), or (1, 'end', 1) for calendar years. A split name ('2024-25', '2024/25') is
    the year of the place the text names or counts money of most, even once, in a story about a government or
    that says financial or fiscal year ('the 2024-25 financial year'); a bare 'FY2025' needs the place's
    government."""
    rule = period_vocab()["FISCAL_BY_PLACE"]
    government = _place_words(tuple(rule["government_words"])).search(text) is not None
    best, most, split, split_most = None, 0, None, 0
    for place in rule["places"]:
        words = _place_words(tuple(place["words"]))
        n = len(words.findall(text))
        money = _place_words(tuple(place["money"])).search(text) is not None
        # named once, in the lead, of a budget story or of figures in the place's money
        first = words.search(text, 0, rule["lead_chars"])
        lead = first is not None and (government or first.group(0).endswith(("'s", "’s")) or money)
        if n > most and (n >= rule["min_mentions"] or lead):
            best, most = place, n
        # a dateline's place counts for a split year's name only ('KARACHI: ... fiscal year 2025-26'): a wire filed
        # in LONDON tells of Ghana's budget, whose 'fiscal 2025' is no UK year
        dated = len(_place_words(tuple(place["words"]), capitals=True).findall(text, 0, rule["lead_chars"]))
        if n + money + dated > split_most:
            split, split_most = place, n + money + dated
    # a split name is the place's fiscal year only in a story about a government's or a financial year: a season
    # ('the 2023-24 season'), a school year or a company's own year stay vague
    fiscal_words = government or _FISCAL_YEAR_WORDS.search(text) is not None
    split_start = int(split["start"]) if split is not None and fiscal_words else 1
    if best is None or best["government_only"] and not government:
        return 1, "end", split_start
    return int(best["start"]), str(best["named_by"]), split_start


_FISCAL_YEAR_WORDS = regex.compile(r"\b(?:financial|fiscal|tax)\s+year\b|\bFY\s?\d|\bfiscal\s+\d")


@lru_cache(maxsize=64)
def _place_words(words: tuple[str, ...], capitals: bool = False) -> regex.Pattern:
    # a word stands alone ('UK', not 'UKRAINE'); a sign may touch its figure ('£137 billion', '₹1.2 lakh crore');
    # `capitals`: the names in capitals, as a dateline writes them ('KARACHI:', 'NEW DELHI -')
    if capitals:
        words = tuple(w.upper() for w in words if w[:1].isupper() and w.replace(" ", "").isalpha() and len(w) > 3)
    alts = "|".join((r"(?<!\w)" if w[0].isalnum() else "") + regex.escape(w) + (r"(?!\w)" if w[-1].isalnum() else "")
                    for w in sorted(words, key=len, reverse=True))
    return regex.compile(alts or r"(?!)")


def iso(d: Date | None) -> str | None:
    return d.isoformat() if d else None


def period_record(n: int, p: PeriodMention, r: Resolved) -> dict[str, Any]:
    """The Report's period n: the mention p, resolved to r."""
    return {
        "id": f"p{n}", "text": p.text, "start": p.start, "end": p.end,
        "from_date": iso(r.from_date), "to_date": iso(r.to_date), "grain": r.grain,
        "relative": r.relative, "approximate": r.approximate,
        "months": months_spanned(r.from_date, r.to_date), "rule": p.rule,
    }


def resolved_periods(text: str, mentions: list[PeriodMention], given: str | Date | None,
                     fiscal_start: int = 1) -> tuple[Date | None, str, list[dict[str, Any]]]:
    """A text's periods resolved against its reference date: (the date, how it was found, one record per
    period). Periods resolve in order, so those that point back follow the one before (Resolver.resolve_all);
    the Report, the streamed Report and span._.period all take them from here."""
    fiscal = fiscal_start == 1 and any(m.form in ("fiscal", "year_range") or "fyof" in m.groups or "fyr" in m.groups
                                       for m in mentions)  # 'fiscal 2025', 'FY25', 'the current fiscal year'...
    resolver = period_resolver(fiscal_start, place_year(text) if fiscal else (1, "end", 1))
    ref, source = reference_date(text if mentions else "", mentions, given, resolver)
    resolved = resolver.resolve_all(mentions, ref)
    return ref, source, [period_record(n, p, r) for n, (p, r) in enumerate(zip(mentions, resolved, strict=True),
                                                                             start=1)]
