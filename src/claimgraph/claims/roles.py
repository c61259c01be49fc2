"""Which role a figure plays (actual, change, target, forecast, estimate, threshold, share, conversion), from
its clause's cues and its neighbours."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from claimgraph.claims.asides import in_closed_aside
from claimgraph.claims.draft import ClaimDraft
from claimgraph.claims.ending import AnyEnding, Ending, ending
from claimgraph.claims.lexicon import Hit, Lexicon, lexicon, norm
from claimgraph.resources.period_patterns import period_vocab
from claimgraph.resources.vocab import vocab

if TYPE_CHECKING:
    from claimgraph.claims.document import Sentence


_STRONG = ("target", "forecast", "estimate")
_LEVELS = ("actual", "forecast", "estimate", "target")
_COMPARED = ("share", "change", "target", "threshold", "requirement")
_BARS = ("threshold", "requirement")
_NAMED_AFTER = ("target", "forecast", "estimate", "threshold", "requirement")  # a role noun right after its figure
_REVISED = ("forecast", "estimate", "target", "threshold", "requirement")  # what a revised role noun names


@dataclass(frozen=True)
class RoleRules:
    """claims.json's role_rules and the change cues only roles read, compiled once."""

    before_only: frozenset[str]
    definite_rx: Ending
    deal_rx: regex.Pattern
    per_share_rx: regex.Pattern
    reported_rx: regex.Pattern
    after_cue_rx: Ending
    compared_rx: regex.Pattern
    relative_break_rx: regex.Pattern
    settled_after_verb_rx: regex.Pattern
    cap_before_rx: Ending
    level_verb_rx: Ending
    cap_hedges: frozenset[str]
    floor_hedges: frozenset[str]
    rate_metrics: frozenset[str]
    rate_words_rx: Ending
    rate_after_rx: regex.Pattern
    estimate_as_forecast: frozenset[str]
    range_rx: Ending
    base_rx: Ending
    base_window: int
    peer_after_rx: regex.Pattern
    revision_base_rx: regex.Pattern
    elliptic_rx: regex.Pattern
    on_total_rx: regex.Pattern
    role_noun_rx: regex.Pattern
    noun_of_rx: Ending
    revision_reach: int
    noun_before_rx: Ending
    halved_rx: Ending
    growth_rx: Ending
    increment_rx: Ending
    difference_after_rx: regex.Pattern
    cut_after_rx: regex.Pattern
    participles: frozenset[str]
    forecast_after_rx: regex.Pattern
    noun_modifiers_rx: regex.Pattern
    achieved_rx: regex.Pattern


def _filled(pattern: str, r: dict) -> str:
    """A role_rules pattern with its shared parts put in: {FORECASTERS} (who forecasts: 'analysts had') and
    {PARTICIPLES} (participles_after)."""
    return pattern.replace("{FORECASTERS}", r["forecasters"]).replace("{PARTICIPLES}", "|".join(r["participles_after"]))


