"""The cheap screens searched before a source pattern: never stricter than the pattern they stand for."""

from __future__ import annotations

import regex

from claimgraph.claims.lexicon import lexicon, slot_screen
from claimgraph.resources.literals import fold


def test_screen_is_the_part_after_the_slot_else_before() -> None:
    assert slot_screen("{S} said", "{S}").pattern == " said"
    assert slot_screen("data from {S}", "{S}").pattern == "data from "
    # a lookahead after the slot matches nearly anywhere: the words before it screen
    assert slot_screen(r"said {S}(?=\s*(?:[,.]|$))", "{S}").pattern == "said "
    assert slot_screen(r"{S}(?=\s*(?:[,.]|$))", "{S}").pattern == r"(?=\s*(?:[,.]|$))"  # nothing else to screen


def test_no_screen_where_the_slot_is_not_at_top_level() -> None:
    assert slot_screen("a|{S} said", "{S}") is None  # 'a' alone matches the pattern
    assert slot_screen("(?:by {S}) said", "{S}") is None
    assert slot_screen("(?i){S} said", "{S}") is None  # the flag would not carry over
    assert slot_screen("{S} said {S}", "{S}") is None


def test_screens_hold_for_every_source_pattern() -> None:
    lex = lexicon()
    texts = ["Revenue rose 5%, Halden Corp. said.",
             "Analysts at Brevik Capital, which tracks the sector, put it at 4%.",
             "Data from Korva showed 12% growth.", "According to the company, sales fell 3%.",
             "Norvane's report put the figure at $4 million.", "Sales fell 3%, people familiar with the matter said."]
    for text in texts:
        for rx, screen in zip(lex.source_rxs, lex.source_screens, strict=True):
            if rx.search(text):
                assert screen is None or screen.search(text), (rx.pattern, text)
        if lex.lowercase_source_rx.search(text):  # the lowercase sources' needed strings screen them
            assert any(lex.lowercase_source_needs.possible(fold(text)))
    for p in lex.raw["sources"]["citations"]:
        screen = slot_screen(p, "{S}")
        own = "Norvane"
        for text in texts:
            if regex.search(p.replace("{S}", regex.escape(own)), text):
                assert screen is None or screen.search(text)


def test_a_pattern_opening_with_the_name_says_how_the_name_starts() -> None:
    lex = lexicon()
    for p, rx in zip(lex.raw["sources"]["patterns"], lex.source_rxs, strict=True):
        opens = p.startswith(("{S}", "(?<")) and "{S}" in p
        assert rx.pattern.startswith(r"(?=[\dA-Z") == opens, p
    texts = ["Sales rose 4%, Halden Corp. said.", "The company said sales rose 4%.", "3M said sales rose.",
             "analysts estimated a 4% rise", "In 2023 Brevik reported sales of $5 million."]
    for text in texts:  # the same sources as the patterns without the opening
        for rx in lex.source_rxs:
            plain = rx.pattern.split("])", 1)[1] if rx.pattern.startswith(r"(?=[\dA-Z") else rx.pattern
            assert [m.span("S") for m in rx.finditer(text)] == [m.span("S") for m in regex.finditer(plain, text)]
