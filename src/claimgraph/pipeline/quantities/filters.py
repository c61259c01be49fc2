"""Step 6: what is not a quantity is dropped: years, dates, times, ordinals, names with numbers, codes, list
markers, scores, "one" as a pronoun.

Each filter is a small named function that says whether the mention is NOT a quantity; FILTERS runs them in
order and the first that says so drops the mention. The filters marked @plain_only look only at plain
numbers and counts (no scale, no currency sign): "$2024" or "2024 million" is a figure whatever surrounds it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from claimgraph.pipeline.quantities.mention import Mention
from claimgraph.pipeline.quantities.numbers import glued_hyphen, is_year
from claimgraph.pipeline.quantities.state import DocState
from claimgraph.pipeline.quantities.units import looks_participle
from claimgraph.resolve.numbers import digit_value, looks_plural

LIST_MARKS = (".", ")")
SCORE_DASHES = ("-", "–")


@dataclass(slots=True)
class Around:
    """The tokens around a mention's number core that the filters look at."""

    first: Token  # the number's first and last token
    last: Token
    prev: Token | None  # the tokens just before and after the number
    nxt: Token | None
    plain: bool  # a number or count with no scale and no currency sign


Filter = Callable[[DocState, Mention, Around], bool]


def keep(s: DocState, m: Mention) -> bool:
    if m.low is None:
        return False
    t = s.t
    ns, ne = m.num_start, m.num_end
    plain = m.kind in ("number", "count") and m.scale is None and not m.has_prefix_currency
    a = Around(t[ns], t[ne - 1], t[ns - 1] if ns > 0 else None, t[ne] if ne < s.n else None, plain)
    for f in FILTERS if plain else _ANY_FIGURE:  # a plain loop: this runs for every figure
        if f(s, m, a):
            return False
    return True


_PLAIN_ONLY: set[Filter] = set()


def plain_only(f: Filter) -> Filter:
    """Marks a filter that looks only at plain numbers and counts (keep skips it for the others)."""
    _PLAIN_ONLY.add(f)
    return f


def name_with_multiple(s: DocState, m: Mention, a: Around) -> bool:
    """'10x Genomics' is a name."""
    return m.kind == "multiple" and m.end < s.n and s.t[m.end - 1].lower_ == "x" and s.t[m.end].is_title


def glued_ordinal(s: DocState, m: Mention, a: Around) -> bool:
    """Ordinals and decades glued to the number: '22nd', 'the 1990s'."""
    return a.nxt is not None and a.last.whitespace_ == "" and a.nxt.lower_ in s.tables.glued_not_number \
        and m.kind != "rank"


def time_of_day(s: DocState, m: Mention, a: Around) -> bool:
    """'11 a.m.', '1.05am', 'at 1500 hrs' (but 'only 3 hrs' is a duration)."""
    if a.nxt is None or a.nxt.lower_ not in s.tables.time_suffixes or m.kind == "money":
        return False  # (an amount is no time: 'EPS $1.23 vs $1.10 est.')
    if a.nxt.text.islower() and a.nxt.text.rstrip(".") == "est":
        return False  # 'est.' in lower case is an estimate; the time zone is 'EST'
    clock = s.tables.v["clock_decimals"]
    if a.nxt.text in clock["suffixes"] and "." in a.last.text \
            and len(a.last.text.rsplit(".", 1)[1]) != clock["digits"]:
        return False  # "a size of 2.1 pm": no clock has one minute digit; picometres
    if a.nxt.lower_ in s.tables.v["time_suffixes_clock_only"]["words"]:
        return len(a.last.text) == 4 or (a.prev is not None and a.prev.lower_ == "at")
    return True


