"""When a claim holds: the period of its sentence, the period the text is talking about, a comparison's
base a year back, and the article's main period."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from claimgraph.claims.asides import in_closed_aside
from claimgraph.claims.draft import ClaimDraft
from claimgraph.claims.index import REACH, in_order, last_before
from claimgraph.claims.lexicon import Cues, Lexicon, lexicon
from claimgraph.claims.roles import is_base
from claimgraph.resolve.periods.order import follows

if TYPE_CHECKING:
    from claimgraph.claims.document import Document, Sentence


@dataclass(frozen=True)
class PeriodRules:
    """claims.json's period_rules, compiled once."""

    own_after: regex.Pattern
    possessive_base: regex.Pattern
    multiple_base: regex.Pattern
    year_anaphor: regex.Pattern
    year_anaphor_reach: int
    up_to_now: regex.Pattern
    year_back_adjective: regex.Pattern
    maturity: regex.Pattern
    event_date: regex.Pattern
    event_date_after: regex.Pattern
    event_date_by: regex.Pattern
    qualifier: regex.Pattern
    closes: regex.Pattern
    coordinated: regex.Pattern
    listed: regex.Pattern
    coordinated_followers: frozenset[str]
    adjective_link: regex.Pattern
    trading: regex.Pattern
    trading_reach: int
    saying: regex.Pattern
    move_on_base: regex.Pattern
    now_expects: regex.Pattern


@lru_cache(maxsize=1)
def _rules() -> PeriodRules:
    raw = lexicon().raw["period_rules"]
    return PeriodRules(own_after=regex.compile(raw["own_after"], regex.IGNORECASE),
                       possessive_base=regex.compile(raw["possessive_base"]),
                       multiple_base=regex.compile(raw["multiple_base"], regex.IGNORECASE),
                       year_anaphor=regex.compile(raw["year_anaphor"], regex.IGNORECASE),
                       year_anaphor_reach=int(raw["year_anaphor_reach"]),
                       up_to_now=regex.compile(raw["up_to_now"], regex.IGNORECASE),
                       year_back_adjective=regex.compile(raw["year_back_adjective"], regex.IGNORECASE),
                       maturity=regex.compile(raw["maturity"], regex.IGNORECASE),
                       event_date=regex.compile(raw["event_date"], regex.IGNORECASE),
                       event_date_after=regex.compile(raw["event_date_after"], regex.IGNORECASE),
                       event_date_by=regex.compile(raw["event_date_by"], regex.IGNORECASE),
                       qualifier=regex.compile(raw["qualifier"], regex.IGNORECASE),
                       closes=regex.compile(raw["closes"], regex.IGNORECASE),
                       coordinated=regex.compile(raw["coordinated"], regex.IGNORECASE),
                       listed=regex.compile(r"\s*,\s*|" + raw["coordinated"], regex.IGNORECASE),
                       coordinated_followers=frozenset(raw["coordinated_followers"]),
                       adjective_link=regex.compile(raw["adjective_link"], regex.IGNORECASE),
                       trading=regex.compile(raw["trading"]), trading_reach=int(raw["trading_reach"]),
                       saying=regex.compile(raw["saying_between"]),
                       move_on_base=regex.compile(raw["move_on_base"], regex.IGNORECASE),
                       now_expects=regex.compile(raw["now_expects"], regex.IGNORECASE))


def in_aside(text: str, p: dict, lo: int, before: int | None = None) -> bool:
    """The period stands in a relative clause set off by commas ('shareholders, who backed the merger last March,
    will get ...'): it dates that clause's verb, not the figures after it, and is no topic for later ones; unless
    it is the news's day ('shares, which were delisted yesterday, closed at $23' is the figure's day too).
    `lo`: where the period's sentence starts; `before`: the clause must close before there."""
    return not p["groups"].keys() & _NEWS_DAYS and in_closed_aside(text, p["start"], p["end"], lo, before)


def runs_to_now(text: str, j: int, p: dict, base: set[int]) -> bool:
    """Whether period j opens a span that runs to the story's date ('Since 1983, Westinghouse has shed 70
    businesses'): 'since' before it, and it is no comparison's base ('the lowest level since 2021')."""
    return j not in base and _rules().up_to_now.search(text, max(0, p["start"] - 12), p["start"]) is not None


def event_dates(text: str, periods: list[dict]) -> set[int]:
    """The periods that are a date something happens on rather than a period a figure holds for: a debt's
    maturity ('notes due Nov. 1, 2009'), an offer's or a plan's date ('set to expire Nov. 6', 'took effect Aug.
    9', 'ahead of the Nov. 1 deadline'; what was done 'by the Tuesday deadline' holds on that day). Read once per
    document: they date no figure and are no comparison's base's rivals for the topic."""
    return {j for j, p in enumerate(periods) if _event_date(text, p)}


