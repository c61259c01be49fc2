"""claims.literal: a screened phrase alternation finds what the regex alone finds."""

import regex

from claimgraph.claims.literal import Needed, key_words

PHRASES = ["at present", "these days", "now", "as of now", "a regulatory filing"]
TEXT = ("Nowadays the Vellor board says sales are up now; AT PRESENT the unit, as of\nnow, files\u00a0"
        "a regulatory  filing. Known issues persist. Sales were flat the\u017fe days.")


def _words(phrases):
    return r"(?<![\w])(?:" + "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")(?![\w])"


def test_key_words_are_each_phrases_longest_word():
    assert key_words(PHRASES) == ("now", "present", "regulatory", "these")


def test_needed_search_is_the_regex_search():
    hits = 0
    for flags in (0, regex.IGNORECASE):
        rx = regex.compile(_words(PHRASES), flags)
        screened = Needed(rx)
        assert screened.clauses  # the phrases screen: a window with none of them is never searched
        for a in range(0, len(TEXT), 3):
            for b in range(a, len(TEXT) + 1, 4):
                want = rx.search(TEXT, a, b)
                got = screened.search(TEXT, a, b)
                assert (got and got.span()) == (want and want.span()), TEXT[a:b]
                hits += want is not None
    assert hits > 100
    assert Needed(regex.compile(_words(PHRASES))).search("sales are flat", 0, 15) is None


def test_no_clause_means_no_screen():
    assert Needed(regex.compile("")).search("anything", 0, 8) is not None
