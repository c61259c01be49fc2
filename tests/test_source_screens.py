"""The cheap screens searched before a source pattern: never stricter than the pattern they stand for."""

from __future__ import annotations

import regex

from claimgraph.claims.lexicon import lexicon, slot_screen


def test_screen_is_the_part_after_the_slot_else_before() -> None:
    assert slot_screen("{S} said", "{S}").pattern == " said"
    assert slot_screen("data from {S}", "{S}").pattern == "data from "


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
        if lex.lowercase_source_rx.search(text):
            assert lex.lowercase_source_screen.search(text)
    for p in lex.raw["sources"]["citations"]:
        screen = slot_screen(p, "{S}")
        own = "Norvane"
        for text in texts:
            if regex.search(p.replace("{S}", regex.escape(own)), text):
                assert screen is None or screen.search(text)
