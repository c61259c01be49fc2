"""Reading a document from a file: bytes to text (with an honest decoding fallback), a saved web page to
its article. One reader for the single-file commands and for batch runs, so both treat a file alike."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from claimgraph.io.webpage import NotAnArticle, article_from_html, is_html


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
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        p = Path(path)
        if not p.exists():
            raise Unreadable("no such file")
        if p.is_dir():
            raise Unreadable("is a directory")
        try:
            data = p.read_bytes()
        except OSError as err:
            raise Unreadable(f"cannot read ({err.strerror})") from None
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


def dress(report, doc: Doc) -> None:
    """What a Report should say about where its text came from: id, page title, the article text its
    offsets refer to, and how the file was decoded."""
    report.document.id = doc.id
    if doc.title is not None:
        report.document.title = doc.title
    if doc.extracted:
        report.document.text = doc.text
    report.document.warnings[:0] = doc.warnings
