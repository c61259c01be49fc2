"""Finding periods: every rule's regex over the text, the implausible readings dropped, the longest reading of
each phrase kept, and two periods joined into one range ('from May 7 to June 3, 2024').

A finder keeps no state between calls, so one finder may read several texts at once: what a call finds,
and which rules it had to skip, is returned to the caller."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

import regex

from claimgraph.resolve.pairs import join_adjacent
from claimgraph.resolve.periods.dates import year_range_ok
from claimgraph.resolve.periods.mention import PeriodMention
from claimgraph.resolve.periods.tense import FUTURE, PAST, only_ahead, sentence_starts, stated_day, tense_and_distance
from claimgraph.resources.literals import Needs, as_tests, fold, needed
from claimgraph.resources.period_patterns import compile_rule, expand, period_vocab

if TYPE_CHECKING:
    from claimgraph.resources.rules import PeriodRule

# the forms that may leave their year to the tense
UNTENSED_LINE = 160  # characters: a headline or a table row, not a paragraph
_TENSED_FORMS = ("date", "month", "month_range", "quarter", "half", "part", "deadline")
REGEX_TIMEOUT = 2.0  # seconds one period rule may spend on one text

_ELIDED = regex.compile(r"\b(?:in|for|during)\s+(?P<the>the\s+(?P<ord>second|third|fourth))\b"
                        r"(?![\s-]+(?:half|halves|quarter|quarters|time|round|place|largest|biggest|most|\w+est)\b)",
                        regex.IGNORECASE)
_SENTENCE_END = regex.compile(r"[.!?;]\s")
# the word before a position, read from the end (REVERSE): the same match, but a forward search retried the
# word run from each character before it (15-30 us a 60-character window, now under 1)
_WORD_BEFORE = regex.compile(r"([\w.&'’-]+)\s*$", regex.REVERSE)
_WORD_AFTER = regex.compile(r"\s*([\w'’-]+)")
_BY_BEFORE = regex.compile(r"\bby\s+$", regex.IGNORECASE)
_UNTIL_BEFORE = regex.compile(r"\b(?:by|until|till|through)\s+$", regex.IGNORECASE)
_FROM_IN = regex.compile(r"\bfrom\s+[^\s,;]+(?:\s+[^\s,;]+){0,3}\s+in\s+$", regex.IGNORECASE)
_POINTS_BACK = regex.compile(r"\s*(?:That|This|It)\s+(?:was|is|were|had\s+been)\b")  # 'That was up from ... in Q2'
_FROM_FIGURE = "from"  # the cbase mark _FROM_FIGURE_IN sets (checked against the sentence's other periods)
# a figure's base dated by a longer period: 'from 10% at the end of 2024', 'from 25% in the second quarter' (not
# 'a loss from discontinued operations in the third quarter')
_FROM_FIGURE_IN = regex.compile(r"\bfrom\s+[^\s,;]*\d[^\s,;]*(?:\s+[^\s,;]+){0,3}\s+(?:in|at)\s+$",
                                regex.IGNORECASE)


@dataclass(frozen=True)
class PeriodsFound:
    """What one call of a PeriodFinder found: the periods in text order, and the ids of the rules that
    took too long on this text and were skipped."""

    periods: list[PeriodMention]
    timed_out: list[str]


class _Candidate(NamedTuple):
    start: int
    end: int
    order: int  # the rule's place in the rule file: ties go to the rule listed first
    rule: PeriodRule
    groups: dict[str, str]


class PeriodFinder:
    def __init__(self, rules: Iterable[PeriodRule]):
        rules = list(rules)
        self.rules = [(r, compile_rule(r)) for r in rules]
        # strings a match cannot lack; rules share clauses (the month names, a year's digits): each is tested
        # once a text
        self.needs = Needs(as_tests(needed(expand(r.regex))) for r in rules)
        # which rules a gate string opens: a text runs only the rules its gate strings open (and the ungated)
        self.ungated = [order for order, r in enumerate(rules) if not r.requires]
        self.opened_by: dict[str, list[int]] = {}
        for order, r in enumerate(rules):
            for w in r.requires:
                self.opened_by.setdefault(w, []).append(order)
        gates = {w for r in rules for w in r.requires}
        # one pass each finds which gate strings a text holds (longest first, so "earlier" wins over "early")
        self.gates_lower = _gate_regex((w for w in gates if not w[0].isupper()), split=True)
        self.gates_cased = _gate_regex(w for w in gates if w[0].isupper())
        v = period_vocab()
        self.months = {k: int(n) for k, n in v["MONTH"].items()}
        self.year_cues = set(v["YEAR_CUES"]) | set(self.months)
        self.year_followers = set(v["YEAR_FOLLOWERS_OK"])
        self.year_count_words = set(v["YEAR_COUNT_WORDS"])
        self.year_count_nouns = set(v["YEAR_COUNT_NOUNS"])
        self.year_determiners = set(v["YEAR_DETERMINERS"])
        self.year_event_plurals = set(v["YEAR_EVENT_PLURALS"])
        self.year_reported_nouns = set(v["YEAR_REPORTED_NOUNS"])
        self.saying = set(v["SAYING_VERBS"])
        self.results_day_before = regex.compile(v["RESULTS_DAY"]["before"], regex.IGNORECASE)
        self.results_day_after = regex.compile(v["RESULTS_DAY"]["after"], regex.IGNORECASE)
        self.holiday_not_before = set(v["HOLIDAY_NOT_BEFORE"])
        self.holiday_event_days = set(v["HOLIDAY_EVENT_DAYS"])
        self.base_before = regex.compile(v["BASE_BEFORE"], regex.IGNORECASE)
        self.base_compared = regex.compile(v["BASE_COMPARED"], regex.IGNORECASE)
        self.contrast_before = regex.compile(v["CONTRAST_BEFORE"], regex.IGNORECASE)
        self.range_gap = regex.compile(r"\s*(?:to|through|until|till|and|-|–)\s*", regex.IGNORECASE)
        self.range_lead = regex.compile(r"(?:from|between)\s+$", regex.IGNORECASE)

    def __call__(self, text: str, ignored: Iterable[tuple[int, int]] | Iterable[list[int]] = ()) -> list[PeriodMention]:
        """The periods in text (see find() for the rules that were skipped as well)."""
        return self.find(text, ignored).periods

    def find(self, text: str, ignored: Iterable[tuple[int, int]] | Iterable[list[int]] = ()) -> PeriodsFound:
        """The periods in text outside the ignored [start, end) ranges, and the rules skipped on it."""
        skip = [(a, b) for a, b in ignored]
        present = set(self.gates_lower.findall(text.lower()))
        present.update(self.gates_cased.findall(text))
        candidates: list[_Candidate] = []
        timed_out: list[str] = []
        active = set(self.ungated).union(*(self.opened_by[w] for w in present))  # every gate string opens a rule
        folded, needs = fold(text), self.needs
        held = needs.memo()
        for order in sorted(active):
            if not needs.can_match(order, folded, held):
                continue  # the text lacks every string of one clause: the rule cannot match
            rule, rx = self.rules[order]
            try:
                matches = list(rx.finditer(text, timeout=REGEX_TIMEOUT))
            except TimeoutError:
                timed_out.append(rule.id)  # a rule that backtracks too long on this text is skipped
                continue
            if matches:  # most rules that run find nothing
                candidates.extend(self._candidates(text, matches, order, rule, skip))
        if not candidates:
            return PeriodsFound([], timed_out)  # most texts: nothing to choose, join, mark or place
        chosen = _leftmost_longest(text, candidates)
        found = self._elided(text, self._join_ranges(text, chosen))
        starts = sentence_starts(text)
        marked = [self._mark_base(text, _mark_by(text, self._mark_saying(text, _with_tense(text, p)))) for p in found]
        for p in marked:  # which sentence it is in: a forecast quarter is pointed back to in its own sentence only
            p.groups["sentence"] = str(bisect.bisect_right(starts, p.start) - 1)
        for i, p in enumerate(marked):
            k = int(p.groups["sentence"])
            if p.groups.get("cbase") == _FROM_FIGURE and not any(
                    o.groups["sentence"] == p.groups["sentence"] for o in marked[:i]) \
                    and not _POINTS_BACK.match(text, starts[k]):
                del p.groups["cbase"]  # 'rose to $1.2 billion from $900 million in the third quarter': the quarter
                # dates the whole move when no period before it in the sentence dates the new level
        return PeriodsFound(marked, timed_out)

    def _mark_saying(self, text: str, p: PeriodMention) -> PeriodMention:
        """'the company said on Monday', 'announced Friday', 'on Thursday reported', 'reported second-quarter revenue
        of $612 million on Wednesday': the day of the saying or of the results' release, marked 'said'."""
        if "weekday" in p.groups or "dday" in p.groups:
            before = text[max(0, p.start - 30):p.start].lower().split()
            if before and before[-1] == "on":
                before = before[:-1]
            if before and before[-1].strip(",") in self.saying \
                    or self.results_day_after.match(text, p.end) \
                    or self.results_day_before.search(text, max(0, p.start - 120), p.start):
                p.groups["said"] = "1"
        return p

    def _mark_base(self, text: str, p: PeriodMention) -> PeriodMention:
        """'compared with earnings of $41 million last year': 'last year' right after a figure dates a
        comparison's base, marked 'base' (the resolver takes the period named before, a year back); 'from
        2.4% in August' dates one too, marked 'cbase' (no later period points back to it)."""
        g = p.groups
        if p.form == "relative" and g.get("rel", "").lower() == "last" and g.get("unit", "").lower() == "year" \
                and self.base_before.search(text, max(0, p.start - 30), p.start) \
                and self.base_compared.search(text, max(0, p.start - 60), p.start):
            g["base"] = "1"  # not a level's own year ('made a profit of €96 million last year, up from ...')
        lo = max(0, p.start - 40)
        if p.form == "month" and _FROM_IN.search(text, lo, p.start):
            g["cbase"] = "1"  # 'eased to 2.1% in September from 2.4% in August': August is the comparison's base
        elif p.form in ("part", "quarter", "half") and _FROM_FIGURE_IN.search(text, lo, p.start):
            g["cbase"] = _FROM_FIGURE  # 'rose to 12% in the third quarter from 10% at the end of 2024'; kept by
            # find() only after another period of the sentence
        if p.form in ("quarter", "half") and self.contrast_before.search(text, max(0, p.start - 50), p.start):
            g["cbase"] = "1"  # 'After a flat second quarter, it attributed the gain to ...': a background
        return p

    def _candidates(self, text: str, matches: list[Any], order: int, rule: PeriodRule,
                    ignored: list[tuple[int, int]]) -> Iterable[_Candidate]:
        for m in matches:
            start, end = m.span()
            if end == start or (ignored and any(a <= start < b for a, b in ignored)):
                continue
            groups = {k: val for k, val in m.groupdict().items() if val is not None}
            if self._plausible(text, start, end, rule.form, groups):
                yield _Candidate(start, end, order, rule, groups)

    def _elided(self, text: str, found: list[PeriodMention]) -> list[PeriodMention]:
        """'$1.2bn in the first half and $1.8bn in the second': the second half, its noun left out."""
        out = list(found)
        for p in found:
            if p.form not in ("half", "quarter") or p.rule not in ("period.half_words", "period.quarter_words"):
                continue
            end = min([x.start for x in found if x.start > p.end] + [len(text)])
            m = _ELIDED.search(text, p.end, end)
            if m and not _SENTENCE_END.search(text, p.end, m.start()):
                groups = dict(p.groups)
                groups[p.form] = m.group("ord")
                out.append(PeriodMention(m.start("the"), m.end(), text[m.start("the"):m.end()], p.rule, p.form, groups))
        out.sort(key=lambda x: x.start)
        return out

    # A month is a month only when capitalised ("prices may rise"); a bare year needs a cue before it
    # or no noun after it ("in 2019", "2024 units", "Euro 2024").
    def _plausible(self, text: str, start: int, end: int, form: str, g: dict[str, str]) -> bool:
        for key in ("month", "month2", "weekday", "holiday"):
            if key in g and not g[key][0].isupper():
                return False
        if g.get("sep", "").lower() == "and" and g.get("from", "").lower() != "between":
            return False  # "2019 and 2023" is two years; "between 2019 and 2023" is one span
        if g.get("from", "").lower() == "between" and g.get("sep", "").lower() not in ("and", ""):
            return False
        if g.get("anaphor", "").lower() == "period" and not g.keys() & {"latest", "ago", "ryearq", "ayear"}:
            return False  # 'the period' alone is any period; 'the latest period', 'the year-ago period' point back
        if "year2" in g and not year_range_ok(g["year"], g["year2"]):
            return False
        if "q0" in g and _RESPECTIVELY.match(text, end):
            return False  # 'rose 5% and 7% in the first and second quarters of 2024, respectively': two quarters
        if g.get("ending", "").lower() == "to" and "span" in g and not text[start:start + 4].lower() == "the " \
                and not _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
            return False  # 'the year to 31 March', 'its financial year to June 30'; not 'extended the offer period to
            # 30 June', 'pushed back the bypass by a year to 1 April 2026': a date something is moved to
        if "holiday" in g and "year" not in g and not self._holiday_day(text, end, g["holiday"]):
            return False
        if form in ("year", "deadline") and "month" not in g:
            return self._bare_year_ok(text, start, end, cue_inside=form == "deadline")
        return True

    def _holiday_day(self, text: str, end: int, name: str) -> bool:
        """'Christmas sales', 'the Thanksgiving weekend' name a season (HOLIDAY_NOT_BEFORE), not the day;
        'Black Friday sales' (HOLIDAY_EVENT_DAYS) are the day's."""
        after = _WORD_AFTER.match(text[end:end + 40])
        if not after or after.group(1).lower() not in self.holiday_not_before:
            return True
        return " ".join(name.lower().replace("’", "'").split()) in self.holiday_event_days

    def _bare_year_ok(self, text: str, start: int, end: int, cue_inside: bool) -> bool:
        window = text[max(0, start - 60):start]
        before = _WORD_BEFORE.search(window)
        prev = before.group(1) if before else ""
        before2 = _WORD_BEFORE.search(window[:before.start()]) \
            if before and prev.isalpha() and prev.islower() and prev not in self.year_count_words else None
        after = _WORD_AFTER.match(text[end:end + 40])
        nxt = after.group(1) if after else ""
        cue = cue_inside or prev.lower().rstrip(".") in self.year_cues or self._modifier(prev, nxt) \
            or bool(before2 and self._modifier(before2.group(1), nxt)) or nxt.lower() in self.year_reported_nouns
        if not cue and prev[:1].isupper() and not _sentence_start(text, start - len(prev) - 1):
            return False  # "Euro 2024", "Windows 2000", "Vision 2030" are names
        if nxt and nxt[0].islower() and nxt.isalpha() and nxt.lower() not in self.year_followers and not cue:
            return False  # "2024 units"
        return True

    def _modifier(self, prev: str, nxt: str) -> bool:
        """'the 1995 shooting', "the company's 1989 results", 'its 1990 invasion': a year between a
        determiner (maybe past one lowercase word: 'his unsuccessful 1996 campaign') and a noun, unless the
        noun is a count (a plural, 'the 2000 employees', but for YEAR_EVENT_PLURALS, 'the 1998 floods'; or one of
        YEAR_COUNT_NOUNS, 'the 2000 people')."""
        det = prev.lower() in self.year_determiners or prev.lower().endswith(("'s", "’s"))
        plural = nxt.endswith("s") and not nxt.endswith("ss") and nxt.lower() not in self.year_event_plurals
        count = plural or nxt.lower() in self.year_count_nouns
        return det and bool(nxt) and not count

    def _join_ranges(self, text: str, found: list[PeriodMention]) -> list[PeriodMention]:
        """'from May 7, 2024 to June 3, 2024', 'September 2023–March 2024': two periods make one range."""
        return join_adjacent(found, lambda a, b: self._range(text, a, b))

    def _range(self, text: str, a: PeriodMention, b: PeriodMention) -> PeriodMention | None:
        """a and b as one range when a gap word joins them ('to', '-'; 'and' only after 'between')."""
        if a.form not in ("date", "month") or b.form not in ("date", "month") or "year" not in b.groups:
            return None
        gap = text[a.end:b.start]
        if not self.range_gap.fullmatch(gap):
            return None
        lead = self.range_lead.search(text[max(0, a.start - 12):a.start])
        word = gap.strip().lower()
        between = bool(lead and lead.group(0).lower().startswith("between"))
        if (word == "and") != between:
            return None
        start = a.start - (len(lead.group(0)) if lead else 0)
        return PeriodMention(start, b.end, text[start:b.end], "period.range", "range", {}, (a, b))


