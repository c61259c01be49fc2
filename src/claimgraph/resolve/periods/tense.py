"""The tense a period is reported in, read from the words of its clause: a light rule over auxiliaries and
verb forms ('said', 'was', 'will', 'expects', 'is expected to', a lowercase '-ed' verb), the cue nearest to
the period deciding (counted in words; a tie goes to the cue before it). The word lists are data in
patterns/en/periods.json (TENSE). A period without a year ('in August', 'on Friday', 'fourth-quarter')
takes the year or week its tense makes true."""

from __future__ import annotations

from functools import lru_cache

import regex

from claimgraph.resources.period_patterns import period_vocab

PAST, FUTURE = "past", "future"
# the groups _with_tense (finder.py) gives a period: a reading that must ignore the clause's tense drops them
TENSE_KEYS = frozenset({"tense", "tense_words", "tense_cue", "ahead"})
_NEUTRAL = "neutral"  # a phrase holding a cue word that is no cue ('next to')
_BE = frozenset({"be", "been", "being", "is", "are", "am"})  # a passive: its auxiliary decides the tense
_NOT_PARTICIPLE = frozenset({"since", "ago", "earlier", "last"})  # past cues a form of 'be' does not govern
_WORD = regex.compile(r"[\w'’]+")
_ENDERS = regex.compile(r"[.!?;:\n—–`'\"“”]")  # a character each of _clause_end()'s alternatives holds


def _no_abbreviation_before() -> str:
    """A lookbehind: what precedes closes neither an initial ('Paul R. Grant') nor an abbreviation of
    TENSE.not_clause_end ('Mr.', 'Corp.', 'Sept. 30')."""
    words = sorted(period_vocab()["TENSE"]["not_clause_end"], key=len, reverse=True)
    abbrevs = "|".join(regex.escape(a) for a in words)
    return rf"(?<!(?<![\w.])(?:[A-Z]|{abbrevs}))"


@lru_cache(maxsize=1)
def _sentence_end() -> regex.Pattern[str]:
    """A full stop, '!' or '?' before a capital that closes no initial or abbreviation (TENSE.not_clause_end),
    or a line break."""
    return regex.compile(rf"{_no_abbreviation_before()}[.!?][\"'”’)]*\s+(?=[^a-z0-9\s])|\n")


def sentence_starts(text: str) -> list[int]:
    """Where each sentence of text starts (0 first), for bisect."""
    return [0] + [m.end() for m in _sentence_end().finditer(text)]


@lru_cache(maxsize=1)
def _clause_end() -> regex.Pattern[str]:
    """Where a clause ends: ';', ':', '!', '?', a dash, a quote, a line break, or a full stop before a capital
    that closes neither an initial ('Paul R. Grant') nor an abbreviation of TENSE.not_clause_end ('Mr.',
    'Corp.', 'Sept. 30')."""
    stop = rf"{_no_abbreviation_before()}\.\s+(?=[^a-z0-9\s])"
    return regex.compile(rf"{stop}|[!?;:]\s|\n|[—–]\s|\s[—–]|``|''|[\"“”]")


_MODALS = frozenset({"to", "will", "would", "could", "may", "might", "should", "must", "can"})


@lru_cache(maxsize=1)
def _compared() -> tuple[frozenset[str], frozenset[str]]:
    """TENSE.compared_nouns and compared_before: 'beating analysts' forecasts' sets a result against a plan."""
    t = period_vocab()["TENSE"]
    return frozenset(t["compared_nouns"]), frozenset(t["compared_before"])


@lru_cache(maxsize=1)
def _cues() -> tuple[dict[tuple[str, ...], str], dict[str, int], frozenset[str]]:
    """Cue phrases (as word tuples) -> tense; each word that opens a phrase -> its longest phrase's length;
    and '-ed' words that are no cue."""
    t = period_vocab()["TENSE"]
    cues: dict[tuple[str, ...], str] = {}
    for tense, key in ((PAST, "past"), (FUTURE, "future"), ("present", "present"), (_NEUTRAL, "neutral")):
        for phrase in t[key]:
            cues[tuple(phrase.lower().split())] = tense
    openers: dict[str, int] = {}
    for k in cues:
        openers[k[0]] = max(openers.get(k[0], 0), len(k))
    return cues, openers, frozenset(t["not_past_ed"])


def tense_at(text: str, start: int, end: int) -> str | None:
    """'past', 'future', 'present' or None for the period at text[start:end], from its clause's nearest cue."""
    return tense_and_distance(text, start, end)[0]


