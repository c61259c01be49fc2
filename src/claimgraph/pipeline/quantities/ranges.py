"""Step 4: neighbours merged into ranges: "USD 12 – 13 billion", "between 5% and 6%", "$3-5bn"."""

from __future__ import annotations

import re
from decimal import Decimal

from claimgraph.pipeline.quantities.mention import Mention
from claimgraph.pipeline.quantities.numbers import is_year
from claimgraph.pipeline.quantities.state import DocState
from claimgraph.pipeline.user_data import doc_text
from claimgraph.resolve.pairs import join_adjacent
from claimgraph.resolve.periods.tense import tense_at

NOT_RANGED = ("fraction", "multiple", "rank")
DASHES = ("-", "–", "—")


def merge_ranges(s: DocState, mentions: list[Mention]) -> list[Mention]:
    return join_adjacent(mentions, lambda m1, m2: try_compound(s, m1, m2) or try_range(s, m1, m2))


def try_compound(s: DocState, m1: Mention, m2: Mention) -> Mention | None:
    """An amount in units and subunits is one figure: "$20 and 43c", "thirteen dollars and forty-five cents",
    and with the subunits' name left out after a currency word: "15 dollars 50", "17 USD and 25"."""
    if m1.kind == "physical":
        return _feet_and_inches(s, m1, m2)
    if m1.kind != "money" or m1.low is None or m2.low is None or m1.scale or m2.scale:
        return None
    if m2.kind == "number" and _cents_after(s, m1, m2):
        return _compound(m1, m2, Decimal(100))
    if m2.kind != "money":
        return None
    main = s.tables.subunit_currency.get(m2.unit or "")
    if not main or m1.unit in s.tables.subunit_currency or m1.low != m1.high or m2.low != m2.high:
        return None
    gap = m2.start - m1.end
    if not (gap == 0 or (gap == 1 and s.t[m1.end].lower_ == "and")):
        return None
    per_unit = Decimal(main[1])
    if m1.low != m1.low.to_integral_value() or not 0 < m2.low < per_unit:
        return None
    return _compound(m1, m2, per_unit)


def _cents_after(s: DocState, m1: Mention, m2: Mention) -> bool:
    """A bare whole number under 100 right after an amount with a currency word: its hundredths."""
    if not m1.has_suffix or m1.has_prefix_currency or m1.unit not in s.tables.v["cents_after_amount"]["currencies"]:
        return False
    if m1.low is None or m2.low is None:
        return False
    if m2.unit or m2.has_suffix or m2.low != m2.high or m2.low != m2.low.to_integral_value() or not 0 < m2.low < 100:
        return False
    if m1.low != m1.low.to_integral_value() or (m1.start > 0 and s.t[m1.start - 1].lower_ == "between"):
        return False
    gap = m2.start - m1.end
    return (gap == 0 and s.t[m2.start - 1].whitespace_ != "") or (gap == 1 and s.t[m1.end].lower_ == "and")


def _feet_and_inches(s: DocState, m1: Mention, m2: Mention) -> Mention | None:
    """A length or weight in a unit and its smaller one is one figure: "5 feet 2 inches", "5 ft 2 in",
    "6 pounds and 3 ounces" (in the larger unit: 5 + 2/12 feet)."""
    smaller = s.tables.v["compound_units"].get(m1.unit or "")
    if not smaller or m1.low is None or m2.low is None or m1.low != m1.high or m2.low != m2.high \
            or m1.low != m1.low.to_integral_value() or m1.scale or m2.scale:
        return None
    gap = m2.start - m1.end
    if not (gap == 0 or (gap == 1 and s.t[m1.end].lower_ == "and")):
        return None
    end = m2.end
    if m2.kind == "number" and not m2.unit and end < s.n and s.t[end].lower_ in smaller["written"]:
        end += 1  # "5 ft 2 in": the bare "in" after the number is the inch
    elif not (m2.kind == "physical" and m2.unit == smaller["unit"]):
        return None
    ratio = Decimal(smaller["per"])
    if not 0 <= m2.low < ratio:
        return None
    merged = _compound(m1, m2, ratio)
    merged.kind, merged.end, merged.rule = "physical", end, m1.rule
    return merged


