"""Batch runs: many documents in, one Report per line out (JSONL) and/or into the claim store.

Inputs are files, folders (every *.txt, *.md and *.html inside, recursively) and JSONL files with a `text` field and
optional `id`, `date`, `url`, `title`. A document that cannot be read is reported and skipped; the run goes
on. The JSONL output is written to a temporary file and renamed into place when the run ends.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimgraph.io.sources import Doc, Unreadable, read_document

TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")


@dataclass
class Summary:
    documents: int = 0
    stored: int = 0
    already_stored: int = 0
    quantities: int = 0
    claims: int = 0
    checks: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        verdicts = ", ".join(f"{n} {v}" for v, n in sorted(self.checks.items())) or "none"
        out = [f"{self.documents} documents, {self.quantities} quantities, {self.claims} claims; checks: {verdicts}"]
        if self.stored or self.already_stored:
            out.append(f"store: {self.stored} added, {self.already_stored} already there")
        out.append(f"{len(self.failures)} failures" + "".join(f"\n  {name}: {why}" for name, why in self.failures))
        return out


def read_inputs(inputs: Iterable[str], failures: list[tuple[str, str]]) -> Iterator[Doc]:
    """Documents in a stable order (sorted within folders); unreadable ones go to `failures`."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            for f in files:
                doc = _read_file(str(f), failures)
                if doc:
                    yield doc
        elif path.suffix.lower() == ".jsonl":
            yield from _read_jsonl(path, failures)
        elif path.exists():
            doc = _read_file(str(path), failures)
            if doc:
                yield doc
        else:
            failures.append((item, "no such file or folder"))


def _read_file(name: str, failures) -> Doc | None:
    try:
        return read_document(name)
    except Unreadable as err:
        failures.append((name, str(err)))
        return None


def _read_jsonl(path: Path, failures) -> Iterator[Doc]:
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        failures.append((str(path), str(err)))
        return
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            rec = json.loads(line)
            text = rec["text"]
            if not isinstance(text, str):
                raise TypeError("text is not a string")
        except (ValueError, KeyError, TypeError) as err:
            failures.append((where, f"not a document line ({err})"))
            continue
        yield Doc(str(rec.get("id") or where), text, rec.get("date"), rec.get("url"), rec.get("title"))


def run_local(docs: list[Doc], processes: int = 1, batch_size: int = 32,
              progress: Callable[[int], None] | None = None) -> Iterator[tuple[Doc, Any]]:
    """(doc, Report) in input order, through nlp.pipe, in `processes` worker processes when more than one."""
    from claimgraph.api import reports_for

    for doc, report in zip(docs, reports_for(((d.text, d.date) for d in docs), batch_size=batch_size,
                                             n_process=processes), strict=False):
        yield doc, report
        if progress:
            progress(1)


def write_atomic(path: str | Path, lines: Iterable[str]) -> int:
    """Write lines to path through a temporary file renamed into place: readers never see half a file."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent.resolve()))
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for line in lines:
                fh.write(line + "\n")
                count += 1
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; the result is an ordinary file
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return count


def progress_bar(total: int, enabled: bool):
    """tqdm's bar (rate and ETA) on a terminal; nothing when piped."""
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", file=sys.stderr)
