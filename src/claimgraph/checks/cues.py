"""The checker's cues and tolerances, read once from patterns/<lang>/checks.json and compiled here.

A cue is the wording around figures that says how they relate ("to", "from", "of", ", or"): a regular
expression whose {name} placeholders expand to its word lists. Tolerances say how loose a hedged figure is.
Every check module takes its cues from here, so the wording lives in data and is compiled in one place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from functools import lru_cache
from typing import Any, cast

from claimgraph.resources import load_json
from claimgraph.resources.literals import alternates_at_top
from claimgraph.resources.vocab import vocab

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")  # {name}; a quantifier ({0,3}) has no letters
MODES = ("search", "match", "fullmatch")


class CueError(ValueError):
    """checks.json is malformed; the message names the cue or table and what is wrong."""


def _data() -> dict[str, Any]:
    return cast(dict[str, Any], load_json("checks.json"))


def alternatives(words: list[str]) -> str:
    """Words as one regex group of alternatives; a space inside a word means one or more whitespace.

    When every word must begin with a letter or digit of its own, a lookahead for those first characters
    leads the group: `re` then drops a position after one test instead of trying each word there (case-
    insensitive words get no quicker test of their own). The lookahead holds wherever a word can match and
    consumes nothing, so the pattern matches exactly what it did without it, the same spans and groups."""
    group = "(?:" + "|".join(w.replace(" ", r"\s+") for w in words) + ")"
    first = _first_characters(words)
    return f"(?:(?=[{first}]){group})" if first else group


def _first_characters(words: list[str]) -> str | None:
    """The characters the words begin with, or None when some word may begin otherwise (a class, an
    escape, an optional first character, an alternative of its own)."""
    found: set[str] = set()
    for w in words:
        if not w or not w[0].isalnum() or w[1:2] in ("?", "*", "{") or alternates_at_top(w):
            return None
        found.add(w[0])
    return "".join(sorted(found)) or None


def expand(name: str, spec: Mapping[str, Any]) -> str:
    """A cue's regex with its {name} placeholders replaced by its word lists."""
    words: Mapping[str, list[str]] = spec.get("words", {})

    def fill(m: re.Match[str]) -> str:
        if m.group(1) not in words:
            raise CueError(f"checks.json: cue {name!r} uses {{{m.group(1)}}} but has no such word list")
        return alternatives(words[m.group(1)])

    return PLACEHOLDER.sub(fill, spec["regex"])


def compile_cue(name: str, spec: Mapping[str, Any]) -> re.Pattern[str]:
    if spec.get("mode") not in MODES:
        raise CueError(f"checks.json: cue {name!r} needs a mode, one of {MODES}")
    return re.compile(expand(name, spec), re.I if spec.get("ignore_case", True) else 0)


@lru_cache(maxsize=1)
def cues() -> dict[str, re.Pattern[str]]:
    """Every cue of checks.json, compiled."""
    return {name: compile_cue(name, spec) for name, spec in _data()["cues"].items()}


def cue(name: str) -> re.Pattern[str]:
    return cues()[name]


def hedge_tolerances() -> dict[str, tuple[str, str]]:
    """Hedge -> (relative tolerance below, above). Every hedge must be a comparator word of vocab.json: the
    words are the extractor's, the tolerances are the checker's."""
    table = {k: v for k, v in _data()["hedge_tolerances"].items() if not k.startswith("_")}
    unknown = sorted(set(table) - set(vocab()["comparators"]))
    if unknown:
        raise CueError(f"checks.json: hedge_tolerances has words that are no comparator in vocab.json: {unknown}")
    return {word: (below, above) for word, (below, above) in table.items()}


def tolerance(name: str) -> Decimal:
    """A named relative tolerance of checks.json ('approx_tolerance', 'multiple_word_tolerance')."""
    return Decimal(_data()[name]["value"])


def metric_family() -> dict[str, int]:
    """metric -> the number of its family in checks.json's claim_metric_families (a metric in none is its own)."""
    return {m: k for k, family in enumerate(_data()["claim_metric_families"]["families"]) for m in family}


def per_factors() -> dict[tuple[str, str], int]:
    """(smaller rate unit, larger) -> how many of the one make the other: ('day', 'year') -> 365."""
    table = _data()["per_factors"]
    return {(small, big): int(n) for key, n in table.items() if not key.startswith("_")
            for small, big in [key.split("/")]}


