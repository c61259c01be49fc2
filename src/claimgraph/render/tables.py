"""A Report as tables (figures, periods, claims): the rows once, for the plain text text.py writes when
piped and for the rich tables terminal.py draws on a terminal."""

from __future__ import annotations

from decimal import Decimal
from typing import Protocol

from claimgraph.models import Report

Table = tuple[str, tuple[str, ...], list[tuple[str, ...]]]  # (title, header, rows)


class Bounds(Protocol):
    @property
    def low(self) -> Decimal | None: ...

    @property
    def high(self) -> Decimal | None: ...


def value(q: Bounds) -> str:
    """A figure's value as a reader writes it: '12,000,000,000–13,000,000,000', '0.2'."""
    def num(x: Decimal | None) -> str:
        if x is None:
            return "?"
        if x == x.to_integral_value():
            return f"{int(x):,}"
        return f"{x.normalize():f}"

    return num(q.low) if q.low == q.high else f"{num(q.low)}–{num(q.high)}"


def report_tables(report: Report) -> list[Table]:
    """(title, header, rows) for each non-empty table of the Report."""
    out: list[Table] = []
    if report.quantities:
        out.append(("figures", ("text", "kind", "value", "unit", "comparator", "per", "change"),
                    [(q.text, q.kind, value(q), q.unit or "", q.comparator or "", q.per or "", q.change or "")
                     for q in report.quantities]))
    if report.periods:
        rows: list[tuple[str, ...]] = []
        for p in report.periods:
            flags = ", ".join(f for f, on in (("relative", p.relative), ("approximate", p.approximate)) if on)
            rows.append((p.text, p.from_date or "?", p.to_date or "?", p.grain, flags))
        out.append(("periods", ("period", "from", "to", "grain", ""), rows))
    if report.claims:
        out.append(("claims", ("claim", "subject", "metric", "scope", "when", "role", "source"), _claim_rows(report)))
    return out


def _claim_rows(report: Report) -> list[tuple[str, ...]]:
    q = {x.id: x for x in report.quantities}
    rows: list[tuple[str, ...]] = []
    for c in report.claims:
        if c.quantity:
            figure = q[c.quantity].text
        else:
            d = c.derived
            figure = f"= {value(d)} {d.unit or ''}".strip() if d else ""
        when = "..".join(d or "" for d in c.when) if c.when else ""
        rows.append((figure, c.subject or "", c.metric or "", c.scope or "", when, c.role, c.source or ""))
    return rows
