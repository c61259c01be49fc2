"""claims.sentences: a text with no place a break can be (no line break, no . ! ? before a space) is read
without the break pattern, and splits as the pattern would split it."""

from __future__ import annotations

from claimgraph.claims.sentences import _BREAK, _MAY_BREAK, sentences

TEXTS = ["Revenue rose 4.5% to $3.2 billion.", "  Revenue rose 4.5% to $3.2 billion.  ", "", "   ",
         "Sales rose. Profit fell.", "Sales rose.\u00a0Profit fell.", "Sales rose.\x1cProfit fell.",
         "Sales rose\nProfit fell", "He said \"no.\" Then left", "U.S. sales rose 4%", "Sales (up 4%!) rose",
         "a.\u2003B", "x.\x85Y"]


def test_no_break_without_a_place_for_one() -> None:
    for text in TEXTS:
        if not _MAY_BREAK.search(text):
            assert _BREAK.search(text) is None, text


def test_sentences_of_texts_with_and_without_breaks() -> None:
    assert sentences(TEXTS[0]) == [(0, len(TEXTS[0]))]
    assert sentences(TEXTS[1]) == [(2, len(TEXTS[1]) - 2)]
    assert sentences("") == [] and sentences("   ") == []
    assert sentences(TEXTS[4]) == [(0, 11), (12, 24)]
    assert len(sentences(TEXTS[5])) == 2 and len(sentences(TEXTS[7])) == 2
    long = "word " * 1000 + "end"
    assert sentences(long) == sentences(long + " ") and len(sentences(long)) > 1  # still cut where too long


def test_every_space_the_break_pattern_knows_is_a_place_for_a_break() -> None:
    import regex

    spaces = [chr(c) for c in range(0x3001) if regex.match(r"\s", chr(c))]
    assert len(spaces) > 20
    for space in spaces:
        for closing in ("", '"', "”", "’", ")"):
            text = f"Sales rose.{closing}{space}Profit fell."
            assert _MAY_BREAK.search(text) and _BREAK.search(text), repr(space)
