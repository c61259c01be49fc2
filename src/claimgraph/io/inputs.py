"""Batch inputs: files, folders (every *.txt, *.md and *.html inside, recursively) and JSONL files with a
`text` field and optional `id`, `date`, `url`, `title`. A document that cannot be read is recorded as a
failure and skipped, so a run goes on."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from claimgraph.io.sources import MAX_INPUT_BYTES, Doc, Unreadable, iso_date, read_document

TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")

SURROGATE = re.compile("[\ud800-\udfff]")

Failures = list[tuple[str, str]]  # (name, why) of each input that gave no document


def read_inputs(inputs: Iterable[str], failures: Failures) -> Iterator[Doc]:
    """Documents in a stable order (sorted within folders); unreadable ones go to `failures`. A file's
    document id is its absolute path (a JSONL line without an id: the file's absolute path and the line
    number), so a store gets the same id whatever directory a batch runs in."""
    for item in inputs:
        path = Path(item) if item == "-" else Path(item).absolute()
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
    """One document per line with a `text` field; a line that is not one goes to `failures` (the file is read
    a line at a time, each line at most MAX_INPUT_BYTES)."""
    try:
        if path.exists() and not path.is_file():
            raise Unreadable("not a regular file (a device, FIFO or socket)")
        fh = open(path, "rb")  # noqa: SIM115 (closed below, after the generator's last line)
    except (OSError, Unreadable) as err:
        failures.append((str(path), getattr(err, "strerror", None) or str(err)))
        return
    with fh:
        for n, raw in enumerate(_lines(fh), start=1):
            where = f"{path}:{n}"
            try:
                doc = document_line(raw, where)
            except BadLine as err:
                failures.append((where, str(err)))
                continue
            if doc is not None:
                yield doc


class BadLine(Exception):
    """A JSONL line that gives no document; the message says why."""


def _lines(fh: BinaryIO) -> Iterator[bytes | None]:
    """Each line of a binary file, None for one longer than MAX_INPUT_BYTES (skipped to its end)."""
    while True:
        line = fh.readline(MAX_INPUT_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_INPUT_BYTES and not line.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def document_line(raw: bytes | None, where: str) -> Doc | None:
    """The document in one JSONL line (None for a blank line); raises BadLine."""
    if raw is None:
        raise BadLine(f"a line larger than the {MAX_INPUT_BYTES // (1024 * 1024)} MiB an input may have")
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise BadLine(f"not UTF-8 (byte {err.start})") from None
    if not line.strip():
        return None
    try:
        rec = json.loads(line)
    except ValueError as err:
        raise BadLine(f"not a document line ({err})") from None
    except RecursionError:
        raise BadLine("not a document line (nested too deeply)") from None
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        raise BadLine("not a document line (no text string)")
    return Doc(_field(rec, "id") or where, _text(rec["text"]), _date(rec), _field(rec, "url"), _field(rec, "title"))


def _field(rec: dict[str, Any], name: str) -> str | None:
    value = rec.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise BadLine(f"{name} is not a string")
    return _text(str(value), name)


def _text(value: str, name: str = "text") -> str:
    if SURROGATE.search(value):
        raise BadLine(f"{name} holds a lone surrogate (not Unicode text)")
    return value


def _date(rec: dict[str, Any]) -> str | None:
    value = rec.get("date")
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadLine("date is not a string")
    try:
        return iso_date(value)
    except ValueError as err:
        raise BadLine(f"date {value!r}: {err}") from None
