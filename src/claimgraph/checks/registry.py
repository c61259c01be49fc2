"""Relation checks register here by name; run_checks runs every one (or a chosen few) over a Report."""

from __future__ import annotations

from collections.abc import Callable

from claimgraph.checks.base import Context, Finding

CHECKS: dict[str, Callable[[Context], list[Finding]]] = {}


def register(name: str):
    def add(fn: Callable[[Context], list[Finding]]):
        CHECKS[name] = fn
        return fn

    return add