def _with_tense(text: str, p: PeriodMention) -> PeriodMention:
    """p with the tense of its clause in its groups, when it has no year of its own to anchor it."""
    if p.parts:
        p.parts = tuple(_with_tense(text, x) for x in p.parts)
    elif (p.form in _TENSED_FORMS or _reported_year(p)) and not any(k in p.groups for k in ("year", "yy", "ryear")):
        tense, distance, cue = tense_and_distance(text, p.start, p.end)
        if tense == FUTURE and "weekday" in p.groups and "wrel" not in p.groups and stated_day(text, p.start, cue):
            tense = PAST  # 'raised its outlook on Wednesday': the day it was raised
        if tense:
            p.groups["tense"] = tense
            p.groups["tense_words"] = str(distance)
            p.groups["tense_cue"] = cue
            if tense == FUTURE and only_ahead(text, p.start, p.end, cue):
                p.groups["ahead"] = "1"  # 'will cut its rate in November': not a November already ended
        elif _figure_line(text, p.end):
            p.groups["untensed_line"] = "1"  # 'Quorvane Q4 exports +5.2% y/y at €780mn': a headline's results
    return p


def _figure_line(text: str, end: int) -> bool:
    """A short line (a headline, a table row) with a figure after position `end`. The line breaks are looked for
    within UNTENSED_LINE characters only: a long text without one is read once, not once per period."""
    lo = max(0, end - UNTENSED_LINE - 1)
    a = text.rfind("\n", lo, end) + 1
    if a == 0 and lo > 0:
        return False  # no line break within reach before: a long line
    b = text.find("\n", end, a + UNTENSED_LINE + 1)
    b = len(text) if b < 0 else b
    return b - a <= UNTENSED_LINE and any(ch.isdigit() for ch in text[end:b])


