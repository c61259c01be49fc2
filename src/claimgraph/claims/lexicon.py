"""The claims vocabulary (patterns/en/claims.json), compiled once into regexes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Any, NamedTuple

import regex

from claimgraph.claims.ending import Ending, ending
from claimgraph.claims.literal import Needed, key_words, slot_needs
from claimgraph.resources import load_json
from claimgraph.resources.literals import Needs, alternates_at_top, top_level


def _words(phrases) -> str:
    """Phrases as one alternation on word boundaries, longest first; spaces match any whitespace."""
    alts = sorted({p for p in phrases}, key=len, reverse=True)
    return r"(?<![\w])(?:" + "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in alts) + r")(?![\w])"


_WORD = regex.compile(r"\w+(?:[-&.]\w+)*")
# the same words in ASCII text, where \w is these characters: the standard re module splits them faster
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+(?:[-&.][A-Za-z0-9_]+)*")
# the same words as a split pattern's one group: split() returns the text around them and them, alternately
_SPLIT = regex.compile(f"({_WORD.pattern})")
_ASCII_SPLIT = re.compile(f"({_ASCII_WORD.pattern})")
Part = tuple[int, regex.Pattern, regex.Pattern | None]  # an alternative of a pattern: its place, itself, its screen


class Hit(NamedTuple):
    """A vocabulary phrase found in a text (a tuple: the finder builds one per phrase it meets)."""

    start: int
    end: int
    category: str
    value: Any
    text: str


class PhraseFinder:
    """Every vocabulary phrase in a stretch of text, in one pass over its words: dictionary lookups of word
    n-grams instead of a regex with hundreds of alternatives per category. Per category, the longest phrase
    at a position wins and phrases do not overlap."""

    def __init__(self) -> None:
        # single words keyed by the word, phrases by their word tuple; case-insensitive keys are lowercased
        self.single: tuple[dict, dict] = ({}, {})  # (case-insensitive, case-sensitive)
        self.multi: tuple[dict, dict] = ({}, {})
        # lowercased first word of multi-word phrases -> how many words they have, most first
        self.multi_lengths: dict[str, tuple[int, ...]] = {}
        self.openers: set[str] = set()  # every phrase's first word, lowercased: other words need no lookup
        # the first two words of every multi-word phrase, lowercased: a position whose pair is none of these
        # opens no multi-word phrase, and most openers ('the', 'of') are followed by no such second word
        self.pairs: set[tuple[str, str]] = set()

    def add(self, phrase: str, category: str, value: Any, case_sensitive: bool = False) -> None:
        words = tuple(_WORD.findall(phrase))
        if not words:
            return
        key = words if case_sensitive else tuple(w.lower() for w in words)
        self.openers.add(words[0].lower())
        if len(key) == 1:
            self.single[case_sensitive].setdefault(key[0], []).append((category, value))
        else:
            self.multi[case_sensitive].setdefault(key, []).append((category, value))
            first = words[0].lower()
            lengths = {*self.multi_lengths.get(first, ()), len(words)}
            self.multi_lengths[first] = tuple(sorted(lengths, reverse=True))
            self.pairs.add((first, words[1].lower()))

    def find(self, text: str, a: int, b: int) -> list[Hit]:
        window = text[a:b]
        # the words and the text between them, alternately (the pattern's one group keeps the words)
        parts = (_ASCII_SPLIT if window.isascii() else _SPLIT).split(window)
        words = parts[1::2]
        lows = list(map(str.lower, words))
        openers = self.openers
        at = [i for i, low in enumerate(lows) if low in openers]  # the only positions a phrase can start at
        if not at:
            return []
        (ci1, cs1), (cim, csm) = self.single, self.multi
        busy: dict[str, int] = {}
        out: list[Hit] = []
        offsets: list[int] = []  # where each part starts: word k is part 2k + 1; found once a hit needs it

        def take(found, i: int, n: int) -> None:
            for category, value in found:
                if busy.get(category, 0) > i:
                    continue
                busy[category] = i + n
                if not offsets:
                    offsets.extend(accumulate(map(len, parts), initial=a))
                start, end = offsets[2 * i + 1], offsets[2 * (i + n)]
                out.append(Hit(start, end, category, value, text[start:end]))

        count = len(words)
        multi_lengths, pairs = self.multi_lengths, self.pairs
        for i in at:
            low = lows[i]
            if i + 1 < count and (low, lows[i + 1]) in pairs:
                for n in multi_lengths[low]:  # the longest phrase first
                    if n <= count - i:
                        found = cim.get(tuple(lows[i:i + n]))
                        if found:
                            take(found, i, n)
                        found = csm.get(tuple(words[i:i + n]))
                        if found:
                            take(found, i, n)
            found = ci1.get(low)
            if found:
                take(found, i, 1)
            found = cs1.get(words[i])
            if found:
                take(found, i, 1)
        return out


@dataclass(frozen=True)
class Cues:
    """The English cue regexes and words that claims are read with (build.py, links.py)."""

    clause_start_rx: regex.Pattern
    clause_break_rx: regex.Pattern
    clause_end_rx: regex.Pattern
    segment_rx: regex.Pattern
    segment_words: tuple[str, ...]
    bar_for_rx: regex.Pattern
    bar_words: tuple[str, ...]
    passive_rx: Ending
    passive_metric_cues: frozenset[str]
    base_before_rx: Ending
    same_period_last_year_rx: regex.Pattern
    year_back_rx: regex.Pattern
    carry_forms: frozenset[str]
    period_link_rx: regex.Pattern
    carry_openers: frozenset[str]
    carry_stop_rx: regex.Pattern
    base_word_rx: regex.Pattern
    descriptor_rx: regex.Pattern
    # 'the marine and aviation insurer': a descriptor in lower case, of the story's company
    lower_descriptor_rx: regex.Pattern
    trading_rx: Needed
    trading_metric: str
    change_base_rx: Ending
    denominator_rx: regex.Pattern
    share_of_rx: regex.Pattern
    ratio_to_rx: regex.Pattern
    estimate_hedges: frozenset[str]
    threshold_hedges: frozenset[str]
    trailing_noun_cues: frozenset[str]
    dating_openers: frozenset[str]
    place_subject_after: tuple[str, ...]
    opening_owner_not: frozenset[str]
    place_opening_not_before: frozenset[str]
    verbs_after_demonym: frozenset[str]
    per_share: str
    per_share_metrics: frozenset[str]
    per_share_totals: frozenset[str]  # metrics of a total: a money figure per share is a price, never one of these
    per_share_metric: str
    per_share_after_total_rx: regex.Pattern
    change_from_rx: Ending
    change_noun_after_rx: regex.Pattern
    conversion_between_rx: regex.Pattern
    change_by_before_rx: Ending
    change_verb_before_rx: Ending
    level_nouns_after_rx: regex.Pattern
    change_to_rx: Ending
    achieved_verbs: tuple[str, ...]


def _cues(raw: dict[str, Any]) -> Cues:
    segments, bars, passive, per_share = raw["segments"], raw["bars"], raw["passive"], raw["per_share"]
    base, of = raw["comparison_base"], raw["of_phrases"]
    segment_words = "|".join(regex.escape(w) for w in segments["words"])
    return Cues(
        clause_start_rx=regex.compile(raw["clauses"]["start"]),
        clause_break_rx=regex.compile(raw["clauses"]["break"]),
        clause_end_rx=regex.compile(raw["clauses"]["end"]),
        segment_rx=regex.compile(segments["pattern"].replace("{WORDS}", segment_words)),
        segment_words=tuple(segments["words"]),
        bar_for_rx=regex.compile(bars["pattern"]),
        bar_words=tuple(bars["cue_words"]),
        passive_rx=ending(passive["pattern"]),
        passive_metric_cues=frozenset(passive["metric_cues"]),
        base_before_rx=ending(base["before"], regex.IGNORECASE),
        same_period_last_year_rx=regex.compile(base["same_period_last_year"], regex.IGNORECASE),
        year_back_rx=regex.compile(base["year_back"], regex.IGNORECASE),
        carry_forms=frozenset(base["carry_forms"]),
        period_link_rx=regex.compile(r"\s*,?\s*(?:" + _alternation(base["period_links"])
                                     + r")\s+(?:(?:about|around|nearly|almost|some|roughly)\s+)?", regex.IGNORECASE),
        carry_openers=frozenset(base["carry_openers"]),
        carry_stop_rx=regex.compile(r"(?:^|(?<=[.!?\n]\s*))(?:(?:" + _alternation(base["carry_stoppers"]) + r")\b|"
                                    + "|".join(base["carry_stopper_patterns"]) + ")", regex.M),
        base_word_rx=regex.compile(base["base_word"], regex.IGNORECASE),
        trading_rx=Needed(regex.compile(_words(raw["share_trading"]["words"]), regex.IGNORECASE)),
        trading_metric=raw["share_trading"]["metric"],
        descriptor_rx=regex.compile(r"(?:,\s+[A-Z][\w.]*,?)?\s+(?:[a-z][\w-]*,?\s+){0,3}?"
                                    + _words(raw["descriptor_nouns"]["words"])),
        lower_descriptor_rx=regex.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*,?\s+){0,3}?"
                                          + _words(raw["descriptor_nouns"]["words"]) + r"(?!['’]s)\s+(?=[a-z])"),
        change_base_rx=ending(base["change_base"], regex.IGNORECASE),
        denominator_rx=regex.compile(of["denominator"]),
        share_of_rx=regex.compile(of["share"]),
        ratio_to_rx=regex.compile(of["ratio_to"], regex.IGNORECASE),
        estimate_hedges=frozenset(raw["role_hedges"]["estimate"]),
        threshold_hedges=frozenset(raw["role_hedges"]["threshold"]),
        trailing_noun_cues=frozenset(raw["trailing_noun_cues"]["words"]),
        dating_openers=frozenset(raw["dating_openers"]["words"]),
        place_subject_after=tuple(raw["place_as_subject"]["after"]),
        opening_owner_not=frozenset(raw["place_as_subject"]["opening_owner_not"]),
        place_opening_not_before=frozenset(raw["place_as_subject"]["not_after_opening"]),
        verbs_after_demonym=frozenset(raw["place_as_subject"]["verbs_after_demonym"]),
        per_share=per_share["per"],
        per_share_metrics=frozenset(per_share["metrics"]),
        per_share_metric=per_share["metric"],
        per_share_totals=frozenset(per_share["totals"]),
        per_share_after_total_rx=regex.compile(per_share["after_total"], regex.IGNORECASE),
        change_from_rx=ending(raw["changes"]["from"], regex.IGNORECASE),
        change_noun_after_rx=regex.compile(raw["changes"]["noun_after"], regex.IGNORECASE),
        conversion_between_rx=regex.compile(raw["conversions"]["between"], regex.IGNORECASE),
        change_by_before_rx=ending(raw["changes"]["by_before"], regex.IGNORECASE),
        change_verb_before_rx=ending(raw["changes"]["verb_before"], regex.IGNORECASE),
        level_nouns_after_rx=regex.compile(raw["changes"]["level_nouns_after"], regex.IGNORECASE),
        change_to_rx=ending(raw["changes"]["to"], regex.IGNORECASE),
        achieved_verbs=tuple(raw["achieved_verbs"]["words"]),
    )


@dataclass(frozen=True)
class Lexicon:
    raw: dict[str, Any]
    metric_of: dict[str, str]  # surface form (lowercase, single-spaced) -> metric name
    unit_metrics: dict[str, str]
    role_of: dict[str, str]
    places: frozenset[str]
    place_alias: dict[str, str]
    outlet_names: frozenset[str]
    source_rxs: tuple[regex.Pattern, ...]
    not_subjects: frozenset[str]
    name_openers_never: frozenset[str]
    anaphora_target_rx: regex.Pattern
    anaphora_any_rx: regex.Pattern
    anaphora_total_rx: regex.Pattern
    partitive_rx: regex.Pattern  # '8,400 [of the] 52,000 homes': from a part to its whole
    present_rx: Needed
    person_title_rx: Ending
    noun_cues: frozenset[str]
    phrases: PhraseFinder
    demonyms: dict[str, str]
    lowercase_source_rx: regex.Pattern
    source_cues: tuple[str, ...]
    count_metrics: frozenset[str]
    open_units: frozenset[str]  # counted nouns a count metric named elsewhere may describe ('5,000 people')
    percent_only_metrics: frozenset[str]
    per_share_only_metrics: frozenset[str]
    per_share_named_by: frozenset[str]  # cues that name the per-share metric itself ('EPS of $1.20')
    money_only_metrics: frozenset[str]
    # a metric word -> what before it, and what after it, makes it an idiom ('by all accounts', 'net of fees')
    metric_idioms: dict[str, tuple[regex.Pattern | None, regex.Pattern | None]]
    noun_cue_gap: int
    noun_cue_link_rx: regex.Pattern
    cues: Cues
    pronoun_speaker_rx: regex.Pattern  # compiled once: it is searched for nearly every figure
    # the source word lists in the form they are read in, built once rather than per document or figure
    transient_sources: frozenset[str]  # normalised
    topic_aliases: frozenset[str]  # normalised
    alias_source_rx: regex.Pattern  # a topic alias in a trailing attribution (', the lender said')
    honorifics: frozenset[str]
    designators: tuple[str, ...]  # abbreviations that keep their final dot ("Inc.")
    bound_rx: regex.Pattern  # what binds a transient source to the words after it ("analysts' expectations")
    # per source_rxs pattern, a cheap regex it cannot match without (None: no screen); see slot_screen
    source_screens: tuple[regex.Pattern | None, ...]
    # lowercase_source_rx's alternatives one by one, each with a screen (leftmost.alternation_matches)
    lowercase_source_parts: tuple[Part, ...]
    citation_screens: tuple[regex.Pattern | None, ...]  # per sources.citations pattern, as source_screens
    # what a match of each source_rxs pattern, and of each lowercase_source_parts pattern, cannot lack
    source_needs: Needs
    lowercase_source_needs: Needs


def norm(s: str) -> str:
    return " ".join(s.lower().split())


def _alias_source_rx(rule: dict[str, Any], aliases: list[str]) -> regex.Pattern:
    """alias_sources' pattern: 'the lender' as written, or 'lender' alone after 'the ASX-listed' (one of
    listed_words, which the pattern reads before it)."""
    listed = "|".join(regex.escape(w) for w in rule["listed_words"])
    nouns = sorted({a.split(" ", 1)[1] for a in aliases if a.startswith("the ")}, key=len, reverse=True)
    alias_or_noun = f"(?<=(?:{listed}) )(?:" + "|".join(regex.escape(n) for n in nouns) + ")|" \
        + _alternation(sorted(aliases, key=len, reverse=True))
    return regex.compile(rule["pattern"].replace("{LISTED}", listed).replace("{ALIASES_OR_NOUNS}", alias_or_noun))


def _alternation(phrases) -> str:
    """Phrases as regex alternatives in the order given; a space matches any whitespace."""
    return "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in phrases)


def _written_forms(phrases: list[str]) -> list[str]:
    """Each lowercase source phrase as written in lower case and opening a sentence, longest first."""
    return sorted({f for p in phrases for f in (p, p[:1].upper() + p[1:])}, key=len, reverse=True)


def _idioms(raw: dict[str, Any]) -> dict[str, tuple[regex.Pattern | None, regex.Pattern | None]]:
    before, after = raw.get("before", {}), raw.get("after", {})
    return {w: (regex.compile(before[w], regex.IGNORECASE) if w in before else None,
                regex.compile(after[w], regex.IGNORECASE) if w in after else None) for w in {*before, *after}}


def _lowercase_sources(phrases: list[str], patterns: list[str]) -> regex.Pattern:
    """'according to the company', 'people familiar with the matter said': written in lower case (a
    capital only to open a sentence), so 'the Ministry of Health' is a name, not 'the ministry'."""
    forms = _written_forms(phrases)
    alt = _alternation(forms)
    return regex.compile("|".join(p.replace("{ALT}", alt) for p in patterns))


def _lowercase_parts(phrases: list[str], patterns: list[str]) -> tuple[Part, ...]:
    """_lowercase_sources' patterns apart, each with its slot screen. One that opens with the phrase (after
    lookbehinds) first says what the phrase starts with, so the regex module skips to such a character."""
    forms = _written_forms(phrases)
    alt = _alternation(forms)
    opening = "(?=[" + "".join(sorted({regex.escape(f[0]) for f in forms if f})) + "])"
    parts = []
    for k, p in enumerate(patterns):
        opens = "({ALT})" in p and _LOOKBEHINDS.fullmatch(p.split("({ALT})", 1)[0])
        rx = regex.compile((opening if opens else "") + p.replace("{ALT}", alt))
        parts.append((k, rx, slot_screen(p, "({ALT})") if "({ALT})" in p else None))
    return tuple(parts)


def _top_level(p: str, slot: str) -> bool:
    """Whether `slot` occurs once in pattern p, outside every group and character class, with no top-level
    alternation: then whatever p matches, the text before and after the slot is matched by p's halves."""
    if p.count(slot) != 1:
        return False
    return (p.index(slot), slot[0], 0) in top_level(p) and not alternates_at_top(p)


