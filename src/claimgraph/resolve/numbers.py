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
# Invisible format marks (zero-width space and joiners, directional marks and embeddings, word joiner, BOM):
# inside or beside a numeral they are not part of it ("1\u200b000" is 1000).
FORMAT_MARKS = "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064" \
    "\u2066\u2067\u2068\u2069\ufeff"
# fraction slash: "1⁄16"; the minus sign: "−1.2%"
_NO_MARKS: dict[int, str | None] = {**dict.fromkeys(map(ord, FORMAT_MARKS)), ord("⁄"): "/", ord("−"): "-"}
VULGAR_FRACTIONS = {"½": "1/2", "⅓": "1/3", "⅔": "2/3", "¼": "1/4", "¾": "3/4", "⅕": "1/5", "⅖": "2/5", "⅗": "3/5",
                    "⅘": "4/5", "⅙": "1/6", "⅚": "5/6", "⅛": "1/8", "⅜": "3/8", "⅝": "5/8", "⅞": "7/8"}
# a digit or a fraction character: what any numeral holds
_NUMERAL_CHAR = re.compile(r"[\d" + "".join(VULGAR_FRACTIONS) + "]")
# The shipped tables every number is read with, looked up once (each vocab() call is a cache lookup).
_VOCAB = vocab()
_NUMBER_WORDS: dict[str, int] = _VOCAB["number_words"]
_MULTIPLIERS: dict[str, int] = _VOCAB["number_multipliers"]
_FRACTIONS: dict[str, float] = _VOCAB["fractions"]
_FRACTION_FIRST = frozenset(k.partition(" ")[0] for k in _FRACTIONS)  # the first words of the fraction phrases
_DOZEN_WORDS = frozenset(_VOCAB["dozen_words"])
_STACKING = frozenset(_VOCAB["stacking_multipliers"])
_ORDINAL_DENOMINATORS: dict[str, int] = _VOCAB["ordinal_denominators"]
_COMPOUND_ONLY = frozenset(_VOCAB["ordinal_compound_only"])
_IRREGULAR_PLURALS: dict[str, str] = _VOCAB["irregular_plurals"]
_ABBREVIATED: dict[str, str] = {k: v for k, v in _VOCAB["counted_abbreviations"].items() if not k.startswith("_")}
MAX_DIGITS = 28  # what a Decimal holds exactly in the default context; a longer numeral is refused, not rounded


def within_tenfold(a: Decimal | None, b: Decimal | None) -> bool:
    """Two values within a factor of ten of each other (neither zero nor missing): one may restate or be the
    base of the other ('38 cents' after '42 cents a share'; not '$90.5 million' after '$1.01 a share')."""
    if not a or not b:
        return False
    return Decimal("0.1") <= abs(b / a) <= 10


def without_marks(text: str) -> str:
    """The text without invisible format marks (and with the fraction slash as a plain slash)."""
    return text if text.isascii() else text.translate(_NO_MARKS)  # every mark and slash is beyond ASCII


def vulgar(text: str) -> bool:
    """A fraction character, alone or after a whole number: "½", "2½"."""
    return bool(text) and text[-1] in VULGAR_FRACTIONS and (text[:-1].isdigit() or not text[:-1]) and len(text) < 8


def too_long(text: str) -> bool:
    """A numeral with more significant digits than MAX_DIGITS: its value would be rounded."""
    digits = without_marks(text).replace(",", "").replace(".", "").lstrip("+-").lstrip("0")
    return len(digits) > MAX_DIGITS and digits.isdigit()


def _grouped_decimal(text: str) -> Decimal | None:
    """'1,000.5' -> 1000.5: thousands commas dropped; None where what is left is no decimal."""
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def digit_value(text: str) -> Decimal | None:
    """'1,000' -> 1000, '1.2' -> 1.2, '.001' -> 0.001, '-1.3' -> -1.3, '1/2' -> 0.5; None if not a numeral
    or if longer than MAX_DIGITS significant digits (never rounded)."""
    if text.isdigit() and text.isascii() and len(text) <= MAX_DIGITS:
        return Decimal(text)  # plain digits, the commonest numeral: what the reading below gives them
    if text.isalpha() or _NUMERAL_CHAR.search(text) is None:
        return None  # every reading below needs a digit or a fraction character: most words have neither
    text = without_marks(text)
    if vulgar(text):  # "½", "2½": a whole number (or none) and a fraction character
        if text[:-1] and not text[:-1].isdecimal():
            return None  # "¹¼": a superscript is a digit to isdigit() but no number Decimal reads
        return Decimal(text[:-1] or 0) + fraction_decimal(VULGAR_FRACTIONS[text[-1]])
    m = _DIGITS.match(text)
    if m and len(text) <= MAX_DIGITS:  # too short to be too long
        return _grouped_decimal(text)
    if (m or _DIGITS_LOOSE.match(text)) and too_long(text):
        return None
    if not m and _DIGITS_LOOSE.match(text) and "," in text and len(text.split(".")[0].rsplit(",", 1)[1]) != 3:
        return _decimal_comma(text)
    if m or _DIGITS_LOOSE.match(text):
        return _grouped_decimal(text)
    m = _FRACTION.match(text)
    if m:
        num, den = int(m.group(1)), int(m.group(2))
        if 0 < num < den <= 100:  # a proper fraction ("1/2"), not "24/7" or a date
            return fraction_decimal(Fraction(num, den))
    return None


