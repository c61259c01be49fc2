"""Joining neighbours: a list where each item may make one with the next ("12 to 13 billion", "May 7 to June 3")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def join_adjacent(items: list[T], join: Callable[[T, T], T | None]) -> list[T]:
    """Left to right, each item with the next when join(item, next) makes one of them; a joined pair is not
    joined again."""
    out: list[T] = []
    i = 0
    while i < len(items):
        if i + 1 < len(items):
            joined = join(items[i], items[i + 1])
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(items[i])
        i += 1
    return out
