"""period: a duration against the period it counts ('from January to May ... in five months'), and a rate
restated per another unit ('$14m a day, or about $5.1bn a year', annualised as 365 days)."""

from __future__ import annotations

from decimal import Decimal

from .base import Context, Finding, fmt_iv, judge
from .cues import DURATION_BEFORE, PER_FACTORS
from .intervals import Interval
from .registry import register

MONTHS_PER = {"month": Decimal(1), "year": Decimal(12), "quarter": Decimal(3)}
COUNTED_RULES = ("period.month_range", "period.range", "period.first_n", "period.past")


@register("period")
def period(ctx: Context) -> list[Finding]:
    out = []
    spans = sorted(ctx.periods.values(), key=lambda p: p.start)
    for q in ctx.qs:
        if q.kind == "duration" and q.unit in MONTHS_PER and DURATION_BEFORE.search(ctx.before(q, 40)):
            if any(p.start <= q.start and q.end <= p.end for p in spans):
                continue  # "the past six months" is itself a period
            k = ctx.sentence_no(q.start)
            # an elapsed span the duration counts ('from January to May ... in five months'), not a
            # calendar year or quarter that merely dates something
            counted = [p for p in spans if p.months and p.end <= q.start and k - ctx.sentence_no(p.start) <= 1
                       and p.rule in COUNTED_RULES]
            if not counted:
                continue
            p = counted[-1]
            expected = Interval.point(Decimal(p.months))
            stated_iv = ctx.interval(q).scale(MONTHS_PER[q.unit])

            def describe(verdict: str, p=p, q=q, expected=expected, stated_iv=stated_iv) -> str:
                return (f"{p.text} spans {fmt_iv(expected)} months; stated {q.text} means {fmt_iv(stated_iv)} months "
                        f"→ {verdict}")

            out.append(judge("period", [q.id], q, stated_iv, expected, describe))
    for a in ctx.qs:
        for b in ctx.in_sentence(a):
            if b.start <= a.start or not a.per or not b.per or a.per == b.per or (a.kind, a.unit) != (b.kind, b.unit):
                continue
            factor = PER_FACTORS.get((a.per, b.per))
            small, big = a, b
            if factor is None:
                factor = PER_FACTORS.get((b.per, a.per))
                small, big = b, a
            if factor is None:
                continue
            expected = ctx.interval(small).scale(Decimal(factor))
            stated_iv = ctx.interval(big)

            def describe(verdict: str, small=small, big=big, factor=factor, expected=expected, stated_iv=stated_iv) -> str:
                return (f"{small.text} a {small.per} × {factor} = {fmt_iv(expected, small.unit)} a {big.per}; stated "
                        f"{big.text} means {fmt_iv(stated_iv, big.unit)} → {verdict}")

            out.append(judge("period", [small.id], big, stated_iv, expected, describe))
    return out
