"""The Report and everything in it, as strict pydantic v2 models.

Numbers are Decimal inside Python (exact arithmetic for the checker) and plain JSON numbers outside:
12000000000 stays 12000000000, 0.2 stays 0.2 (never 1.2E+10 or a string).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, WithJsonSchema

SCHEMA_VERSION = "0.1"


def _json_number(value: Decimal) -> int | float:
    # An integral Decimal becomes an int (exact at any size); otherwise the shortest float repr,
    # which round-trips the written decimal ("1.38" -> 1.38).
    if value == value.to_integral_value():
        return int(value)
    return float(value)


Exact = Annotated[
    Decimal,
    PlainSerializer(_json_number, return_type=int | float, when_used="json"),
    WithJsonSchema({"type": "number"}),
]

Kind = Literal["money", "percent", "fraction", "multiple", "count", "rank", "duration", "number", "physical"]
Comparator = Literal["approx", "lt", "le", "gt", "ge"]
Change = Literal["up", "down"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Quantity(_Strict):
    """One figure in the text, with its value normalised to base units."""

    id: str = Field(description="q1, q2, ... in text order.")
    text: str = Field(description="Exactly text[start:end] of the original input.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: Kind = Field(description="What sort of figure it is.")
    unit: str | None = Field(
        description="ISO 4217 code for money (or a subunit: cent, penny, sen); % or pp for percent; "
        "the counted noun in singular for counts; the unit name for durations and physical quantities."
    )
    unit_text: str | None = Field(default=None, description="The unit or counted noun as written.")
    low: Exact | None = Field(description="Lower end of the stated value in base units.")
    high: Exact | None = Field(description="Upper end; equal to low for a single value.")
    comparator: Comparator | None = Field(default=None,
                                          description="approx, lt, le, gt, ge: how the text bounds the value.")
    hedge: str | None = Field(default=None, description="The comparator or hedge words as written, lowercased.")
    per: str | None = Field(default=None, description="Rate denominator: day, week, month, quarter, year, ...")
    change: Change | None = Field(default=None, description="up/down where the figure is itself a rise or fall.")
    change_text: str | None = Field(
        default=None,
        description="The word that states the rise or fall, lowercased: a verb before the figure ('rose', 'fell by'), "
        "a noun after it ('a 5% increase') or '-' for a signed percentage.",
    )
    rule: str = Field(description="Id of the pattern that found it.")

    @property
    def value(self) -> Decimal | None:
        """The value of a single figure (low == high); None for a range or an open-ended figure."""
        return self.low if self.low is not None and self.low == self.high else None


Grain = Literal["day", "week", "month", "quarter", "half", "year"]


class Period(_Strict):
    """A time expression resolved to inclusive ISO dates against the document's reference date."""

    id: str = Field(description="p1, p2, ... in text order.")
    text: str = Field(description="Exactly text[start:end] of the original input.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    from_date: str | None = Field(description="First day (ISO); null for an open start ('by 2030') or when "
                                  "a relative period has no reference date.")
    to_date: str | None = Field(description="Last day (ISO), inclusive.")
    grain: Grain = Field(description="The finest unit the period is stated in.")
    relative: bool = Field(description="True where the reference date was needed ('last year', 'May 7').")
    approximate: bool = Field(description="True for vague edges ('mid-May', 'the end of last year').")
    months: int | None = Field(default=None, description="Whole calendar months covered, when the period "
                               "runs from a month's first day to a month's last day ('January to May' -> 5).")
    rule: str = Field(description="Id of the period rule that found it.")


Role = Literal["target", "actual", "forecast", "estimate", "threshold", "requirement", "change", "share", "conversion",
               "other"]
RelationType = Literal["about", "measures", "during", "reported_by", "share_of", "ratio_of", "part_of",
                       "multiple_of", "change_of", "same_as", "derived_from"]


class Derived(_Strict):
    """A figure the text implies but does not state: 'about one-fifth of USD 12–13 billion'."""

    operation: Literal["share"] = Field(description="How it is computed from its inputs.")
    kind: Kind = Field(description="The kind of the figure it implies.")
    unit: str | None = Field(description="Its unit, as for a Quantity.")
    low: Exact = Field(description="Lower end of the implied value, in base units.")
    high: Exact = Field(description="Upper end of the implied value, in base units.")
    comparator: Comparator | None = Field(default=None, description="Carried from the inputs' comparators and hedges.")
    inputs: list[str] = Field(description="Ids of the claims it is computed from.")


