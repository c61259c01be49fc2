"""A Report as tables (figures, periods, claims): the rows once, for the plain text text.py writes when
piped and for the rich tables terminal.py draws on a terminal."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Protocol

from claimgraph.models import Report

NO_FIGURES = "No figures found in this text."
Table = tuple[str, tuple[str, ...], list[tuple[str, ...]]]  # (title, header, rows)


class Bounds(Protocol):
    @property
    def low(self) -> Decimal | None: ...

    @property
    def high(self) -> Decimal | None: ...


SCALES = ((Decimal(10) ** 12, "tn"), (Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "m"))
SIMPLE_FRACTIONS = 12  # 'about 1/3' for a value within a millionth of a fraction with a denominator up to this


def number(x: Decimal | None) -> str:
    """One value as a reader writes it: '3.42bn', '12,000', '0.25', 'about 1/3', '≈1.235m'."""
    if x is None:
        return "?"
    for size, suffix in SCALES:
        if abs(x) >= size:
            return _short(x / size) + suffix
    if x == x.to_integral_value():
        return f"{int(x):,}"
    fraction = Fraction(x).limit_denominator(SIMPLE_FRACTIONS)
    if fraction.denominator > 1 and abs(Decimal(fraction.numerator) / fraction.denominator - x) < Decimal("1e-6") \
            and -x.normalize().as_tuple().exponent > 3:  # type: ignore[operator]
        return f"about {fraction.numerator}/{fraction.denominator}"
    return _short(x)


def _short(x: Decimal) -> str:
    """At most three decimals; '≈' when that rounds the value."""
    rounded = x.quantize(Decimal("0.001")).normalize() if abs(x) < 10 ** 15 else x
    text = f"{rounded:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    whole, _, decimals = text.partition(".")
    text = f"{int(whole):,}" + (f".{decimals}" if decimals else "") if whole.lstrip("-").isdigit() else text
    if whole == "-0":
        text = "-" + text
    return text if rounded == x else f"≈{text}"


def value(q: Bounds) -> str:
    """A figure's value, compact: '3.42bn', '12bn–13bn', '0.25', 'about 1/3'."""
    return number(q.low) if q.low == q.high else f"{number(q.low)}–{number(q.high)}"


def period_label(start: str | None, end: str | None) -> str:
    """A period on one line, as short as it is exact: '2024', '2024-H2', '2024-Q2', '2024-06', '2024-06-10',
    else 'FROM..TO' ('..2030' for an open start)."""
    if start and end and start[:4] == end[:4] and start[5:] == "01-01":
        year, last = start[:4], end[5:]
        whole = {"12-31": "", "06-30": "-H1", "03-31": "-Q1"}
        if last in whole:
            return year + whole[last]
    if start and end and start[:4] == end[:4]:
        named = {("07-01", "12-31"): "-H2", ("04-01", "06-30"): "-Q2", ("07-01", "09-30"): "-Q3",
                 ("10-01", "12-31"): "-Q4"}.get((start[5:], end[5:]))
        if named:
            return start[:4] + named
        if start[:7] == end[:7] and start[8:] == "01" and _month_end(end):
            return start[:7]
    if start and start == end:
        return start
    return f"{start or ''}..{end or ''}"


def _month_end(day: str) -> bool:
    from calendar import monthrange

    y, m, d = (int(x) for x in day.split("-"))
    return d == monthrange(y, m)[1]


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
            rows.append((p.text, period_label(p.from_date, p.to_date), p.grain, flags))
        out.append(("periods", ("period", "dates", "grain", "notes"), rows))
    if report.claims:
        header = ("figure", "subject", "metric", "scope", "period", "role", "source")
        out.append(("claims", header, _claim_rows(report)))
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
        when = period_label(*c.when) if c.when else ""
        rows.append((figure, c.subject or "", c.metric or "", c.scope or "", when, c.role, c.source or ""))
    return rows
