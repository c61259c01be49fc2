"""A move stated in one sentence whose levels the next sentences give: 'Halvorsen's third-quarter net income
rose 12%, even though ... Net advanced to $56.3 million, or 71 cents a share, from $50.2 million.' The news
lead states the change; a following sentence states the two levels without a change of its own.

The text relates them when both sentences name the same measure (a word of one family of
patterns/<lang>/checks.json's metric_families: 'net income' ... 'net', 'earned'), the later sentence comes
within a few sentences, has no move of its own, and names no other period than the lead's.

Earnings stories also give the two levels in two sentences, the earlier one marked as the year before: 'Du
Pont's third-quarter profit grew 19% ... The company reported net of $547 million ... In the year-earlier
period, the company earned $437 million'; or the lead gives the new level itself ('net income fell 22% to
$182.6 million ... Last year ..., when net was $235.5 million'). Each level is named by a word of the
lead's family just before it, and the old one's sentence says it is the year before (cue year_ago)."""

from __future__ import annotations

import re
from typing import Any

from claimgraph.checks.base import Context, other_subject
from claimgraph.checks.cues import (
    BY_BEFORE,
    FISCAL_BEFORE,
    LEAD_REACH,
    METRIC_FAMILIES,
    METRIC_FAMILY,
    NEUTRAL_METRICS,
    NEW_BEFORE,
    PART_NAMED,
    SPAN_WORDS,
    SPLIT_REACH,
    WHOLE_NAMED,
    YEAR_AGO,
)
from claimgraph.checks.proportion import comparable

IGNORED_PERIODS = ("period.ago", "period.relative", "period.deadline", "period.to_date")
APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s[^,]*,")


def family(text: str) -> set[str]:
    """The measure families the words of a text name."""
    return {name for name, pattern in METRIC_FAMILIES.items() if pattern.search(text)}


def later_levels(ctx: Context, q: Any, moves: Any) -> tuple[Any, Any] | tuple[None, None]:
    """(old, new) levels for the move q from the following sentences, else (None, None). `moves(x)` says
    whether a figure states a move itself."""
    k = ctx.sentence_no(q.start)
    if k + 1 >= len(ctx.spans):
        return None, None  # the levels come from the sentences after q's: there are none
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
        if WHOLE_NAMED.search(ctx.text, sa, new.start) and not WHOLE_NAMED.search(ctx.text, a, q.start):
            return None, None  # 'its cloud revenue rose 24%. Total revenue was ...': the whole's levels
        if PART_NAMED.search(ctx.text, sa, new.start) and not PART_NAMED.search(ctx.text, a, b):
            return None, None  # 'revenue rose 20%. Its cloud unit posted sales of ...': a part's levels
        later = _periods(ctx, j)
        if _anothers(ctx, q, new):
            continue  # 'Revenue rose 21% ... Cardimax sales climbed to $410 million from $215 million'; 'operating
            # profit was $121 million, up 12%. Basic earnings per share were 41.2 cents, up from ...': another's
        # the measure the sentence names, not one an aside describes it by ('Its backlog, a measure of future
        # sales, rose to ...')
        if family(APPOSITIVE.sub(" ", ctx.text[sa:new.start])) == named and (not periods or not later
                                                                             or periods & later):
            return old, new
    return _split_levels(ctx, q, k, named, moves)


