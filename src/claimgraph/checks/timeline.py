"""Claims of one series (same subject, metric, unit and scope) over periods: which lie inside which, and
which tile a longer one."""

from __future__ import annotations

from datetime import date, timedelta

from claimgraph.checks.base import Context
from claimgraph.checks.proportion import compatible


def same_series(ctx: Context, a, b, metric: bool = True) -> bool:
    """One measure of one thing: the same kind, unit and rate; the same subject and metric where both are
    known ('It sold $2bn' continues the sentence before it); and, for figures a paragraph apart, known and
    equal subject and metric."""
    qa, qb = ctx.by_id[a.quantity], ctx.by_id[b.quantity]
    if qa.per != qb.per or not compatible(qa, qb):
        return False  # "1.2 million deliveries ... 310,000 in the first quarter": one count, its noun elided
    near = ctx.text.count("\n", min(qa.start, qb.start), max(qa.start, qb.start)) == 0
    pairs = [(a.subject, b.subject)] + ([(a.metric, b.metric)] if metric or not near else [])
    for x, y in pairs:
        if x and y and x != y:
            return False
        if not near and not (x and y):
            return False
    return True


def span(c) -> tuple[date, date] | None:
    if not c.when or not c.when[0] or not c.when[1]:
        return None
    return date.fromisoformat(c.when[0]), date.fromisoformat(c.when[1])


def inside(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1] and a != b


def disjoint(spans: list[tuple[date, date]]) -> bool:
    spans = sorted(spans)
    return all(x[1] < y[0] for x, y in zip(spans, spans[1:], strict=False))


def covered(parts: list[tuple[date, date]], whole: tuple[date, date]) -> bool:
    day = whole[0]
    for a, b in sorted(parts):
        if a > day:
            return False
        day = max(day, b + timedelta(days=1))
    return day > whole[1]


def groups(ctx: Context, metric: bool = True):
    """(whole claim, [part claims]) for every claim with a period and the disjoint claims of its series
    inside that period."""
    stated = [c for c in ctx.claims if c.quantity and span(c)
              and ctx.by_id[c.quantity].kind in ("money", "count", "number", "physical")
              and c.role in ("target", "actual", "forecast", "estimate") and not ctx.by_id[c.quantity].change]
    for whole in stated:
        ws = span(whole)
        parts = [c for c in stated if c is not whole and same_series(ctx, c, whole, metric) and inside(span(c), ws)]
        # keep the largest disjoint set, earliest first
        parts.sort(key=lambda c: span(c))
        chosen: list = []
        for c in parts:
            if disjoint([span(x) for x in chosen] + [span(c)]):
                chosen.append(c)
        if chosen:
            yield whole, chosen


def tiles(ctx: Context):
    for whole, parts in groups(ctx):
        if len(parts) >= 2 and covered([span(p) for p in parts], span(whole)):
            yield whole, parts

