"""A phrase alternation searched only where it can match. Every match holds the longest word of one of its
phrases as written (in lower case once the window is lowered; for a case-blind pattern, in a window of ASCII
text, where ignoring case means lowering), and a few substring tests cost far less than the regex."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from claimgraph.resources.literals import holds


def key_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """The longest word of each phrase, lowered (a phrase's words are written as they are, with spaces
    that may match any whitespace)."""
    return tuple(sorted({max(p.split(), key=len).lower() for p in phrases if p.split()}))


class Screened:
    """rx, a pattern whose every match holds one of `phrases`, searched only where a key word occurs."""

    __slots__ = ("rx", "words", "_folded")

    def __init__(self, rx: regex.Pattern, phrases: Iterable[str], folded: bool | None = None) -> None:
        """`folded`: whether rx ignores case where its phrases are (by default, whether it does everywhere;
        an inline `(?i:...)` is no flag of rx)."""
        self.rx, self.words = rx, key_words(phrases)
        self._folded = bool(rx.flags & regex.IGNORECASE) if folded is None else folded

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
        """What self.rx.search(text, pos, endpos) finds."""
        endpos = len(text) if endpos is None else endpos
        if self.words:
            window = text[pos:endpos].lower()
            if (not self._folded or window.isascii()) and not holds(window, self.words):
                return None
        return self.rx.search(text, pos, endpos)


def top_level(p: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth) of each character of pattern p from `start` that is neither escaped
    nor inside a character class; a '(' and its ')' have the depth outside their group."""
    depth, k, in_class = 0, start, False
    while k < len(p):
        c = p[k]
        if c == "\\":
            k += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            k += 1 if p[k + 1:k + 2] == "]" else 0  # a ']' right after '[' is a literal
        else:
            depth -= c == ")"
            yield k, c, depth
            depth += c == "("
        k += 1


def group_end(p: str, k: int) -> int:
    """Where the group that opens at p[k] (a '(') closes, plus one; len(p) + 1 when it never does."""
    return next((i + 1 for i, c, depth in top_level(p, k) if c == ")" and depth == 0), len(p) + 1)


def alternates_at_top(p: str) -> bool:
    """Whether pattern p has a '|' outside every group and character class."""
    return any(c == "|" and depth == 0 for _, c, depth in top_level(p))
