"""period: a duration against the period it counts ('from January to May ... in five months'), and a rate
restated per another unit ('$14m a day, or about $5.1bn a year', annualised as 365 days)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from claimgraph.checks.base import Context, Finding, fmt_iv, judge
from claimgraph.checks.cues import COMPARED_BETWEEN, DURATION_BEFORE, PER_FACTORS, RATE_TOTAL_LINK, RATE_WHOLE_BEFORE
from claimgraph.checks.intervals import Interval
from claimgraph.checks.proportion import compatible
from claimgraph.checks.registry import register

MONTHS_PER = {"month": Decimal(1), "year": Decimal(12), "quarter": Decimal(3)}
COUNTED_RULES = ("period.month_range", "period.range", "period.first_n", "period.past")


@register("period")
def period(ctx: Context) -> list[Finding]:
    return _counted_durations(ctx) + _rate_totals(ctx) + _restated_rates(ctx)


def _counted_durations(ctx: Context) -> list[Finding]:
    """'from January to May ... in five months': a duration against the period it counts."""
    out = []
    for q in ctx.qs:
        if q.kind == "duration" and q.unit in MONTHS_PER and DURATION_BEFORE.search(ctx.before(q, 40)):
            if any(p.start <= q.start and q.end <= p.end for p in ctx.periods_over(q)):
                continue  # "the past six months" is itself a period
            k = ctx.sentence_no(q.start)
            # an elapsed span the duration counts ('from January to May ... in five months'), not a
            # calendar year or quarter that merely dates something
            counted = [p for p in ctx.periods_starting(ctx.spans[max(0, k - 1)][0] if k > 1 else 0, q.end + 9)
                       if p.months and p.rule in COUNTED_RULES and
                       ((p.end <= q.start and k - ctx.sentence_no(p.start) <= 1)
                        or (q.end <= p.start <= q.end + 8))]  # "in the six months from April to November"
            if not counted:
                continue
            p = counted[-1]
            expected = Interval.point(Decimal(p.months))
            stated_iv = ctx.interval(q).scale(MONTHS_PER[q.unit])

            def describe(verdict: str, p=p, q=q, expected=expected, stated_iv=stated_iv) -> str:
                return (f"{p.text} spans {fmt_iv(expected)} months; stated {q.text} means {fmt_iv(stated_iv)} months "
                        f"→ {verdict}")

            out.append(judge([q.id], q, stated_iv, expected, describe))
    return out


def _restated_rates(ctx: Context) -> list[Finding]:
    """'$14m a day, or about $5.1bn a year': a rate restated per another unit."""
    out = []
    for a in ctx.qs:
        if not a.per:
            continue  # no rate
        for b in ctx.in_sentence(a):
            if b.start <= a.start or not b.per or a.per == b.per or (a.kind, a.unit) != (b.kind, b.unit):
                continue
            factor = PER_FACTORS.get((a.per, b.per))
            small, big = a, b
            if factor is None:
                factor = PER_FACTORS.get((b.per, a.per))
                small, big = b, a
            if factor is None:
                continue
            if len(ctx.text[a.end:b.start].split()) > RESTATED_GAP:
                continue  # 'At $9.99 a month, the service now brings in $760 million a year': a clause of its own
            if _ALTERNATIVE.fullmatch(ctx.text, a.end, b.start):
                continue  # '$9.99 a month or $79.99 a year': two prices to choose from ('..., or $96 a year' restates)
            expected = ctx.interval(small).scale(Decimal(factor))
            stated_iv = ctx.interval(big)

            def describe(verdict: str, small=small, big=big, factor=factor, expected=expected,
                         stated_iv=stated_iv) -> str:
                return (f"{small.text} a {small.per} × {factor} = {fmt_iv(expected, small.unit)} a {big.per}; stated "
                        f"{big.text} means {fmt_iv(stated_iv, big.unit)} → {verdict}")

            out.append(judge([small.id], big, stated_iv, expected, describe))
    return out


PER_DAYS = {"day": Decimal(1), "week": Decimal(7)}
# a rate's per and a bare 'or'/'and' (no comma) before the other rate: two offers, not one restated
_ALTERNATIVE = re.compile(r"\s+(?:a|an|per|each)\s+[a-z]+\s+(?:or|and)\s+")
RESTATED_GAP = 5  # words between a rate and its restatement ('a day, or roughly', 'a year works out at almost')
UNIT_DAYS = {"day": 1, "week": 7, "month": 31, "quarter": 92, "year": 366}  # the longest of each unit


def _roles(ctx: Context, q) -> str | None:
    """A figure's role among the levels that are not what happened (a target, a forecast ...), else None."""
    return ctx.role(q) if ctx.planned(q) else None