@lru_cache(maxsize=1)
def role_rules() -> RoleRules:
    raw = lexicon().raw
    r, ch = raw["role_rules"], raw["changes"]
    return RoleRules(
        before_only=frozenset(r["before_only"]),
        achieved_rx=regex.compile(r["achieved"], regex.IGNORECASE),
        definite_rx=ending(r["definite_before"], regex.IGNORECASE),
        deal_rx=regex.compile(r"\b(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in r["deal_terms"])
                              + r")\b", regex.IGNORECASE),
        per_share_rx=regex.compile(r["per_share_after"], regex.IGNORECASE),
        reported_rx=regex.compile(r["reported_after_modal"], regex.IGNORECASE),
        after_cue_rx=ending(_filled(r["after_figure_cue"], r), regex.IGNORECASE),
        # the words that set a result against a plan ('beating its forecast'): the tense reader's list
        compared_rx=regex.compile(r"\b(?:" + "|".join(map(regex.escape, period_vocab()["TENSE"]["compared_before"]))
                                  + r")\b", regex.IGNORECASE),
        relative_break_rx=regex.compile(r["relative_break"], regex.IGNORECASE),
        settled_after_verb_rx=regex.compile(r["settled_after_verb"], regex.IGNORECASE),
        cap_before_rx=ending(r["cap_before"], regex.IGNORECASE),
        level_verb_rx=ending(ch["level_verbs_before"], regex.IGNORECASE),
        cap_hedges=frozenset(raw["role_hedges"]["cap"]),
        floor_hedges=frozenset(raw["role_hedges"]["floor"]),
        rate_metrics=frozenset(r["rate_metrics"]),
        rate_words_rx=ending(r["rate_words_before"], regex.IGNORECASE),
        rate_after_rx=regex.compile(r["rate_words_after"], regex.IGNORECASE),
        estimate_as_forecast=frozenset(r["estimate_as_forecast"]),
        range_rx=ending(r["range_before"], regex.IGNORECASE),
        base_rx=ending(r["base_before"], regex.IGNORECASE),
        base_window=int(r["base_window"]),
        peer_after_rx=regex.compile(r["peer_after"]),
        revision_base_rx=regex.compile(r["revision_base"], regex.IGNORECASE),
        elliptic_rx=regex.compile(r["elliptic_compared"]),
        on_total_rx=regex.compile(r["on_total"], regex.IGNORECASE),
        role_noun_rx=regex.compile(r"\b(?:" + "|".join(sorted(map(regex.escape, raw["noun_cues"]["words"]), key=len,
                                                                reverse=True)) + r")\b", regex.IGNORECASE),
        # a role noun that names the figure right after it ('the consensus of $1.31', 'its target of $5 billion')
        noun_of_rx=ending(r"\b(?:" + "|".join(sorted(map(regex.escape, raw["noun_cues"]["words"]), key=len,
                                                     reverse=True)) + r")\s+(?:of|at|for)\s+(?:about\s+|around\s+)?$",
                          regex.IGNORECASE),
        revision_reach=int(r["revision_reach"]),
        noun_before_rx=ending(ch["noun_before"], regex.IGNORECASE),
        halved_rx=ending(ch["halved_before"], regex.IGNORECASE),
        growth_rx=ending(ch["growth_before"], regex.IGNORECASE),
        increment_rx=ending(ch["increment_before"], regex.IGNORECASE),
        difference_after_rx=regex.compile(ch["difference_after"], regex.IGNORECASE),
        cut_after_rx=regex.compile(ch["cut_after"], regex.IGNORECASE),
        participles=frozenset(r["participles_after"]),
        forecast_after_rx=regex.compile(_filled(r["forecast_after"], r)),
        noun_modifiers_rx=regex.compile(r"(?:\s+(?:" + "|".join(map(regex.escape, r["noun_modifiers"])) + r"))+\s+",
                                        regex.IGNORECASE),
    )


def claim_role(text: str, s: Sentence, q: dict, clause_start: int, metric: str | None, lex: Lexicon, bar: bool,
               next_start: int, compared: bool | None = None, prev_end: int = -1) -> str:
    """`compared`: is_base(text, q), when the caller has it; `prev_end`: where the sentence's previous figure
    ends (-1 for none)."""
    role = _structural_role(text, q, metric, lex, bar, is_base(text, q) if compared is None else compared)
    if role is None:
        role = _cued_role(text, s, q, clause_start, lex, bar, next_start, prev_end)
    rules = role_rules()
    if role == "estimate" and metric in rules.estimate_as_forecast and _names_results(s, q, rules):
        return "forecast"  # "analysts had pencilled in 38 cents a share for the quarter": an analyst's forecast
    if role == "actual" and q.get("unit") == "pp":  # points are no share of a whole: a difference ("pricing
        # contributed 3 percentage points"), or a spread's level ("the spread was 150 basis points")
        return "actual" if _PP_LEVEL.search(text, max(0, q["start"] - 20), q["start"]) else "change"
    if role == "actual" and q["kind"] in ("percent", "fraction") and (
            not _rate_level(text, s, q, metric, lex) or _PART_VERB.search(text, max(0, q["start"] - 60), q["start"])):
        return "share"  # a percentage level is a proportion of a whole ("a cash position of about 15%"), and a part
        # a verb names is one whatever it measures ('fees made up the remaining 29%')
    return role


