"""percent_change and change: a stated move between two stated values. 'rose 26% to 268.4 billion from
213.5 billion' -> (268.4 - 213.5) / 213.5 = 25.7%; 'up $2.7bn to $12bn from $9.3bn'; 'up 3 percentage
points from 19% to 22%'."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from claimgraph.checks.base import Context, Finding, fmt_iv, judge
from claimgraph.checks.cues import (
    AMOUNT_GLUE,
    ANNUAL_RATE_BEFORE,
    BY_BEFORE,
    DIFFERENCE_BEFORE,
    FRACTION_MOVE_TOLERANCE,
    GAP_BEFORE,
    IMPROVEMENT,
    MILESTONE_BEFORE,
    MOVE_AFTER,
    MOVE_BEFORE,
    MOVE_CLAUSE_BREAK,
    NEW_BEFORE,
    OLD_BEFORE,
    OWN_MOVE_CLAUSE,
    PER_UNIT_AFTER,
    PLAN_GAP_AFTER,
    PLAN_GAP_BEFORE,
    RANGE_TO,
    UNIT_GROUP,
)
from claimgraph.checks.intervals import NUMBER, Interval, in_words
from claimgraph.checks.lead import later_levels, other_measure
from claimgraph.checks.proportion import comparable, compatible, dated_apart, price_and_total, whole_of_a_part
from claimgraph.checks.registry import register
from claimgraph.checks.unchecked import not_checked
from claimgraph.resolve.numbers import within_tenfold
from claimgraph.resources.vocab import vocab


@dataclass(frozen=True)
class End:
    """One end of a 'from X to Y' that the extractor read as a range: a figure of its own for the checker."""

    id: str
    text: str
    kind: str
    unit: str | None
    low: Decimal
    high: Decimal
    start: int
    end: int
    comparator: str | None = None
    hedge: str | None = None
    per: str | None = None
    change: str | None = None
    rule: str = ""
    unit_text: str | None = None


_JOINER_AT_END = re.compile(r"\s*(?:to|and|through|[-–—])?\s*$")


def _range_ends(ctx: Context, x):
    """'from 33% to 42%', 'fell from $2,415 to $2,315': (old, new) in the order written, else None."""
    if x.low == x.high or not OLD_BEFORE.search(ctx.before(x, 12)):
        return None
    written = NUMBER.findall(x.text)
    if len(written) != 2:
        return None
    first = Decimal(written[0].replace(",", ""))
    # the scale word's power of ten ('from $18 million to $12 million': a million), whichever end comes first
    scale = Decimal(10) ** round((Decimal(x.low) / first).log10()) if first and x.low else Decimal(1)
    low_first = abs(first * scale - Decimal(x.low)) <= abs(first * scale - Decimal(x.high))
    a, b = (x.low, x.high) if low_first else (x.high, x.low)
    cut = x.text.find(written[1], x.text.find(written[0]) + len(written[0]))
    while cut > 0 and not x.text[cut - 1].isspace() and not x.text[cut - 1].isalnum():
        cut -= 1  # the second end's own sign: '$12 million' of 'from $18 million to $12 million'
    old_text = _JOINER_AT_END.sub("", x.text[:cut])
    old = End(x.id, old_text, x.kind, x.unit, Decimal(a), Decimal(a), x.start, x.start + len(old_text))
    new = End(x.id, x.text[cut:].strip(), x.kind, x.unit, Decimal(b), Decimal(b), x.start + cut, x.end)
    return old, new


# a sentence that opens by pointing back to the level the sentence before states ('That was up 7.4% from ...')
_BACK = r"\s*(?:That|This|It|The\s+(?:total|figure|amount|sum|tally|fine|penalty|award|settlement|payout|bill))"
_POINTING = _BACK + r"(?:\s+(?:was|is|represents|represented|marked|marks)|['’]s)\s+"
# ('That compares with £3.9 million raised in 2024, an increase of 44%': the old level in its sentence, the new one
# the sentence before's)
_THAT_WAS = re.compile(_POINTING + r"(?:a\s+|an\s+)?"
                       r"(?:(?:up|down|rise|increase|decrease|decline|drop|fall|gain|jump)\b|\d)"
                       r"|" + _BACK + r"\s+compare[sd]?\s+(?:with|to)\s")
# a relative clause of its own before the move: 'That compares with £4.9 million at the Tessan Trust, whose income
# rose 12% from £4.375 million' (the 12% is the trust's, its levels its own)
_OWN_CLAUSE_BEFORE = re.compile(r",\s+(?:whose|which|who|where|when|while)\b")
_THAT_IS_BEFORE = re.compile(_POINTING + r"(?:[\w-]+\s+){0,3}$")


def points_back(ctx: Context, q: Any) -> bool:
    """Whether q's sentence opens by pointing back to the one before, q a few words on ('That was nearly triple
    the 420,000 ...', 'This is more than double ...')."""
    return _THAT_IS_BEFORE.match(ctx.text[ctx.spans[ctx.sentence_no(q.start)][0]:q.start]) is not None


