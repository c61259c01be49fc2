"""ratio: a percentage (or 'x out of y') of a whole, the part stated too: '$2bn, or 11% of the $17.5bn goal'
-> 2 / 17.5 = 11.4%; '1,150 of 2,400 households, about seven out of every ten' -> 47.9%; and a price times
the count it pays for: '$27.25 for each of the 3.1 million shares, or $84.5 million'."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from claimgraph.checks.base import Context, Finding, fmt_iv, judge
from claimgraph.checks.cues import (
    MARKET_VALUE_BEFORE,
    NAMED_WHOLE_AFTER,
    OUTSTANDING_AFTER,
    PRICE_EACH,
    PRODUCT_TOTAL_BEFORE,
    SHARE_CUE_BEFORE,
)
from claimgraph.checks.intervals import NUMBER
from claimgraph.checks.proportion import TIME_PERS, find, is_share, word_fraction
from claimgraph.checks.registry import register
from claimgraph.checks.unchecked import not_checked


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


def products(ctx: Context) -> list[Finding]:
    """'$27.25 for each of the 3.1 million shares held outside the parent, or $84.5 million': a price times
    the count it is paid for against the total the sentence gives."""
    out = []
    sentence_of = ctx.sentence_no
    for price in ctx.qs:
        if price.kind != "money" or price.change:
            continue
        count = next((x for x in ctx.in_sentence(price) if x.start >= price.end and x.kind == "count"
                      and PRICE_EACH.fullmatch(ctx.text[price.end:x.start])), None)
        if count is None:
            continue
        total = next((x for x in ctx.qs if x.start >= count.end and sentence_of(x.start) == sentence_of(count.start)
                      and x.kind == "money" and x.unit == price.unit and x.per is None
                      and PRODUCT_TOTAL_BEFORE.fullmatch(ctx.text[count.end:x.start])), None)
        if total is None:
            continue
        expected = ctx.interval(price).times(ctx.interval(count))
        stated_iv = ctx.interval(total)

        def describe(verdict: str, price=price, count=count, total=total, expected=expected,
                     stated_iv=stated_iv) -> str:
            return (f"{price.text} × {count.text} = {fmt_iv(expected, price.unit)}; stated {total.text} means "
                    f"{fmt_iv(stated_iv, total.unit)} → {verdict}")

        out.append(judge([price.id, count.id], total, stated_iv, expected, describe))
    return out


def market_value(ctx: Context) -> list[Finding]:
    """'closing at $29 a share; at that price, the firm has a market value of about $312.5 million', with
    '... of the 9.6 million outstanding' elsewhere: the price times the shares outstanding, when the sentence
    gives one price a share and the text one count of shares outstanding."""
    values = [x for x in ctx.qs if x.kind == "money" and x.per is None
              and MARKET_VALUE_BEFORE.search(ctx.before(x, 50))]
    if not values:
        return []  # no market value to check: the shares outstanding need no reading
    outstanding = [x for x in ctx.qs if x.kind in ("count", "number") and _outstanding(ctx, x)]
    if len(outstanding) != 1:
        return []
    count = outstanding[0]
    out = []
    for value in values:
        prices = [x for x in ctx.in_sentence(value) if x.kind == "money" and x.per == "share" and not x.change
                  and x.unit == value.unit]
        if len(prices) != 1:
            continue
        price = prices[0]
        expected = ctx.interval(price).times(ctx.interval(count))
        stated_iv = ctx.interval(value)

        def describe(verdict: str, price=price, value=value, expected=expected, stated_iv=stated_iv) -> str:
            return (f"{price.text} a share × {count.text} (the shares outstanding) = {fmt_iv(expected, price.unit)}; "
                    f"stated market value {value.text} means {fmt_iv(stated_iv, value.unit)} → {verdict}")

        out.append(judge([price.id, count.id], value, stated_iv, expected, describe))
    return out


def _outstanding(ctx: Context, x: Any) -> bool:
    """'9.6 million outstanding' (the extractor may take the word as the count's noun), '13.8 million common
    shares outstanding'."""
    number = NUMBER.findall(x.text)
    tail = x.text[x.text.rfind(number[-1]) + len(number[-1]):] if number else ""
    return bool(OUTSTANDING_AFTER.match(tail + ctx.after(x, 30)))


def whole_not_given(ctx: Context, done: set[str]) -> list[Finding]:
    """'$2.3 billion left the funds ..., or close to 6% of their combined assets': a part and its share of a whole the
    text names but gives as no figure, listed as not checked."""
    out = []
    for r in ctx.qs:
        if r.id in done or not is_share(r) or r.kind != "percent":
            continue
        m = NAMED_WHOLE_AFTER.match(ctx.after(r, 60))
        before = [x for x in ctx.in_sentence(r) if x.end <= r.start and x.kind in ("money", "count") and not x.change]
        if m is None or not before or not SHARE_CUE_BEFORE.search(ctx.text[before[-1].end:r.start]):
            continue
        out.append(not_checked(r, [before[-1].id], f"{before[-1].text}, or {r.text} {m.group(0).strip()}: the "
                               "whole is not given as a figure"))
    return out


AVERAGE_BEFORE = re.compile(r"\b(?:an?\s+average\s+of|averaging)\s+(?:(?:about|roughly|some|nearly)\s+)?$",
                            re.IGNORECASE)
# the total spread over the count: '$86 million across 50,000 creators', '$48 million to the 2,000 nurses'
SPREAD_OVER = re.compile(r"\s+(?:[a-z-]+\s+){0,3}?(?:across|among|between|to|over|for)\s+"
                         r"(?:(?:the|its|their|some|about|nearly|roughly)\s+)*", re.IGNORECASE)
RESTATED_BEFORE = re.compile(r",\s+or\s+(?:(?:about|roughly|some|nearly)\s+)?$", re.IGNORECASE)
BOUGHT_FOR = re.compile(r"\s+(?:[\w'’,-]+\s+){0,10}?for\s+(?:(?:about|roughly|some|nearly)\s+)?", re.IGNORECASE)
SECOND_PER_AFTER = re.compile(r"\s+(?:(?:a|an|per|each)\s+(?:year|quarter|month|week|day|season)|annually)\b",
                              re.IGNORECASE)


def averages(ctx: Context) -> list[Finding]:
    """'Payouts totaled $86 million across 50,000 creators, an average of $1,720 per creator': an average per a
    counted noun against the total and the count its sentence gives before it."""
    out = []
    for q in ctx.qs:
        if q.kind not in ("money", "count", "number", "physical") or not q.per or q.per in TIME_PERS or q.change:
            continue  # (most figures: no cue needs reading)
        restated = RESTATED_BEFORE.search(ctx.before(q, 12)) is not None
        if not (restated or AVERAGE_BEFORE.search(ctx.before(q, 30))):
            continue
        if SECOND_PER_AFTER.match(ctx.text, q.end):
            continue  # '$2 million per store a quarter': an average over time too
        before = [x for x in ctx.in_sentence(q) if x.end <= q.start and not x.change]
        counts = [x for x in before if x.kind == "count" and x.unit == q.per]
        totals = [x for x in before if x.kind == q.kind and x.unit == q.unit and x.per is None]
        if len(counts) != 1 or len(totals) != 1:
            continue
        spread = totals[0].end <= counts[0].start and SPREAD_OVER.fullmatch(ctx.text, totals[0].end, counts[0].start)
        # or the count bought for the total, restated per one ('sold 400,000 shares ... for $2 million, or $5 a
        # share'); not two prices offered ('$200 for a pass to all five concerts, or $50 a concert')
        bought = restated and counts[0].end <= totals[0].start and totals[0].end <= q.start \
            and BOUGHT_FOR.fullmatch(ctx.text, counts[0].end, totals[0].start)
        if not (spread and not restated or bought):
            continue  # the total spread over the count ('which has 40,000 employees and reported revenue of $6
            # billion ... spends an average of $300 per employee': no)
        count, total = counts[0], totals[0]
        expected = ctx.interval(total).over(ctx.interval(count))
        if expected is None:
            continue
        stated_iv = ctx.interval(q)

        def describe(verdict: str, q=q, count=count, total=total, expected=expected, stated_iv=stated_iv) -> str:
            return (f"{total.text} / {count.text} = {fmt_iv(expected, q.unit)} a {q.per}; stated {q.text} means "
                    f"{fmt_iv(stated_iv, q.unit)} → {verdict}")

        out.append(judge([total.id, count.id], q, stated_iv, expected, describe))
    return out


@register("ratio", figures=2)  # a part and its whole, a price and a count, ...
def ratio(ctx: Context) -> list[Finding]:
    triples = list(find(ctx))
    found = (check(ctx, r, p, w) for r, p, w in triples if not word_fraction(r))
    done = {r.id for r, _, _ in triples}
    return [f for f in found if f is not None] + products(ctx) + market_value(ctx) + whole_not_given(ctx, done) \
        + averages(ctx)