def tense_and_distance(text: str, start: int, end: int) -> tuple[str | None, int, str]:
    """tense_at's tense, how many words its cue stands from the period (-1 without a cue) and the cue's first
    word, lowercased ('' without one)."""
    a, b = _clause(text, start, end)
    comma = text.find(",", end, b)
    # the words after the period, split at its clause's first comma after it (no word holds a comma): only
    # where a word stands, before or past that comma, matters (_trailing_attribution)
    words = _WORD.findall(text, a, start)
    pivot = len(words)  # the period sits between words[pivot - 1] and words[pivot]
    if comma < 0:
        words += _WORD.findall(text, end, b)
        past_comma = len(words)
    else:
        words += _WORD.findall(text, end, comma)
        past_comma = len(words)  # words[past_comma:] stand after the comma
        words += _WORD.findall(text, comma, b)
    # lowercased once, not once per cue tried; in one call (a lowercased word gains no space, so the split
    # gives one word for each)
    lows = " ".join(words).lower().split(" ") if words else []
    best: tuple[int, int, int, str, str] | None = None
    openers, same_past, months = _cues()[1], _same_past()[0], _months()
    for i, low in enumerate(lows):
        if low not in openers and not (len(low) > 4 and words[i].endswith("ed")) and low not in same_past:
            continue  # most words: neither a cue phrase's first word nor an '-ed' verb (_cue would say None)
        if i and low in months and words[i][0].isupper():
            continue  # 'in May, ... set in March': a month named inside the clause, not the modal 'may'
        tense, n = _cue(words, lows, i, pivot)
        if tense is None:
            continue
        # a preposition that only introduces the period ('said in June') puts no distance between it and its verb
        dist = pivot - (i + n) - _opening(lows, i + n, pivot) if i < pivot else i - pivot
        key = (int(_trailing_attribution(lows, i, past_comma)), max(dist, 0), 0 if i < pivot else 1, tense, low)
        if best is None or key[:3] < best[:3]:
            best = key
    return (best[3], best[1], best[4]) if best else (None, -1, "")


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    return frozenset(k.lower() for k in period_vocab()["MONTH"])


def _opening(lows: list[str], j: int, pivot: int) -> int:
    """1 when the one word between a cue before the period and the period opens it ('in', 'on': TENSE.openers),
    else 0."""
    return int(pivot - j == 1 and lows[j] in _openers())


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    return frozenset(period_vocab()["TENSE"]["openers"])


def _trailing_attribution(lows: list[str], i: int, past_comma: int) -> bool:
    """A reporting verb after the period and a comma (', an official said'): the tense of the report, not
    of what it reports; it decides only when the clause before holds no cue ('has decided to admit them in
    early March, an official said' is the March to come)."""
    if i < past_comma:  # before the period, or after it but before the comma (or no comma)
        return False
    return lows[i] in _attribution()


@lru_cache(maxsize=1)
def _attribution() -> frozenset[str]:
    return frozenset(period_vocab()["SAYING_VERBS"])


def _cue(words: list[str], lows: list[str], i: int, pivot: int) -> tuple[str | None, int]:
    """The tense of the longest cue phrase starting at words[i], and its length in words (the period itself
    sits before words[pivot]); lows holds the words lowercased."""
    cues, openers, not_past = _cues()
    prev = lows[i - 1] if i > 0 else ""
    longest = openers.get(lows[i], 0)  # most words open no cue phrase: no phrase to look up
    if longest:
        low = lows[i:i + longest]
        for n in range(len(low), 0, -1):
            tense = cues.get(tuple(low[:n]))
            if tense is not None and i < pivot < i + n:
                continue  # the period stands inside the phrase: 'voted Tuesday to approve' is no 'voted to'
            if tense is not None:
                passive = tense == PAST and prev in _BE and low[0] not in _NOT_PARTICIPLE
                if tense == _NEUTRAL or passive or (tense == PAST and prev in _MODALS) or _set_against(lows, i, n):
                    return None, n
                if tense == FUTURE and prev == "had" and i + n == pivot - 1 and lows[i + n] in _openers():
                    return PAST, n  # 'the $3.1 billion the Treasury had projected in February': when it projected
                return tense, n
    w = words[i]
    if len(w) > 4 and w.endswith("ed") and (w.islower() or i == 0) and lows[i] not in not_past:
        nxt = lows[i + 1] if i + 1 < len(words) and i + 1 != pivot else ""
        # 'expected to', 'planned by' are no past; 'eased to 4%', 'increased by 5%' are (a figure after them)
        infinitive = nxt in ("to", "by") and not (i + 2 < len(lows) and i + 2 != pivot and lows[i + 2][:1].isdigit())
        return (None, 1) if infinitive or prev in _BE or _adjective(lows, i) else (PAST, 1)
    forms, objects, not_after = _same_past()
    if lows[i] in forms and prev not in not_after and prev not in _MODALS and prev not in _BE \
            and not _adjective(lows, i) and i + 1 < len(lows) and i + 1 != pivot \
            and (lows[i + 1] in objects or lows[i + 1][:1].isdigit()):
        return PAST, 1  # 'The Bank of Ghana cut its policy rate ... in November': a past like 'lowered'
    return None, 1


