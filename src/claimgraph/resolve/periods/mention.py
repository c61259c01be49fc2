"""A period as found: its span, the rule that found it and that rule's named groups (a partial value)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class PeriodMention:
    start: int
    end: int
    text: str
    rule: str
    form: str
    groups: dict[str, str] = field(default_factory=dict)
    parts: tuple[PeriodMention, ...] = ()  # the two ends of a range built from two periods


def period_dict(p: PeriodMention) -> dict[str, Any]:
    """Plain data for doc._.periods (survives nlp.pipe with several processes)."""
    return {"start": p.start, "end": p.end, "text": p.text, "rule": p.rule, "form": p.form,
            "groups": dict(p.groups), "parts": [period_dict(x) for x in p.parts]}


def period_from_dict(d: dict[str, Any]) -> PeriodMention:
    return PeriodMention(d["start"], d["end"], d["text"], d["rule"], d["form"], dict(d["groups"]),
                         tuple(period_from_dict(x) for x in d.get("parts", ())))
