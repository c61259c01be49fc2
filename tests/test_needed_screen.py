"""literal.Needed: a pattern searched only where the window holds what every match needs finds what the
pattern itself finds, on windows with and without those strings, in any case and with other white space."""

import pytest
import regex

from claimgraph.claims.lexicon import lexicon
from claimgraph.claims.literal import Needed
from claimgraph.claims.metrics import _rules

TEXTS = ["Orvik shares closed at $12.50, up 3%, in composite trading on the Big Board.",
         "ORVIK STOCK ROSE 4% ON THE STOCK\nEXCHANGE while its tax rate fell to 21%.",
         "Profit rose 12% to $5 million; margins widened and the unemployment rate held at 4.1%.",
         "Sales rose 9% in May.",
         "Ørvik’s Aktien stiegen um 3 %, the yield on its bonds rose to 5%.",
         ""]


@pytest.mark.parametrize("screened", [lambda: lexicon().cues.trading_rx, lambda: _rules(lexicon()).rate_words_rx,
                                      lambda: Needed(regex.compile(r"\b(?:rose|fell)\s+by\b", regex.IGNORECASE))])
def test_needed_finds_what_the_pattern_finds(screened):
    n = screened()
    assert n.clauses  # the screen has something to test
    for text in TEXTS:
        for a in range(0, len(text) + 1, 7):
            for b in (a, min(len(text), a + 20), len(text)):
                found, plain = n.search(text, a, b), n.rx.search(text, a, b)
                assert (found and found.span()) == (plain and plain.span()), (text, a, b)
                assert [m.span() for m in n.finditer(text, a, b)] == [m.span() for m in n.rx.finditer(text, a, b)]
        assert (n.search(text) and n.search(text).span()) == (n.rx.search(text) and n.rx.search(text).span())


def test_a_pattern_with_nothing_needed_is_always_run():
    n = Needed(regex.compile(r"\d+"))
    assert not n.clauses and n.search("ab 12").span() == (3, 5)
