"""Productions: the resolvers that finish a matched rule into a Mention, Duckling-style.

Each rule in patterns/<lang>/quantities.jsonl names its production; PRODUCTIONS maps the name to the
function. A production gets the per-call DocState, the matched token span, the rule id and the rule's label
(the Mention's first kind), and returns the Mention, or None when the match is not a quantity after all.
The names are also listed in claimgraph.resources.rules.Production, which validates the pattern files;
a test checks that both lists agree.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

from claimgraph.pipeline.quantities.mention import Mention, as_number
from claimgraph.pipeline.quantities.numbers import glued_hyphen, is_year, ordinal_compound, read_number
from claimgraph.pipeline.quantities.qualifiers import change_by
from claimgraph.pipeline.quantities.state import DocState
from claimgraph.pipeline.quantities.units import (
    currency_after,
    metres_after,
    noun_after,
    physical_unit,
    resolve_count,
    resolve_duration,
)
from claimgraph.resolve import physical
from claimgraph.resolve.numbers import digit_value, fraction_decimal, parse_number, singular
from claimgraph.resources.vocab import vocab

ProductionFn = Callable[[DocState, int, int, str, str], Mention | None]


# ------------------------------------------------------------------ money and percent
def money(s: DocState, start: int, end: int, rule: str, label: str) -> Mention | None:
    """'USD 14 million', '$1.2bn', '4 trillion yuan', '63 cents'."""
    start, i, prefix = _currency_prefix(s, start)
    head = read_number(s, start, i, end, rule, label.lower(), prefix)
    if head is None:
        return None
    m, j = head
    sign = s.t[start]
    if sign.lower_ in TRANSLITERATED and (sign.text not in TRANSLITERATED_SIGNS or not _pound_sign_amount(s, m)):
        return None  # "#3" is a rank, "PS5" a console; "#89.7 million", "PS2.7m", "Y=100 million" are amounts
    if prefix:
        m.unit = prefix
        # "US$ 5 million US dollars" is rare; a trailing currency word only refines the unit
        ccy, k = currency_after(s, j)
        if ccy:
            m.end = k
        return m
    return _currency_suffix(s, m, j)


TRANSLITERATED_SIGNS = set(vocab()["transliterated_signs"]["signs"])  # as written: "PS", "Y=", "#"
TRANSLITERATED = {w.lower() for w in TRANSLITERATED_SIGNS}


def _pound_sign_amount(s: DocState, m: Mention) -> bool:
    """After '#', an amount (a scale, decimals or thousands separators), not a number in a list or rank."""
    core = s.text(m.num_start, m.num_end)
    return m.scale is not None or "." in core or "," in core


def _currency_prefix(s: DocState, start: int) -> tuple[int, int, str | None]:
    """A currency written before the number: (the mention's start, the number's start, the currency)."""
    t, prefixes = s.t, s.tables.currency_prefix
    i = start
    if t[i].lower_ not in prefixes or digit_value(t[i].text) is not None:
        return start, i, None
    prefix = prefixes[t[i].lower_]
    if t[i].text.isalpha() and prefix == t[i].text.upper() and not t[i].text.isupper() \
            and t[i].text not in s.tables.currency_as_written:
        return start, i, None  # 'try 5 times', 'Ron 5': an ISO code is written in capitals
    # "HK $3.7 billion", "S $1mil": a country mark written apart from the dollar sign
    if t[i].text == "$" and start > 0 and (t[start - 1].text + "$").lower() in prefixes \
            and t[start - 1].text.isupper() \
            and (not t[start - 1].whitespace_ or t[start - 1].text not in s.tables.marks_also_words):
        prefix = prefixes[(t[start - 1].text + "$").lower()]
        start -= 1
    return start, i + 1, prefix


def _currency_suffix(s: DocState, m: Mention, j: int) -> Mention | None:
    """A currency written after the number: '4 trillion yuan', '63 cents', '118.5p', 'a 12-cent dividend',
    '30 MUSD', '75 USD million'."""
    t = s.t
    if j + 1 < s.n and t[j].text == "-" and not t[j - 1].whitespace_ and not t[j].whitespace_ and t[j + 1].is_alpha:
        j += 1  # "a one-yen bid", "a 12-cent-a-share dividend"
    ccy, k = currency_after(s, j)
    if ccy is None and j < s.n and (_scaled_code(s, m, j) or _named_cents(s, m, j)):
        return m
    if ccy is None:
        sub = s.tables.currency_subunit.get(t[j].lower_) if j < s.n else None
        if j < s.n and t[j].lower_ == "c" and (t[j - 1].whitespace_ or t[j].text == "C"):
            return None  # "-10C" is Celsius, "5 c" nothing we know: left to the other readings
        if sub is None or (t[j].lower_ == "p" and t[j - 1].whitespace_):
            return as_number(m)
        m.unit, m.unit_text, m.end = sub, t[j].text, j + 1
        m.has_suffix = True
        return m
    if ccy == "GBP" and t[j].lower_.startswith("pound") and ((k < s.n and t[k].lower_ == "of" and not _money_of(s, k))
                                                            or _weighed(s, m)):
        return physical_unit(s, m, j, j + 1)  # "2 pounds of chocolate", "it weighs 180 pounds": weight
    if k < s.n and t[k].lower_ in ("cent", "cents") and m.low is not None and m.scale is None:
        m.low = m.high = m.low / 100  # '6.9 euro cents': hundredths of the currency named
        k += 1
    m.unit, m.end, m.has_suffix = ccy, k, True
    m.unit_text = s.text(j, k)
    scale = int(s.tables.multipliers.get(t[k].lower_, 0)) if k < s.n and m.scale is None else 0
    if scale >= 1000 and t[j].text.isupper() and m.low is not None:
        m.low = m.high = m.low * scale  # "75 USD million": the code, then the scale
        m.scale, m.end = Decimal(scale), k + 1
    return m


def _named_cents(s: DocState, m: Mention, j: int) -> bool:
    """'18 Canadian cents', '38 Hong Kong cents', '6.9 euro cents': the hundredths of the dollar (or euro) the words
    name; sets the unit and the value in that currency."""
    t = s.t
    if m.low is None:
        return False
    for n in (1, 2):  # '18 Canadian cents', '38 Hong Kong cents', '6.9 euro cents'
        c = j + n
        if c >= s.n or t[c].lower_ not in ("cent", "cents"):
            continue
        name = " ".join(t[k].lower_ for k in range(j, c))
        suffix = s.tables.currency_suffix
        ccy = suffix.get(f"{name} dollars") or suffix.get(f"{name}s") or suffix.get(name)
        if ccy is None:
            return False
        m.low = m.high = m.low / 100
        m.unit, m.unit_text, m.end, m.has_suffix = ccy, s.text(j, c + 1), c + 1, True
        return True
    return False


def _scaled_code(s: DocState, m: Mention, j: int) -> bool:
    """'30 MUSD', '120 MEUR': a scale letter glued before an ISO code in capitals; sets the unit and value."""
    text = s.t[j].text
    table = s.tables.v["scaled_currency_codes"]
    for n in (2, 1):
        letters, code = text[:n].lower(), text[n:].lower()
        if text.isupper() and letters in table["letters"] and code in table["codes"] and m.low is not None:
            scale = Decimal(table["letters"][letters])
            m.low = m.high = m.low * scale
            m.unit, m.unit_text, m.scale, m.end, m.has_suffix = code.upper(), text, scale, j + 1, True
            return True
    return False


def _money_of(s: DocState, k: int) -> bool:
    """'pounds of premiums', 'pounds of cyber business': a word of money after 'of' (at most one word between)."""
    money = s.tables.money_after_pounds_of
    return any(s.t[j].lower_ in money for j in range(k + 1, min(k + 3, s.n)))


def _weighed(s: DocState, m: Mention) -> bool:
    """A word about weight shortly before the figure, in its sentence: "The bag weighs 2,204.62 pounds"."""
    t = s.t
    for k in range(m.start - 1, max(m.start - 7, -1), -1):
        if t[k].text in (".", ";", "!", "?"):
            return False
        if t[k].lower_ in s.tables.weight_cues:
            return True
    return False


def percent(s: DocState, start: int, end: int, rule: str, label: str) -> Mention | None:
    """'11%', '11 per cent', '3 percentage points', '50 basis points'."""
    head = read_number(s, start, start, end, rule, label.lower())
    if head is None:
        return None
    m, j = head
    hit = s.phrase_after(j, s.tables.htables["percent"], (2, 1))
    if hit is None:
        return as_number(m)
    unit, n = hit
    return _percent_unit(s, m, j, j + n, unit)


def percent_of_a_point(s: DocState, start: int, end: int, rule: str, label: str) -> Mention | None:
    """'0.2 of a percentage point' (British usage): that many percentage points."""
    head = read_number(s, start, start, end, rule, label.lower())
    if head is None:
        return None
    m, j = head
    if j + 2 >= s.n or s.t[j].lower_ != "of":
        return None
    hit = s.phrase_after(j + 2, s.tables.htables["percent"], (2, 1))
    if hit is None:
        return None
    unit, n = hit
    return _percent_unit(s, m, j, j + 2 + n, unit)


def percent_hyphenated(s: DocState, start: int, end: int, rule: str, label: str) -> Mention | None:
    """'a 5-percent gain', 'a 10-per-cent stake', 'a 25-basis-point cut', 'a 0.5-percentage-point drop'."""
    head = read_number(s, start, start, end, rule, label.lower())
    if head is None or not glued_hyphen(s, head[1]):
        return None
    m, j = head
    first = j + 1
    words = [first, first + 2] if glued_hyphen(s, first + 1) and first + 2 < s.n else [first]
    table = s.tables.htables["percent"]
    for last in reversed(words):  # the longer phrase first: 'percentage-point' before 'percentage'
        key = tuple(s.lower[k] for k in words if k <= last)
        if key in table:
            return _percent_unit(s, m, first, last + 1, table[key])
    return None


def _percent_unit(s: DocState, m: Mention, a: int, b: int, unit: str) -> Mention:
    """m with its percent unit, written at tokens a..b ('%', 'pp'; basis points are read as pp)."""
    m.end, m.has_suffix, m.unit_text = b, True, s.text(a, b)
    if unit == "bp":  # basis points are hundredths of a percentage point
        m.low = m.low / 100 if m.low is not None else None
        m.high = m.low
        unit = "pp"
    m.unit = unit
    return m


def percent_point_fraction_rate(s: DocState, start: int, end: int, rule: str, label: str) -> Mention | None:
    """'raised rates by three-quarters of a point', 'yields fell half a point': a bare point of a rate is a
    percentage point (vocab rate_point_words a few words before); an index's point is not."""
    words = s.tables.v["rate_point_words"]
    if not any(s.t[k].lower_ in words["words"] for k in range(max(0, start - words["reach"]), start)):
        return None
    return percent_point_fraction(s, start, end, rule, label)


