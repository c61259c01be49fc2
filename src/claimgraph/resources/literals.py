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
from itertools import product
from re import _casefix  # type: ignore[attr-defined, unused-ignore]
from re import _constants as C  # type: ignore[attr-defined, unused-ignore]  # Python's regex parser (3.11+)
from re import _parser as P  # type: ignore[attr-defined, unused-ignore]
from typing import Any

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
    clauses = _sequence(list(tree))[1]
    return list(dict.fromkeys(c for c in clauses if min(map(len, c)) >= MIN_LENGTH))


def _sequence(items: list[tuple[Any, Any]]) -> tuple[Strings, list[frozenset[str]]]:
    """(every string the sequence matches, or None; its clauses): each run of bounded pieces gives the
    strings it can match, a clause when none is empty; each piece that must occur adds its own clauses."""
    clauses: list[frozenset[str]] = []
    run: Strings = frozenset({""})
    whole: Strings = frozenset({""})
    for op, av in items:
        strings, own = _piece(op, av)
        clauses += own
        if strings is None:
            _close(run, clauses)
            run, whole = frozenset({""}), None
            continue
        joined = _join(run, strings)
        whole = _join(whole, strings) if whole is not None else None
        if joined is None:  # too many: the run so far is a clause, a new one starts here
            _close(run, clauses)
            joined = strings
        run = joined
    _close(run, clauses)
    return whole, clauses


def _close(run: Strings, clauses: list[frozenset[str]]) -> None:
    if run and "" not in run:
        clauses.append(run)


def _join(a: Strings, b: Strings) -> Strings:
    if a is None or b is None or len(a) * len(b) > MAX_STRINGS:
        return None
    return frozenset(x + y for x, y in product(a, b))


def _piece(op: Any, av: Any) -> tuple[Strings, list[frozenset[str]]]:
    """(the strings one parsed piece matches, or None; the clauses it adds when it must occur)."""
    if op is C.LITERAL:
        return frozenset({fold(chr(av))}), []
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return frozenset({""}), []  # zero width
    if op is C.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is C.BRANCH:
        return _branch([_sequence(list(b)) for b in av[1]])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        low, high, body = av
        strings, own = _sequence(list(body))
        if low == 0:
            return (strings | {""} if strings is not None and high == 1 else None), []
        if strings and "" not in strings:
            own = [*own, strings]  # the body occurs at least once
        return (strings if low == high == 1 else None), own
    if op is C.IN and len(av) <= 4 and all(o is C.LITERAL for o, _ in av):
        return frozenset(fold(chr(v)) for _, v in av), []
    return None, []


def _branch(alternatives: list[tuple[Strings, list[frozenset[str]]]]) -> tuple[Strings, list[frozenset[str]]]:
    """An alternation: its strings when every alternative's are known; as a clause, the union of each
    alternative's strongest clause (or its own strings), when every alternative has one."""
    every: Strings = frozenset()
    for strings, _ in alternatives:
        every = every | strings if every is not None and strings is not None else None
    if every is not None and len(every) > MAX_STRINGS:
        every = None
    union: set[str] = set()
    for strings, own in alternatives:
        options = [c for c in own] + ([strings] if strings and "" not in strings else [])
        if not options:
            return every, []
        union |= max(options, key=lambda c: (min(map(len, c)), -len(c)))
    return every, ([frozenset(union)] if len(union) <= MAX_STRINGS else [])


def searches(clauses: list[frozenset[str]]) -> list[re.Pattern[str]]:
    """One regex per clause, to search the text with once it is folded (`fold`)."""
    return [re.compile("|".join(re.escape(fold(s)) for s in sorted(c, key=len, reverse=True))) for c in clauses]


# letters a case-insensitive match equates that casefold() keeps apart ("ı" and "i", "İ" and "i"): each
# group folds to one letter first, so a folded text never lacks a string a match would have found
def _fixes() -> dict[int, int]:
    groups: list[set[int]] = []
    for group in [(0x49, 0x69, 0x130, 0x131)] + [(k, *v) for k, v in _casefix._EXTRA_CASES.items()]:
        merged = set(group).union(*(g for g in groups if g & set(group)))
        groups = [g for g in groups if not g & merged] + [merged]
    return {c: min(g) for g in groups for c in g}


_FIX = _fixes()


def fold(text: str) -> str:
    """text as the clauses are tested on it: case-insensitive letters made one."""
    return text.translate(_FIX).casefold()
