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


def test_a_name_that_only_modifies_a_security_does_not_lead() -> None:
    """'Thirty-year Treasury bonds firmed': a kind of security, not the actor the story is about; a market
    report that names it twice that way has no main subject."""
    text = ("Stocks slid as earnings disappointed. Thirty-year Treasury bonds firmed a bit in late dealings.\n\n"
            "The industrial average fell 2.1%. The Treasury notes due in 2030 rose.")
    assert _doc(text, "2.1%").main()[0] is None
    text = ("The Treasury said it will sell $9 billion of bills. The Treasury plans more sales.\n\n"
            "Yields rose 0.2%.")
    assert _doc(text, "0.2%").main()[0] == "Treasury"
