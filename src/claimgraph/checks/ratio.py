"""ratio: a percentage (or 'x out of y') of a whole, the part stated too: '$2bn, or 11% of the $17.5bn goal'
-> 2 / 17.5 = 11.4%; '1,150 of 2,400 households, about seven out of every ten' -> 47.9%."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from claimgraph.checks.base import Context, Finding, fmt_iv, judge
from claimgraph.checks.proportion import find, word_fraction
from claimgraph.checks.registry import register


def check(ctx: Context, r: Any, part: Any, whole: Any) -> Finding | None:
    share = ctx.interval(part).over(ctx.interval(whole))
    if share is None:
        return None
    pct = share.scale(Decimal(100))
    stated_iv = ctx.interval(r) if r.kind == "percent" else ctx.interval(r).scale(Decimal(100))

    def describe(verdict: str) -> str:
        return (f"{part.text} / {whole.text} = {fmt_iv(pct, '%')}; stated {r.text} means {fmt_iv(stated_iv, '%')}; "
                + ("they overlap" if verdict == "consistent" else "they do not overlap") + f" → {verdict}")

    return judge([part.id, whole.id], r, stated_iv, pct, describe)


@register("ratio")
def ratio(ctx: Context) -> list[Finding]:
    found = (check(ctx, r, p, w) for r, p, w in find(ctx) if not word_fraction(r))
    return [f for f in found if f is not None]