def _compound(m1: Mention, m2: Mention, per_unit: Decimal) -> Mention:
    assert m1.low is not None and m2.low is not None
    merged = Mention(m1.start, m2.end, "money", m1.rule, m1.low + m2.low / per_unit, m1.low + m2.low / per_unit)
    merged.unit, merged.unit_text = m1.unit, m1.unit_text
    merged.num_start, merged.num_end = m1.num_start, m2.num_end
    merged.has_prefix_currency, merged.has_suffix = m1.has_prefix_currency, True
    merged.notes = m1.notes | m2.notes
    return merged


def try_range(s: DocState, m1: Mention, m2: Mention) -> Mention | None:
    if m2.kind == "money" and m2.has_prefix_currency and m1.kind == "number" and m1.scale is None \
            and not m1.has_suffix and m2.start - m1.end == 1 and s.t[m1.end].lower_ == "or":
        m1.kind, m1.unit = "money", m2.unit  # "about 8 or $9": both are dollars, still two figures
        return None
    if not _may_pair(s, m1, m2) or _move_then_level(s, m1, m2):
        return None
    shared = _shared_kind(m1, m2)
    if shared is None:
        return None
    if m2.kind == "money" and m2.has_prefix_currency and m1.kind == "number":
        return None
    return _merged(s, m1, m2, shared)


def _move_then_level(s: DocState, m1: Mention, m2: Mention) -> bool:
    """"X to Y" after a verb of change is a move and the level it reached, two figures: "Acme dropped 2 1/2 to
    37 3/4" (bare numbers), "the range grew from 310 miles to 341 miles" (a change between two levels). Bare
    prices in eighths ("slipped 3/8 to 24 5/8") are share prices in dollars, as older market reports quote them."""
    t, tables = s.t, s.tables
    if t[m1.end].lower_ != "to" or m1.start == 0:
        return False
    before = t[m1.start - 1].lower_
    moves = tables.moves
    hedge = s.phrase_before(m1.start, tables.htables["comparators"]) if m1.start > 1 else None
    at = hedge[1] if hedge is not None and hedge[1] > 0 else m1.start  # 'rose from about $50 million to ...'
    if t[at - 1].lower_ == "from":
        # "will raise the adult fare from $3.20 to $3.45", "increase output from 200,000 to 350,000 units",
        # "halved from $140 million to $70 million", "went from 38,000 to 410,000"
        words = [t[k].lower_ for k in range(max(0, at - 5), at - 1)]
        alike = m2.kind == m1.kind or (plain(m1) and m2.kind == "count" and not is_year(s, t[m1.num_start]))
        # ('from 1000 to 1400 stores' stays a range: alone, '1000' would read as a year)
        # 'will trim spending by 20%, from $50 million to $40 million': the move just stated
        by_move = "by" in words and any(t[k].like_num for k in range(max(0, at - 5), at - 1))
        # 'take the dividend rate from 8.75% to 10.75%': a rate written from one level to another moves, unless
        # the words say it spans ('ranging from 5% to 10%')
        by_move = by_move or (m1.kind == m2.kind == "percent" and tables.range_words.isdisjoint(words))
        return (m1.has_suffix or m1.has_prefix_currency or plain(m1)) and alike \
            and not (tables.from_to_movers.isdisjoint(words) and tables.transitive.isdisjoint(words) and not by_move)
    if before in moves and plain(m1) and m2.kind in ("number", "count") and m2.scale and m1.low is not None \
            and m2.low is not None and m2.low > 2 * m1.low:
        return True  # "subscribers rose 350,000 to 12.6 million"
    if before not in moves or not (plain(m1) and plain(m2)):
        return False
    if any(in_eighths(t, m) for m in (m1, m2)):
        for m in (m1, m2):
            as_share_price(m)
    else:
        m1.notes.add("move_level")  # whole numbers: a share's move and level when the story quotes in eighths
        m2.notes.add("move_level")  # (finder.share_quotes)
    return True


