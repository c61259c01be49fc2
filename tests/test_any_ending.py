"""Several end-anchored cue patterns asked together give what asking each gives."""

from __future__ import annotations

import regex

from claimgraph.claims.ending import AnyEnding, ending
from claimgraph.claims.lexicon import lexicon
from claimgraph.claims.roles import _change_before


def test_joined_patterns_answer_as_each_one() -> None:
    parts = [ending(r"\b(?:rose|fell)\s+(?:by\s+)?$", regex.IGNORECASE), ending(r"\bhalved\s+to\s+$", regex.IGNORECASE),
             ending(r",\s+(?:up|down)\s+$", regex.IGNORECASE)]
    joined = AnyEnding(parts)
    assert joined._back is not None
    text = "Output Rose by 4% in May, up 2% on the year, and costs halved to $3 from\n$6; sales fell \n9%."
    for hi in range(len(text) + 1):
        for lo in (0, max(0, hi - 15), hi):
            assert joined.found(text, lo, hi) == any(p.found(text, lo, hi) for p in parts), (lo, hi)
    assert joined.found(text, 0, text.index("4%")) and not joined.found(text, 0, text.index("May"))


def test_unjoinable_parts_are_asked_one_by_one() -> None:
    assert AnyEnding([ending(r"(a)\1$"), ending(r"b$")])._back is None  # a backreference
    assert AnyEnding([ending(r"a$", regex.IGNORECASE), ending(r"b$")])._back is None  # different flags
    assert AnyEnding([ending(r"a|b$")])._back is None  # not anchored in every alternative
    both = AnyEnding([ending(r"a$", regex.IGNORECASE), ending(r"b$")])
    assert both.found("xA", 0, 2) and both.found("xb", 0, 2) and not both.found("xB", 0, 2)
    assert not both.found("xab", 0, 2 - 1)


def test_the_change_cues_are_joined() -> None:
    assert _change_before(lexicon())._back is not None
