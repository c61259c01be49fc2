"""The article with its figures and periods marked, rendered by spaCy's displaCy (span style): inline HTML
and styles, no network requests."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from spacy import displacy
from spacy.language import Language
from spacy.tokens import Span

from claimgraph.resolve.parts import parts

KIND_COLOURS = {
    "MONEY": "#8bc34a", "PERCENT": "#ffb300", "FRACTION": "#ffcc80", "MULTIPLE": "#ce93d8", "COUNT": "#4fc3f7",
    "RANK": "#b0bec5", "DURATION": "#80cbc4", "NUMBER": "#e0e0e0", "PHYSICAL": "#a1887f", "PERIOD": "#90caf9",
}
# the labels of the claims span group (doc.spans["claimgraph"]): each claim's role
ROLE_COLOURS = {
    "TARGET": "#ffab91", "ACTUAL": "#a5d6a7", "FORECAST": "#b39ddb", "ESTIMATE": "#c5e1a5", "THRESHOLD": "#fff59d",
    "REQUIREMENT": "#ffe082", "CHANGE": "#81d4fa", "SHARE": "#f48fb1", "CONVERSION": "#cfd8dc", "OTHER": "#eeeeee",
}
COLORS = {**KIND_COLOURS, **ROLE_COLOURS}
"""displaCy colours for every label claimgraph puts on spans: figure kinds (doc.spans["claimgraph_quantities"]),
PERIOD (doc.spans["claimgraph_periods"]) and claim roles (doc.spans["claimgraph"]). Pass them as
`displacy.render(doc, style="span", options={"spans_key": "claimgraph", "colors": COLORS})`."""


class Marked(Protocol):
    """A figure or a period of a Report: where it is in the text."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


class Figure(Marked, Protocol):
    @property
    def kind(self) -> str: ...


# displaCy's span renderer looks at every span for every token: time quadratic in a text's length. A text
# longer than PIECE is drawn in pieces cut at line breaks (never inside a figure), each with its own figures.
PIECE = 10_000

Mark = tuple[int, int, str]  # start, end, label


def article_html(text: str, quantities: Iterable[Figure], periods: Iterable[Marked], nlp: Language) -> str:
    """displaCy span markup of text with each quantity labelled by its kind and each period as PERIOD.
    `nlp` is the pipeline that read the text: its tokenizer splits figures the way the extractor did."""
    marks: list[Mark] = [(q.start, q.end, q.kind.upper()) for q in quantities]
    marks += [(p.start, p.end, "PERIOD") for p in periods]
    if len(text) <= PIECE:
        return _html(text, marks, nlp)
    return "".join(_html(text[a:b], [(x - a, y - a, label) for x, y, label in marks if a <= x and y <= b], nlp)
                   for a, b in pieces(text, marks))


def pieces(text: str, marks: list[Mark], size: int = PIECE) -> list[tuple[int, int]]:
    """(start, end) parts of text of about `size` characters, each ending after a line break (else a space)
    where one is near, and never inside a mark."""
    return parts(text, size, marks)


def _html(text: str, marks: list[Mark], nlp: Language) -> str:
    doc = nlp.tokenizer(text)  # not make_doc: the tokenizer alone holds any length (make_doc stops at max_length)
    spans = []
    for start, end, label in marks:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            spans.append(Span(doc, span.start, span.end, label=label))
    doc.spans["claimgraph_display"] = sorted(spans, key=lambda s: (s.start, s.end))
    return displacy.render(doc, style="span", page=False, jupyter=False,
                           options={"spans_key": "claimgraph_display", "colors": COLORS})
