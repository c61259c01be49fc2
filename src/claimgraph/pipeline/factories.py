"""Every claimgraph spaCy component, registered in one place (listed as spacy_factories entry points).

Each factory declares what its component assigns and requires, so `nlp.analyze_pipes()` shows the order:
boilerplate (doc._.ignored) before periods and quantities, both before claims. What a component finds in
a Doc goes on that Doc, never on the component, so one instance may process several Docs at once."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from claimgraph.claims import build_claims
from claimgraph.pipeline.boilerplate import furniture_ranges
from claimgraph.pipeline.quantities import SPAN_KEY, QuantityFinder, mention_dict, mention_span
from claimgraph.pipeline.tokenizer import set_like_num
from claimgraph.resolve.periods import PeriodFinder, period_dict
from claimgraph.resources.rules import shipped_period_rules, shipped_rules

PERIOD_SPAN_KEY = "claimgraph_periods"
CLAIM_SPAN_KEY = "claimgraph"
_CLAIMS_KEY = "claimgraph_claims"


TEXT_KEY = "claimgraph_text"
WARNINGS_KEY = "claimgraph_warnings"


def doc_text(doc: Doc) -> str:
    """doc.text, built once per Doc (spaCy rebuilds it from Token objects on every access)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def claims_of(doc: Doc) -> dict[str, Any]:
    """doc._.claims: built on first use from the figures and periods on the Doc (plain Python, no model),
    then kept in doc.user_data; doc.spans["claimgraph"] gets one span per claim's figure, labelled with
    its role. A trained pipeline's entities, when it ran, name the organisations."""
    if _CLAIMS_KEY in doc.user_data:
        return doc.user_data[_CLAIMS_KEY]
    quantities = doc._.quantities or []
    hints = None
    if doc.has_annotation("ENT_IOB"):
        hints = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    text = doc_text(doc) if quantities else ""
    result = build_claims(text, quantities, doc._.periods or [], hints, doc._.ignored or [])
    spans = []
    for c in result["claims"]:
        if c["quantity"]:
            q = quantities[int(c["quantity"][1:]) - 1]
            span = doc.char_span(q["start"], q["end"], label=c["role"], alignment_mode="expand")
            if span is not None:
                span.id_ = c["id"]
                spans.append(span)
    doc.spans[CLAIM_SPAN_KEY] = spans
    doc.user_data[_CLAIMS_KEY] = result
    return result


for _name, _default in (("quantities", None), ("ignored", None), ("periods", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
if not Doc.has_extension("claims"):
    Doc.set_extension("claims", getter=claims_of)


class BoilerplateComponent:
    """Marks lines of page furniture (menus, "Share", "Loading...") so extraction leaves them out."""

    def __call__(self, doc: Doc) -> Doc:
        # Furniture is a line among other lines: a one-line text (a sentence, a headline) is all content,
        # and skipping it saves rebuilding doc.text from Token objects.
        if not doc.to_array("IS_SPACE").any():
            doc._.ignored = []
            return doc
        doc._.ignored = furniture_ranges(doc_text(doc))
        return doc


class PeriodsComponent:
    """Finds time expressions as partial values: doc._.periods (dicts; resolved against the reference date
    when the Report is built) and doc.spans["claimgraph_periods"]."""

    def __init__(self) -> None:
        self.finder = PeriodFinder(shipped_period_rules())

    def __call__(self, doc: Doc) -> Doc:
        result = self.finder.find(doc_text(doc), doc._.ignored or [])
        found = result.periods
        if result.timed_out:
            doc.user_data.setdefault(WARNINGS_KEY, []).extend(
                f"period rule {rule} took too long on this text and was skipped" for rule in result.timed_out)
        doc._.periods = [period_dict(p) for p in found]
        spans = (doc.char_span(p.start, p.end, label="PERIOD", alignment_mode="expand") for p in found)
        doc.spans[PERIOD_SPAN_KEY] = [s for s in spans if s is not None]
        return doc


class ClaimsComponent:
    """Builds doc._.claims and doc.spans["claimgraph"] inside the pipeline rather than on first use."""

    def __call__(self, doc: Doc) -> Doc:
        claims_of(doc)
        return doc


class QuantitiesComponent:
    """Finds and resolves every figure: doc._.quantities (dicts) and doc.spans["claimgraph_quantities"]."""

    def __init__(self, nlp: Language):
        set_like_num(nlp)
        self.finder = QuantityFinder(nlp.vocab, shipped_rules())

    def __call__(self, doc: Doc) -> Doc:
        ignored = doc._.ignored or []
        mentions = [m for m in self.finder(doc) if not _inside(doc[m.start].idx, ignored)]
        doc._.quantities = [mention_dict(doc, m) for m in mentions]
        doc.spans[SPAN_KEY] = [mention_span(doc, m) for m in mentions]
        return doc


def _inside(pos: int, ranges: list[list[int]] | list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in ranges)


@Language.factory("claimgraph_boilerplate", assigns=["doc._.ignored"])
def make_boilerplate(nlp: Language, name: str) -> BoilerplateComponent:
    return BoilerplateComponent()


@Language.factory("claimgraph_quantities", assigns=["doc._.quantities", "doc.spans"],
                  requires=["doc._.ignored"])
def make_quantities(nlp: Language, name: str) -> QuantitiesComponent:
    return QuantitiesComponent(nlp)


@Language.factory("claimgraph_periods", assigns=["doc._.periods", "doc.spans", "doc.user_data"],
                  requires=["doc._.ignored"])
def make_periods(nlp: Language, name: str) -> PeriodsComponent:
    return PeriodsComponent()


@Language.factory("claimgraph_claims", assigns=["doc._.claims", "doc.spans"],
                  requires=["doc._.quantities", "doc._.periods"])
def make_claims(nlp: Language, name: str) -> ClaimsComponent:
    return ClaimsComponent()
