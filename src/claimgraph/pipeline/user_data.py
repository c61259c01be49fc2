"""What claimgraph keeps in doc.user_data, under one set of keys, and the one reader of a Doc's text."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

TEXT_KEY = "claimgraph_text"  # the text the Doc was made from
WARNINGS_KEY = "claimgraph_warnings"  # what the components warn of, read into the Report


def doc_text(doc: Doc) -> str:
    """doc.text, built once per Doc (spaCy rebuilds it from Token objects on every access); our tokenizer
    leaves the text it read under TEXT_KEY, so on our pipeline it is never rebuilt."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text
