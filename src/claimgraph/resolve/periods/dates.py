"""Calendar arithmetic for periods: month lengths, whole-month shifts, years as written, whole units."""

from __future__ import annotations

import calendar
from datetime import date as Date
from datetime import timedelta

# The years an article's date may have: the resolvers look years before and after it, within what a date holds.
MIN_YEAR, MAX_YEAR = 1000, 8999


def last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def is_day(y: int, m: int, d: int) -> bool:
    """Whether month m of year y has a day d ('May 0' and 'Feb. 30' are written, but name no day)."""
    return 1 <= d <= last_day(y, m)


def month_span(y: int, m1: int, m2: int | None = None) -> tuple[Date, Date]:
    """The first day of month m1 to the last day of month m2 (m1 alone when m2 is not given) in year y."""
    m2 = m2 or m1
    return Date(y, m1, 1), Date(y, m2, last_day(y, m2))


def add_months(d: Date, n: int) -> Date:
    """d moved by n months, its day clipped to the new month's length."""
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    return Date(y, m + 1, min(d.day, last_day(y, m + 1)))


def year_of(s: str) -> int:
    """A year as written: '2024', "'24" and '24' (this century)."""
    s = s.strip("'’")
    if len(s) == 2:
        return 2000 + int(s)
    return int(s)


def end_year(first: int, y2: str) -> int:
    """The second year of '2023-24' or '2023-2024': two digits take the first year's century, rolled on
    past it ('1999-00' is 2000)."""
    if len(y2) != 2:
        return int(y2)
    b = first - first % 100 + int(y2)
    return b + 100 if b <= first else b


def year_range_ok(y1: str, y2: str) -> bool:
    """'2023-24' spans at most ten years; '2019-2023' must run forwards."""
    a = int(y1)
    b = end_year(a, y2)
    return b - a <= 10 if len(y2) == 2 else b > a


def unit_at(ref: Date, unit: str, offset: int) -> tuple[Date, Date]:
    """The whole day/week/month/quarter/half/year `offset` units from the one holding ref."""
    if unit == "day":
        d = ref + timedelta(days=offset)
        return d, d
    if unit == "week":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=offset)
        return monday, monday + timedelta(days=6)
    if unit == "year":
        y = ref.year + offset
        return Date(y, 1, 1), Date(y, 12, 31)
    size = {"quarter": 3, "half": 6}.get(unit, 1)
    first = Date(ref.year, (ref.month - 1) // size * size + 1, 1)
    a = add_months(first, offset * size)
    b = add_months(a, size) - timedelta(days=1)
    return a, b


def shift_months(d: Date, months: int) -> Date:
    """d moved by whole months; a month's last day stays its last day (2024-06-30 - 12 -> 2023-06-30)."""
    moved = add_months(d, months)
    if d.day == last_day(d.year, d.month):
        return Date(moved.year, moved.month, last_day(moved.year, moved.month))
    return moved


def months_spanned(from_date: Date | None, to_date: Date | None) -> int | None:
    """Whole calendar months a period covers when it runs from a month's first day to a month's last day."""
    if from_date is None or to_date is None or from_date.day != 1:
        return None
    if to_date.day != last_day(to_date.year, to_date.month):
        return None
    return (to_date.year - from_date.year) * 12 + to_date.month - from_date.month + 1


def easter(y: int) -> Date:
    """Easter Sunday of year y (Gregorian calendar; the anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lw = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lw) // 451
    month, day = divmod(h + lw - 7 * m + 114, 31)
    return Date(y, month, day + 1)


def holiday(spec: str, y: int) -> Date:
    """The day a HOLIDAY spec names in year y: 'MM-DD', 'MM N WD' (the N-th weekday WD of month MM, N -1 the
    last), 'EASTER', each with an optional trailing '+D'/'-D' days."""
    parts = spec.split()
    shift = 0
    if parts[-1][0] in "+-" and len(parts) > 1:
        shift = int(parts.pop())
    if parts == ["EASTER"]:
        day = easter(y)
    elif len(parts) == 1:
        month, dom = (int(x) for x in parts[0].split("-"))
        day = Date(y, month, dom)
    else:
        month, n, wd = (int(x) for x in parts)
        if n > 0:
            first = Date(y, month, 1)
            day = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
        else:
            end = Date(y, month, last_day(y, month))
            day = end - timedelta(days=(end.weekday() - wd) % 7)
    return day + timedelta(days=shift)