def _event_date(text: str, p: dict) -> bool:
    rules = _rules()
    lo = max(0, p["start"] - 60)
    if rules.maturity.search(text, lo, p["start"]) or rules.event_date.search(text, lo, p["start"]):
        return True
    return bool(rules.event_date_after.match(text, p["end"])) and not rules.event_date_by.search(text, lo, p["start"])


def base_periods(text: str, quantities: list[dict], periods: list[dict], lex: Lexicon,
                 events: set[int]) -> set[int]:
    """Periods that are a comparison's base ('up 11% from a year earlier', 'from 24% in the second quarter
    of 2024'): they date the base figure, not the others ('fell 18% over the past 12 months' is a span the move
    covers, no base). `events`: event_dates, which join them."""
    out: set[int] = set()
    if not periods:
        return out  # (most single sentences name none)
    base_before, clause_end = lex.cues.base_before_rx, lex.cues.clause_end_rx
    starts = [q["start"] for q in quantities]
    ordered = in_order(starts)
    for j, p in enumerate(periods):
        if p["form"] == "deadline":
            continue
        if (base_before.found(text, max(0, p["start"] - 30), p["start"]) and p["form"] not in ("past", "to_date")) \
                or _year_back_of_base(text, p, lex) \
                or j in events or (p["form"] != "date"
                                   and _rules().move_on_base.search(text, max(0, p["start"] - 30), p["start"])):
            out.add(j)  # a maturity ('notes due Nov. 1, 2009') or a deadline dates no figure either, nor is it
            # the topic
            continue
        for k in last_before(starts, ordered, p["start"], p["end"]):
            while ordered and k > 0 and quantities[k]["start"] >= p["start"]:
                k -= 1  # 'from $25 billion two years ago': the duration inside the period is none of its figures
            q = quantities[k]
            # the base figure's own period: after it in its clause, before any other figure (but one inside it)
            nxt = next((x["start"] for x in quantities[k + 1:] if x["start"] >= p["end"] or x["end"] <= p["start"]),
                       len(text))
            if q["end"] <= p["start"] and p["end"] <= nxt and not clause_end.search(text, q["end"], p["start"]) \
                    and (base_before.found(text, max(0, q["start"] - 20), q["start"])
                         or is_base(text, q)) and not _reported_after_move(text, q, p):
                out.add(j)  # 'from $90.5 million a year ago', 'down from a peak of $15 billion in 2021'
    return out


def _year_back_of_base(text: str, p: dict, lex: Lexicon) -> bool:
    """'compared with profit a year earlier of $212.3 million': a year-back period a few words after a
    comparison word, with no figure between, dates the base that follows."""
    cues = lex.cues
    if not cues.year_back_rx.fullmatch(p["text"]):
        return False
    lo = max(0, p["start"] - 60)
    last = next(reversed(list(cues.base_word_rx.finditer(text, lo, p["start"]))), None)
    if last is None:
        return False
    between = text[last.end():p["start"]]
    return len(between.split()) <= 3 and not regex.search(r"[\d,;:().!?]", between)


_NOT_TOPIC = ("deadline", "ago", "past", "to_date")
_NEWS_DAYS = {"weekday", "dday"}  # a weekday, today, yesterday: in a lead, the day of the news


def topic_before(periods: list[dict], base: set[int], pos: int, s: Sentence, doc: Document,
                  main: int | None) -> int | None:
    """The period the text is talking about at pos: the latest one stated earlier (not a comparison base, a
    deadline or a span back from the reference date) in the same paragraph, or in an earlier one when it
    is a reporting period that opens its sentence ('For the nine months, ...' then a paragraph of figures)
    and no sentence since turned to another topic ('Meanwhile, ...'); else the article's main period when
    that is a quarter, half or month (a results or data report). A year-back period ('In the year-earlier
    quarter, ...') governs its own sentence only: it is the topic only when nothing else is. Periods are
    read latest first and at most REACH characters back, so the work per figure is bounded (issue 17)."""
    back = None
    cues = doc.lex.cues
    index = doc.period_index
    dateline = doc.dateline
    for j in index.ended_by(pos):
        p = periods[j]
        if index.in_order and p["end"] < pos - REACH:
            break
        if j in base or p["form"] in _NOT_TOPIC or p["groups"].keys() & {"said", "pref", "vref", "by"} \
                or in_aside(doc.text, p, index.sentence_start(j)) or p["end"] <= dateline:
            continue  # 'LONDON, Sept 17 (Reuters) - ': the day of the story, no topic of its figures
        if main is not None and p["groups"].keys() & _NEWS_DAYS \
                and index.sentence_start(j) == index.sentence_start(main):
            continue  # 'reported second-quarter results on Tuesday. Net income rose ...': the lead's day of the
            # news; its quarter is the figures' period
        same = doc.lines.count(p["start"], s.start) == 0 or index.sentence_paragraph(j) == s.paragraph
        if cues.year_back_rx.fullmatch(p["text"]):
            back = j if same and back is None else back
        elif same or _carries(doc, p, s, cues):
            return j
    return main if main is not None else back


