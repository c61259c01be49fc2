"""The article's main subject, place and aliases (Document.main), with nobody named and with a name."""

from __future__ import annotations

from claimgraph.claims.document import Document
from claimgraph.claims.lexicon import lexicon


def _doc(text: str, figure: str) -> Document:
    start = text.index(figure)
    q = {"start": start, "end": start + len(figure), "kind": "percent", "text": figure}
    return Document(text, [q], [], None, lexicon(), [])


def test_nobody_named_gives_no_subject_place_or_alias() -> None:
    doc = _doc("revenue rose 4% on higher prices.", "4%")
    assert doc.main() == (None, None, {})
    assert doc.persons == set()


def test_a_named_company_leads() -> None:
    doc = _doc("Quillmere Tools Inc. said revenue rose 4%. Quillmere expects more. Quillmere Tools Inc. grew.", "4%")
    subject, _, canonical = doc.main()
    assert subject == "Quillmere Tools Inc."
    assert canonical.get("Quillmere") == "Quillmere Tools Inc."