def date(s: DocState, m: Mention, a: Around) -> bool:
    """'May 7', '7 May 2024', 'Sept. 20-24'."""
    if m.kind not in ("number", "count", "duration", "rank"):
        return False
    months, prev, ns = s.tables.months, a.prev, m.num_start
    if prev is not None and prev.lower_ in months:
        return True
    if prev is not None and prev.text == "." and ns >= 2 and s.t[ns - 2].lower_ in months:
        return True
    return a.nxt is not None and a.nxt.lower_ in months and m.kind != "duration"


@plain_only
def year(s: DocState, m: Mention, a: Around) -> bool:
    """A year: '2024'; '2024 people' stays a count, a year range ('2012-13') is a period, and so is a year
    before what is reported for it ('expects 1990 sales of $300 million')."""
    if not is_year(s, a.first) or _counted_old_year(s, m):
        return False
    if "range" in m.notes or m.kind == "number" or not looks_plural(s.t[m.end - 1].text):
        return True
    if any(s.t[k].lower_ in s.tables.year_reported_nouns for k in range(m.num_end, min(m.end, s.n))):
        return True  # 'expects 2025 adjusted earnings of ...', '2025 organic net sales': what the year reports
    if a.prev is not None and a.prev.lower_ in _BEFORE_A_YEAR and m.num_end - m.num_start == 1:
        return True  # 'the appeal for 2025 stands at', 'the budget for 2026 includes': a year, then a verb
    return m.num_end < s.n and not s.t[m.num_end].is_lower


_BEFORE_A_YEAR = frozenset({"for", "in", "since", "until", "through", "during", "by"})


def year_after_determiner(s: DocState, m: Mention, a: Around) -> bool:
    """'the 1988 second quarter', "the company's 1989 operating results": a year modifying a noun; so is one after
    a preposition before a singular noun ('fined over 2023 data leak'; 'over 2000 jobs' counts jobs)."""
    if not (m.kind in ("count", "duration") and m.scale is None and not m.has_prefix_currency
            and m.num_end - m.num_start == 1 and is_year(s, a.first) and a.prev is not None):
        return False
    if a.prev.lower_ in s.tables.year_determiners:
        return True
    head = (m.unit_text or "").split()[-1:]
    after = s.t[m.end] if m.end < s.n else None
    if after is not None and after.is_alpha and after.is_lower and after.lower_ not in s.tables.stop:
        head = [after.text]  # 'over 2023 data leak': the phrase's head is the word after the counted one
    return a.prev.lower_ in _PREPOSITION_BEFORE_A_YEAR and bool(head) and head[0].islower() \
        and not looks_plural(head[0]) and head[0] not in s.tables.invariant_count_nouns


_PREPOSITION_BEFORE_A_YEAR = frozenset({"over", "after", "from", "on"})


_HAS_LETTER = re.compile(r"[A-Za-z]")


@plain_only
def glued_to_letters(s: DocState, m: Mention, a: Around) -> bool:
    """A number glued to letters is a name or code: '5G', '36Kr', 'A380', 'COVID-19', 'V-12', 'TA-25'."""
    prev, ns = a.prev, m.num_start
    if a.nxt is not None and a.last.whitespace_ == "" and a.nxt.is_alpha and m.kind == "number":
        return True
    if _letter_currency(s, m):
        return False  # 'R87.40' in a story that names South Africa: rand (finder.letter_currencies)
    if prev is not None and a.first.text and prev.whitespace_ == "" and (prev.is_alpha or prev.text == "-") \
            and ns >= 1:
        # "DC-8-62", "TA-25": after a hyphen glued to a word or to a code with letters ('DC-8')
        return prev.text != "-" or (ns >= 2 and s.t[ns - 2].whitespace_ == ""
                                    and (s.t[ns - 2].is_alpha or _HAS_LETTER.search(s.t[ns - 2].text) is not None))
    return False