# a participle that takes the thing moved to its new level: 'reducing its workforce to', 'bringing the total to'
REDUCING_TO = re.compile(r"\b(?:reducing|cutting|taking|bringing|lifting|raising|lowering|leaving|boosting|"
                         r"increasing|trimming|shrinking)\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:about\s+|around\s+)?$",
                         re.IGNORECASE)


OWN_LEVEL_REACH = 12  # 'rose 11% to ', 'up 5% at about ': the new level a move names right after it


def endpoints(ctx: Context, q, unit_of=None):
    """(old, new) figures around a move q in its sentence: 'to Y' / 'at Y' / 'reached Y' is new, 'from X' /
    'compared with X' is old, of one kind and unit (unit_of picks which); 'from X to Y' read as one range
    gives both; with only an old one, the new one is the nearest figure before the move."""
    olds, news, others = [], [], []
    sentence = ctx.in_sentence(q)
    # another stated move between q and a level claims that level ('sales in Asia rose 15% to $300 million,
    # while sales in Europe fell 2% to $500 million from $510 million': the $510 million is the 2%'s)
    moves = _other_moves(ctx, q, sentence)
    for x in sentence:
        if x is q or (unit_of is not None and not unit_of(x)) or price_and_total(x, q) or other_measure(ctx, q, x) \
                or _apart(ctx, q, x, moves) or x.change is not None:
            continue  # a figure of another clause (', while ...') is no level of this move; nor is a move ('fell
            # 3.3%, compared with a 0.4% gain')
        ends = _range_ends(ctx, x)
        if ends:
            return ends
        if ctx.old_level(x) or _FROM_RECORD.fullmatch(ctx.text, q.end, max(q.end, x.start)):
            olds.append(x)  # ('down 0.4 percentage point from a record 22.3%': right after the move, its base)
        elif NEW_BEFORE.search(ctx.before(x, 30)) and not (
                x.start > q.end and any(q.end <= o.start < x.start for o in olds)
                and REDUCING_TO.search(ctx.before(x, 40))):
            news.append(x)
        else:  # (nor is what a participle after the move's base takes somewhere: 'X, up 10% from Y, taking
            # purchases for the year to Z' is a running total; X is the new level)
            others.append(x)
    own = _right_after(ctx, q, news)
    if own is not None:  # 'rose 11% to 398 million euros, lifting the margin to 18.6% from 17.9%': its own level
        # an old level right after another new level is that one's ('tumbled 11% to $84.20 after it cut its
        # forecast to $2.1 billion from $2.6 billion')
        olds = [o for o in olds if not any(n is not own and own.end <= n.start and n.end <= o.start for n in news)]
        news = [own]
    if olds and not news:  # 'X, or $3.18 a share, up 6.2% from Y': the nearest figure before of Y's kind and per
        # but not the whole of a part ('318,400 of the 605,300 residents voted, up 21% on the 263,200')
        news = [x for x in others if x.end <= q.start and any(comparable(x, o) for o in olds)
                and not whole_of_a_part(ctx, x, sentence)]
        # not a figure behind a preposition where the clause states its own ('drew 14,500 delegates from 62
        # countries, up from 11,200', 'sold 41,000 tickets in 12 cities, up 17% on last year's 35,000')
        news = ([x for x in news if not _PLACED_BEFORE.search(ctx.before(x, 12))
                 or any(within_tenfold(x.low, o.low) for o in olds)]
                or news)[-1:]  # (unless of the old level's size: 'across 62 venues this year, up 29% from 48')
        # an old level stated right after a level of its own is that one's ('promoted 14,900 events, up from
        # 13,200, and sold 52 million tickets, 9% more than a year earlier': the 9% has no stated base)
        olds = [o for o in olds if _paired_level(ctx, o, sentence) in (None, *news)]
    opening = ctx.spans[ctx.sentence_no(q.start)][0]
    if not news and _THAT_WAS.match(ctx.text, opening) \
            and not _OWN_CLAUSE_BEFORE.search(ctx.text, opening, q.start):
        # a sentence that opens by pointing back to the one before: 'X handled 5.8 million passengers in July. That
        # was up 7.4% from 5.4 million' takes its new level from there, 'That is a rise of 8%' both levels
        if olds:
            previous = ctx.sentence_figures(ctx.sentence_no(q.start) - 1) if ctx.sentence_no(q.start) else []
            news = [x for x in previous if not x.change and any(comparable(x, o) for o in olds)
                    and not MILESTONE_BEFORE.search(ctx.before(x, 30))][-1:]  # (not 'the first time it passed $30m')
        else:
            olds, news = _levels_before(ctx, q, unit_of)
    if not olds and not news:
        olds, news = _dated_pair(ctx, q, others)
    if news and not olds and _PRONOUN_OPENING.match(ctx.text, ctx.spans[ctx.sentence_no(q.start)][0]):
        olds = _level_before(ctx, q, news[0])
    if news and not olds and REDUCING_TO.search(ctx.before(news[0], 40)):
        # 'which has 15,000 employees, will cut 1,200 jobs, reducing its workforce to 13,800': the level the
        # clause before the move states is the old one
        olds = [x for x in others if x.end <= q.start and x.comparator is None and comparable(x, news[0])][-1:]
    # a forecast or target compared with a level is no old level of its move ('rose 10% to $5.5 billion, compared
    # with a forecast of $5.3 billion'), unless the new level is one too ('cut its forecast to $1bn from $1.2bn')
    pairs = [(o, n) for o in olds for n in news if comparable(o, n)
             and not (ctx.planned(o) and not ctx.planned(n))]
    # of counts, an old level of the new one's noun first ('drew 14,500 delegates from 62 countries, up from 11,200')
    pairs = [(o, n) for o, n in pairs if o.kind != "count" or n.kind != "count" or o.unit == n.unit] or pairs
    if not pairs:
        return None, None
    old, new = min(pairs, key=lambda p: abs(p[0].start - q.start) + abs(p[1].start - q.start))
    return _in_time_order(ctx, old, new)


