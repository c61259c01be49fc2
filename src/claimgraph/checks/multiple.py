"""multiple: 'tripled to 900,000 from 300,000', 'more than doubled from $4m to $9m', '3.3x' -> new / old; a fall by
a multiple above one ('dropped tenfold to 2,000 from 20,000', 'fell by a factor of three') -> old / new."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from claimgraph.checks.base import Context, Finding, fmt_iv, judge
from claimgraph.checks.change import endpoints, move, points_back
from claimgraph.checks.cues import DEMAND_MULTIPLE, GROWN_NOUN_BEFORE, MULTIPLE_WORD_TOLERANCE, TIMES_AS, TIMES_THE
from claimgraph.checks.intervals import in_words
from claimgraph.checks.proportion import comparable
from claimgraph.checks.registry import register


def _times_the(ctx: Context, q: Any) -> tuple[Any, Any]:
    """'reached 1.32 million, 3.3x the 400,000 sold a year earlier': the base right after the multiple."""
    sentence = ctx.in_sentence(q)
    base = next((x for x in sentence if x.start >= q.end and TIMES_THE.fullmatch(ctx.text[q.end:x.start])), None)
    if base is None:
        return None, None
    # the level the multiple is of: the nearest figure before it of the base's kind, unit and per
    # ('$31.4 million, or 58 cents per share, more than twice the $14.9 million'), not another move's base ('up
    # 34% from the 5.8 million who watched last year, and nearly double the 4.1 million average')
    # (rates too: 'Private schools saw 47.6% of entries get top grades, nearly double the 23.1% in state schools')
    kinds = ("money", "count", "number", "physical") + (("percent",) if base.kind == "percent" else ())
    level = [x for x in sentence if x.end <= q.start and x.kind in kinds and comparable(base, x)
             and not ctx.old_level(x)]  # (comparable: a percentage of the base's own unit)
    if not level and points_back(ctx, q):
        # 'sold 1.2 million copies in the first half. That was nearly triple the 420,000 ...': the level is the
        # sentence before's (the last of the base's measure, and no move of its own there)
        k = ctx.sentence_no(q.start)
        previous = ctx.sentence_figures(k - 1) if k else []
        level = [x for x in previous if x.kind in kinds and not x.change
                 and comparable(base, x) and not ctx.old_level(x)]
    if not level:
        return None, None
    return base, level[-1]


@register("multiple", figures=2)  # the multiple and a range, or a base and a level
def multiple(ctx: Context) -> list[Finding]:
    out = []
    for q in ctx.qs:
        if q.kind != "multiple" or DEMAND_MULTIPLE.search(ctx.before(q, 40)) or DEMAND_MULTIPLE.match(ctx.after(q, 20)):
            continue  # 'oversubscribed 386 times': demand against supply, no move between two levels
        # a base named right after the multiple ('nearly double the 4.1 million') is its base, whatever the
        # levels of another move around it
        if any(x.start >= q.end and TIMES_THE.fullmatch(ctx.text[q.end:x.start]) for x in ctx.in_sentence(q)):
            old, new = _times_the(ctx, q)
        else:
            old, new = endpoints(ctx, q, lambda x: x.kind in ("money", "count", "number", "physical", "percent",
                                                              "duration"))  # 'halved to 9 weeks from 18 weeks'
        if old is None:
            continue
        # 'fell tenfold': to a tenth (a multiple below one, 'halved', already says which way)
        # ('operating loss doubled': the loss grew, whatever the noun says before a percentage)
        down = q.low is not None and Decimal(q.low) > 1 and move(ctx, q) == "down" \
            and not (q.change is None and GROWN_NOUN_BEFORE.search(ctx.before(q, 40)))
        top, bottom = (old, new) if down else (new, old)
        expected = ctx.interval(top).over(ctx.interval(bottom))
        if expected is None:
            continue
        stated_iv = in_words(q, MULTIPLE_WORD_TOLERANCE) or ctx.interval(q)  # 'tripled' is said of 2.9x too
        if TIMES_AS.match(ctx.text, q.end) and expected.high is not None and stated_iv.low is not None \
                and expected.high < 1 < stated_iv.low:
            # '€61, compared with €245 for overnight guests, who spent four times as much': 'as much' says no
            # which of the two is the larger; a multiple above one is the larger over the smaller
            top, bottom = bottom, top
            expected = ctx.interval(top).over(ctx.interval(bottom))
            if expected is None:
                continue

        def describe(verdict: str, q=q, top=top, bottom=bottom, expected=expected, stated_iv=stated_iv) -> str:
            return (f"{top.text} / {bottom.text} = {fmt_iv(expected)}x; stated {q.text} means {fmt_iv(stated_iv)}x "
                    f"→ {verdict}")

        out.append(judge([old.id, new.id], q, stated_iv, expected, describe))
    return out