@plain_only
def hyphen_compound(s: DocState, m: Mention, a: Around) -> bool:
    """A number glued by a hyphen to a word is a compound adjective: 'six-speed', 'three-bed'. When the word
    is a plain noun, the figure counts it ('an 18-screen theater', 'a 700-room hotel', 'a two-part plan');
    otherwise ('COVID-19', 'one-time', '486-based') it is dropped."""
    ne = m.num_end
    if not (glued_hyphen(s, ne) and s.t[ne + 1].is_alpha and m.kind == "number"):
        return False
    word = s.t[ne + 1]
    if _per_or_name_before(s, m.num_start) or (ne + 2 < s.n and s.t[ne + 2].lower_ in s.tables.index_nouns):
        return True  # "the 100-share index", "the 30-stock average": an index's name
    if looks_participle(s, word) and not word.lower_.endswith("eed"):
        return True  # "486-based machines", "a two-tiered plan": a participle, no counted noun ('six-speed' is one)
    if word.is_lower and word.lower_ not in s.tables.stop and m.low is not None and m.low >= 2 \
            and m.low == m.low.to_integral_value() and not looks_plural(word.text) \
            and (ne + 2 >= s.n or s.t[ne + 2].text != "-") and m.comparator is None:
        m.kind, m.unit, m.unit_text, m.end, m.has_suffix = "count", word.lower_, word.text, ne + 2, True
        return False
    return True


def _per_or_name_before(s: DocState, ns: int) -> bool:
    """'25 cents a 12-pack' (the unit of a price), "Standard & Poor's 500-stock index" (a name's number)."""
    if ns < 2:
        return False
    prev, before = s.t[ns - 1], s.t[ns - 2]
    if prev.lower_ in ("a", "an", "per") and (before.lower_ in s.tables.currency_subunit
                                                or before.lower_ in s.tables.currency_suffix):
        return True
    return prev.lower_ in ("'s", "’s") and before.is_title


@plain_only
def label_number(s: DocState, m: Mention, a: Around) -> bool:
    """A small number after a label noun names a kind or grade, no quantity: 'type 1 diabetes', 'a category 4
    hurricane', 'a phase 3 trial', 'stage 2 cancer', 'tier 1 capital' (vocab label_nouns)."""
    return a.prev is not None and a.prev.lower_ in s.tables.v["label_nouns"]["words"] and m.num_end - m.num_start == 1 \
        and a.first.text.isdigit() and int(a.first.text) <= LABEL_MAX  # ('typists type 60 words a minute': a verb)


LABEL_MAX = 12  # the grades and kinds a label counts ('grade 12'); a larger number after 'type' is a verb's object


def _letter_currency(s: DocState, m: Mention) -> bool:
    """The number has a currency's letter glued before it, standing alone ('R87.40', not 'TR87'), in a story that
    names that currency's places (vocab letter_currencies): money, which finder.letter_currencies makes it."""
    ns = m.num_start
    if ns < 1 or s.t[ns - 1].whitespace_ or s.t[ns - 1].text not in s.tables.letter_currencies \
            or (ns > 1 and not s.t[ns - 2].whitespace_ and not s.t[ns - 2].is_punct):
        return False
    written = s.t[ns].text
    # an amount's shape ('R87.40', 'N1,250') or an amount's cue before it ('closed at R87'); not a road, a mask or
    # an aircraft named so ('the R21', 'N95 masks', 'P3 aircraft')
    if not (_AMOUNT_SHAPE.search(written) or (ns > 1 and s.t[ns - 2].lower_ in _AMOUNT_CUES)
            or (m.num_end < s.n and s.t[m.num_end].lower_ == "per")):
        return False
    return not s.tables.letter_currencies[s.t[ns - 1].text][1].isdisjoint(s.lower)


_AMOUNT_SHAPE = re.compile(r"\.\d\d$|,\d{3}")
_AMOUNT_CUES = frozenset({"at", "to", "from", "cost", "costs", "costing", "worth", "pay", "paid", "pays", "priced",
                          "fetch", "fetched", "fetches", "charge", "charges", "charged", "about", "around", "nearly",
                          "is", "was", "are", "were", "hit", "hits", "reached", "reaches", "between", "by", "sells",
                          "sold", "rose", "fell", "climbed", "dropped"})  # ('short of N95 masks', 'delivery of P3