def slot_screen(p: str, slot: str) -> regex.Pattern | None:
    """A regex pattern p with a name slot such as {S} cannot match a text unless the part of p after the
    slot (else the part before it) matches it: lookarounds look at the same text either way. Searched first,
    that part saves running (or, for a pattern built per name, compiling) the whole pattern. None where the
    slot sits inside a group or an alternation, or inline flags would not carry over."""
    if not _top_level(p, slot) or _INLINE_FLAGS.search(p):
        return None
    before, after = p.split(slot, 1)
    if before and _LONE_LOOKAROUND.fullmatch(after):
        after = ""  # "{S}(?=\s*[,.])": a lookahead matches (nearly) anywhere, so it screens nothing
    return regex.compile(after or before) if after or before else None


# one lookaround group (with groups one deep inside it); lookbehinds, one after another
_LOOKAROUND = r"\(\?<?[=!](?:\\.|\[(?:\\.|[^\]\\])*\]|\((?:\\.|\[(?:\\.|[^\]\\])*\]|[^()\[\\])*\)|[^()\[\\])*\)"
_LONE_LOOKAROUND = regex.compile(_LOOKAROUND)
_LOOKBEHINDS = regex.compile(f"(?:{_LOOKAROUND.replace('<?[=!]', '<[=!]', 1)})*")


