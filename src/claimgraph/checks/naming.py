"""The words that name a figure, for relating a figure to one an earlier sentence named: 'the app's 170
million American users' names users; 'payments of $175 million' names payments."""

from __future__ import annotations

from typing import Any

from claimgraph.checks.base import Context
from claimgraph.checks.cues import NOUN_AFTER, NOUN_BEFORE, NOUN_STOP_WORDS, WORD


def nouns(text: str) -> set[str]:
    return {w.lower().rstrip("s") for w in WORD.findall(text)} - NOUN_STOP_WORDS


def head(text: str) -> set[str]:
    words = WORD.findall(text)
    return nouns(words[-1]) if words else set()


def named_by(ctx: Context, e: Any) -> set[str]:
    """The words that name an earlier figure: its counted noun, else the noun phrase right after it ('the
    $160 million restructuring'), else the noun it is stated of ('the bill will reach ₹2.4 trillion')."""
    words = nouns(e.unit_text or "") if e.kind == "count" else set()
    if words:
        return words  # 'nine provinces lost population' names provinces, not the population
    m = NOUN_AFTER.match(ctx.text[e.end:e.end + 60])
    if m:
        return words | head(m.group(1))  # 'the $950 billion mutual fund industry' names an industry, not funds
    a, _ = ctx.spans[ctx.sentence_no(e.start)]
    m = NOUN_BEFORE.search(ctx.text[max(a, e.start - 60):e.start])
    if m:
        words |= nouns(m.group(1))
    return words