def _decimal_comma(text: str) -> Decimal | None:
    """A comma not followed by three digits is no thousands separator: one such comma is a decimal comma
    ("5,00", "1,3"); a list of numbers ("22,24,26") is not one number."""
    if text.count(",") != 1 or "." in text or not text.split(",")[0].lstrip("+-"):
        return None
    return Decimal(text.replace(",", "."))


def thousands_group(before: Decimal, tok: str, chained: bool) -> bool:
    """Three digits after a whole number of up to three digits, or after such a group: "10 000", "1 250 000"."""
    if not (len(tok) == 3 and tok.isdigit()) or before != before.to_integral_value():
        return False
    return chained or 0 < before < 1000


def mixed_fraction(whole: Decimal, tok: str) -> bool:
    """A proper fraction written after a whole number, together one number: "10 1/2", "2 3/4"."""
    return whole == whole.to_integral_value() and whole >= 0 and _FRACTION.match(without_marks(tok)) is not None \
        and digit_value(tok) is not None


def fraction_decimal(value: Fraction | float | int | str) -> Decimal:
    """Exact where it can be; repeating fractions (1/3) to 28 significant digits."""
    if isinstance(value, str) and "/" in value:
        value = Fraction(value)
    if isinstance(value, Fraction):
        return Decimal(value.numerator) / Decimal(value.denominator)
    return Decimal(str(value))


def word_value(word: str) -> int | None:
    """'seven' -> 7, 'forty-two' -> 42, 'dozen' -> 12."""
    words = _NUMBER_WORDS
    low = without_marks(word).lower()
    if low in words:
        return words[low]
    m = _HYPHENATED.match(low) if "-" in low else None
    if m and m.group(1) in words and m.group(2) in words:
        tens, unit = words[m.group(1)], words[m.group(2)]
        if tens % 10 == 0 and 20 <= tens <= 90 and 1 <= unit <= 9:
            return tens + unit
    return None


def parse_number(tokens: list[str]) -> tuple[Decimal, int] | None:
    """Read the longest valid number at the start of tokens.

    Handles numerals, number words and both mixed with multipliers: "4 hundred million", "1.2 billion",
    "twenty-eight thousand six hundred forty-two", "two dozen", "one hundred and two"; and what may follow a
    whole number: a fraction ("two and a half", "twenty and three fifths"), decimals in words ("two point
    five"), a divisor ("one over three"). Returns (value, tokens consumed) or None.
    """
    multipliers = _MULTIPLIERS
    scaled = fraction_of_scale(tokens, multipliers)
    if scaled is not None:
        return scaled
    basic = _read_whole(tokens, multipliers)
    if basic is None:
        return ordinal_fraction(tokens)
    value, used, before_and = basic
    best = _after_whole(tokens, value, used, multipliers)
    if before_and is not None:  # "one hundred and three quarters": the "and" may open a fraction instead
        alt = _after_whole(tokens, before_and[0], before_and[1], multipliers)
        if alt[1] > best[1]:
            best = alt
    whole = ordinal_fraction(tokens)
    if whole is not None and whole[1] > best[1] and not _plain_fraction(tokens[:whole[1]]):
        return whole  # "twenty fifths", "one hundred thirty fifths"
    return best


def _plain_fraction(tokens: list[str]) -> bool:
    """"two thirds", "two quarters": the fraction rule reads these, and knows when they are periods."""
    return len(tokens) == 2 and tokens[1].lower() in vocab()["fraction_denominators"] \
        and tokens[0].lower() in vocab()["fraction_numerators"]


