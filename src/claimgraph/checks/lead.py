"""A move stated in one sentence whose levels the next sentences give: 'Halvorsen's third-quarter net income
rose 12%, even though ... Net advanced to $56.3 million, or 71 cents a share, from $50.2 million.' The news
lead states the change; a following sentence states the two levels without a change of its own.

The text relates them when both sentences name the same measure (a word of one family of
patterns/<lang>/checks.json's metric_families: 'net income' ... 'net', 'earned'), the later sentence comes
within a few sentences, has no move of its own, and names no other period than the lead's."""

from __future__ import annotations

from typing import Any

from claimgraph.checks.base import Context
from claimgraph.checks.cues import LEAD_REACH, METRIC_FAMILIES, NEW_BEFORE, OLD_BEFORE
from claimgraph.checks.proportion import comparable

IGNORED_PERIODS = ("period.ago", "period.relative", "period.deadline", "period.to_date")


def family(text: str) -> set[str]:
    """The measure families the words of a text name."""
    return {name for name, pattern in METRIC_FAMILIES.items() if pattern.search(text)}


def later_levels(ctx: Context, q: Any, moves: Any) -> tuple[Any, Any] | tuple[None, None]:
    """(old, new) levels for the move q from the following sentences, else (None, None). `moves(x)` says
    whether a figure states a move itself."""
    k = ctx.sentence_no(q.start)
    a, b = ctx.spans[k]
    named = family(ctx.text[a:b])
    if len(named) != 1:
        return None, None
    periods = _periods(ctx, k)
    for j in range(k + 1, min(k + 1 + LEAD_REACH, len(ctx.spans))):
        figures = ctx.sentence_figures(j)
        if any(moves(x) for x in figures):
            return None, None  # a sentence with a move of its own: the lead's levels are not stated apart
        old, new = _pair(ctx, [x for x in figures if x.kind == "money" and x.per is None])
        if old is None or new is None:
            continue
        sa, _ = ctx.spans[j]
        later = _periods(ctx, j)
        if family(ctx.text[sa:new.start]) == named and (not periods or not later or periods & later):
            return old, new
    return None, None


def _periods(ctx: Context, k: int) -> set[tuple[str, str]]:
    return {(p.from_date, p.to_date) for p in ctx.sentence_periods(k)
            if p.from_date and p.to_date and p.rule not in IGNORED_PERIODS}


def _pair(ctx: Context, figures: list[Any]) -> tuple[Any, Any] | tuple[None, None]:
    """The first old level ('from X', 'compared with X') and the new one before it ('to Y', or the nearest
    figure before the old one)."""
    for i, old in enumerate(figures):
        if not OLD_BEFORE.search(ctx.before(old, 30)):
            continue
        before = [x for x in figures[:i] if comparable(x, old) and not OLD_BEFORE.search(ctx.before(x, 30))]
        news = [x for x in before if NEW_BEFORE.search(ctx.before(x, 30))] or before[-1:]
        if news:
            return old, news[-1]
    return None, None
