"""Numbers as written -> exact Decimal values. Pure Python, no spaCy."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from claimgraph.resources.vocab import vocab

_DIGITS = re.compile(r"^([+-]?)(\d+(?:,\d{3})*(?:\.\d+)?|\.\d+|\d+(?:\.\d+)?)$")
_DIGITS_LOOSE = re.compile(r"^[+-]?[\d,]*\.?\d+$")
_FRACTION = re.compile(r"^(\d+)/(\d+)$")
_HYPHENATED = re.compile(r"^([a-z]+)-([a-z]+)$")


def digit_value(text: str) -> Decimal | None:
    """'1,000' -> 1000, '1.2' -> 1.2, '.001' -> 0.001, '-1.3' -> -1.3, '1/2' -> 0.5; None if not a numeral."""
    m = _DIGITS.match(text)
    if m or _DIGITS_LOOSE.match(text):
        try:
            return Decimal(text.replace(",", ""))
        except InvalidOperation:
            return None
    m = _FRACTION.match(text)
    if m:
        num, den = int(m.group(1)), int(m.group(2))
        if 0 < num < den <= 100:  # a proper fraction ("1/2"), not "24/7" or a date
            return fraction_decimal(Fraction(num, den))
    return None


def fraction_decimal(value: Fraction | float | int | str) -> Decimal:
    """Exact where it can be; repeating fractions (1/3) to 28 significant digits."""
    if isinstance(value, str) and "/" in value:
        value = Fraction(value)
    if isinstance(value, Fraction):
        return Decimal(value.numerator) / Decimal(value.denominator)
    return Decimal(str(value))


def word_value(word: str) -> int | None:
    """'seven' -> 7, 'forty-two' -> 42, 'dozen' -> 12."""
    words = vocab()["number_words"]
    low = word.lower()
    if low in words:
        return words[low]
    m = _HYPHENATED.match(low)
    if m and m.group(1) in words and m.group(2) in words:
        tens, unit = words[m.group(1)], words[m.group(2)]
        if tens % 10 == 0 and 20 <= tens <= 90 and 1 <= unit <= 9:
            return tens + unit
    return None


def parse_number(tokens: list[str]) -> tuple[Decimal, int] | None:
    """Read the longest valid number at the start of tokens.

    Handles numerals, number words and both mixed with multipliers: "4 hundred million", "1.2 billion",
    "twenty-eight thousand six hundred forty-two", "two dozen". Returns (value, tokens consumed) or None.
    """
    multipliers = vocab()["number_multipliers"]
    total = Decimal(0)
    current: Decimal | None = None
    consumed = 0
    last_mult: int | None = None  # the last big multiplier used, so "million thousand" stops
    prev_kind = ""
    for i, tok in enumerate(tokens):
        low = tok.lower()
        if i == 0 and low in ("a", "an") and len(tokens) > 1 and (tokens[1].lower() in multipliers or tokens[1].lower() == "dozen"):
            current, prev_kind, consumed = Decimal(1), "word", 1  # "a million", "a hundred"
            continue
        dv = digit_value(tok)
        if dv is not None:
            if i > 0:
                break  # two numerals side by side are two numbers
            current, prev_kind = dv, "digit"
        elif low == "dozen":
            if current is None:
                break  # a bare "dozen" ("a baker's dozen") is not a figure; "a dozen" is read above
            elif prev_kind in ("digit", "word"):
                current *= 12
            else:
                break
            prev_kind = "mult"
        elif low in multipliers:
            mult = multipliers[low]
            if current is None:
                break
            if mult == 100:
                if prev_kind == "mult" and current >= 100:
                    break
                current *= 100
                prev_kind = "hundred"
            else:
                if last_mult is not None and mult >= last_mult:
                    break
                total += current * mult
                current = None
                last_mult = mult
                prev_kind = "mult"
        else:
            wv = word_value(tok)
            if wv is None:
                break
            if current is None:
                if prev_kind == "digit":
                    break
                current = Decimal(wv)
            elif prev_kind == "hundred" and wv < 100:
                current += wv
            elif prev_kind == "word" and current % 10 == 0 and 20 <= current <= 90 and wv < 10:
                current += wv  # "twenty eight"
            else:
                break
            prev_kind = "word"
        consumed = i + 1
    if consumed == 0:
        return None
    value = total + (current if current is not None else Decimal(0))
    return value, consumed


def singular(noun: str) -> str:
    """A plain English singular for a counted noun: 'followers' -> 'follower', 'properties' -> 'property'."""
    low = noun.lower()
    irregular = vocab()["irregular_plurals"]
    if low in irregular:
        return irregular[low]
    if "-" in low:
        head, _, tail = low.rpartition("-")
        return f"{head}-{singular(tail)}"
    if len(low) > 3 and low.endswith("ies"):
        return low[:-3] + "y"
    if low.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return low[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is", "ous")) and len(low) > 2:
        return low[:-1]
    return low


def looks_plural(noun: str) -> bool:
    low = noun.lower()
    if low in vocab()["irregular_plurals"]:
        return True
    return len(low) > 2 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ous"))
