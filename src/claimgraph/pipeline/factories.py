"""Every claimgraph spaCy component, registered in one place (listed as spacy_factories entry points).

Each factory declares what its component assigns and requires, so `nlp.analyze_pipes()` shows the order:
boilerplate (doc._.ignored) before periods and quantities, both before claims. What a component finds in
a Doc goes on that Doc, never on the component, so one instance may process several Docs at once."""

from __future__ import annotations

from typing import Any, cast

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimgraph.claims import build_claims
from claimgraph.pipeline.boilerplate import furniture_ranges
from claimgraph.pipeline.quantities import SPAN_KEY, QuantityFinder, mention_dict, mention_span
from claimgraph.pipeline.spans import PERIOD_SETTINGS_KEY, register_span_attributes
from claimgraph.pipeline.tokenizer import figure_pipeline, uses_figure_tokenizer
from claimgraph.pipeline.user_data import TEXT_KEY, WARNINGS_KEY, doc_text
from claimgraph.resolve.context import parse_given
from claimgraph.resolve.periods import PeriodFinder, period_dict
from claimgraph.resources.rules import shipped_period_rules, shipped_rules

PERIOD_SPAN_KEY = "claimgraph_periods"
CLAIM_SPAN_KEY = "claimgraph"
_CLAIMS_KEY = "claimgraph_claims"


def claims_of(doc: Doc, span_key: str = CLAIM_SPAN_KEY, entities: bool = True) -> dict[str, Any]:
    """doc._.claims: built on first use from the figures and periods on the Doc (plain Python, no model),
    then kept in doc.user_data; doc.spans[span_key] gets one span per claim's figure, labelled with its
    role. A trained pipeline's entities, when it ran (and `entities` is on), name the organisations."""
    if _CLAIMS_KEY in doc.user_data:
        return cast(dict[str, Any], doc.user_data[_CLAIMS_KEY])
    result = claims_data(doc, entities)
    quantities = doc._.quantities or []
    spans = []
    for c in result["claims"]:
        if c["quantity"]:
            q = quantities[int(c["quantity"][1:]) - 1]
            span = doc.char_span(q["start"], q["end"], label=c["role"], alignment_mode="expand")
            if span is not None:
                span.id_ = c["id"]
                spans.append(span)
    doc.spans[span_key] = spans
    doc.user_data[_CLAIMS_KEY] = result
    return result


def claims_data(doc: Doc, entities: bool = True) -> dict[str, Any]:
    """What doc._.claims holds, without its span group or keeping it on the Doc (a Report, which reads them
    once, needs neither): the stored claims when a component or an earlier read made them, else built."""
    if _CLAIMS_KEY in doc.user_data:
        return cast(dict[str, Any], doc.user_data[_CLAIMS_KEY])
    quantities = ext(doc, "quantities") or []
    hints = None
    if entities and doc.has_annotation("ENT_IOB"):
        hints = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    text = doc_text(doc) if quantities else ""
    return build_claims(text, quantities, ext(doc, "periods") or [], hints, ext(doc, "ignored") or [])


def _stored(name: str) -> dict[str, Any]:
    """A Doc attribute that reads [] until a component sets it (never None, never one list shared by all
    Docs). It lives in doc.user_data under spaCy's own key for extensions, so nlp.pipe with processes and a
    DocBin with store_user_data=True carry it as they carry any extension value."""
    key = ("._.", name, None, None)

    def get(doc: Doc) -> Any:
        data: dict[Any, Any] = doc.user_data
        value = data.get(key)
        if value is None:
            value = data[key] = []
        elif isinstance(value, tuple):  # read back from a DocBin: msgpack gives tuples for lists
            value = data[key] = _lists(value)
        return value

    return {"getter": get, "setter": lambda doc, value: doc.user_data.__setitem__(key, value)}


def _lists(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_lists(v) for v in value]
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    return value


_DIRECT: dict[str, dict[str, Any]] = {}  # our stored extensions, by name: their getter and setter
for _name in ("quantities", "ignored", "periods"):
    if not Doc.has_extension(_name):
        _DIRECT[_name] = _stored(_name)
        Doc.set_extension(_name, **_DIRECT[_name])