def in_eighths(t, m: Mention) -> bool:
    """Is a figure written in eighths (halves, quarters, sixteenths, ...), as share prices were quoted?"""
    return any(EIGHTHS.fullmatch(t[k].text) for k in range(m.num_start, m.num_end))


def as_share_price(m: Mention) -> None:
    """A bare figure read as a share price (or its move) in dollars."""
    m.kind, m.unit, m.unit_text = "money", "USD", None
    m.notes.add("price_in_eighths")


EIGHTHS = re.compile(r"\d+/(?:2|4|8|16|32|64)")


def plain(m: Mention) -> bool:
    return m.kind == "number" and not (m.has_suffix or m.has_prefix_currency or m.scale or m.unit)


def _moved_before(s: DocState, start: int, reach: int = 4) -> bool:
    """A verb of change a few words before start with the thing it moved between ('pushed up its share price five
    pence to 720 pence'), and no figure, stop or range opener between."""
    t, moves = s.t, s.tables.moves
    for k in range(start - 1, max(-1, start - 1 - reach), -1):
        if t[k].lower_ in moves:
            return True
        if t[k].lower_ in ("from", "between") or not t[k].is_alpha and t[k].text not in ("'s", "’s"):
            return False
    return False


def _past_move(s: DocState, m1: Mention, m2: Mention) -> bool:
    """'fell by 30,000 to 45,000', 'was lowered by 65,000 to 120,000': the two written alike after a verb of change
    in the past tense, so a move and the level it reached (a range after 'by' is a plan or a forecast's: 'expects
    it to grow by 30,000 to 35,000')."""
    alike = plain(m1) and plain(m2) or (m1.kind == m2.kind and m1.unit == m2.unit and bool(m1.scale) == bool(m2.scale)
                                       and m1.has_suffix == m2.has_suffix
                                       and m1.has_prefix_currency == m2.has_prefix_currency)
    if not alike:
        return False
    a = s.t[m1.start].idx
    return tense_at(doc_text(s.doc), a, a + 1) == "past"


def _may_pair(s: DocState, m1: Mention, m2: Mention) -> bool:
    """Two neighbours one separator apart that the words allow to be a range."""
    if m2.start - m1.end != 1 or m1.low is None or m2.low is None:
        return False
    t, tables = s.t, s.tables
    sep = t[m1.end].lower_
    if sep not in tables.range_seps or m1.kind in NOT_RANGED or m2.kind in NOT_RANGED:
        return False
    if m2.comparator or m2.change:
        return False
    before = t[m1.start - 1].lower_ if m1.start > 0 else ""
    hedge = s.phrase_before(m1.start, tables.htables["comparators"]) if m1.start > 1 else None
    if hedge is not None and hedge[1] > 0 and t[hedge[1] - 1].lower_ == "by":
        before = "by"  # "rise by about £1,500 to £9,250": the hedge is the first figure's, the 'by' before it
    if sep == "and" and before != "between":
        return False
    if sep == "to" and m1.low > m2.low and (plain(m1) and plain(m2) or m1.kind == m2.kind == "percent"):
        return False  # "losers led gainers 1,208 to 377", "led 48% to 43%": a tally, written high to low; a range
        # goes up
    if sep == "to" and (m1.has_suffix or m1.has_prefix_currency
                        or (m2.kind in ("number", "count")
                            and (before == "by" and plain(m1) or m1.scale is not None))) \
            and (before == "by" or before in tables.moves
                 or before in tables.moved_nouns and _moved_before(s, m1.start - 1)) \
            and not (m1.low > 0 and m1.low < m2.low <= 2 * m1.low and not (before == "by" and _past_move(s, m1, m2))):
        # "increased by $12.4 billion to $310.8 billion", "rose by 27,000 to 1.48 million", "rose 4.8 million to
        # 120.3 million": an amount, then a level; two ends near each other are a range ("cut results by $5
        # million to $7 million", "boost its value by 5% to 10%", "cut by 200 to 300 jobs"), but not after a move
        # stated as done ("Vacancies fell by 30,000 to 45,000")
        return False
    m1_year, m2_year = is_year(s, t[m1.num_start]), is_year(s, t[m2.num_start])
    if m1.kind == "number" and m1.scale is None and m1_year and not m2_year and sep not in (*DASHES, "/") \
            and not (m2.kind == "count" and m1.low < 1900):
        return False  # "in 2018 to 3.9 million headsets"; but "from 1200 to 1500 workers" is a count
    if sep == "or" and not (m1.kind == "number" and m2.kind in ("count", "duration") and m1.low < m2.low):
        return False
    # "5 - 3" with spaces is arithmetic or a score, not a range; two amounts each with its currency sign are one
    # ("$1.1bn - $1.3bn", as web pages space the dash)
    return not (sep == "-" and (t[m1.end - 1].whitespace_ or t[m1.end].whitespace_)
                and not (m1.kind == m2.kind == "money" and m1.has_prefix_currency and m2.has_prefix_currency))


