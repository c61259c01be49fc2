"""Resolving periods: a found period's partial value (its rule's form and named groups) -> from/to dates, a
grain and flags, against a reference date. A value that needs the reference date and has none resolves to
null dates rather than invented ones."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date as Date
from datetime import timedelta

from claimgraph.resolve.periods.dates import (
    add_months,
    end_year,
    holiday,
    is_day,
    last_day,
    month_span,
    months_spanned,
    shift_months,
    unit_at,
    year_of,
)
from claimgraph.resolve.periods.mention import PeriodMention
from claimgraph.resolve.periods.tense import FUTURE, PAST, TENSE_KEYS
from claimgraph.resources.period_patterns import period_vocab

GRAINS = ("day", "week", "month", "quarter", "half", "year")  # finest first
PART_DAYS = {"early": (1, 10), "mid": (8, 22), "late": (21, 31)}  # parts of a month, clipped to its length

Groups = dict[str, str]


SHORT_UNITS = frozenset({"month", "week", "day"})  # 'a month earlier': units finer than a quarter


@dataclass
class Resolved:
    from_date: Date | None
    to_date: Date | None
    grain: str
    relative: bool = False
    approximate: bool = False


Anchor = tuple[Resolved, int, str]  # a period later ones may point back to: its value, end and sentence number


class Resolver:
    def __init__(self, fiscal_start: int = 1, place_year: tuple[int, str, int] = (1, "end", 1)):
        """fiscal_start: the month the caller's fiscal year starts in; place_year: the fiscal year of the place a
        text is about (its start month and whether 'FY2025' names the year it starts or ends in), for texts
        whose caller and company give none (FISCAL_BY_PLACE)."""
        v = period_vocab()
        self.months = {k: int(n) for k, n in v["MONTH"].items()}
        self.nums = {k: int(n) for k, n in v["NUM"].items()}
        self.ords = {k: int(n) for k, n in v["ORD"].items()}
        self.rels = {" ".join(k.split()): int(n) for k, n in v["REL"].items()}
        self.parts = {" ".join(k.split()): p for k, p in v["PART"].items()}
        self.units = dict(v["UNIT"])
        self.weekdays = {k: int(n) for k, n in v["WEEKDAY"].items()}
        self.weekday_rels = {" ".join(k.split()): int(n) for k, n in v["WEEKDAY_REL"].items()}
        self.deictic = {k: int(n) for k, n in v["DEICTIC_DAY"].items()}
        self.seasons = {k: (int(a), int(b)) for k, (a, b) in v["SEASON"].items()}
        self.season_rels = {" ".join(k.split()): int(n) for k, n in v["SEASON_REL"].items()}
        self.year_words = {k: int(n) for k, n in (v["YEAR_WORD_TENS"] | v["YEAR_WORD_UNITS"]).items()}
        self.deadlines = {k: str(d) for k, d in v["DEADLINE"].items()}
        self.past_day_reach = int(v["TENSE"]["past_day_reach_days"])
        self.lookback = int(v["TENSE"]["future_lookback_days"])
        self.ended_reach = int(v["TENSE"]["ended_reach_words"])
        self.results_through = int(v["TENSE"]["reported_year"]["through_month"])
        self.forecast_cues = frozenset(v["TENSE"]["forecast_past_cues"])
        self.window = int(v["ANAPHOR_WINDOW"])
        self.bare_reach = int(v["BARE_MONTHS_REACH_DAYS"])
        self.anaphoric_rels = {k: int(n) for k, n in v["REL_ANAPHORIC"].items()}
        self.holidays = {k.replace("’", "'"): str(spec) for k, spec in v["HOLIDAY"].items()}
        self.decade_words = {k: int(n) for k, n in v["DECADE_WORD"].items()}
        self.decade_parts = {k: (int(a), int(b)) for k, (a, b) in v["DECADE_PART_YEARS"].items()}
        self.span_months = {k: int(n) for k, n in v["SPAN_MONTHS"].items()}
        self.fiscal_start = fiscal_start
        self.place_start, self.place_named_by, self.split_start = place_year
        self.fy_month = fiscal_start if fiscal_start != 1 else self.place_start  # the caller's, else the place's
        # one reader per rule form (PeriodRule.form); "range" joins two periods and is read by _range
        self.forms: dict[str, Callable[[Groups, Date | None], Resolved]] = {
            "date": self.form_date, "month": self.form_month, "year": self.form_year, "decade": self.form_decade,
            "year_range": self.form_year_range, "quarter": self.form_quarter, "half": self.form_half,
            "fiscal": self.form_fiscal, "month_range": self.form_month_range, "relative": self.form_relative,
            "ago": self.form_ago, "to_date": self.form_to_date, "past": self.form_past, "first": self.form_first,
            "part": self.form_part, "deadline": self.form_deadline,
        }

    # -- entry point
    def resolve(self, p: PeriodMention, ref: Date | None) -> Resolved:
        if p.form == "range":
            return self._range(p, ref)
        return self.forms[p.form](p.groups, ref)

    def resolve_all(self, mentions: list[PeriodMention], ref: Date | None) -> list[Resolved]:
        """Each period of a text in order; those that point back ('the latest quarter', 'the year-ago
        period', 'a year earlier' after a quarterly figure) take the last quarter or half the text named
        within ANAPHOR_WINDOW characters, a year before it where they say so. A period of a whole year
        in between ends the reach of the quarter (not a deadline: 'by 1992', 'by year end'); the same
        quarter a year back ('from 24% in the second quarter of 2024') is a comparison and leaves it."""
        out: list[Resolved] = []
        anchor: Anchor | None = None  # the last quarter or half named
        latest: Anchor | None = None  # the same, or the last 'first nine months'
        reported: tuple[Anchor | None, Anchor | None] = (None, None)  # both, as last set by a period ended by ref
        year_start = self._company_year_start(mentions)
        named: tuple[Resolved, int] | None = None  # the last period with dates, for 'the following year'
        named_in: str | None = None  # the sentence it stands in
        told: tuple[Resolved, int] | None = None  # the same but no comparison's base nor 'last year': 'for the year'
        quarter: Anchor | None = None  # the last quarter named (a half named after it leaves 'the quarter' to it)
        months: list[tuple[Resolved, int]] = []  # whole months and spans of months named, for 'the two months'
        for p in mentions:
            r = self.resolve(_in_company_year(p, year_start), ref)
            back = self._points_back(p)
            if p.form == "first" and "bare" in p.groups:
                r = self._the_n_months(p, r, months, ref)
            if "inthe" in p.groups:
                r = self._the_unit(p, r, told, ref)
            elif (p.form == "ago" and "back" in p.groups) or (p.form == "past" and "prev" in p.groups):
                # 'a month earlier' counts from the period named last in its sentence, else in the text before it
                # within reach ('... rose to 71% in September. Vacancies fell to 186 from 251 a month earlier'; a
                # year back has its own anchors, the last quarter or month reported)
                # 'the year before' counts from the period named last within reach, whatever its unit, never from
                # the reference date
                the = p.text[:4].lower() == "the "
                short = the or self.units.get(p.groups["unit"].lower()) in SHORT_UNITS
                near = named is not None and (named_in == p.groups.get("sentence")
                                              or (p.start - named[1] <= self.window and short))
                r = self._before_named(p, r, named if near else None)
                if the and not near:
                    r = Resolved(None, None, r.grain, True)
            else:
                r = self._from_named(p, r, named)
            if r.from_date is not None and r.to_date is not None and not back and "cbase" not in p.groups:
                # (a comparison's year-back period is no time the text moves to: 'grew 4.9% in October from a year
                # earlier, after a 6.5% rise in the previous month' is September of this year; nor is a comparison's
                # base: '... slower than the 1.2% increase in the second quarter. ... the previous quarter')
                named, named_in = (r, p.end), p.groups.get("sentence")
                if months_spanned(r.from_date, r.to_date):
                    months.append(named)
                # 'last year', 'next year' are no year a story is telling of ('Sales fell last year. It raised
                # its outlook for the year' is this year's outlook)
                told = told if back is not None or p.form == "relative" else named
            wants_quarter = _wants_quarter(p)
            target = anchor if wants_quarter else latest
            if wants_quarter and anchor is not None and anchor[0].grain == "half" and quarter is not None \
                    and " ".join(p.groups.get("anaphor", "").lower().split()) == "quarter":
                target = quarter  # 'Second-quarter revenue ... For the first half, ... in the quarter': the quarter
            to = _anchor_for(p, target, reported[0] if wants_quarter else reported[1], ref)
            if back is not None and "ayear" in p.groups and to is not None and to[0].to_date is not None:
                back = 12 * (to[0].to_date.year - int(p.groups["ayear"]))  # 'the 1988 period'
            if back is not None and to is not None and p.start - to[1] <= self.window:
                a = to[0]
                r = Resolved(shift_months(a.from_date, -back) if a.from_date else None,
                             shift_months(a.to_date, -back) if a.to_date else None, a.grain, True, a.approximate)
            if back == 0 and " ".join(p.groups.get("anaphor", "").lower().split()) == "three months":
                spanned = self._abutting(months, p.start, 3)  # 'Orders from March through May ... the three months'
                if spanned is not None and (to is None or spanned[1] > to[1]):
                    r = spanned[0]
            if not back:  # a period named, or the same one again ('the latest quarter'): what later ones point to
                here = (r, p.end, p.groups.get("sentence", ""))
                named_part = r.grain in ("quarter", "half") and r.from_date is not None and "cbase" not in p.groups \
                    and "ago" not in p.groups  # 'the year-ago third quarter' is a comparison's base, as cbase
                if named_part and not _year_before(r, anchor, here, ref):
                    anchor = latest = here
                    if r.grain == "quarter":
                        quarter = here
                elif (p.form in ("first", "to_date") or (_whole_month(r) and "cbase" not in p.groups)
                      or (p.form == "date" and "span" in p.groups and months_spanned(r.from_date, r.to_date) != 12)) \
                        and r.from_date is not None and not _year_before(r, latest, here, ref):
                    latest = here  # 'a year earlier' after 'the first nine months', 'in August', 'the nine months
                    # to September' or 'so far this year' points to it (not 'the year ended Aug. 31': 'last year'
                    # after it stays the calendar year, as TimeML annotates it)
                elif back is None and r.grain == "year" and p.form != "deadline" and "by" not in p.groups \
                        and not _same_sentence(anchor, here) and (_ended_by(r, ref) or anchor is None
                                                                  or not _ended_by(anchor[0], ref)):
                    # a year the text turns to; not a deadline ('by 1992', 'by year end') nor a year in the
                    # quarter's own sentence ('third-quarter net will fall below the $2 million of last year')
                    anchor = latest = None
                    reported = (None, None)
                if (anchor, latest) != reported and (latest is here or anchor is here) and _ended_by(r, ref):
                    reported = (anchor, latest)
            out.append(r)
        return out

    def _the_n_months(self, p: PeriodMention, r: Resolved, months: list[tuple[Resolved, int]], ref: Date | None
                      ) -> Resolved:
        """'the two months', 'the latest nine months' (no 'first'): the months named just before that abut
        and number as many ('in June and July ... Over the two months'), else the year's first months where the
        reference date has just passed them ('For the nine months, net rose' in an October report), else no
        dates."""
        named = self._abutting(months, p.start, self._num(p.groups["n"]))
        if named is not None:
            return named[0]
        if ref is None or r.to_date is None or (r.to_date <= ref and (ref - r.to_date).days <= self.bare_reach):
            return r
        return Resolved(None, None, r.grain, True)

    def _abutting(self, months: list[tuple[Resolved, int]], at: int, n: int) -> tuple[Resolved, int] | None:
        """The last months named before `at` (within ANAPHOR_WINDOW) that abut one another and span n months
        together, with where the last of them ends; None when they do not."""
        start: Date | None = None
        end: Date | None = None
        last = at
        for a, a_end in reversed([m for m in months if m[1] <= at]):
            if at - a_end > self.window or a.from_date is None or a.to_date is None:
                return None
            if start is None:
                start, end, last = a.from_date, a.to_date, a_end
            elif a.to_date + timedelta(days=1) == start:
                start = a.from_date
            else:
                return None
            if months_spanned(start, end) == n:
                return Resolved(start, end, "month", True), last
        return None

    def _from_named(self, p: PeriodMention, r: Resolved, named: tuple[Resolved, int] | None) -> Resolved:
        """'the following year', 'later that year', 'the previous month': counted from the period named last
        within ANAPHOR_WINDOW characters (REL_ANAPHORIC), else r as the reference date gives it."""
        if "wthe" in p.groups:  # 'the previous Friday', 'the following Monday': from the day named before
            return self._weekday_from(p.groups, r, named)
        rel = " ".join(p.groups.get("rel", "").lower().split())
        if p.form != "relative" or rel not in self.anaphoric_rels:
            return r
        unit = self.units[p.groups["unit"].lower()] if "unit" in p.groups else "day"  # 'the next morning': a day
        if named is None or p.start - named[1] > self.window:
            return r
        a = named[0]
        if a.from_date is None or a.to_date is None or GRAINS.index(a.grain) > GRAINS.index(unit):
            return Resolved(None, None, unit, True)
        n = self.anaphoric_rels[rel]
        size = {"year": 12, "half": 6, "quarter": 3, "month": 1}.get(unit)
        if size is not None and months_spanned(a.from_date, a.to_date) == size:
            # 'the year to March 2025 ... the previous year': that span a unit back, however it is aligned
            return Resolved(shift_months(a.from_date, size * n), shift_months(a.to_date, size * n), unit, True)
        return Resolved(*unit_at(a.to_date if n > 0 else a.from_date, unit, n), unit, True)

    def _before_named(self, p: PeriodMention, r: Resolved, named: tuple[Resolved, int] | None) -> Resolved:
        """'a month earlier', 'two years earlier', 'a quarter before': the period named last in the sentence
        (`named`, None when there is none) that many units back, when it is no coarser than the unit ('€1.1bn in
        February from €640m a month earlier' is January); 'the previous 12 months': the months just before it,
        whatever its grain. Else r, counted from the reference date."""
        if named is None:
            return r
        a = named[0]
        unit = self.units[p.groups["unit"].lower()]
        if a.from_date is None or a.to_date is None or unit not in GRAINS or a.grain not in GRAINS \
                or p.form == "ago" and GRAINS.index(a.grain) > GRAINS.index(unit):
            return r
        n = -self._num(p.groups.get("n"))
        if p.form == "past":  # the span of that many units ending the day before the period named
            end = a.from_date - timedelta(days=1)
            return Resolved(_units_on(end, unit, n, shift_months) + timedelta(days=1), end, unit, True)
        return Resolved(_units_on(a.from_date, unit, n, shift_months), _units_on(a.to_date, unit, n, shift_months),
                        a.grain, True)

    def _the_unit(self, p: PeriodMention, r: Resolved, told: tuple[Resolved, int] | None, ref: Date | None
                  ) -> Resolved:
        """'for the year', 'later in the day': the period of that unit the text named last within ANAPHOR_WINDOW
        characters ('In 1996 ... For the year, sales rose' is 1996), else r, the reference date's; 'earlier in
        the year' then runs up to the reference date, as 'earlier this year' does."""
        if told is not None and p.start - told[1] <= self.window and told[0].grain == r.grain:
            return replace(told[0], relative=True)
        if p.groups.get("edge", "").lower() == "earlier":
            return self.form_to_date({"unit": p.groups["unit"]}, ref)
        if "fy" in p.groups and self.fiscal_start != 1 and ref is not None:
            return _fiscal_year(ref, self.fiscal_start, 0)
        return r

    def _weekday_from(self, g: Groups, r: Resolved, named: tuple[Resolved, int] | None) -> Resolved:
        """'the previous Friday' after a day named in the text: the Friday before that day ('the following
        Monday' the one after); r, from the reference date, when the text named no day before."""
        if named is None or named[0].grain != "day" or named[0].from_date is None:
            return r
        g = {k: v for k, v in g.items() if k != "wthe" and k not in TENSE_KEYS}
        return self._weekday(g, named[0].from_date)

    def _company_year_start(self, mentions: list[PeriodMention]) -> int | None:
        """The month a company's year starts in, when the text reports a year ended (or ending) on a day other
        than Dec. 31 ('for the year ended Sept. 30' -> October, 'in the year ending June 30, 1990' -> July), or
        the last quarter or half ended in another month ('its fourth quarter ended Sept. 30'), or a fiscal
        quarter or half ended in a month that puts the year's end elsewhere ('the fiscal first quarter ended
        Oct. 31' -> August), or quarters named by their fiscal year ('Q2FY26', 'H1 FY26') where the place's year
        is not the calendar's (India's: April); None for a calendar year or none stated."""
        for p in mentions:
            g = p.groups
            ending = g.get("ending", "").lower()
            if p.rule == "period.ended" and "month" in g and (
                    ending.endswith(("ended", "ending", "ends"))
                    or ending == "to" and _FISCAL_SPAN.search(g.get("span", ""))):  # 'its financial year to June 30'
                words = g["span"].lower().replace("-", " ").split()
                if words[-1] == "year" or words[:2] in (["12", "months"], ["twelve", "months"]):
                    after = 0
                elif words[-1] in ("quarter", "half") and len(words) > 1 and words[-2] in self.ords:
                    n, size = self.ords[words[-2]], 3 if words[-1] == "quarter" else 6
                    if n * size > 12 or n * size < 12 and words[0] != "fiscal":
                        continue  # 'the second quarter ended Oct. 31' may be a year-ago one of an old calendar
                    after = 12 - n * size  # months from the part's end to the year's
                else:
                    continue
                start = (self._month(g["month"]) + after) % 12 + 1
                return None if start == 1 else start
        if self.place_start != 1 and any(p.form in ("quarter", "half") and "fyof" in p.groups for p in mentions):
            return self.place_start  # 'Q2FY26' in an Indian story: its bare 'Q2', 'the first half' are fiscal too
        return None

    def _points_back(self, p: PeriodMention) -> int | None:
        """Months a period pointing back lies before the one it points to (0 or 12), None for any other."""
        g = p.groups
        if p.form == "quarter" and "anaphor" in g:
            return 12 if ("ago" in g or "ryearq" in g or "ayear" in g) else 0
        if p.form == "quarter" and "ago" in g and "quarter" not in g:  # 'the year-ago third quarter' names its own
            return 12
        if p.form == "ago" and self.units.get(g["unit"].lower()) == "year" and self._num(g.get("n")) == 1:
            return 12
        if p.form == "relative" and "base" in g:  # 'compared with $33 million last year'
            return 12
        return None

    # -- small readers
    def _month(self, s: str) -> int:
        return self.months[s.lower().rstrip(".")]

    def _num(self, s: str | None) -> int:
        if s is None:
            return 1
        s = s.lower()
        return int(s) if s.isdigit() else self.nums[s]

    def _rel(self, s: str) -> int:
        return self.rels[" ".join(s.lower().split())]

    def _anchor_year(self, g: Groups, ref: Date | None) -> tuple[int | None, bool]:
        """The year a phrase is anchored in: written, 'last year', 'the year', or the reference year."""
        if "year" in g:
            return year_of(g["year"]), False
        if "yy" in g:
            return year_of(g["yy"]), False
        if "ryear" in g:
            return (ref.year + self._rel(g["ryear"]) if ref else None), True
        return (ref.year if ref else None), True

    def _tensed_year(self, g: Groups, ref: Date | None, first: tuple[int, int], last: tuple[int, int],
                     ended: bool = False) -> tuple[int | None, bool]:
        """The year of a day, month or quarter written without one, running (month, day) first..last in its
        year. In past-tense reporting, the latest that has begun by the reference date ('said in August' in
        a March story is last August); in the future tense, the one nearest the reference date among those
        not ended more than TENSE.future_lookback_days before it, a later one on a tie ('will join in
        April' in a December story is next April; 'will report fourth-quarter results' in February is the
        quarter just ended); in the present tense, the nearest; without a tense cue, the reference year.
        `ended`: a span of months (a quarter, a half, 'October-December') reported in the past tense by a cue
        near it (TENSE.ended_reach_words) is one that has ended by the reference date ('first-half profit rose' in
        a March story is last year's)."""
        if ref is None or any(k in g for k in ("year", "yy", "ryear")):
            return self._anchor_year(g, ref)
        tense = g.get("tense")
        if tense == PAST and ended and 0 <= int(g.get("tense_words", "-1")) <= self.ended_reach \
                and g.get("tense_cue", "") not in self.forecast_cues:  # 'had estimated third-quarter revenue': ahead
            return (ref.year if Date(ref.year, last[0], _in_month(ref.year, *last)) <= ref else ref.year - 1), True
        if tense == PAST:
            return (ref.year - 1 if first > (ref.month, ref.day) else ref.year), True
        if tense == FUTURE:
            lookback = 0 if g.get("ahead") else self.lookback
            ahead = [y for y in range(ref.year - 1, ref.year + 2) if -_distance(ref, y, first, last) <= lookback]
            return min(ahead, key=lambda y: (abs(_distance(ref, y, first, last)), -y)), True
        if tense == "present":
            return min(range(ref.year - 1, ref.year + 2), key=lambda y: (abs(_distance(ref, y, first, last)), -y)), True
        if ended and g.get("untensed_line"):
            # a headline or table line with no verb ('Quorvane Q4 exports +5.2% y/y', 'Q3 revenue: $1.1bn') reports
            # results: the latest such span ended by the reference date
            return (ref.year if Date(ref.year, last[0], _in_month(ref.year, *last)) <= ref else ref.year - 1), True
        return ref.year, True

    # -- one reader per form
    def form_date(self, g: Groups, ref: Date | None) -> Resolved:
        if "dshift" in g:  # 'the day after last Friday', 'the day before Thanksgiving'
            r = self.form_date({k: v for k, v in g.items() if k != "dshift"}, ref)
            step = timedelta(days=1 if g["dshift"].lower().endswith("after") else -1)
            return replace(r, from_date=r.from_date + step, to_date=r.to_date + step) if r.from_date and r.to_date \
                else r
        if "weekday" in g:
            return self._weekday(g, ref)
        if "holiday" in g:
            return self._holiday(g, ref)
        if "wkrel" in g:
            return self._weekend(g, ref)
        if "ending" in g:
            return self._ended(g, ref)
        if "dday" in g:
            d = ref + timedelta(days=self.deictic[g["dday"].lower()]) if ref else None
            return Resolved(d, d, "day", True)
        if "pref" in g:  # 'now', 'currently': the reference date
            return Resolved(ref, ref, "day", True)
        if "vref" in g:  # 'recently', 'the future': a reference to the past or future, no interval
            return Resolved(None, None, "day", True)
        month = int(g["mnum"]) if "mnum" in g else self._month(g["month"])
        day = int(g["day"])
        month2 = self._month(g["month2"]) if "month2" in g else month  # 'from June 28 to July 3'
        if month2 < month:  # 'Dec. 20 through Jan. 5': the year is the end's, less one
            year, rel = self._tensed_year(g, ref, (month2, int(g["day2"])), (month2, int(g["day2"])))
            year = year - 1 if year is not None else None
        else:
            year, rel = self._tensed_year(g, ref, (month, day), (month2, int(g["day2"])) if "month2" in g
                                          else (month, day))
        if g.get("tense") == PAST and year is not None and ref is not None and "year" not in g and "yy" not in g:
            year = self._reported_day_year(ref, year, month, day)  # a year written stands ('ended March 2024')
        if "wday" in g and year is not None and ref is not None and "year" not in g and "yy" not in g:
            year = self._year_of_weekday(ref, month, day, self.weekdays[g["wday"].lower()], year)
        if year is None:
            return Resolved(None, None, "day", True)
        if not is_day(year, month, day):
            return Resolved(None, None, "day", rel)
        d = Date(year, month, day)
        if "day2" in g and month2 != month:  # 'from June 28 to July 3', 'Dec. 20 through Jan. 5'
            year2 = year + 1 if month2 < month else year
            end = Date(year2, month2, int(g["day2"])) if is_day(year2, month2, int(g["day2"])) else d
            return Resolved(d, end, "day", rel)
        if "day2" in g:  # 'October 4-6', 'from 4 to 6 October', 'from June 1 to June 12': one day to the other
            day2 = int(g["day2"])
            end = Date(year, month, day2) if day < day2 <= last_day(year, month) else d
            return Resolved(d, end, "day", rel)
        if "weekof" in g:  # 'the week of March 6': the Monday-to-Sunday week holding that day
            monday = d - timedelta(days=d.weekday())
            return Resolved(monday, monday + timedelta(days=6), "week", rel)
        return Resolved(d, d, "day", rel)

    def _reported_day_year(self, ref: Date, year: int, month: int, day: int) -> int:
        """A day without a year in past-tense reporting is the latest one by the reference date, unless that
        lies more than TENSE.past_day_reach_days back while the same day of the reference year is at most
        TENSE.future_lookback_days ahead: news writes the year of a day nearly a year old ('holders of
        record Nov. 16, the company said' in a story of Nov. 1 is this Nov. 16)."""
        if not (is_day(year, month, day) and is_day(year + 1, month, day)):
            return year
        if (ref - Date(year, month, day)).days > self.past_day_reach \
                and (Date(year + 1, month, day) - ref).days <= self.lookback:
            return year + 1
        return year

    def _year_of_weekday(self, ref: Date, month: int, day: int, wd: int, year: int) -> int:
        """'Monday, Oct. 26' without a year: the year near the reference date in which that day is a Monday."""
        for y in sorted(range(ref.year - 1, ref.year + 2), key=lambda y: abs(y - ref.year)):
            if is_day(y, month, day) and Date(y, month, day).weekday() == wd:
                return y
        return year

    def _ended(self, g: Groups, ref: Date | None) -> Resolved:
        """'the three months ended March 31', 'the quarter ended Sept. 30': the months running up to that day
        (a past day when 'ended' and no year)."""
        words = g["span"].lower().replace("-", " ").split()
        n = next((self._num(w) for w in words if w.isdigit() or w in self.nums), None)
        months = n or next((m for w, m in self.span_months.items() if w in words), 3)
        day = dict(g)
        del day["ending"]
        if g["ending"].lower().endswith("ended"):
            day["tense"] = PAST  # the participle itself reports a past day, whatever the clause plans
        day.setdefault("day", "1")  # 'the three months to March': to the month's last day
        end = self.form_date(day, ref).to_date
        if end is None:
            return Resolved(None, None, "month", True)
        if any(w.startswith("week") for w in words):  # 'the 13 weeks to 1 March': that many weeks up to the day
            return Resolved(end - timedelta(days=7 * (n or 1) - 1), end, "week", "year" not in g)
        if "day" not in g:
            end = end.replace(day=last_day(end.year, end.month))
        start = shift_months(end, -months) + timedelta(days=1)
        grain = {3: "quarter", 6: "half", 12: "year"}.get(months, "month")
        return Resolved(start, end, grain, "year" not in g)

    def _holiday(self, g: Groups, ref: Date | None) -> Resolved:
        """'Thanksgiving Day', 'last Christmas', 'Black Friday 2023': the day HOLIDAY gives in the year written,
        else 'last'/'next' strictly before/after the reference date, else the year the tense makes true."""
        spec = self.holidays[" ".join(g["holiday"].lower().replace("’", "'").split())]
        if "year" in g:
            d = holiday(spec, year_of(g["year"]))
            return Resolved(d, d, "day", False)
        if ref is None:
            return Resolved(None, None, "day", True)
        rel = self.weekday_rels[" ".join(g["hrel"].lower().split())] if "hrel" in g else 0
        if rel < 0:
            d = max(x for x in (holiday(spec, ref.year + k) for k in (-1, 0)) if x < ref)
        elif rel > 0:
            d = min(x for x in (holiday(spec, ref.year + k) for k in (0, 1)) if x > ref)
        else:
            near = holiday(spec, ref.year)
            year, _ = self._tensed_year(g, ref, (near.month, near.day), (near.month, near.day))
            d = holiday(spec, year if year is not None else ref.year)
        return Resolved(d, d, "day", True)

    def _weekend(self, g: Groups, ref: Date | None) -> Resolved:
        """'over the weekend', 'this weekend': Saturday and Sunday; in past-tense reporting (and without a cue)
        the latest that began by the reference date, in the future tense the next not yet over; 'last weekend'
        the latest ended before it, 'next weekend' the first begun after it."""
        if ref is None:
            return Resolved(None, None, "day", True)
        rel = " ".join(g["wkrel"].lower().split())
        sat = ref - timedelta(days=(ref.weekday() - 5) % 7)  # the latest Saturday on or before ref
        inside = sat + timedelta(days=1) >= ref  # ref is that Saturday or Sunday
        week = timedelta(days=7)
        if rel in ("last", "past", "this past"):
            sat = sat - week if inside else sat
        elif rel in ("next", "coming", "this coming") or (g.get("tense") == FUTURE and not inside):
            sat = sat + week
        return Resolved(sat, sat + timedelta(days=1), "day", True)

    def _weekday(self, g: Groups, ref: Date | None) -> Resolved:
        """'Friday': in past-tense reporting (and without a cue) the latest Friday on or before the reference
        date, in the future tense the next on or after it; 'last Friday' is strictly before, 'next Friday'
        strictly after."""
        if ref is None:
            return Resolved(None, None, "day", True)
        wd = self.weekdays[g["weekday"].lower()]
        rel = self.weekday_rels[" ".join(g["wrel"].lower().split())] if "wrel" in g else 0
        back = (ref.weekday() - wd) % 7
        ahead = (wd - ref.weekday()) % 7
        if rel < 0:
            d = ref - timedelta(days=back or 7)
        elif rel > 0:
            d = ref + timedelta(days=ahead or 7)
        elif g.get("tense") == FUTURE:
            d = ref + timedelta(days=ahead)
        else:
            d = ref - timedelta(days=back)
        return Resolved(d, d, "day", True)

    def form_month(self, g: Groups, ref: Date | None) -> Resolved:
        if "day" in g:
            return self.form_date(g, ref)
        if "season" in g:
            return self._season(g, ref)
        if "yearw" in g:  # 'March nineteen eighty-two'
            g = {**g, "year": str(self._year_words(g["yearw"]))}
        month = self._month(g["month"])
        if "lyear" in g and "year" not in g:  # 'in January and February 2023': the list's year (December
            later = month > self._month(g["lmonth"])  # before a January takes the year before)
            g = {**g, "year": str(year_of(g["lyear"]) - later)}
        if "mrel" in g:
            return self._month_rel(g, ref, month)
        year, rel = self._tensed_year(g, ref, (month, 1), (month, last_day(2000, month)))
        if year is None:
            return Resolved(None, None, "month", True)
        a, b = month_span(year, month)
        return Resolved(a, b, "month", rel)

    def _month_rel(self, g: Groups, ref: Date | None, month: int) -> Resolved:
        """'last May' is the latest May before the reference month, 'next April' the first after it."""
        if ref is None:
            return Resolved(None, None, "month", True)
        rel = self.weekday_rels[" ".join(g["mrel"].lower().split())]
        year = ref.year
        if rel < 0 and month >= ref.month:
            year -= 1
        elif rel > 0 and month <= ref.month:
            year += 1
        a, b = month_span(year, month)
        return Resolved(a, b, "month", True)

    def form_year(self, g: Groups, ref: Date | None) -> Resolved:
        y = self._year_words(g["yearw"]) if "yearw" in g else year_of(g["year"])
        return Resolved(Date(y, 1, 1), Date(y, 12, 31), "year")

    def _year_words(self, s: str) -> int:
        """'nineteen ninety-six' -> 1996, 'two thousand and one' -> 2001, 'two thousand' -> 2000."""
        words = [w for w in s.lower().replace("-", " ").split() if w != "and"]
        if words[:2] == ["two", "thousand"]:
            return 2000 + sum(self.year_words[w] for w in words[2:])
        return self.year_words[words[0]] * 100 + sum(self.year_words[w] for w in words[1:])

    def _season(self, g: Groups, ref: Date | None) -> Resolved:
        """'this summer', 'last fall', 'the winter of 1994': a season's meteorological months (SEASON); a
        winter is named by the year it starts in. 'last' is the latest ended before the reference date,
        'next' the first begun after it, 'this' the one holding it, else the one of the reference year."""
        first, last = self.seasons[g["season"].lower()]

        def span(y: int) -> tuple[Date, Date]:
            y2 = y + 1 if last < first else y
            return Date(y, first, 1), Date(y2, last, last_day(y2, last))

        if "year" in g:
            return Resolved(*span(year_of(g["year"])), "month", False, True)
        if ref is None:
            return Resolved(None, None, "month", True, True)
        spans = [span(y) for y in range(ref.year - 2, ref.year + 2)]
        rel = self.season_rels.get(" ".join(g.get("srel", "this").lower().split()), 0)
        if rel < 0:
            a, b = max(s for s in spans if s[1] < ref)
        elif rel > 0:
            a, b = min(s for s in spans if s[0] > ref)
        else:
            a, b = next((s for s in spans if s[0] <= ref <= s[1]), span(ref.year))
        return Resolved(a, b, "month", True, True)

    def form_decade(self, g: Groups, ref: Date | None) -> Resolved:
        if g.keys() & {"cent", "centw", "crel"}:
            return self._century(g, ref)
        y = int(g["decade"]) if "decade" in g else self.decade_words[" ".join(g["decadew"].lower().split())]
        return Resolved(Date(y, 1, 1), Date(y + 9, 12, 31), "year")

    def _century(self, g: Groups, ref: Date | None) -> Resolved:
        """'the 20th century' -> 1900..1999 (the years its hundreds name, as TimeML's '19'); 'this century',
        'the last century' from the reference year."""
        if "cent" in g:
            n = int(g["cent"][:2])
        elif "centw" in g:
            n = {"nineteenth": 19, "twentieth": 20, "twenty-first": 21}[g["centw"].lower()]
        elif ref is None:
            return Resolved(None, None, "year", True)
        else:
            n = ref.year // 100 + 1 + self._rel(g["crel"].replace("the ", ""))
        first = (n - 1) * 100
        return Resolved(Date(first, 1, 1), Date(first + 99, 12, 31), "year", "crel" in g)

    def form_year_range(self, g: Groups, ref: Date | None) -> Resolved:
        a = year_of(g["year"])
        b = end_year(a, g["year2"])
        fs = self.fy_month
        if fs == 1 and g.get("sep") in ("-", "–", "/"):
            fs = self.split_start  # '2024-25' in a text about a place whose years start in July
        if fs != 1 and b == a + 1:  # '2025-26' where years start in April: that fiscal year
            start = Date(a, fs, 1)
            return Resolved(start, add_months(start, 12) - timedelta(days=1), "year")
        return Resolved(Date(a, 1, 1), Date(b, 12, 31), "year")

    def _fiscal_year_start(self, g: Groups, named: int) -> Date | None:
        """The first day of fiscal year `named` (no split name): the caller's year, named by the calendar year it
        ends in; else the company's ('fy_start', the same); else the place's, named as the place names it; None
        for a calendar year."""
        if self.fiscal_start != 1:
            return Date(named - 1, self.fiscal_start, 1)
        if "fy_start" in g and g["fy_start"] != "1":
            return Date(named - 1, int(g["fy_start"]), 1)
        if self.place_start != 1 and "fy_start" not in g:
            return Date(named - (self.place_named_by == "end"), self.place_start, 1)
        return None

    def _nth_part(self, g: Groups, ref: Date | None, unit: str, months: int) -> Resolved:
        """The n-th quarter or half of a year: 'Q3 2024', 'the second half of last year'."""
        if "fiscal" in g and ref is not None and g.get("tense") != FUTURE \
                and not any(k in g for k in ("year", "yy", "ryear")):
            # 'the fiscal first quarter' of a fiscal year the text does not give: the quarter a results
            # story reports, the last one ended by the reference date
            return Resolved(*unit_at(ref, unit, -1), unit, True)
        n = int(g[unit]) if g[unit].isdigit() else self.ords[g[unit].lower()]
        if "fyof" in g:  # 'Q3 FY25', 'the third quarter of fiscal 2025': of the fiscal year, named by its end
            named = year_of(g["year"] if "year" in g else g["yy"])
            begins = self._fiscal_year_start(g, named)
            if "year2" in g:  # 'the first half of fiscal year 2025-26': of the year that runs from 2025 into 2026
                first, named = named, end_year(named, g["year2"])
                begins = self._fiscal_year_start(g, named)
                if begins is None and self.split_start != 1 and named == first + 1:
                    begins = Date(first, self.split_start, 1)
                if begins is None:  # a split name under a calendar year: which months it starts in is unsaid
                    return Resolved(None, None, unit, False)
            a = shift_months(begins or Date(named, 1, 1), months * (n - 1))
            return Resolved(a, shift_months(a, months) - timedelta(days=1), unit, False)
        first = (int(g.get("fy_start", "1")) - 1 + months * (n - 1)) % 12 + 1  # a company's year: 'fy_start'
        last = (first - 1 + months - 1) % 12 + 1
        year, rel = self._tensed_year(g, ref, (first, 1), (last if last >= first else 12, 31), ended=True)
        if year is None:
            return Resolved(None, None, unit, True)
        a, _ = month_span(year, first)
        _, b = month_span(year + (last < first), last)
        if "ago" in g:  # 'the year-ago third quarter': the same quarter a year before
            return Resolved(shift_months(a, -12), shift_months(b, -12), unit, rel)
        return Resolved(a, b, unit, rel)

    def form_quarter(self, g: Groups, ref: Date | None) -> Resolved:
        if "qmonth" in g:  # 'the September quarter': the three months ending with that month
            named = {k: v for k, v in g.items() if k != "qmonth"}
            r = self.form_month({**named, "month": g["qmonth"]}, ref)
            if r.to_date is None:
                return Resolved(None, None, "quarter", True)
            return Resolved(shift_months(r.to_date.replace(day=1), -2), r.to_date, "quarter", r.relative)
        if "qlast" in g:  # 'the last quarter of 2024', 'the final quarter of last year': the fourth
            g = {**g, "quarter": "4"}
        if "ayear" in g:  # 'the 1988 period' with nothing to point back to: that year
            return self.form_year({"year": g["ayear"]}, ref)
        if "quarter" not in g:  # 'the latest quarter' with nothing to point back to: the last one ended
            if ref is None:
                return Resolved(None, None, "quarter", True)
            a, b = unit_at(ref, "quarter", -1)
            back = 12 if ("ago" in g or "ryearq" in g) else 0
            return Resolved(shift_months(a, -back), shift_months(b, -back), "quarter", True)
        if "q0" in g:  # 'the first and second quarters of 2025' (two that abut), 'the second to fourth quarter':
            # the first one's start to the last one's end
            upto = self._nth_part(g, ref, "quarter", 3)
            first, last = (int(q) if q.isdigit() else self.ords[q.lower()] for q in (g["q0"], g["quarter"]))
            if upto.from_date is None or first >= last:
                return Resolved(None, None, "quarter", True)
            return Resolved(shift_months(upto.from_date, -3 * (last - first)), upto.to_date, "quarter", upto.relative)
        return self._nth_part(g, ref, "quarter", 3)

    def form_half(self, g: Groups, ref: Date | None) -> Resolved:
        if "hyear" in g:  # 'half-year profit', 'the interim dividend': the last half ended by the reference date
            if ref is None:
                return Resolved(None, None, "half", True)
            return Resolved(*unit_at(ref, "half", -1), "half", True)
        if "hlast" in g:  # 'the last half of 1989', 'the latter half of the year': the second
            g = {**g, "half": "2"}
        return self._nth_part(g, ref, "half", 6)

    def form_fiscal(self, g: Groups, ref: Date | None) -> Resolved:
        # the fiscal year given by the caller, else the company's as its text reports it ('fy_start'), else the
        # place's (FISCAL_BY_PLACE)
        if "year2" in g:
            first = year_of(g["year"])
            last = end_year(first, g["year2"])
            start = self._fiscal_year_start(g, last)
            if start is None and self.split_start != 1 and last == first + 1:
                start = Date(first, self.split_start, 1)  # 'FY2024-25' in an Australian story: from July 2024
            if start is None:  # a split name under a calendar fiscal year: both years, honestly vague
                return Resolved(Date(first, 1, 1), Date(last, 12, 31), "year", approximate=True)
            start = start.replace(year=last - 1)  # 'FY2024-25' runs from 2024 whatever the naming
        else:
            last = year_of(g["year"])
            start = self._fiscal_year_start(g, last)
        if start is None:
            return Resolved(Date(last, 1, 1), Date(last, 12, 31), "year")
        end = add_months(start, 12) - timedelta(days=1)
        return Resolved(start, end, "year")

    def form_month_range(self, g: Groups, ref: Date | None) -> Resolved:
        m1, m2 = self._month(g["month"]), self._month(g["month2"])
        if "year1" in g:
            year, rel = self._anchor_year(g, ref)
        else:  # the year of its last month, as the tense makes it true
            year, rel = self._tensed_year(g, ref, (m1 if m1 <= m2 else 1, 1), (m2, 31), ended=True)
        if year is None:
            return Resolved(None, None, "month", True)
        y1 = year_of(g["year1"]) if "year1" in g else (year - 1 if m1 > m2 else year)
        return Resolved(Date(y1, m1, 1), Date(year, m2, last_day(year, m2)), "month", rel)

    def form_relative(self, g: Groups, ref: Date | None) -> Resolved:
        """'last year', 'this quarter'; 'full-year' alone is this year, 'full-year 2023' is 2023."""
        unit = self.units[g["unit"].lower()] if "unit" in g else "day"  # 'the next morning', 'that night'
        if "year" in g:
            return self.form_year(g, ref)
        if ref is None or g.get("rel", "").lower() == "that":  # 'that year' counts only from a period named
            return Resolved(None, None, unit, True)
        if unit == "year" and "rel" not in g and g.get("tense") == PAST and ref.month <= self.results_through \
                and 0 <= int(g.get("tense_words", "-1")) <= self.ended_reach \
                and g.get("tense_cue", "") not in self.forecast_cues:
            return Resolved(*unit_at(ref, unit, -1), unit, True)  # 'For the full year, revenue rose' in March
        offset = self._rel(g["rel"]) if "rel" in g else 0
        if unit == "year" and "fyr" in g and self.fy_month != 1:  # 'the current fiscal year' from April
            return _fiscal_year(ref, self.fy_month, offset)
        return Resolved(*unit_at(ref, unit, offset), unit, True)

    def form_ago(self, g: Groups, ref: Date | None) -> Resolved:
        unit = self.units[g["unit"].lower()]
        if ref is None:
            return Resolved(None, None, unit, True)
        return Resolved(*unit_at(ref, unit, -self._num(g.get("n"))), unit, True)

    def form_to_date(self, g: Groups, ref: Date | None) -> Resolved:
        unit = self.units[g.get("unit", "year").lower()]
        if ref is None:
            return Resolved(None, None, "day", True)
        start, _ = unit_at(ref, unit, 0)
        return Resolved(start, ref, "day", True)

    def form_past(self, g: Groups, ref: Date | None) -> Resolved:
        unit = self.units[g["unit"].lower()]
        n = self._num(g.get("n"))
        if ref is None:
            return Resolved(None, None, unit, True)
        if "ahead" in g:  # 'the next two years' on Oct. 30, 1989: to Oct. 30, 1991 (realnews' reading)
            return Resolved(ref, _units_on(ref, unit, n), unit, True)
        # 'the last week' is seven days, the reference date the last of them; 'the past two months' on Oct. 27:
        # Aug. 28 to Oct. 27
        return Resolved(_units_on(ref, unit, -n) + timedelta(days=1), ref, unit, True)

    def form_first(self, g: Groups, ref: Date | None) -> Resolved:
        unit = self.units[g["unit"].lower()]
        n = self._num(g["n"])
        year, rel = self._anchor_year(g, ref)
        if year is None:
            return Resolved(None, None, unit, True)
        start = Date(year, 1, 1)
        if unit in ("day", "week"):
            end = start + timedelta(days=n * (7 if unit == "week" else 1) - 1)
        else:
            end = add_months(start, n * (3 if unit == "quarter" else 1)) - timedelta(days=1)
        return Resolved(start, end, unit, rel)

    def form_part(self, g: Groups, ref: Date | None) -> Resolved:
        """'early May', 'mid-month', 'late 2024', 'the end of the year': approximate parts."""
        part = self.parts[" ".join(g["part"].lower().split())]
        if "until" in g:  # 'bidders have until mid-November': as a deadline reads its tense
            g = {**g, "tense": "present" if g.get("tense") == PAST else FUTURE}
        if "decade" in g:  # 'the mid-1990s': 1994-1996 (DECADE_PART_YEARS)
            a, b = self.decade_parts[part]
            y = int(g["decade"])
            return Resolved(Date(y + a, 1, 1), Date(y + b, 12, 31), "year", False, True)
        if part == "late" and "by" in g:
            # 'plans to cut 6,000 jobs by the end of 1990': a deadline ahead, the whole year or month (as 'by
            # 1990'); 'by the end of last year, its GMV was $14 million': an edge passed, as of that edge
            edge = self._part_of_month(g, ref, part) if "month" in g or g.get("theunit", "").lower() == "month" \
                else self._part_of_year(g, ref, part)
            return _whole_of(edge) if ref is None or edge.to_date is None or edge.to_date > ref else edge
        if "month" in g or g.get("theunit", "").lower() == "month":
            return self._part_of_month(g, ref, part)
        return self._part_of_year(g, ref, part)

    def _part_of_month(self, g: Groups, ref: Date | None, part: str) -> Resolved:
        if "month" in g:
            month = self._month(g["month"])
            year, rel = self._tensed_year(g, ref, (month, 1), (month, 31))
        else:
            month, year, rel = (ref.month if ref else 0), (ref.year if ref else None), True
        if year is None:
            return Resolved(None, None, "day", True, True)
        a, b = PART_DAYS[part]
        last = last_day(year, month)
        return Resolved(Date(year, month, a), Date(year, month, min(b, last)), "day", rel, True)

    def _part_of_year(self, g: Groups, ref: Date | None, part: str) -> Resolved:
        """'early 2024', 'mid-year', 'year-end'; without a year, in past-tense reporting, the latest one begun
        by the reference date ('shares rose 5% since year-end' in June is last year's end)."""
        year, rel = self._anchor_year(g, ref)
        if year is None:
            return Resolved(None, None, "quarter", True, True)
        if rel and ref is not None and g.get("tense") == PAST and "ryear" not in g:
            first = 5 if part == "mid" else (1 if part == "early" else 12)  # an end: its last month begun
            year -= 1 if Date(year, first, 1) > ref else 0
        if part == "mid":
            return Resolved(Date(year, 5, 1), Date(year, 8, 31), "month", rel, True)
        q = 1 if part == "early" else 4
        a, b = month_span(year, 3 * q - 2, 3 * q)
        return Resolved(a, b, "quarter", rel, True)

    def form_deadline(self, g: Groups, ref: Date | None) -> Resolved:
        """'by 2030' is the period it names (a target's period: 'to reach 50% by 1992' is 1992); 'until',
        'through' run up to its end, from the reference date when that comes before it ('the loan runs
        through January'), else from an open start ('bought shares through Sept. 29'). Without a year, a
        deadline looks ahead unless its clause is in the past tense."""
        g = dict(g)  # in the past tense the nearest ('had bought shares through Sept. 29'), else ahead
        g["tense"] = "present" if g.get("tense") == PAST else FUTURE
        if "month" in g:
            inner = self.form_date(g, ref) if "day" in g else self.form_month(g, ref)
        else:
            inner = self.form_year(g, ref)
        if self.deadlines[g["dl"].lower()] == "by":
            return inner
        start = ref if ref is not None and inner.from_date is not None and ref < inner.from_date else None
        return Resolved(start, inner.to_date, inner.grain, inner.relative or start is not None, inner.approximate)

    def _range(self, p: PeriodMention, ref: Date | None) -> Resolved:
        """Both ends resolved; a first end without a year takes the second's (the year before when its
        month comes later: 'December to March 2024' starts in December 2023)."""
        a, b = p.parts
        rb = self.resolve(b, ref)
        ga = dict(a.groups)
        if "year" not in ga and "year" in b.groups and rb.from_date is not None:
            first_month = int(ga["mnum"]) if "mnum" in ga else self._month(ga["month"])
            ga["year"] = str(rb.from_date.year - (1 if first_month > rb.from_date.month else 0))
        ra = self.resolve(PeriodMention(a.start, a.end, a.text, a.rule, a.form, ga), ref)
        grain = min(ra.grain, rb.grain, key=GRAINS.index)
        return Resolved(ra.from_date, rb.to_date, grain, ra.relative or rb.relative, ra.approximate or rb.approximate)


def _whole_of(r: Resolved) -> Resolved:
    """The whole month or year an edge of it lies in."""
    if r.from_date is None:
        return r
    if r.grain == "day":
        a, b = month_span(r.from_date.year, r.from_date.month)
        return Resolved(a, b, "month", r.relative, True)
    return Resolved(Date(r.from_date.year, 1, 1), Date(r.from_date.year, 12, 31), "year", r.relative, True)


def _distance(ref: Date, year: int, first: tuple[int, int], last: tuple[int, int]) -> int:
    """Days from ref to the span first..last of year: 0 when ref falls inside it, negative when it ended
    before ref. A day the month lacks ('May 0', 'Feb. 30') counts as the month's nearest day."""
    a = Date(year, first[0], _in_month(year, *first))
    b = Date(year, last[0], _in_month(year, *last))
    if a <= ref <= b:
        return 0
    return (a - ref).days if ref < a else (b - ref).days  # negative: ended that many days before ref


def _in_month(year: int, month: int, day: int) -> int:
    return min(max(day, 1), last_day(year, month))


_MONTHS_IN = {"month": 1, "quarter": 3, "half": 6, "year": 12}


def _units_on(d: Date, unit: str, n: int, months: Callable[[Date, int], Date] = add_months) -> Date:
    """d moved n units (back when n < 0): days and weeks by days, longer units by months (`months`: add_months,
    or shift_months to keep a month's last day its last day)."""
    if unit in ("day", "week"):
        return d + timedelta(days=n * (7 if unit == "week" else 1))
    return months(d, n * _MONTHS_IN[unit])


def _in_company_year(p: PeriodMention, year_start: int | None) -> PeriodMention:
    """A quarter or half named without a year ('fourth-quarter'), in a text that reports a company's year
    ended on another day than Dec. 31: a quarter of that year (CONVENTIONS: a company's fiscal year is the
    one it reports)."""
    g = p.groups
    if year_start is not None and p.form == "fiscal" and "year2" not in g:  # 'fiscal 1989' of that company
        return replace(p, groups={**g, "fy_start": str(year_start)})
    if year_start is None or p.form not in ("quarter", "half") or not ("quarter" in g or "half" in g) \
            or any(k in g for k in ("year", "yy", "ryear", "fiscal")):
        return p
    return replace(p, groups={**g, "fy_start": str(year_start)})


def _fiscal_year(ref: Date, start_month: int, offset: int) -> Resolved:
    """The fiscal year starting in start_month that holds ref, moved by offset years."""
    start = add_months(Date(ref.year - (ref.month < start_month), start_month, 1), 12 * offset)
    return Resolved(start, add_months(start, 12) - timedelta(days=1), "year", True)


_FISCAL_SPAN = re.compile(r"(?i)\b(?:financial|fiscal)\b")  # a year 'to' a day is a company's only when so called


def _anchor_for(p: PeriodMention, to: Anchor | None, reported: Anchor | None, ref: Date | None) -> Anchor | None:
    """What a period pointing back points to: the last quarter (or half, or 'first nine months') named; but a
    forecast one (ending after ref) only from its own sentence ('expects fourth-quarter sales of $2 billion, up
    from $1.8 billion a year earlier'), and never for 'the latest quarter': else the last one reported."""
    if to is None or ref is None or to[0].to_date is None or to[0].to_date <= ref:
        return to
    if "latest" not in p.groups and to[2] and to[2] == p.groups.get("sentence"):
        return to
    return reported


def _whole_month(r: Resolved) -> bool:
    """r is one whole month ('in August', 'August's exports')."""
    return r.grain == "month" and r.from_date is not None and r.to_date is not None and r.from_date.day == 1 \
        and r.to_date == month_span(r.from_date.year, r.from_date.month)[1] and r.from_date.month == r.to_date.month


def _same_sentence(anchor: Anchor | None, here: Anchor) -> bool:
    return anchor is not None and bool(anchor[2]) and anchor[2] == here[2]


def _ended_by(r: Resolved, ref: Date | None) -> bool:
    return ref is None or (r.to_date is not None and r.to_date <= ref)


def _wants_quarter(p: PeriodMention) -> bool:
    """'the latest quarter', 'the year-ago quarter' point to a quarter or half; 'the year-ago period', 'a year
    earlier' also to 'the first nine months'."""
    return p.form == "quarter" and " ".join(p.groups.get("anaphor", "").lower().split()) in ("quarter", "three months")


def _year_before(r: Resolved, anchor: Anchor | None, here: Anchor, ref: Date | None) -> bool:
    """r is the anchor's period one year back, named to compare with it: not when the anchor is a forecast
    named in another sentence (then r, reported, is what later periods point back to)."""
    if anchor is None or anchor[0].from_date is None or r.from_date is None:
        return False
    if not _ended_by(anchor[0], ref) and _ended_by(r, ref) and anchor[2] != here[2]:
        return False
    return r.from_date == shift_months(anchor[0].from_date, -12)
