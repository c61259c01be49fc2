"""target_tension: figures for parts of a period against a target for the whole. Parts that cover the whole
must add up to it; parts that leave months uncovered must leave room for them, and the check says what
those months would need ('June would need 2.5bn-5.5bn to reach the USD 17.5 billion target')."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from claimgraph.checks.base import Context, Finding, fmt, fmt_iv, judge
from claimgraph.checks.cues import TARGET_NEAR
from claimgraph.checks.intervals import Interval
from claimgraph.checks.registry import register
from claimgraph.checks.timeline import Span, covered, dated, groups


@register("target_tension", figures=2)  # a target and a part of its period
def target_tension(ctx: Context) -> list[Finding]:
    out = []
    # within a paragraph the metric may be named once ("a full-year GMV target ... It sold $2bn")
    for whole, parts in groups(ctx, metric=False):
        if whole.role not in ("target", "forecast"):
            continue
        wq = ctx.by_id[whole.quantity]
        if not _said_target(ctx, wq):
            continue  # the claim's role alone states no target
        # a move's old level is a base, no part of the period; a bare number counts what its own sentence names, so
        # only a bare number of the target's sentence is a part of it ('a target of 20,000' tunnels ... 'Membership
        # rose to 38,200 ..., from 31,000')
        k = ctx.sentence_no(wq.start)
        parts = [p for p in parts if not ctx.old_level(ctx.by_id[p.quantity])
                 and (wq.kind != "number" or ctx.sentence_no(ctx.by_id[p.quantity].start) == k)]
        if not parts:
            continue
        whole_span = dated(whole)
        spans = [dated(p) for p in parts]
        if whole_span[1] > whole_span[0]:
            # a figure on one day is a level on that day ('troops in place yesterday'), no share of a longer
            # period's target
            kept = [(p, sp) for p, sp in zip(parts, spans, strict=True) if sp[0] != sp[1]]
            if not kept:
                continue
            parts, spans = [p for p, _ in kept], [sp for _, sp in kept]
        qs = [ctx.by_id[p.quantity] for p in parts]
        if covered(spans, whole_span):
            out.append(_adds_up(ctx, wq, qs, whole_span))
        else:
            out.append(_room_left(ctx, wq, qs, _uncovered(spans, whole_span), whole_span))
    return out


def _said_target(ctx: Context, q: Any) -> bool:
    """The text calls the figure a target or forecast: in its sentence up to it, or just after it."""
    a, _ = ctx.spans[ctx.sentence_no(q.start)]
    return bool(TARGET_NEAR.search(ctx.text[a:q.start]) or TARGET_NEAR.search(ctx.after(q, 30)))


def _adds_up(ctx: Context, wq: Any, qs: list[Any], whole: Span) -> Finding:
    """The parts make up the whole period: they must add up to the target."""
    total = sum((ctx.interval(x) for x in qs[1:]), ctx.interval(qs[0]))
    whole_iv = ctx.interval(wq)
    listed = " + ".join(x.text for x in qs)

    def describe(verdict: str) -> str:
        return (f"{listed} = {fmt_iv(total, wq.unit)} for the parts of {_name(*whole)}; the target "
                f"{wq.text} means {fmt_iv(whole_iv, wq.unit)} → {verdict}")

    return judge([x.id for x in qs], wq, whole_iv, total, describe)


def _room_left(ctx: Context, wq: Any, qs: list[Any], gaps: list[Span], whole: Span) -> Finding:
    """The parts leave months uncovered: they must leave room for them, and the finding says what those
    months would need."""
    total = sum((ctx.interval(x) for x in qs[1:]), ctx.interval(qs[0]))
    listed = " + ".join(x.text for x in qs)
    room = ctx.interval(wq) - total
    # the nominal figures as written, for the sentence a reader wants
    nominal = Interval(Decimal(wq.low) - sum(_nominal(x)[1] for x in qs),
                       Decimal(wq.high) - sum(_nominal(x)[0] for x in qs))
    months = ", ".join(_name(a, b) for a, b in gaps)
    operands = [x.id for x in qs] + [wq.id]
    if room.high is not None and room.high < 0:
        severity = (-room.high / abs(Decimal(wq.high))).quantize(Decimal("0.0001"))
        return Finding(operands, wq.id, room, "inconsistent",
                       f"{listed} already exceed the {wq.text} target for {_name(*whole)}, leaving "
                       f"{fmt_iv(room, wq.unit)} for {months} → inconsistent", severity)
    need = _floor0(nominal)
    return Finding(operands, wq.id, room, "consistent",
                   f"{listed} leave {months} to supply {fmt_iv(need, wq.unit)} of the {wq.text} target for "
                   f"{_name(*whole)} (at least {fmt(max(room.low or Decimal(0), Decimal(0)), wq.unit)} "
                   f"allowing for rounding) → consistent, but {months} would need "
                   f"{_share(need, wq)} of the whole")


def _nominal(q: Any) -> tuple[Decimal, Decimal]:
    """The figure as written, a comparator's bound included: 'less than 2 billion' -> (0, 2 billion)."""
    low, high = Decimal(q.low), Decimal(q.high)
    if q.comparator in ("lt", "le"):
        return Decimal(0), high
    return low, high


def _floor0(iv: Interval) -> Interval:
    return Interval(max(iv.low, Decimal(0)) if iv.low is not None else Decimal(0), iv.high)


def _share(need: Interval, wq: Any) -> str:
    if need.low is None or not Decimal(wq.high):
        return "?"
    return f"at least {need.low / Decimal(wq.high) * 100:.0f}%"


def _uncovered(parts: list[Span], whole: Span) -> list[Span]:
    gaps, day = [], whole[0]
    for a, b in sorted(parts):
        if a > day:
            gaps.append((day, a - timedelta(days=1)))
        day = max(day, b + timedelta(days=1))
    if day <= whole[1]:
        gaps.append((day, whole[1]))
    return gaps


def _name(a: date, b: date) -> str:
    if a.day == 1 and a.month == 1 and b.month == 12 and b.day == 31 and a.year == b.year:
        return str(a.year)
    if a.day != 1 or (b + timedelta(days=1)).day != 1:  # part of a month: name the days
        if a == b:
            return f"{a.day} {a.strftime('%B %Y')}"
        if a.year == b.year and a.month == b.month:
            return f"{a.day}–{b.day} {a.strftime('%B %Y')}"
        return f"{a.day} {a.strftime('%B')}–{b.day} {b.strftime('%B %Y')}" if a.year == b.year \
            else f"{a.isoformat()}–{b.isoformat()}"
    if a.year == b.year and a.month == b.month:
        return a.strftime("%B %Y")
    return f"{a.strftime('%B')}–{b.strftime('%B %Y')}" if a.year == b.year else f"{a.isoformat()}–{b.isoformat()}"
