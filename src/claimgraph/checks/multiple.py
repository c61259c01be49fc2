"""multiple: 'tripled to 900,000 from 300,000', 'more than doubled from $4m to $9m', '3.3x' -> new / old."""

from __future__ import annotations

from decimal import Decimal

from .base import Context, Finding, fmt_iv, judge
from .change import endpoints
from .intervals import Interval
from .registry import register

WORD_TOLERANCE = Decimal("0.05")  # "tripled" is said of 2.9x too


@register("multiple")
def multiple(ctx: Context) -> list[Finding]:
    out = []
    for q in ctx.qs:
        if q.kind != "multiple":
            continue
        old, new = endpoints(ctx, q, lambda x: x.kind in ("money", "count", "number", "physical", "percent"))
        if old is None:
            continue
        expected = ctx.interval(new).over(ctx.interval(old))
        if expected is None:
            continue
        stated_iv = ctx.interval(q)
        if not any(ch.isdigit() for ch in q.text) and q.comparator is None:
            v = Decimal(q.low)
            stated_iv = Interval(v * (1 - WORD_TOLERANCE), v * (1 + WORD_TOLERANCE))

        def describe(verdict: str, q=q, old=old, new=new, expected=expected, stated_iv=stated_iv) -> str:
            return (f"{new.text} / {old.text} = {fmt_iv(expected)}x; stated {q.text} means {fmt_iv(stated_iv)}x "
                    f"→ {verdict}")

        out.append(judge("multiple", [old.id, new.id], q, stated_iv, expected, describe))
    return out