# a level written in points: a spread or margin 'at 312 bps', 'to 95bp', 'was 150 basis points', 'prime plus one
# percentage point', a move's base 'from 42 basis points'
_PP_LEVEL = regex.compile(r"\b(?:to|at|was|were|is|are|of|plus|stood\s+at|from)\s+"
                          r"(?:about\s+|around\s+|nearly\s+|roughly\s+)?$")


# a verb that makes a figure a part of what follows 'of' ('accounting for 57.8% of GDP', 'make up a fifth of')
_PART_VERB = regex.compile(r"\b(?:account(?:s|ed|ing)?\s+for|make(?:s)?\s+up|made\s+up|making\s+up|"
                           r"represent(?:s|ed|ing)?|comprise(?:s|d)?|contribut(?:e|es|ed|ing)|constitut(?:e|es|ed|ing))\s+"
                           r"(?:the\s+(?:remaining|other|rest\s+of\s+the)\s+)?"
                           r"(?:(?:about|around|roughly|nearly|almost|some|just|over|more\s+than|less\s+than)\s+)?$",
                           regex.IGNORECASE)


def _rate_level(text: str, s: Sentence, q: dict, metric: str | None, lex: Lexicon) -> bool:
    """A percentage that is the level of a rate, not a part of a whole: 'notes paying 12 3/4%', 'the effective
    interest rate ... is 10.66%', 'a 25% tariff', '4.5% of GDP'."""
    rules = role_rules()
    return metric in rules.rate_metrics or bool(lex.cues.ratio_to_rx.match(text, q["end"])
                                                or rules.rate_words_rx.found(text, max(s.start, q["start"] - 120),
                                                                              q["start"])
                                                or rules.rate_after_rx.match(text, q["end"]))


def _names_results(s: Sentence, q: dict, rules: RoleRules) -> bool:
    """The metric word nearest before the figure names a result ('earnings of 55 cents a share'), not a value
    ('the breakup value of Varco at $48 a share')."""
    before = [m for m in s.metrics if m.end <= q["start"]]
    return bool(before) and before[-1].value in rules.estimate_as_forecast


def is_base(text: str, q: dict) -> bool:
    """'up from ₱8.4 billion a year earlier', 'up from the earlier $20 amount', 'compared with a net loss of
    $50.3 million': the base of a comparison (not 'ran anywhere from $4 million to $6 million')."""
    rules = role_rules()
    lo = max(0, q["start"] - rules.base_window)
    return rules.base_rx.found(text, lo, q["start"]) and not rules.range_rx.found(text, lo, q["start"]) \
        and not rules.peer_after_rx.match(text, q["end"]) \
        and not rules.forecast_after_rx.match(text, q["end"]) \
        and not rules.role_noun_rx.match(text, _past_modifiers(text, q["end"])) \
        and not rules.noun_of_rx.found(text, max(0, q["start"] - 40), q["start"])
    # "compared with 5.9% for the Dow average": a peer's; "compared with the $480 million expected by analysts":
    # a forecast; "versus a $40 million target", "compared with the consensus of $1.31": a goal or forecast



def _past_modifiers(text: str, end: int) -> int:
    """Where a role noun naming the figure that ends at `end` would start: past a space and the words that may
    stand between ('the 390 billion won average estimate')."""
    mod = role_rules().noun_modifiers_rx.match(text, end)
    if mod is not None:
        return mod.end()
    return end + 1 if text.startswith(" ", end) else end


def peer_named(text: str, q: dict) -> regex.Match | None:
    """'compared with 4% at Bramley Inc.': the peer a compared figure belongs to, right after it (or None)."""
    rules = role_rules()
    lo = max(0, q["start"] - rules.base_window)
    return rules.peer_after_rx.match(text, q["end"]) if rules.base_rx.found(text, lo, q["start"]) else None


