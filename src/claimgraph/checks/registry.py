"""Relation checks register here under their Report check type; run_checks runs every one (or a chosen few).

A check type is named once: models.CheckType lists the types a Report may hold, `register` refuses any other
name (and a name taken twice), a check's findings take their type from the name it is registered under, and
claimgraph.checks refuses to load unless every CheckType has its check.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import get_args

from claimgraph.checks.base import Context, Finding
from claimgraph.models import CheckType

CheckFn = Callable[[Context], list[Finding]]

CHECK_TYPES: tuple[str, ...] = get_args(CheckType)
CHECKS: dict[str, CheckFn] = {}
# per registered check function, the fewest figures it relates: with fewer, it finds nothing (a function put
# in CHECKS in its place, as a test may, has no such promise)
FIGURES: dict[CheckFn, int] = {}


def register(name: CheckType, figures: int = 0) -> Callable[[CheckFn], CheckFn]:
    """Register a check under a models.CheckType value; its findings are reported with that type. `figures`:
    the fewest distinct figures any finding of the check relates (run_all skips it for a Report with fewer;
    0 promises nothing)."""
    if name not in CHECK_TYPES:
        raise ValueError(f"check {name!r} is not a models.CheckType: {CHECK_TYPES}")
    if name in CHECKS:
        raise ValueError(f"check {name!r} is registered twice")

    def add(fn: CheckFn) -> CheckFn:
        CHECKS[name] = fn
        FIGURES[fn] = figures
        return fn

    return add


def unregistered() -> list[str]:
    """CheckType values no check is registered under."""
    return [name for name in CHECK_TYPES if name not in CHECKS]
