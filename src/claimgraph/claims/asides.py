"""Relative clauses set off by commas ('shareholders, who backed the merger last March, will get $18 a share'):
what stands inside one speaks of the clause's own verb, not of a figure after it (claims.json asides)."""

from __future__ import annotations

from functools import lru_cache

import regex

from claimgraph.claims.lexicon import lexicon

_REACH = 120  # how far back from a word the clause's opening comma may be


@lru_cache(maxsize=1)
def _rules() -> tuple[regex.Pattern, regex.Pattern]:
    raw = lexicon().raw["asides"]
    return regex.compile(raw["open"], regex.IGNORECASE), regex.compile(raw["close"])


def in_closed_aside(text: str, start: int, end: int, lo: int, before: int | None = None) -> bool:
    """Whether text[start:end] stands in a relative clause opened after a comma (not before `lo`, the sentence
    start) whose closing comma follows it, before `before` when given (a figure's start: 'Orlen, which
    currently holds 77%, ...' is the clause's own figure)."""
    opener, closer = _rules()
    if opener.search(text, max(lo, start - _REACH), start) is None:
        return False
    close = closer.match(text, end)
    return close is not None and (before is None or close.end() <= before)
