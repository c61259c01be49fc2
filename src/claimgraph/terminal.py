"""Tables on a terminal with rich: figures, periods, claims and checks aligned, inconsistent checks in red.
(Piped output stays plain text: cli.py writes it.)"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

VERDICT_STYLE = {"consistent": "green", "inconsistent": "bold red", "unverifiable": "dim"}


def show_report(name: str, report, console: Console | None = None) -> None:
    console = console or Console()
    d = report.document
    console.rule(f"[bold]{name}[/] · reference date {d.reference_date or 'none'} ({d.reference_date_source})")
    if report.quantities:
        t = Table("text", "kind", "value", "unit", "comparator", "per", "change", title="figures", title_justify="left")
        for q in report.quantities:
            value = f"{q.low:,}" if q.low == q.high else f"{q.low:,}–{q.high:,}"
            t.add_row(q.text, q.kind, value, q.unit or "", q.comparator or "", q.per or "", q.change or "")
        console.print(t)
    if report.periods:
        t = Table("period", "from", "to", "grain", "", title="periods", title_justify="left")
        for p in report.periods:
            flags = ", ".join(f for f, on in (("relative", p.relative), ("approximate", p.approximate)) if on)
            t.add_row(p.text, p.from_date or "?", p.to_date or "?", p.grain, flags)
        console.print(t)
    if report.claims:
        q = {x.id: x for x in report.quantities}
        t = Table("claim", "subject", "metric", "scope", "when", "role", "source", title="claims", title_justify="left")
        for c in report.claims:
            figure = q[c.quantity].text if c.quantity else f"= {c.derived.low:,}–{c.derived.high:,} {c.derived.unit or ''}"
            when = "..".join(x or "" for x in c.when) if c.when else ""
            t.add_row(figure, c.subject or "", c.metric or "", c.scope or "", when, c.role, c.source or "")
        console.print(t)
    show_checks(report.checks, console)


def show_checks(checks, console: Console | None = None) -> None:
    console = console or Console()
    if not checks:
        return
    t = Table("verdict", "type", "explanation", title="checks", title_justify="left")
    for k in checks:
        t.add_row(f"[{VERDICT_STYLE[k.verdict]}]{k.verdict}[/]", k.type, k.explanation)
    console.print(t)
