"""A Report of a very long text written as it is made, so memory stays bounded however many figures it
holds: one pass finds the periods (to know the reference date), a second runs the pipeline part by part
and writes each figure as soon as it is resolved. The output is an ordinary Report in JSON (no claims or
checks: those are built for texts up to api.CLAIMS_LIMIT)."""

from __future__ import annotations

import json
from datetime import date as Date
from typing import IO

from claimgraph.api import CHUNK, chunks, load
from claimgraph.models import SCHEMA_VERSION, Document, Period, Quantity
from claimgraph.pipeline.boilerplate import furniture_ranges
from claimgraph.report.build import _iso, _resolver
from claimgraph.resolve.context import reference_date
from claimgraph.resolve.periods import PeriodFinder, months_spanned
from claimgraph.resources.rules import shipped_period_rules


def _shifted(p, by: int):
    p.start += by
    p.end += by
    for part in p.parts:
        _shifted(part, by)
    return p


def write_report(out: IO[str], text: str, date: str | Date | None = None, nlp=None, doc_id: str | None = None,
                 fiscal_start: int = 1, warnings: list[str] | None = None, title: str | None = None,
                 with_text: bool = False) -> int:
    """Write the Report of text to out as one line of JSON; returns the number of quantities."""
    nlp = nlp or load()
    parts = chunks(text, CHUNK)
    ignored = furniture_ranges(text)
    # pass 1: periods only, for the reference date (a regex pass, no spaCy)
    finder = PeriodFinder(shipped_period_rules())
    mentions = []
    for a, b in parts:
        local = [[x - a, y - a] for x, y in ignored if a <= x < b]
        mentions += [_shifted(p, a) for p in finder(text[a:b], local)]
    resolver = _resolver(fiscal_start)
    ref, source = reference_date(text, mentions, date, resolver)
    notes = list(warnings or []) + [f"a long input ({len(text):,} characters) was read in {len(parts)} parts and "
                                    "written as it was read: figures and periods only"]
    document = Document(id=doc_id, title=title, text=text if with_text else None, length=len(text),
                        reference_date=_iso(ref) if ref else (_iso(date) if isinstance(date, Date) else date),
                        reference_date_source=source, ignored=[tuple(r) for r in ignored], warnings=notes)
    out.write(f'{{"schema_version":{json.dumps(SCHEMA_VERSION)},"document":{document.model_dump_json()},"quantities":[')
    # pass 2: the pipeline part by part; each figure written as soon as it is resolved
    n = 0
    with nlp.select_pipes(disable=[p for p in ("claimgraph_periods",) if p in nlp.pipe_names]):
        for (a, _), doc in zip(parts, nlp.pipe(text[a:b] for a, b in parts), strict=False):
            for q in doc._.quantities or []:
                n += 1
                data = dict(q, id=f"q{n}", start=q["start"] + a, end=q["end"] + a)
                out.write(("," if n > 1 else "") + Quantity.model_validate(data).model_dump_json())
    out.write('],"periods":[')
    for k, p in enumerate(mentions, start=1):
        r = resolver.resolve(p, ref)
        period = Period(id=f"p{k}", text=p.text, start=p.start, end=p.end, from_date=_iso(r.from_date),
                        to_date=_iso(r.to_date), grain=r.grain, relative=r.relative, approximate=r.approximate,
                        months=months_spanned(r.from_date, r.to_date), rule=p.rule)
        out.write(("," if k > 1 else "") + period.model_dump_json())
    out.write('],"claims":[],"entities":[],"relations":[],"checks":[]}\n')
    return n
