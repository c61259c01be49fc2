"""Indexes the checks share, built once per Report so that a check asks about a bounded neighbourhood of a
figure instead of scanning the document for each one (issue 17: checks grew as n^3 with a document's
length): the figures of each sentence, and the claims that may belong to one series (timeline.groups).
Each gives the same answer as the scan it replaces."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from claimgraph.claims.index import Lines


class Sentences:
    """The figures of each sentence, in Report order."""

    def __init__(self, starts: Sequence[int], qs: Sequence[Any]) -> None:
        self._starts = starts
        self.members: dict[int, list[Any]] = {}
        if len(starts) < 2:  # one sentence (or none): every position is in sentence 0
            if qs:
                self.members[0] = list(qs)
            return
        for q in qs:
            self.members.setdefault(self.number(q.start), []).append(q)

    def number(self, pos: int) -> int:
        return max(0, bisect_right(self._starts, pos) - 1)

    def of(self, pos: int) -> list[Any]:
        return self.members.get(self.number(pos), [])


def grouped(items: Sequence[Any], key: Callable[[Any], Hashable]) -> dict[Hashable, list[Any]]:
    """Items by key, each list in the items' order."""
    out: dict[Hashable, list[Any]] = {}
    for x in items:
        out.setdefault(key(x), []).append(x)
    return out


class Series:
    """Claims that can be one series with a given claim: those of its paragraph, and those elsewhere that name
    the same subject and metric (a series a paragraph apart must name both). Of claims that would behave alike
    (the same `alike` key: period, and what the series test reads of the figure) only the first is kept, in
    each paragraph and each (subject, metric): a later twin can never be chosen where the first is not, so
    the candidates are bounded by what differs, not by how often a long text repeats itself."""

    def __init__(self, claims: Sequence[Any], lines: Lines, start: Callable[[Any], int],
                 alike: Callable[[Any], Hashable]) -> None:
        self._order = {id(c): k for k, c in enumerate(claims)}
        self._lines, self._start = lines, start
        self._paragraphs: dict[int, dict[Hashable, Any]] = {}
        self._named: dict[tuple[Any, Any], dict[Hashable, Any]] = {}
        for c in claims:
            key = alike(c)
            self._paragraphs.setdefault(lines.before(start(c)), {}).setdefault((key, c.subject, c.metric), c)
            if c.subject and c.metric:
                self._named.setdefault((c.subject, c.metric), {}).setdefault(key, c)

    def candidates(self, c: Any) -> list[Any]:
        """A superset of the first claim of every kind that can join c's series, in the claims' order."""
        near = self._paragraphs.get(self._lines.before(self._start(c)), {})
        far = self._named.get((c.subject, c.metric), {}) if c.subject and c.metric else {}
        found = {id(x): x for x in [*near.values(), *far.values()]}
        return sorted(found.values(), key=lambda x: self._order[id(x)])
