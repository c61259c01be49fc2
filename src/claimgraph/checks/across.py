"""Across articles: claims about the same subject, metric, scope, period and role from different documents
must agree; where their intervals do not overlap, both sides are reported with their sources.

conflicts() compares the facts of a few Reports pair by pair (`claimgraph check`); conflict_group() judges one
group of facts that share a key (the claim store sorts its facts by key, so `reconcile` costs time linear in
the facts): the distinct values of the group, each with its sources, when two of them disagree."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from claimgraph.checks.base import fmt_iv
from claimgraph.checks.intervals import NUMBER, Interval, stated

FACT_ROLES = ("actual", "target", "forecast", "estimate")  # claims of a fact another source may state too
# in a group with more distinct values than this, each value is compared with the extremes only (bounded work)
PAIRWISE_VALUES = 64


def facts(report: Any) -> list[tuple[tuple[Any, ...], Any, Any]]:
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


def agree(xa: Any, xb: Any) -> bool:
    """Two stated figures (objects with text, low, high, comparator, hedge) can both be true."""
    return _agree(xa, xb, stated(xa), stated(xb))


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
    stated_facts = [(r, key, c, x) for r in reports for key, c, x in facts(r)]
    same_key: dict[tuple[Any, ...], list[int]] = {}
    for n, (_, key, _, _) in enumerate(stated_facts):
        same_key.setdefault(key, []).append(n)
    for i, (ra, ka, ca, xa) in enumerate(stated_facts):  # the pairs of one key only, in the order of the facts
        for rb, _, cb, xb in (stated_facts[j] for j in same_key[ka] if j > i):
            if rb is ra:
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


def conflict_group(values: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], str | None] | None:
    """One fact's distinct values (dicts with text, low, high, comparator, hedge and `documents`, the set of
    documents stating it): (the values that disagree with another document's, severity), or None when they
    all agree. Work is bounded: past PAIRWISE_VALUES values, each is compared with the lowest and highest."""
    items = [(v, _Figure(v)) for v in values]
    if len(items) > PAIRWISE_VALUES:
        ordered = sorted(items, key=lambda it: Decimal(it[0]["low"]))
        last = len(ordered) - 1
        pairs: Iterable[tuple[int, int]] = [(i, j) for i in range(len(ordered)) for j in (0, last) if i != j]
        items = ordered
    else:
        pairs = [(i, j) for i in range(len(items)) for j in range(i + 1, len(items))]
    bad: set[int] = set()
    worst = Decimal(-1)
    for i, j in pairs:
        (va, fa), (vb, fb) = items[i], items[j]
        if va["documents"] == vb["documents"] and len(va["documents"]) == 1:
            continue  # one document stating two values is that document's own affair
        if agree(fa, fb):
            continue
        bad.update((i, j))
        mid = Decimal(fa.low) or Decimal(1)
        worst = max(worst, abs(Decimal(fa.low) - Decimal(fb.low)) / abs(mid))
    if not bad:
        return None
    return [items[k][0] for k in sorted(bad)], str(worst.quantize(Decimal("0.0001")))


class _Figure:
    """A stored value, read as a Quantity is by stated() and _step()."""

    __slots__ = ("text", "low", "high", "comparator", "hedge")

    def __init__(self, v: dict[str, Any]) -> None:
        self.text, self.low, self.high = v["text"], v["low"], v["high"]
        self.comparator, self.hedge = v.get("comparator"), v.get("hedge")
