"""Doc -> Report: the plain data the pipeline left on the Doc, as validated models."""

from __future__ import annotations

from datetime import date as Date
from decimal import Decimal

from .models import Document, Quantity, Report


def build_report(doc, date: str | Date | None = None, doc_id: str | None = None) -> Report:
    quantities = []
    for n, q in enumerate(sorted(doc._.quantities or [], key=lambda q: (q["start"], q["end"])), start=1):
        data = dict(q)
        data["low"] = None if q["low"] is None else Decimal(q["low"])
        data["high"] = None if q["high"] is None else Decimal(q["high"])
        quantities.append(Quantity(id=f"q{n}", **data))
    ref = date.isoformat() if isinstance(date, Date) else date
    document = Document(
        id=doc_id,
        length=_length(doc),
        reference_date=ref,
        reference_date_source="given" if ref else "none",
        ignored=[tuple(r) for r in (doc._.ignored or [])],
    )
    return Report(document=document, quantities=quantities)


def _length(doc) -> int:
    # len(doc.text) would rebuild the whole text from Token objects
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)
