"""conversion: one amount in two currencies ('RMB 2.7 trillion (USD 375 billion)'). Every conversion in an
article implies an exchange rate; for each currency pair they must agree, and the outlier is named."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimgraph.checks.base import Context, Finding, fmt_iv, judge
from claimgraph.checks.cues import CURRENCY_PAIR
from claimgraph.checks.intervals import Interval
from claimgraph.checks.registry import register


def _pairs(ctx: Context) -> Iterator[tuple[Any, Any]]:
    for a, b in zip(ctx.qs, ctx.qs[1:], strict=False):
        currencies = a.kind == b.kind == "money" and a.unit and b.unit and a.unit != b.unit
        if currencies and len(a.unit) == len(b.unit) == 3 and CURRENCY_PAIR.fullmatch(ctx.text[a.end:b.start]):
            yield a, b


@register("conversion")
def conversion(ctx: Context) -> list[Finding]:
    rates: dict[tuple[str, str], list[tuple[Interval, Any, Any, Any]]] = {}
    for a, b in _pairs(ctx):
        x, y = (a, b) if a.unit < b.unit else (b, a)  # one direction per pair: units of x per unit of y
        rate = ctx.interval(x).over(ctx.interval(y))
        if rate is not None:
            rates.setdefault((x.unit, y.unit), []).append((rate, x, y, b))  # b: the conversion as stated
    out = []
    for (cx, cy), found in rates.items():
        if len(found) < 2:
            continue
        for k, (rate, x, y, conv) in enumerate(found):
            # the other conversions' rates, bounded ones only: 'more than 11 billion francs' sets no rate
            others = [r for j, (r, _, _, _) in enumerate(found) if j != k and r.low and r.high is not None]
            if not others:
                continue
            # the rate the rest of the article implies: where the other conversions overlap
            common = others[0]
            for r in others[1:]:
                common = common.intersect(r) or common

            def describe(verdict: str, x=x, y=y, rate=rate, common=common, cx=cx, cy=cy) -> str:
                return (f"{x.text} / {y.text} implies {fmt_iv(rate)} {cx} per {cy}; the article's other conversions "
                        f"imply {fmt_iv(common)} → {verdict}")

            out.append(judge([x.id if conv is y else y.id], conv, common, rate, describe))
    return out