_FROM_RECORD = re.compile(r"\s+from\s+(?:a|the|its)\s+record(?:-high|-low)?\s+")
_PLACED_BEFORE = re.compile(r"\b(?:from|in|across|over|among|at)\s+(?:(?:its|their|the)\s+)?$")


def _paired_level(ctx: Context, o: Any, sentence: list[Any]) -> Any:
    """The level an old level o is stated against, when the figure right before o in its clause is one of its
    kind ('14,900 events in the quarter, up from 13,200'); None when a move or nothing stands there."""
    before = [x for x in sentence if x.end <= o.start]
    if not before:
        return None
    x = before[-1]
    if x.change is not None or not comparable(x, o) or MOVE_CLAUSE_BREAK.search(ctx.text, x.end, o.start) \
            or (x.kind == o.kind == "count" and x.unit != o.unit):
        return None  # (nor a count of another noun: '14,500 delegates from 62 countries, up from 11,200')
    return x if o.start - x.end <= 60 else None


def _in_time_order(ctx: Context, old: Any, new: Any) -> tuple[Any, Any]:
    """The pair with the earlier dated first: 'cost £3,100 in 2020, against £4,000 this year, a rise of 29%' sets
    the later level after 'against'."""
    wo, wn = ctx.when_of(old), ctx.when_of(new)
    if wo is not None and wn is not None and str(wo[0]) > str(wn[1]):
        return new, old
    return old, new


def _level_before(ctx: Context, q: Any, new: Any) -> list[Any]:
    """'Revenue was $410 million in 2022. It reached $640 million last year, a rise of 56%': a sentence whose
    subject is a pronoun for what the one before measured takes its old level from there, when that sentence states
    one level of the new one's kind and no move."""
    if _OWN_BASE_AFTER.match(ctx.after(q, 40)):
        return []  # 'up 3% on April last year', 'up 11% from 2023': the move names its own base
    k = ctx.sentence_no(q.start)
    previous = ctx.sentence_figures(k - 1) if k else []
    if any(x.change for x in previous):
        return []
    levels = [x for x in previous if comparable(x, new) and not ctx.planned(x) and not other_measure(ctx, q, x)
              and not (x.kind == new.kind == "count" and x.unit != new.unit)]  # (a count of the same noun)
    if len(levels) != 1 or _spans_differ(ctx, levels[0], new):
        return []  # (nor a quarter's level against a year's: 'first-quarter revenue was ... It reached ... for the
        # year')
    return levels


_OWN_BASE_AFTER = re.compile(r"\s*(?:\(|,)?\s*(?:on|from|over|against|compared\s+(?:with|to)|versus|than)\s+"
                             r"(?!\$|£|€|¥|\d)", re.IGNORECASE)


def _spans_differ(ctx: Context, a: Any, b: Any) -> bool:
    """Whether two figures' claims are dated to spans of different lengths (a quarter and a year)."""
    wa, wb = ctx.when_of(a), ctx.when_of(b)
    if wa is None or wb is None:
        return False
    length = [(date.fromisoformat(str(w[1])) - date.fromisoformat(str(w[0]))).days for w in (wa, wb)]
    return abs(length[0] - length[1]) > 31


# a sentence whose subject points back to what the sentence before measured ('It reached', 'The figure rose')
_PRONOUN_OPENING = re.compile(r"\s*(?:It|They|The\s+(?:figure|total|amount|level|tally)(?!\s+of\b))\s+")


def _dated_pair(ctx: Context, q: Any, others: list[Any]) -> tuple[list[Any], list[Any]]:
    """'The county had 900 bakeries in 1990 and 300 today, a fall of 67%': two levels before the move with no
    'from' or 'to', set apart by the periods their claims are dated to: the earlier is the old one (a move in
    percent only, both levels stated exactly)."""
    before = [x for x in others if x.end <= q.start and x.comparator is None]
    if q.kind != "percent" or len(before) != 2 or not comparable(*before) \
            or whole_of_a_part(ctx, before[1], before[:1]):
        return [], []  # 'would drop three of its 14 rigs by year-end, a cut of 21%': a part and its whole
    whens = [ctx.when_of(x) for x in before]
    if whens[0] is None or whens[1] is None or whens[0][1] == whens[1][1]:
        return [], []
    a, b = (before[0], before[1]) if str(whens[0][1]) < str(whens[1][1]) else (before[1], before[0])
    return [a], [b]


