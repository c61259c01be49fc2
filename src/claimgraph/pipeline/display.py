"""The article with its figures and periods marked, rendered by spaCy's displaCy (span style): inline HTML
and styles, no network requests."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from spacy import displacy
from spacy.language import Language
from spacy.tokens import Span

KIND_COLOURS = {
    "MONEY": "#8bc34a", "PERCENT": "#ffb300", "FRACTION": "#ffcc80", "MULTIPLE": "#ce93d8", "COUNT": "#4fc3f7",
    "RANK": "#b0bec5", "DURATION": "#80cbc4", "NUMBER": "#e0e0e0", "PHYSICAL": "#a1887f", "PERIOD": "#90caf9",
}


class Marked(Protocol):
    """A figure or a period of a Report: where it is in the text."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


class Figure(Marked, Protocol):
    @property
    def kind(self) -> str: ...


def article_html(text: str, quantities: Iterable[Figure], periods: Iterable[Marked], nlp: Language) -> str:
    """displaCy span markup of text with each quantity labelled by its kind and each period as PERIOD.
    `nlp` is the pipeline that read the text: its tokenizer splits figures the way the extractor did."""
    doc = nlp.tokenizer(text)  # not make_doc: the tokenizer alone holds any length (make_doc stops at max_length)
    spans = []
    marks: list[tuple[Marked, str]] = [(q, q.kind.upper()) for q in quantities]
    for x, label in marks + [(p, "PERIOD") for p in periods]:
        span = doc.char_span(x.start, x.end, label=label, alignment_mode="expand")
        if span is not None:
            spans.append(Span(doc, span.start, span.end, label=label))
    doc.spans["claimgraph_display"] = sorted(spans, key=lambda s: (s.start, s.end))
    return displacy.render(doc, style="span", page=False, jupyter=False,
                           options={"spans_key": "claimgraph_display", "colors": KIND_COLOURS})
