"""Text -> Report: the one path every caller takes (the API, batch runs and their worker processes, the Dask
engine, streaming), so a text gives the same Report however it is run. Long texts are read in parts here."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date as Date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from claimgraph.models import Report
from claimgraph.report.build import build_report, build_report_from
from claimgraph.resolve.parts import parts

if TYPE_CHECKING:
    from spacy.language import Language

# Texts longer than this are read in parts (split at line breaks, else at spaces), so memory stays bounded
# and time linear (spaCy also refuses a text over nlp.max_length, 1,000,000 by default); claims, which
# relate figures across a text, are built for texts up to CLAIMS_LIMIT.
CHUNK = 100_000
CLAIMS_LIMIT = 1_000_000

Item = tuple[str, str | Date | None]  # a text and its date


def load(model: str | None = None) -> Language:
    """The spaCy pipeline (cached per model name, so once per process): spacy.blank("en") plus claimgraph's
    components, added to a trained pipeline when `model` names one."""
    return _built(model)  # one cache key whether model is passed or left out


@lru_cache(maxsize=4)
def _built(model: str | None) -> Language:
    from claimgraph.pipeline.load import build

    return build(model)


@lru_cache(maxsize=1)
def _run_pipeline() -> Any:
    from claimgraph.pipeline.load import run_pipeline  # spaCy is imported when a pipeline is first needed

    return run_pipeline


def docs_of(texts: Iterable[str], nlp: Language, batch_size: int) -> Iterator[Any]:
    """nlp.pipe(texts) for Reports: on claimgraph's own pipeline, batch_size texts at a time, each component
    over the whole batch and without the span groups (pipeline.load.run_pipeline_batch); any other pipeline
    through nlp.pipe, in batches."""
    from itertools import islice

    from claimgraph.pipeline.load import own_pipeline, run_pipeline_batch

    if not own_pipeline(nlp):
        yield from nlp.pipe(texts, batch_size=batch_size)
        return
    todo = iter(texts)
    while batch := list(islice(todo, max(1, batch_size))):
        yield from run_pipeline_batch(nlp, batch, spans=False)


def chunks(text: str, size: int = CHUNK) -> list[tuple[int, int]]:
    """(start, end) parts of text no longer than size, cut after a line break, else after a space."""
    return parts(text, size)


def docs_in_parts(text: str, nlp: Language, parts: list[tuple[int, int]] | None = None) -> Iterator[tuple[int, Any]]:
    """(offset, Doc) for each part of a long text, through nlp.pipe; offsets in a Doc add the part's offset."""
    parts = chunks(text) if parts is None else parts
    for (a, _), doc in zip(parts, nlp.pipe(text[a:b] for a, b in parts), strict=False):
        yield a, doc


def report_for(text: str, nlp: Language, date: str | Date | None = None, fiscal_start: int = 1,
               claims: bool = True) -> Report:
    """The Report of one text; a text longer than CHUNK is read in parts."""
    if len(text) > CHUNK:
        return _report_in_parts(text, nlp, date, fiscal_start, claims)
    return build_report(doc_of(text, nlp), date=date, fiscal_start=fiscal_start, claims=claims)


def doc_of(text: str, nlp: Language) -> Any:
    """nlp(text) for a Report: on claimgraph's own pipeline without Language.__call__'s per-call work and
    without the span groups, which a Report does not read (pipeline.load.run_pipeline)."""
    return _run_pipeline()(nlp, text, spans=False)


def shift(mention: dict[str, Any], by: int) -> dict[str, Any]:
    """A figure or period dict from a part of a text, with its offsets (and its parts') into the whole text."""
    mention = dict(mention, start=mention["start"] + by, end=mention["end"] + by)
    if mention.get("parts"):
        mention["parts"] = [shift(p, by) for p in mention["parts"]]
    return mention


def _report_in_parts(text: str, nlp: Language, date: str | Date | None, fiscal_start: int, claims: bool) -> Report:
    from claimgraph.claims import build_claims

    quantities: list[dict[str, Any]] = []
    periods: list[dict[str, Any]] = []
    ignored: list[tuple[int, int]] = []
    parts = chunks(text)
    for a, doc in docs_in_parts(text, nlp, parts):
        quantities += [shift(q, a) for q in doc._.quantities or []]
        periods += [shift(p, a) for p in doc._.periods or []]
        ignored += [(x + a, y + a) for x, y in doc._.ignored or []]
    warnings = [f"a long input ({len(text):,} characters) was read in {len(parts)} parts"]
    found = None
    if claims and len(text) <= CLAIMS_LIMIT:
        found = build_claims(text, quantities, periods, None, ignored)
    elif claims:
        warnings.append(f"claims and checks are built for texts up to {CLAIMS_LIMIT:,} characters; this one has "
                        "figures and periods only")
    return build_report_from(text, len(text), quantities, periods, ignored, found, date, None, fiscal_start,
                             warnings=warnings)


def reports_for(items: Iterable[Item], nlp: Language | None = None, batch_size: int = 64, n_process: int = 1,
                fiscal_start: int = 1, claims: bool = True) -> Iterator[Report]:
    """Reports for (text, date) pairs, in order, through nlp.pipe (the pipeline loaded when none is given).
    With n_process > 1, worker processes each load the pipeline once and run this same function, sending
    back Reports as JSON: far less to ship than the Docs nlp.pipe(n_process=...) would."""
    if n_process > 1:
        yield from _in_processes(items, fiscal_start, claims, n_process, batch_size)
    else:
        yield from _piped(items, nlp or load(), batch_size, fiscal_start, claims)


def _piped(items: Iterable[Item], nlp: Language, batch_size: int, fiscal_start: int, claims: bool) -> Iterator[Report]:
    # nlp.pipe reads texts ahead of the Docs it yields, so each text's date (and a long text, which goes
    # through as an empty Doc and is then read in parts) is recorded before its Doc comes back
    dates: dict[int, str | Date | None] = {}
    long_texts: dict[int, str] = {}

    def texts() -> Iterator[str]:
        for k, (t, d) in enumerate(items):
            dates[k] = d
            if len(t) > CHUNK:
                long_texts[k] = t
                yield ""
            else:
                yield t

    for k, doc in enumerate(docs_of(texts(), nlp, batch_size)):
        if k in long_texts:
            yield report_for(long_texts.pop(k), nlp, date=dates.pop(k), fiscal_start=fiscal_start, claims=claims)
        else:
            yield build_report(doc, date=dates.pop(k), fiscal_start=fiscal_start, claims=claims)


def _report_batch(job: tuple[list[Item], int, bool]) -> list[str]:
    """In a worker process: Reports of a batch of (text, date) pairs, as JSON."""
    items, fiscal_start, claims = job
    return [r.model_dump_json() for r in reports_for(items, fiscal_start=fiscal_start, claims=claims)]


def _in_processes(items: Iterable[Item], fiscal_start: int, claims: bool, n_process: int,
                  batch_size: int) -> Iterator[Report]:
    """Reports in order from n_process worker processes, a few batches ahead (bounded memory)."""
    from concurrent.futures import Future, ProcessPoolExecutor
    from itertools import islice

    todo = iter(items)
    with ProcessPoolExecutor(max_workers=n_process, initializer=load) as pool:
        pending: list[Future[list[str]]] = []
        while True:
            while len(pending) < 2 * n_process:
                batch = list(islice(todo, batch_size))
                if not batch:
                    break
                pending.append(pool.submit(_report_batch, (batch, fiscal_start, claims)))
            if not pending:
                return
            for line in pending.pop(0).result():
                yield Report.model_validate_json(line)
