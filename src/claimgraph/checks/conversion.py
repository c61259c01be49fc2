"""conversion: one amount in two currencies ('RMB 2.7 trillion (USD 375 billion)'). Every conversion in an
article implies an exchange rate; for each currency pair they must agree, and the outlier is named. A lone
conversion between two currencies is checked against the reference rate of the article's date (rates.py);
with no reference rate for the pair or the date, it is listed as not checked."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimgraph.checks.base import Context, Finding, fmt_iv, judge
from claimgraph.checks.cues import CURRENCY_PAIR
from claimgraph.checks.intervals import Interval
from claimgraph.checks.rates import reference_rate
from claimgraph.checks.registry import register
from claimgraph.checks.unchecked import not_checked


def _pairs(ctx: Context) -> Iterator[tuple[Any, Any]]:
    for a, b in zip(ctx.qs, ctx.qs[1:], strict=False):
        # (the same amount: of one per, not 'an annual licence fee of NOK 1,200, equal to about €9 a month')
        currencies = a.kind == b.kind == "money" and a.unit and b.unit and a.unit != b.unit \
            and (a.per == b.per or not (a.per and b.per))
        claim = ctx.claim_of.get(b.id)
        # side by side ('(', ', or'), or what the claims read as a conversion ('€3.1 billion during their stays,
        # or US$3.4 billion')
        # (a conversion the claims read in another sentence than its amount is of the same per: not 'He will earn
        # €10 million a year. The fee, equivalent to about $93 million, ...')
        if currencies and len(a.unit) == len(b.unit) == 3 and (
                CURRENCY_PAIR.fullmatch(ctx.text[a.end:b.start])
                or claim is not None and claim.role == "conversion"
                and (a.per == b.per or ctx.sentence_no(a.start) == ctx.sentence_no(b.start))):
            yield a, b


@register("conversion", figures=2)  # two figures side by side
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
            out.extend(_against_reference(ctx, cx, cy, *found[0]))
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


def _against_reference(ctx: Context, cx: str, cy: str, rate: Interval, x: Any, y: Any, conv: Any) -> list[Finding]:
    """A lone conversion against the reference rate of the article's date."""
    source = y if conv is x else x
    found = reference_rate(cx, cy, ctx.report.document.reference_date)
    if found is None:
        return [not_checked(conv, [source.id], f"{source.text} converted to {conv.text}: no reference rate for "
                            f"{cx} per {cy} on the article's date, and no other conversion between them")]
    reference, where = found

    def describe(verdict: str) -> str:
        return (f"{x.text} / {y.text} implies {fmt_iv(rate)} {cx} per {cy}; {where} give {fmt_iv(reference)} "
                f"→ {verdict}")

    return [judge([source.id], conv, reference, rate, describe)]
