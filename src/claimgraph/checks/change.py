"""percent_change and change: a stated move between two stated values. 'rose 26% to 268.4 billion from
213.5 billion' -> (268.4 - 213.5) / 213.5 = 25.7%; 'up $2.7bn to $12bn from $9.3bn'; 'up 3 percentage
points from 19% to 22%'."""

from __future__ import annotations

from decimal import Decimal

from .base import Context, Finding, fmt_iv, judge
from .cues import NEW_BEFORE, OLD_BEFORE
from .intervals import Interval
from .registry import register


def endpoints(ctx: Context, q, unit_of=None):
    """(old, new) figures around a move q in its sentence: 'to Y' / 'at Y' is new, 'from X' / 'compared
    with X' is old; both of one kind and unit (unit_of picks which)."""
    olds, news = [], []
    for x in ctx.in_sentence(q):
        if x is q or (unit_of is not None and not unit_of(x)):
            continue
        before = ctx.before(x, 30)
        if OLD_BEFORE.search(before):
            olds.append(x)
        elif NEW_BEFORE.search(before) and not before.rstrip().lower().endswith("of"):
            news.append(x)
    pairs = [(o, n) for o in olds for n in news if (o.kind, o.unit) == (n.kind, n.unit)]
    if not pairs:
        return None, None
    return min(pairs, key=lambda p: abs(p[0].start - q.start) + abs(p[1].start - q.start))


def _signed(iv: Interval, down: bool) -> Interval:
    if not down:
        return iv
    return Interval(None if iv.high is None else -iv.high, None if iv.low is None else -iv.low, iv.high_open, iv.low_open)


@register("percent_change")
def percent_change(ctx: Context) -> list[Finding]:
    out = []
    for q in ctx.qs:
        if q.kind != "percent" or q.unit == "pp" or not q.change:
            continue
        old, new = endpoints(ctx, q, lambda x: x.kind in ("money", "count", "number", "physical") or
                             (x.kind == "percent" and x.unit == "%"))
        if old is None:
            continue
        rel = (ctx.interval(new) - ctx.interval(old)).over(ctx.interval(old))
        if rel is None:
            continue
        expected = rel.scale(Decimal(100))
        stated_iv = _signed(ctx.interval(q), q.change == "down")

        def describe(verdict: str, q=q, old=old, new=new, expected=expected, stated_iv=stated_iv) -> str:
            return (f"from {old.text} to {new.text} is a change of {fmt_iv(expected, '%')}; stated {q.text} "
                    f"({q.change}) means {fmt_iv(stated_iv, '%')} → {verdict}")

        out.append(judge("percent_change", [old.id, new.id], q, stated_iv, expected, describe))
    return out


@register("change")
def change(ctx: Context) -> list[Finding]:
    out = []
    for q in ctx.qs:
        if not q.change or q.kind not in ("money", "count", "number", "physical", "percent"):
            continue
        if q.kind == "percent" and q.unit != "pp":
            continue  # a relative change: percent_change
        if q.kind == "percent":
            def same(x):
                return x.kind == "percent" and x.unit == "%"
        else:
            def same(x, q=q):
                return (x.kind, x.unit) == (q.kind, q.unit)
        old, new = endpoints(ctx, q, same)
        if old is None:
            continue
        expected = ctx.interval(new) - ctx.interval(old)
        stated_iv = _signed(ctx.interval(q), q.change == "down")
        unit = "pp" if q.kind == "percent" else q.unit

        def describe(verdict: str, q=q, old=old, new=new, expected=expected, stated_iv=stated_iv, unit=unit) -> str:
            return (f"{new.text} - {old.text} = {fmt_iv(expected, unit)}; stated {q.text} ({q.change}) means "
                    f"{fmt_iv(stated_iv, unit)} → {verdict}")

        out.append(judge("change", [old.id, new.id], q, stated_iv, expected, describe))
    return out