_NAMED_CENTS = {"canadian": "CAD", "australian": "AUD", "euro": "EUR"}  # 'half a Canadian cent'


def percent_point_fraction(s: DocState, start: int, end: int, rule: str, label: str) -> Mention | None:
    """'half a percentage point', 'three-quarters of a percentage point', 'a tenth of a percentage point',
    'a quarter-point cut', 'a half-point hike': a fraction of a percentage (or basis) point, in pp; 'half a cent',
    'a quarter of a US cent': a fraction of a currency's subunit, money."""
    t, v = s.t, s.tables.v
    den = v["fraction_denominators"][t[start].lower_]
    rest = [k for k in range(start + 1, end) if t[k].text != "-"]
    if any(t[k].text == "-" and not glued_hyphen(s, k) for k in range(start + 1, end)):
        return None  # 'quarter - point': no compound
    k = start - 1
    if k >= 1 and t[k].text == "-" and glued_hyphen(s, k):
        k -= 1  # 'three-quarters'
    if k >= 0 and t[k].lower_ in v["fraction_numerators"]:
        num, first = v["fraction_numerators"][t[k].lower_], k
    elif den == 2:
        num, first = 1, start  # 'half a percentage point'
    elif start + 1 < end and t[start + 1].text == "-" and k >= 0 and t[k].lower_ in _OWNERS:
        num, first = 1, start  # "the Fed's quarter-point cut", 'its quarter-point reduction'
    elif k >= 0 and t[k].lower_ in v["another_words"]:
        num, first = 1, start  # 'by another quarter point', 'a further quarter-point cut'
    else:
        return None
    if num >= den:
        return None
    value = fraction_decimal(f"{num}/{den}")
    sub = s.tables.currency_subunit.get(t[end - 1].lower_)
    named = _NAMED_CENTS.get(t[end - 2].lower_) if end - 2 > start else None
    if sub is not None and named is not None and f"{named} {sub}" in s.tables.subunit_currency:
        sub = f"{named} {sub}"  # 'half a Canadian cent': of the Canadian dollar
    if sub is not None:  # 'half a cent', 'a quarter of a US cent': that part of the subunit
        return Mention(first, end, "money", rule, value, value, unit=sub, unit_text=s.text(start + 1, end),
                       has_suffix=True, num_start=first, num_end=start + 1)
    # 'percentage point' is pp, 'basis point' a hundredth of one; a compound's bare 'point' ('a quarter-point
    # cut') is a percentage point too
    if s.tables.htables["percent"].get(tuple(s.lower[k] for k in rest[-2:])) == "bp":
        value = value / 100
    return Mention(first, end, "percent", rule, value, value, unit="pp", unit_text=s.text(start + 1, end),
                   has_suffix=True, num_start=first, num_end=start + 1)


