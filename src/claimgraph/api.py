"""The public Python API: load(), extract(), extract_many()."""

from __future__ import annotations

from datetime import date as Date
from functools import lru_cache
from typing import Iterable, Iterator

from .report import build_report


@lru_cache(maxsize=4)
def _cached(model: str | None):
    from .pipeline.load import build

    return build(model)


def load(model: str | None = None):
    """The spaCy pipeline (cached per model name): spacy.blank("en") plus claimgraph's components."""
    return _cached(model)


def extract(text: str, date: str | Date | None = None, nlp=None, fiscal_start: int = 1, claims: bool = True):
    """Every quantity and period in text, as a Report. `date` is the article's date (ISO string or date);
    without it the date is looked for in the text, then inferred. `fiscal_start` is the fiscal year's first
    month (1: calendar years). `claims=False` skips claims, entities and relations (figures and periods only)."""
    nlp = nlp or load()
    return build_report(nlp(text), date=date, fiscal_start=fiscal_start, claims=claims)


def extract_many(texts: Iterable[str], date: str | Date | None = None, nlp=None, batch_size: int = 64,
                 n_process: int = 1, fiscal_start: int = 1, claims: bool = True) -> Iterator:
    """Reports for many texts, in order, through nlp.pipe."""
    nlp = nlp or load()
    for doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        yield build_report(doc, date=date, fiscal_start=fiscal_start, claims=claims)


def check(texts: str | Iterable[str], date: str | Date | None = None, nlp=None, ids: Iterable[str] | None = None,
          fiscal_start: int = 1):
    """Check one article (a str) or several: each Report's checks, and conflicts between the articles.
    Returns a CheckRun; `run.inconsistent` is True when any check or conflict fails."""
    from .checks.across import conflicts
    from .models import CheckRun

    nlp = nlp or load()
    texts = [texts] if isinstance(texts, str) else list(texts)
    ids = list(ids) if ids is not None else [f"doc{n}" for n in range(1, len(texts) + 1)]
    reports = []
    for doc_id, report in zip(ids, extract_many(texts, date=date, nlp=nlp, fiscal_start=fiscal_start)):
        report.document.id = doc_id
        reports.append(report)
    return CheckRun(reports=reports, conflicts=conflicts(reports))
