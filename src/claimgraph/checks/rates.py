"""Reference exchange rates for a lone conversion (patterns/<lang>/reference_rates.json): the range of the
European Central Bank's daily rates in the article's month and the month before, widened by the tolerance
CONVENTIONS.md gives (2%); for years before the ECB's series, an annual average with a wider tolerance; for a
currency held at a fixed rate to one of those (the Gulf's, Macau's pataca), that peg."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Any, cast

from claimgraph.checks.intervals import Interval
from claimgraph.resources import load_json

USD = "USD"


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return cast(dict[str, Any], load_json("reference_rates.json"))


def _months(date: str) -> list[str]:
    """The date's month and the one before: 'YYYY-MM'."""
    year, month = int(date[:4]), int(date[5:7])
    before = (year - 1, 12) if month == 1 else (year, month - 1)
    return [f"{year:04d}-{month:02d}", f"{before[0]:04d}-{before[1]:02d}"]


def _per_usd_monthly(currency: str, month: str) -> tuple[Decimal, Decimal] | None:
    if currency == USD:
        return Decimal(1), Decimal(1)
    found = _data()["monthly"].get(currency, {}).get(month)
    if found:
        return Decimal(str(found[0])), Decimal(str(found[1]))
    peg = _data()["pegs"].get(currency)
    if peg is None or month < peg["since"]:
        return None
    anchor = _per_usd_monthly(peg["per"], month)  # a peg to the dollar, or to a currency the ECB quotes
    rate = Decimal(peg["rate"])
    return (anchor[0] * rate, anchor[1] * rate) if anchor else None


def _monthly(x: str, y: str, date: str) -> Interval | None:
    lows, highs = [], []
    for month in _months(date):
        rx, ry = _per_usd_monthly(x, month), _per_usd_monthly(y, month)
        if rx is None or ry is None:
            continue
        lows.append(rx[0] / ry[1])
        highs.append(rx[1] / ry[0])
    if not lows:
        return None
    return _widened(min(lows), max(highs), Decimal(_data()["monthly_tolerance"]["value"]))


def _annual(x: str, y: str, date: str) -> Interval | None:
    table = _data()["annual"]
    year = date[:4]
    rx = Decimal(1) if x == USD else table.get(x, {}).get(year)
    ry = Decimal(1) if y == USD else table.get(y, {}).get(year)
    if rx is None or ry is None:
        return None
    mid = Decimal(str(rx)) / Decimal(str(ry))
    return _widened(mid, mid, Decimal(_data()["annual_tolerance"]["value"]))


def _widened(low: Decimal, high: Decimal, tolerance: Decimal) -> Interval:
    return Interval(low * (1 - tolerance), high * (1 + tolerance))


def reference_rate(x: str, y: str, date: str | None) -> tuple[Interval, str] | None:
    """Units of currency x per unit of y the reference rates allow around an ISO date, and where the rate is
    from; None when the date or a currency has none."""
    if not date or len(date) < 7 or x == y:
        return None
    monthly = _monthly(x, y, date)
    if monthly is not None:
        pegs = _data()["pegs"]
        held = "".join(f", {c} at its peg of {pegs[c]['rate']} per {pegs[c]['per']}" for c in (x, y)
                       if c in pegs and c not in _data()["monthly"])
        return monthly, f"the ECB's reference rates for {' and '.join(reversed(_months(date)))}{held}, ±2%"
    annual = _annual(x, y, date)
    if annual is not None:
        tol = Decimal(_data()["annual_tolerance"]["value"]) * 100
        return annual, f"the {date[:4]} annual average rates, ±{tol.normalize()}% (a year's rates swing round it)"
    return None