_INLINE_FLAGS = regex.compile(r"\(\?[a-zA-Z0-9^-]+[:)]")


def _source_rxs(sources: dict[str, Any], connectors: list[str]) -> tuple[regex.Pattern, ...]:
    """The source cue patterns with {S}: a generic source phrase or a capitalised word run, joined by the
    names' connectors ('Aetna Life amp Casualty Co. said'; not 'for': 'a spokesman for Acme said' is two names).
    A pattern that opens with the name (after lookbehinds only) first says what the name starts with: the
    regex module then skips to such a character instead of trying the lookbehinds at every one."""
    generic = sources["generic_names"]
    joins = "|".join(regex.escape(c) + (r"\b" if c[-1].isalnum() else "") for c in connectors if c != "for")
    # 'for' joins an institution's name ('Office for National Statistics'), never a speaker to his employer
    heads = "|".join(regex.escape(h) for h in sources["for_heads"])
    joins += rf"|(?<=\b(?:{heads})\s+)for(?=\s+[A-Z])"
    form = r"(?:/[A-Z]{1,2}(?![\w&'’]))*"  # a Nordic legal form's slash ('Kelvik A/S said'; not 'Chairman/CEO')
    name = r"(?P<S>(?:" + _alternation(generic) + "|" \
           r"\d*[A-Z][\w&.'’-]*" + form + r"(?:\s+(?:[A-Z][\w&.'’-]*" + form + "|(?:" + joins \
           + r")(?=\s+[A-Z])))*))"  # not 'LSEG of 305'
    opening = r"(?=[\dA-Z" + "".join(sorted({regex.escape(g[0]) for g in generic if g})) + "])"
    return tuple(regex.compile((opening if _LOOKBEHINDS.fullmatch(p.split("{S}", 1)[0]) and "{S}" in p else "")
                               + p.replace("{S}", name)) for p in sources["patterns"])