def _one_unit(p, per: str) -> bool:
    """A period no longer than one unit of the rate ('Friday' for a rate a day): no span it adds up over."""
    days = (date.fromisoformat(p.to_date) - date.fromisoformat(p.from_date)).days + 1
    return days <= UNIT_DAYS[per]


def _dated_elsewhere(ctx: Context, total: Any, p: Any) -> bool:
    """Whether the total's claim is dated to a span that lies outside period p."""
    when = ctx.when_of(total)
    return when is not None and (str(when[1]) < p.from_date or str(when[0]) > p.to_date)


def _rate_totals(ctx: Context) -> list[Finding]:
    """'delivered 41,000 cars from January to May, an average of 8,200 a month' and 'averaged EUR 90m a day
    in the first half of 2024, roughly EUR 11bn over the six months': rate times length = total."""
    out = []
    for rate in ctx.qs:
        if rate.per not in ("day", "week", "month", "quarter", "year") or rate.change or ctx.old_level(rate):
            continue  # nor a base compared ('$7.2 million a year, up from $5.5 million a year')
        sentence = ctx.in_sentence(rate)
        totals = [x for x in sentence if x is not rate and x.per is None and not x.change and compatible(x, rate)
                  and x.kind in ("money", "count", "number", "physical") and not ctx.old_level(x)]
        if len(totals) != 1:
            continue
        total = totals[0]
        a, b = (total.end, rate.start) if total.end <= rate.start else (rate.end, total.start)
        if COMPARED_BETWEEN.search(ctx.text, a, b) or RATE_WHOLE_BEFORE.search(ctx.text, a, rate.start):
            continue  # '2.1 billion shares on Friday, compared with a daily average of 1.7 billion': two things set
            # side by side, not a rate and its total
        if not RATE_TOTAL_LINK.search(ctx.text, max(0, min(total.start, rate.start) - 30),
                                      max(total.start, rate.start)):
            continue  # '£180,000 over 25 years at 4.8% means monthly repayments of £1,031': no average, no restatement
        if _roles(ctx, rate) != _roles(ctx, total):
            continue  # 'a target of 5,400 homes a year, but completions in 2024 were 3,870': a goal's rate, an actual
        k = ctx.sentence_no(rate.start)
        span = [p for p in ctx.sentence_periods(k) if p.from_date and p.to_date
                and p.rule not in ("period.deadline", "period.ago", "period.relative", "period.to_date")
                and not _one_unit(p, rate.per)]  # 'said on Friday ... 3.4 million a day': no span a rate adds up over
        if span and _dated_elsewhere(ctx, total, span[0]):
            continue  # 'the 2015-2019 average of 1,620 deaths a year, last year's total of 1,302': another span's
        durations = [x for x in sentence if x.kind == "duration" and x.unit in MONTHS_PER]
        if rate.per in ("month", "quarter", "year"):
            months = None
            if durations:
                months = Decimal(durations[0].low) * MONTHS_PER[durations[0].unit]
            elif span and span[0].months:
                months = Decimal(span[0].months)
            if months is None:
                continue
            length = months / MONTHS_PER[rate.per]
            how = f"{months.normalize():f} months"
        else:
            # a count of days the sentence gives is the span ('walked out for three days in October, costing £90
            # million, or £30 million a day'), before any period that merely dates it
            counted = [x for x in sentence if x.kind == "duration" and x.unit in PER_DAYS]
            if counted:
                days = Decimal(counted[0].low) * PER_DAYS[counted[0].unit]
                how = f"{counted[0].text} ({days.normalize():f} days)"
            elif span:
                days = Decimal((date.fromisoformat(span[0].to_date) - date.fromisoformat(span[0].from_date)).days + 1)
                how = f"{span[0].text} ({days} days)"
            else:
                continue
            length = days / PER_DAYS[rate.per]
        expected = ctx.interval(rate).scale(length)
        stated_iv = ctx.interval(total)

        def describe(verdict: str, rate=rate, total=total, how=how, expected=expected, stated_iv=stated_iv) -> str:
            return (f"{rate.text} a {rate.per} over {how} = {fmt_iv(expected, rate.unit)}; stated {total.text} means "
                    f"{fmt_iv(stated_iv, total.unit)} → {verdict}")

        out.append(judge([rate.id], total, stated_iv, expected, describe))
    return out
