"""Saved web pages: the main article text, title and date, taken by trafilatura (a maintained extractor),
not by hand-written HTML parsing. Offsets in a Report of an HTML page refer to this extracted text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Article:
    text: str
    title: str | None
    date: str | None


class NotAnArticle(ValueError):
    """trafilatura found no article text in the page."""


def article_from_html(html: str) -> Article:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=False)
    if not text:
        raise NotAnArticle("no article text found in the HTML page")
    meta = trafilatura.extract_metadata(html)
    title = getattr(meta, "title", None) if meta else None
    date = getattr(meta, "date", None) if meta else None
    return Article(text, title, date if date and len(date) == 10 else None)


def is_html(name: str, data: str) -> bool:
    """A saved web page: named .html/.htm, or its text starts like one."""
    return (name.lower().endswith((".html", ".htm"))
            or data.lstrip()[:15].lower().startswith(("<!doctype html", "<html")))
