"""Reports as a pandas DataFrame: one row per claim, with typed columns (pandas is an optional extra)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from claimgraph.models import Report

if TYPE_CHECKING:
    import pandas as pd

# Column name -> pandas dtype. Values are floats for analysis; `low_exact`/`high_exact` keep the exact
# decimal as written out (a float cannot hold 12000000000.000001 or a 400-digit figure).
COLUMNS: dict[str, str] = {
    "document": "string", "claim": "string", "quantity": "string", "text": "string", "start": "Int64",
    "end": "Int64", "kind": "category", "unit": "string", "value": "Float64", "low": "Float64",
    "high": "Float64", "low_exact": "string", "high_exact": "string", "comparator": "category",
    "per": "string", "change": "category", "subject": "string", "metric": "category", "scope": "string",
    "role": "category", "source": "string", "period_text": "string", "period_from": "datetime64[ns]",
    "period_to": "datetime64[ns]",
}


def claim_rows(report: Report, document: str | None = None) -> list[dict[str, Any]]:
    """Plain dict rows (the DataFrame's rows without pandas): one per claim, derived claims included."""
    doc_id = document if document is not None else report.document.id
    rows = []
    for c in report.claims:
        q = report.quantity_of(c)
        p = report.period_of(c)
        low = q.low if q else (c.derived.low if c.derived else None)
        high = q.high if q else (c.derived.high if c.derived else None)
        rows.append({
            "document": doc_id, "claim": c.id, "quantity": c.quantity, "text": q.text if q else None,
            "start": q.start if q else None, "end": q.end if q else None,
            "kind": q.kind if q else (c.derived.kind if c.derived else None),
            "unit": q.unit if q else (c.derived.unit if c.derived else None),
            "value": q.value if q else (low if low == high else None), "low": low, "high": high,
            "low_exact": None if low is None else str(low), "high_exact": None if high is None else str(high),
            "comparator": q.comparator if q else None, "per": q.per if q else None,
            "change": q.change if q else None, "subject": c.subject, "metric": c.metric, "scope": c.scope,
            "role": c.role, "source": c.source, "period_text": p.text if p else None,
            "period_from": c.when[0] if c.when else None, "period_to": c.when[1] if c.when else None,
        })
    return rows


def to_pandas(reports: Report | Iterable[Report], ids: Iterable[str] | None = None) -> pd.DataFrame:
    """One row per claim of every Report, with numeric, categorical and datetime columns; `ids` names the
    documents (else each Report's document id)."""
    try:
        import pandas as pd
    except ImportError:  # an optional extra: say how to get it rather than fail deep inside
        raise ImportError("claimgraph.to_pandas needs pandas: pip install 'claimgraph[pandas]'") from None
    items = [reports] if isinstance(reports, Report) else list(reports)
    names = list(ids) if ids is not None else [None] * len(items)
    rows = [row for report, name in zip(items, names, strict=True) for row in claim_rows(report, name)]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for column in ("value", "low", "high"):
        frame[column] = [None if v is None else float(v) for v in frame[column]]
    for column in ("period_from", "period_to"):
        frame[column] = pd.to_datetime(frame[column], errors="coerce")
    return frame.astype(COLUMNS)