def _reported_year(p: PeriodMention) -> bool:
    """'full-year', 'for the year': a year named without its number that a past tense may date (TENSE.reported_year)."""
    return p.rule in period_vocab()["TENSE"]["reported_year"]["rules"] and "rel" not in p.groups \
        and p.groups.get("unit", "").lower() == "year"


def _mark_by(text: str, p: PeriodMention) -> PeriodMention:
    """'by the end of 1990': the edge of a period as a deadline, marked 'by' (the resolver takes the whole
    period it ends, as it does for 'by 1990'); any part after 'by', 'until', 'through' is marked 'until' (a
    limit: without a year, the nearest or the one to come, as for a deadline)."""
    if p.form == "part" and _BY_BEFORE.search(text, max(0, p.start - 10), p.start):
        p.groups["by"] = "1"
    if p.form == "part" and _UNTIL_BEFORE.search(text, max(0, p.start - 10), p.start):
        p.groups["until"] = "1"  # 'bidders have until mid-November': a limit set, read as a deadline is
    return p


def _leftmost_longest(text: str, found: list[_Candidate]) -> list[PeriodMention]:
    """The longest reading of a phrase wins; ties go to the rule listed first. In text order. The spans
    taken so far never overlap, so a sorted list of them and a look at the neighbours of a new span decide
    (n log n, not n squared, on a long text)."""
    found = sorted(found, key=lambda c: (-(c.end - c.start), c.order, c.start))
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[PeriodMention] = []
    for start, end, _order, rule, groups in found:
        i = bisect.bisect_left(starts, start)
        if (i < len(starts) and starts[i] < end) or (i > 0 and ends[i - 1] > start):
            continue
        starts.insert(i, start)
        ends.insert(i, end)
        chosen.append(PeriodMention(start, end, text[start:end], rule.id, rule.form, groups))
    chosen.sort(key=lambda p: p.start)
    return chosen


