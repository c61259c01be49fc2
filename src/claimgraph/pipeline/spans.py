"""Span-level attributes for users of the components in their own pipelines: span._.value, ._.low, ._.high,
._.unit, ._.kind, ._.quantity on figure spans, and span._.period on period spans.

They are getters over the plain dicts on the Doc (doc._.quantities, doc._.periods), so nothing extra is
stored and a DocBin round trip (store_user_data=True) keeps them. Values are Decimal, never strings."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from spacy.tokens import Doc, Span

from claimgraph.resolve.context import resolved_periods
from claimgraph.resolve.periods import period_from_dict

PERIOD_SETTINGS_KEY = "claimgraph_period_settings"


def _quantity(span: Span) -> dict[str, Any] | None:
    quantities = span.doc._.quantities
    exact = next((q for q in quantities if q["start"] == span.start_char and q["end"] == span.end_char), None)
    if exact is not None:
        return exact
    # on a user's tokens a figure's span may be widened to whole tokens ("US$1.2bn-plus")
    return next((q for q in quantities if span.start_char <= q["start"] and q["end"] <= span.end_char
                 and q["kind"].upper() == span.label_), None)


def _number(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _value(span: Span) -> Decimal | None:
    q = _quantity(span)
    if q is None or q["low"] is None or q["low"] != q["high"]:
        return None
    return Decimal(q["low"])


def _field(name: str, number: bool = False):
    def get(span: Span) -> Any:
        q = _quantity(span)
        if q is None:
            return None
        return _number(q[name]) if number else q[name]

    return get


def resolved_periods_of(doc: Doc) -> list[dict[str, Any]]:
    """doc._.periods with ISO dates, against the date and fiscal year the periods component was given (else
    a date found in or inferred from the text), exactly as a Report resolves them."""
    settings = doc.user_data.get(PERIOD_SETTINGS_KEY) or {}
    mentions = [period_from_dict(p) for p in doc._.periods]
    return resolved_periods(doc.text, mentions, settings.get("date"), settings.get("fiscal_start", 1))[2]


def _period(span: Span) -> dict[str, Any] | None:
    if not span.doc._.periods:
        return None
    # a period span is the period's characters expanded to whole tokens
    return next((p for p in resolved_periods_of(span.doc)
                 if span.start_char <= p["start"] and p["end"] <= span.end_char), None)


def register_span_attributes() -> None:
    getters = {"quantity": _quantity, "value": _value, "low": _field("low", True), "high": _field("high", True),
               "unit": _field("unit"), "kind": _field("kind"), "period": _period}
    for name, getter in getters.items():
        if not Span.has_extension(name):
            Span.set_extension(name, getter=getter)