def _structural_role(text: str, q: dict, metric: str | None, lex: Lexicon, bar: bool, base: bool) -> str | None:
    """Change, share, estimate (by the figure's own hedge) or the actual base of a comparison: what the
    figure's shape says whatever the verbs."""
    cues = lex.cues
    hedge = q.get("hedge") or ""
    # "a $7.6 million gain"; "it lost $7.2 million" (not a move the figure states: 'lost $186, or 4.3%, to $4,140')
    level = q["kind"] == "money" and bool(cues.level_nouns_after_rx.match(text, q["end"])
                                          or not q.get("change")
                                          and role_rules().level_verb_rx.found(text, max(0, q["start"] - 30),
                                                                               q["start"]))
    if not level and (q.get("change") and not base or _states_change(text, q, lex)):
        return "change"  # a base's own noun of change states one ('slowing from a 6.5% rise in September')
    if q["kind"] in ("percent", "fraction") and metric in lex.percent_only_metrics:
        return "share"  # "a 23% stake", "owns 49%"
    if hedge in cues.estimate_hedges:
        return "estimate"
    if base:  # the base of a comparison happened; the old level of a bar was a bar ('the threshold for
        return "threshold" if bar else "actual"  # sellers was raised from 300 million dong')
    # structure first: a proportion of a whole is a share, whatever the verb ("expects ... to grow to 25% of
    # total corporate sales")
    if q["kind"] in ("percent", "fraction") and (metric == "market_share" or cues.share_of_rx.match(text, q["end"])) \
            and (not cues.ratio_to_rx.match(text, q["end"])
                 or _PART_VERB.search(text, max(0, q["start"] - 40), q["start"])):
        return "share"  # "17% of the market", "a quarter of the total budget"; "4.5% of GDP" is a ratio, but
        # "services account for 57.8% of GDP" a part of it
    return None


def _cued_role(text: str, s: Sentence, q: dict, clause_start: int, lex: Lexicon, bar: bool,
               next_start: int, prev_end: int = -1) -> str:
    """The nearest cue before the figure in its clause; a goal, forecast or bar outranks a plain verb ('the
    threshold was later raised to ...')."""
    cues = lex.cues
    hedge = q.get("hedge") or ""
    rules = role_rules()
    found = _clause_role_cues(text, s, q, clause_start, lex, prev_end)
    if hedge in rules.cap_hedges or found and found[-1][0] == "threshold" and found[-1][1] >= q["start"] - 3 \
            or rules.cap_before_rx.found(text, max(0, q["start"] - 30), q["start"]):
        return "threshold"  # "a maximum of C$3.2 million", "wouldn't exceed $100 million": the bar binds closest
    named = next((m.value for m in s.roles if norm(m.text) in lex.noun_cues and m.value in _NAMED_AFTER
                  and _noun_names(text, s, q["end"], m.start)), None)
    if named is not None:
        return named  # "the central bank's 2% target", "the 4.5% ceiling", "the $90 billion forecast"
    strong = _strong_roles(text, s, q, clause_start, [r for r, _ in found], lex, next_start)
    if strong:
        return "actual" if _known_amount(text, s, q, clause_start, lex) else strong[-1]
    if bar or hedge in cues.threshold_hedges:
        return "threshold"
    if hedge in rules.floor_hedges and any(m.value in _BARS and m.end <= q["start"] for m in s.roles):
        return "threshold"  # 'required stores to have sales of $2 million and at least one product ranked ...'
    if found:
        other = [r for r, _ in found if r != "actual"]
        if "threshold" in other:
            return "threshold"  # "the minimum number of followers needed to join": a bar, however phrased
        return other[-1] if other else "actual"
    # "USD 2 million is required", "... is expected": a cue just after the figure
    for m in s.roles:
        if q["end"] <= m.start < min(q["end"] + 25, next_start) \
                and m.value in ("requirement", "forecast", "threshold", "target") \
                and norm(m.text) not in rules.before_only and rules.after_cue_rx.found(text, q["end"], m.start) \
                and not cues.clause_end_rx.search(text, q["end"], m.start) \
                and not rules.compared_rx.search(text, q["end"], m.start):  # not '$3.1 billion, above guidance'
            return m.value
    return "actual"


