"""Whether one found period follows right after another, read from the rules' groups alone (no reference date):
'June and July', '2024 and 2025', 'the first and second quarters' are runs; 'June and August' is not."""

from __future__ import annotations

from functools import lru_cache

from claimgraph.resources.period_patterns import period_vocab


@lru_cache(maxsize=1)
def _words() -> tuple[dict[str, int], dict[str, int]]:
    v = period_vocab()
    return {k: int(n) for k, n in v["MONTH"].items()}, {k: int(n) for k, n in v["ORD"].items()}


def _year(g: dict[str, str]) -> int | None:
    y = g.get("year") or ""
    return int(y) if y.isdigit() and len(y) == 4 and "year2" not in g else None


def follows(form: str, a: dict[str, str], b: dict[str, str]) -> bool:
    """Whether period b (its groups) starts the day after period a (its groups), both of one form, ends. A year
    only one of them writes is taken as the other's ('June and July 2024')."""
    months, ords = _words()
    ya, yb = _year(a), _year(b)
    if form == "year":
        return ya is not None and yb == ya + 1
    ma, mb = months.get(a.get("month", "").lower().rstrip(".")), months.get(b.get("month", "").lower().rstrip("."))
    if form == "month":
        if ma is None or mb is None:
            return False
        if ya is not None and yb is not None:
            return yb * 12 + mb == ya * 12 + ma + 1
        return mb == ma % 12 + 1
    if form == "date":
        da, db = a.get("day", ""), b.get("day", "")
        return ma is not None and ma == mb and da.isdigit() and db.isdigit() and int(db) == int(da) + 1 \
            and (ya is None or yb is None or ya == yb)
    if form in ("quarter", "half"):
        na, nb = ords.get(a.get(form, "").lower()), ords.get(b.get(form, "").lower())
        return na is not None and nb == na + 1 and (ya is None or yb is None or ya == yb)
    return False
