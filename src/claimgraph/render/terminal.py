"""Tables on a terminal with rich: figures, periods, claims and checks aligned, inconsistent checks in red.
(Piped output stays plain text: cli.py writes it.)"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from claimgraph.render.tables import report_tables

VERDICT_STYLE = {"consistent": "green", "inconsistent": "bold red", "unverifiable": "dim"}


def show_report(name: str, report, console: Console | None = None) -> None:
    console = console or Console()
    d = report.document
    console.rule(f"[bold]{name}[/] · reference date {d.reference_date or 'none'} ({d.reference_date_source})")
    for title, header, rows in report_tables(report):
        table = Table(*header, title=title, title_justify="left")
        for row in rows:
            table.add_row(*row)
        console.print(table)
    show_checks(report.checks, console)


def show_checks(checks, console: Console | None = None) -> None:
    console = console or Console()
    if not checks:
        return
    t = Table("verdict", "type", "explanation", title="checks", title_justify="left")
    for k in checks:
        t.add_row(f"[{VERDICT_STYLE[k.verdict]}]{k.verdict}[/]", k.type, k.explanation)
    console.print(t)