_OWNERS = frozenset({"its", "their", "the", "this", "that", "another", "'s", "’s"})


def percent_digits(s: DocState, start: int, end: int, rule: str, label: str) -> Mention | None:
    """'double-digit growth', 'single-digit inflation': a percentage in a range of as many digits, when a
    change or percentage noun follows within a few words ('double-digit per-share earnings growth'); not
    'double-digit wins' (a count) nor a bare 'double digits'."""
    t, v = s.t, s.tables.v
    low, high = v["digit_counts"][t[start].lower_]
    for k in range(end, min(end + 6, s.n)):
        word = t[k].lower_
        if t[k].is_punct and word != "-":
            return None
        stem = word[:-1] if word.endswith("s") else word
        up, down = s.tables.noun_up & {word, stem}, s.tables.noun_down & {word, stem}
        if up or down or stem in v["digit_percent_nouns"]:
            m = Mention(start, end, "percent", rule, Decimal(low), Decimal(high), unit="%", num_start=start,
                        num_end=end)
            if up or down:
                m.change, m.change_text = ("up" if up else "down"), word
            return m
    return None


# ------------------------------------------------------------------ fractions
def fraction_half(s: DocState, start: int, end: int, rule: str, label: str) -> Mention | None:
    """'half of the sellers'; not 'half-time' nor 'the second half' (a period) nor 'the upper half of the range'."""
    t = s.t
    if end < s.n and t[end].text == "-" and t[start].whitespace_ == "":
        return None  # "half-time", "half-year"
    prev = t[start - 1].lower_ if start > 0 else ""
    if prev in s.tables.half_period_before or prev in s.tables.months:
        return None  # "the second half", "the April-September half" are periods, "the lower half of the range" a
        # place in it, not fractions
    if prev == "the" and start > 1 and t[start - 2].lower_ in _PERIOD_OPENERS \
            and not (end < s.n and t[end].lower_ == "of"):
        return None  # "revenue for the half", "in the half": the reporting half-year
    return _fraction(start, end, rule, Decimal("0.5"))