@lru_cache(maxsize=1)
def _same_past() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """TENSE.same_past: verbs whose past is their present ('cut', 'set', 'put'), past before one of objects."""
    raw = period_vocab()["TENSE"]["same_past"]
    return frozenset(raw["forms"]), frozenset(raw["objects"]), frozenset(raw["not_after"])


def _set_against(lows: list[str], i: int, n: int) -> bool:
    """A plan's noun that a result is set against ('beating analysts' forecasts', 'missing its guidance', 'below
    the $4.6 billion forecast'): no future cue. Three words back at most, the figure's digits and scale not
    counted."""
    nouns, before = _compared()
    if n != 1 or lows[i] not in nouns:
        return False
    words, k = 0, i - 1
    while k >= 0 and words < 3:
        if lows[k] in before:
            return True
        if not (any(c.isdigit() for c in lows[k]) or lows[k] in _SCALES):  # 'rm3', '$1.2', '5%' too
            words += 1
        k -= 1
    return False


_SCALES = frozenset({"million", "billion", "trillion", "bn", "mn", "m", "b", "k", "per", "cent", "percent"})


def _adjective(lows: list[str], i: int) -> bool:
    """An '-ed' word after a determiner, maybe past an adverb ('a still unspecified date', 'the revised
    plan'): an adjective, not a verb in the past tense (lows: the clause's words, lowercased)."""
    before = lows[max(0, i - 2):i]
    dets = _determiners()
    if before and before[-1] in dets:
        return True
    return len(before) == 2 and before[0] in dets and (before[1].endswith("ly") or before[1] in ("still", "yet"))


@lru_cache(maxsize=1)
def _determiners() -> frozenset[str]:
    return frozenset(period_vocab()["YEAR_DETERMINERS"]) - {"that"}  # 'a deal that expired in May': a verb


def stated_day(text: str, start: int, cue: str) -> bool:
    """A day whose future cue is a plan's noun or verb ('lowered its full-year forecast on Wednesday', 'forecast
    first-quarter revenue of $8.7 billion on Thursday') with no word of a time to come before it in its clause
    ('will', 'to', 'due'): the day the plan was stated, in the past (TENSE.stated_plans); so is a day a
    commitment's cue governs ('agreed to buy Nimsaro on Monday'; its own 'to' blocks nothing)."""
    rules = period_vocab()["TENSE"]["stated_plans"]
    act = cue in rules["acts"]  # 'agreed to buy ... on Monday': the day it was agreed
    if cue not in rules["cues"] and not act:
        return False
    words = _WORD.findall(text, _clause(text, start, start)[0], start)
    at = max((i for i, w in enumerate(words) if w.lower() == cue), default=-1)
    if act and at > 0 and words[at - 1].lower() in ("have", "has", "'ve"):
        return False  # 'have agreed to resume talks on Friday': the present perfect takes no past day ('Brisco,
        # which has 4,000 staff, agreed to buy Nimsaro on Monday' is past)
    # 'to' before a figure is no infinitive ('raised its price target to $58 from $50 on Monday': _WORD drops '$')
    return not any(w.lower() in rules["blockers"] and not (w.lower() == "to" and (act or i + 1 < len(words)
                                                                                   and words[i + 1][:1].isdigit()))
                   for i, w in enumerate(words))


def only_ahead(text: str, start: int, end: int, cue: str) -> bool:
    """Whether a future period must lie ahead of the reference date: its cue is a plain future ('will', TENSE.
    future_ahead['cues']) and its clause speaks of no reporting (future_ahead['reports']: 'will report December
    sales' in a January story looks back at a month just ended; 'will cut its rate in November' does not)."""
    cues, reports = _future_ahead()
    if cue not in cues:
        return False
    a, b = _clause(text, start, end)
    return not any(w.lower() in reports for w in _WORD.findall(text, a, b))


@lru_cache(maxsize=1)
def _future_ahead() -> tuple[frozenset[str], frozenset[str]]:
    raw = period_vocab()["TENSE"]["future_ahead"]
    return frozenset(raw["cues"]), frozenset(raw["reports"])


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence piece holding text[start:end] (at most 200 characters either side)."""
    lo, hi = max(0, start - 200), min(len(text), end + 200)
    a = lo
    clause_end = _clause_end()
    # every clause end holds one of _ENDERS and starts at it or one space before it: the scans start there
    # (the engine's lookbehinds still see the text before), and skip a stretch that holds none
    first = _ENDERS.search(text, lo, start)
    if first:
        for m in clause_end.finditer(text, max(lo, first.start() - 1), start):
            a = m.end()
    first = _ENDERS.search(text, end, hi)
    m = clause_end.search(text, max(end, first.start() - 1), hi) if first else None
    return a, (m.start() if m else hi)
