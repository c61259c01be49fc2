"""A claim under construction: its public fields plus what building and linking it needs (the figure it is
about, its paragraph, whether its sentence named its subject). to_dict() gives the plain dict the Report and
doc._.claims take."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(slots=True)
class ClaimDraft:
    id: str
    quantity: str | None  # None for a claim derived from others
    figure: dict[str, Any]  # the quantity dict; a derived claim's has its kind and unit only
    sentence: list[int]
    paragraph: int
    hedges: list[str]
    source: str | None = None
    subject: str | None = None
    stated_subject: bool = False  # False when the article's main subject stands in for a silent sentence
    metric: str | None = None
    metric_text: str | None = None
    scope: str | None = None
    period: str | None = None
    period_shift: int = 0
    period_whole_year: bool = False
    period_to_reference: bool = False
    period_end: str | None = None
    role: str = "actual"
    before: str | None = None
    derived: dict[str, Any] | None = None
    subject_entity: str | None = None
    source_entity: str | None = None
    stated_source: bool = False  # whether the claim's sentence names its source (else the paragraph or the frame)

    def to_dict(self) -> dict[str, Any]:
        """The claim as the Report takes it. A derived claim has no period shift of its own, so it leaves
        both period keys out (the Report's defaults)."""
        if self.quantity is None:
            return {
                "id": self.id,
                "quantity": None,
                "subject": self.subject,
                "subject_entity": self.subject_entity,
                "metric": self.metric,
                "metric_text": self.metric_text,
                "scope": self.scope,
                "period": self.period,
                "role": self.role,
                "source": self.source,
                "source_entity": self.source_entity,
                "hedges": self.hedges,
                "sentence": self.sentence,
                "before": self.before,
                "derived": self.derived,
            }
        return {
            "id": self.id,
            "quantity": self.quantity,
            "subject": self.subject,
            "metric": self.metric,
            "metric_text": self.metric_text,
            "scope": self.scope,
            "period": self.period,
            "period_shift": self.period_shift,
            "period_whole_year": self.period_whole_year,
            "period_to_reference": self.period_to_reference,
            "period_end": self.period_end,
            "role": self.role,
            "source": self.source,
            "hedges": self.hedges,
            "sentence": self.sentence,
            "before": self.before,
            "derived": self.derived,
            "subject_entity": self.subject_entity,
            "source_entity": self.source_entity,
        }