class Claim(_Strict):
    """A figure with what it says: about whom, which metric, where, when, in which role, reported by whom."""

    id: str = Field(description="c1, c2, ... in text order.")
    quantity: str | None = Field(description="Id of the quantity; null for a derived claim.")
    subject: str | None = Field(description="Who or what the figure is about, as the text names it.")
    subject_entity: str | None = Field(default=None, description="Id of the subject's entity (e*).")
    metric: str | None = Field(description="Normalised metric name from patterns/claims.json ('gmv', 'revenue').")
    metric_text: str | None = Field(default=None, description="The metric's words as written.")
    scope: str | None = Field(description="Market or segment: 'US', 'Southeast Asia', 'global selling (cross-border)'.")
    period: str | None = Field(description="Id of the period mention the figure is for: in its sentence, or the "
                               "one the text is talking about when its sentence states none.")
    period_shift: int = Field(default=0, description="Months to move that period by: -12 for a base figure "
                              "'in the same quarter last year'.")
    period_whole_year: bool = Field(default=False, description="The period only dates when a target was set "
                                    "('At the beginning of 2024, X aimed to ...'): the figure is for that whole year.")
    period_to_reference: bool = Field(default=False, description="The period opens a span up to the story's date "
                                      "('Since 1983, X has shed 70 businesses'): the figure is for its start to "
                                      "the reference date.")
    period_end: str | None = Field(default=None, description="Id of a period that closes the span the period "
                                   "opens ('this year through Oct. 19'): the figure is for the period's start to "
                                   "this one's end.")
    when: tuple[str | None, str | None] | None = Field(
        default=None, description="The figure's own period as inclusive ISO dates (the period, shifted).")
    role: Role = Field(description="What the figure is: a target, an actual, a forecast, a change, a share, ...")
    source: str | None = Field(description="Who reported it: 'Bloomberg', 'the company'.")
    source_entity: str | None = Field(default=None, description="Id of the source's entity (e*).")
    hedges: list[str] = Field(default_factory=list,
                              description="Hedging words in its sentence: 'assuming', 'reportedly'.")
    sentence: tuple[int, int] = Field(description="Character offsets of its sentence.")
    before: str | None = Field(default=None,
                               description="Id of the quantity it replaced: 'lowered from 5,000 to 1,000'.")
    derived: Derived | None = Field(default=None, description="For a figure the text implies but does not state.")


class Entity(_Strict):
    id: str = Field(description="e1, e2, ...")
    name: str = Field(description="The name as the text first gives it.")
    kind: Literal["org", "source"] = Field(description="org: a subject; source: who reports figures.")
    mentions: list[tuple[int, int]] = Field(default_factory=list, description="Character offsets of each mention.")


class Relation(_Strict):
    """A typed edge of the claim graph between two node ids (claims c*, quantities q*, periods p*,
    entities e*, metrics 'metric:<name>')."""

    type: RelationType = Field(description="What the edge says.")
    head: str = Field(description="Id of the node the edge starts from.")
    tail: str = Field(description="Id of the node the edge points to.")


class Bounds(_Strict):
    """An interval of values; null is unbounded; an open end excludes its bound."""

    low: Exact | None = Field(description="Lower bound; null: unbounded below.")
    high: Exact | None = Field(description="Upper bound; null: unbounded above.")
    low_open: bool = Field(default=False, description="True when the lower bound itself is excluded.")
    high_open: bool = Field(default=False, description="True when the upper bound itself is excluded.")


CheckType = Literal["ratio", "share", "percent_change", "change", "multiple", "sum", "conversion", "same_figure",
                    "period", "target_tension"]


class Check(_Strict):
    """One relation between stated figures, recomputed: consistent when the computed and stated intervals overlap."""

    id: str = Field(description="k1, k2, ...")
    type: CheckType = Field(description="The relation recomputed (one check module each).")
    operands: list[str] = Field(description="Ids of the quantities the expected value is computed from.")
    stated: str | None = Field(description="Id of the quantity being checked, if one is.")
    expected: Bounds | None = Field(description="The computed interval.")
    verdict: Literal["consistent", "inconsistent", "unverifiable"] = Field(
        description="consistent: the computed and stated intervals overlap; inconsistent: they do not; "
        "unverifiable: an operand is missing or unbounded.")
    explanation: str = Field(description="One sentence with the arithmetic.")
    severity: Exact | None = Field(default=None, description="For an inconsistent check: how far apart, relative.")


