"""What one call of the finder knows about one Doc, made afresh for every call.

The finder keeps only shared, read-only things (the Matcher, the vocabulary tables); everything about the
Doc being read lives here, so one finder can work on several Docs at once (threads, or a call nested in
another).
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import IS_DIGIT, LENGTH, LIKE_NUM, LOWER  # type: ignore[import-not-found, unused-ignore]  # compiled, no stub
from spacy.tokens import Doc, Token

from claimgraph.pipeline.quantities.tables import Phrases, QuantityTables
from claimgraph.pipeline.user_data import doc_text


class Tokens(dict[int, Token]):
    """doc[i] with each Token object built once, and only for the positions the resolver looks at:
    doc[i] makes a new Python object on every access, and most tokens are never looked at. (A dict, so a
    token already built is found without a Python call.)"""

    __slots__ = ("doc",)

    def __init__(self, doc: Doc):
        super().__init__()
        self.doc = doc

    def __missing__(self, i: int) -> Token:
        t = self[i] = self.doc[i]
        return t


EAGER_TOKENS = 64


class DocState:
    """The Doc, its length, its tokens (all at once for a short Doc, else built on demand), the hashes of its
    lowercased words, which tokens are numerals (LIKE_NUM, IS_DIGIT) and their lengths (read in one to_array
    call: each call costs more than the reading on a sentence), and the shared tables."""

    __slots__ = ("doc", "n", "t", "lower", "like_num", "lengths", "digit", "tables", "_text")

    def __init__(self, doc: Doc, tables: QuantityTables):
        self.doc = doc
        self.n = len(doc)
        # a short Doc's tokens all at once (one C loop costs less than building them one by one on demand)
        self.t: Tokens | list[Token] = list(doc) if self.n <= EAGER_TOKENS else Tokens(doc)
        columns = doc.to_array([LOWER, LIKE_NUM, LENGTH, IS_DIGIT]).T.tolist() if self.n else [[], [], [], []]
        self.lower: list[int] = columns[0]
        self.like_num: list[int] = columns[1]
        self.lengths: list[int] = columns[2]
        self.digit: list[int] = columns[3]
        self.tables = tables
        self._text: str | None = None

    def text(self, a: int, b: int) -> str:
        """doc[a:b].text, sliced from the Doc's text: no Span is made and no Token rebuilt for it. (A span's
        text runs from its first token to the end of its last, without the space after it.)"""
        if not 0 <= a < b <= self.n:
            return str(self.doc[a:b].text)
        if self._text is None:
            self._text = doc_text(self.doc)
        last = self.t[b - 1]
        return self._text[self.t[a].idx:last.idx + len(last)]

    def key(self, a: int, b: int) -> tuple[int, ...]:
        """Hashes of the lowercased words of tokens a..b: a key into tables.htables."""
        return tuple(self.lower[max(a, 0):b])

    def phrase_before(self, start: int, table: Phrases) -> tuple[Any, int] | None:
        """The longest phrase of table (up to 4 words) ending just before `start`: (its value, its first token)."""
        if 0 < start <= self.n and self.lower[start - 1] not in table.lasts:
            return None
        for n in (4, 3, 2, 1):
            if start - n >= 0:
                key = self.key(start - n, start)
                if key in table:
                    return table[key], start - n
        return None

    def phrase_after(self, j: int, table: Phrases, sizes: tuple[int, ...]) -> tuple[Any, int] | None:
        """The longest phrase of table starting at token j, trying the lengths in `sizes`: (its value, its length)."""
        if 0 <= j < self.n and self.lower[j] not in table.firsts:
            return None
        for n in sizes:
            if j + n <= self.n:
                key = self.key(j, j + n)
                if key in table:
                    return table[key], n
        return None
