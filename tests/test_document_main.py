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


def test_a_name_s_last_word_before_its_legal_form_stands_for_it_when_only_one_name_ends_so() -> None:
    """'Tooling said ...' after 'RJ Tooling Corp.': the short name a story uses for a company whose name opens with
    initials; a word that ends two companies' names stands for neither."""
    text = ("RJ Tooling Corp., a venture of two Ohio families, raised its bid. Tooling said 1.4 million shares "
            "had been tendered, or 12%.")
    assert _doc(text, "12%").main()[2].get("Tooling") == "RJ Tooling Corp."
    text = ("Harwick Steel Corp. raised prices 4%. Calloway Steel Co. cut output. Steel said shipments rose "
            "3%.")
    assert "Steel" not in _doc(text, "3%").main()[2]


def test_people_are_told_by_an_age_a_party_tag_or_a_surname_that_speaks_alone() -> None:
    """Wire copy names a person once in full, then by surname: 'Vale said'; an age or a legislator's party after
    a name marks a person too. A company's short name that speaks ('Holding said' after 'DD Holding Corp.') is no
    person, nor is a name joined by 'of'."""
    text = ("Orrin Vale said sales rose 4%. ``We are not done,'' Vale said. Ada Kell, 52, agreed. "
            "Rep. Mara Tull, R-Ohio, objected. DD Holding Corp. bid. DD Holding said the bid stands. ``We are ready,'' "
            "Holding said. "
            "Second of Norland said it would wait.")
    doc = _doc(text, "4%")
    doc.main()  # names the persons
    persons = doc.persons
    assert {"Orrin Vale", "Ada Kell"} <= persons
    assert not {"DD Holding", "DD Holding Corp.", "Second of Norland"} & persons
