"""Batch inputs: files, folders (every *.txt, *.md and *.html inside, recursively) and JSONL files with a
`text` field and optional `id`, `date`, `url`, `title`. A document that cannot be read is recorded as a
failure and skipped, so a run goes on."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from claimgraph.io.sources import Doc, Unreadable, read_document

TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")

Failures = list[tuple[str, str]]  # (name, why) of each input that gave no document


def read_inputs(inputs: Iterable[str], failures: Failures) -> Iterator[Doc]:
    """Documents in a stable order (sorted within folders); unreadable ones go to `failures`."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            for f in files:
                doc = read_file(str(f), failures)
                if doc:
                    yield doc
        elif path.suffix.lower() == ".jsonl":
            yield from read_jsonl(path, failures)
        elif path.exists():
            doc = read_file(str(path), failures)
            if doc:
                yield doc
        else:
            failures.append((item, "no such file or folder"))


def read_file(name: str, failures: Failures) -> Doc | None:
    """The document in a file, or None (the reason added to `failures`)."""
    try:
        return read_document(name)
    except Unreadable as err:
        failures.append((name, str(err)))
        return None


def read_jsonl(path: Path, failures: Failures) -> Iterator[Doc]:
    """One document per line with a `text` field; a line that is not one goes to `failures`."""
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