def _levels_before(ctx: Context, q: Any, unit_of: Any) -> tuple[list[Any], list[Any]]:
    """'Tessaly carried 5.2 million passengers, compared with 4.8 million a year earlier. That is a rise of 8%':
    both levels in the sentence before, the one a move points back to; none when that sentence has a move of
    its own (its levels are that move's)."""
    k = ctx.sentence_no(q.start)
    previous = ctx.sentence_figures(k - 1) if k else []
    if any(x.change for x in previous):
        return [], []
    previous = [x for x in previous if (unit_of is None or unit_of(x)) and not price_and_total(x, q)
                and not other_measure(ctx, q, x)]
    olds = [x for x in previous if ctx.old_level(x)]
    news = [x for x in previous if x not in olds and any(comparable(x, o) for o in olds)][-1:]
    return olds, news


def _other_moves(ctx: Context, q: Any, sentence: list[Any]) -> list[int]:
    """Where the sentence's other stated moves in percent start: each claims the levels beyond it."""
    return [y.start for y in sentence if y is not q and y.kind == "percent" and y.unit != "pp" and move(ctx, y)]


def _apart(ctx: Context, q: Any, x: Any, moves: list[int]) -> bool:
    """Another stated move or a clause break (', while', ', as ...') stands between the move q and the figure x:
    x is no level of q ('sales in Asia rose 15% to $300 million, while sales in Europe fell 2% to $500 million')."""
    if any(min(q.start, x.start) < m < max(q.start, x.start) for m in moves) \
            or MOVE_CLAUSE_BREAK.search(ctx.text, min(q.end, x.end), max(q.start, x.start)) is not None:
        return True
    # a level before a move with a clause of its own between ('where card balances climbed to $3.1 billion from $2.8
    # billion, the delinquency rate rose 2.5%'), unless fronted as the move's base ('Compared with $4.1 million a
    # year earlier, net profit rose 21%')
    return x.end <= q.start and OWN_MOVE_CLAUSE.search(ctx.text, x.end, q.start) is not None \
        and not _FRONTED_BASE.match(ctx.text, ctx.spans[ctx.sentence_no(x.start)][0])


_FRONTED_BASE = re.compile(r"\s*(?:Compared\s+(?:with|to)|From|Against|Versus|Up\s+from|Down\s+from)\b")


def _signed(iv: Interval, down: bool) -> Interval:
    if not down:
        return iv
    low = None if iv.high is None else -iv.high
    high = None if iv.low is None else -iv.low
    return Interval(low, high, iv.high_open, iv.low_open)


def move(ctx: Context, q: Any) -> str | None:
    """The direction of a stated move: the figure's own ('rose 8%'), else the words around it say it ('an
    increase of 5.3%', 'a drop of roughly 24%', 'rose a weaker-than-expected 3.7%', 'a 47% decline')."""
    if q.change:
        return str(q.change)
    before, after = ctx.before(q, 60), ctx.after(q, 20)
    for direction in ("up", "down"):
        if MOVE_BEFORE[direction].search(before) or MOVE_AFTER[direction].match(after):
            return direction
    return None


RELATIVE = ("money", "count", "number", "physical", "duration")  # ("fell 50% to 9 weeks from 18 weeks")
RESTATED_BASIS = tuple(vocab()["restated_basis"])


def _years_between(ctx: Context, old: Any, new: Any) -> int | None:
    """Whole years between the two levels' periods (their last days' years), when both are dated."""
    co, cn = ctx.claim_of.get(old.id), ctx.claim_of.get(new.id)
    if not (co and cn and co.when and cn.when and co.when[1] and cn.when[1]):
        return None
    years = int(cn.when[1][:4]) - int(co.when[1][:4])
    return years if years > 0 else None


def _compound_rate(ctx: Context, q: Any) -> list[Finding]:
    """'to SAR 10 billion by 2030 from SAR 6 billion last year, implying compound annual growth of about 9%': the
    yearly rate that compounds the old level into the new one over the years between their periods,
    (new / old) ** (1 / years) - 1; none when the years are not given."""
    old, new = endpoints(ctx, q, lambda x: x.kind in RELATIVE)
    years = _years_between(ctx, old, new) if old is not None and new is not None else None
    if years is None:
        return []
    ratio = ctx.interval(new).over(ctx.interval(old))
    if ratio is None or ratio.low is None or ratio.high is None or ratio.low <= 0:
        return []
    root = Decimal(1) / Decimal(years)
    expected = Interval((ratio.low ** root - 1) * 100, (ratio.high ** root - 1) * 100, ratio.low_open, ratio.high_open)
    down = ratio.high < 1
    stated_iv = _signed(_as_percent(ctx, q), down)

    def describe(verdict: str) -> str:
        return (f"from {old.text} to {new.text} over {years} years compounds at {fmt_iv(expected, '%')} a year; "
                f"stated {q.text} means {fmt_iv(stated_iv, '%')} → {verdict}")

    return [judge([old.id, new.id], q, stated_iv, expected, describe)]


