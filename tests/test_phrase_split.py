"""The phrase finder reads a stretch's words, and where each starts, from one split: its odd parts are the
words findall finds, its even parts the text between them."""

from __future__ import annotations

from claimgraph.claims.lexicon import _ASCII_SPLIT, _ASCII_WORD, _SPLIT, _WORD, PhraseFinder

TEXTS = ["Q3 net_income at Brill & Co. rose 4.5% to $12.3bn; the co-founder's S&P-500 fund (U.S.) fell.",
         "a--b .c. d&&e f-g-h 2024-25 x_y_z", "  In Zürich, net profit rose; café sales fell.", "", "..."]


def test_split_parts_are_the_words_and_the_gaps() -> None:
    for text in TEXTS:
        for split, word in ((_SPLIT, _WORD), (_ASCII_SPLIT, _ASCII_WORD)):
            if split is _ASCII_SPLIT and not text.isascii():
                continue
            parts = split.split(text)
            assert parts[1::2] == word.findall(text)
            assert "".join(parts) == text
            assert not any(word.search(gap) for gap in parts[0::2])


def test_hits_stand_where_their_words_are() -> None:
    finder = PhraseFinder()
    finder.add("net profit", "metric", "net_income")
    finder.add("sales", "metric", "sales")
    finder.add("Zürich", "place", "Zürich", case_sensitive=True)
    for text in TEXTS[2:3]:
        for a in range(0, 12):
            for h in finder.find(text, a, len(text)):
                assert text[h.start:h.end] == h.text and a <= h.start
    assert [h.text for h in finder.find(TEXTS[2], 0, len(TEXTS[2]))] == ["Zürich", "net profit", "sales"]