def _split_levels(ctx: Context, q: Any, k: int, named: set[str], moves: Any) -> tuple[Any, Any] | tuple[None, None]:
    """The new level (the lead's own 'to Y', else the first later sentence naming the measure) and the old
    one a later sentence gives as the year before's; no sentence between with a move of its own."""
    sentence = [x for x in ctx.qs if ctx.sentence_no(x.start) == k and x is not q]
    if any(moves(x) for x in sentence):
        return None, None  # two moves in the lead ('... rose 16% while ... rose 2%'): whose levels is not clear
    lead = [x for x in sentence if _level(x) and NEW_BEFORE.search(ctx.before(x, 12))]
    new = lead[0] if len(lead) == 1 else None
    periods = _periods(ctx, k)
    for j in range(k + 1, min(k + 1 + SPLIT_REACH, len(ctx.spans))):
        figures = [x for x in ctx.qs if ctx.sentence_no(x.start) == j]
        a, b = ctx.spans[j]
        named_here = [x for i, x in enumerate(figures) if _level(x) and not BY_BEFORE.search(ctx.before(x, 4))
                      and family(_words_before(ctx, x, figures[i - 1].end if i else a)) == named]
        if any(moves(x) for x in figures) or any(ctx.old_level(x) for x in named_here):
            return None, None  # a move of its own, or both levels of the measure in one sentence
        if any(ctx.old_level(x) for x in figures):
            continue  # a comparison of its own ('It forecast first-quarter revenue of $3.1 billion, down from $3.3
            # billion a year earlier'; 'lifted its payout to 42 cents from 38 cents'): none of the lead's levels
        if not named_here:
            continue
        if _anothers(ctx, q, named_here[0]):
            continue  # 'Revenue rose 21% to $1.05 billion. Cardimax sales climbed ...': a product's levels
        year_ago = bool(YEAR_AGO.search(ctx.text[a:b]))
        if year_ago and periods & _periods(ctx, j):
            return None, None  # 'in 2024 ... $600 million last year' in 2025: the same year, no year before
        if year_ago:
            return (named_here[0], new) if new is not None else (None, None)
        if new is not None:
            return None, None  # a second new level: which one the move is of is not clear
        later = _periods(ctx, j)
        if (later and not periods & later) or _other_span(ctx, k, j):
            return None, None  # the level of another period ('For the nine months, ... net of $81.2 million')
        new = named_here[0]
    return None, None


def other_measure(ctx: Context, a: Any, b: Any) -> bool:
    """Whether the claims of two figures name metrics of different families (neither neutral nor unnamed):
    then one is no level of the other's move."""
    ca, cb = ctx.claim_of.get(a.id), ctx.claim_of.get(b.id)
    ma, mb = (ca.metric if ca else None), (cb.metric if cb else None)
    if not ma or not mb or ma in NEUTRAL_METRICS or mb in NEUTRAL_METRICS or ma == mb:
        return False
    return METRIC_FAMILY.get(ma, ma) != METRIC_FAMILY.get(mb, mb)


def _anothers(ctx: Context, q: Any, x: Any) -> bool:
    """A later level of another subject or another measure than the lead's move: no level of it."""
    return other_subject(ctx, q, x) or other_measure(ctx, q, x)


def _other_span(ctx: Context, k: int, j: int) -> bool:
    """Sentence j names a span of months or a year that the lead, sentence k, does not name."""
    lead = {m.group().lower() for m in SPAN_WORDS.finditer(ctx.text[slice(*ctx.spans[k])])}
    return any(m.group().lower() not in lead for m in SPAN_WORDS.finditer(ctx.text[slice(*ctx.spans[j])]))


def _words_before(ctx: Context, x: Any, since: int) -> str:
    """The words that name a figure: those just before it, back to the figure before it ('$50 million,
    including $36 million' names the second by 'including' alone)."""
    return ctx.text[max(since, x.start - 40):x.start]


def _level(x: Any) -> bool:
    return bool(x.kind == "money" and x.per is None and not x.change and x.comparator is None)


def _periods(ctx: Context, k: int) -> set[tuple[str, str]]:
    """The dated periods sentence k names, less those that point elsewhere and fiscal ones (a company's fiscal
    quarter read as a calendar one would tell the lead's period from its levels' apart wrongly)."""
    return {(p.from_date, p.to_date) for p in ctx.sentence_periods(k)
            if p.from_date and p.to_date and p.rule not in IGNORED_PERIODS
            and not FISCAL_BEFORE.search(ctx.text[max(0, p.start - 12):p.start])}


def _pair(ctx: Context, figures: list[Any]) -> tuple[Any, Any] | tuple[None, None]:
    """The first old level ('from X', 'compared with X') and the new one before it ('to Y', or the nearest
    figure before the old one)."""
    for i, old in enumerate(figures):
        if not ctx.old_level(old):
            continue
        before = [x for x in figures[:i] if comparable(x, old) and not ctx.old_level(x)]
        news = [x for x in before if NEW_BEFORE.search(ctx.before(x, 30))] or before[-1:]
        if news:
            return old, news[-1]
    return None, None