def _read_whole(tokens: list[str], multipliers: dict[str, int]) -> tuple[Decimal, int, tuple[Decimal, int] | None] \
        | None:
    """The whole number at the start: (value, tokens used, the reading before an "and" join or None)."""
    reading = _Reading()
    consumed = 0
    before_and: tuple[Decimal, int] | None = None
    for i, tok in enumerate(tokens):
        if i == 0 and _article_before_multiplier(tokens, multipliers):
            reading.current, reading.prev_kind, consumed = Decimal(1), "word", 1  # "a million", "a hundred"
            continue
        if tok.lower() in AND_WORDS and reading.prev_kind in ("hundred", "mult") and i + 1 < len(tokens) \
                and _joins_after_and(tokens[i + 1], reading.prev_kind):
            before_and = (reading.value(), consumed)  # "one hundred and two", "3 hundred and 21"
            reading.after_and = True
            continue
        reading.next_low = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if not reading.take(tok, i, multipliers):
            break
        consumed = i + 1
    if consumed == 0:
        return None
    if before_and is not None and consumed < len(tokens) and tokens[consumed].lower() in multipliers \
            and int(multipliers[tokens[consumed].lower()]) >= (reading.last_mult or 100):
        return before_and[0], before_and[1], None  # "between two hundred and three hundred": two numbers
    return reading.value(), consumed, before_and


AND_WORDS = ("and", "&")


def _joins_after_and(tok: str, prev_kind: str) -> bool:
    """After "hundred and" any number word or a numeral under 100; after "thousand and" a number word."""
    if word_value(tok) is not None:
        return True
    dv = digit_value(tok)
    return prev_kind == "hundred" and dv is not None and dv == dv.to_integral_value() and 0 < dv < 100


def _after_whole(tokens: list[str], value: Decimal, used: int, multipliers: dict[str, int]) -> tuple[Decimal, int]:
    """What may follow a whole number: "and a half", "and three fifths", "point five", "over three"."""
    rest = tokens[used:]
    if not rest:
        return value, used
    low = rest[0].lower()
    if low in AND_WORDS and value == value.to_integral_value():
        mixed = _and_fraction(value, rest[1:], tokens[used - 1].lower(), multipliers)
        if mixed is not None:
            return _integral(mixed[0]), used + 1 + mixed[1]
    if low == "point" and value == value.to_integral_value():
        decimals = point_decimals(rest[1:])
        if decimals is not None:
            whole = value + decimals[0]
            n = used + 1 + decimals[1]
            mult = multipliers.get(tokens[n].lower()) if n < len(tokens) else None
            return (whole * int(mult), n + 1) if mult is not None and int(mult) >= 1000 else (whole, n)
    if low == "over" and len(rest) > 1:
        divisor = _read_whole(rest[1:], multipliers)
        if divisor is not None and divisor[0] != 0 and used + 1 + divisor[1] == len(tokens):
            return fraction_decimal(Fraction(value) / Fraction(divisor[0])), len(tokens)  # "one over three"
    return value, used


def _and_fraction(value: Decimal, rest: list[str], last: str, multipliers: dict[str, int]) \
        -> tuple[Decimal, int] | None:
    """A whole number, "and", a fraction (rest starts after "and"): (the sum, tokens used after "and"). A
    fraction after a scale word takes the scale ("five billion and three quarters", "3 million and a half");
    a scale after the fraction scales the fraction ("one billion and a half million") or the whole sum
    ("two and a half million")."""
    frac: tuple[Decimal, int] | None = None
    for n in range(min(len(rest), 6), 1, -1):
        frac = ordinal_fraction(rest[:n])
        if frac is not None and frac[0] < 1:
            break
        frac = None
    if frac is None:
        return None
    part, n = frac
    after = int(multipliers[rest[n].lower()]) if n < len(rest) and rest[n].lower() in multipliers else 0
    after = after if after >= 1000 else 0
    before = int(multipliers[last]) if last in multipliers and int(multipliers[last]) >= 1000 else 0
    if before:
        return value + part * (after or before), n + (1 if after else 0)
    if after:
        return (value + part) * after, n + 1
    return value + part, n


def _integral(value: Decimal) -> Decimal:
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def point_decimals(tokens: list[str]) -> tuple[Decimal, int] | None:
    """The decimals after "point": digit words one by one ("point zero three", "point nought four") or one
    number under 100 ("point seventy-one", "point eleven"): (the decimal part, tokens used)."""
    digits = ""
    used = 0
    for tok in tokens[:12]:
        wv = word_value(tok)
        if wv is None or wv > 9 or tok.lower() == "dozen":
            break
        digits += str(wv)
        used += 1
    if used == 0 and tokens:
        wv = word_value(tokens[0])
        if wv is not None and 10 <= wv < 100:
            digits, used = str(wv), 1
    if used == 0:
        return None
    return Decimal("0." + digits), used


