"""What text a regex needs: sets of strings, one of which every match must contain, read from the pattern.

`needed(pattern)` parses a pattern (Python's own regex parser; group names are dropped first, as the `regex`
module allows one name twice) and returns clauses: each a set of lowercased strings of which any match of
the pattern (compiled case-insensitive) contains at least one. A text that lacks every string of one clause
cannot hold a match, so a rule can be skipped on it without running its regex. The reading is conservative:
whatever it cannot bound (repeats, classes, categories, back-references) only yields fewer clauses, never
a wrong one; a pattern it cannot parse has none.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import product
from re import _casefix  # type: ignore[attr-defined, unused-ignore]
from re import _constants as C  # type: ignore[attr-defined, unused-ignore]  # Python's regex parser (3.11+)
from re import _parser as P  # type: ignore[attr-defined, unused-ignore]
from typing import Any, NamedTuple

# constructs of the `regex` module that Python's parser does not know or reads differently (fuzzy counts,
# branch reset, word starts and ends, properties, named lists, recursion, version and other flags)
_REGEX_ONLY = ("(?|", "{e", "{i<", "{d<", "{s<", "{i=", "{d=", "{s=", "\\m", "\\M", "\\G", "\\X", "\\p", "\\P",
               "\\N", "\\L<", "(?&", "(?R", "(?0", "(?1", "(?V", "(?r", "(?f", "(?e", "(?b", "(?w", "(?p", "(?(")
MAX_STRINGS = 64  # beyond this many alternatives a set is not worth carrying
MIN_LENGTH = 2  # a clause whose shortest string is shorter than this is too common to be worth a test

Strings = frozenset[str] | None  # every string a piece can match (None: too many, or unbounded)


def needed(pattern: str) -> list[frozenset[str]]:
    """Clauses of lowercased strings: every match of pattern contains a string of each clause."""
    if any(x in pattern for x in _REGEX_ONLY):
        return []  # the `regex` module's own syntax: Python's parser would read it otherwise
    try:
        tree = P.parse(re.sub(r"\(\?P<\w+>", "(?:", pattern), re.IGNORECASE)
    except Exception:  # a construct Python's parser does not know: no clauses
        return []
    clauses = _sequence(list(tree)).clauses
    return list(dict.fromkeys(c for c in clauses if min(map(len, c)) >= MIN_LENGTH))


class Piece(NamedTuple):
    """What is known of the strings a piece of a pattern matches: all of them (exact), the strings one of which
    each match begins with (first) and ends with (last), None where unknown; and its clauses."""

    exact: Strings
    first: Strings
    last: Strings
    clauses: list[frozenset[str]]


EMPTY: frozenset[str] = frozenset({""})


def _known(strings: Strings, clauses: list[frozenset[str]] | None = None) -> Piece:
    return Piece(strings, strings, strings, clauses or [])


def _sequence(items: list[tuple[Any, Any]]) -> Piece:
    """A sequence: each run of pieces whose strings are known, joined to the first strings of the piece that
    ends it, is a clause (every match holds one of its strings); the pieces' own clauses hold too."""
    clauses: list[frozenset[str]] = []
    run: Strings = EMPTY
    whole: Strings = EMPTY
    first: Strings = None
    opened = False  # the run no longer starts at the sequence's start
    for op, av in items:
        piece = _piece(op, av)
        clauses += piece.clauses
        if piece.exact is not None:
            whole = _join(whole, piece.exact)
            joined = _join(run, piece.exact)
            if joined is None:  # too many: the run so far is a clause, a new one starts here
                first, opened = (first if opened else run), True
                _close(run, clauses)
                joined = piece.exact
            run = joined
            continue
        head = _join(run, piece.first)
        head = run if head is None else head
        first, opened = (first if opened else head), True
        _close(head, clauses)
        whole, run = None, piece.last if piece.last is not None else EMPTY
    _close(run, clauses)
    return Piece(whole, run if not opened else first, run, clauses)


def _close(run: Strings, clauses: list[frozenset[str]]) -> None:
    if run and "" not in run:
        clauses.append(run)


def _join(a: Strings, b: Strings) -> Strings:
    if a is None or b is None or len(a) * len(b) > MAX_STRINGS:
        return None
    return frozenset(x + y for x, y in product(a, b))


def _with_empty(strings: Strings) -> Strings:
    return None if strings is None else strings | EMPTY


def _piece(op: Any, av: Any) -> Piece:
    """What one parsed piece of a pattern matches."""
    if op is C.LITERAL:
        return _known(frozenset({fold(chr(av))}))
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return _known(EMPTY)  # zero width
    if op is C.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is C.BRANCH:
        return _branch([_sequence(list(b)) for b in av[1]])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        low, high, body = av
        inner = _sequence(list(body))
        if low == 0:
            exact = _with_empty(inner.exact) if high == 1 else None
            return Piece(exact, _with_empty(inner.first), _with_empty(inner.last), [])
        clauses = inner.clauses + [c for c in (inner.exact, inner.first) if c and "" not in c]
        return Piece(inner.exact if low == high == 1 else None, inner.first, inner.last, clauses)
    if op is C.IN and len(av) <= 8 and all(o is C.LITERAL or (o is C.CATEGORY and v is C.CATEGORY_SPACE)
                                           for o, v in av):
        return _known(frozenset(" " if o is C.CATEGORY else fold(chr(v)) for o, v in av))  # fold makes \s " "
    return Piece(None, None, None, [])


