"""Sentence spans by punctuation and line breaks: enough for claims, with no model."""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from claimgraph.claims.index import bounded
from claimgraph.resources import load_json

# A break after . ! ? (and a closing quote or bracket) before a capital, digit or opening quote, or at a
# line break. Wire copy quotes with typewriter marks (``So it ends,'' she said. ``Then ...): two apostrophes
# close a quote, two backticks open one. Abbreviations that end with a dot ("U.S.", "No.", "Inc.") do not break.
_BREAK = regex.compile(r"(?<=[.!?](?:''|[\"”’)])?)\s+(?=[A-Z0-9\"“‘(`])|\n\s*")


@lru_cache(maxsize=1)
def _abbreviation() -> regex.Pattern:
    """Text that ends with an initialism ('U.S.'), a middle initial ('John C.') or an abbreviation of
    patterns/en/claims.json ('No.')."""
    words = "|".join(regex.escape(w) for w in load_json("claims.json")["abbreviations"]["words"])
    # a middle initial ('Ivan P. Kovac', 'Daniel M. Lastname') does not end a sentence either
    return regex.compile(rf"(?:\b[A-Z]\.(?:[A-Z]\.)+|\b(?:{words})\.|\b[A-Z][a-z]+\s+[A-Z]\.)$")


# where a break can be: every _BREAK match is a line break or follows . ! ? (and a quote or bracket) with a
# space (the standard module's \s is the regex module's and four control characters more); in a text with
# none, such as most single sentences, the break pattern need not be run
_MAY_BREAK = re.compile(r"[.!?](?:''|[\"”’)])?\s|\n")
# a lone initial ('J. Peter Harlow was named ...', 'the $932 million T. Rowe Price fund') ends no sentence
_LONE_INITIAL = regex.compile(r"(?<![^\s(\"“‘'])[A-Z]\.")
# a letter that names a round, class or phase ends a sentence as any word does ("raised $310M in a Series D. US
# startups took ...")
_LETTER_SERIES = regex.compile(r"\b(?:Series|Class|Round|Phase|Tier|Type|Plan|Grade|Category)\s+[A-Z]\.$")


# what follows a dateline's city: perhaps its country, state or the day, then a wire's name or a dash ('ATLANTA _',
# 'LONDON (AP) --', 'NAIROBI, Kenya (AP)_', 'PERTH, June 3 (Xinhua) --', 'LONDON, Feb 20 (Wirestream) - ') or a
# colon ('JAKARTA: ')
_AFTER_CITY = (r"(?:,(?:\s+[A-Z][\w.]*){1,3}(?:\s+\d{1,2})?)?\s*"
               r"(?:\(\s*[A-Z][\w.&' -]{0,30}\)\s*(?:_|--|—|–|-(?=\s))?|_|--|—|–|-(?=\s)|:(?=\s))[ \t]*")
DATELINE_AFTER_CITY = regex.compile(_AFTER_CITY)
# a wire story's dateline opens its first paragraph: 'NAIROBI, Kenya (AP) _ Rescue teams ...', 'BUFFALO, N.Y. _
# ...': a sentence of its own, so that the word after it opens the story's first sentence
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# 'July 31 (Reuters) - ': a dateline of a day alone, its wire's name in brackets
_MONTH_DAY = _MONTH + r"\s+\d{1,2}(?=\s*\()"
# a city written in capitals and lower case, with the day ('Mumbai, November 6: ', 'New Delhi, Nov 6 -- '): a
# dateline only with its day, so that no sentence opening with a name and a comma is taken for one
_CITY_DAY = (r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s+" + _MONTH
             + r"\s+\d{1,2}\s*(?:\(\s*[A-Z][\w.&' -]{0,30}\)\s*)?(?=:|--|—|–|-\s)")
_DATELINE = regex.compile(r"[\s\x1c-\x1f]*(?:[A-Z][A-Z.'’ -]{2,}|" + _MONTH_DAY + "|" + _CITY_DAY + ")" + _AFTER_CITY)


def dateline_span(text: str) -> tuple[int, int] | None:
    """Where a wire dateline that opens the story starts and ends ('SAN FRANCISCO, July 31 (Reuters) - '), if one
    does and a story follows it: it is a sentence of its own. It may follow a headline line ('Gas prices climb
    again\nDENVER — The national average ...'), as copied web pages and wire stories put it."""
    starts = [0]
    line = text.find("\n")
    if 0 < line <= HEADLINE_LONGEST and text[:line].strip() and not text[:line].rstrip().endswith((".", ",", ";", ":")):
        starts.append(line)
    for start in starts:
        dateline = _DATELINE.match(text, start)
        if dateline is not None and dateline.end() < len(text) and not text[dateline.end()].isspace():
            return (start + len(text[start:dateline.end()]) - len(text[start:dateline.end()].lstrip())
                    if start else 0), dateline.end()
    return None


HEADLINE_LONGEST = 150  # characters of a headline line above a dateline


def dateline_end(text: str) -> int | None:
    """Where the wire dateline that opens the story ends (dateline_span), if there is one."""
    span = dateline_span(text)
    return span[1] if span is not None else None


def sentences(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    abbreviation = _abbreviation()
    dateline = dateline_span(text)
    if dateline is not None:
        if dateline[0]:
            out.append(_trim(text, 0, dateline[0]))  # the headline above it
        out.append(_trim(text, dateline[0], dateline[1]))
        start = dateline[1]
    for m in _BREAK.finditer(text, start) if _MAY_BREAK.search(text) else ():
        if "\n" not in m.group(0) and (abbreviation.search(text[max(start, m.start() - 12):m.start()])
                                       or _LONE_INITIAL.match(text, max(0, m.start() - 2), m.start())) \
                and not _LETTER_SERIES.search(text, max(0, m.start() - 12), m.start()):
            continue
        if text[start:m.start()].strip():
            out.append(_trim(text, start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append(_trim(text, start, len(text)))
    return bounded(text, out)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
