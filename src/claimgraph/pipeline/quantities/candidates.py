"""Steps 1-3: the Matcher's candidates reduced to the best non-overlapping set, each finished by its production."""

from __future__ import annotations

from typing import NamedTuple

from claimgraph.pipeline.quantities.mention import BARE_RULE, Mention
from claimgraph.pipeline.quantities.productions import PRODUCTIONS, ProductionFn
from claimgraph.pipeline.quantities.state import DocState
from claimgraph.resolve.numbers import digit_value

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


def choose(s: DocState, found: list[Candidate]) -> list[Mention]:
    """The best non-overlapping resolved candidates, in text order."""
    found = sorted(found, key=lambda c: (-(c.end - c.start - LENGTH_DISCOUNT.get(c.label, 0)), PRIORITY[c.label],
                                         c.start))
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
    # two numerals side by side ("Stoxx 50 -1.3%") are two figures: split before the second
    t = s.t
    for k in range(start + 1, end):
        if t[k - 1].like_num and digit_value(t[k].text) is not None:
            first = PRODUCTIONS["number"](s, start, k, BARE_RULE, "NUMBER")
            return ([first] if first else []) + resolve_all(s, k, end, c)
    m = c.production(s, start, end, c.rule, c.label)
    return [m] if m else []