def _known_amount(text: str, s: Sentence, q: dict, clause_start: int, lex: Lexicon) -> bool:
    """A figure a modal or plan verb does not make a forecast or a goal: one named with 'the' ('the 9.6
    million outstanding'; not 'the target of $5 billion'), or a deal's price a share or number of shares
    ('plans to pay $42 a share', 'will offer 1,850 francs each', 'a planned offering of six million shares')."""
    rules = role_rules()
    noun_cue_close = any(norm(m.text) in lex.noun_cues and clause_start <= m.start < q["start"]
                         and q["start"] - m.end <= lex.noun_cue_gap
                         or (norm(m.text) in lex.noun_cues or m.text.lower() in lex.cues.trailing_noun_cues)
                         and (q["end"] == m.start or _noun_names(text, s, q["end"], m.start))
                         for m in s.roles)  # "the target of $5 billion", "the $72 million consensus estimate"
    if noun_cue_close or rules.forecast_after_rx.match(text, q["end"]):
        return False  # "the target of $5 billion", "the $2.2 billion analysts had expected"
    if rules.definite_rx.found(text, max(s.start, q["start"] - 30), q["start"]):
        return True
    cue = next((m for m in reversed(s.roles) if m.end <= q["start"] and m.value in _STRONG), None)
    if cue is None:
        return False
    if rules.reported_rx.match(text, cue.end):
        return True  # "plans to book a $7 million write-down next week": only the booking is ahead
    priced = bool(rules.per_share_rx.match(text[q["end"]:q["end"] + 40])) or q.get("unit") == "share"
    return priced and bool(rules.deal_rx.search(text, cue.start, q["start"]))  # the deal the cue plans


_CHANGE_BEFORE: dict[int, AnyEnding] = {}


def _change_before(lex: Lexicon) -> AnyEnding:
    """'rose by', 'jumped', 'a 34% profit gain', 'halved': the change cues that end where a figure starts,
    asked together (per vocabulary)."""
    found = _CHANGE_BEFORE.get(id(lex.raw))
    if found is None:
        rules = role_rules()
        found = _CHANGE_BEFORE[id(lex.raw)] = AnyEnding([lex.cues.change_by_before_rx, lex.cues.change_verb_before_rx,
                                                         rules.noun_before_rx, rules.halved_rx])
    return found


@lru_cache(maxsize=1)
def _crossing_words() -> frozenset[str]:
    return frozenset(vocab()["crossing_words"])


def _states_change(text: str, q: dict, lex: Lexicon) -> bool:
    """A growth rate, multiple or difference: 'doubled', 'more than twice', 'a 34% profit gain', 'shrank
    revenue by one-third', 'closed at $80.50, off $1'."""
    if q["kind"] == "multiple":
        return True
    if q.get("comparator") and text[q["start"]:q["end"]].split(" ", 1)[0].lower() in _crossing_words():
        return False  # a level a move crosses ('slipped below $70 a barrel'), its size unsaid
    cues = lex.cues
    if q["kind"] in ("percent", "fraction") and cues.change_noun_after_rx.match(text, q["end"]):
        return True
    lo = max(0, q["start"] - 120)  # each pattern bounds its own reach
    rules = role_rules()
    end = q["start"]
    return (_change_before(lex).found(text, lo, end)
            or q["kind"] == "percent" and (rules.growth_rx.found(text, lo, end)
                                           or rules.increment_rx.found(text, lo, end))
            or rules.difference_after_rx.match(text, q["end"]) is not None
            or q["kind"] == "count" and rules.cut_after_rx.match(text, q["end"]) is not None)


def _clause_role_cues(text: str, s: Sentence, q: dict, clause_start: int, lex: Lexicon,
                      prev_end: int = -1) -> list[tuple[str, int]]:
    """The roles cued between the clause start and the figure, each with where its cue ends; a noun cue
    counts only when the figure follows it closely and no earlier figure names it."""
    out = []
    for m in s.roles:
        if not clause_start <= m.start < q["start"] or _cut_off(text, s, m, q, lex.noun_cues):
            continue
        if norm(m.text) in lex.noun_cues:
            gap = text[m.end:q["start"]]
            if len(gap) > lex.noun_cue_gap and not lex.noun_cue_link_rx.match(gap):
                continue  # "the requirement to divest TikTok violated the rights of its 170 million users"
            if 0 <= prev_end <= m.start and _noun_names(text, s, prev_end, m.start):
                continue  # "missed its RM3 billion sales target, posting RM2.7 billion": the target is the RM3 billion
        out.append((m.value, m.end))
    return out