class Unchecked(_Strict):
    """A relation the text states that no check could evaluate: listed, so a reader knows it was not checked."""

    type: CheckType = Field(description="The relation the text states (a check type).")
    figures: list[str] = Field(description="Ids of the relation's quantities the text gives.")
    reason: str = Field(description="Why no check could evaluate it: an operand the text does not give as a "
                        "figure, a base it leaves ambiguous, a currency pair with no reference rate for the date.")


class Document(_Strict):
    id: str | None = Field(default=None,
                           description="The document's id: a file name, a JSONL id, or what the caller gave.")
    title: str | None = Field(default=None, description="The page title, for a saved web page.")
    text: str | None = Field(default=None, description="For a saved web page: the article text taken from it, "
                             "which every offset refers to.")
    length: int = Field(ge=0, description="Length of the original input in characters.")
    reference_date: str | None = Field(default=None, description="ISO date relative periods are resolved against.")
    reference_date_source: Literal["given", "found", "inferred", "none"] = Field(
        default="none",
        description="given: passed by the caller; found: a publication date in the text; inferred: from the "
        "latest dates the text mentions; none: relative periods stay unresolved.",
    )
    ignored: list[tuple[int, int]] = Field(
        default_factory=list, description="Character ranges of page furniture left out of extraction."
    )
    warnings: list[str] = Field(default_factory=list, description="What the reader of this Report should know: "
                                "a decoding fallback, text that is not English, a very long input read in parts.")


class Report(_Strict):
    schema_version: str = SCHEMA_VERSION
    document: Document
    quantities: list[Quantity] = Field(default_factory=list)
    periods: list[Period] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)
    unchecked: list[Unchecked] = Field(
        default_factory=list, description="Relations the text states (a change, a share, a multiple, a conversion "
        "...) that no check could evaluate, each with the reason; not counted as consistent or inconsistent.")

    def get(self, node_id: str | None) -> Quantity | Period | Claim | Entity | None:
        """The quantity (q*), period (p*), claim (c*) or entity (e*) with this id, as the claim graph names them."""
        if not node_id:
            return None
        lists: dict[str, list[Quantity] | list[Period] | list[Claim] | list[Entity]] = {
            "q": self.quantities, "p": self.periods, "c": self.claims, "e": self.entities}
        return next((item for item in lists.get(node_id[0], []) if item.id == node_id), None)

    def quantity_of(self, claim: Claim) -> Quantity | None:
        """The figure a claim is about (None for a derived claim)."""
        q = self.get(claim.quantity)
        return q if isinstance(q, Quantity) else None

    def period_of(self, claim: Claim) -> Period | None:
        """The period mention a claim is for, if its text names one (claim.when has the shifted dates)."""
        p = self.get(claim.period)
        return p if isinstance(p, Period) else None


class ConflictSide(_Strict):
    document: str | None = Field(description="Id of the document that states it.")
    claim: str = Field(description="Id of the claim in that document's Report.")
    quantity: str = Field(description="Id of the figure in that document's Report.")
    text: str = Field(description="The figure as written.")
    source: str | None = Field(default=None, description="Who reported it there.")


class Conflict(_Strict):
    """Two documents state the same fact (subject, metric, scope, period, role) with values that cannot both be true."""

    id: str = Field(description="x1, x2, ...")
    subject: str | None = Field(description="The fact's subject.")
    metric: str | None = Field(description="The fact's metric.")
    scope: str | None = Field(description="The fact's market or segment.")
    when: tuple[str | None, str | None] | None = Field(description="The fact's period as inclusive ISO dates.")
    role: Role = Field(description="The role both figures have.")
    sides: list[ConflictSide] = Field(description="The figures that disagree, one per document.")
    explanation: str = Field(description="Why they cannot both be true.")
    severity: Exact | None = Field(default=None, description="How far apart, relative.")


class CheckRun(_Strict):
    """`claimgraph check`: each document's Report (with its checks) and the conflicts between documents."""

    schema_version: str = SCHEMA_VERSION
    reports: list[Report]
    conflicts: list[Conflict] = Field(default_factory=list)

    @property
    def inconsistent(self) -> bool:
        return bool(self.conflicts) or any(c.verdict == "inconsistent" for r in self.reports for c in r.checks)


def report_json_schema() -> dict:
    return Report.model_json_schema(mode="serialization")