def ordinal_fraction(tokens: list[str]) -> tuple[Decimal, int] | None:
    """A fraction with an ordinal denominator, all of tokens: "a hundredth", "three fifths", "one twenty-fifth",
    "three twenty firsts" (3/21), "one hundred thirty-fifths" (100/35), "twenty one fifths" (21/5), "a hundred
    trillionths"; the numerator agrees in number with the ordinal ("one fifth", "two fifths")."""
    if len(tokens) < 2:
        return None
    found = _denominator(tokens[-1].lower())
    if found is None:
        return None
    low = [t.lower() for t in tokens]
    den, plural, compound_only = found
    head = low[:-1]
    hyphen = head[-1] == "-"
    if hyphen:
        head = head[:-1]
    tens = word_value(head[-1]) if head else None
    if tens is not None and tens % 10 == 0 and 20 <= tens <= 90 and den < 10 and (hyphen or len(head) > 1):
        numerator = _numerator(head[:-1])  # "twenty-first", "thirty fifths" after a numerator
        if numerator is not None or hyphen:
            return _over(numerator, tens + den, plural, len(tokens))
    if compound_only or hyphen:
        return None
    return _over(_numerator(head), den, plural, len(tokens))


def _over(numerator: Decimal | None, den: int, plural: bool, used: int) -> tuple[Decimal, int] | None:
    if numerator is None or (numerator == 1) == plural or numerator == 0:
        return None
    return fraction_decimal(Fraction(int(numerator)) / den), used


def _denominator(word: str) -> tuple[int, bool, bool] | None:
    """An ordinal as a denominator: (its value, plural, valid only after a tens word)."""
    table = _ORDINAL_DENOMINATORS
    singular_form = "half" if word == "halves" else word[:-1] if word.endswith("s") else word
    if singular_form not in table or singular_form == "_doc":
        return None
    return int(table[singular_form]), singular_form != word, singular_form in _COMPOUND_ONLY


def _numerator(head: list[str]) -> Decimal | None:
    if head in (["a"], ["an"]):
        return Decimal(1)
    if not head:
        return None
    reading = _read_whole(head, _MULTIPLIERS)
    if reading is None or reading[1] != len(head):
        return None
    value = reading[0]
    return value if value == value.to_integral_value() else None


def fraction_of_scale(tokens: list[str], multipliers: dict[str, int]) -> tuple[Decimal, int] | None:
    """A fraction of a scale word: "half a million" (500000), "a quarter million", "three quarters billion",
    "half a dozen": (value, tokens used)."""
    if not tokens or tokens[0].lower().partition(" ")[0] not in _FRACTION_FIRST:
        return None  # no fraction phrase starts with this word
    fractions = _FRACTIONS
    low = [t.lower() for t in tokens[:6]]
    for n in (2, 1):
        phrase = " ".join(low[:n])
        if len(low) > n and phrase in fractions:
            k = n + 1 if low[n] in ("a", "an") else n
            if low[n] == "of" and len(low) > n + 2 and low[n + 1] in ("a", "an"):
                k = n + 2  # "two thirds of a million"
            mult = 12 if k < len(low) and low[k] == "dozen" else multipliers.get(low[k], 0) if k < len(low) else 0
            if mult >= 1000 or mult == 12:
                value = fraction_decimal(fractions[phrase]) * mult
                return (value.quantize(Decimal(1)) if value == value.to_integral_value() else value), k + 1
    return None


def and_a_fraction(tokens: list[str]) -> tuple[Decimal, int] | None:
    """'and a half' after a whole number ("two and a half"): (the fraction, tokens used)."""
    low = [t.lower() for t in tokens[:4]]
    if len(low) < 3 or low[0] != "and":
        return None
    fractions = _FRACTIONS
    for n in (2, 1):
        phrase = " ".join(low[1:1 + n])
        if len(low) > n and phrase in fractions and low[1] in ("a", "an", "one", "three", "two"):
            return fraction_decimal(fractions[phrase]), n + 1
    return None


def _article_before_multiplier(tokens: list[str], multipliers: dict[str, int]) -> bool:
    if tokens[0].lower() not in ("a", "an") or len(tokens) < 2:
        return False
    second = tokens[1].lower()
    return second in multipliers or second == "dozen"