def _carries(doc: Document, p: dict, s: Sentence, cues: Cues) -> bool:
    """A reporting period (a quarter, half, year-to-date or fiscal period, 'the three months ended Sept. 30')
    that opens its sentence governs later paragraphs until a sentence turns to another topic."""
    if p["form"] not in cues.carry_forms and not p["groups"].get("span"):
        return False
    if p["start"] not in doc.carry_until:
        own = doc.sentence_at(p["start"])
        head = doc.text[own.start:p["start"]].strip().lower()
        # "For the nine months, ...", or the period of a sentence that turns to a new story ("Separately,
        # Quillon Air reported third-quarter profit ...") as a lead does
        opens = head in cues.carry_openers and doc.text[p["end"]:p["end"] + 1] == "," \
            or bool(cues.carry_stop_rx.match(doc.text, own.start))
        limit = min(len(doc.text), p["end"] + REACH)  # a reign is bounded like every look-back (issue 17)
        stop = cues.carry_stop_rx.search(doc.text, p["end"], limit) if opens else None
        doc.carry_until[p["start"]] = (stop.start() if stop else limit) if opens else -1
    return s.end <= doc.carry_until[p["start"]]


def market_quotes(doc: Document, drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """The share prices and moves a market session reports: a price or stock move in a sentence that reports
    trading ('In composite trading Friday, ...', 'closed at $52') or a move."""
    trading = _rules().trading
    moved = {tuple(d.sentence) for d in drafts if d.metric == "stock_move"}
    return [d for d in drafts if d.metric in ("stock_move", "price")
            and (tuple(d.sentence) in moved or trading.search(doc.text, d.sentence[0], d.sentence[1]))]


def trading_days(doc: Document, quotes: list[ClaimDraft]) -> None:
    """A share price's move or close that states no period ('LIN shares soared $4.625 to $112.625') in a report
    of a market session: the day the last trading sentence before it named ('In composite trading Friday, ...'),
    across paragraphs, within trading_reach characters. `quotes`: market_quotes, read once the metrics are
    final."""
    text, lex = doc.text, doc.lex
    for d in quotes:
        if d.period is not None:
            continue
        q, (a, _) = d.figure, d.sentence
        if is_base(text, q) or lex.present_rx.search(text, a, q["start"]):
            continue  # 'up from $45', 'now trades at $12': no session's close
        day = _session_before(doc, q["start"])
        if day is not None:
            d.period = f"p{day + 1}"


def _session_before(doc: Document, pos: int) -> int | None:
    """The last day named before pos in a sentence that reports trading, not the day of a saying."""
    rules, index, periods = _rules(), doc.period_index, doc.periods
    for j in index.ended_by(pos):
        p = periods[j]
        if index.in_order and p["end"] < pos - rules.trading_reach:
            break
        if p["end"] > pos or j in doc.base_periods or not p["groups"].keys() & _NEWS_DAYS \
                or p["groups"].keys() & {"said", "by"}:
            continue  # 'down 4.5% from the previous Friday': a comparison's base, not the session
        a, b = doc.spans[doc.sentence_index(p["start"])]
        if rules.trading.search(doc.text, a, b):
            return j
    return None


def main_period(doc: Document, periods: list[dict], base: set[int]) -> int | None:
    """The first period of the headline or lead sentence, when it is a reporting period finer than a year (a
    quarter, half, span or range of months). A lone month there mostly dates an event ('agreed in June to buy',
    'the October slaying'), not the story's figures: no main period."""
    if not periods:
        return None
    lead_end = doc.spans[min(1, len(doc.spans) - 1)][1] if doc.spans else 0
    dateline = doc.dateline
    for j, p in enumerate(periods):
        if p["start"] >= lead_end:
            break
        if p["end"] <= dateline:
            continue  # 'SAN FRANCISCO, March 13 (Reuters) - ': the day of the story, not of its figures
        if j in base or p["form"] in _NOT_TOPIC or p["groups"].keys() & {"said", "pref", "vref", "by"} \
                or p["groups"].keys() & _NEWS_DAYS:
            continue  # 'announcement Friday of ...', 'shares fell yesterday': the day of the news
        if p["form"] in ("quarter", "half", "month_range", "first", "range", "fiscal") \
                or p["groups"].get("span"):  # 'the six months ended Oct. 1'
            return j
        if p["form"] == "month" and _moves_in(doc, p):
            return j  # 'Registrations rose 6.2% in October': a month's data report
        return None
    return None


def _moves_in(doc: Document, p: dict) -> bool:
    """A stated percentage move in the sentence of period p: the lead of a month's data ('Registrations rose 6.2%
    in October'), not a month that dates an event ('agreed in June to buy ...')."""
    own = doc.sentence_at(p["start"])
    return any(own.start <= q["start"] < own.end and q["kind"] == "percent" and q.get("change")
               for q in doc.quantities)


def claim_period(text: str, s: Sentence, q: dict, periods: list[dict], base: set[int], events: set[int],
                 topic: int | None, lex: Lexicon, near: Sequence[int] | None = None,
                 compared: bool | None = None, topic_bare: bool = False) -> tuple[str | None, int]:
    """(period id, shift in months). The nearest period in the sentence, unless it is a comparison base
    that belongs to another figure or a date something happens on (`events`: event_dates); else the period the
    text is talking about. A base figure 'in the same quarter last year' is that period a year back.
    `compared`: is_base(text, q), when the caller has it; `topic_bare`: the topic's sentence holds no figure."""
    cues = lex.cues
    is_base_figure = is_base(text, q) if compared is None else compared
    if is_base_figure:
        moved = _move_period(text, q, periods, s, near)
        if moved is not None:
            return f"p{moved + 1}", -12  # 'rose to $9.2 billion last year from $7.6 billion': the year before
    if is_base_figure and topic is not None \
            and cues.same_period_last_year_rx.match(text, q["end"], min(len(text), q["end"] + 80)):
        return f"p{topic + 1}", -12
    best = None
    for j in range(len(periods)) if near is None else near:  # near: those that may overlap the sentence
        p = periods[j]
        if p["end"] <= s.start or p["start"] >= s.end:
            continue
        if p["start"] < q["end"] and q["start"] < p["end"] or p["groups"].get("said") or p["groups"].get("vref"):
            continue  # the figure's own text ("the past six months" holds "six months"); the day of a saying
        if j in events:
            continue  # "senior notes due Nov. 1, 2009", "an offer set to expire Nov. 6": not the figure's period
        owned = _POSSESSIVE_FIGURE.match(text, p["end"])
        if owned is not None:
            if not p["end"] < q["start"] <= owned.end():
                continue  # "an increase of 1,400 on last year's 23,500": the year dates the figure it owns only
            if p["form"] == "month":
                return f"p{j + 1}", 0  # "from September's 653,000 tonnes": the month that owns the figure ('last
                # year's' after a quarter's figure is that quarter a year back, read below)
        if j and periods[j - 1]["end"] <= p["start"] \
                and _rules().qualifier.fullmatch(text, periods[j - 1]["end"], p["start"]):
            continue  # "in fiscal 1989, which ended June 30": where the period before ends, not a period
        if p["start"] >= q["end"] and (";" in text[q["end"]:p["start"]]
                                       or _rules().saying.search(text, q["end"], p["start"])):
            continue  # "will issue 2.4 million shares; last Tuesday, it had ...": the next clause's period; "X,
            # with $5.4 billion in assets, said it hopes to close early next year": what was said
        if p["end"] <= q["start"] and in_aside(text, p, s.start, q["start"]):
            continue  # "shareholders, who backed the merger last March, will get $18": the aside's verb
        if p["groups"].get("pref") and (_period_gap(text, q, p, lex) >= 1000
                                        or _rules().now_expects.match(text, p["end"])):
            continue  # 'now' dates a figure in its own clause only ("... from $820 million, because ... is now"),
            # and not when it dates an expectation ('Quorvane now expects revenue of $16.5 billion for the year')
        if j in base and not (is_base_figure and p["start"] >= q["end"]
                              and not cues.clause_end_rx.search(text, q["end"], p["start"])) \
                and not (p["end"] <= q["start"] and cues.period_link_rx.fullmatch(text, p["end"], q["start"])) \
                and not (is_base_figure and p["end"] <= q["start"]
                         and _rules().possessive_base.fullmatch(text, p["end"], q["start"])) \
                and not (p["end"] <= q["start"] and _rules().year_back_adjective.fullmatch(p["text"])
                         and _rules().adjective_link.fullmatch(text, p["end"], q["start"])):
            continue  # another figure's base period; 'a year earlier of $97.4 million', 'from last year's
            # fully diluted $3.27', 'a year-earlier loss of $26,956' date this one
        if not is_base_figure and _dates_a_base_between(text, q, p, s, lex):
            continue  # "net rose to $108.8 million ... from $90.5 million ... a year ago": the base's period
        gap = _period_gap(text, q, p, lex)
        if best is None or gap < best[0]:
            best = (gap, j)
    previously = is_base_figure and _PREVIOUSLY.match(text, q["end"]) is not None
    if best is not None and is_base_figure and not _a_day(periods[best[1]]) and not previously \
            and _period_of_the_compared(text, q, periods[best[1]], lex):
        return f"p{best[1] + 1}", -12  # "For the nine months, net came to $74.2 million, compared with $69 million"
    if best is not None and best[0] >= _ACROSS and topic is not None \
            and periods[best[1]]["start"] >= q["end"] and not cues.year_back_rx.fullmatch(periods[best[1]]["text"]) \
            and not _AS_OF.search(text, max(0, periods[best[1]]["start"] - 8), periods[best[1]]["start"] + 6):
        best = None  # "Pretax profit fell 3.7% ..., but shares rose in early trading yesterday": that clause's
    if best is not None and periods[best[1]]["end"] <= q["start"]:
        best = _own_after(text, s, q, periods, near, best)
    elif best is not None and _a_day(periods[best[1]]):
        best = _named_by_its_noun(text, s, q, periods, near, best)
    if best is not None and _rules().year_anaphor.fullmatch(periods[best[1]]["text"]):
        best = (best[0], _fiscal_year_before(periods, best[1]))
    if best is not None:
        if topic is not None and cues.year_back_rx.fullmatch(periods[best[1]]["text"]) \
                and not cues.year_back_rx.fullmatch(periods[topic]["text"]) \
                and not (periods[best[1]]["form"] == "relative"
                         and (_a_day(periods[topic]) or _opens_sentence(text, s, periods[best[1]], lex)
                              or _a_year(periods[topic]) or topic_bare)):
            # "a year earlier", "the year-ago period": the governing period, a year back; 'last year' after a day
            # ('fell 3% on Friday after it said GMV grew 12% last year'), opening its sentence ('Last year, the
            # company earned $96 million') or after a period that dates no figure ('Brisco was hacked in March. Its
            # revenue was $40 million last year') is that year
            return f"p{topic + 1}", -12
        return f"p{best[1] + 1}", 0
    if is_base_figure and topic is not None and not _a_day(periods[topic]) and not previously \
            and cues.change_base_rx.found(text, max(s.start, q["start"] - 80), q["start"]):
        # "sales slipped to $1.7 billion from $1.9 billion": the year before (after a day, 'Sterling rose to $1.5820
        # from $1.5765' is the session before)
        return f"p{topic + 1}", -12
    return (f"p{topic + 1}" if topic is not None else None), 0


# a period that owns the figure after it: "last year's 23,500", "September's 653,000 tonnes", "2024's $3.1 billion"
_POSSESSIVE_FIGURE = regex.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}?(?:[A-Z]{0,3}[$€£¥])?(?=\d)")
# a move's new level and its base: 'to $9.2 billion ... from ', 'to S$612 million from '
_TO_LEVEL = regex.compile(r"\bto\s+(?:(?:about|around|nearly|roughly|some|almost)\s+)?[^\s;]*\d[^\s;]*"
                          r"(?:\s+(?:[a-z]{1,3}|million|billion|trillion|[a-z]+\s+(?:cents|dollars|euros|pounds)"
                          r"|euros|pounds|yen|yuan|dollars|cents))?\s*$", regex.IGNORECASE)