@register("percent_change")
def percent_change(ctx: Context) -> list[Finding]:
    out = []
    for q in ctx.qs:
        if q.kind == "percent" and q.unit == "%" and ANNUAL_RATE_BEFORE.search(ctx.before(q, 60)):
            out.extend(_compound_rate(ctx, q))  # a yearly rate over several years: never the whole move
            continue
        # a moved fraction is a relative change too: 'lost two-thirds of its value, falling to $10 from $30'
        direction = move(ctx, q) if (q.kind == "percent" and q.unit != "pp") or q.kind == "fraction" else None
        if direction is None or ctx.after(q, 40).lstrip().lower().startswith(RESTATED_BASIS):
            continue  # 'or 1% at constant exchange rates': the move measured another way than its levels
        old, new = endpoints(ctx, q, lambda x: x.kind in RELATIVE or (x.kind == "percent" and x.unit == "%"))
        found = None if old is not None else _amount_and_level(ctx, q, direction)
        if old is None and found is None:
            old, new = later_levels(ctx, q, lambda x: x.kind == "multiple" or (x.kind == "percent"
                                                                                 and move(ctx, x) is not None))
            own = _own_level(ctx, q)
            if own is not None and new is not None and new.text != own.text:
                old, new = None, None  # 'fell 11% to EUR 702 million. Net profit was EUR 455 million, against EUR
                # 531 million': another measure's levels, the lead gave its own
        if old is not None:
            if direction == "up" and _loss_bettered(ctx, q, old, new):
                direction = "down"  # 'narrowed to $18 million from $45 million, a 60% improvement'
            old = _listed_base(ctx, q, old, new, direction)
            rel = (ctx.interval(new) - ctx.interval(old)).over(ctx.interval(old))
            shown = f"from {old.text} to {new.text}"
            operands = [old.id, new.id]
        elif found is not None:
            amount, level, rel = found
            shown = f"{amount.text} {'down' if (amount.change or direction) == 'down' else 'up'} to {level.text}"
            operands = [amount.id, level.id]
        else:
            out.extend(_one_level(ctx, q, direction))
            continue
        if rel is None:
            continue
        expected = rel.scale(Decimal(100))
        stated_iv = _signed(_as_percent(ctx, q), direction == "down")

        def describe(verdict: str, q=q, shown=shown, expected=expected, stated_iv=stated_iv, d=direction) -> str:
            return (f"{shown} is a change of {fmt_iv(expected, '%')}; stated {q.text} "
                    f"({d}) means {fmt_iv(stated_iv, '%')} → {verdict}")

        out.append(judge(operands, q, stated_iv, expected, describe))
    return out + _plan_gaps(ctx)


def _listed_base(ctx: Context, q: Any, old: Any, new: Any, direction: str) -> Any:
    """Of old levels listed one after another ('fell to 27,340 in 2024, from 28,900 in 2023 and 31,200 in 2022, a
    fall of 12% over two years'), the one the stated move is from: the first that gives it, else the first."""
    listed, last = [old], old
    for x in ctx.in_sentence(q):
        if last.end <= x.start < q.start and x.change is None and comparable(x, old) \
                and _LISTED_AFTER.fullmatch(ctx.text, last.end, x.start):
            listed.append(x)
            last = x
    if len(listed) == 1 or not _OVER_SPAN_AFTER.match(ctx.text, q.end):
        return old  # (a later base only for a move over a span: 'a fall of 12% over two years'; 'in a single year'
        # is the first's)
    stated_iv = _signed(_as_percent(ctx, q), direction == "down")
    for o in listed:
        rel = (ctx.interval(new) - ctx.interval(o)).over(ctx.interval(o))
        if rel is not None and rel.scale(Decimal(100)).overlaps(stated_iv):
            return o
    return old


_OVER_SPAN_AFTER = re.compile(r"\s+(?:over|in|across|during)\s+(?:the\s+(?:past|last)\s+)?(?:two|three|four|five|six|"
                              r"seven|eight|nine|ten|\d+)\s+years\b|\s+since\b")
