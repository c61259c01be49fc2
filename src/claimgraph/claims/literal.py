"""Patterns run only where they can match: the strings every match holds are read off the pattern
(resources.literals.needed), and a few substring tests cost far less than the regex. One pattern: Needed;
several at once: resources.literals.Needs, with slot_needs for a pattern with a slot for a name or phrase."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from claimgraph.resources.literals import Clauses, Needs, as_tests, fold, needed


def slot_needs(pattern: str, slot: str, words: Iterable[str] = ()) -> Clauses:
    """What every match of a pattern with a slot for a name or phrase (that matches at least one character)
    holds: what the text around the slot needs (resources.literals.needed: from what a match consumes, never
    from a lookaround, so it lies between the search's pos and endpos), and, where the slot is, one of the
    `words` (each slot filling holds one). Read with any text in the slot: reading the slot's own long
    alternation would cost far more (tens of milliseconds) and tell little more."""
    clauses = as_tests(needed(pattern.replace(slot, "(?s:.+)")))
    filling = as_tests([frozenset(fold(w) for w in words)]) if words and slot in pattern else []
    return clauses + filling


def key_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """The longest word of each phrase, lowered (a phrase's words are written as they are, with spaces
    that may match any whitespace)."""
    return tuple(sorted({max(p.split(), key=len).lower() for p in phrases if p.split()}))


class Needed:
    """rx, run only on a window that holds a string of each clause every match of rx holds (read from its
    pattern: resources.literals.needed). On a sentence that lacks one, a few substring tests answer instead
    of a regex alternation that a case-blind search tries at every character."""

    __slots__ = ("rx", "clauses", "_needs")

    def __init__(self, rx: regex.Pattern) -> None:
        self.rx, self.clauses = rx, as_tests(needed(rx.pattern))
        self._needs = Needs([self.clauses])

    def possible(self, text: str, pos: int, endpos: int) -> bool:
        """Whether text[pos:endpos] holds what a match needs (True when the pattern gives no clause)."""
        return not self.clauses or self._needs.can_match(0, fold(text[pos:endpos]), self._needs.memo())

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
        """What self.rx.search(text, pos, endpos) finds."""
        endpos = len(text) if endpos is None else endpos
        return self.rx.search(text, pos, endpos) if self.possible(text, pos, endpos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match]:
        """What self.rx.finditer(text, pos, endpos) finds."""
        endpos = len(text) if endpos is None else endpos
        return self.rx.finditer(text, pos, endpos) if self.possible(text, pos, endpos) else iter(())