_FROM = regex.compile(r"\s+from\s+(?:(?:about|around|nearly|roughly|some|almost)\s+)?")
_IN = regex.compile(r"\s+(?:in|for)\s+")
# a results period: 'the second quarter', 'the first half', 'the quarter', 'the six months to June 30' (after both
# levels of a move, a period with a year of its own dates the base alone: 'from 24% in the second quarter of 2024')
_RESULTS = (r"(?:the\s+)?(?:(?:first|second|third|fourth|final|latest|most\s+recent|june|september|december|march)\s+)?"
            r"(?:quarter|half|three\s+months|six\s+months|nine\s+months)")  # (not 12 months: an annual rate's base
# is the month before's)
_ENDING = r"\s+(?:ended|ending|to|through)\s+(?:the\s+end\s+of\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2})?"
_REPORTING = regex.compile(_RESULTS + rf"(?:{_ENDING})?", regex.IGNORECASE)
# between the new level and 'from', its year too: 'rose 12% to £2.35 billion in the first half of 2025 from'
_REPORTING_DATED = regex.compile(_RESULTS + rf"(?:\s+of\s+(?:fiscal\s+)?\d{{4}}|{_ENDING}(?:,?\s+\d{{4}})?)?",
                                 regex.IGNORECASE)


def _reported_after_move(text: str, q: dict, p: dict) -> bool:
    """'rose to S$612 million from S$494 million in the second quarter': the results period after a move's two
    levels dates the move (its base is that period a year back), not the base alone."""
    return bool(_REPORTING.fullmatch(p["text"]) and _IN.fullmatch(text, q["end"], p["start"])
                and _from_after_level(text, q))