# aircraft': no 'of' nor 'for')


@plain_only
def inside_name(s: DocState, m: Mention, a: Around) -> bool:
    """A number inside a name: 'iPhone 11', 'Windows 11', 'Big 12', 'S&P 500 index'."""
    prev, nxt, allowed = a.prev, a.nxt, s.tables.allowed_before_number
    if prev is not None and not prev.is_punct and any(c.isupper() for c in prev.text) \
            and not any(c.isdigit() for c in prev.text) and prev.text not in allowed and not _letter_currency(s, m):
        return not _gapped_item(s, m)
    if prev is not None and prev.text == "&":
        return True
    if m.kind == "number" and nxt is not None and nxt.is_title and nxt.is_alpha and not nxt.is_sent_start \
            and nxt.text not in allowed:
        return not (nxt.lower_ in s.tables.currency_suffix or nxt.text.upper() == nxt.text)
    return False


def _gapped_item(s: DocState, m: Mention) -> bool:
    """A list item whose verb is left out, a name and its count ('Telbridge has 40 staff, Quorvane 35 staff and
    Nimsaro 25 staff', 'recorded 312 breaches and Tarrowin 150 breaches'): the names open the item after a comma or
    'and', and the item counts the noun a number before it in the sentence counts."""
    k = m.num_start - 1
    while k >= 0 and s.t[k].is_title and not s.t[k].is_sent_start:
        k -= 1
    if k < 1 or s.t[k].lower_ not in (",", "and") or m.end <= m.num_end or not s.t[m.end - 1].is_alpha \
            or len(s.t[m.end - 1].text) < 3 or (m.end < s.n and s.t[m.end].text == "-"):
        return False  # not 'Nasdaq 100 e-minis'
    if m.end < s.n and not (s.t[m.end].is_punct or s.t[m.end].lower_ in ("and", "or")):
        return False  # an item ends the list or its clause: 'Windows 11 devices made up 70%' is a name's number
    noun = s.t[m.end - 1].lower_
    j = k - 1
    while j > 1 and not s.t[j].is_sent_start:
        if s.t[j].lower_ == noun and s.t[j - 1].like_num and not s.t[j - 2].text[:1].isupper():
            return True  # the first item's count is no name's number either ('S&P 500 e-minis')
        j -= 1
    return False


@plain_only
def code_or_phone(s: DocState, m: Mention, a: Around) -> bool:
    """Codes, dates and phone numbers: '2024-05-07', '+65 6123 4567', 'ZIP code 94105', '018989'."""
    prev, nxt, first, ns = a.prev, a.nxt, a.first, m.num_start
    if prev is not None and prev.text in ("-", "/") and prev.whitespace_ == "" and ns >= 2 and s.t[ns - 2].like_num:
        return True
    if m.kind == "number" and ((prev is not None and digit_value(prev.text) is not None)
                               or (nxt is not None and digit_value(nxt.text) is not None)):
        return True
    if first.text.startswith(("0", "+")) and len(first.text) > 1 and first.text[1:2].isdigit() \
            and "." not in first.text and not (prev is not None and prev.text == "(" and ns >= 2
                                               and s.t[ns - 2].text in ("%", "percent")):
        return True  # not a poll table's move in brackets after a percentage ('29% (+3)')
    if prev is not None and prev.lower_ in s.tables.code_words_before_counts and m.kind == "count" \
            and m.num_end - m.num_start == 1 and first.text.isdigit():
        return True  # "common equity tier 1 ratio", "stage 3 loans": a grade
    if m.kind in ("number", "count") and m.num_end - m.num_start == 1 and _listed_after_code(s, ns):
        return True  # "scope 1 and 2 emissions", "scopes 1, 2 and 3": the list goes on naming grades
    return prev is not None and prev.lower_ in s.tables.code_words and m.kind == "number"


