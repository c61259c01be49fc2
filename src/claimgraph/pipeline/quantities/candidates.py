"""Steps 1-3: the Matcher's candidates reduced to the best non-overlapping set, each finished by its production."""

from __future__ import annotations

from typing import NamedTuple

from claimgraph.pipeline.quantities.mention import BARE_RULE, Mention
from claimgraph.pipeline.quantities.productions import PRODUCTIONS, ProductionFn
from claimgraph.pipeline.quantities.state import DocState
from claimgraph.resolve.numbers import digit_value, mixed_fraction, thousands_group
from claimgraph.resources.vocab import vocab

MULTIPLIERS: dict[str, int] = {k: int(v) for k, v in vocab()["number_multipliers"].items() if int(v) >= 1000}
# When two candidates overlap, the longer wins; on equal length the more specific kind wins.
PRIORITY = {"MONEY": 0, "PERCENT": 1, "MULTIPLE": 2, "FRACTION": 3, "RANK": 4, "DURATION": 5, "PHYSICAL": 6,
            "COUNT": 7, "NUMBER": 8}
# A count's noun is context, not a unit: it must not make a count beat a typed figure on the same number.
LENGTH_DISCOUNT = {"COUNT": 1}


class Candidate(NamedTuple):
    start: int
    end: int
    rule: str
    label: str
    production: ProductionFn


def rank(c: Candidate) -> tuple[int, int, int]:
    """The order choose() tries candidates in: longest first, then the more specific kind, then text order."""
    return -(c.end - c.start - LENGTH_DISCOUNT.get(c.label, 0)), PRIORITY[c.label], c.start


def choose(s: DocState, found: list[Candidate]) -> list[Mention]:
    """The best non-overlapping resolved candidates, in text order; `found` sorted by rank (as
    QuantityFinder.candidates gives them)."""
    taken = bytearray(s.n)
    chosen: list[Mention] = []
    for c in found:
        if any(taken[c.start:c.end]):
            continue
        # tokens are only taken by a candidate that resolves, so a failed reading frees them
        resolved = [m for m in resolve_all(s, c.start, c.end, c) if not any(taken[m.start:m.end])]
        if not resolved:
            continue
        for m in resolved:
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
        chosen.extend(resolved)
    chosen.sort(key=lambda m: m.start)
    return chosen


def resolve_all(s: DocState, start: int, end: int, c: Candidate) -> list[Mention]:
    """Two numerals side by side ("Stoxx 50 -1.3%") are two figures: each numeral followed by another is read
    alone, the rest by the candidate's production (a loop, so a long run of numerals stays linear)."""
    t, like_num = s.t, s.like_num
    out: list[Mention] = []
    for k in range(start + 1, end):
        if not like_num[k - 1] or digit_value(t[k].text) is None:
            continue
        third = t[k + 1].lower_ if k + 1 < s.n else ""
        if not _one_number(t[k - 1].text, t[k].text, third):
            first = PRODUCTIONS["number"](s, start, k, BARE_RULE, "NUMBER")
            if first:
                out.append(first)
            start = k
    m = c.production(s, start, end, c.rule, c.label)
    return out + ([m] if m else [])


def _one_number(first: str, second: str, third: str) -> bool:
    """Two numerals that are one number: a whole number and a proper fraction ("10 1/2"; not a year), or
    thousands set apart by spaces ("10 000")."""
    after_scale = MULTIPLIERS.get(first.lower())
    if after_scale is not None:  # "4 thousand 3 hundred": a numeral below the scale word before it
        part = digit_value(second)
        return third == "hundred" and part is not None and part == part.to_integral_value() \
            and 0 < part < min(int(after_scale), 1000)
    whole = digit_value(first)
    if whole is None or "/" in first or "," in first or len(first) == 4:
        return False
    return mixed_fraction(whole, second) or (len(first) <= 3 and thousands_group(whole, second, False))
