"""The output formats of the commands: JSON for other tools, GraphML for graph tools, and for people rich
tables on a terminal or plain text when piped. Everything is written to standard output."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

from claimgraph.models import CheckRun, Report
from claimgraph.render.text import check_run_text, query_text, report_text


def write_reports(names: Sequence[str], reports: Sequence[Report], fmt: str) -> None:
    """Reports as one JSON document (an array for several), GraphML (the first), JSON lines, or tables."""
    if fmt == "json":
        data = [json.loads(r.model_dump_json()) for r in reports]
        sys.stdout.write(json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "graphml":
        from claimgraph.render.graph import to_graphml

        sys.stdout.write(to_graphml(reports[0]))
    elif fmt == "jsonl":
        for r in reports:
            sys.stdout.write(r.model_dump_json() + "\n")
    elif sys.stdout.isatty():
        from claimgraph.render.terminal import show_report

        for name, r in zip(names, reports, strict=False):
            show_report(name, r)
    else:
        sys.stdout.write("\n\n".join(report_text(name, r) for name, r in zip(names, reports, strict=False)) + "\n")


def write_check_run(run: CheckRun, fmt: str) -> None:
    if fmt == "json":
        sys.stdout.write(run.model_dump_json(indent=2) + "\n")
    elif sys.stdout.isatty():
        from claimgraph.render.terminal import show_check_run

        show_check_run(run)
    else:
        sys.stdout.write(check_run_text(run) + "\n")


def write_claims(rows: list[dict[str, Any]], fmt: str) -> None:
    """Claims from the store (`claimgraph query`)."""
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        import csv

        columns = list(rows[0]) if rows else list(QUERY_COLUMNS)
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        sys.stdout.write(query_text(rows))


QUERY_COLUMNS = ("document", "claim", "text", "subject", "metric", "scope", "from", "to", "role", "source", "kind",
                 "unit", "low", "high", "low_value", "high_value", "url", "title", "date")