_PERIOD_OPENERS = frozenset({"for", "in", "during", "over", "through", "across"})


def fraction_one_in(s: DocState, start: int, end: int, rule: str, label: str) -> Mention | None:
    """'one in five', 'two out of three', 'one in a million', 'two out of five hundred': the whole of the
    number after the connecting words is the denominator (a match that stops inside it is no reading)."""
    a = parse_number([s.t[start].text])
    words = [s.t[k].text for k in range(start + 1, end)]
    # the denominator: the longest tail of the match read whole as one number ('a million', 'five hundred')
    b = next((r for d in range(len(words)) if (r := parse_number(words[d:])) and r[1] == len(words) - d), None)
    first = next((d for d, w in enumerate(words) if w.lower() not in _ONE_IN_LINKS), len(words))
    whole = parse_number(words[first:]) if first < len(words) else None
    if b is not None and first < len(words) and (whole is None or whole[1] != len(words) - first):
        # 'one in six two years ago': the tail read whole ('two') is no denominator; the number right after
        # the link words is ('six'), and the match ends with it
        head = next(((e, r) for e in range(len(words), first, -1) if (r := parse_number(words[first:e]))
                     and r[1] == e - first), None)
        if head is None:
            return None
        end, b = start + 1 + head[0], head[1]
    scale = s.tables.multipliers.get(s.t[end - 1].lower_)
    if b is None and scale is not None and int(scale) >= 100:
        b = Decimal(scale), 1  # "one in every hundred": a scale word alone is one of it
    if not a or not b or b[0] == 0 or a[0] >= b[0] or is_year(s, s.t[end - 1]):
        return None  # "Voyager 2 in 1979" is a name and a year
    return _fraction(start, end, rule, a[0] / b[0])