def _gate_regex(words: Iterable[str], split: bool = False) -> re.Pattern[str]:
    """The gate strings as one trie-shaped regex, longest first at each position (as an alternation sorted
    longest first would be, but the engine rejects most positions on the first character)."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return re.compile(r"(?!)")
    # split: the first branches in two, those opening with a character rare in English text behind a lookahead
    # on their first characters, then the common ones. At most one branch can match at a position (each opens
    # with its own character), so the matches are the same; but most positions are tried against half the
    # branches (lowercase gates over NewsQuant dev: 9.1 -> 7.4 us a sentence). Not for the capitalised gates:
    # unsplit, the engine skips to their first characters, rare in text (split: 0.6 -> 3.9 us).
    firsts = sorted(trie, key=lambda ch: (_COMMON.find(ch) % (len(_COMMON) + 1), ch))
    common, rare = firsts[:len(firsts) // 2], firsts[len(firsts) // 2:]
    if not split or not common:
        return re.compile(_trie(trie))
    branch = "|".join(re.escape(ch) + _trie(trie[ch]) for ch in rare)
    ahead = "".join(re.escape(ch) for ch in rare)
    rest = "|".join(re.escape(ch) + _trie(trie[ch]) for ch in common)
    return re.compile(f"(?=[{ahead}])(?:{branch})|(?:{rest})")


_COMMON = " etaoinsrhldcumfpgwybvkxjqz"  # letters (and the space) by how often English text holds them


def _trie(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _trie(node[ch]) for ch in sorted(k for k in node if k)]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in node else body


def _sentence_start(text: str, pos: int) -> bool:
    k = pos
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in ".!?\n\"“(:"


# what may stand before a span ended 'to' a day: a determiner, an owner, a preposition ('in half year to December 31')
_DETERMINER_BEFORE = regex.compile(r"(?:\b(?:the|its|their|his|her|our|this|that|in|for|during|over)|['’]s)\s+$",
                                   regex.IGNORECASE)
_RESPECTIVELY = regex.compile(r",?\s+respectively\b")
