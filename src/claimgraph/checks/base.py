"""What every check needs: the Report and its text, intervals for figures, verdicts, and plain numbers."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from typing import Any

from claimgraph.checks.cues import OLD_BEFORE
from claimgraph.checks.index import Sentences, grouped
from claimgraph.checks.intervals import DEFAULT_HEDGES, Interval, stated
from claimgraph.claims.index import REACH, Lines, in_order
from claimgraph.claims.sentences import sentences

SCALES = ((Decimal(10) ** 12, "tn"), (Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "m"), (Decimal(10) ** 3, "k"))


@dataclass
class Finding:
    """One check before it becomes a Report model; its type is the name its check is registered under."""

    operands: list[str]
    stated: str | None
    expected: Interval | None
    verdict: str
    explanation: str
    severity: Decimal | None = None


PLAN_ROLES = frozenset({"target", "forecast", "estimate", "threshold", "requirement"})  # a level not (yet) reached


class Context:
    """What the checks read of one Report and its text. The sentences and the figures of each are built at
    once (every check asks for them); what only some checks ask for (the claim graph's relations by head,
    the periods by start, the figures by start) is built on first use, once per Context."""

    def __init__(self, report: Any, text: str, hedges: dict[str, tuple[str, str]] | None = None) -> None:
        self.report = report
        self.text = text
        self.hedges = dict(DEFAULT_HEDGES) if hedges is None else hedges
        self.qs = list(report.quantities)
        self.by_id = {q.id: q for q in self.qs}
        self.claims = list(report.claims)
        self.claim_by_id = {c.id: c for c in self.claims}
        self.claim_of = {c.quantity: c for c in self.claims if c.quantity}
        self.periods = {p.id: p for p in report.periods}
        self.spans = sentences(text)
        self._sentences = Sentences([a for a, _ in self.spans], self.qs)
        self.memo: dict[str, Any] = {}  # what more than one check reads, found once (proportion.find, timeline)
        self._old: dict[str, bool] = {}  # old_level's answers by figure id

    @cached_property
    def lines(self) -> Lines:
        """The paragraphs: lines.count(a, b) == 0 when a and b share one."""
        return Lines(self.text)

    @cached_property
    def _periods_of(self) -> dict[Any, list[Any]]:
        return grouped(list(self.periods.values()), lambda p: self.sentence_no(p.start))

    @cached_property
    def _relations(self) -> dict[Any, list[Any]]:
        return grouped(list(self.report.relations), lambda r: (r.head, r.type))

    @cached_property
    def _q_starts(self) -> list[int]:
        return [q.start for q in self.qs]

    @cached_property
    def _q_ordered(self) -> bool:
        return in_order(self._q_starts)

    @cached_property
    def _by_start(self) -> list[Any]:
        return sorted(self.periods.values(), key=lambda p: p.start)

    @cached_property
    def _p_starts(self) -> list[int]:
        return [p.start for p in self._by_start]

    @cached_property
    def _p_longest(self) -> int:
        return max((p.end - p.start for p in self._by_start), default=0)

    # -- where figures are
    def sentence_no(self, pos: int) -> int:
        return self._sentences.number(pos)

    def in_sentence(self, q) -> list:
        return list(self._sentences.of(q.start))

    def sentence_figures(self, k: int) -> list:
        """The figures of sentence number k, in order."""
        return list(self._sentences.members.get(k, []))

    def sentence_periods(self, k: int) -> list:
        """The periods of sentence number k, in order."""
        return list(self._periods_of.get(k, []))

    def earlier(self, q, reach: int = REACH) -> list:
        """The figures that start less than `reach` characters before q, in order."""
        if not self._q_ordered:
            return [e for e in self.qs if q.start - reach <= e.start < q.start]
        a, b = bisect_left(self._q_starts, q.start - reach), bisect_left(self._q_starts, q.start)
        return self.qs[a:b]

    def after_a_sentence(self, q, reach: int = REACH) -> bool:
        """Whether a figure of an earlier sentence starts less than `reach` characters before q (whether
        [e for e in earlier(q, reach) if e is in another sentence] has any), found in logarithmic time. q is
        one of the Report's figures."""
        if len(self._sentences.members) < 2:
            return False  # every figure, q too, in one sentence (a one-sentence text): none in another
        k = self.sentence_no(q.start)
        if not self._q_ordered:
            return any(q.start - reach <= e.start < q.start and self.sentence_no(e.start) != k for e in self.qs)
        a = bisect_left(self._q_starts, q.start - reach)
        return a < len(self.qs) and self.qs[a].start < q.start and self.sentence_no(self.qs[a].start) != k

    def periods_starting(self, a: int, b: int) -> list:
        """The periods that start at a or after and before b, by start."""
        return self._by_start[bisect_left(self._p_starts, a):bisect_left(self._p_starts, b)]

    def periods_over(self, q) -> list:
        """The periods that may overlap figure q (every one that does), by start."""
        return self.periods_starting(q.start - self._p_longest, q.end)

    def relations_from(self, head: str, type_: str) -> list:
        """The claim graph's relations of one type from one claim, in order."""
        return list(self._relations.get((head, type_), []))

    def before(self, q, n: int = 40) -> str:
        return self.text[max(0, q.start - n):q.start]

    def after(self, q, n: int = 40) -> str:
        return self.text[q.end:q.end + n]

    def old_level(self, q) -> bool:
        """Whether a comparison's word stands right before q ('from', 'compared with', 'than'): the old level of a
        move, a base. Read once per figure, however many checks ask."""
        found = self._old.get(q.id)
        if found is None:
            found = self._old[q.id] = OLD_BEFORE.search(self.before(q, 45)) is not None
        return found

    def planned(self, q) -> bool:
        """Whether q's claim is what was planned, expected or required (PLAN_ROLES), not what was done."""
        return self.role(q) in PLAN_ROLES

    def role(self, q) -> str | None:
        """The role of q's claim (None for a figure with no claim)."""
        c = self.claim_of.get(q.id)
        return c.role if c is not None else None

    def when_of(self, q) -> tuple[str, str] | None:
        """The first and last day of the period q's claim is dated to, when both are known."""
        c = self.claim_of.get(q.id)
        when = c.when if c is not None else None
        return (when[0], when[1]) if when and when[0] and when[1] else None

    # -- values
    def interval(self, q) -> Interval:
        return stated(q, self.hedges)

    def same_unit(self, a, b) -> bool:
        return (a.kind, a.unit) == (b.kind, b.unit) and a.kind in ("money", "count", "number", "physical", "duration")