def _from_after_level(text: str, q: dict) -> bool:
    """The base figure q follows 'to <level> from' (its move's new level right before it)."""
    m = _FROM_BEFORE.search(text, max(0, q["start"] - 60), q["start"])
    return m is not None and _TO_LEVEL.search(text, max(0, m.start() - 50), m.start()) is not None


_OWN_AFTER = regex.compile(r"\s+(?:(?:in|for|during|at|by)\s+)?")
_FROM_BEFORE = regex.compile(r"\s+from\s+(?:(?:about|around|nearly|roughly|some|almost)\s+)?$")


def _move_period(text: str, q: dict, periods: list[dict], s: Sentence, indices: Sequence[int] | None) -> int | None:
    """The period of a base figure q that its move's period dates a year back: a results period after both
    levels ('rose to S$612 million from S$494 million in the second quarter') or one between the new level and
    'from' ('rose to $9.2 billion last year from $7.6 billion'), unless the base has its own period after it
    ('from $27.8 billion in 2022'); a year or a quarter, not a month (monthly figures are compared with the
    month before). `indices`: those of periods that may overlap the sentence, when the caller has them."""
    near = [(j, periods[j]) for j in (range(len(periods)) if indices is None else indices)
            if periods[j]["end"] > s.start and periods[j]["start"] < s.end]
    for j, p in near:
        if p["start"] >= q["end"] and _reported_after_move(text, q, p):
            return j
    if any(p["start"] >= q["end"] and _OWN_AFTER.fullmatch(text, q["end"], p["start"]) for _, p in near):
        return None
    for j, p in near:
        if p["end"] <= q["start"] and _FROM.fullmatch(text, p["end"], q["start"]) \
                and (_REPORTING_DATED.fullmatch(p["text"]) or _a_year(p)) \
                and _TO_LEVEL.search(text, max(0, p["start"] - 50),
                                     p["start"] - (3 if text.endswith("in ", 0, p["start"]) else 0)):
            return j
    return None


