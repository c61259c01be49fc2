"""names._apart: whether a word of an 'X and Y' run is written on its own elsewhere, as one regex per word
would say."""

from __future__ import annotations

import regex

from claimgraph.claims.names import DocNames, _apart

TEXT = ("Marks and Spencer rose. Spencer's shares and Marks fell; Harlow and\nBrisco said. Brisco's unit, "
        "Brisco-owned, and Dalby-Tore, Tore.")


def _by_regex(text: str, word: str) -> bool:
    bare = regex.sub(r"['’]s?$", "", word).rstrip(".,")
    return regex.search(rf"(?<![\w])(?<!\band\s){regex.escape(bare)}(?!\s+and\b)(?![\w])", text) is not None


def test_apart_is_the_regex() -> None:
    words = ["Marks", "Spencer", "Spencer's", "Harlow", "Brisco", "Brisco.", "Tore", "Dalby", "Nobody", "and",
             "Spencer,", "rose"]
    doc = DocNames(TEXT)
    for w in words:
        for text in (TEXT, TEXT[:40], TEXT[20:]):
            assert _apart(DocNames(text), w) == _by_regex(text, w), (w, text)
    assert _apart(doc, "Brisco") and not _apart(doc, "Nobody")