_ONE_IN_LINKS = frozenset({"in", "out", "of", "every"})


def fraction_word(s: DocState, start: int, end: int, rule: str, label: str) -> Mention | None:
    """'one-fifth', 'a third', 'three-quarters'; not 'a quarter' (a period) unless 'of', a hedge, a change
    ('dropped by a quarter') or a figure it restates ('900, or a quarter,') says so."""
    t, v = s.t, s.tables.v
    num = v["fraction_numerators"][t[start].lower_]
    den = v["fraction_denominators"][t[end - 1].lower_]
    plural = t[end - 1].lower_.endswith("s")
    if (num == 1) == plural:
        return None  # "one thirds" / "two third" are not fractions
    if den == 4 and plural and start > 0 and t[start - 1].lower_ in v["quarters_period_before"]["words"]:
        return None  # "the first two quarters of 1990", "the past three quarters": periods
    if ordinal_compound(s, end):
        return None
    after = t[end].lower_ if end < s.n else ""
    if after in v["run_adjectives"] or (after in s.tables.duration_units and den not in (2, 4)):
        return None  # "a third straight month", "a fifth year": an ordinal, not a fraction
    if den in (2, 4) and num <= 2 and end - start == 2 and t[start].whitespace_:
        # "a quarter", "two quarters" are periods unless "of" follows or a hedge precedes
        hedged = s.phrase_before(start, s.tables.htables["comparators"]) is not None
        moved = start > 0 and t[start - 1].lower_ == "by" and after not in ("point", "points", "percentage") \
            and change_by(s, start) is not None
        # '900, or a quarter, were upheld': a figure restated as its share
        restated = start > 2 and t[start - 1].lower_ == "or" and t[start - 2].text == "," and t[start - 3].like_num
        if (end >= s.n or t[end].lower_ != "of") and not hedged and not moved and not restated:
            return None
    return _fraction(start, end, rule, fraction_decimal(f"{num}/{den}"))


def _fraction(start: int, end: int, rule: str, val: Decimal) -> Mention:
    return Mention(start, end, "fraction", rule, val, val, num_start=start, num_end=end)


# ------------------------------------------------------------------ multiples and ranks
def multiple_word(s: DocState, start: int, end: int, rule: str, label: str) -> Mention | None:
    """'doubled', 'twice'."""
    return _multiple_from(s, start, end, rule, s.tables.v["multiples"])


def multiple_fold(s: DocState, start: int, end: int, rule: str, label: str) -> Mention | None:
    """'tenfold'."""
    return _multiple_from(s, start, end, rule, s.tables.v["fold_single"])


def _multiple_from(s: DocState, start: int, end: int, rule: str, table: dict[str, str]) -> Mention | None:
    if end < s.n and s.t[end].text == "-" and s.t[start].whitespace_ == "":
        return None  # "double-digit" is an adjective, not a multiple
    if end < s.n and s.t[end].lower_ in s.tables.v["digit_words"]:
        return None  # "in double digits": how many digits, not a multiple
    val = fraction_decimal(table[s.t[start].lower_])
    return Mention(start, end, "multiple", rule, val, val, num_start=start, num_end=end)