def _strong_roles(text: str, s: Sentence, q: dict, clause_start: int, found: list[str], lex: Lexicon,
                  next_start: int) -> list[str]:
    """Target, forecast or estimate: cued in the figure's clause; else just after the figure; else by a verb
    earlier in the sentence."""
    strong = [r for r in found if r in _STRONG]
    if not strong:  # "..., Momentum Works estimated.", "according to estimates from Kantar"
        rules = role_rules()  # not "the $450 million reserve will be reviewed", "four of six design projects"
        after = [m for m in s.roles if q["end"] <= m.start < next_start
                 and not lex.cues.clause_end_rx.search(text, q["end"], m.start)  # in the figure's clause
                 and not rules.compared_rx.search(text, q["end"], m.start)  # not 'beating its forecast'
                 and not (next_start < s.end and _INTRODUCES.fullmatch(text, m.end, next_start)
                          and not _POLLED.match(text, next_start))]
        strong = [m.value for m in after if m.value in _STRONG and norm(m.text) not in lex.noun_cues
                  and norm(m.text) not in rules.before_only and (rules.after_cue_rx.found(text, q["end"], m.start)
                                                                 or _reduced_passive(text, q, m, rules))
                  or m.text.lower() in lex.cues.trailing_noun_cues]
    if not strong:  # "Lumora expects revenue of $2.4-2.5 billion and a net profit of at least $300 million"
        strong = [m.value for m in s.roles if m.end <= q["start"] and m.value in _STRONG and m.start < clause_start
                  and (norm(m.text) not in lex.noun_cues or _AS_VERB.search(text, max(0, m.start - 8), m.start)
                       and _INFINITIVE.match(text, m.end))  # 'Revenue is forecast to climb 4% to $5.93 billion'
                  and not _crosses_clause(text, m.end, q["start"], lex) and not _cut_off(text, s, m, q, lex.noun_cues)
                  and not role_rules().achieved_rx.search(text, m.end, q["start"])]  # '..., having achieved 19.4%'
    return strong


def _noun_names(text: str, s: Sentence, end: int, at: int) -> bool:
    """A role noun at `at` names the figure ending at `end`: only spaces and metric words between them ('the
    $90 billion forecast', 'its RM3 billion sales target', 'the 2% inflation target')."""
    pos = end
    for m in s.metrics:
        if pos <= m.start and m.end <= at and m.start - pos <= 1 and text[pos:m.start].isspace():
            pos = m.end
    if pos < at and not text[pos:at].isspace():  # 'the 390 billion won average estimate'
        mod = role_rules().noun_modifiers_rx.match(text, pos, at)
        pos = mod.end() if mod is not None and mod.end() == at else pos
    return end < at and at - pos <= 3 and text[pos:at].isspace()


def _reduced_passive(text: str, q: dict, m: Hit, rules: RoleRules) -> bool:
    """'the $480 million expected by analysts', 'growth of 3% projected for next year': a participle right after
    the figure that names its role."""
    return q["kind"] in ("money", "percent") and q["end"] < m.start and text[q["end"]:m.start].isspace() \
        and norm(m.text) in rules.participles and not _INFINITIVE.match(text, m.end)  # not 'expected to be hit'


_INFINITIVE = regex.compile(r"\s+to\b")
_AS_VERB = regex.compile(r"\b(?:is|are|was|were|be|been|being)\s+$")  # 'is forecast to': a noun cue used as a verb


def _cut_off(text: str, s: Sentence, m: Hit, q: dict, noun_cues: frozenset[str]) -> bool:
    """Whether cue m before the figure speaks of another verb: a relative clause, a contrast or a causal phrase
    opens between them (', which holds', 'in the wake of'), a verb cue stands before a verb that states what was
    or is ('parts that will be exempt totaled $37 million'), or m stands inside a relative clause that closes
    before the figure ('Harlan shares, which are expected to be delisted, closed at $23')."""
    rules = role_rules()
    return bool(rules.relative_break_rx.search(text, m.end, q["start"])) \
        or norm(m.text) not in noun_cues and bool(rules.settled_after_verb_rx.search(text, m.end, q["start"])) \
        or in_closed_aside(text, m.start, m.end, s.start, q["start"])