class _Reading:
    """A number being read token by token: finished multiplier groups add up in `total`, the group being
    read is `current`; each take() says whether the token still belongs to the number."""

    __slots__ = ("total", "current", "last_mult", "prev_kind", "after_and", "next_low", "numeral")

    def __init__(self) -> None:
        self.total = Decimal(0)
        self.current: Decimal | None = None
        self.last_mult: int | None = None  # the last big multiplier used, so "million thousand" stops
        self.prev_kind = ""  # the last token read: "digit", "word", "hundred" or "mult"
        self.after_and = False  # an "and" was just passed over ("3 hundred and 21")
        self.next_low = ""  # the token after the one being read, lowercased
        self.numeral = False  # the number opened with a numeral ("5 billion"), not a word

    def value(self) -> Decimal:
        return self.total + (self.current if self.current is not None else Decimal(0))

    def take(self, tok: str, i: int, multipliers: dict[str, int]) -> bool:
        dv = digit_value(tok)
        if dv is not None:
            if i == 1 and self.prev_kind == "digit" and self.current is not None and mixed_fraction(self.current, tok):
                self.current += dv  # "10 1/2": a whole number and a proper fraction
                self.prev_kind = "fraction"
                return True
            if i > 0 and self.prev_kind in ("digit", "group") and self.current is not None \
                    and thousands_group(self.current, tok, self.prev_kind == "group"):
                self.current = self.current * 1000 + dv  # "10 000": thousands set apart by a space
                self.prev_kind = "group"
                return True
            if i > 0 and self._digits_after_words(dv):
                return True
            if i > 0:
                return False  # two numerals side by side are two numbers
            self.current, self.prev_kind, self.numeral = dv, "digit", True
            return True
        low = tok.lower()
        if low in _DOZEN_WORDS:
            return self._dozen()
        if low in multipliers:
            return self._multiplier(multipliers[low])
        return self._word(word_value(tok))

    def _digits_after_words(self, dv: Decimal) -> bool:
        """A numeral after a scale word: "3 hundred and 21", "4 thousand 3 hundred" (whole and below it)."""
        if dv != dv.to_integral_value() or dv <= 0:
            return False
        if self.prev_kind == "hundred" and self.after_and and self.current is not None and dv < 100:
            self.current += dv
        elif self.prev_kind == "mult" and self.current is None and self.last_mult and dv < min(self.last_mult, 1000) \
                and self.next_low == "hundred":  # not "2.9 million 9 liter cases"
            self.current = dv
        else:
            return False
        self.prev_kind, self.after_and = "word", False
        return True

    def _dozen(self) -> bool:
        # a bare "dozen" ("a baker's dozen") is not a figure; "a dozen" is read by parse_number
        if self.current is None or self.prev_kind not in ("digit", "word"):
            return False
        self.current *= 12
        self.prev_kind = "mult"
        return True

    def _multiplier(self, mult: int) -> bool:
        if self.current is None:
            if self.prev_kind == "mult" and mult in _STACKING:
                self.total *= mult  # "three lakh crore", "50 thousand crore"
                self.last_mult = mult
                return True
            return False
        if mult == 100:
            if self.current >= 100:
                return False  # "3 hundred and 2 hundred" is two numbers
            if self.prev_kind == "mult" and self.current >= 100:
                return False
            self.current *= 100
            self.prev_kind = "hundred"
            return True
        if self.last_mult is not None and mult >= self.last_mult:
            return False
        self.total += self.current * mult
        self.current = None
        self.last_mult = mult
        self.prev_kind = "mult"
        return True

    def _word(self, wv: int | None) -> bool:
        if wv is None:
            return False
        if self.current is None:
            if self.prev_kind == "digit" or (self.numeral and not self.after_and):
                return False  # "$5 billion six months ago" is two figures; "6 crore and two hundred" is one
            self.current = Decimal(wv)
        elif self.prev_kind == "hundred" and wv < 100:
            self.current += wv
        elif self.prev_kind == "word" and self.current % 10 == 0 and 20 <= self.current % 100 <= 90 and wv < 10:
            self.current += wv  # "twenty eight", "two hundred thirty two"
        else:
            return False
        self.prev_kind = "word"
        return True


def singular(noun: str) -> str:
    """A plain English singular for a counted noun: 'followers' -> 'follower', 'properties' -> 'property';
    an abbreviation's plural loses its s ('MAUs' -> 'mau') and stands for its noun ('user')."""
    if len(noun) > 2 and noun.endswith("s") and noun[:-1].isupper():
        noun = noun[:-1]
    if noun.isupper():
        return _ABBREVIATED.get(noun.lower(), noun.lower())
    low = noun.lower()
    irregular = _IRREGULAR_PLURALS
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
    if low in _IRREGULAR_PLURALS:
        return True
    return len(low) > 2 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ous"))
