"""Batch runs: many documents in, one Report per line out (JSONL) and/or into the claim store.

The documents come from claimgraph.io.inputs (files, folders, JSONL); each goes through
claimgraph.report.run, locally (in worker processes when asked) or on Dask. The JSONL output is written to
a temporary file and renamed into place when the run ends.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimgraph.io.outputs import visible
from claimgraph.io.sources import Doc, dress
from claimgraph.models import Report
from claimgraph.report.run import reports_for

if TYPE_CHECKING:
    from spacy.language import Language
    from tqdm import tqdm

    from claimgraph.archive.store import Store


@dataclass
class Summary:
    documents: int = 0
    stored: int = 0
    already_stored: int = 0
    quantities: int = 0
    claims: int = 0
    checks: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        verdicts = ", ".join(f"{n} {v}" for v, n in sorted(self.checks.items())) or "none"
        out = [f"{self.documents} documents, {self.quantities} quantities, {self.claims} claims; checks: {verdicts}"]
        if self.stored or self.already_stored:
            out.append(f"store: {self.stored} added, {self.already_stored} already there")
        out.append(f"{len(self.failures)} failures"
                   + "".join(f"\n  {visible(name)}: {visible(why)}" for name, why in self.failures))
        return out


def why_failed(err: Exception) -> str:
    """What a failure list says of a document whose extraction raised err: its type and the start of its text."""
    return f"{type(err).__name__}: {str(err)[:200]}"


def run_local(docs: Sequence[Doc], processes: int = 1, batch_size: int = 32,
              progress: Callable[[int], None] | None = None,
              failures: list[tuple[str, str]] | None = None, fiscal_start: int = 1,
              nlp: Language | None = None) -> Iterator[tuple[Doc, Report]]:
    """(doc, Report) in input order, through nlp.pipe, in `processes` worker processes when more than one. A
    document whose work fails is left out and added to `failures` (when given; else the error is raised), and
    the run goes on with the next one. A pipeline given as `nlp` (a trained one) runs in this process."""
    start = 0
    while start < len(docs):
        done = start
        try:
            rest = docs[start:]
            for doc, report in zip(rest, reports_for(((d.text, d.date) for d in rest), nlp, batch_size=batch_size,
                                                     n_process=1 if nlp else processes, fiscal_start=fiscal_start),
                                   strict=False):
                yield doc, report
                done += 1
                if progress:
                    progress(1)
            return
        except Exception:
            if failures is None:
                raise
        start = yield from _one_by_one(docs, done, batch_size, progress, failures, fiscal_start, nlp)


def _one_by_one(docs: Sequence[Doc], start: int, count: int, progress: Callable[[int], None] | None,
                failures: list[tuple[str, str]], fiscal_start: int = 1,
                nlp: Language | None = None) -> Generator[tuple[Doc, Report], None, int]:
    """After a failed batch: its documents one at a time until the one that fails (recorded in failures);
    returns where the run goes on."""
    end = min(len(docs), start + count)
    for k in range(start, end):
        doc = docs[k]
        try:
            report = next(reports_for([(doc.text, doc.date)], nlp, fiscal_start=fiscal_start))
        except Exception as err:
            failures.append((doc.id, f"failed ({why_failed(err)})"))
            if progress:
                progress(1)
            return k + 1
        yield doc, report
        if progress:
            progress(1)
    return end


def with_stored(docs: Sequence[Doc], store: Store | None,
                run: Callable[[list[Doc]], Iterable[tuple[Doc, Report]]],
                progress: Callable[[int], object] | None = None) -> Iterator[tuple[Doc, Report]]:
    """(doc, Report) in input order: a document whose content is already in the store is not extracted
    again (its stored Report is used); `run` extracts the others, yielding each (doc, Report) with the very
    Doc it was given and leaving out a document whose extraction failed (it records the failure)."""
    if store is None:
        yield from run(list(docs))
        return
    from claimgraph.archive.store import content_hash

    hashes = [content_hash(d.text) for d in docs]
    have = store.stored(hashes)
    todo = [d for d, h in zip(docs, hashes, strict=True) if h not in have]
    fresh = iter(run(todo) if todo else ())
    pending = next(fresh, None)
    for doc, digest in zip(docs, hashes, strict=True):
        if digest not in have:
            if pending is not None and pending[0] is doc:  # else its extraction failed: nothing to yield
                yield pending
                pending = next(fresh, None)
            continue
        report = store.report_by_hash(digest)
        if report is None:  # removed since: extract it after all
            yield from run([doc])
            continue
        if report.document.warnings[:len(doc.warnings)] == doc.warnings:
            del report.document.warnings[:len(doc.warnings)]  # dress() puts them back
        yield doc, report
        if progress:
            progress(1)


def from_json(docs: Sequence[Doc], lines: Iterable[str],
              failures: list[tuple[str, str]] | None = None) -> list[tuple[Doc, Report]]:
    """(doc, Report) from Reports sent back as JSON lines in input order (the Dask engine's, one a document);
    a line {"failed": why} leaves its document out and adds it to failures."""
    out = []
    for d, line in zip(docs, lines, strict=True):
        if line.startswith('{"failed":'):
            if failures is not None:
                failures.append((d.id, f"failed ({json.loads(line)['failed']})"))
            continue
        out.append((d, Report.model_validate_json(line)))
    return out


def collect(results: Iterable[tuple[Doc, Report]], summary: Summary, store: Store | None = None) -> list[str]:
    """Each Report told where its text came from, counted in summary and added to the store (when there is
    one); returns the Reports as JSON lines."""
    lines: list[str] = []
    for doc, report in results:
        dress(report, doc)
        lines.append(report.model_dump_json())
        summary.documents += 1
        summary.quantities += len(report.quantities)
        summary.claims += len(report.claims)
        summary.checks.update(c.verdict for c in report.checks)
        if store is not None:
            if store.add(report, doc.text, doc.url, doc.title):
                summary.stored += 1
            else:
                summary.already_stored += 1
    return lines


def progress_bar(total: int, enabled: bool) -> tqdm | None:
    """tqdm's bar (rate and ETA) on a terminal; nothing when piped."""
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", file=sys.stderr)
