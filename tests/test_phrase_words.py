"""The phrase finder splits ASCII text with the standard re module: the same words the regex module's \\w finds."""

from __future__ import annotations

from claimgraph.claims.lexicon import _ASCII_WORD, _WORD, PhraseFinder

TEXTS = ["Q3 net_income at Brill & Co. rose 4.5% to $12.3bn; the co-founder's S&P-500 fund (U.S.) fell.",
         "a--b .c. d&&e f-g-h 2024-25 x_y_z", "tabs\tand\nlines\r\nand   spaces!"]


def test_ascii_words_are_the_unicode_words() -> None:
    for text in TEXTS:
        for a, b in [(0, len(text)), (3, len(text) - 2), (10, 11)]:
            assert _ASCII_WORD.findall(text, a, b) == _WORD.findall(text, a, b), (text, a, b)
    assert _WORD.findall(TEXTS[0])[:3] == ["Q3", "net_income", "at"]


def test_non_ascii_text_keeps_its_own_words() -> None:
    finder = PhraseFinder()
    finder.add("Zürich", "place", "Zürich")
    finder.add("net profit", "metric", "net_income")
    text = "In Zürich, net profit rose; café sales fell."
    hits = finder.find(text, 0, len(text))
    assert [(h.text, h.category) for h in hits] == [("Zürich", "place"), ("net profit", "metric")]
    assert _ASCII_WORD.findall("café") != _WORD.findall("café")  # why the ASCII split is kept to ASCII text


def test_holds() -> None:
    # the one substring test the claims' word screens and the period rules' needed strings share
    from claimgraph.resources.literals import holds

    assert holds("the grain harvest rose", ("vest", "zinc"))
    assert not holds("the grain harvest rose", ("zinc", "Grain"))
    assert not holds("anything", ())
