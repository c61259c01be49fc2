"""same_figure: one fact stated twice must agree. '170 million monthly active users' ... 'its 170 million US
users' (consistent); 'has 170 million US users' ... 'the app's 150 million American users' (inconsistent).

Only a restatement the text signals is checked: a later figure that a definite or possessive determiner
introduces ('the', 'its', 'the app's') and whose head noun ('users', 'bill', 'benchmark') names an earlier
figure of the same kind, unit and `per` too, in that figure's own words (its counted noun, the words right
after it, or its clause just before it), never merely somewhere in its sentence. When several earlier figures
carry that noun, the restatement agrees if it agrees with any of them. The claim graph's same_as links count
too."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from claimgraph.checks.base import Context, Finding, fmt_iv, judge, other_subject
from claimgraph.checks.cues import (
    COMPARED_BEFORE,
    DEFINITE_BEFORE,
    NOUN_AFTER,
    NOUN_OF_BEFORE,
    tolerance,
)
from claimgraph.checks.lead import other_measure
from claimgraph.checks.naming import head, named_by, nouns
from claimgraph.checks.proportion import comparable
from claimgraph.checks.registry import register


@register("same_figure", figures=2)  # a figure and its restatement
def same_figure(ctx: Context) -> list[Finding]:
    out = []
    seen: set[frozenset[str]] = set()
    for r in ctx.report.relations:
        if r.type == "same_as" and r.head in ctx.claim_by_id and r.tail in ctx.claim_by_id:
            a, b = ctx.claim_by_id[r.tail], ctx.claim_by_id[r.head]
            qa, qb = ctx.by_id[a.quantity], ctx.by_id[b.quantity]
            out.append(_judge(ctx, qa, qb))
            seen.add(frozenset((qa.id, qb.id)))
    for q in ctx.qs:
        if not _restatement(ctx, q):
            continue
        words = _restatednouns(ctx, q)
        named = [e for e in _earlier(ctx, q) if words & named_by(ctx, e) and not _reframed(ctx, e, q)]
        if not named or any(frozenset((e.id, q.id)) in seen for e in named):
            continue
        agree = [e for e in named if ctx.interval(e).overlaps(ctx.interval(q))]
        earlier = agree[0] if agree else named[-1]
        out.append(_judge(ctx, earlier, q))
        seen.add(frozenset((earlier.id, q.id)))
    return out


def _reframed(ctx: Context, e: Any, q: Any) -> bool:
    """Whether q's sentence opens on a frame of its own that e's sentence does not name ('... the 132.4p average pump
    price for petrol. For diesel, tax is 54.8% of the 138.7p price': diesel's price, not petrol's restated)."""
    a, b = ctx.spans[ctx.sentence_no(q.start)]
    m = _FRAME_OPENING.match(ctx.text, a, b)
    if m is None:
        return False
    ea, eb = ctx.spans[ctx.sentence_no(e.start)]
    return (m.group(1) or m.group(2)).lower() not in ctx.text[ea:eb].lower()


# 'For diesel,', 'For the Asia unit,', 'In Europe,', 'At Telvane,': an item or a place of its own (not 'In a filing on
# Monday,', 'In addition,', 'At the same time,')
_FRAME_OPENING = re.compile(r"\s*(?:For\s+(?:the\s+)?([\w'’-]+(?:\s+[\w'’-]+){0,3}?)|(?:In|At|Among)\s+(?:the\s+)?"
                            r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})),\s")


def _restatement(ctx: Context, q: Any) -> bool:
    """A figure a definite or possessive determiner introduces, not one compared ('than the 150 million'),
    with a figure of an earlier sentence within reach."""
    if q.kind not in ("money", "count", "percent", "number") or q.change or not ctx.after_a_sentence(q):
        return False  # nothing it could restate (a text's first sentence): no cue needs reading
    before = ctx.before(q, 40)
    if _NARROWED_AFTER.match(ctx.text, q.end):
        return False  # 'Of the 31 million premises passed by fibre': a set its own words define, no restatement
    return bool(DEFINITE_BEFORE.search(before)) and not COMPARED_BEFORE.search(before)


# a participle with its preposition, or a relative pronoun, right after the figure's noun
_NARROWED_AFTER = re.compile(r"\s+(?:[a-z]+ed|built|sold|made|paid|held|run|won|seen|given|taken|grown|shown|bought)"
                             r"\s+(?:by|in|to|on|over|across|with|from|through|at|for)\b|\s*,?\s+(?:that|which|who)\b"
                             # 'Of the 4,200 patients given the drug', 'Among the 4,200 patients on placebo': an arm
                             # of a trial, a group its own words pick out
                             r"|\s+(?:given|receiving|taking|treated|assigned|randomi[sz]ed|aged|on|under)\b")


def _earlier(ctx: Context, q: Any) -> list[Any]:
    """Figures of earlier sentences q may restate: same kind, unit and per, no move, the same subject; of counts, none
    below SMALL_COUNT on either side (small counts name different groups: 'About 500 people attended ... the
    seven people killed', 'his two brothers ... the nine brothers and sisters')."""
    k = ctx.sentence_no(q.start)
    if q.kind in ("count", "number") and Decimal(q.low) < SMALL_COUNT:
        return []
    # nor another measure's ('its target range at 3.50%-3.75%' ... 'the bank's 2% target' for inflation)
    # nor a bar restated as an outcome ('needed 201 seats for a majority ... the 212-seat result')
    bar = _bar(ctx, q)
    return [e for e in ctx.earlier(q) if ctx.sentence_no(e.start) != k and not e.change
            and comparable(e, q) and e.kind != "number" and (q.kind != "percent" or q.unit == e.unit)
            and not (e.kind == "count" and Decimal(e.low) < SMALL_COUNT) and not other_measure(ctx, e, q)
            and not other_subject(ctx, e, q) and _bar(ctx, e) == bar]  # nor another company's ('Harlowe will
    # cut 600 jobs, nearly 2% of its 42,000 staff. Ardwyn will cut 410 jobs, nearly 5% of its 8,000 staff')


BAR_ROLES = frozenset({"requirement", "threshold"})  # a bar to clear, not a level reached


def _bar(ctx: Context, q: Any) -> bool:
    return ctx.role(q) in BAR_ROLES


SMALL_COUNT = tolerance("same_figure_min_count")


def _restatednouns(ctx: Context, q: Any) -> set[str]:
    """The head noun of the restated figure: of its counted noun ('American users'), else of the words after
    it ('The ₹2.9 trillion bill', 'the 11 per cent benchmark'), and the noun before it ('its workforce of
    about 12,000')."""
    words = head(q.unit_text or "") if q.kind == "count" else set()
    m = NOUN_AFTER.match(ctx.text[q.end:q.end + 60])
    if m and not words:
        words = head(m.group(1))
    before = NOUN_OF_BEFORE.search(ctx.before(q, 40))
    if before:
        words |= nouns(before.group(1))
    return words


def _judge(ctx: Context, qa: Any, qb: Any) -> Finding:
    ia, ib = ctx.interval(qa), ctx.interval(qb)

    def describe(verdict: str) -> str:
        return (f"{qa.text} ({fmt_iv(ia, qa.unit)}) and later {qb.text} ({fmt_iv(ib, qb.unit)}) state the same "
                f"figure → {verdict}")

    return judge([qa.id, qb.id], qb, ib, ia, describe)