def _shared_kind(m1: Mention, m2: Mention) -> tuple[str, str | None, str | None] | None:
    """The range's kind, unit and unit text, when the two are compatible: a bare number borrows the other's
    kind, unit and scale ("12–13 billion")."""
    if m1.kind == "number" and not m1.has_suffix:
        if m1.has_prefix_currency:
            return None
        return m2.kind, m2.unit, m2.unit_text
    if m1.kind == m2.kind and (m1.unit == m2.unit or m2.unit is None) \
            and m1.kind in ("money", "percent", "physical", "duration", "number"):
        if m1.has_suffix and m1.kind == "money" and not m2.has_suffix and not m2.has_prefix_currency:
            return None
        return m1.kind, m1.unit, m1.unit_text
    if m1.kind == "money" and m1.has_prefix_currency and not m1.has_suffix and m2.kind in ("number", "money") \
            and (m2.unit in (None, m1.unit)):
        return "money", m1.unit, m1.unit_text
    return None


def _merged(s: DocState, m1: Mention, m2: Mention, shared: tuple[str, str | None, str | None]) -> Mention:
    kind, unit, unit_text = shared
    assert m1.low is not None and m2.low is not None  # checked by _may_pair
    low = m1.low
    if m1.scale is None and m2.scale is not None and m2.high is not None and m1.low * m2.scale <= m2.high:
        if m1.low < m2.low / m2.scale or m1.low <= m2.low / m2.scale:
            low = m1.low * m2.scale  # "12–13 billion", "$3-5bn": the scale is shared
    hi2 = m2.high if m2.high is not None else m2.low
    merged = Mention(m1.start, m2.end, kind, m1.rule if m1.kind != "number" else m2.rule, low, hi2)
    if m1.start > 0 and s.t[m1.start - 1].lower_ == "between":
        merged.start = m1.start - 1
    merged.unit, merged.unit_text = unit, unit_text
    merged.num_start, merged.num_end = m1.num_start, m2.num_end
    merged.scale = m2.scale or m1.scale
    merged.has_prefix_currency = m1.has_prefix_currency or m2.has_prefix_currency
    merged.has_suffix = m1.has_suffix or m2.has_suffix
    merged.comparator, merged.hedge, merged.per = m1.comparator, m1.hedge, m1.per or m2.per
    merged.notes = m1.notes | m2.notes | {"range"}
    if low > hi2:
        merged.notes.add("descending")
    return merged
