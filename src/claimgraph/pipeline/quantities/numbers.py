"""Reading the number core of a candidate: its exact value, its scale ("13 billion", "1.2bn"), and years."""

from __future__ import annotations

from decimal import Decimal

from spacy.tokens import Token

from claimgraph.pipeline.quantities.mention import Mention
from claimgraph.pipeline.quantities.state import DocState
from claimgraph.resolve.numbers import and_a_fraction, looks_plural, parse_number, word_value


def number_core(s: DocState, i: int, end: int) -> tuple[Decimal, int] | None:
    """Parse the number starting at token i (may run past `end` to absorb "and twenty"): (value, tokens used)."""
    t = s.t  # the tokens already built (a slice of the Doc would build them again)
    parsed = parse_number([t[k].text for k in range(i, min(end, s.n))])
    if parsed is None:
        return None
    value, used = parsed
    j = i + used
    if value == value.to_integral_value() and j < s.n and t[j].lower_ == "and":
        extra = and_a_fraction([t[k].text for k in range(j, min(j + 4, s.n))])
        if extra is not None and ordinal_compound(s, j + extra[1]):
            extra = None  # "$3 million and a third-quarter charge": no "and a third"
        if extra is not None:  # "two and a half", "five and a quarter", "2 and a half million"
            last = s.tables.multipliers.get(t[j - 1].lower_)
            share = extra[0] * int(last) if last is not None and int(last) >= 1000 else extra[0]
            value, used = value + share, used + extra[1]  # "3 million and a half" is 3.5 million
            j = i + used
            mult = s.tables.multipliers.get(t[j].lower_) if j < s.n else None
            if mult is not None and int(mult) >= 1000:
                value, used, j = value * int(mult), used + 1, j + 1
            return (value.quantize(Decimal(1)) if value == value.to_integral_value() else value), used
    if glued_hyphen(s, j) and t[j + 1].lower_ in s.tables.multipliers and t[j + 1].lower_ != "hundred":
        return value * int(s.tables.multipliers[t[j + 1].lower_]), used + 2  # "a US$5-billion milestone"
    # "one hundred and twenty": the Matcher stops at "and"; absorb it here.
    if j + 1 < s.n and t[j].lower_ == "and" and t[j - 1].lower_ in s.tables.and_joins:
        nxt = word_value(t[j + 1].text)
        if nxt is not None and nxt < 100 and not (j + 2 < s.n and t[j + 2].lower_ in s.tables.multipliers):
            # not "between two hundred and three hundred": two numbers
            return value + nxt, j + 2 - i
    return value, used


def glued_hyphen(s: DocState, j: int) -> bool:
    """A '-' at token j with no space on either side and a token after it ('5-percent')."""
    return 0 < j < s.n - 1 and s.t[j].text == "-" and not s.t[j - 1].whitespace_ and not s.t[j].whitespace_


def ordinal_compound(s: DocState, end: int) -> bool:
    """'a third-quarter loss', 'a third-party auditor', '$3 million and a fourth-quarter gain': a fraction word
    that ends before token `end`, glued by a hyphen to the word after it, is an ordinal in a compound
    adjective; a stake stays a fraction ('a two-thirds-owned unit', vocab fraction_compound_keeps)."""
    return glued_hyphen(s, end) and s.t[end + 1].is_alpha \
        and s.t[end + 1].lower_ not in s.tables.v["fraction_compound_keeps"]["words"]


def read_number(s: DocState, start: int, i: int, end: int, rule: str, kind: str, prefix_ccy: str | None = None,
                spaced_scale: bool = True) -> tuple[Mention, int] | None:
    """The number from token i with its scale: the Mention (value, scale, number span) and the token after it.

    A scale letter written apart from the number counts only when `spaced_scale` (a unit's number reads
    "5 m" as metres)."""
    core = number_core(s, i, end)
    if core is None:
        return None
    value, used = core
    num_end = i + used
    t, tables = s.t, s.tables
    m = Mention(start, num_end, kind, rule, num_start=i, num_end=num_end)
    last_word = t[num_end - 1].lower_
    if used > 1 and last_word in tables.multipliers and last_word != "hundred":
        m.scale = Decimal(tables.multipliers[last_word])  # "13 billion": shared in "12 to 13 billion"
    m.has_prefix_currency = prefix_ccy is not None
    j = num_end
    # scale abbreviation: "1.2bn", "$450m"; a bare "m" after a spaced number is a metre, not a million
    if j < s.n and t[j].lower_ in tables.scale_attached and not (prefix_ccy is None and _kelvin(s, j)) \
            and not (prefix_ccy is None and not_a_scale(s, value, j)):
        glued, letter = t[j - 1].whitespace_ == "" or _capital_scale(s, j), t[j].lower_
        if (glued or prefix_ccy or letter not in tables.scale_letters_need_glue) and (spaced_scale or glued) \
                and ((prefix_ccy and glued) or letter not in tables.scale_letters_need_currency):
            scale = Decimal(tables.scale[letter])
            value *= scale
            m.scale = scale
            j += 1
    m.low = m.high = value
    m.end = j
    return m, j


def not_a_scale(s: DocState, value: Decimal, j: int) -> bool:
    """An 'm' or 'b' glued to a whole number of 1,000 or more, with no currency, is no scale: an amount that
    large is written in the next scale up ("1.5bn", not "1500m"), so "the 1500m final" is in metres."""
    t = s.t
    if t[j].text not in ("m", "b") or value != value.to_integral_value() or value < 1000 or t[j - 1].whitespace_:
        return False
    if j + 1 < s.n and t[j + 1].is_lower and looks_plural(t[j + 1].text):
        return False  # "1400m people": a count in millions after all
    return not (j + 1 < s.n and t[j + 1].lower_ in s.tables.currency_suffix)


def _kelvin(s: DocState, j: int) -> bool:
    """A capital K glued to a number among temperatures is a kelvin: "300 °C (572 °F, 573.15K)"."""
    t = s.t
    if t[j].text != "K" or t[j - 1].whitespace_:
        return False
    cues = s.tables.v["kelvin_cues"]
    window = int(cues["window"])
    return any(t[k].lower_ in cues["words"] for k in range(max(0, j - window), min(s.n, j + window)) if k != j)


def _capital_scale(s: DocState, j: int) -> bool:
    """A capital scale letter set apart before a counted plural noun: "9 B people", "5 M users"; not after a
    name ("Class 9 B students")."""
    t = s.t
    if t[j].text not in ("B", "M", "K") or j + 1 >= s.n or not (t[j + 1].is_lower and t[j + 1].is_alpha):
        return False
    return looks_plural(t[j + 1].text) and not (j >= 2 and t[j - 2].is_title)


def is_year(s: DocState, tok: Token) -> bool:
    t = tok.text
    if not (len(t) == 4 and t.isdigit()):
        return False
    year = int(t)
    if 1900 <= year <= 2100:
        return True
    # older years only where the words say so: "between 1600 and 1900", "since 1850"
    prev = tok.nbor(-1).lower_ if tok.i > 0 else ""
    if prev == "of" and tok.i > 1 and tok.nbor(-2).lower_ in s.tables.v["quantity_nouns_before_of"]["words"]:
        return False  # "an average of 1500"
    return 1000 <= year < 1900 and prev in s.tables.old_year_cues
