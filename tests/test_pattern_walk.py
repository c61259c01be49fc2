"""resources.literals.top_level: the one reading of a pattern's unescaped characters outside classes, which
alternates_at_top, ending.anchored_at_end, lexicon.slot_screen and the check cues' lookahead share."""

import pytest

from claimgraph.claims.ending import anchored_at_end
from claimgraph.claims.lexicon import slot_screen
from claimgraph.resources.literals import top_level


def test_depths_skip_escapes_and_classes():
    # a0 (1 \(2-3 b4 [()]5-8 )9 c10 )11: the escaped '(' and the class are skipped, the last ')' closes nothing
    assert list(top_level(r"a(\(b[()])c)")) == [(0, "a", 0), (1, "(", 0), (4, "b", 1), (9, ")", 0), (10, "c", 0),
                                                (11, ")", -1)]
    assert [c for _, c, _ in top_level(r"[]|]x\|y")] == ["x", "y"]


@pytest.mark.parametrize("pattern, anchored", [
    ("rose by about $", True), (r"price\$", False), (r"x\\$", True), ("up|down $", False), ("(?:up|down) $", True),
    ("[$]", False), ("(open $", False), ("a$|b$", False), ("[a]$", True), ("[]$]", False),
])
def test_anchored_at_end(pattern, anchored):
    assert anchored_at_end(pattern) is anchored


def test_a_slot_inside_a_group_or_an_alternation_gets_no_screen():
    assert slot_screen(r"({ALT})\s+said", "({ALT})") is not None
    assert slot_screen(r"(?:according to ({ALT}))", "({ALT})") is None  # nested: its halves are no screen
    assert slot_screen(r"told|({ALT})\s+said", "({ALT})") is None
    assert slot_screen(r"\b{S}\s+said", "{S}") is not None
    assert slot_screen(r"(?:{S})\s+said", "{S}") is None
