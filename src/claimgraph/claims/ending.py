"""Cue patterns that end where their window ends ('rose by about ' just before a figure: a pattern ending in
`$`), asked only whether they match. A forward search tries the pattern from every start in the window; the
regex module's reverse matching tries it once, backwards from the window's end, where any match must end."""

from __future__ import annotations

import regex

from claimgraph.resources.literals import alternates_at_top, top_level

_INLINE_FLAGS = regex.compile(r"\(\?[a-zA-Z0-9^-]*[mM][a-zA-Z0-9^-]*[:)]")


def anchored_at_end(p: str) -> bool:
    """Whether every match of pattern p ends at `$`: p ends with an unescaped `$` outside every group and
    character class, and has no alternation outside its groups (so `$` closes every alternative)."""
    chars = list(top_level(p))
    return bool(chars) and chars[-1] == (len(p) - 1, "$", 0) and not alternates_at_top(p)


class Ending:
    """A pattern asked whether it matches text[lo:hi], tried backwards from hi when every match must end
    there; otherwise (and before a line break at hi, where `$` also matches one character earlier) searched
    forwards as it is."""

    __slots__ = ("rx", "_back")

    def __init__(self, rx: regex.Pattern) -> None:
        self.rx = rx
        ends = anchored_at_end(rx.pattern) and not rx.flags & regex.MULTILINE and not _INLINE_FLAGS.search(rx.pattern)
        self._back = regex.compile(rx.pattern, rx.flags | regex.REVERSE) if ends else None

    @property
    def pattern(self) -> str:
        return self.rx.pattern

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
        """The forward search itself, for a caller that wants the match (found() is the quick yes or no)."""
        return self.rx.search(text, pos, len(text) if endpos is None else endpos)

    def found(self, text: str, lo: int, hi: int) -> bool:
        """Whether self.rx.search(text, lo, hi) finds a match."""
        if self._back is None or hi <= lo or text[hi - 1] == "\n":
            return self.rx.search(text, lo, hi) is not None
        return self._back.match(text, lo, hi) is not None


def ending(pattern: str, flags: int = 0) -> Ending:
    return Ending(regex.compile(pattern, flags))


# a backreference or a group reference: numbering shifts when patterns are joined
_REFERENCE = regex.compile(r"\\[1-9]|\\g<|\(\?P=|\(\?[0-9&R]|\(\?\+")


class AnyEnding:
    """Whether any of several Ending patterns matches text[lo:hi]: one backwards match of their alternation
    (it matches at hi exactly when one of them does) instead of one per pattern, when all run backwards
    with the same flags and none refers to a group by number or name."""

    __slots__ = ("parts", "_back")

    def __init__(self, parts: list[Ending]) -> None:
        self.parts = parts
        flags = {e.rx.flags for e in parts}
        joinable = parts and all(e._back is not None and not _REFERENCE.search(e.pattern) for e in parts) \
            and len(flags) == 1
        self._back = regex.compile("|".join(f"(?:{e.pattern})" for e in parts), flags.pop() | regex.REVERSE) \
            if joinable else None

    def found(self, text: str, lo: int, hi: int) -> bool:
        """Whether any part's found(text, lo, hi) is true."""
        if self._back is None or hi <= lo or text[hi - 1] == "\n":
            return any(e.found(text, lo, hi) for e in self.parts)
        return self._back.match(text, lo, hi) is not None
