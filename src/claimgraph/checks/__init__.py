"""The checker: every relation between an article's figures, recomputed with interval arithmetic.

One module per relation type, each registered under its models.CheckType (registry.py). run_checks turns
their findings into Report Check dicts; a figure is an interval from its written precision, comparator and
hedge (intervals.py), and a check is consistent when the computed and stated intervals overlap. Cue words
and tolerances are data (patterns/<lang>/checks.json, compiled in cues.py).
"""

from __future__ import annotations

from typing import Any

# importing a check module registers its checks, in this order (the order of a Report's checks)
from claimgraph.checks import change, conversion, multiple, period, ratio, same_figure, share, target_tension, totals  # noqa: F401
from claimgraph.checks.base import Context, Finding
from claimgraph.checks.intervals import DEFAULT_HEDGES, Interval
from claimgraph.checks.registry import CHECKS, FIGURES, unregistered
from claimgraph.checks.unchecked import UNCHECKED

__all__ = ["CHECKS", "run_checks", "run_all", "DEFAULT_HEDGES"]

if unregistered():  # a CheckType the Report schema allows but no check produces
    raise ImportError(f"claimgraph.checks: no check registered for {unregistered()}")


def run_checks(report: Any, text: str, hedges: dict[str, tuple[str, str]] | None = None,
               only: list[str] | None = None) -> list[dict[str, Any]]:
    """Check dicts (Report.checks) for one Report and its text."""
    return run_all(report, text, hedges, only)[0]


def run_all(report: Any, text: str, hedges: dict[str, tuple[str, str]] | None = None,
            only: list[str] | None = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(Report.checks, Report.unchecked) dicts for one Report and its text: the relations evaluated, and the
    stated relations no check could evaluate (none whose figure another check evaluated as stated)."""
    ctx = Context(report, text, dict(hedges) if hedges is not None else dict(DEFAULT_HEDGES))
    found: list[tuple[str, Finding]] = []
    count = len(ctx.qs)
    for name, fn in CHECKS.items():
        if count >= FIGURES.get(fn, 0) and (only is None or name in only):
            for f in fn(ctx):  # most find nothing: no list built per check
                found.append((name, f))
    if not found:
        return [], []  # most texts state no relation a check recognises
    checks = _checks([(n, f) for n, f in found if f.verdict != UNCHECKED])
    evaluated = {c["stated"] for c in checks} | {i for c in checks for i in c["operands"]}
    unchecked: list[dict[str, Any]] = []
    for name, f in found:
        figures = ([f.stated] if f.stated else []) + [i for i in f.operands if i != f.stated]
        item = {"type": name, "figures": figures, "reason": f.explanation}
        if f.verdict == UNCHECKED and f.stated not in evaluated and item not in unchecked:
            unchecked.append(item)
    return checks, unchecked


def _checks(found: list[tuple[str, Finding]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, tuple[str, ...], str | None]] = set()
    for name, f in found:
        key = (name, tuple(sorted(f.operands)), f.stated)
        if key in seen:
            continue
        seen.add(key)
        out.append({
            "id": f"k{len(out) + 1}", "type": name, "operands": f.operands, "stated": f.stated,
            "expected": _interval(f.expected), "verdict": f.verdict, "explanation": f.explanation,
            "severity": None if f.severity is None else str(f.severity),
        })
    return out


def _interval(iv: Interval | None) -> dict[str, Any] | None:
    if iv is None:
        return None
    return {"low": None if iv.low is None else str(iv.low), "high": None if iv.high is None else str(iv.high),
            "low_open": iv.low_open, "high_open": iv.high_open}