def _phrase_finder(raw: dict[str, Any], metric_of: dict[str, str], role_of: dict[str, str]) -> PhraseFinder:
    phrases = PhraseFinder()
    for form, metric in metric_of.items():
        phrases.add(form, "metric", metric)
    for cue, role in role_of.items():
        # lower case only: 'Ogden Projects Inc.' names a company, it projects nothing
        phrases.add(cue, "role", role, case_sensitive=True)
    lowercase_only = raw["hedge_case"]["lowercase_only"]
    for hedge in raw["hedges"]:
        phrases.add(hedge, "hedge", hedge, case_sensitive=True)
        if hedge not in lowercase_only:
            phrases.add(hedge.capitalize(), "hedge", hedge, case_sensitive=True)
    for g in raw["generic_subjects"]:
        phrases.add(g, "generic", g)
    for place in raw["places"]:
        phrases.add(place, "place", raw["place_aliases"].get(place, place), case_sensitive=True)
    return phrases


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = load_json("claims.json")
    metric_of = {norm(form): name for name, forms in raw["metrics"].items() for form in forms}
    role_of = {norm(cue): role for role, cues in raw["roles"].items() for cue in cues}
    ana, noun_cues, sources = raw["anaphora"], raw["noun_cues"], raw["sources"]
    source_rxs = _source_rxs(sources, raw["names"]["connectors"])
    lowercase_parts = _lowercase_parts(sources["lowercase_sources"], sources["lowercase_patterns"])
    return Lexicon(
        raw=raw,
        metric_of=metric_of,
        unit_metrics={k: v for k, v in raw["unit_metrics"].items() if not k.startswith("_")},
        role_of=role_of,
        places=frozenset(raw["places"]),
        place_alias=raw["place_aliases"],
        outlet_names=frozenset(raw["outlets"]),
        source_rxs=source_rxs,
        not_subjects=frozenset(raw["not_subjects"]),
        name_openers_never=frozenset(raw["name_openers_never"]),
        anaphora_target_rx=regex.compile(r"\s+of\s+" + _words(ana["target"]), regex.IGNORECASE),
        anaphora_any_rx=regex.compile(r"\s+of\s+" + _words(ana["any"]), regex.IGNORECASE),
        anaphora_total_rx=regex.compile(r"\s+of\s+" + _words(ana["total"]), regex.IGNORECASE),
        partitive_rx=regex.compile(ana["partitive"], regex.IGNORECASE),
        present_rx=Needed(regex.compile(_words(raw["present_markers"]), regex.IGNORECASE)),
        # 'chief executive Marco Villanueva', 'Gridmere's head of retail analysis, Tomas Verrell'
        person_title_rx=ending(_words(raw["person_titles"]) + r"(?:\s+(?:of|at|for)\s+(?:[\w'’&.-]+\s+){0,3}?"
                               r"[\w'’&.-]+,\s+$|,?\s+$)", regex.IGNORECASE),
        noun_cues=frozenset(noun_cues["words"]),
        phrases=_phrase_finder(raw, metric_of, role_of),
        demonyms={k: v for k, v in raw["demonyms"].items() if not k.startswith("_")},
        lowercase_source_rx=_lowercase_sources(sources["lowercase_sources"], sources["lowercase_patterns"]),
        source_cues=tuple(sources["cue_words"]),
        count_metrics=frozenset(raw["count_metrics"]["names"]),
        open_units=frozenset(raw["count_metrics"]["open_units"]),
        percent_only_metrics=frozenset(raw["percent_only_metrics"]["names"]),
        per_share_only_metrics=frozenset(raw["per_share_only"]["names"]),
        per_share_named_by=frozenset(raw["per_share_only"]["named_by"]),
        money_only_metrics=frozenset(raw["money_only"]["names"]),
        metric_idioms=_idioms(raw["metric_idioms"]),
        noun_cue_gap=noun_cues["max_gap"],
        noun_cue_link_rx=regex.compile(r"\s*(?:\([^)]*\)\s*)?" + _words(noun_cues["linking_words"]), regex.IGNORECASE),
        cues=_cues(raw),
        pronoun_speaker_rx=regex.compile(sources["pronoun_speakers"]["pattern"]),
        transient_sources=frozenset(norm(p) for p in sources["transient"]),
        topic_aliases=frozenset(norm(p) for p in sources["topic_aliases"]),
        alias_source_rx=_alias_source_rx(sources["alias_sources"], sources["topic_aliases"]),
        honorifics=frozenset(raw["names"]["honorifics"]),
        designators=tuple(raw["names"]["keep_final_dot"]),
        bound_rx=regex.compile(r"['’]?\s+(?:(?:had|have|were|are)\s+)?(?:"
                               + "|".join(sources["transient_reach"]["bound_words"]) + r")\b"),
        source_screens=tuple(slot_screen(p, "{S}") for p in sources["patterns"]),
        citation_screens=tuple(slot_screen(p, "{S}") for p in sources["citations"]),
        lowercase_source_parts=lowercase_parts,
        source_needs=Needs(slot_needs(p, "{S}") for p in sources["patterns"]),
        # a lowercase source holds the longest word of one of its phrases
        lowercase_source_needs=Needs(slot_needs(p, "{ALT}", key_words(_written_forms(sources["lowercase_sources"])))
                                     for p in sources["lowercase_patterns"]),
    )
