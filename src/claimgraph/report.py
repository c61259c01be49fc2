"""Doc -> Report: the plain data the pipeline left on the Doc, resolved and validated as models."""

from __future__ import annotations

from datetime import date as Date
from decimal import Decimal
from functools import lru_cache

from .context import reference_date
from .models import Document, Period, Quantity, Report
from .normalize.periods import Resolver, months_spanned, period_from_dict


@lru_cache(maxsize=16)
def _resolver(fiscal_start: int) -> Resolver:
    return Resolver(fiscal_start)


def build_report(doc, date: str | Date | None = None, doc_id: str | None = None, fiscal_start: int = 1) -> Report:
    quantities = []
    for n, q in enumerate(sorted(doc._.quantities or [], key=lambda q: (q["start"], q["end"])), start=1):
        data = dict(q)
        data["low"] = None if q["low"] is None else Decimal(q["low"])
        data["high"] = None if q["high"] is None else Decimal(q["high"])
        quantities.append(Quantity(id=f"q{n}", **data))

    resolver = _resolver(fiscal_start)
    mentions = [period_from_dict(p) for p in (doc._.periods or [])]
    text = doc.text if mentions else ""
    ref, source = reference_date(text, mentions, date, resolver)
    periods = []
    for n, p in enumerate(mentions, start=1):
        r = resolver.resolve(p, ref)
        periods.append(Period(
            id=f"p{n}", text=p.text, start=p.start, end=p.end,
            from_date=_iso(r.from_date), to_date=_iso(r.to_date), grain=r.grain,
            relative=r.relative, approximate=r.approximate, months=months_spanned(r.from_date, r.to_date),
            rule=p.rule,
        ))

    document = Document(
        id=doc_id,
        length=_length(doc),
        reference_date=_iso(ref) if ref else (_iso(date) if isinstance(date, Date) else date),
        reference_date_source=source,
        ignored=[tuple(r) for r in (doc._.ignored or [])],
    )
    return Report(document=document, quantities=quantities, periods=periods)


def _iso(d: Date | None) -> str | None:
    return d.isoformat() if d else None


def _length(doc) -> int:
    # len(doc.text) would rebuild the whole text from Token objects
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)
