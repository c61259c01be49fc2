"""Stated figures as intervals, and exact interval arithmetic (Decimal, never float equality).

A figure means what its writing allows (XBRL calculation 1.1, statcheck): "11%" is [10.5, 11.5), "17.5
billion" is [17.45, 17.55] billion, a round "2 billion" is precise to its last non-zero digit, "less than 2
billion" is [0, 2) billion, "about" widens by a tolerance. Two intervals agree when they overlap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import Any, cast

from claimgraph.checks.cues import APPROX_TOLERANCE, HEDGE_TOLERANCES
from claimgraph.resources.vocab import vocab

PREC = 40  # digits for division; every bound is exact to far beyond any written figure
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")  # a number as written: "17.5", "1,000"
WORD = re.compile(r"[a-z]+")
NUMBER_WORDS: dict[str, int] = vocab()["number_words"]
FRACTION_WORD_PRECISION = Decimal("0.005")  # a fraction in words is as precise as a whole percentage
_SCALE_WORDS = {"thousand": Decimal(10) ** 3, "million": Decimal(10) ** 6, "billion": Decimal(10) ** 9,
                "trillion": Decimal(10) ** 12}

# hedge word -> (relative tolerance below, above), from patterns/<lang>/checks.json; callers may pass their own
DEFAULT_HEDGES: dict[str, tuple[str, str]] = HEDGE_TOLERANCES


@dataclass(frozen=True)
class Interval:
    """[low, high] with open ends where a comparator says so; None is unbounded."""

    low: Decimal | None
    high: Decimal | None
    low_open: bool = False
    high_open: bool = False

    @staticmethod
    def point(v: Decimal) -> Interval:
        return Interval(v, v)

    def overlaps(self, other: Interval) -> bool:
        lo, lo_open = _max_low(self, other)
        hi, hi_open = _min_high(self, other)
        if lo is None or hi is None:
            return True
        return lo < hi or (lo == hi and not lo_open and not hi_open)

    def intersect(self, other: Interval) -> Interval | None:
        """The values both allow; None when they are disjoint."""
        if not self.overlaps(other):
            return None
        lo, lo_open = _max_low(self, other)
        hi, hi_open = _min_high(self, other)
        return Interval(lo, hi, lo_open, hi_open)

    def gap(self, other: Interval) -> Decimal:
        """How far apart two disjoint intervals are (0 when they overlap)."""
        if self.overlaps(other):
            return Decimal(0)
        if self.high is not None and other.low is not None and self.high <= other.low:
            return other.low - self.high
        # disjoint the other way round: both of these bounds exist
        return cast(Decimal, self.low) - cast(Decimal, other.high)

    def mid(self) -> Decimal | None:
        if self.low is None or self.high is None:
            return self.low if self.high is None else self.high
        return (self.low + self.high) / 2

    def __add__(self, o: Interval) -> Interval:
        return Interval(_add(self.low, o.low), _add(self.high, o.high), self.low_open or o.low_open,
                        self.high_open or o.high_open)

    def __sub__(self, o: Interval) -> Interval:
        return Interval(_sub(self.low, o.high), _sub(self.high, o.low), self.low_open or o.high_open,
                        self.high_open or o.low_open)

    def scale(self, k: Decimal) -> Interval:
        """Times a positive exact number."""
        return Interval(None if self.low is None else self.low * k, None if self.high is None else self.high * k,
                        self.low_open, self.high_open)

    def times(self, o: Interval) -> Interval:
        """Product of two non-negative intervals."""
        return Interval(_mul(self.low, o.low), _mul(self.high, o.high), self.low_open or o.low_open,
                        self.high_open or o.high_open)

    def over(self, o: Interval) -> Interval | None:
        """Quotient of non-negative intervals; None when the divisor may be 0."""
        if o.low is None or o.low <= 0:
            return None
        with localcontext() as ctx:
            ctx.prec = PREC
            low = None if self.low is None else self.low / (o.high if o.high is not None else Decimal("Infinity"))
            high = None if self.high is None else self.high / o.low
        if low is not None and low.is_infinite():
            low = Decimal(0)
        return Interval(low, high, self.low_open or o.high_open, self.high_open or o.low_open)


def _max_low(a: Interval, b: Interval) -> tuple[Decimal | None, bool]:
    if a.low is None:
        return b.low, b.low_open
    if b.low is None or a.low > b.low:
        return a.low, a.low_open
    if b.low > a.low:
        return b.low, b.low_open
    return a.low, a.low_open or b.low_open


def _min_high(a: Interval, b: Interval) -> tuple[Decimal | None, bool]:
    if a.high is None:
        return b.high, b.high_open
    if b.high is None or a.high < b.high:
        return a.high, a.high_open
    if b.high < a.high:
        return b.high, b.high_open
    return a.high, a.high_open or b.high_open


def _add(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    return None if a is None or b is None else a + b


def _sub(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    return None if a is None or b is None else a - b


def _mul(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    return None if a is None or b is None else a * b


def half_unit(written: str, zeros_significant: bool = False) -> Decimal:
    """Half a unit of the last significant written digit: '17.5' -> 0.05, '2' -> 0.5, '600' -> 0.5,
    '1,000' -> 500 (a round figure of a thousand or more written out in full is precise to its last non-zero
    digit; one below a thousand, a price or a team, '$40', '30 people', '100 yen', to its units digit). With
    zeros_significant (a number before a scale word or a percent sign: '700 million', '10%') the units digit
    is the last significant one: '7,000' -> 0.5."""
    digits = written.replace(",", "")
    if "." in digits:
        return Decimal(5) / Decimal(10) ** (len(digits.split(".")[1]) + 1)
    zeros = 0 if zeros_significant or len(digits.lstrip("0")) < 4 else len(digits) - len(digits.rstrip("0"))
    if zeros == len(digits):
        return Decimal("0.5")
    return Decimal(5) * Decimal(10) ** zeros / 10


_CUT_FURTHER = {"gt": "lt", "ge": "le", "lt": "gt", "le": "ge"}


def stated(q: Any, hedges: dict[str, tuple[str, str]] | None = None, nonnegative: bool = True) -> Interval:
    """The interval a quantity (a Report Quantity) states, from its digits, comparator and hedge."""
    hedges = DEFAULT_HEDGES if hedges is None else hedges
    low, high = Decimal(q.low), Decimal(q.high)
    kind = getattr(q, "kind", None)
    d_low, d_high = _precision(q.text, low, high, kind == "percent", kind == "money")
    if kind == "fraction" and not d_low and not d_high and not any(ch.isdigit() for ch in q.text):
        d_low = d_high = FRACTION_WORD_PRECISION  # 'a third' is said of 33.5% as '33%' would be
    interval = Interval(low - d_low, high + d_high, False, d_high > 0)
    cmp = getattr(q, "comparator", None)
    if kind == "multiple" and 0 < high < 1 and cmp in _CUT_FURTHER and not any(ch.isdigit() for ch in q.text):
        cmp = _CUT_FURTHER[cmp]  # 'more than halved': cut to less than half ('less than 0.8 times' is below 0.8x)
    hedge = (getattr(q, "hedge", None) or "").lower()
    interval = _compared(cmp, interval, low, high, d_low, d_high, nonnegative)
    if hedge in hedges:
        below, above = (Decimal(x) for x in hedges[hedge])
        # the hedge's tolerance or the digits' rounding, whichever is wider ('about 7%' is 6.3-7.7%, 'about 2%'
        # no narrower than '2%'), not both added
        lo = None if interval.low is None else interval.low - max(abs(low) * below - d_low, Decimal(0))
        hi = None if interval.high is None else interval.high + max(abs(high) * above - d_high, Decimal(0))
        if above == 0 and below > 0 and getattr(q, "kind", None) == "multiple" and 0 < high < 1 \
                and cmp not in ("lt", "le"):
            # a cut by a multiple nears its mark from above: 'nearly halved' leaves a bit more than half
            lo, hi, high_open = low, high + abs(high) * below, False
        elif above == 0 and below > 0 and hi is not None and cmp not in ("lt", "le"):
            hi, high_open = high, False  # 'nearly', 'almost' sit below the mark: 'nearly 500' is at most 500
        else:
            high_open = interval.high_open
        interval = Interval(lo, hi, interval.low_open, high_open)
    elif cmp == "approx":
        lo = low - abs(low) * APPROX_TOLERANCE - d_low
        interval = Interval(lo, high + abs(high) * APPROX_TOLERANCE + d_high)
    return interval


def in_words(q: Any, tolerance: Decimal, factor: Decimal = Decimal(1)) -> Interval | None:
    """A figure said in words with no hedge ('tripled', 'lost two-thirds'): its value times factor, loose by a
    relative tolerance, since such words are said of near values too; None for digits or a hedged figure."""
    if any(ch.isdigit() for ch in q.text) or q.comparator is not None:
        return None
    v = Decimal(q.low) * factor
    return Interval(v * (1 - tolerance), v * (1 + tolerance))


def _precision(text: str, low: Decimal, high: Decimal, percent: bool = False,
               money: bool = False) -> tuple[Decimal, Decimal]:
    """Half a unit of the first and the last written number, in the value's scale ("17.5" of 17.5 billion).

    Which rounding a round number has: a number written before a scale word or a percent sign is precise to
    its units digit ('$700 million' = 699.5-700.5 million, '10%' = 9.5-10.5%, '$4 billion' = 3.5-4.5
    billion), as CONVENTIONS.md reads '$100 million' and '6%': the writer chose the scale word, so the digits
    before it are the ones written. A number written out in full ('12,000 jobs', '$700,000') is precise to
    its last non-zero digit, since a writer who rounds a count writes the zeros out."""
    written = NUMBER.findall(text)
    d_low = d_high = Decimal(0)
    if not written:
        return _word_precision(text, low, high, percent, money)
    for w, v, side in ((written[0], low, "low"), (written[-1], high, "high")):
        n = Decimal(w.replace(",", ""))
        if n != 0 and v != 0:
            scaled = percent or abs(v / n) >= 1000  # a scale word: thousand, million, billion
            delta = half_unit(w, scaled) * abs(v / n)
            if side == "low":
                d_low = delta
            else:
                d_high = delta
    return d_low, d_high


def _word_precision(text: str, low: Decimal, high: Decimal, percent: bool, money: bool) -> tuple[Decimal, Decimal]:
    """A figure said in number words is as loose as its digits would be: 'eight U.S. cents' = 7.5-8.5 cents (so
    'five pence (eight U.S. cents)' implies no exact rate), 'thirty-two percent' = 31.5-32.5%, 'forty-five
    million dollars' = 44.5-45.5 million; one word, or tens and units, of money, a percentage or a figure with a
    scale word; none for other wordings."""
    words = WORD.findall(text.lower())
    if "point" in words and (money or percent):  # 'one point four billion dollars': to its last decimal word
        decimals = sum(1 for w in words[words.index("point") + 1:] if w in NUMBER_WORDS)
        scale = Decimal(1)
        for w in words:
            scale *= _SCALE_WORDS.get(w, 1)
        half = Decimal("0.5") * scale / Decimal(10) ** decimals if decimals else Decimal(0)
        return half, half
    found = [Decimal(NUMBER_WORDS[w]) for w in words if w in NUMBER_WORDS]
    if len(found) == 2 and found[0] >= 20 and found[0] % 10 == 0 and 0 < found[1] < 10:
        found = [found[0] + found[1]]  # 'thirty-two'
    if len(found) != 1 or low != high or not found[0] or not low:
        return Decimal(0), Decimal(0)
    scale = abs(low / found[0])
    if scale.normalize().as_tuple().digits != (1,):  # a power of ten: 0.01, 1, 1000000
        return Decimal(0), Decimal(0)
    if not (money or percent or scale >= 1000):
        return Decimal(0), Decimal(0)  # a small count in words is exact ('three victims', 'four months')
    return Decimal("0.5") * scale, Decimal("0.5") * scale


def _compared(cmp: str | None, interval: Interval, low: Decimal, high: Decimal, d_low: Decimal, d_high: Decimal,
              nonnegative: bool) -> Interval:
    """The interval a comparator leaves: 'less than 2' is [0, 2), 'at least 5' is [5 - precision, inf)."""
    if cmp == "lt":
        return Interval(Decimal(0) if nonnegative else None, low, False, True)
    if cmp == "le":
        return Interval(Decimal(0) if nonnegative else None, high + d_high, False, False)
    if cmp == "gt":
        return Interval(low, None, True, False)
    if cmp == "ge":
        return Interval(low - d_low, None, False, False)
    return interval