# between two listed old levels: their periods, then a comma or 'and' (' in 2023 and ', ', ')
_LISTED_AFTER = re.compile(r"(?:\s+(?:in|for|at)\s+[^,;.()]{1,30}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _plan_gaps(ctx: Context) -> list[Finding]:
    """'The budget was €180 million, but the final cost came to €236 million, 31% over budget', 'had forecast
    310,000 visitors but counted 268,000, a shortfall of 14%': the outcome against its plan, in percent of the
    plan; the plan is the level a plan's role, a budget or a plan's word names, the outcome the other level of its
    kind in the sentence."""
    out = []
    for q in ctx.qs:
        if q.kind != "percent" or q.unit != "%" or q.change:
            continue
        after, before = PLAN_GAP_AFTER.match(ctx.after(q, 40)), PLAN_GAP_BEFORE.search(ctx.before(q, 40))
        if after is None and before is None:
            continue
        way = "up" if (after is not None and after.group(1) in ("over", "above")) \
            or (before is not None and before.group(2)) else "down"
        levels = [x for x in ctx.in_sentence(q)  # its own sentence's: a gap of another line or head count is none
                  if x.end <= q.start and x.kind in RELATIVE and not x.change and x.per is None]
        plans = [x for x in levels if ctx.planned(x) or _PLAN_WORD.search(ctx.before(x, 30))]
        outcomes = [x for x in levels if x not in plans and plans and comparable(x, plans[-1])]
        if len(plans) != 1 or not outcomes:
            continue
        plan, outcome = plans[0], outcomes[-1]
        rel = (ctx.interval(outcome) - ctx.interval(plan)).over(ctx.interval(plan))
        if rel is None:
            continue
        expected = rel.scale(Decimal(100))
        stated_iv = _signed(ctx.interval(q), way == "down")

        def describe(verdict: str, q=q, plan=plan, outcome=outcome, expected=expected, stated_iv=stated_iv,
                     way=way) -> str:
            return (f"{outcome.text} against the planned {plan.text} is a gap of {fmt_iv(expected, '%')}; stated "
                    f"{q.text} ({way}) means {fmt_iv(stated_iv, '%')} → {verdict}")

        out.append(judge([plan.id, outcome.id], q, stated_iv, expected, describe))
    return out


_PLAN_WORD = re.compile(r"\b(?:budget(?:ed)?|target(?:ed)?|forecast|goal|planned|estimated?|expected|projected)\b"
                        r"(?:\s+(?:was|of|at|for|had\s+been|is))?\s+(?:(?:about|around|some)\s+)?$", re.IGNORECASE)


LOSSES = frozenset({"net_loss", "deficit"})


def _loss_bettered(ctx: Context, q: Any, old: Any, new: Any) -> bool:
    """A loss or deficit whose fall is stated as an improvement: the words beside the percentage say so."""
    if not IMPROVEMENT.search(ctx.before(q, 30) + " " + q.text + ctx.after(q, 20)):
        return False
    metrics = {c.metric for c in (ctx.claim_of.get(old.id), ctx.claim_of.get(new.id)) if c is not None}
    return bool(metrics) and metrics <= LOSSES


def _own_level(ctx: Context, q: Any) -> Any:
    """The level a move states right after it ('fell 11% to EUR 702 million'), else None."""
    return _right_after(ctx, q, [x for x in ctx.in_sentence(q) if x.change is None
                                 and NEW_BEFORE.search(ctx.before(x, 30))])


def _right_after(ctx: Context, q: Any, news: list[Any]) -> Any:
    """The first of news (new levels, 'to X') that stands right after the move q, else None."""
    return next((x for x in news if x.start >= q.end and len(ctx.text[q.end:x.start]) <= OWN_LEVEL_REACH), None)


def _as_percent(ctx: Context, q: Any) -> Interval:
    """A stated move in percent: a percentage as written; a fraction times 100, loose when in words ('lost
    two-thirds' is said of a 65% fall too, as 'tripled' is of 2.9x)."""
    if q.kind != "fraction":
        return ctx.interval(q)
    return in_words(q, FRACTION_MOVE_TOLERANCE, Decimal(100)) or ctx.interval(q).scale(Decimal(100))


def _one_level(ctx: Context, q: Any, direction: str) -> list[Finding]:
    """'net income fell 31% to $96.4 million' and no level it fell from in the text: a stated relation with
    one operand, listed as not checked."""
    levels = [x for x in ctx.in_sentence(q) if x.start >= q.end and x.kind in RELATIVE and not x.change
              and x.per is None and (NEW_BEFORE.search(ctx.before(x, 12)) or OLD_BEFORE.search(ctx.before(x, 12)))]
    if len(levels) != 1:
        return []
    level = levels[0]
    new = NEW_BEFORE.search(ctx.before(level, 12)) is not None
    missing = "the level it moved from" if new else "the level it moved to"
    return [not_checked(q, [level.id], f"{q.text} ({direction}) {'to' if new else 'from'} {level.text}: {missing} "
                        "is not given as a figure")]


def _amount_and_level(ctx: Context, q: Any, direction: str):
    """'closed at $9.50, down $2.50, a 21% decline', 'slid 6.12, or 1.4%, to 431.05', 'fell 1.4%, or
    6.43, to 437.68': the move's amount joined to the percentage, and the new level ('to', 'at'): the old
    level is the new one plus (or minus) the amount. (amount, level, relative change) or None."""
    sentence = ctx.in_sentence(q)
    # neither a comparison's base ('from $480 million, a 25% increase') nor a level ('put the total at 7,500, about
    # 27% less than ...') is the amount a move is by
    amounts = [x for x in sentence if x.kind in RELATIVE and x is not q and not ctx.old_level(x)
               and not NEW_BEFORE.search(ctx.before(x, 30))
               and (AMOUNT_GLUE.fullmatch(ctx.text[x.end:q.start]) if x.end <= q.start
                    else AMOUNT_GLUE.fullmatch(ctx.text[q.end:x.start]) if x.start >= q.end else None)]
    if len(amounts) != 1:
        return None
    amount = amounts[0]
    # the amount's own direction moves the level ('up $1.875, a 26% decline' is a rise, stated as a fall)
    moved = amount.change or direction
    # the level of this move: not one past another stated move or a clause break ('fell 48.6 points, or 0.9%, to
    # 5,352.1, and the Halvex dropped 1.6% to 16,820.4'; '..., while U.S. crude lost 98 cents to $66.89'); a price
    # 'a barrel' is the level of a move in dollars that leaves the barrel out ('down $1.14, or 1.6%, at $70.22 a
    # barrel')
    moves = _other_moves(ctx, q, sentence)
    levels = [x for x in sentence if x is not amount and x is not q and not x.change
              and (comparable(x, amount) or amount.per is None and x.per is not None and compatible(x, amount)
                   and not price_and_total(x, amount))
              and NEW_BEFORE.search(ctx.before(x, 30)) and not _apart(ctx, q, x, moves)]
    if len(levels) != 1:
        return None
    level = levels[0]
    new, step = ctx.interval(level), ctx.interval(amount)
    old = new + step if moved == "down" else new - step
    rel = step.over(old)
    if rel is not None and moved == "down":
        rel = _signed(rel, True)
    return amount, level, rel


def _by_to(ctx: Context, q):
    """'fell by 1,150 to 6,850' read as one range: (the amount, the new level)."""
    if q.low == q.high or not BY_BEFORE.search(ctx.before(q, 6)) or not RANGE_TO.search(q.text):
        return None
    written = NUMBER.findall(q.text)
    if len(written) != 2:
        return None
    cut = q.text.find(written[1])
    amount = End(q.id, q.text[:cut].strip(), q.kind, q.unit, Decimal(q.low), Decimal(q.low), q.start, q.start + cut,
                 change=q.change)
    level = End(q.id, q.text[cut:].strip(), q.kind, q.unit, Decimal(q.high), Decimal(q.high), q.start + cut, q.end)
    return amount, level


@register("change")
def change(ctx: Context) -> list[Finding]:
    out = []
    for q0 in ctx.qs:
        # 'widened to 24.6% from 19.8%, an improvement of 4.8 percentage points': a move in points whose way the
        # levels tell (an improvement of a jobless rate is a fall)
        improved = not q0.change and q0.kind == "percent" and q0.unit == "pp" \
            and IMPROVEMENT.search(ctx.before(q0, 30)) is not None
        if not (q0.change or improved) or q0.kind not in ("money", "count", "number", "physical", "percent"):
            continue
        split = _by_to(ctx, q0)
        q = split[0] if split else q0
        if q.kind == "percent" and q.unit != "pp":
            continue  # a relative change: percent_change
        if PER_UNIT_AFTER.match(ctx.after(q, 60)) and not any(x.start >= q.end and x.kind == q.kind and not x.change
                                                              for x in ctx.in_sentence(q0)):
            continue  # 'rise to $48 million a year from $29 million, adding about $22 a year to the average
            # household bill': a change per household, not of the totals
        points = q.kind == "count" and q.unit == "point" and any(
            x.kind == "percent" and x.unit == "%" for x in ctx.in_sentence(q0))
        same = _same_measure(q, points)
        if split:
            new = split[1]
            old = next((x for x in ctx.in_sentence(q0)
                        if x is not q0 and same(x) and ctx.old_level(x)), None)
        else:
            old, new = endpoints(ctx, q, same)
        if old is None:
            continue
        expected = ctx.interval(new) - ctx.interval(old)
        way = q.change or ("down" if improved and expected.high is not None and expected.high < 0 else "up")
        stated_iv = _signed(ctx.interval(q), way == "down")
        unit = "pp" if q.kind == "percent" or points else q.unit

        def describe(verdict: str, q=q, old=old, new=new, expected=expected, stated_iv=stated_iv, unit=unit,
                     way=way) -> str:
            return (f"{new.text} - {old.text} = {fmt_iv(expected, unit)}; stated {q.text} ({way}) means "
                    f"{fmt_iv(stated_iv, unit)} → {verdict}")

        out.append(judge([old.id, new.id], q, stated_iv, expected, describe))
    return out + _additional(ctx) + _gaps(ctx)


def _gaps(ctx: Context) -> list[Finding]:
    """'the agency needs $340 million and has received $85 million, leaving a gap of $255 million': a gap or
    shortfall stated after the two levels of its sentence (exactly two of its kind and unit, no move) is their
    difference."""
    out = []
    for q in ctx.qs:
        points = q.kind == "percent" and q.unit == "pp"  # 'won 54.7% and ... 45.3%, a lead of 9.4 points'
        if q.change or q.kind not in ("money", "count", "number", "physical") and not points \
                or not GAP_BEFORE.search(ctx.before(q, 40)):
            continue
        # a gap written without the levels' rate is of that rate ('£1,820 a year, compared with £1,590 ..., a gap
        # of £230')
        levels = [x for x in ctx.in_sentence(q) if x.end <= q.start and not x.change and x.per == (q.per or x.per)
                  and (x.kind == "percent" and x.unit == "%" if points
                       else compatible(x, q) and not price_and_total(x, q))]
        if len(levels) != 2 or levels[0].per != levels[1].per:
            continue
        if SAVED_BEFORE.search(ctx.before(q, 40)) and not any(ctx.old_level(x) for x in levels):
            continue  # 'spent $12 million on checkouts and $3 million on training, saving $5 million': no move's ends
        if any(dated_apart(ctx, q, x) for x in levels) or GAP_OF_ANOTHER_TIME.search(ctx.before(q, 40)):
            continue  # 'revenue of $50 billion and spending of $62 billion this year, after a budget deficit of $9
            # billion last year': another year's gap
        a, b = sorted(levels, key=lambda x: ctx.interval(x).low or Decimal(0), reverse=True)
        expected = ctx.interval(a) - ctx.interval(b)
        stated_iv = ctx.interval(q)

        def describe(verdict: str, q=q, a=a, b=b, expected=expected, stated_iv=stated_iv) -> str:
            return (f"{a.text} - {b.text} = {fmt_iv(expected, q.unit)}; stated difference {q.text} means "
                    f"{fmt_iv(stated_iv, q.unit)} → {verdict}")

        out.append(judge([a.id, b.id], q, stated_iv, expected, describe))
    return out


# a gap a cut saves ('cut its wage bill to £80 million from £95 million, saving £15 million'): only between a move's
# two ends; a gap of another time ('after a deficit of', 'compared with a deficit of')
SAVED_BEFORE = re.compile(r",\s+(?:saving|freeing\s+up)\b[^,.;]*$", re.IGNORECASE)
GAP_OF_ANOTHER_TIME = re.compile(r"\b(?:after|following|from|than|versus|compared\s+(?:with|to))"
                                 r"\s+(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){0,2}(?:gap|shortfall|deficit|surplus|difference|lead|margin)\s+of\s+"
                                 r"(?:(?:about|around|roughly|nearly|some|just)\s+)?$", re.IGNORECASE)


def _additional(ctx: Context) -> list[Finding]:
    """'boost its stake to 71.5%, from the 23.5% it already owns. Buying the additional 48% stake':
    a figure the text calls additional (extra, further) against the move's new level less its old one, the
    two given in its sentence or the one before."""
    out = []
    for q in ctx.qs:
        if q.change or q.kind not in RELATIVE + ("percent",) or not DIFFERENCE_BEFORE.search(ctx.before(q, 30)):
            continue  # the cue first: few figures have one, and the figures near q take longer to list
        k = ctx.sentence_no(q.start)
        # the figures before q in its sentence and the one before (the only sentences x.end <= q.start allows)
        near = [x for x in ctx.sentence_figures(k - 1) + ctx.sentence_figures(k) if x is not q and x.end <= q.start
                and (x.kind, x.unit, x.per) == (q.kind, q.unit, q.per) and not x.change]
        if not near:
            continue
        olds = [x for x in near if OLD_BEFORE.search(ctx.before(x, 12))]
        news = [x for x in near if NEW_BEFORE.search(ctx.before(x, 12))]
        if len(olds) != 1 or len(news) != 1:
            continue
        old, new = olds[0], news[0]
        expected = ctx.interval(new) - ctx.interval(old)
        stated_iv = ctx.interval(q)
        unit = "pp" if q.kind == "percent" else q.unit

        def describe(verdict: str, q=q, old=old, new=new, expected=expected, stated_iv=stated_iv, unit=unit) -> str:
            return (f"{new.text} - {old.text} = {fmt_iv(expected, unit)}; the additional {q.text} means "
                    f"{fmt_iv(stated_iv, unit)} → {verdict}")

        out.append(judge([old.id, new.id], q, stated_iv, expected, describe))
    return out


def _same_measure(q: Any, points: bool) -> Callable[[Any], bool]:
    """Which figures a move q relates: percentages for a move in points ('dropped 1.4 points to 17.7%'),
    else figures of q's kind and unit."""
    if q.kind == "percent" or points:
        return lambda x: bool(x.kind == "percent" and x.unit == "%")
    # and of its rate: '$2.40 a share from $2.10 ... adds about $85 million' is no difference of the two
    unit = UNIT_GROUP.get(q.unit, q.unit) if q.kind == "count" else q.unit  # 'jobs' and 'employees' alike
    return lambda x: bool(x.kind == q.kind and (UNIT_GROUP.get(x.unit, x.unit) if x.kind == "count" else x.unit) == unit
                          and comparable(x, q))
