"""Questions a long text is asked once per figure, answered from indexes built once per document: how many
line breaks lie between two offsets (is it the same paragraph?), and which periods end before a position,
latest first. Each answer is the one a scan of the text or of the list would give, in logarithmic time, so
the work per figure stays bounded however long the document is (issue 17: claims grew as n^3)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate
from typing import Any

# How far back (in characters) a figure may point at an earlier one ('the $5 million', 'of the total'): far
# beyond a news article (the longest we read is under 8,000 characters), so that in a long file of many
# articles the look-back stays bounded (issue 17).
REACH = 50_000


class Lines:
    """The line breaks of a text: `count(a, b)` is `text.count('\\n', a, b)` for offsets a, b >= 0."""

    def __init__(self, text: str) -> None:
        self.breaks: list[int] = []
        at = text.find("\n")
        while at >= 0:
            self.breaks.append(at)
            at = text.find("\n", at + 1)

    def before(self, pos: int) -> int:
        """Line breaks in text[:pos]: the number of the paragraph (line) that pos is on."""
        return bisect_left(self.breaks, pos)

    def count(self, a: int, b: int) -> int:
        return self.before(b) - self.before(a) if a < b else 0


class Periods:
    """Periods in text order (by start) against the sentences: which end at or before a position, latest
    first, and the paragraph of the sentence each one starts in."""

    def __init__(self, periods: Sequence[dict[str, Any]], lines: Lines, sentence_starts: Sequence[int]) -> None:
        starts = [p["start"] for p in periods]
        self.in_order = in_order(starts)
        # the first period that ends after pos is the first whose running maximum end passes pos
        self._reach = list(accumulate((p["end"] for p in periods), max))
        self._longest = max((p["end"] - p["start"] for p in periods), default=0)
        self._starts = starts
        self._lines = lines
        self._sentence_starts = sentence_starts

    def ended_by(self, pos: int) -> Iterator[int]:
        """The periods before the first one that ends after pos, latest first."""
        return iter(range(bisect_right(self._reach, pos) - 1, -1, -1))

    def overlapping(self, a: int, b: int) -> Sequence[int]:
        """The periods that may overlap [a, b), in order: every one that does (out of text order, all)."""
        if not self.in_order:
            return range(len(self._starts))
        return range(bisect_left(self._starts, a - self._longest), bisect_left(self._starts, b))

    def sentence_start(self, j: int) -> int:
        """Where the sentence period j starts in begins (the first sentence for text before it; 0 for none)."""
        k = max(0, bisect_right(self._sentence_starts, self._starts[j]) - 1)
        return self._sentence_starts[k] if self._sentence_starts else 0

    def sentence_paragraph(self, j: int) -> int:
        """The paragraph of the sentence period j starts in (the first sentence for text before it)."""
        return self._lines.before(self.sentence_start(j)) if self._sentence_starts else 0


def in_order(starts: Sequence[int]) -> bool:
    return all(a <= b for a, b in zip(starts, starts[1:], strict=False))


def last_before(starts: Sequence[int], ordered: bool, a: int, b: int) -> Sequence[int]:
    """The figures k (by their starts) that can end by a while the next one starts at or after b: in text
    order only the last figure starting before b (a figure ending by a < b starts before b, and so does every
    one before it); out of order, every figure."""
    if not ordered or a >= b:
        return range(len(starts))
    k = bisect_left(starts, b) - 1
    return [k] if k >= 0 else []


class Spans:
    """(start, end) spans: `overlapping(a, b)` lists those that overlap [a, b) (a superset is never needed:
    the list is exact), in start order."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]
        self._longest = max((e - s for s, e in self._spans), default=0)

    def overlapping(self, a: int, b: int) -> list[tuple[int, int]]:
        lo = bisect_left(self._starts, a - self._longest)
        return [x for x in self._spans[lo:bisect_left(self._starts, b)] if x[1] > a]


# Longer than any sentence of prose (the longest in our corpus and the shared real news is under 400
# characters): a "sentence" past this is a list, a table or hostile input, and is read in pieces so that the
# work per figure, which reads its sentence, stays bounded (issue 17).
LONGEST_SENTENCE = 2000


def bounded(text: str, spans: Sequence[tuple[int, int]], longest: int = LONGEST_SENTENCE) -> list[tuple[int, int]]:
    """The sentence spans with any longer than `longest` cut at the last space before the limit (a word
    longer than the limit is cut where it reaches it); spans are trimmed of spaces, empty pieces dropped."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        while b - a > longest:
            cut = text.rfind(" ", a + 1, a + longest)
            cut = cut if cut > a else a + longest
            _add(text, a, cut, out)
            a = cut
        _add(text, a, b, out)
    return out


def _add(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a < b:
        out.append((a, b))
