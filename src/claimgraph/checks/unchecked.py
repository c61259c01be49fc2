"""Stated relations no check could evaluate. A check that recognises a relation the text states ('fell 22% to
$182.6 million' with no earlier level, a lone conversion between currencies with no reference rate) returns a
Finding of verdict UNCHECKED with the reason; run_checks lists them apart (Report.unchecked), never as checks."""

from __future__ import annotations

from typing import Any

from claimgraph.checks.base import Finding

UNCHECKED = "unchecked"


def not_checked(stated: Any, figures: list[str], reason: str) -> Finding:
    """A stated relation with the figures the text gives for it and why it could not be evaluated."""
    return Finding(figures, stated.id if stated is not None else None, None, UNCHECKED, reason)