def _listed_after_code(s: DocState, k: int) -> bool:
    """The token at k ends a list of small numbers ('1, 2 and 3') that a grade word opens ('scopes', 'tier')."""
    t, words = s.t, s.tables.code_words_before_counts
    if not (t[k].text.isdigit() and len(t[k].text) <= 2):
        return False
    k -= 1
    while k >= 1 and t[k].lower_ in (",", "and", "or", "&") and t[k - 1].text.isdigit() and len(t[k - 1].text) <= 2:
        k -= 2
        if k >= 0 and t[k].lower_ in words:
            return True
    return False


@plain_only
def set_phrase(s: DocState, m: Mention, a: Around) -> bool:
    """A number word inside a set phrase that states no figure: 'reach net zero by 2050', 'ground zero'."""
    if m.num_end - m.num_start != 1:
        return False
    word, phrases = a.first.lower_, s.tables.set_phrases
    after = (word, a.nxt.lower_) if a.nxt is not None else ()
    return (a.prev is not None and (a.prev.lower_, word) in phrases) or after in phrases \
        or (bool(after) and m.num_end + 1 < s.n and (*after, s.t[m.num_end + 1].lower_) in phrases)


@plain_only
def list_marker(s: DocState, m: Mention, a: Around) -> bool:
    """'1.' or '2)' at the start of a line."""
    prev, nxt = a.prev, a.nxt
    return m.kind == "number" and nxt is not None and nxt.text in LIST_MARKS \
        and (prev is None or "\n" in prev.text or prev.is_space)


@plain_only
def score(s: DocState, m: Mention, a: Around) -> bool:
    """Scores and tallies: 'won 2-1', 'beat them 112-104', 'the bill passed 62-38' (a range is written low to
    high: a bare pair written high to low is a count of two sides)."""
    if not ("range" in m.notes and m.kind == "number" and m.low is not None and m.low == int(m.low)
            and m.high is not None):
        return False
    sep = s.t[m.num_start + 1].text if m.num_start + 1 < s.n else ""
    if sep not in SCORE_DASHES:
        return False
    window = {s.t[k].lower_ for k in range(max(0, m.start - 4), m.start)}
    return (m.high <= 20 and m.low <= 20) or bool(window & s.tables.score_words) or "descending" in m.notes


@plain_only
def pronoun_one(s: DocState, m: Mention, a: Around) -> bool:
    """'one' used as a pronoun: 'one another', 'the new one', 'each one', 'a good one', 'then one can see'; in set
    phrases ('for one thing', 'on the one hand'); 'no one' whatever follows it ('no one else', 'no one wants')."""
    if a.first.lower_ != "one" or m.num_end - m.num_start != 1:
        return a.first.lower_ == "one" and m.kind == "number" and a.nxt is not None \
            and a.nxt.lower_ in s.tables.one_another
    tables, prev, nxt = s.tables, a.prev, a.nxt
    before = prev.lower_ if prev is not None else ""
    after = nxt.lower_ if nxt is not None else ""
    if m.kind == "count" and before == "no" or (before, after) in tables.one_idioms:
        return True
    if after == "of" and _superlative_after_of(s, m.num_end + 1):
        return True  # 'one of the most expensive schemes', "one of the city's largest builders": a rank, no count
    if after in tables.one_modals and not (m.num_end + 1 < s.n and s.t[m.num_end + 1].lower_ == "of"):
        return True  # 'one can see', 'one need only look'; not 'one can of paint'
    if m.kind != "number":
        return False
    if after in tables.one_another or before in tables.one_pronoun_before:
        return True
    # 'a good one.': a or an, one word, then 'one' closing its clause
    return prev is not None and prev.is_lower and prev.is_alpha and m.num_start >= 2 \
        and s.t[m.num_start - 2].lower_ in ("a", "an") and (nxt is None or nxt.is_punct)


