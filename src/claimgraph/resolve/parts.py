"""Cutting a long text into parts: near a given size, after a line break (else a space), never inside a mark.
Used to read long inputs in parts and to draw long articles in pieces; offsets stay those of the whole text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def parts(text: str, size: int, marks: Sequence[tuple[int, int, Any]] = ()) -> list[tuple[int, int]]:
    """(start, end) parts of text of at most about `size` characters, each cut after a line break in its
    second half, else after a space, else at `size`; a cut that falls inside a mark moves to the mark's end."""
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            if cut < 0:
                cut = text.rfind(" ", start + size // 2, end)
            if cut >= 0:
                end = cut + 1
            while inside := [y for x, y, _ in marks if x < end < y]:
                end = max(inside)
        out.append((start, end))
        start = end
    return out
