"""The public Python API: load(), extract(), extract_many(), check(). Every one of them goes through
claimgraph.report.run, the one path from text to Report that batch runs, Dask and streaming share."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date as Date
from typing import TYPE_CHECKING

from claimgraph.models import CheckRun, Conflict, Report
from claimgraph.report.run import CHUNK, CLAIMS_LIMIT, chunks, load, report_for, reports_for

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["load", "extract", "extract_many", "check", "reports_for", "chunks", "CHUNK", "CLAIMS_LIMIT"]


def extract(text: str, date: str | Date | None = None, nlp: Language | None = None, fiscal_start: int = 1,
            claims: bool = True) -> Report:
    """Every quantity and period in text, as a Report. `date` is the article's date (ISO string or date);
    without it the date is looked for in the text, then inferred. `fiscal_start` is the fiscal year's first
    month (1: calendar years). `claims=False` skips claims, entities and relations (figures and periods only)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}"
                        + (" (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(text, bytes) else ""))
    return report_for(text, nlp or load(), date=date, fiscal_start=_month(fiscal_start), claims=claims)


def extract_many(texts: Iterable[str], date: str | Date | None = None, nlp: Language | None = None,
                 batch_size: int = 64, n_process: int = 1, fiscal_start: int = 1,
                 claims: bool = True) -> Iterator[Report]:
    """Reports for many texts, in order, through nlp.pipe; n_process > 1 runs worker processes."""
    return reports_for(((t, date) for t in texts), nlp, batch_size, n_process, _month(fiscal_start), claims)


def _month(fiscal_start: int) -> int:
    """fiscal_start if it is a month number; else a ValueError that says so (not one from deep in a resolver)."""
    if isinstance(fiscal_start, bool) or not isinstance(fiscal_start, int) or not 1 <= fiscal_start <= 12:
        raise ValueError(f"fiscal_start must be a month number from 1 to 12, not {fiscal_start!r}")
    return fiscal_start


def check(texts: str | Iterable[str], date: str | Date | None = None, nlp: Language | None = None,
          ids: Iterable[str] | None = None, fiscal_start: int = 1,
          dates: Iterable[str | Date | None] | None = None) -> CheckRun:
    """Check one article (a str) or several: each Report's checks, and conflicts between the articles.
    `dates` gives each article its own date where known (a saved page's), `date` the rest and overrides them.
    Returns a CheckRun; `run.inconsistent` is True when any check or conflict fails."""
    from claimgraph.checks.across import conflicts

    nlp = nlp or load()
    texts = [texts] if isinstance(texts, str) else list(texts)
    ids = list(ids) if ids is not None else [f"doc{n}" for n in range(1, len(texts) + 1)]
    own = list(dates) if dates is not None else [None] * len(texts)
    items = [(t, date or d) for t, d in zip(texts, own, strict=False)]
    reports = []
    for doc_id, report in zip(ids, reports_for(items, nlp=nlp, fiscal_start=_month(fiscal_start)), strict=False):
        report.document.id = doc_id
        reports.append(report)
    return CheckRun(reports=reports, conflicts=[Conflict.model_validate(x) for x in conflicts(reports)])