def multiple_number(s: DocState, start: int, end: int, rule: str, label: str) -> Mention | None:
    """'10-fold', '3.3x', '6.5 times'."""
    head = read_number(s, start, start, end, rule, label.lower())
    if head is None:
        return None
    m, j = head
    if j < s.n and s.t[j].text == "-":
        j += 1
    if j >= s.n or s.t[j].lower_ not in s.tables.multiple_suffixes:
        return as_number(m)
    m.end = j + 1
    if s.t[j].lower_ == "times" and start > 0 and s.t[start - 1].lower_ in s.tables.times_event_verbs \
            and not (m.end < s.n and s.t[m.end].lower_ in s.tables.times_multiple_after):
        # 'was downloaded 2.4 million times', 'has flown 12 times': how often it happened, a count
        m.kind, m.unit, m.unit_text, m.has_suffix = "count", "time", s.t[j].text, True
    return m


def multiple_factor(s: DocState, start: int, end: int, rule: str, label: str) -> Mention | None:
    """'a factor of three', 'a factor of 2.5': the number after 'a factor of', read whole."""
    head = read_number(s, start, start + 3, end, rule, label.lower())
    return None if head is None or head[1] != end else head[0]


def multiple_for_ratio(s: DocState, start: int, end: int, rule: str, label: str) -> Mention | None:
    """'a 2-for-1 stock split', 'three-for-two', 'a 1-for-10 reverse split': a ratio, the first number over the
    second (CONVENTIONS: a split ratio is a multiple)."""
    first, last = read_number(s, start, start, start + 1, rule, label.lower()), \
        read_number(s, end - 1, end - 1, end, rule, label.lower())
    if first is None or last is None:
        return None
    m, over, under = first[0], first[0].low, last[0].low
    if over is None or not under:
        return None
    m.low = m.high = fraction_decimal(Fraction(over) / Fraction(under))
    m.end = m.num_end = end
    return m


def rank_prefixed(s: DocState, start: int, end: int, rule: str, label: str) -> Mention | None:
    """'No. 7', '#3', 'top 10' (at most 10th)."""
    i = start + 1
    if i < end and s.t[i].text in (".", "-"):
        i += 1
    head = read_number(s, start, i, end, rule, label.lower())
    if head is None:
        return None
    m, _ = head
    m.kind = "rank"
    if s.t[start].lower_ == "top":
        m.comparator, m.hedge = "le", "top"
    return m


def rank_ordinal(s: DocState, start: int, end: int, rule: str, label: str) -> Mention | None:
    """'finished third', 'ranked 5th': the rank is the ordinal, the verb only tells us it is one; 'the
    third-largest bank', 'in fourth place': the ordinal before a superlative or a place."""
    values = s.tables.ordinal_values
    at = start if s.t[start].lower_ in values and rule != "rank.ordinal" else start + 1
    tok = s.t[at]
    val = Decimal(values[tok.lower_]) if tok.lower_ in values else digit_value(tok.text)
    if tok.lower_ == "top":
        val = Decimal(1)  # "took the top spot"
    if val is None:
        return None
    stop = at + 1 if at == start or rule == "rank.ordinal_role" else end  # "its [sixth] chief executive"
    return Mention(at, stop, "rank", rule, val, val, num_start=at, num_end=at + 1)


# ------------------------------------------------------------------ units, counts, bare numbers
SUSPENDED_JOINS = ("to", "or", "and")


def _suspended(s: DocState, start: int, end: int, rule: str, label: str, finish: ProductionFn) -> Mention | None:
    """A suspended hyphen joins two figures of one unit: "a 6- or 7-inch screen", "8- to 16-meter", "a two- to
    three-year deal" (the span starts at the joining word; the first figure is the token before it)."""
    if start == 0 or start + 1 >= end:
        return None
    prev = s.t[start - 1].text
    if not prev.endswith("-") or len(prev) < 2:
        return None
    parsed = parse_number([prev[:-1]])
    m = finish(s, start + 1, end, rule, label)
    if parsed is None or m is None or m.low is None or m.low != m.high or m.scale or parsed[0] >= m.low:
        return None
    m.low, m.start = parsed[0], start - 1
    m.notes.add("range")
    return m

