"""A quantity mention while it is being resolved, and what the component keeps of it on the Doc."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from spacy.tokens import Doc, Span

from claimgraph.pipeline.user_data import doc_text
from claimgraph.resources.vocab import vocab

SPAN_KEY = "claimgraph_quantities"
BARE_RULE = "number.bare"  # the rule a reading falls back to when its unit or currency is not there


@dataclass
class Mention:
    start: int  # token span of the whole mention
    end: int
    kind: str
    rule: str
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None
    unit_text: str | None = None
    comparator: str | None = None
    hedge: str | None = None
    per: str | None = None
    change: str | None = None
    change_text: str | None = None  # the word that says so: "rose", "drop", "-"
    num_start: int = 0  # token span of the number core
    num_end: int = 0
    scale: Decimal | None = None
    has_prefix_currency: bool = False
    has_suffix: bool = False  # a unit, currency or % written after the number
    notes: set[str] = field(default_factory=set)


def as_number(m: Mention) -> Mention:
    """The reading without the unit or currency its rule expected: a bare number."""
    m.kind, m.rule = "number", BARE_RULE
    m.end = max(m.num_end, m.end if m.scale is not None else m.num_end)
    return m


def mention_dict(doc: Doc, m: Mention) -> dict[str, Any]:
    first, last = doc[m.start], doc[m.end - 1]
    start, end = first.idx, last.idx + len(last)
    low = m.low
    high = m.high if m.high is not None else m.low
    if low is not None and high is not None and low > high:
        low, high = high, low
    unit = m.unit
    main = vocab()["subunit_currency"].get(unit or "") if m.kind == "money" and unit != "_doc" else None
    if main:  # "98 cents" is 0.98 USD: a subunit figure in its currency's main unit
        unit, per_unit = main[0], Decimal(main[1])
        low = None if low is None else low / per_unit
        high = None if high is None else high / per_unit
    return {
        "text": doc_text(doc)[start:end],  # a slice of the text, not span.text rebuilt from Token objects
        "start": start,
        "end": end,
        "kind": m.kind,
        "unit": unit,
        "unit_text": m.unit_text,
        "low": None if low is None else str(low),
        "high": None if high is None else str(high),
        "comparator": m.comparator,
        "hedge": m.hedge,
        "per": m.per,
        "change": m.change,
        "change_text": m.change_text,
        "rule": m.rule,
    }


def mention_span(doc: Doc, m: Mention) -> Span:
    return Span(doc, m.start, m.end, label=m.kind.upper(), span_id=m.rule)
