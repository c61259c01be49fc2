"""Build the claimgraph pipeline: spacy.blank("en") + our components; a trained pipeline only adds to it."""

from __future__ import annotations

import importlib.util

import spacy
from spacy.language import Language

from claimgraph.pipeline.tokenizer import customize_tokenizer


class ModelNotFound(LookupError):
    pass


def build(model: str | None = None) -> Language:
    if model:
        if importlib.util.find_spec(model) is None:
            package = model.replace("_", "-")
            raise ModelNotFound(f"spaCy pipeline {model!r} is not installed (try: pip install {package})")
        # Our rules see figures, not entities: keep the trained NER, skip what we do not use.
        nlp = spacy.load(model, exclude=["lemmatizer"])
    else:
        nlp = spacy.blank("en")
        customize_tokenizer(nlp)  # a trained pipeline keeps its tokenizer: quantities reads figures its own way
    nlp.add_pipe("claimgraph_boilerplate", first=True)
    nlp.add_pipe("claimgraph_periods", after="claimgraph_boilerplate")
    nlp.add_pipe("claimgraph_quantities", last=True)
    return nlp
