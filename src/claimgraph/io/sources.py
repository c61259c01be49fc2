"""Reading a document from a file: bytes to text (with an honest decoding fallback), a saved web page to
its article. One reader for the single-file commands and for batch runs, so both treat a file alike."""

from __future__ import annotations

import os
import re
import stat
import sys
from dataclasses import dataclass, field
from datetime import date as Date

from claimgraph.io.webpage import NotAnArticle, article_from_html, is_html
from claimgraph.resolve.periods.dates import MAX_YEAR, MIN_YEAR

# The most a file (or standard input, or one JSONL line) may hold: read up to this and no further, so a
# huge, sparse or endless file (/dev/zero) is refused without being read whole.
MAX_INPUT_BYTES = 64 * 1024 * 1024
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class Unreadable(Exception):
    """A file that gives no document: missing, a folder, binary, or a page with no article. The message is
    the reason, in a few words; the caller names the file."""


@dataclass
class Doc:
    id: str
    text: str
    date: str | None = None
    url: str | None = None
    title: str | None = None
    extracted: bool = False  # the text is the article taken from a saved page: the Report carries it
    warnings: list[str] = field(default_factory=list)


def decode(data: bytes) -> tuple[str, str | None]:
    """(text, note): UTF-8 (a BOM is dropped); else Windows-1252, the usual encoding of pages saved on
    Windows; else UTF-8 with U+FFFD for the bad bytes. The note says which fallback was used."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        bad = err.start
    try:
        return data.decode("cp1252"), f"not valid UTF-8 (byte {bad}): decoded as Windows-1252"
    except UnicodeDecodeError:
        return (data.decode("utf-8", errors="replace"),
                f"not valid UTF-8 (byte {bad}): undecodable bytes replaced with U+FFFD")


def read_document(path: str) -> Doc:
    """The document in a file ('-' is standard input); raises Unreadable."""
    data = read_bytes(path)
    if b"\x00" in data:
        raise Unreadable("not a text file (contains NUL bytes)")
    text, note = decode(data)
    doc = Doc(path, text, warnings=[note] if note else [])
    if is_html(path, text):
        try:
            article = article_from_html(text)
        except NotAnArticle as err:
            raise Unreadable(str(err)) from None
        doc.text, doc.title, doc.date, doc.extracted = article.text, article.title, article.date, True
    return doc


def read_bytes(path: str) -> bytes:
    """The bytes of a regular file or of standard input ('-'), at most MAX_INPUT_BYTES; raises Unreadable
    for anything else (a folder, a FIFO, a device) without blocking on it or reading it whole."""
    if path == "-":
        stream = sys.stdin.buffer if sys.stdin is not None else None
        if stream is None:
            raise Unreadable("standard input is closed")
        try:
            return _limited(stream.read(MAX_INPUT_BYTES + 1))
        except OSError as err:
            raise Unreadable(f"cannot read ({err.strerror})") from None
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise Unreadable("no such file") from None
    except (OSError, ValueError) as err:
        raise Unreadable(f"cannot read ({getattr(err, 'strerror', None) or err})") from None
    if stat.S_ISDIR(mode):
        raise Unreadable("is a directory")
    if not stat.S_ISREG(mode):
        raise Unreadable("not a regular file (a device, FIFO or socket)")
    if os.stat(path).st_size > MAX_INPUT_BYTES:
        _limited(None)  # refused before a byte is read
    try:
        with open(path, "rb") as fh:
            return _limited(fh.read(MAX_INPUT_BYTES + 1))
    except OSError as err:
        raise Unreadable(f"cannot read ({err.strerror})") from None


def _limited(data: bytes | None) -> bytes:
    if data is None or len(data) > MAX_INPUT_BYTES:
        raise Unreadable(f"larger than the {MAX_INPUT_BYTES // (1024 * 1024)} MiB an input may have")
    return data


def iso_date(value: str) -> str:
    """value if it is a date written YYYY-MM-DD with a year from MIN_YEAR to MAX_YEAR; else ValueError with
    the reason."""
    if not ISO_DATE.fullmatch(value):
        raise ValueError("expected YYYY-MM-DD")
    try:
        day = Date.fromisoformat(value)
    except ValueError:
        raise ValueError("expected YYYY-MM-DD (no such date)") from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise ValueError(f"expected a year from {MIN_YEAR} to {MAX_YEAR}")
    return value


def dress(report, doc: Doc) -> None:
    """What a Report should say about where its text came from: id, page title, the article text its
    offsets refer to, and how the file was decoded."""
    report.document.id = doc.id
    if doc.title is not None:
        report.document.title = doc.title
    if doc.extracted:
        report.document.text = doc.text
    report.document.warnings[:0] = doc.warnings
