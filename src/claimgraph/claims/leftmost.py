"""Several patterns searched as their alternation would be ('p1|p2|p3'.finditer), each on its own: a pattern
alone can skip ahead to where it may start, and one whose screen fails is never run. The alternation's
finditer takes, from where the last match ended, the leftmost match, the first pattern's at equal starts."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex


def alternation_matches(patterns: Sequence[tuple[int, regex.Pattern, regex.Pattern | None]], text: str, a: int,
                        b: int) -> Iterator[tuple[int, regex.Match]]:
    """(k, match) for what the alternation of the patterns finds in text[a:b], k the pattern's place in it.
    Each entry is (k, pattern, screen): a screen that finds nothing in text[a:b] rules its pattern out. No
    pattern may match the empty string (finditer would step past an empty match)."""
    live = [(k, rx) for k, rx, screen in patterns if screen is None or screen.search(text, a, b)]
    # per pattern, its first match from an earlier position: still its first from pos when it starts at or
    # after pos (a match depends on where it starts, not on where the search began)
    ahead = [rx.search(text, a, b) for _, rx in live]
    while True:
        best = -1
        for j, m in enumerate(ahead):
            if m is not None and (best < 0 or m.start() < ahead[best].start()):
                best = j
        if best < 0:
            return
        found = ahead[best]
        assert found is not None
        yield live[best][0], found
        pos = found.end()
        for j, m in enumerate(ahead):
            if m is not None and m.start() < pos:
                ahead[j] = live[j][1].search(text, pos, b)
