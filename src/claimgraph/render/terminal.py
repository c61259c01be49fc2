"""Tables on a terminal with rich: figures, periods, claims and checks aligned, inconsistent checks in red.
(Piped output stays plain text: text.py writes it.) Everything that comes from the input (file names, figures,
explanations) is plain Text or escaped, never read as rich markup (no [link=...] from a file name)."""

from __future__ import annotations

from collections.abc import Iterable

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from claimgraph.io.outputs import visible
from claimgraph.models import Check, CheckRun, Report
from claimgraph.render.tables import NO_FIGURES, report_tables

ONE_LINE = {("figures", "value"), ("periods", "dates"), ("claims", "period")}
VERDICT_STYLE = {"consistent": "green", "inconsistent": "bold red", "unverifiable": "dim"}


def show_report(name: str, report: Report, console: Console | None = None) -> None:
    console = console or Console()
    d = report.document
    console.rule(Text.assemble((visible(name), "bold"), f" · reference date {d.reference_date or 'none'} "
                               f"({d.reference_date_source})"))
    if not report.quantities:
        console.print(NO_FIGURES)
    for title, header, rows in report_tables(report):
        if _width(header, rows) > console.width and title == "claims":
            header, rows = _narrow_claims(header, rows)
        table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, title_style="bold")
        for column in header:  # values and dates stay on one line; words wrap
            table.add_column(column, no_wrap=(title, column) in ONE_LINE, min_width=len(column), overflow="fold",
                             justify="right" if column == "value" else "left")
        for row in rows:
            table.add_row(*(Text(visible(cell)) for cell in row))
        console.print(table)
    show_checks(report.checks, console)


def _width(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> int:
    """The width a table needs to show every cell on one line (SIMPLE_HEAD: two spaces per column)."""
    return sum(max(len(c) for c in column) + 3 for column in zip(header, *rows, strict=True))


Rows = list[tuple[str, ...]]


def _narrow_claims(header: tuple[str, ...], rows: Rows) -> tuple[tuple[str, ...], Rows]:
    """The claims table for a narrow terminal: subject, metric and scope in one column, the source beside
    the role, so each column wraps between words rather than inside them."""
    out: Rows = []
    for figure, subject, metric, scope, when, role, source in rows:
        about = " · ".join(x for x in (subject, metric, scope) if x)
        out.append((figure, about, when, f"{role} ({source})" if source else role))
    return ("figure", "about", "period", "role (source)"), out


def show_checks(checks: Iterable[Check], console: Console | None = None) -> None:
    console = console or Console()
    checks = list(checks)
    if not checks:
        return
    t = Table("verdict", "type", "explanation", title="checks", title_justify="left", box=box.SIMPLE_HEAD,
              title_style="bold")
    for k in checks:
        t.add_row(Text(k.verdict, style=VERDICT_STYLE[k.verdict]), Text(k.type), Text(visible(k.explanation)))
    console.print(t)


def show_check_run(run: CheckRun, console: Console | None = None) -> None:
    """Each document's checks under its name, then the conflicts between the documents."""
    console = console or Console()
    for r in run.reports:
        console.rule(f"[bold]{escape(visible(str(r.document.id)))}[/]")
        show_checks(r.checks, console)
    for x in run.conflicts:
        console.print(Text.assemble(("conflict", "bold red"), " ", visible(x.explanation)))
