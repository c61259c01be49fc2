"""A phrase alternation searched only where it can match. Every match holds the longest word of one of its
phrases as written (in lower case once the window is lowered; for a case-blind pattern, in a window of ASCII
text, where ignoring case means lowering), and a few substring tests cost far less than the regex."""

from __future__ import annotations

from collections.abc import Iterable

import regex


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
            if (not self._folded or window.isascii()) and not holds_any(window, self.words):
                return None
        return self.rx.search(text, pos, endpos)


def holds_any(window: str, words: tuple[str, ...]) -> bool:
    """any(w in window for w in words), without a generator's cost per word."""
    for w in words:
        if w in window:
            return True
    return False


def group_end(p: str, k: int) -> int:
    """Where the group that opens at p[k] (a '(') closes, plus one; len(p) + 1 when it never does."""
    return _scan(p, k, stop_at_close=True)


def alternates_at_top(p: str) -> bool:
    """Whether pattern p has a '|' outside every group and character class."""
    return _scan(p, 0, stop_at_close=False) < 0


def _scan(p: str, k: int, stop_at_close: bool) -> int:
    """From p[k]: with stop_at_close, the end of the group opening there; else -1 at a top-level '|'."""
    depth, in_class = 0, False
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
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0 and stop_at_close:
                return k + 1
        elif c == "|" and depth == 0 and not stop_at_close:
            return -1
        k += 1
    return len(p) + 1
