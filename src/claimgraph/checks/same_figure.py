"""same_figure: one fact stated twice must agree. '170 million monthly active users' ... 'its 170 million US
users' (consistent); 'has 170 million US users' ... 'the app's 150 million American users' (inconsistent).

Only a restatement the text signals is checked: a later figure that a definite or possessive determiner
introduces ('the', 'its', 'the app's') and whose head noun ('users', 'bill', 'benchmark') names an earlier
figure of the same kind, unit and `per` too, in that figure's own words (its counted noun, the words right
after it, or its clause just before it), never merely somewhere in its sentence. When several earlier figures
carry that noun, the restatement agrees if it agrees with any of them. The claim graph's same_as links count
too."""

from __future__ import annotations

from typing import Any

from claimgraph.checks.base import Context, Finding, fmt_iv, judge
from claimgraph.checks.cues import (
    COMPARED_BEFORE,
    DEFINITE_BEFORE,
    NOUN_AFTER,
    NOUN_BEFORE,
    NOUN_OF_BEFORE,
    NOUN_STOP_WORDS,
    WORD,
)
from claimgraph.checks.proportion import comparable
from claimgraph.checks.registry import register


def _nouns(text: str) -> set[str]:
    return {w.lower().rstrip("s") for w in WORD.findall(text)} - NOUN_STOP_WORDS


def _head(text: str) -> set[str]:
    words = WORD.findall(text)
    return _nouns(words[-1]) if words else set()


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
        if not _restatement(ctx, q):
            continue
        words = _restated_nouns(ctx, q)
        named = [e for e in _earlier(ctx, q) if words & _named_by(ctx, e)]
        if not named or any(frozenset((e.id, q.id)) in seen for e in named):
            continue
        agree = [e for e in named if ctx.interval(e).overlaps(ctx.interval(q))]
        earlier = agree[0] if agree else named[-1]
        out.append(_judge(ctx, earlier, q))
        seen.add(frozenset((earlier.id, q.id)))
    return out


def _restatement(ctx: Context, q: Any) -> bool:
    """A figure a definite or possessive determiner introduces, not one compared ('than the 150 million')."""
    before = ctx.before(q, 40)
    return q.kind in ("money", "count", "percent", "number") and not q.change \
        and bool(DEFINITE_BEFORE.search(before)) and not COMPARED_BEFORE.search(before)


def _earlier(ctx: Context, q: Any) -> list[Any]:
    """Figures of earlier sentences q may restate: same kind, unit and per, and no move."""
    k = ctx.sentence_no(q.start)
    return [e for e in ctx.qs if e.start < q.start and ctx.sentence_no(e.start) != k and not e.change
            and comparable(e, q) and e.kind != "number" and (q.kind != "percent" or q.unit == e.unit)]


def _restated_nouns(ctx: Context, q: Any) -> set[str]:
    """The head noun of the restated figure: of its counted noun ('American users'), else of the words after
    it ('The ₹2.9 trillion bill', 'the 11 per cent benchmark'), and the noun before it ('its workforce of
    about 12,000')."""
    words = _head(q.unit_text or "") if q.kind == "count" else set()
    m = NOUN_AFTER.match(ctx.text[q.end:q.end + 60])
    if m and not words:
        words = _head(m.group(1))
    before = NOUN_OF_BEFORE.search(ctx.before(q, 40))
    if before:
        words |= _nouns(before.group(1))
    return words


def _named_by(ctx: Context, e: Any) -> set[str]:
    """The words that name an earlier figure: its counted noun, else the noun phrase right after it ('the
    $160 million restructuring'), else the noun it is stated of ('the bill will reach ₹2.4 trillion')."""
    words = _nouns(e.unit_text or "") if e.kind == "count" else set()
    m = NOUN_AFTER.match(ctx.text[e.end:e.end + 60])
    if m:
        return words | _nouns(m.group(1))
    a, _ = ctx.spans[ctx.sentence_no(e.start)]
    m = NOUN_BEFORE.search(ctx.text[max(a, e.start - 60):e.start])
    if m:
        words |= _nouns(m.group(1))
    return words


def _judge(ctx: Context, qa: Any, qb: Any) -> Finding:
    ia, ib = ctx.interval(qa), ctx.interval(qb)

    def describe(verdict: str) -> str:
        return (f"{qa.text} ({fmt_iv(ia, qa.unit)}) and later {qb.text} ({fmt_iv(ib, qb.unit)}) state the same "
                f"figure → {verdict}")

    return judge([qa.id, qb.id], qb, ib, ia, describe)
