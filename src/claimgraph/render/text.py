"""Plain text for a pipe or a file: a Report's tables, a check run, claims from the store, conflicts.
Columns are aligned and cut at 40 characters; no colours (a terminal gets terminal.py's rich tables)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimgraph.models import CheckRun, Report
from claimgraph.render.tables import NO_FIGURES, report_tables

MARK = {"consistent": "ok ", "inconsistent": "BAD", "unverifiable": " ? "}
WIDEST = 40  # a longer cell is cut, so one long figure does not push every column off the screen

QUERY_HEADER = ("figure", "subject", "metric", "scope", "period", "role", "source", "document")


def grid(rows: Sequence[Sequence[str]]) -> list[str]:
    """The rows as aligned columns, the first row a header underlined with dashes."""
    widths = [min(WIDEST, max(len(r[i]) for r in rows)) for i in range(len(rows[0]))]
    lines = []
    for n, r in enumerate(rows):
        cells = [(c if len(c) <= WIDEST else c[:WIDEST - 1] + "…").ljust(widths[i]) for i, c in enumerate(r)]
        lines.append("  " + "  ".join(cells).rstrip())
        if n == 0:
            lines.append("  " + "  ".join("-" * w for w in widths))
    return lines


def report_text(name: str, report: Report) -> str:
    """One document: a summary line, then its figures, periods and claims as tables, then its checks."""
    doc = report.document
    ref = (f"reference date {doc.reference_date} ({doc.reference_date_source})" if doc.reference_date
           else "no reference date")
    lines = [f"{name}: {len(report.quantities)} quantities, {len(report.periods)} periods, {len(report.claims)} "
             f"claims, {len(report.checks)} checks; {ref}"]
    if not report.quantities:
        lines += ["", f"  {NO_FIGURES}"]
    for _title, header, rows in report_tables(report):
        lines += [""] + grid([header, *rows])
    if report.checks:
        lines += [""] + [f"  {MARK[c.verdict]} {c.type:<15} {c.explanation}" for c in report.checks]
    return "\n".join(lines)


def check_run_text(run: CheckRun) -> str:
    """Each document's checks, then (for several documents) the conflicts between them."""
    lines = []
    for r in run.reports:
        bad = sum(c.verdict == "inconsistent" for c in r.checks)
        lines.append(f"{r.document.id}: {len(r.checks)} checks, {bad} inconsistent")
        for c in r.checks:
            lines.append(f"  {MARK[c.verdict]} {c.type:<15} {c.explanation}")
    if len(run.reports) > 1:
        lines.append(f"across documents: {len(run.conflicts)} conflicts")
        for x in run.conflicts:
            lines.append(f"  BAD {x.explanation}")
    return "\n".join(lines)


def query_text(rows: list[dict[str, Any]]) -> str:
    """Claims found in the store: their number, then a table of them."""
    table: list[tuple[str, ...]] = [QUERY_HEADER]
    for r in rows:
        when = f"{r['from']}..{r['to']}" if r["from"] else ""
        table.append((r["text"] or "", r["subject"] or "", r["metric"] or "", r["scope"] or "", when, r["role"] or "",
                      r["source"] or "", r["document"]))
    return f"{len(rows)} claims\n" + ("\n".join(grid(table)) + "\n" if rows else "")