def judge(operands: list[str], stated_q: Any, stated_iv: Interval | None, expected: Interval | None,
          describe: Callable[[str], str]) -> Finding:
    """The XBRL rule: consistent when the computed and the stated intervals overlap."""
    stated_id = stated_q.id if stated_q else None
    if expected is None or stated_iv is None:
        return Finding(operands, stated_id, expected, "unverifiable", describe("unverifiable"))
    if expected.overlaps(stated_iv):
        return Finding(operands, stated_id, expected, "consistent", describe("consistent"))
    gap = expected.gap(stated_iv)
    mid = stated_iv.mid() or expected.mid() or Decimal(1)
    severity = (gap / abs(mid)).quantize(Decimal("0.0001")) if mid else None
    return Finding(operands, stated_id, expected, "inconsistent", describe("inconsistent"), severity)


def _number(v: Decimal) -> str:
    if v == 0:
        return "0"
    sign = "-" if v < 0 else ""
    v = abs(v)
    suffix = ""
    for size, name in SCALES:
        if v >= size:
            v, suffix = v / size, name
            break
    text = f"{v:.4g}" if v < 1000 else f"{v:,.0f}"
    if "e" in text:
        text = f"{v:f}"
    return f"{sign}{text}{suffix}"


def _with_unit(number: str, unit: str | None) -> str:
    if not unit:
        return number
    if unit == "%":
        return number + "%"
    if len(unit) == 3 and unit.isupper():  # a currency code
        return f"{unit} {number}"
    return f"{number} {unit}"


def fmt(v: Decimal | None, unit: str | None = None) -> str:
    """A number as a reader writes it: 2000000000 -> '2bn', 0.1142857 -> '0.1143'."""
    return "?" if v is None else _with_unit(_number(v), unit)


def fmt_iv(iv: Interval | None, unit: str | None = None) -> str:
    """An interval in words: 'below USD 2bn', 'at least 5', '10.5–11.5%'."""
    if iv is None:
        return "?"
    if iv.low is None and iv.high is None:
        return "any value"
    if iv.high is None:
        return f"{'above' if iv.low_open else 'at least'} {fmt(iv.low, unit)}"
    if iv.low is None or (iv.low == 0 and iv.high > 0):
        return f"{'below' if iv.high_open else 'at most'} {fmt(iv.high, unit)}"
    if iv.low == iv.high:
        return fmt(iv.low, unit)
    return _with_unit(f"{_number(iv.low)}–{_number(iv.high)}", unit)


def other_subject(ctx: Context, q: Any, x: Any) -> bool:
    """The claims of the lead's move and of a later level name different subjects, both stated in their own
    sentences: the later level is another thing's."""
    cq, cx = ctx.claim_of.get(q.id), ctx.claim_of.get(x.id)
    if cq is None or cx is None or not cx.subject or cq.subject == cx.subject:
        return False
    a, b = ctx.spans[ctx.sentence_no(x.start)]
    if cx.subject not in ctx.text[a:b]:
        return False  # a subject carried over, not named there
    if cq.subject:
        return cq.subject not in ctx.text[a:b]
    # the lead names no subject: one the lead and the story's first sentence do not name either is another thing
    lead, first = ctx.spans[ctx.sentence_no(q.start)], ctx.spans[0]
    return cx.subject not in ctx.text[slice(*lead)] and cx.subject not in ctx.text[slice(*first)]