def duration(s: DocState, start: int, end: int, rule: str, label: str) -> Mention | None:
    """'18 months', 'a 60 year-old'."""
    if s.t[start].lower_ in SUSPENDED_JOINS:
        return _suspended(s, start, end, rule, label, duration)
    head = read_number(s, start, start, end, rule, label.lower())
    return None if head is None else resolve_duration(s, *head)


def physical_quantity(s: DocState, start: int, end: int, rule: str, label: str) -> Mention | None:
    """'50 km', '3 tonnes', '256GB'; '170m users' turns out a count, its m a scale."""
    if s.t[start].lower_ in SUSPENDED_JOINS:
        return _suspended(s, start, end, rule, label, physical_quantity)
    head = read_number(s, start, start, end, rule, label.lower(), spaced_scale=False)
    if head is None:
        return None
    m, j = head
    if m.scale is not None and j > m.num_end and s.t[j - 1].lower_ == "m" and j < s.n and metres_after(s, j):
        # "1.8m tall", "an 800m-long bridge", "the 100m final": metres, not millions
        m.low = m.high = m.low / m.scale if m.low is not None else None
        m.scale = None
        return physical_unit(s, m, j - 1, j)
    if m.scale is not None and j > m.num_end:
        if j < s.n and physical.is_unit(s.t[j].text):
            return physical_unit(s, m, j, j + 1)  # "1.2m tonnes"
        return resolve_count(s, m, j)  # "170m users": the m was a scale
    if j < s.n and s.t[j].text == "-":
        j += 1
    if j + 2 < s.n and s.t[j + 1].text == "-" and s.t[j + 2].lower_ in ("hour", "hours") \
            and not s.t[j].whitespace_ and not s.t[j + 1].whitespace_:
        return physical_unit(s, m, j, j + 3)  # 'gigawatt-hours': one unit written in three tokens
    return physical_unit(s, m, j, j + 1)


def count(s: DocState, start: int, end: int, rule: str, label: str) -> Mention | None:
    """A number with its counted noun ('1,000 followers'), or a bare number when no noun follows ('27,349.19')."""
    head = read_number(s, start, start, end, rule, label.lower())
    return None if head is None else resolve_count(s, *head)


def count_vague(s: DocState, start: int, end: int, rule: str, label: str) -> Mention | None:
    """'thousands of jobs', 'tens of millions of dollars'."""
    t, plurals = s.t, s.tables.vague_plurals
    lo, hi = (Decimal(x) for x in plurals[t[start].lower_])
    j = end
    if end - start == 4:  # "tens of thousands of"
        mult = Decimal(plurals[t[start + 2].lower_][0])
        lo, hi = lo * mult, hi * mult
    # "tens of thousands of": the second plural multiplies
    if j + 1 < s.n and t[j].lower_ in plurals and t[j + 1].lower_ == "of":
        mult = Decimal(plurals[t[j].lower_][0])
        lo, hi = lo * mult, hi * mult
        j += 2
    m = Mention(start, j, "count", rule, lo, hi, num_start=start, num_end=j)
    noun = noun_after(s, j, plural_needed=True)
    if noun is None:
        return None
    a, b = noun
    m.end = b
    m.unit_text = s.text(a, b)
    m.unit = singular(t[b - 1].text)
    currencies = s.tables.currency_suffix
    if m.unit in currencies or t[b - 1].lower_ in currencies:
        m.kind, m.unit = "money", currencies[t[b - 1].lower_]
    return m