# a base stated as the earlier figure for the same period ('raised its forecast to $1 billion, up from $750 million
# previously'): no year back
_PREVIOUSLY = regex.compile(r",?\s+(?:previously|earlier)\b(?!\s+(?:in|this|last|that)\b)")


def closed_span(text: str, periods: list[dict], j: int) -> tuple[int, int | None]:
    """(period, closing period or None): 'fell 2.08% this year through Oct. 19' is this year's start to Oct. 19,
    whichever of the two the figure took; a deadline right after a period that has a start closes it."""
    if periods[j]["form"] == "deadline" and j and _closes(text, periods[j - 1], periods[j]):
        return j - 1, j
    if j + 1 < len(periods) and _closes(text, periods[j], periods[j + 1]):
        return j, j + 1
    first, last = _coordination(text, periods, j)
    return (first, last) if last != first else (j, None)  # 'in both 1990 and 1991': first start to last end


_COORDINATED_FORMS = frozenset(("date", "month", "year", "quarter", "half"))


def _coordination(text: str, periods: list[dict], j: int) -> tuple[int, int]:
    """The first and last of the list of periods of one form period j stands in, joined by commas and a last
    'and' ('in 1994, 1995 and 1997', 'June and July'; not 'June and July's sales', July's); (j, j) when none."""
    if periods[j]["form"] not in _COORDINATED_FORMS:
        return j, j
    first = last = j
    while first and _joined(text, periods[first - 1], periods[first]):
        first -= 1
    while last + 1 < len(periods) and _joined(text, periods[last], periods[last + 1]):
        last += 1
    if last == first or not _rules().coordinated.fullmatch(text, periods[last - 1]["end"], periods[last]["start"]) \
            or text.startswith(("'s", "’s"), periods[last]["end"]) \
            or last - first == 1 and "," in text[periods[first]["end"]:periods[last]["start"]]:
        return j, j  # (two periods with ', and' between are two clauses': 'rose 10% in 2024, and 2025 revenue ...')
    after = _NEXT_WORD.match(text, periods[last]["end"])
    if after is not None and after.group(1).lower() not in _rules().coordinated_followers \
            or _RESPECTIVELY.match(text, periods[last]["end"]):
        return j, j  # the last period names what follows ('in June and July sales rose', '... and second-quarter
        # profit rose'), or the figures go item by item ('in January and February, respectively')
    return first, last


