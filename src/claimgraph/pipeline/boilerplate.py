"""Page furniture copied with an article: which character ranges to leave out. Offsets are never changed."""

from __future__ import annotations

import re
from functools import lru_cache

from claimgraph.resources import load_json


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """(a furniture line, a line opening a list of links, the most words a listed headline has)."""
    data = load_json("boilerplate.json")

    def one(patterns: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)

    return one(data["line_patterns"]), one(data["block_openers"]), int(data["block_line_max_words"])


def furniture_ranges(text: str) -> list[list[int]]:
    """[start, end) of each line that is page furniture, in the original text: a furniture line, and the
    headlines listed after a 'Related articles' line, up to the first line of prose."""
    line_rx, opener_rx, max_words = _rules()
    out: list[list[int]] = []
    pos = 0
    in_list = False  # after a block opener, while the lines read as headlines
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            opener = opener_rx.fullmatch(stripped) is not None
            if in_list and not opener and (len(stripped.split()) > max_words or stripped.endswith(_STOPS)):
                in_list = False  # prose again
            if opener or in_list or line_rx.fullmatch(stripped):
                lead = len(line) - len(line.lstrip())
                out.append([pos + lead, pos + lead + len(stripped)])
            in_list = in_list or opener
        pos += len(line)
    return out


_STOPS = (".", "!", "?", ".\"", ".”", "!”", "?”", ".'", ".’")
