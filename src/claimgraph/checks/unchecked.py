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


def summary_line(reports: list[Any]) -> str:
    """The closing line of `claimgraph check`: '12 checks: 11 consistent, 1 inconsistent; 3 stated relations
    not checked' (an unverifiable count only when there is one)."""
    verdicts = [c.verdict for r in reports for c in r.checks]
    counts = [f"{verdicts.count('consistent')} consistent", f"{verdicts.count('inconsistent')} inconsistent"]
    if "unverifiable" in verdicts:
        counts.append(f"{verdicts.count('unverifiable')} unverifiable")
    unchecked = sum(len(r.unchecked) for r in reports)
    relations = "stated relation" if unchecked == 1 else "stated relations"
    checks = "check" if len(verdicts) == 1 else "checks"
    return f"{len(verdicts)} {checks}: {', '.join(counts)}; {unchecked} {relations} not checked"
