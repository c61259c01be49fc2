"""Which role a figure plays (actual, change, target, forecast, estimate, threshold, share, conversion), from
its clause's cues and its neighbours."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from claimgraph.claims.draft import ClaimDraft
from claimgraph.claims.lexicon import Lexicon, norm

if TYPE_CHECKING:
    from claimgraph.claims.document import Sentence


_STRONG = ("target", "forecast", "estimate")


def claim_role(text: str, s: Sentence, q: dict, clause_start: int, metric: str | None, lex: Lexicon, bar: bool,
          next_start: int) -> str:
    cues = lex.cues
    hedge = q.get("hedge") or ""
    level = q["kind"] == "money" and bool(cues.level_nouns_after_rx.match(text, q["end"]))  # "a $7.6 million gain"
    if not level and (q.get("change") or _states_change(text, q, lex)):
        return "change"
    if q["kind"] in ("percent", "fraction") and metric in lex.percent_only_metrics:
        return "share"  # "a 23% stake", "owns 49%"
    if hedge in cues.estimate_hedges:
        return "estimate"
    if cues.base_before_rx.search(text, max(0, q["start"] - 20), q["start"]):
        return "actual"  # "up from ₱8.4 billion a year earlier": the base of a comparison happened
    # the nearest cue before the figure in its clause; a goal, forecast or bar outranks a plain verb
    # ("the threshold was later raised to ...")
    # structure first: a proportion of a whole is a share, whatever the verb ("expects ... to grow to 25% of
    # total corporate sales")
    if q["kind"] in ("percent", "fraction") and (metric == "market_share" or cues.share_of_rx.match(text, q["end"])) \
            and not cues.ratio_to_rx.match(text, q["end"]):
        return "share"  # "17% of the market", "a quarter of the total budget"; "4.5% of GDP" is a ratio
    found = _clause_role_cues(text, s, q, clause_start, lex)
    strong = _strong_roles(text, s, q, clause_start, found, lex, next_start)
    if strong:
        return strong[-1]
    if bar or hedge in cues.threshold_hedges:
        return "threshold"
    if found:
        other = [r for r in found if r != "actual"]
        if "threshold" in other:
            return "threshold"  # "the minimum number of followers needed to join": a bar, however phrased
        return other[-1] if other else "actual"
    # "USD 2 million is required", "... is expected": a cue just after the figure
    for m in s.roles:
        if q["end"] <= m.start < q["end"] + 25 and m.value in ("requirement", "forecast", "threshold", "target") \
                and not cues.clause_end_rx.search(text, q["end"], m.start):
            return m.value
    return "actual"


def _states_change(text: str, q: dict, lex: Lexicon) -> bool:
    """A growth rate, multiple or difference: 'doubled', 'more than twice', 'a 34% profit gain', 'shrank
    revenue by one-third', 'closed at $80.50, off $1'."""
    if q["kind"] == "multiple":
        return True
    cues = lex.cues
    if q["kind"] in ("percent", "fraction") and cues.change_noun_after_rx.match(text, q["end"]):
        return True
    lo = max(0, q["start"] - 60)
    return bool(cues.change_by_before_rx.search(text, lo, q["start"]) or cues.change_verb_before_rx.search(text, lo,
                                                                                                            q["start"]))


def _clause_role_cues(text: str, s: Sentence, q: dict, clause_start: int, lex: Lexicon) -> list[str]:
    """The roles cued between the clause start and the figure; a noun cue counts only when the figure
    follows it closely."""
    out = []
    for m in s.roles:
        if not clause_start <= m.start < q["start"]:
            continue
        if norm(m.text) in lex.noun_cues:
            gap = text[m.end:q["start"]]
            if len(gap) > lex.noun_cue_gap and not lex.noun_cue_link_rx.match(gap):
                continue  # "the requirement to divest TikTok violated the rights of its 170 million users"
        out.append(m.value)
    return out


def _strong_roles(text: str, s: Sentence, q: dict, clause_start: int, found: list[str], lex: Lexicon,
                  next_start: int) -> list[str]:
    """Target, forecast or estimate: cued in the figure's clause; else just after the figure; else by a verb
    earlier in the sentence."""
    strong = [r for r in found if r in _STRONG]
    if not strong:  # "..., Momentum Works estimated.", "according to estimates from Kantar"
        after = [m for m in s.roles if q["end"] <= m.start < next_start
                 and not lex.cues.clause_end_rx.search(text, q["end"], m.start)]  # in the figure's clause
        strong = [m.value for m in after if m.value in _STRONG and norm(m.text) not in lex.noun_cues
                  or m.text.lower() in lex.cues.trailing_noun_cues]
    if not strong:  # "Lumora expects revenue of $2.4-2.5 billion and a net profit of at least $300 million"
        strong = [m.value for m in s.roles if m.end <= q["start"] and m.value in _STRONG and m.start < clause_start
                  and norm(m.text) not in lex.noun_cues]
    return strong


_LIST_ITEM = regex.compile(r"\s+for\s+[^,;.]{1,60}?(?:,\s+|\s+and\s+|,\s+and\s+)")  # '3.3% for the S&P 500, '


def compared_roles(text: str, claims: list[ClaimDraft], lex: Lexicon) -> None:
    """'45% of EDS's total business ..., compared with 40% a year earlier', 'had fallen 4.3%, compared with 3.3%
    for the S&P 500': the figure a share or a change is compared with is one too."""
    base = lex.cues.base_before_rx
    listed = False  # "compared with 3.3% for the S&P 500, 3.5% for the NYSE Composite and 3.6% for ...": a list
    for prev, c in zip(claims, claims[1:], strict=False):
        if prev.sentence != c.sentence or prev.role not in ("share", "change") or c.role != "actual" \
                or prev.figure["kind"] != c.figure["kind"]:
            listed = False
            continue
        start = c.figure["start"]
        if base.search(text, max(0, start - 20), start) or listed and _LIST_ITEM.fullmatch(text, prev.figure["end"],
                                                                                             start):
            c.role = prev.role
            listed = True
        else:
            listed = False


def mark_conversions(text: str, claims: list[ClaimDraft], lex: Lexicon) -> None:
    """'#89.7 million ($141.9 million)', 'RMB 3.1 trillion (USD 430 billion)', 'S$16.5 billion, or US$12.4
    billion': the same amount in another currency is a conversion, about what the figure it converts is
    about."""
    between = lex.cues.conversion_between_rx
    for prev, c in zip(claims, claims[1:], strict=False):
        a, b = prev.figure, c.figure
        if a["kind"] != "money" or b["kind"] != "money" or not a.get("unit") or a.get("unit") == b.get("unit"):
            continue
        if a.get("per") != b.get("per") or not between.fullmatch(text, a["end"], b["start"]):
            continue
        c.role = "conversion"
        c.subject, c.stated_subject, c.metric, c.metric_text = prev.subject, prev.stated_subject, prev.metric, \
            prev.metric_text
        c.scope, c.period, c.period_shift = prev.scope, prev.period, prev.period_shift
