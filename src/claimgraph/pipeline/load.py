"""Build the claimgraph pipeline: spacy.blank("en") + our components; a trained pipeline only adds to it."""

from __future__ import annotations

import importlib.util
from typing import Any, cast

import spacy
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import raise_error

from claimgraph.pipeline.factories import OWN_COMPONENTS
from claimgraph.pipeline.tokenizer import GuardedTokenizer, customize_tokenizer
from claimgraph.pipeline.user_data import TEXT_KEY


class ModelNotFound(LookupError):
    pass


class TextKeepingTokenizer(GuardedTokenizer):
    """The tokenizer, leaving the text it read on the Doc (doc.user_data[TEXT_KEY]): spaCy rebuilds doc.text
    from Token objects on every access, and the components and the Report need it (a tokenized Doc's text is
    the text it was made from, so the two are the same string)."""

    def __call__(self, text: str) -> Any:
        doc = super().__call__(text)
        doc.user_data[TEXT_KEY] = text
        return doc


def own_pipeline(nlp: Language, pipeline: list[tuple[str, Any]] | None = None) -> bool:
    """Only claimgraph's components, and spaCy's default error handler (which re-raises what they raise).
    `pipeline`: the active components when the caller has them already (active_components)."""
    pipeline = active_components(nlp) if pipeline is None else pipeline
    return nlp.default_error_handler is raise_error and all(type(p) in OWN_COMPONENTS for _, p in pipeline)


def active_components(nlp: Language) -> list[tuple[str, Any]]:
    """nlp.pipeline without its copy: spaCy builds that list (and a frozen wrapper) anew on each read, a
    tenth of a short text's time in run_pipeline; with no component disabled it is spaCy's own list of
    them, read here (never changed)."""
    components = getattr(nlp, "_components", None)
    if components is None or getattr(nlp, "_disabled", True):
        return nlp.pipeline
    return cast(list[tuple[str, Any]], components)


def run_pipeline(nlp: Language, text: str, spans: bool = True) -> Doc:
    """nlp(text). On a pipeline of claimgraph's own components only, with spaCy's default error handler (which
    re-raises), the tokenizer and the components are called directly: what Language.__call__ does for them,
    without its per-call work; spans=False leaves out their span groups (a Report reads none). Any other
    pipeline is called as it is."""
    pipeline = active_components(nlp)
    if not own_pipeline(nlp, pipeline):
        return nlp(text)
    doc = nlp.make_doc(text)
    for name, proc in pipeline:
        doc = _annotated_one(name, proc, doc, spans)
    return doc


def run_pipeline_batch(nlp: Language, texts: list[str], spans: bool = True) -> list[Doc]:
    """[nlp(text) for text in texts], as run_pipeline makes each; on claimgraph's own pipeline each component
    reads the whole batch before the next one starts (as nlp.pipe runs components with a .pipe method): one
    component's code and tables stay warm across the batch, about a tenth quicker than a text at a time."""
    pipeline = active_components(nlp)
    if not own_pipeline(nlp, pipeline):
        return list(nlp.pipe(texts, batch_size=max(1, len(texts))))
    docs = [nlp.make_doc(t) for t in texts]
    for name, proc in pipeline:
        docs = [_annotated_one(name, proc, doc, spans) for doc in docs]
    return docs


def _annotated_one(name: str, proc: Any, doc: Doc, spans: bool) -> Doc:
    """One component's work on one Doc (its span groups only when `spans`)."""
    try:
        if spans or not hasattr(proc, "annotate"):
            return cast(Doc, proc(doc))
        return cast(Doc, proc.annotate(doc, spans=False))
    except KeyError as err:  # as Language.__call__ reports it
        raise ValueError(Errors.E109.format(name=name)) from err


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
        nlp.tokenizer = TextKeepingTokenizer(cast(GuardedTokenizer, nlp.tokenizer).inner)
    nlp.add_pipe("claimgraph_boilerplate", first=True)
    nlp.add_pipe("claimgraph_periods", after="claimgraph_boilerplate")
    nlp.add_pipe("claimgraph_quantities", last=True)
    return nlp
