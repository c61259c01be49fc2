"""A Report of a very long text written as it is made, so memory stays bounded however many figures it
holds: one pass finds the periods (to know the reference date), a second runs the pipeline part by part
(the parts claimgraph.report.run reads every long text in) and writes each figure as soon as it is resolved.
The output is an ordinary Report in JSON (no claims or checks: those are built for texts up to
report.run.CLAIMS_LIMIT)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date as Date
from typing import IO, TYPE_CHECKING

from claimgraph.io.sources import Doc, dress
from claimgraph.models import SCHEMA_VERSION, Document, Period, Quantity
from claimgraph.pipeline.boilerplate import furniture_ranges
from claimgraph.report.build import document_date
from claimgraph.report.run import CLAIMS_LIMIT, chunks, docs_in_parts, load, report_for
from claimgraph.resolve.context import resolved_periods
from claimgraph.resolve.periods import PeriodFinder, PeriodMention
from claimgraph.resources.rules import shipped_period_rules

if TYPE_CHECKING:
    from spacy.language import Language


def _shifted(p: PeriodMention, by: int) -> PeriodMention:
    p.start += by
    p.end += by
    for part in p.parts:
        _shifted(part, by)
    return p


def _period_mentions(text: str, parts: list[tuple[int, int]], ignored: list[list[int]]) -> list[PeriodMention]:
    """Pass 1: the periods of every part (a regex pass, no spaCy), with offsets into the whole text."""
    finder = PeriodFinder(shipped_period_rules())
    mentions = []
    for a, b in parts:
        local = [(x - a, y - a) for x, y in ignored if a <= x < b]
        mentions += [_shifted(p, a) for p in finder(text[a:b], local)]
    return mentions


def write_report(out: IO[str], text: str, date: str | Date | None = None, nlp: Language | None = None,
                 doc_id: str | None = None, fiscal_start: int = 1, warnings: list[str] | None = None,
                 title: str | None = None, with_text: bool = False) -> int:
    """Write the Report of text to out as one line of JSON; returns the number of quantities."""
    nlp = nlp or load()
    parts = chunks(text)
    ignored = furniture_ranges(text)
    mentions = _period_mentions(text, parts, ignored)
    ref, source, periods = resolved_periods(text, mentions, date, fiscal_start)
    notes = list(warnings or []) + [f"a long input ({len(text):,} characters) was read in {len(parts)} parts and "
                                    "written as it was read: figures and periods only"]
    document = Document.model_validate({
        "id": doc_id, "title": title, "text": text if with_text else None, "length": len(text),
        "reference_date": document_date(ref, date), "reference_date_source": source,
        "ignored": [tuple(r) for r in ignored], "warnings": notes})
    out.write(f'{{"schema_version":{json.dumps(SCHEMA_VERSION)},"document":{document.model_dump_json()},"quantities":[')
    n = _write_quantities(out, text, nlp, parts)
    out.write('],"periods":[')
    for k, record in enumerate(periods, start=1):
        out.write(("," if k > 1 else "") + Period.model_validate(record).model_dump_json())
    out.write('],"claims":[],"entities":[],"relations":[],"checks":[]}\n')
    return n


def _write_quantities(out: IO[str], text: str, nlp: Language, parts: list[tuple[int, int]]) -> int:
    """Pass 2: the pipeline part by part (periods were found in pass 1); each figure written as soon as it is
    resolved. Returns how many were written."""
    n = 0
    with nlp.select_pipes(disable=[p for p in ("claimgraph_periods",) if p in nlp.pipe_names]):
        for a, doc in docs_in_parts(text, nlp, parts):
            for q in doc._.quantities or []:
                n += 1
                data = dict(q, id=f"q{n}", start=q["start"] + a, end=q["end"] + a)
                out.write(("," if n > 1 else "") + Quantity.model_validate(data).model_dump_json())
    return n


def write_reports(out: IO[str], docs: Sequence[Doc], fmt: str, date: str | None, nlp: Language,
                  fiscal_start: int = 1) -> None:
    """Documents some of which are very long: each Report written as it is made (bounded memory), compact
    JSON; one per line ('jsonl') or a JSON array of them ('json', when there are several)."""
    many = fmt == "json" and len(docs) > 1
    if many:
        out.write("[")
    for k, doc in enumerate(docs):
        if many and k:
            out.write(",")
        if len(doc.text) > CLAIMS_LIMIT:
            write_report(out, doc.text, date=date or doc.date, nlp=nlp, doc_id=doc.id, fiscal_start=fiscal_start,
                         warnings=doc.warnings, title=doc.title, with_text=doc.extracted)
        else:
            report = report_for(doc.text, nlp, date=date or doc.date, fiscal_start=fiscal_start)
            dress(report, doc)
            out.write(report.model_dump_json() + "\n")
    if many:
        out.write("]\n")