def _superlative_after_of(s: DocState, k: int) -> bool:
    """A superlative after 'of' and a determiner or a possessive ('the most', 'the largest', "the city's biggest",
    "Japan's biggest", 'its best', 'the few')."""
    t = s.t
    if k + 2 < s.n and t[k].is_title and t[k + 1].lower_ in ("'s", "’s"):
        k += 2  # "one of Japan's biggest exporters": a name's possessive
    elif k >= s.n or t[k].lower_ not in ("the", "its", "their", "his", "her", "our", "my", "your"):
        return False
    else:
        k += 1
        if k + 2 < s.n and t[k + 1].lower_ in ("'s", "’s"):
            k += 2  # "the city's largest"
    if k >= s.n:
        return False
    word = t[k].lower_
    return word in s.tables.superlatives or (len(word) > 4 and word.endswith("est") and word not in s.tables.stop
                                             and t[k].is_alpha and not word.endswith(("quest", "interest", "west")))


def ordinal_fraction(s: DocState, m: Mention, a: Around) -> bool:
    """'a third party', 'a fifth straight day': an ordinal before a noun it ranks, not a fraction."""
    return m.kind == "fraction" and a.last.lower_ in s.tables.ordinal_denominators and a.nxt is not None \
        and a.nxt.lower_ in s.tables.ordinal_after \
        and not (a.first.i + 1 < a.last.i and a.first.lower_ in s.tables.v["number_words"])  # 'a one-third increase'


@plain_only
def model_number(s: DocState, m: Mention, a: Around) -> bool:
    """'the 486 chip', 'its 80486 microprocessor': a number of 100 or more, digits alone, between a determiner
    and a singular noun names a model; a count's noun is plural ('486 chips') or one that stays the same ('200
    staff'), a hyphen makes a compound that counts ('a 700-room hotel'), and a unit is no model ('a ⅓ cup of
    sauce', 'a 87 yo man')."""
    if m.kind != "count" or m.low is None or m.high != m.low or m.num_end >= s.n or s.t[m.num_end].text == "-" \
            or a.prev is None or a.prev.lower_ not in s.tables.year_determiners \
            or (m.end < s.n and s.t[m.end].lower_ == "of"):
        return False  # a model is named after a determiner ('the 486 chip'), not as a measure ('a ⅓ cup of')
    if m.low < 100 or not s.t[m.num_start].text.isdigit():
        return False  # "the 12 page document", "the 11 member pact": a compound's count; a model has digits alone
    # the counted noun's last word ("100 seats or more": seats); a verb form is no counted noun at all
    # (units._singular_head: "the 400,000 sold a year earlier" is a number)
    head = (m.unit_text or "").split()[-1:]
    return bool(head) and len(head[0]) > 2 and head[0].islower() and not looks_plural(head[0]) \
        and head[0] not in s.tables.invariant_count_nouns and not head[0].endswith(s.tables.not_noun_endings)


def age_after_name(s: DocState, m: Mention, a: Around) -> bool:
    """'Jeffrey S. Maurer, 42, was named ...', 'Mr. Kovac, 52 years old, will ...': a person's age set off by
    commas after the name is no figure (the conventions leave ages with names out)."""
    ns, ne = m.num_start, m.num_end
    if m.kind == "number" and m.scale is None and not m.has_prefix_currency:
        after = a.nxt
    elif m.kind == "duration" and m.unit == "year" and s.t[m.end - 1].lower_ in s.tables.age_after:
        after = s.t[m.end] if m.end < s.n else None  # "52 years old,"
    else:
        return False
    if ne - ns != 1 or m.start != ns or m.low is None or m.low != m.high or not (
            s.tables.age_span[0] <= m.low <= s.tables.age_span[1]) or m.low != m.low.to_integral_value():
        return False
    if a.prev is None or a.prev.text != "," or (after is not None and after.text not in s.tables.age_closers):
        return False
    return _person_before(s, ns - 2)