def ext(doc: Doc, name: str) -> Any:
    """doc._.<name> for quantities, ignored and periods, through our own getter (doc._ builds an accessor
    object on every use)."""
    direct = _DIRECT.get(name)
    return direct["getter"](doc) if direct else getattr(doc._, name)


def set_ext(doc: Doc, name: str, value: Any) -> None:
    """doc._.<name> = value, through our own setter."""
    direct = _DIRECT.get(name)
    if direct:
        direct["setter"](doc, value)
    else:
        setattr(doc._, name, value)
if not Doc.has_extension("claims"):
    Doc.set_extension("claims", getter=claims_of)
register_span_attributes()


class BoilerplateComponent:
    """Marks lines of page furniture (menus, "Share", "Loading...") so extraction leaves them out."""

    def __call__(self, doc: Doc) -> Doc:
        # Furniture is a line among other lines: a one-line text (a sentence, a headline) is all content,
        # and skipping it saves rebuilding doc.text from Token objects.
        if _no_space_tokens(doc) or not doc.to_array("IS_SPACE").any():
            set_ext(doc, "ignored", [])
            return doc
        set_ext(doc, "ignored", furniture_ranges(doc_text(doc)))
        return doc


def _no_space_tokens(doc: Doc) -> bool:
    """Certainly no whitespace token, read from the text our tokenizer kept (no array built): spaCy makes one
    only of a space that is not a single ' ' after a word (a line break, a tab, a no-break space, a second
    space, a leading space), and every such character is unprintable or part of a double or leading space."""
    text = doc.user_data.get(TEXT_KEY)
    return text is not None and text.isprintable() and "  " not in text and not text.startswith(" ")


class PeriodsComponent:
    """Finds time expressions as partial values: doc._.periods (dicts) and a span group (`span_key`).
    `date` and `fiscal_start` are what span._.period resolves against (dates come on first use); a Report
    takes its own from extract(..., date=, fiscal_start=)."""

    def __init__(self, span_key: str = PERIOD_SPAN_KEY, date: str | None = None, fiscal_start: int = 1) -> None:
        self.finder = PeriodFinder(shipped_period_rules())
        self.span_key = span_key
        self.settings = {"date": date, "fiscal_start": fiscal_start}

    def __call__(self, doc: Doc) -> Doc:
        return self.annotate(doc)

    def annotate(self, doc: Doc, spans: bool = True) -> Doc:
        """What __call__ does; spans=False leaves out the span group (a Report does not read it)."""
        result = self.finder.find(doc_text(doc), ext(doc, "ignored") or [])
        found = result.periods
        if result.timed_out:
            doc.user_data.setdefault(WARNINGS_KEY, []).extend(
                f"period rule {rule} took too long on this text and was skipped" for rule in result.timed_out)
        set_ext(doc, "periods", [period_dict(p) for p in found])
        doc.user_data[PERIOD_SETTINGS_KEY] = self.settings
        if not spans:
            return doc
        spans_ = (doc.char_span(p.start, p.end, label="PERIOD", alignment_mode="expand") for p in found)
        doc.spans[self.span_key] = [s for s in spans_ if s is not None]
        return doc


class ClaimsComponent:
    """Builds doc._.claims and its span group (`span_key`, one span per claim's figure labelled with its role)
    inside the pipeline rather than on first use; `entities`: use a trained pipeline's ORG entities as names."""

    def __init__(self, span_key: str = CLAIM_SPAN_KEY, entities: bool = True) -> None:
        self.span_key = span_key
        self.entities = entities

    def __call__(self, doc: Doc) -> Doc:
        claims_of(doc, self.span_key, self.entities)
        return doc


