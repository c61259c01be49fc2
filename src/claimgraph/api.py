"""The public Python API: load(), extract(), extract_many()."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date as Date
from functools import lru_cache

from claimgraph.report.build import build_report


@lru_cache(maxsize=4)
def _cached(model: str | None):
    from claimgraph.pipeline.load import build

    return build(model)


def load(model: str | None = None):
    """The spaCy pipeline (cached per model name): spacy.blank("en") plus claimgraph's components."""
    return _cached(model)


# Texts longer than this are read in parts (split at line breaks, else at spaces), so memory stays bounded
# and time linear; claims, which relate figures across a text, are built for texts up to CLAIMS_LIMIT.
CHUNK = 100_000
CLAIMS_LIMIT = 1_000_000


def extract(text: str, date: str | Date | None = None, nlp=None, fiscal_start: int = 1, claims: bool = True):
    """Every quantity and period in text, as a Report. `date` is the article's date (ISO string or date);
    without it the date is looked for in the text, then inferred. `fiscal_start` is the fiscal year's first
    month (1: calendar years). `claims=False` skips claims, entities and relations (figures and periods only)."""
    nlp = nlp or load()
    if len(text) > CHUNK:
        return _extract_long(text, date, nlp, fiscal_start, claims)
    return build_report(nlp(text), date=date, fiscal_start=fiscal_start, claims=claims)


def chunks(text: str, size: int = CHUNK) -> list[tuple[int, int]]:
    """(start, end) parts of text no longer than size, cut after a line break, else after a space."""
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            if cut < 0:
                cut = text.rfind(" ", start + size // 2, end)
            if cut >= 0:
                end = cut + 1
        out.append((start, end))
        start = end
    return out


def _shift(d: dict, by: int) -> dict:
    d = dict(d, start=d["start"] + by, end=d["end"] + by)
    if d.get("parts"):
        d["parts"] = [_shift(p, by) for p in d["parts"]]
    return d


def _extract_long(text: str, date, nlp, fiscal_start: int, claims: bool):
    from claimgraph.claims import build_claims
    from claimgraph.report.build import build_report_from

    quantities, periods, ignored = [], [], []
    parts = chunks(text)
    for (a, _), doc in zip(parts, nlp.pipe(text[a:b] for a, b in parts), strict=False):
        quantities += [_shift(q, a) for q in doc._.quantities or []]
        periods += [_shift(p, a) for p in doc._.periods or []]
        ignored += [[x + a, y + a] for x, y in doc._.ignored or []]
    warnings = [f"a long input ({len(text):,} characters) was read in {len(parts)} parts"]
    found = None
    if claims and len(text) <= CLAIMS_LIMIT:
        found = build_claims(text, quantities, periods, None, ignored)
    elif claims:
        warnings.append(f"claims and checks are built for texts up to {CLAIMS_LIMIT:,} characters; this one has figures "
                        "and periods only")
    return build_report_from(text, len(text), quantities, periods, ignored, found, date, None, fiscal_start,
                             warnings=warnings)


def extract_many(texts: Iterable[str], date: str | Date | None = None, nlp=None, batch_size: int = 64,
                 n_process: int = 1, fiscal_start: int = 1, claims: bool = True) -> Iterator:
    """Reports for many texts, in order, through nlp.pipe; n_process > 1 runs worker processes."""
    return reports_for(((t, date) for t in texts), nlp, batch_size, n_process, fiscal_start, claims)


def reports_for(items: Iterable[tuple[str, str | Date | None]], nlp=None, batch_size: int = 64, n_process: int = 1,
                fiscal_start: int = 1, claims: bool = True) -> Iterator:
    """Reports for (text, date) pairs, in order. With n_process > 1, worker processes each load the pipeline
    once and send back Reports as JSON: far less to ship than the Docs nlp.pipe(n_process=...) would."""
    if n_process > 1:
        yield from _in_processes(items, fiscal_start, claims, n_process, batch_size)
        return
    nlp = nlp or load()
    # nlp.pipe reads texts ahead of the Docs it yields, so each text's date (and a long text, which goes
    # through as an empty Doc and is then read in parts) is recorded before its Doc comes back
    dates: dict[int, object] = {}
    long_texts: dict[int, str] = {}

    def texts() -> Iterator[str]:
        for k, (t, d) in enumerate(items):
            dates[k] = d
            if len(t) > CHUNK:
                long_texts[k] = t
                yield ""
            else:
                yield t

    for k, doc in enumerate(nlp.pipe(texts(), batch_size=batch_size)):
        if k in long_texts:
            yield extract(long_texts.pop(k), date=dates.pop(k), nlp=nlp, fiscal_start=fiscal_start, claims=claims)
        else:
            yield build_report(doc, date=dates.pop(k), fiscal_start=fiscal_start, claims=claims)


def _report_batch(job: tuple) -> list[str]:
    """In a worker process: Reports of a batch of (text, date) pairs, as JSON."""
    items, fiscal_start, claims = job
    return [r.model_dump_json() for r in reports_for(items, fiscal_start=fiscal_start, claims=claims)]


def _in_processes(items: Iterable[tuple], fiscal_start: int, claims: bool, n_process: int, batch_size: int) -> Iterator:
    """Reports in order from n_process worker processes, a few batches ahead (bounded memory)."""
    from concurrent.futures import ProcessPoolExecutor
    from itertools import islice

    from claimgraph.models import Report

    items = iter(items)
    with ProcessPoolExecutor(max_workers=n_process, initializer=load) as pool:
        pending = []
        while True:
            while len(pending) < 2 * n_process:
                batch = list(islice(items, batch_size))
                if not batch:
                    break
                pending.append(pool.submit(_report_batch, (batch, fiscal_start, claims)))
            if not pending:
                return
            for line in pending.pop(0).result():
                yield Report.model_validate_json(line)


def check(texts: str | Iterable[str], date: str | Date | None = None, nlp=None, ids: Iterable[str] | None = None,
          fiscal_start: int = 1, dates: Iterable[str | Date | None] | None = None):
    """Check one article (a str) or several: each Report's checks, and conflicts between the articles.
    `dates` gives each article its own date where known (a saved page's), `date` the rest and overrides them.
    Returns a CheckRun; `run.inconsistent` is True when any check or conflict fails."""
    from claimgraph.checks.across import conflicts
    from claimgraph.models import CheckRun

    nlp = nlp or load()
    texts = [texts] if isinstance(texts, str) else list(texts)
    ids = list(ids) if ids is not None else [f"doc{n}" for n in range(1, len(texts) + 1)]
    own = list(dates) if dates is not None else [None] * len(texts)
    items = [(t, date or d) for t, d in zip(texts, own, strict=False)]
    reports = []
    for doc_id, report in zip(ids, reports_for(items, nlp=nlp, fiscal_start=fiscal_start), strict=False):
        report.document.id = doc_id
        reports.append(report)
    return CheckRun(reports=reports, conflicts=conflicts(reports))