_NEXT_WORD = regex.compile(r"[ \t]+([A-Za-z][\w-]*)")
_RESPECTIVELY = regex.compile(r",?\s*respectively\b")


def _joined(text: str, p: dict, q: dict) -> bool:
    """p and q next in a list of periods that together make one span ('2024, 2025 and 2026'; not 'in 2025 and
    2030', two years named)."""
    return p["form"] == q["form"] and p["end"] < q["start"] and follows(p["form"], p["groups"], q["groups"]) \
        and bool(_rules().listed.fullmatch(text, p["end"], q["start"]))


def _closes(text: str, p: dict, end: dict) -> bool:
    return end["form"] == "deadline" and p["form"] != "deadline" and p["end"] < end["start"] \
        and not text[p["end"]:end["start"]].strip() and bool(_rules().closes.fullmatch(end["groups"].get("dl") or ""))


def _own_after(text: str, s: Sentence, q: dict, periods: list[dict], near: Sequence[int] | None,
               best: tuple[float, int]) -> tuple[float, int]:
    """'said Tuesday it would post a $212 million loss for the second quarter': a period joined to the figure by
    a preposition is its own, over a nearer one before it."""
    own = _rules().own_after
    for j in range(len(periods)) if near is None else near:
        p = periods[j]
        if q["end"] <= p["start"] < s.end and own.match(text[q["end"]:p["start"]]):
            return (0.0, j)
    return best


def _named_by_its_noun(text: str, s: Sentence, q: dict, periods: list[dict], near: Sequence[int] | None,
                       best: tuple[float, int]) -> tuple[float, int]:
    """'reported fourth-quarter revenue of $8.4 billion on Thursday': a period that is the adjective of the
    figure's noun dates it, over the day of the news after it."""
    link = _rules().adjective_link
    for j in range(len(periods)) if near is None else near:
        p = periods[j]
        if s.start <= p["start"] and p["end"] <= q["start"] and not _a_day(p) \
                and link.fullmatch(text, p["end"], q["start"]):
            return (0.0, j)
    return best


def _fiscal_year_before(periods: list[dict], j: int) -> int:
    """'For the year ended Sept. 30, ... This year's results ...': a year anaphor after a fiscal year is it."""
    reach = _rules().year_anaphor_reach
    for k in range(j - 1, -1, -1):
        p = periods[k]
        if p["end"] < periods[j]["start"] - reach:
            break
        g = p["groups"]
        fiscal = g.get("span") == "year" and g.get("month") and not g["month"].lower().startswith("dec")
        if p["form"] == "fiscal" or fiscal:
            return k
    return j


def _period_of_the_compared(text: str, q: dict, p: dict, lex: Lexicon) -> bool:
    """A comparison's base after a figure that the period before both dates: the base is that period a year
    back ('For the nine months, net came to $74.2 million, compared with $69 million')."""
    if p["end"] > q["start"] or lex.cues.year_back_rx.fullmatch(p["text"]):
        return False
    between = text[p["end"]:q["start"]]
    return any(ch.isdigit() for ch in between) and bool(lex.cues.base_word_rx.search(between))


def _dates_a_base_between(text: str, q: dict, p: dict, s: Sentence, lex: Lexicon) -> bool:
    """A year-back period ('a year ago', 'last year') after the figure, with a comparison's base ('from $90.5
    million', 'compared with earnings of $33 million') between the two: the period dates the base."""
    if p["start"] < q["end"] or not lex.cues.year_back_rx.fullmatch(p["text"]):
        return False
    between = text[q["end"]:p["start"]]
    marked = bool(lex.cues.base_word_rx.search(between)) \
        or q["kind"] == "multiple" and bool(_rules().multiple_base.match(between))  # "twice the $13.5 million"
    return marked and any(ch.isdigit() for ch in between)


_AS_OF = regex.compile(r"\bas\s+of\b", regex.IGNORECASE)  # 'reserves of $300 million, as of Sept. 30': a day
_ACROSS = 1000  # what a clause break between a figure and a period adds to their distance


def _period_gap(text: str, q: dict, p: dict, lex: Lexicon) -> float:
    """How far a period is from the figure; one after it counts as a little nearer."""
    gap = q["start"] - p["end"] if p["end"] <= q["start"] else (p["start"] - q["end"]) * 0.9
    # a period in the figure's own clause beats a nearer one across a clause break: "a full-year target
    # of $15bn, made up of a first-half goal of $8bn"
    lo, hi = (p["end"], q["start"]) if p["end"] <= q["start"] else (q["end"], p["start"])
    if _breaks(text, lo, hi, lex):
        gap += _ACROSS
    return gap