class QuantitiesComponent:
    """Finds and resolves every figure: doc._.quantities (dicts) and a span group (`span_key`), each span with
    its rule id (span.id_) and span._.value, ._.low, ._.high, ._.unit, ._.kind, ._.quantity.

    On a pipeline claimgraph built (customize_tokenizer applied) it reads the Doc's own tokens. On any other
    pipeline it reads the text with a private tokenizer and vocabulary (tokenizer.figure_pipeline) and maps
    each figure onto the Doc's tokens (expanded to whole tokens), so the host's tokens and vocabulary (its
    LIKE_NUM) stay as they were and a trained NER sees the tokens it was trained on."""

    def __init__(self, nlp: Language, span_key: str = SPAN_KEY):
        self.own = uses_figure_tokenizer(nlp)
        self.finder = QuantityFinder((nlp if self.own else figure_pipeline()).vocab, shipped_rules())
        self.span_key = span_key

    def __call__(self, doc: Doc) -> Doc:
        return self.annotate(doc)

    def annotate(self, doc: Doc, spans: bool = True) -> Doc:
        """What __call__ does; spans=False leaves out the span group (a Report does not read it)."""
        work = doc if self.own else figure_pipeline().tokenizer(doc_text(doc))
        ignored = ext(doc, "ignored") or []
        mentions = self.finder(work)
        if ignored:  # most texts have no page furniture: no token to read for each figure then
            mentions = [m for m in mentions if not _inside(work[m.start].idx, ignored)]
        quantities = [mention_dict(work, m) for m in mentions]
        set_ext(doc, "quantities", quantities)
        if not self.own and work.user_data.get(WARNINGS_KEY):
            doc.user_data.setdefault(WARNINGS_KEY, []).extend(work.user_data[WARNINGS_KEY])
        if not spans:
            return doc
        if self.own:
            doc.spans[self.span_key] = [mention_span(doc, m) for m in mentions]
            return doc
        mapped = (_mapped_span(doc, q, m.rule) for q, m in zip(quantities, mentions, strict=True))
        doc.spans[self.span_key] = [s for s in mapped if s is not None]
        return doc


OWN_COMPONENTS = (BoilerplateComponent, PeriodsComponent, QuantitiesComponent, ClaimsComponent)


def _mapped_span(doc: Doc, q: dict[str, Any], rule: str) -> Span | None:
    """A figure found on our tokens as a span of the Doc's tokens (widened to whole tokens)."""
    span = doc.char_span(q["start"], q["end"], alignment_mode="expand")
    return None if span is None else Span(doc, span.start, span.end, label=q["kind"].upper(), span_id=rule)


def _inside(pos: int, ranges: list[list[int]] | list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in ranges)


@Language.factory("claimgraph_boilerplate", assigns=["doc._.ignored"])
def make_boilerplate(nlp: Language, name: str) -> BoilerplateComponent:
    return BoilerplateComponent()


@Language.factory("claimgraph_quantities", assigns=["doc._.quantities", "doc.spans"],
                  requires=["doc._.ignored"], default_config={"span_key": SPAN_KEY})
def make_quantities(nlp: Language, name: str, span_key: str) -> QuantitiesComponent:
    return QuantitiesComponent(nlp, span_key)


@Language.factory("claimgraph_periods", assigns=["doc._.periods", "doc.spans", "doc.user_data"],
                  requires=["doc._.ignored"],
                  default_config={"span_key": PERIOD_SPAN_KEY, "date": None, "fiscal_start": 1})
def make_periods(nlp: Language, name: str, span_key: str, date: str | None, fiscal_start: int) -> PeriodsComponent:
    parse_given(date)  # a malformed date fails when the pipeline is built, not on the first Doc
    if not 1 <= fiscal_start <= 12:
        raise ValueError(f"claimgraph_periods: fiscal_start must be a month number 1-12, not {fiscal_start!r}")
    return PeriodsComponent(span_key, date, fiscal_start)


@Language.factory("claimgraph_claims", assigns=["doc._.claims", "doc.spans"],
                  requires=["doc._.quantities", "doc._.periods"],
                  default_config={"span_key": CLAIM_SPAN_KEY, "entities": True})
def make_claims(nlp: Language, name: str, span_key: str, entities: bool) -> ClaimsComponent:
    return ClaimsComponent(span_key, entities)
