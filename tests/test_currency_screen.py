"""The currency quote pattern is searched only where one of its currency words occurs: a screen read off the
pattern's opening, never stricter than the pattern."""

from __future__ import annotations

from claimgraph.claims.lexicon import lexicon
from claimgraph.claims.metrics import _currency_quotes, _rules
from claimgraph.resources.literals import alternates_at_top, group_end


def test_words_come_from_a_mandatory_opening_only() -> None:
    opens = r"(?i:\b(?:the\s+)?(?:kroner|dinar)\b)(?:\s*:|\s+(?:rose|fell)\b)"
    assert _currency_quotes(opens).words == ("dinar", "kroner")
    assert _currency_quotes(opens.replace(r"(?:kroner|dinar)\b)", r"(?:kroner|dinar)?\b)")).words == ()
    assert _currency_quotes(opens.replace(r"\b)(?:", r"\b)?(?:", 1)).words == ()
    assert _currency_quotes(opens + "|by fiat").words == ()  # a top-level alternative needs no currency
    assert _currency_quotes(r"(?:kroner|dinar)\s+rose").words == ()  # another shape: no screen, always searched


def test_group_end() -> None:
    assert group_end("(a(b)[)]c)d", 0) == 10
    assert group_end(r"(a\)b)c", 0) == 6
    assert group_end("(ab", 0) == 4
    assert alternates_at_top("(a|b)|c") and not alternates_at_top(r"(a|b)[|]\|c")


def test_the_screen_finds_what_the_pattern_finds() -> None:
    quote = _rules(lexicon()).currency_quote_rx
    assert quote.words  # the shipped pattern has the screened shape
    texts = ["The Dollar rose to 151.20 yen in late trading.", "Sterling: $1.2710, off 0.0045.",
             "THE EURO FELL to $1.05.", "Market shares rose 4% as the company won orders.",
             "The dollar’s fall lifted exports 3%.", "ſterling: 1.27 (a long s folds to s)."]
    for text in texts:
        for a, b in [(0, len(text)), (4, len(text) - 3)]:
            want = quote.rx.search(text, a, b)
            got = quote.search(text, a, b)
            assert (got and got.span()) == (want and want.span()), text
    assert quote.search(texts[0], 0, len(texts[0])) and not quote.search(texts[3], 0, len(texts[3]))
