"""Across articles: claims about the same subject, metric, scope, period and role from different documents
must agree; where their intervals do not overlap, both sides are reported with their sources."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from claimgraph.checks.base import fmt_iv
from claimgraph.checks.intervals import NUMBER, Interval, stated

FACT_ROLES = ("actual", "target", "forecast", "estimate")  # claims of a fact another source may state too


def _facts(report: Any) -> list[tuple[tuple[Any, ...], Any, Any]]:
    q = {x.id: x for x in report.quantities}
    out = []
    for c in report.claims:
        if not c.quantity or not c.subject or not c.metric or c.role not in FACT_ROLES:
            continue
        x = q[c.quantity]
        if x.kind not in ("money", "count", "percent") or x.change:
            continue
        key = (c.subject.lower(), c.metric, (c.scope or "").lower(), tuple(c.when) if c.when else None, c.role,
               x.kind, x.unit, x.per)
        out.append((key, c, x))
    return out


def _step(q: Any) -> Decimal | None:
    """The unit of the last written digit, in base units: '17 billion' -> 1e9, '17.5 billion' -> 1e8."""
    written = NUMBER.findall(q.text)
    if len(written) != 1 or Decimal(q.low) != Decimal(q.high):
        return None
    w = written[0].replace(",", "")
    n = Decimal(w)
    if n == 0:
        return None
    unit = Decimal(1) / Decimal(10) ** len(w.split(".")[1]) if "." in w else Decimal(1)
    return unit * abs(Decimal(q.low) / n)


def _agree(xa: Any, xb: Any, ia: Interval, ib: Interval) -> bool:
    """Two sources agree when the finer figure, rounded as the coarser one is written, gives the coarser one
    ('17.45 billion' and '17 billion' agree; '17.5 billion' and '17 billion' do not). Figures with a
    comparator or a hedge agree when their intervals overlap."""
    if xa.comparator or xb.comparator or xa.hedge or xb.hedge:
        return ia.overlaps(ib)
    sa, sb = _step(xa), _step(xb)
    if sa is None or sb is None:
        return ia.overlaps(ib)
    fine, coarse, step = (xa, xb, sb) if sa <= sb else (xb, xa, sa)
    rounded = (Decimal(fine.low) / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step
    return rounded == Decimal(coarse.low)


def _side(report: Any, claim: Any, q: Any) -> dict[str, Any]:
    return {"document": report.document.id, "claim": claim.id, "quantity": q.id, "text": q.text,
            "source": claim.source}


def conflicts(reports: list[Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    facts = [(r, key, c, x) for r in reports for key, c, x in _facts(r)]
    for i, (ra, ka, ca, xa) in enumerate(facts):
        for rb, kb, cb, xb in facts[i + 1:]:
            if rb is ra or ka != kb:
                continue
            ia, ib = stated(xa), stated(xb)
            if _agree(xa, xb, ia, ib):
                continue
            gap = abs(Decimal(xa.low) - Decimal(xb.low))
            mid = Decimal(xa.low) or Decimal(1)
            subject, metric, scope, when, role = ka[:5]
            what = " ".join(v for v in (ca.subject, metric, ca.scope) if v)
            period = f" for {when[0]}..{when[1]}" if when else ""
            found.append({
                "id": f"x{len(found) + 1}",
                "subject": ca.subject, "metric": metric, "scope": ca.scope, "when": list(when) if when else None,
                "role": role,
                "sides": [_side(ra, ca, xa), _side(rb, cb, xb)],
                "explanation": (f"{what} {role}{period}: {xa.text} ({fmt_iv(ia, xa.unit)}) in {ra.document.id}"
                                f"{' per ' + ca.source if ca.source else ''} vs {xb.text} ({fmt_iv(ib, xb.unit)}) in "
                                f"{rb.document.id}{' per ' + cb.source if cb.source else ''}: they do not overlap"),
                "severity": str((gap / abs(mid)).quantize(Decimal("0.0001"))) if mid else None,
            })
    return found