def count_one_of(s: DocState, start: int, end: int, rule: str, label: str) -> Mention | None:
    """'one of the students' counts one student ('four of the six design projects' is two figures: the count
    reads its noun across the second, units._counted_after_of)."""
    parsed = parse_number([s.t[start].text])
    if parsed is None or s.t[start + 3].like_num or _one_in_before(s, start):
        return None
    value = parsed[0]
    m = Mention(start, start + 1, "number", rule, value, value, num_start=start, num_end=start + 1)
    noun = noun_after(s, start + 3, plural_needed=True)
    if noun is None and end - start == 5:
        noun = noun_after(s, start + 4, plural_needed=True)
        if noun is not None:
            noun = (start + 3, noun[1])
    if noun is None:
        return None
    m.kind, m.end, m.unit_text, m.has_suffix = "count", noun[1], s.text(noun[0], noun[1]), True
    m.unit = singular(s.t[noun[1] - 1].text)
    return m


def _one_in_before(s: DocState, start: int) -> bool:
    """The number ends a 'one in five', 'two out of three' ('one in five of its customers' is one fraction)."""
    k = start - 1
    if k >= 1 and s.t[k].lower_ == "of" and s.t[k - 1].lower_ == "out":
        k -= 1
    return k >= 1 and s.t[k].lower_ in ("in", "out") and s.t[k - 1].like_num


def number_words(s: DocState, start: int, end: int, rule: str, label: str) -> Mention | None:
    """A number in words with what the plain rules stop at, read whole: "one hundred and three and two
    thirds", "two point five", "one over three", "a hundredth", "three twenty-fifths"."""
    head = read_number(s, start, start, end, rule, "number")
    if head is None or head[0].num_end < end:
        return None
    m = head[0]
    t, low = s.t, {s.t[k].lower_ for k in range(start, end)}
    before = t[start - 1].lower_ if start > 0 else ""
    nxt = t[end] if end < s.n else None
    if nxt is not None and nxt.like_num:
        return None  # "3 hundred and 2 hundred": the phrase goes on, a longer reading decides
    if "point" in low and before in s.tables.v["point_idiom_before"] and t[start].lower_ == "one" \
            and t[start + 1].lower_ == "point":
        return None  # "at one point two of them left"
    if "over" in low and nxt is not None and (nxt.is_alpha or nxt.like_num):
        return None  # "2 over 3 years": a span of time, not a ratio
    if t[end - 1].lower_ in s.tables.v["fraction_denominators"] and ordinal_compound(s, end):
        return None  # "$3 million and a fourth-quarter gain": no "and a fourth"
    if label == "FRACTION":
        simple = s.tables.v["fraction_denominators"]
        if end - start == 2 and t[start].lower_ in s.tables.v["fraction_numerators"] and t[end - 1].lower_ in simple:
            return None  # "two thirds", "a quarter": fraction.word reads them (and knows "two quarters")
        if before in s.tables.v["ordinal_before"]:
            return None  # "the one hundredth": an ordinal
        if nxt is not None and nxt.is_alpha and nxt.is_lower and nxt.lower_ != "of" \
                and not t[end - 1].lower_.endswith("s"):
            return None  # "a twenty-first century city", "one hundredth anniversary"
    if m.low is not None and 0 < m.low < 1:
        m.kind = "fraction"
        return m
    counted = resolve_count(s, m, head[1])  # "one hundred and twenty stores"
    if counted is not None and counted.kind == "number":
        counted.rule = rule
    return counted


PRODUCTIONS: dict[str, ProductionFn] = {
    "money": money,
    "percent": percent,
    "percent_digits": percent_digits,
    "percent_hyphenated": percent_hyphenated,
    "percent_of_a_point": percent_of_a_point,
    "percent_point_fraction": percent_point_fraction,
    "percent_point_fraction_rate": percent_point_fraction_rate,
    "fraction_word": fraction_word,
    "fraction_half": fraction_half,
    "fraction_one_in": fraction_one_in,
    "multiple_word": multiple_word,
    "multiple_fold": multiple_fold,
    "multiple_number": multiple_number,
    "multiple_factor": multiple_factor,
    "multiple_for_ratio": multiple_for_ratio,
    "rank_prefixed": rank_prefixed,
    "rank_ordinal": rank_ordinal,
    "duration": duration,
    "physical": physical_quantity,
    "count": count,
    "count_vague": count_vague,
    "count_one_of": count_one_of,
    "number_words": number_words,
    "number": count,  # a bare number is read as a count: it becomes one when a counted noun follows
}
