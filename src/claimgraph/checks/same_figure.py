"""same_figure: one fact stated twice must agree. '170 million monthly active users' ... 'its 170 million US
users' (consistent); 'has 170 million US users' ... 'the app's 150 million American users' (inconsistent).

A restatement is a figure a definite or possessive determiner introduces ('the', 'its', 'the app's') whose
noun the earlier figure's sentence also uses; the claim graph's same_as links count too."""

from __future__ import annotations

from typing import Any

from claimgraph.checks.base import Context, Finding, fmt_iv, judge
from claimgraph.checks.cues import COMPARED_BEFORE, DEFINITE_BEFORE, NOUN_AFTER, NOUN_OF_BEFORE, NOUN_STOP_WORDS, WORD
from claimgraph.checks.proportion import compatible
from claimgraph.checks.registry import register


def _nouns(text: str) -> set[str]:
    return {w.lower().rstrip("s") for w in WORD.findall(text)} - NOUN_STOP_WORDS


@register("same_figure")
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
        before = ctx.before(q, 40)
        if q.kind not in ("money", "count", "percent", "number") or q.change or not DEFINITE_BEFORE.search(before) \
                or COMPARED_BEFORE.search(before):
            continue
        words = _restated_nouns(ctx, q)
        if not words:
            continue
        k = ctx.sentence_no(q.start)
        for earlier in ctx.qs:
            if earlier.start >= q.start or ctx.sentence_no(earlier.start) == k or earlier.change:
                continue
            if not compatible(earlier, q) or earlier.kind == "number" or frozenset((earlier.id, q.id)) in seen:
                continue
            if q.kind == "percent" and q.unit != earlier.unit:
                continue
            a, b = ctx.spans[ctx.sentence_no(earlier.start)]
            if not words & _nouns(ctx.text[a:b]):
                continue  # another fact of the same unit
            out.append(_judge(ctx, earlier, q))
            seen.add(frozenset((earlier.id, q.id)))
            break
    return out


def _restated_nouns(ctx: Context, q: Any) -> set[str]:
    """The noun the restated figure carries: its counted noun ('American users'), or the words after it
    ('The ₹2.9 trillion bill', 'the 11 per cent benchmark'), or before it ('its workforce of about 12,000')."""
    words = _nouns(q.unit_text or "") if q.kind == "count" else set()
    m = NOUN_AFTER.match(ctx.text[q.end:q.end + 40])
    if m and not words:
        words = _nouns(m.group(1))
    before = NOUN_OF_BEFORE.search(ctx.before(q, 40))
    if before:
        words |= _nouns(before.group(1))
    return words


def _judge(ctx: Context, qa: Any, qb: Any) -> Finding:
    ia, ib = ctx.interval(qa), ctx.interval(qb)

    def describe(verdict: str) -> str:
        return (f"{qa.text} ({fmt_iv(ia, qa.unit)}) and later {qb.text} ({fmt_iv(ib, qb.unit)}) state the same "
                f"figure → {verdict}")

    return judge([qa.id, qb.id], qb, ib, ia, describe)