NEW_BEFORE = cue("new_before")
ANNUAL_RATE_BEFORE = cue("annual_rate_before")
OLD_BEFORE = cue("old_before")
CURRENCY_PAIR = cue("currency_pair")
TOTAL_BEFORE = cue("total_before")
IMPROVEMENT = cue("improvement")
GAP_BEFORE = cue("gap_before")
# "Of Lumo Coffee's 500 stores, 320 ... and the rest, 180": a whole split into parts the sentence completes
WHOLE_OF = cue("whole_of")
COMPLETE = cue("complete")
PARTIAL = cue("partial")
PARTIAL_WITH = cue("partial_with")
# "$2.4bn package comprises $1.6bn of loans and $0.8bn of grants"; "pledged $7.4bn: $4.2bn from ..."
SPLIT_INTO = cue("split_into")
DURATION_BEFORE = cue("duration_before")
RATE_TOTAL_LINK = cue("rate_total_link")
DEMAND_MULTIPLE = cue("demand_multiple")
BY_BEFORE = cue("by_before")
RANGE_TO = cue("range_to")
TIMES_THE = cue("times_the")
TIMES_AS = cue("times_as")
PART_NAMED = cue("part_named")
SHARE_OF_AFTER = cue("share_of_after")
PART_OF_THE_WHOLE = cue("part_of_the_whole")
SHARE_CUE_BEFORE = cue("share_cue_before")
RATE_OF_PART_BEFORE = cue("rate_of_part_before")
TOTAL_AFTER = cue("total_after")
ANAPHORIC_OF = cue("anaphoric_of")
DEFINITE_BEFORE = cue("definite_before")
COMPARED_BEFORE = cue("compared_before")
COMPARED_BETWEEN = cue("compared_between")
NOUN_AFTER = cue("noun_after")
NOUN_OF_BEFORE = cue("noun_of_before")
NOUN_BEFORE = cue("noun_before")
OF_AFTER = cue("of_after")
ANAPHORIC_WHOLE = cue("anaphoric_whole")
TARGET_NEAR = cue("target_near")
AMOUNT_GLUE = cue("amount_glue")
PRICE_EACH = cue("price_each")
ANAPHORIC_SPLIT = cue("anaphoric_split")
PRODUCT_TOTAL_BEFORE = cue("product_total_before")
MOVE_BEFORE = {"up": cue("move_up_before"), "down": cue("move_down_before")}
MOVE_AFTER = {"up": cue("move_up_after"), "down": cue("move_down_after")}
WORD = cue("word")
YEAR_AGO = cue("year_ago")
FISCAL_BEFORE = cue("fiscal_before")
SPAN_WORDS = cue("span_words")
WHOLE_NAMED = cue("whole_named")
NAMED_WHOLE_AFTER = cue("named_whole_after")
DIFFERENCE_BEFORE = cue("difference_before")
STAKE_AFTER = cue("stake_after")
STAKE_NOT_HELD = cue("stake_not_held")
CLAUSE_BREAK = cue("clause_break")
GROWN_NOUN_BEFORE = cue("grown_noun_before")
MOVE_CLAUSE_BREAK = cue("move_clause_break")
OWN_MOVE_CLAUSE = cue("own_move_clause")
PER_UNIT_AFTER = cue("per_unit_after")
MILESTONE_BEFORE = cue("milestone_before")
PLAN_GAP_AFTER = cue("plan_gap_after")
PLAN_GAP_BEFORE = cue("plan_gap_before")
RATE_WHOLE_BEFORE = cue("rate_whole_before")
DIFFERENCE_AFTER = cue("difference_after")
BEATEN_BY_BEFORE = cue("beaten_by_before")
OF_WHICH_AFTER = cue("of_which_after")
PART_OF_EARLIER = cue("part_of_earlier")
WHOLE_OF_SENTENCE_BEFORE = cue("whole_of_sentence_before")
MARKET_VALUE_BEFORE = cue("market_value_before")
OUTSTANDING_AFTER = cue("outstanding_after")
HELD_OF_OUTSTANDING = cue("held_of_outstanding")
METRIC_FAMILIES: dict[str, re.Pattern[str]] = {
    name: re.compile(r"\b" + alternatives(words) + r"\b", re.I)
    for name, words in _data()["metric_families"].items() if not name.startswith("_")}
LEAD_REACH = int(_data()["lead_reach"]["value"])
SPLIT_REACH = int(_data()["split_reach"]["value"])
NAMED_WHOLE_REACH = int(_data()["named_whole_reach"]["value"])
# a count unit -> its group's first unit ('job' -> 'employee'), for the units of checks.json unit_groups
UNIT_GROUP: dict[str, str] = {unit: group[0] for group in _data()["unit_groups"]["groups"] for unit in group}
NOUN_STOP_WORDS: frozenset[str] = frozenset(_data()["noun_stop_words"])
PER_FACTORS = per_factors()
HEDGE_TOLERANCES = hedge_tolerances()
APPROX_TOLERANCE = tolerance("approx_tolerance")
MULTIPLE_WORD_TOLERANCE = tolerance("multiple_word_tolerance")
FRACTION_MOVE_TOLERANCE = tolerance("fraction_move_tolerance")
METRIC_FAMILY = metric_family()
NEUTRAL_METRICS = frozenset(_data()["claim_metric_families"]["neutral"])