_SHORT_ASIDE = regex.compile(r"\([^()]{0,30}\)")  # '(eight U.S. cents)', '($11.60)': a conversion, no clause


def _breaks(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether a clause break stands between lo and hi other than the brackets of a short aside ('five pence
    (eight U.S. cents) to 720 pence ($11.60) in late trading yesterday' is one clause)."""
    short: list[tuple[int, int]] | None = None  # read only when a bracket is met
    for m in lex.cues.clause_break_rx.finditer(text, lo, hi):
        if m.group() not in "()":
            return True
        if short is None:
            short = [x.span() for x in _SHORT_ASIDE.finditer(text, lo, hi)]
        if not any(a <= m.start() < b for a, b in short):
            return True
    return False


def per_share_of_total(text: str, claims: list[ClaimDraft], lex: Lexicon) -> None:
    """'from $241.7 million, or $2.86 a share': a per-share figure right after a total is the total's per-share
    figure, for the total's period (the year-earlier one after 'from'), and a forecast's, target's or estimate's
    when the total is one ('The consensus calls for net income of $412 million, or $1.38 a share')."""
    share = lex.cues.per_share
    after = lex.cues.per_share_after_total_rx
    for prev, c in zip(claims, claims[1:], strict=False):
        a, b = prev.figure, c.figure
        if a["kind"] != "money" or b["kind"] != "money" or a.get("per") == share \
                or b.get("per") != share and not _tiny_share_of(a, b):
            continue
        if prev.sentence == c.sentence and after.fullmatch(text, a["end"], b["start"]):
            c.period, c.period_shift = prev.period, prev.period_shift
            if prev.role in _PLANNED and c.role == "actual":
                c.role = prev.role


_PLANNED = ("forecast", "target", "estimate")


_OF_THE_WHOLE = regex.compile(r"\s+of\s+(?:(?:the|its|their|all)\s+)?")


def share_of_whole_periods(text: str, claims: list[ClaimDraft], periods: list[dict]) -> None:
    """'accounted for nearly half of the 14,000 systems it shipped in the quarter': a part of a whole stated
    right after it is of the whole's period, when the whole's period stands in their sentence and the part's
    does not (it came from the paragraph's topic)."""
    for part, whole in zip(claims, claims[1:], strict=False):
        if part.sentence != whole.sentence or part.role != "share" or whole.period is None \
                or part.period == whole.period \
                or not _OF_THE_WHOLE.fullmatch(text, part.figure["end"], whole.figure["start"]):
            continue
        a, b = part.sentence
        if _within(periods, whole.period, a, b) and not (part.period and _within(periods, part.period, a, b)):
            part.period, part.period_shift = whole.period, whole.period_shift


def _within(periods: list[dict], period_id: str, a: int, b: int) -> bool:
    p = periods[int(period_id[1:]) - 1]
    return a <= p["start"] and p["end"] <= b


def _tiny_share_of(a: dict, b: dict) -> bool:
    """'from $131.4 million, or 57 cents': an amount in the same currency a thousandth of the total or less,
    right after it, is its per-share figure even with 'a share' left out."""
    return a.get("unit") == b.get("unit") and bool(a.get("low")) and b.get("high") is not None \
        and b["high"] * 1000 <= a["low"]


def dates_the_aim(text: str, s: Sentence, p: dict, lex: Lexicon) -> bool:
    """'At the beginning of 2024, TikTok aimed to expand its GMV tenfold': the opening phrase dates the aim;
    the aim is for the year."""
    dates_a_year = p["form"] == "part" and ("year" in p["groups"] or "ryear" in p["groups"])
    return dates_a_year and _opens_sentence(text, s, p, lex)


def _a_year(p: dict) -> bool:
    """A whole year ('in 2024', 'fiscal 2024', 'this year'): 'last year' after it is the year before the story's
    date, not that year's year before ('$2 billion in 2024 ... $600 million last year', in 2025, are both 2024)."""
    return p["form"] in ("year", "fiscal") \
        or (p["form"] == "relative" and p["groups"].get("unit", "").lower() == "year")


def _a_day(p: dict) -> bool:
    """A news day ('Friday', 'yesterday', 'today'): a session, whose comparison's base is the session before; not a
    calendar date ('deposits at June 30 slipped from ...' compare with a year before) nor a span up to a day."""
    return p["form"] == "date" and not _NEWS_DAYS.isdisjoint(p["groups"])


def _opens_sentence(text: str, s: Sentence, p: dict, lex: Lexicon) -> bool:
    """The period is the sentence's opening adverbial: '(At) the beginning of 2024, ...'."""
    head = text[s.start:p["start"]].strip().lower()
    return (not head or head in lex.cues.dating_openers) and text[p["end"]:p["end"] + 1] == ","
