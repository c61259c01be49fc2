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


def register(name: CheckType) -> Callable[[CheckFn], CheckFn]:
    """Register a check under a models.CheckType value; its findings are reported with that type."""
    if name not in CHECK_TYPES:
        raise ValueError(f"check {name!r} is not a models.CheckType: {CHECK_TYPES}")
    if name in CHECKS:
        raise ValueError(f"check {name!r} is registered twice")

    def add(fn: CheckFn) -> CheckFn:
        CHECKS[name] = fn
        return fn

    return add


def unregistered() -> list[str]:
    """CheckType values no check is registered under."""
    return [name for name in CHECK_TYPES if name not in CHECKS]
