"""Patterns searched one by one give what their alternation's finditer gives: the leftmost match, the earlier
pattern's at equal starts, the next search from where the last match ended."""

from __future__ import annotations

import regex

from claimgraph.claims.leftmost import alternation_matches
from claimgraph.claims.lexicon import lexicon


def _both(patterns: list[str], text: str, a: int = 0, b: int | None = None) -> tuple[list, list]:
    b = len(text) if b is None else b
    combined = regex.compile("|".join(f"(?:{p})" for p in patterns))
    parts = [(k, regex.compile(p), None) for k, p in enumerate(patterns)]
    want = [(m.start(), m.end()) for m in combined.finditer(text, a, b)]
    got = [(m.start(), m.end()) for _, m in alternation_matches(parts, text, a, b)]
    return got, want


def test_the_earlier_pattern_wins_at_an_equal_start() -> None:
    got, want = _both([r"ab", r"abc"], "xxabcxx abc")
    assert got == want == [(2, 4), (8, 10)]
    got, want = _both([r"abc", r"ab"], "xxabcxx abc")
    assert got == want == [(2, 5), (8, 11)]


def test_a_match_consumes_what_a_later_pattern_would_start_inside() -> None:
    got, want = _both([r"b+c", r"abbb"], "abbbc bbc abbbb")
    assert got == want == [(0, 4), (6, 9), (10, 14)]


def test_lookbehinds_see_before_the_window_and_the_window_bounds_hold() -> None:
    patterns = [r"(?<![\w])said", r"(?<=, )told"]
    text = "unsaid, told and said, told"
    for a, b in [(0, len(text)), (2, len(text)), (8, 20), (3, 9)]:
        got, want = _both(patterns, text, a, b)
        assert got == want, (a, b)
    assert _both(patterns, text, 8, 27)[0] == [(8, 12), (17, 21), (23, 27)]  # ", " before the window counts


def test_a_failing_screen_rules_its_pattern_out() -> None:
    parts = [(0, regex.compile("ab"), regex.compile("zz")), (1, regex.compile("b"), None)]
    assert [(k, m.span()) for k, m in alternation_matches(parts, "ab b", 0, 4)] == [(1, (1, 2)), (1, (3, 4))]


def test_the_lowercase_source_parts_find_what_the_whole_pattern_finds() -> None:
    lex = lexicon()
    texts = ["Sales fell 3%, people familiar with the matter said, and analysts expected more.",
             "According to the company, the firm said analysts' estimates were 4%.",
             "Revenue, analysts said, rose; the ministry reported 2%, as shown in the company filing.",
             "Analysts estimated growth at 5%, the regulator told reporters, citing the group.",
             "Nothing here names anyone, said nobody."]
    for text in texts:
        for a, b in [(0, len(text)), (5, len(text) - 4)]:
            want = [(m.span(), m.group(0)) for m in lex.lowercase_source_rx.finditer(text, a, b)]
            got = [(m.span(), m.group(0)) for _, m in alternation_matches(lex.lowercase_source_parts, text, a, b)]
            assert got == want, text
    assert any(lex.lowercase_source_rx.search(t) for t in texts)
