"""A phrase alternation searched only where it can match. Every match holds the longest word of one of its
phrases as written (in lower case once the window is lowered; for a case-blind pattern, in a window of ASCII
text, where ignoring case means lowering), and a few substring tests cost far less than the regex."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import regex

from claimgraph.resources.literals import as_tests, holds, needed


class Needs:
    """What every match of each of several patterns holds (resources.literals.needed: strings from what a
    match consumes, never from a lookaround, so they lie between the search's pos and endpos): a pattern whose
    needs a text lacks cannot match there. Patterns share clauses; each is tested at most once a text."""

    __slots__ = ("clauses", "ids")

    def __init__(self, patterns: Iterable[str]) -> None:
        needs = [as_tests(needed(p)) for p in patterns]
        self.clauses = list(dict.fromkeys(c for n in needs for c in n))
        place = {c: k for k, c in enumerate(self.clauses)}
        shared = Counter(c for n in needs for c in set(n))
        # per pattern, first the clauses more patterns share (one test answers for all of them), then those
        # with the fewest strings (the quickest to test, and the likeliest to fail)
        self.ids = [tuple(place[c] for c in sorted(set(n), key=lambda c: (-shared[c], len(c), c))) for n in needs]

    def possible(self, folded: str) -> list[bool]:
        """Per pattern, whether a folded text (resources.literals.fold) holds a string of each of its clauses."""
        held: dict[int, bool] = {}
        out = []
        for ids in self.ids:
            ok = True
            for k in ids:
                h = held.get(k)
                if h is None:
                    h = held[k] = holds(folded, self.clauses[k])
                if not h:
                    ok = False
                    break
            out.append(ok)
        return out


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