def age_bracket(s: DocState, m: Mention, a: Around) -> bool:
    """'children under five', 'people over 65', 'residents aged 65 and over': a bare number bounding an age."""
    if m.kind not in ("number", "count") or m.scale is not None or m.low is None \
            or m.low > s.tables.max_age \
            or m.low != m.low.to_integral_value() or m.num_start == 0:
        return False
    rule, t, k = s.tables.age_bracket, s.t, m.num_start - 1
    if t[k].lower_ in rule["before_age"]:  # 'aged 65 and over', 'aged 18 to 24'; not one person's 'age 87'
        return m.low != m.high or (m.num_end < s.n and t[m.num_end].lower_ in rule["bracket_after"])
    return t[k].lower_ in rule["bounds"] and k > 0 and t[k - 1].lower_ in rule["people"]


def _person_before(s: DocState, k: int) -> bool:
    """Whether the words ending at token k are a person's name: an honorific and a capitalised word, two or
    more capitalised words and initials ('Frederick B. Taylor'), or a surname alone, hyphenated or not ('Amir,
    27,', 'Har-Levi, 22,': wire copy names a person again by surname), of which none is a month or a designator."""
    words = 0
    while k >= 0 and s.t[k].text[:1].isupper() and s.t[k].lower_ not in s.tables.months:
        if s.t[k].text in s.tables.honorifics:
            return words >= 1
        if s.t[k].text in s.tables.designators:
            return False
        words += 1
        k -= 1
        if k >= 1 and s.t[k].text == "-" and not s.t[k].whitespace_ and s.t[k - 1].text[:1].isupper() \
                and not s.t[k - 1].whitespace_:
            k -= 1  # 'Har-Levi': one surname
    return words >= 2 or (words == 1 and len(s.t[k + 1].text) > 2)


def year_range(s: DocState, m: Mention, a: Around) -> bool:
    """Year ranges are periods: '2012–13', '2023/24', 'between 1600 and 1900'."""
    if not ("range" in m.notes and m.kind in ("number", "count", "duration") and m.scale is None
            and is_year(s, a.first)):  # ('the 2026-27 school year': no duration either)
        return False
    return not _counted_old_year(s, m)


def _counted_old_year(s: DocState, m: Mention) -> bool:
    """'going from 1000 to 2000 hires': a number under 1900 is a year only by its cue word ('from'); a range
    with a counted noun is a count ('between 1600 and 1900' stays the years it usually is)."""
    return "range" in m.notes and m.kind == "count" and m.unit is not None and m.low is not None \
        and m.low < 1900 and s.t[m.start].lower_ != "between"


@plain_only
def sale_day(s: DocState, m: Mention, a: Around) -> bool:
    """'the 11.11 shopping festival', 'during 12.12', "Vexa's 9.9 sale": a shopping day named by its month and day
    written twice is a date, not a figure; not after a verb of change ('rose 9.9 to 120') nor with a unit of its
    own past the event nouns."""
    if m.num_end - m.num_start != 1 or m.change is not None or not _SALE_DAY.fullmatch(a.first.text):
        return False
    if not 1 <= int(a.first.text.split(".")[0]) <= 12:
        return False
    rule = s.tables.v["sale_days"]
    return (a.nxt is not None and a.nxt.lower_ in rule["nouns"]) \
        or (a.prev is not None and a.prev.lower_ in rule["before"])


_SALE_DAY = re.compile(r"(\d{1,2})\.\1")


FILTERS: tuple[Filter, ...] = (
    name_with_multiple, glued_ordinal, time_of_day, date, sale_day,
    year, year_after_determiner, glued_to_letters, hyphen_compound, inside_name, code_or_phone, list_marker, score,
    pronoun_one, year_range, age_after_name, age_bracket, model_number, ordinal_fraction, set_phrase, label_number,
)
_ANY_FIGURE = tuple(f for f in FILTERS if f not in _PLAIN_ONLY)  # the filters for a figure that is not plain
