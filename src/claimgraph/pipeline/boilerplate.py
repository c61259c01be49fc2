"""Page furniture copied with an article: which character ranges to leave out. Offsets are never changed."""

from __future__ import annotations

import re
from functools import lru_cache

from claimgraph.resources import load_json


@lru_cache(maxsize=1)
def _line_regex() -> re.Pattern[str]:
    data = load_json("boilerplate.json")
    return re.compile("|".join(f"(?:{p})" for p in data["line_patterns"]), re.IGNORECASE)


def furniture_ranges(text: str) -> list[list[int]]:
    """[start, end) of each line that is page furniture, in the original text."""
    rx = _line_regex()
    out: list[list[int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped and rx.fullmatch(stripped):
            lead = len(line) - len(line.lstrip())
            out.append([pos + lead, pos + lead + len(stripped)])
        pos += len(line)
    return out