def _branch(alternatives: list[Piece]) -> Piece:
    """An alternation: what every alternative shares; as a clause, the union of each alternative's strongest
    clause (or its own strings), when every alternative has one."""
    def union(sets: list[Strings]) -> Strings:
        out: Strings = frozenset()
        for x in sets:
            out = out | x if out is not None and x is not None else None
        return out if out is None or len(out) <= MAX_STRINGS else None

    exact = union([a.exact for a in alternatives])
    first, last = union([a.first for a in alternatives]), union([a.last for a in alternatives])
    clause: set[str] = set()
    for a in alternatives:
        options = a.clauses + [c for c in (a.exact, a.first, a.last) if c and "" not in c]
        if not options:
            return Piece(exact, first, last, [])
        clause |= max(options, key=lambda c: (min(map(len, c)), -len(c)))
    return Piece(exact, first, last, [frozenset(clause)] if len(clause) <= MAX_STRINGS else [])


def as_tests(clauses: list[frozenset[str]]) -> list[tuple[str, ...]]:
    """Each clause as folded strings for `holds`, shortest first (a short string is found soonest), without a
    string that holds another of the clause (where it occurs, the one it holds occurs too), as plain
    substring tests: quicker than one regex per clause on a sentence-sized text."""
    tests = []
    for c in clauses:
        folded = {fold(s) for s in c}
        tests.append(tuple(sorted((s for s in folded if not any(o != s and o in s for o in folded)),
                                  key=lambda s: (len(s), s))))
    return tests


def holds(folded: str, clause: tuple[str, ...]) -> bool:
    """Whether a folded text (`fold`, or lowered where that is the same) holds one of the clause's strings."""
    for s in clause:  # a plain loop: no generator to build on every call
        if s in folded:
            return True
    return False


Clauses = list[tuple[str, ...]]  # folded strings for `holds`: a match holds one string of each clause


class Needs:
    """What every match of each of several patterns holds (each pattern's clauses): a pattern whose clauses a
    text lacks cannot match there. Patterns share clauses; each is tested at most once a text, through a memo
    the caller makes with memo() and passes to every can_match on that text."""

    __slots__ = ("clauses", "ids")

    def __init__(self, needs: Iterable[Clauses]) -> None:
        needs = list(needs)
        self.clauses = list(dict.fromkeys(c for n in needs for c in n))
        place = {c: k for k, c in enumerate(self.clauses)}  # a list slot is quicker to reach than a dict key
        shared = Counter(c for n in needs for c in set(n))
        # per pattern, first the clauses more patterns share (one test answers for all of them), then those
        # with the fewest strings (the quickest to test, and the likeliest to fail)
        self.ids = [tuple(place[c] for c in sorted(set(n), key=lambda c: (-shared[c], len(c), c))) for n in needs]

    def memo(self) -> list[bool | None]:
        """A fresh memo for one text: clause k -> whether the text holds one of its strings (None: not tested)."""
        return [None] * len(self.clauses)

    def can_match(self, k: int, folded: str, held: list[bool | None]) -> bool:
        """Whether a folded text (`fold`) holds a string of each clause of pattern k."""
        for c in self.ids[k]:
            has = held[c]
            if has is None:
                has = held[c] = holds(folded, self.clauses[c])
            if not has:
                return False
        return True

    def possible(self, folded: str) -> list[bool]:
        """Per pattern, whether a folded text holds a string of each of its clauses."""
        held = self.memo()
        return [self.can_match(k, folded, held) for k in range(len(self.ids))]


# letters a case-insensitive match equates that casefold() keeps apart ("ı" and "i", "İ" and "i"): each
# group folds to one letter first, so a folded text never lacks a string a match would have found
def _fixes() -> dict[int, int]:
    groups: list[set[int]] = []
    for group in [(0x49, 0x69, 0x130, 0x131)] + [(k, *v) for k, v in _casefix._EXTRA_CASES.items()]:
        merged = set(group).union(*(g for g in groups if g & set(group)))
        groups = [g for g in groups if not g & merged] + [merged]
    return {c: min(g) for g in groups for c in g}


_FIX = _fixes()


# every character \\s matches (and a few more) is a space in a folded text, so "\\s" reads as " "
_SPACES = "\t\n\v\f\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u180e\u2028\u2029\u202f\u205f\u3000" + "".join(
    chr(c) for c in range(0x2000, 0x200C))
_FIX.update({ord(c): 0x20 for c in _SPACES})


# on ASCII, _FIX maps only 'i' (to 'I', which casefolds back) and these control spaces: there fold() is lower()
# with them made ' ' (a third of the cost of translate() over a sentence, and most texts are ASCII)
_ASCII_SPACES = re.compile("[\t\n\v\f\r\x1c-\x1f]")


def fold(text: str) -> str:
    """text as the clauses are tested on it: case-insensitive letters made one, every space a ' '."""
    if text.isascii():
        low = text.lower()
        return _ASCII_SPACES.sub(" ", low) if _ASCII_SPACES.search(low) else low
    return text.translate(_FIX).casefold()


# a pattern's own characters (neither escaped nor inside a character class) and their group depth: the claims'
# pattern screens and the check cues read a pattern's shape with these
def top_level(p: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth) of each character of pattern p that is neither escaped nor inside a
    character class; a '(' and its ')' have the depth outside their group."""
    depth, k, in_class = 0, 0, False
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


def alternates_at_top(p: str) -> bool:
    """Whether pattern p has a '|' outside every group and character class."""
    return any(c == "|" and depth == 0 for _, c, depth in top_level(p))
