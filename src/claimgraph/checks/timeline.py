"""Claims of one series (same subject, metric, unit and scope) over periods: which lie inside which, and
which tile a longer one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from claimgraph.checks.base import Context
from claimgraph.checks.index import Series
from claimgraph.checks.lead import other_measure
from claimgraph.checks.proportion import compatible


def same_series(ctx: Context, a: Any, b: Any, metric: bool = True) -> bool:
    """One measure of one thing: the same kind, unit and rate; the same subject and metric where both are
    known ('It sold $2bn' continues the sentence before it); and, for figures a paragraph apart, known and
    equal subject and metric."""
    qa, qb = ctx.by_id[a.quantity], ctx.by_id[b.quantity]
    if qa.per != qb.per or not compatible(qa, qb) or not _one_noun(ctx, qa, qb):
        return False  # "1.2 million deliveries ... 310,000 in the first quarter": one count, its noun elided
    near = ctx.lines.count(min(qa.start, qb.start), max(qa.start, qb.start)) == 0
    if not metric and near and other_measure(ctx, qa, qb):
        return False  # 'first-half revenue of $3.1 billion ... full-year net profit of about $600 million'
    pairs = [(a.subject, b.subject)] + ([(a.metric, b.metric)] if metric or not near else [])
    for x, y in pairs:
        if x and y and x != y:
            return False
        if not near and not (x and y):
            return False
    return True


def _one_noun(ctx: Context, qa: Any, qb: Any) -> bool:
    """Two counts count one noun; a bare number counts a count's noun only where that noun stands in its own
    sentence or the one before ('1.2 million deliveries, 310,000 in the first quarter'; but 'Arrivals reached
    1.62 million. The city expects 20 new hotels' are two things)."""
    if qa.kind == qb.kind == "count":
        return qa.unit == qb.unit
    count, number = (qa, qb) if qa.kind == "count" else (qb, qa)
    if count.kind != "count" or number.kind != "number" or not count.unit_text:
        return True
    k = ctx.sentence_no(number.start)
    lo = ctx.spans[max(0, k - 1)][0]
    head = count.unit_text.split()[-1].lower()
    return head in ctx.text[lo:ctx.spans[k][1]].lower()


def alike(ctx: Context, c: Any) -> tuple:
    """What same_series and groups read of a claim besides its subject, metric and paragraph: two claims
    that agree on it take part in a series alike (checks.index.Series keeps only the first)."""
    q = ctx.by_id[c.quantity]
    return span(c), q.kind, q.unit, q.per


Span = tuple[date, date]  # first and last day, inclusive


def span(c: Any) -> Span | None:
    if not c.when or not c.when[0] or not c.when[1]:
        return None
    return date.fromisoformat(c.when[0]), date.fromisoformat(c.when[1])


def dated(c: Any) -> Span:
    """The span of a claim known to have one (every claim groups() yields)."""
    found = span(c)
    if found is None:
        raise ValueError(f"claim {c.id} has no period")
    return found


def inside(a: Span, b: Span) -> bool:
    return b[0] <= a[0] and a[1] <= b[1] and a != b


def disjoint(spans: list[Span]) -> bool:
    spans = sorted(spans)
    return all(x[1] < y[0] for x, y in zip(spans, spans[1:], strict=False))


def covered(parts: list[Span], whole: Span) -> bool:
    day = whole[0]
    for a, b in sorted(parts):
        if a > day:
            return False
        day = max(day, b + timedelta(days=1))
    return day > whole[1]


def groups(ctx: Context, metric: bool = True) -> Iterator[tuple[Any, list[Any]]]:
    """(whole claim, [part claims]) for every claim with a period and the disjoint claims of its series
    inside that period."""
    stated, series = _series(ctx)
    if series is None:
        return
    for whole in stated:
        ws = dated(whole)
        parts = [c for c in series.candidates(whole)
                 if c is not whole and same_series(ctx, c, whole, metric) and inside(dated(c), ws)]
        # keep the largest disjoint set, earliest first
        parts.sort(key=dated)
        chosen: list[Any] = []
        for c in parts:
            if disjoint([dated(x) for x in chosen] + [dated(c)]):
                chosen.append(c)
        if chosen:
            yield whole, chosen


def _series(ctx: Context) -> tuple[list[Any], Series | None]:
    """The claims groups() relates and their Series, built once per Context (groups runs for two checks);
    with fewer than two such claims no claim has a part, and there is no Series to build."""
    if "series" not in ctx.memo:
        stated = [c for c in ctx.claims if c.quantity and span(c)
                  and ctx.by_id[c.quantity].kind in ("money", "count", "number", "physical")
                  and c.role in ("target", "actual", "forecast", "estimate") and not ctx.by_id[c.quantity].change
                  and ctx.by_id[c.quantity].per in (None, "share")]  # a rate ('$1,560 an ounce') adds up over no
        # period; earnings a share do (a year's are its quarters')
        if len(stated) < 2:
            ctx.memo["series"] = [], None
        else:
            ctx.memo["series"] = stated, Series(stated, ctx.lines, lambda c: ctx.by_id[c.quantity].start,
                                                lambda c: alike(ctx, c))
    return ctx.memo["series"]


def tiles(ctx: Context) -> Iterator[tuple[Any, list[Any]]]:
    for whole, parts in groups(ctx):
        if len(parts) >= 2 and covered([dated(p) for p in parts], dated(whole)):
            yield whole, parts

