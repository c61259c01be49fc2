"""A Report as tables (figures, periods, claims): the rows once, for the plain text cli.py prints when
piped and for the rich tables terminal.py draws on a terminal."""

from __future__ import annotations


def value(q) -> str:
    """A figure's value as a reader writes it: '12,000,000,000–13,000,000,000', '0.2'."""
    def num(x):
        if x is None:
            return "?"
        if x == x.to_integral_value():
            return f"{int(x):,}"
        return f"{x.normalize():f}"

    return num(q.low) if q.low == q.high else f"{num(q.low)}–{num(q.high)}"


def report_tables(report) -> list[tuple[str, tuple[str, ...], list[tuple[str, ...]]]]:
    """(title, header, rows) for each non-empty table of the Report."""
    out = []
    if report.quantities:
        rows = [(q.text, q.kind, value(q), q.unit or "", q.comparator or "", q.per or "", q.change or "")
                for q in report.quantities]
        out.append(("figures", ("text", "kind", "value", "unit", "comparator", "per", "change"), rows))
    if report.periods:
        rows = []
        for p in report.periods:
            flags = ", ".join(f for f, on in (("relative", p.relative), ("approximate", p.approximate)) if on)
            rows.append((p.text, p.from_date or "?", p.to_date or "?", p.grain, flags))
        out.append(("periods", ("period", "from", "to", "grain", ""), rows))
    if report.claims:
        q = {x.id: x for x in report.quantities}
        rows = []
        for c in report.claims:
            figure = q[c.quantity].text if c.quantity else f"= {value(c.derived)} {c.derived.unit or ''}".strip()
            when = "..".join(d or "" for d in c.when) if c.when else ""
            rows.append((figure, c.subject or "", c.metric or "", c.scope or "", when, c.role, c.source or ""))
        out.append(("claims", ("claim", "subject", "metric", "scope", "when", "role", "source"), rows))
    return out