# a cue that opens the next figure's own phrase ('..., beating estimates of $1.1 billion') is that figure's
_INTRODUCES = regex.compile(r"\s+(?:of|at|for)\s+(?:the\s+|an?\s+)?")
# ... unless that figure counts who made the estimate ('the $356 million average estimate of 14 analysts')
_POLLED = regex.compile(r"\w[\w,.]*\s+(?:analysts|economists|brokers|forecasters|strategists)\b")


def _crosses_clause(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A clause ends between start and end (a decimal point is no full stop)."""
    return any(not (m.group() == "." and text[m.end():m.end() + 1].isdigit())
               for m in lex.cues.clause_end_rx.finditer(text, start, end))


_LIST_ITEM = regex.compile(r"\s+for\s+[^,;.]{1,60}?(?:,\s+|\s+and\s+|,\s+and\s+)")  # '3.3% for the S&P 500, '


_UP_FROM_JUST_BEFORE = regex.compile(r",\s+(?:up|down)\s+from\s+(?:(?:about|around|nearly|roughly|some|almost)\s+)?$",
                                      regex.IGNORECASE)


_TO_LEVEL_AFTER = regex.compile(r"\s+to\s+(?:(?:about|around|nearly|roughly)\s+)?[\d.]")


def _rate_pair(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Two percentages (not points): a growth rate and the one it is compared with."""
    return a.figure["kind"] == b.figure["kind"] == "percent" and a.figure.get("unit") == b.figure.get("unit") == "%"


_FROM_JUST_BEFORE = regex.compile(r"\bfrom\s+(?:(?:about|around|nearly|roughly|some|almost|the|a|an)\s+)?$",
                                   regex.IGNORECASE)


def compared_roles(text: str, claims: list[ClaimDraft], lex: Lexicon) -> None:
    """'38% of Vantek's total business ..., against 34% a year before', 'had slid 5.1%, against 2.9%
    for the Harrow 50', 'must pay a deposit of 20 million dong, up from 10 million dong': the figure a share, a
    change, a goal or a bar is compared with is one too (not a forecast's: 'expects revenue of $5 billion, up
    from $4 billion' compares with what happened)."""
    _revised_forecasts(text, claims, lex)
    base = lex.cues.base_before_rx
    listed = False  # "compared with 3.3% for the S&P 500, 3.5% for the NYSE Composite and 3.6% for ...": a list
    elliptic = role_rules().elliptic_rx
    for prev, c in zip(claims, claims[1:], strict=False):
        if prev.sentence == c.sentence and prev.figure["kind"] == c.figure["kind"] \
                and prev.figure.get("unit") == c.figure.get("unit") \
                and elliptic.match(text, prev.figure["end"], c.figure["start"]):  # (points are no level's %)
            _elliptic(prev, c)
            listed = False
            continue
        # a level's percentage base is the rate's old level ('projected to fall to 70.2% of GDP from 72.4%': now)
        if prev.sentence == c.sentence and prev.role in _LEVELS and c.role == "share" \
                and prev.figure["kind"] == c.figure["kind"] == "percent" \
                and base.found(text, max(0, c.figure["start"] - 20), c.figure["start"]):
            c.role, c.metric, c.metric_text = "actual", prev.metric, prev.metric_text  # "margin narrowed to 11.2% from
            listed = False  # 12.6%": the old level of the rate, no share of a whole
            continue
        if prev.sentence != c.sentence or prev.role not in _COMPARED or c.role not in ("actual", "share") \
                or prev.figure["kind"] != c.figure["kind"]:
            listed = False
            continue
        start = c.figure["start"]
        if prev.role == "change" and prev.figure.get("change") and _rate_pair(prev, c) \
                and _UP_FROM_JUST_BEFORE.search(text, max(0, start - 24), start) \
                and not _TO_LEVEL_AFTER.match(text, c.figure["end"]):  # (', up from 38% to 40%': two levels)
            c.role, c.metric, c.metric_text = "change", prev.metric, prev.metric_text  # 'grew 1.4% in 2025, up from
            listed = False  # 0.6% in 2024': the growth rate before, no share
            continue
        if prev.role == "change" and prev.figure.get("change") \
                and _FROM_JUST_BEFORE.search(text, max(0, start - 20), start):
            listed = False  # 'grew by $34 billion over the year, from $478 billion': a move's amount, its old level
            continue
        if prev.role == "target" and c.period and (c.period != prev.period or c.period_shift):
            listed = False  # "aims to lift GMV to Rp 80 trillion, compared with Rp 71 trillion in 2024": what was
            continue
        if base.found(text, max(0, start - 20), start) or listed and _LIST_ITEM.fullmatch(text, prev.figure["end"],
                                                                                             start):
            c.role = prev.role
            listed = True
        else:
            listed = False


def _elliptic(prev: ClaimDraft, c: ClaimDraft) -> None:
    """'Unemployment in Avelon rose to 6.3%, while in Marren it was 7.4%': the second figure measures what the
    first did, in its role; a place the first figure was about gives way to the place the clause names (a
    company's figure stays the company's: 'Tolvex's sales in Avelon ..., while in Marren they were')."""
    c.role, c.metric, c.metric_text = prev.role, prev.metric, prev.metric_text
    if prev.subject is not None and prev.subject == prev.scope and c.scope and c.scope != prev.scope \
            and not c.stated_subject:
        c.subject = c.scope


def _revised_forecasts(text: str, claims: list[ClaimDraft], lex: Lexicon) -> None:
    """'trimmed her profit estimate for next year to $1.60 a share from $2.10', 'raised its forecast to $5 billion from
    $4.6 billion', 'the minimum deposit rose to $500 from $300': the old value of a revised forecast, estimate,
    target or bar (a role noun names it) was one too; 'expects revenue to rise to $5 billion from $4 billion'
    revises nothing. And the total a level figure
    is on ('$2.14 a share on profit of $412 million') shares its role and period."""
    rules = role_rules()
    for prev, c in zip(claims, claims[1:], strict=False):
        a, b = prev.figure, c.figure
        if prev.sentence != c.sentence or a["kind"] != b["kind"]:
            continue
        if prev.role in _REVISED and c.role == "actual" \
                and lex.cues.change_to_rx.found(text, max(0, a["start"] - 20), a["start"]) \
                and rules.revision_base_rx.match(text[a["end"]:b["start"]]) \
                and rules.role_noun_rx.search(text, max(0, a["start"] - rules.revision_reach), a["start"]):
            c.role = prev.role
            c.period, c.period_shift = prev.period, prev.period_shift  # the same year's forecast, revised
        elif prev.role in _LEVELS and c.role in _LEVELS and rules.on_total_rx.match(text[a["end"]:b["start"]]):
            c.role = prev.role  # "last year's $2.14 a share on profit of $412 million": the same results
            c.period, c.period_shift = prev.period, prev.period_shift


# what may follow the amount in a conversion's bracket: its close, or the rate it was converted at
_BRACKET_CLOSES = regex.compile(r"\s*\)|\s+(?:at|according\s+to|based\s+on|using)\b")


def mark_conversions(text: str, claims: list[ClaimDraft], lex: Lexicon) -> None:
    """'#89.7 million ($141.9 million)', 'RMB 3.1 trillion (USD 430 billion)', 'S$16.5 billion, or US$12.4
    billion': the same amount in another currency is a conversion, about what the figure it converts is
    about."""
    between = lex.cues.conversion_between_rx
    for prev, c in zip(claims, claims[1:], strict=False):
        a, b = prev.figure, c.figure
        if a["kind"] != "money" or b["kind"] != "money" or not a.get("unit") or a.get("unit") == b.get("unit"):
            continue
        if (a.get("per") != b.get("per") and b.get("per")) or not between.fullmatch(text, a["end"], b["start"]):
            continue  # '€1,140 a month, or about US$1,320': the conversion's rate is the one before it
        gap = text[a["end"]:b["start"]]
        if "(" in gap and gap.split("(")[0].strip() and not _BRACKET_CLOSES.match(text, b["end"]):
            continue  # 'a £40 million penalty (US$51 million)' is one; '£2.1 billion of revenue (US$600 million from
            # North America)' says more in its brackets than the same amount
        c.role = "conversion"
        c.subject, c.stated_subject, c.metric, c.metric_text = prev.subject, prev.stated_subject, prev.metric, \
            prev.metric_text
        c.scope, c.period, c.period_shift = prev.scope, prev.period, prev.period_shift
