"""The currency quote pattern is searched only where what its every match holds occurs (its currency words,
read off the pattern like every other screen), and the screen is never stricter than the pattern."""

from __future__ import annotations

import regex

from claimgraph.claims.lexicon import lexicon
from claimgraph.claims.literal import Needed
from claimgraph.claims.metrics import _rules
from claimgraph.resources.literals import alternates_at_top

OPENS = r"(?i:\b(?:the\s+)?(?:kroner|dinar)\b)(?:\s*:|\s+(?:rose|fell)\b)"


def _screened_by_words(pattern: str) -> bool:
    """Whether a text that names none of the currencies is screened out (a clause made of them alone)."""
    return any(set(c) <= {"kroner", "dinar"} for c in Needed(regex.compile(pattern)).clauses)


def test_only_a_mandatory_opening_screens_by_its_words() -> None:
    assert _screened_by_words(OPENS)
    assert not _screened_by_words(OPENS.replace(r"(?:kroner|dinar)\b)", r"(?:kroner|dinar)?\b)"))
    assert not _screened_by_words(OPENS.replace(r"\b)(?:", r"\b)?(?:", 1))
    assert not _screened_by_words(OPENS + "|by fiat")  # a top-level alternative needs no currency
    assert alternates_at_top("(a|b)|c") and not alternates_at_top(r"(a|b)[|]\|c")


def test_a_screen_finds_what_its_pattern_finds_in_every_shape() -> None:
    texts = ["The kroner rose 2%.", "Dinar: 3.1", "the DINAR fell", "Prices rose by fiat.", "Kroner fell.",
             "It fell: 4"]
    for pattern in (OPENS, OPENS + "|by fiat", OPENS.replace(r"\b)(?:", r"\b)?(?:", 1)):
        rx = regex.compile(pattern)
        screen = Needed(rx)
        for text in texts:
            want = rx.search(text)
            got = screen.search(text)
            assert (got and got.span()) == (want and want.span()), (pattern, text)


def test_the_screen_finds_what_the_pattern_finds() -> None:
    quote = _rules(lexicon()).currency_quote_rx
    assert any("dollar" in c for c in quote.clauses)  # the shipped pattern is screened by its currency words
    texts = ["The Dollar rose to 151.20 yen in late trading.", "Sterling: $1.2710, off 0.0045.",
             "THE EURO FELL to $1.05.", "Market shares rose 4% as the company won orders.",
             "The dollar’s fall lifted exports 3%.", "ſterling: 1.27 (a long s folds to s)."]
    for text in texts:
        for a, b in [(0, len(text)), (4, len(text) - 3)]:
            want = quote.rx.search(text, a, b)
            got = quote.search(text, a, b)
            assert (got and got.span()) == (want and want.span()), text
    assert quote.search(texts[0], 0, len(texts[0])) and not quote.search(texts[3], 0, len(texts[3]))
