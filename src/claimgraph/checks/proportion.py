"""Proportions in a sentence: a share R (a percentage, 'a third', 'three out of ten') relating a part P to a
whole W. Read from 'R of W' ('24% of its 212 million passengers', 'a third of its $9bn revenue'), 'P of
the W' ('8,400 of the 52,000 homes'), the claim links ('11% of the goal has been met'), and an appositive
R ('31 million, or 24 per cent'). ratio.py and share.py check them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from claimgraph.checks.base import Context, other_subject
from claimgraph.checks.cues import (
    ANAPHORIC_OF,
    ANAPHORIC_WHOLE,
    BEATEN_BY_BEFORE,
    CLAUSE_BREAK,
    DIFFERENCE_AFTER,
    HELD_OF_OUTSTANDING,
    NAMED_WHOLE_AFTER,
    NAMED_WHOLE_REACH,
    OF_AFTER,
    PART_OF_EARLIER,
    PART_OF_THE_WHOLE,
    PER_FACTORS,
    RATE_OF_PART_BEFORE,
    SHARE_CUE_BEFORE,
    SHARE_OF_AFTER,
    STAKE_AFTER,
    STAKE_NOT_HELD,
    TOTAL_AFTER,
    WHOLE_OF_SENTENCE_BEFORE,
)
from claimgraph.checks.intervals import Interval
from claimgraph.checks.naming import head, named_by, nouns
from claimgraph.resolve.numbers import singular
from claimgraph.resources.vocab import vocab

MEASURES = ("money", "count", "number", "physical")
MILLION = Decimal(1_000_000)
TIME_PERS = {None} | {unit for pair in PER_FACTORS for unit in pair}  # a figure per day, week, ..., or none


def compatible(a: Any, b: Any) -> bool:
    if a.kind == "money" or b.kind == "money":
        return a.kind == b.kind and a.unit == b.unit
    return a.kind in ("count", "number") and b.kind in ("count", "number") or (a.kind, a.unit) == (b.kind, b.unit)


def comparable(a: Any, b: Any) -> bool:
    """Figures one relation may take as operands together: compatible kinds and units, and the same `per`
    (a total and a per-share figure never are: '$318.7 million, or $4.21 a share'); a figure of a period
    ('quarterly revenue of $3.36bn') and one with no per ('$3bn a year ago') may be."""
    pers = {getattr(a, "per", None), getattr(b, "per", None)}
    return compatible(a, b) and (len(pers) == 1 or pers <= TIME_PERS) and not price_and_total(a, b)


def price_and_total(a: Any, b: Any) -> bool:
    """An amount written in a currency's subunit ('388 pence', '98 cents') is a price; one of a million or more
    is a total ('#133 million'): a sentence that gives both ('profit fell to #128 million from #133 million,
    but shares rose 4 pence to 212 pence') never relates them."""
    if a.kind != "money" or b.kind != "money":
        return False  # a price and a total are both amounts of money
    return (_price(a) and _total(b)) or (_price(b) and _total(a))


SUBUNITS = vocab()["currency_subunit"]


def _price(q: Any) -> bool:
    return (q.unit_text or "").lower() in SUBUNITS


def _total(q: Any) -> bool:
    return q.low is not None and abs(q.low) >= MILLION


def is_share(q: Any) -> bool:
    return (q.kind == "percent" and q.unit == "%" and not q.change) or (q.kind == "fraction" and not q.change)


def word_fraction(q: Any) -> bool:
    return q.kind == "fraction" and q.rule != "fraction.one_in"


def as_fraction(ctx: Context, q: Any) -> Interval:
    iv = ctx.interval(q)
    return iv.scale(Decimal("0.01")) if q.kind == "percent" else iv


def find(ctx: Context) -> Iterator[tuple[Any, Any, Any]]:
    """(R, P, W) triples, one per share figure R at most (ratio and share both read them)."""
    if "proportions" not in ctx.memo:
        ctx.memo["proportions"] = list(_find(ctx))
    return iter(ctx.memo["proportions"])


def _find(ctx: Context) -> Iterator[tuple[Any, Any, Any]]:
    for r in ctx.qs:
        if not is_share(r) or DIFFERENCE_AFTER.match(ctx.after(r, 30)) or BEATEN_BY_BEFORE.search(ctx.before(r, 60)):
            continue  # '32% short of the goal' says how far from the goal, not what share of it; 'beat it by $200
            # billion, or 25%' is the change in percent
        # a part may be bounded above ('repurchase up to two million of its shares, or 8.1% of the 24.6 million')
        # a headcount a verb takes from is a part too ('lay off 1,200 employees, or 8% of its 15,000 employees')
        # (so is capacity a verb adds: 'added 38.2 GW of capacity, and solar accounted for 29.5 GW, or 77%')
        sentence = [x for x in ctx.in_sentence(r) if x.kind in MEASURES
                    and (not x.change or x.kind in ("count", "physical")) and (x.per is None or x.per in TIME_PERS)
                    and x.comparator not in ("gt", "ge")]  # a rate a day or a year is a part of one too ('9.2
        # million barrels per day, roughly 24% of the group's ceiling of 38.6 million bpd'; comparable() keeps the
        # two ends to one per)
        sentence = _without_prices(ctx, sentence)
        # a whole the of-phrase names by a noun an earlier sentence's one figure is named by comes first: the
        # claim links may relate the share to another figure of its sentence ('set aside $95 million ...')
        whole, part = _named_whole(ctx, r, sentence)
        if whole is None:
            whole, part = _in_sentence(ctx, r, sentence)
        if whole is None:
            whole, part = _part_of_earlier(ctx, r, sentence)
        if whole is None:
            whole, part = _whole_of_sentence_before(ctx, r, sentence)
        if whole is None:
            whole, part = _stake_shares(ctx, r)
        if whole is None or part is None or not comparable(part, whole) or part is whole \
                or part.per != whole.per or _other_part(ctx, r, part, whole):
            continue  # (a rate a day is no part of one a year, nor of a total: '2.46 million passengers ..., an
            # average of 410,000 a month')
        yield r, part, whole


def _without_prices(ctx: Context, sentence: list[Any]) -> list[Any]:
    """The figures of a sentence that may be a share's part or whole: a price of one (claim metric price) is
    neither beside a total that is not a price ('At the current share price of $52.10, that is worth around 5%
    of the company's market value of $80 billion')."""
    money = [x for x in sentence if x.kind == "money" and x.low]
    prices = [x for x in money if getattr(ctx.claim_of.get(x.id), "metric", None) == "price"]
    totals = [y for y in money if y not in prices]
    if not prices or not totals:
        return sentence
    # (a price of one is far smaller than the total: 'incentives averaged $3,640, or 7.3% of the average
    # transaction price of $49,870' relates two amounts of one car)
    return [x for x in sentence if x not in prices or not any(abs(y.low) >= PRICE_OF_ONE * abs(x.low) for y in totals)]


PRICE_OF_ONE = 1000  # times: a total this much larger than a price is no whole of it


def _other_part(ctx: Context, r: Any, part: Any, whole: Any) -> bool:
    """Whether the figure the share restates, right before it, is not `part`: a figure of the whole's kind that is
    no part of it ('fuel taxes total 50 cents a gallon, or 16.2% of the $3.08 price': per gallon), or `part` added
    to another before it ('52.95p in duty plus 23.12p in VAT, or 54.8% of the 138.7p price': the two together)."""
    if part.end > r.start:
        return False
    before = [x for x in ctx.in_sentence(r) if x.end <= r.start and x is not whole]
    if _COMBINED_BEFORE.search(ctx.before(r, 40)) and len(before) > 1 and before[-2].kind == part.kind \
            and _LISTED_PARTS.fullmatch(ctx.text, before[-2].end, before[-1].start):
        return True  # 'Norway gets 170,900 tonnes and the UK 128,400 tonnes, a combined 52% of the total': the parts
        # together, no one of them ('together land 299,300 tonnes, a combined 62%' is one figure)
    if not before or SHARE_CUE_BEFORE.search(ctx.text[before[-1].end:r.start]) is None:
        return False
    last = before[-1]
    if last is not part:
        return last.kind == whole.kind
    return len(before) > 1 and before[-2].kind == part.kind \
        and _JOINED_PARTS.fullmatch(ctx.text, before[-2].end, last.start) is not None


_COMBINED_BEFORE = re.compile(r"\b(?:combined|together|between\s+them|jointly|collectively|in\s+all)\s+"
                              r"(?:(?:about|around|some|nearly|roughly|almost|just|more\s+than|less\s+than|over|under)\s+)?$")
_JOINED_PARTS = re.compile(r"[^,;.]{0,25}?\bplus\s+(?:(?:about|around|some|nearly|roughly)\s+)?")  # ('1,200 in Norway
# and 300 in Sweden, or 25%' restates the last item)
_LISTED_PARTS = re.compile(r"[^;.]{0,40}?(?:,|\band\b|\bplus\b)[^;.]{0,30}")


Pair = tuple[Any, Any]  # (whole, part)


def _in_sentence(ctx: Context, r: Any, sentence: list[Any]) -> tuple[Any, Any]:
    """(whole, part) from r's own sentence: the claim links, 'R of W', 'P of the W', an anaphoric or an
    appositive share; (None, None) when there is none, or the whole is smaller than its part."""
    whole = _linked(ctx, r, "share_of", sentence) or _of_after(ctx, r, sentence)
    if whole is not None and _part_before(ctx, r, whole):
        return None, None  # '16.3 million residents, about 39% of the national total': the whole is no figure
    part = _linked(ctx, r, "ratio_of", sentence)
    if whole is None:
        whole, part = _part_of_the_whole(ctx, r, sentence) or _anaphoric(ctx, r, sentence) \
            or _appositive(ctx, r, sentence, part)
    if whole is not None and part is None:
        part = _nearest_part(ctx, r, sentence, whole)
    if whole is None or part is None or _smaller(whole, part, r):
        return None, None
    return whole, part


def _part_before(ctx: Context, r: Any, x: Any) -> bool:
    """Whether x is the part an appositive share r follows, its whole named by a noun and given as no figure
    ('16.3 million residents, about 39% of the national total'; not '8,400 of the 52,000 homes, less than 20% of
    the total', where x is the whole of a part before it)."""
    sentence = ctx.in_sentence(r)
    return x.end <= r.start and not any(x.end <= y.start and y.end <= r.start for y in sentence) \
        and SHARE_CUE_BEFORE.search(ctx.text[x.end:r.start]) is not None \
        and NAMED_WHOLE_AFTER.match(ctx.after(r, 60)) is not None \
        and not whole_of_a_part(ctx, x, sentence)


def whole_of_a_part(ctx: Context, x: Any, sentence: list[Any]) -> bool:
    """Whether x is the whole of a part just before it in its sentence ('8,400 of the 52,000 homes': 52,000)."""
    return any(y.end <= x.start and PART_OF_THE_WHOLE.match(ctx.text[y.end:x.start]) for y in sentence)


def _part_of_the_whole(ctx: Context, r: Any, sentence: list[Any]) -> Pair | None:
    """'8,400 of the 52,000 new homes ..., less than 20% of the total': the last such pair in the sentence."""
    if not (TOTAL_AFTER.match(ctx.after(r, 30)) or SHARE_CUE_BEFORE.search(ctx.before(r, 25))
            or RATE_OF_PART_BEFORE.search(ctx.before(r, 60))):
        return None  # no pair can count: the share's own cue is missing (and the pair scan is quadratic)
    found = None
    for p in sentence:
        for w in sentence:
            if p is not w and p.end <= w.start and PART_OF_THE_WHOLE.match(ctx.text[p.end:w.start]) \
                    and comparable(p, w):
                found = (w, p)
    return found


def _anaphoric(ctx: Context, r: Any, sentence: list[Any]) -> Pair | None:
    """'the £12bn fund will channel one-fifth of the money, £3.6bn, to ...': the whole named before."""
    m = ANAPHORIC_OF.match(ctx.after(r, 40))
    if m is None:
        return None
    before = [x for x in sentence if x.end <= r.start]
    after = [x for x in sentence if x.start >= r.end]
    # the part stands right after the of-phrase, in apposition ('..., followed by Quebec at 9.1 million' is none)
    if before and after and comparable(before[-1], after[0]) and after[0].start <= r.end + m.end() + 2:
        return max(before, key=lambda x: Decimal(x.high)), after[0]
    return None


def _appositive(ctx: Context, r: Any, sentence: list[Any], part: Any) -> Pair:
    """'212 million passengers ..., of whom 31 million, or 24 per cent': the part just before, the whole the
    largest figure before that; (None, part) when the share is no appositive."""
    appositive = SHARE_CUE_BEFORE.search(ctx.before(r, 25)) and not OF_AFTER.match(ctx.after(r, 30))
    others = [x for x in sentence if x.end <= r.start]
    if not appositive or len(others) < 2:
        return None, part
    part = others[-1]
    # not a figure that is itself a part with its own share ('Lumora shipped 12.0 million units, a 30.0% share,
    # followed by Dexaro at 8.0 million (20.0%)': both are parts of a market the sentence does not give)
    rest = [x for x in others[:-1] if comparable(x, part) and not _shared(ctx, x)]
    return max(rest, key=lambda x: Decimal(x.high), default=None), part


def _shared(ctx: Context, x: Any) -> bool:
    """Whether a share figure follows x within a few words, stating what share of a whole x is (also after 'of
    the total': 'took £13.5 billion of the total, or 27%, while Pendlow took £8.0 billion, 16%')."""
    return any(y.start >= x.end and is_share(y) and (len(ctx.text[x.end:y.start]) <= 12
                                                     or _OF_TOTAL_SHARE.fullmatch(ctx.text, x.end, y.start))
               for y in ctx.in_sentence(x))


_OF_TOTAL_SHARE = re.compile(r"\s+of\s+(?:the|its|their)\s+total,\s+(?:or\s+)?(?:(?:about|around|roughly|some|nearly|"
                             r"almost|just)\s+)?")


_TOTAL_NOUNS = frozenset({"total", "whole"})


def _part_of_earlier(ctx: Context, r: Any, sentence: list[Any]) -> tuple[Any, Any]:
    """'Fintechs closed 300 deals in March. Seed rounds accounted for 120 of the deals, or 40%', 'Veltrix had 1,200
    employees. It is laying off 220 of them, or 18%': the part just before the share, its whole the last count of
    the earlier sentences (within reach) that the part's of-phrase names by its noun, or, for 'them', the last
    count of the sentence before."""
    before = [x for x in sentence if x.end <= r.start]
    if not before or before[-1].kind not in ("count", "number", "money") \
            or not SHARE_CUE_BEFORE.search(ctx.text[before[-1].end:r.start]):
        return None, None
    part = before[-1]
    m = PART_OF_EARLIER.search(ctx.text, part.start, r.start)
    if m is None:
        return None, None
    k = ctx.sentence_no(r.start)
    named = m.group(1) if m.group(1) not in _TOTAL_NOUNS else None  # 'of the total' names no noun: as 'of them'
    if part.kind == "money" and named:
        return None, None  # money counts no noun: only 'of the total' ('took £13.5 billion of the total, or 27%')
    kind = "money" if part.kind == "money" else "count"
    # not a move's old level ('4,870 children ..., up 27% from 3,830 a year earlier. Some 1,490 of them')
    earlier = [x for x in ctx.qs if x.kind == kind and x.end <= part.start and not x.change
               and 0 < k - ctx.sentence_no(x.start) <= (NAMED_WHOLE_REACH if named else 1)
               and not ctx.old_level(x)]
    if named:
        noun = singular(named)
        earlier = [x for x in earlier if x.unit == noun]
    elif part.kind == "number" and len({x.unit for x in earlier}) > 1:
        return None, None  # '640 schools ..., creating 96,000 places. Some 160 of the total': which total is unsaid
    earlier = [x for x in earlier if not ctx.planned(x)] or earlier  # what was counted, not the forecast
    # ('had forecast 400,000 visitors but counted 268,000. Foreign visitors numbered 94,000, a third of the total')
    if kind == "money":  # the total, not a part the sentence before also gives ('raised $5 billion, with the largest
        # tranche of $2 billion ... $1.4 billion of the total, or 28%')
        earlier = sorted(earlier, key=lambda x: Decimal(x.high))
    whole = earlier[-1] if earlier else None
    if whole is None or not comparable(part, whole) or Decimal(whole.high) < Decimal(part.low):
        return None, None
    return whole, part


def _whole_of_sentence_before(ctx: Context, r: Any, sentence: list[Any]) -> tuple[Any, Any]:
    """'Harwick's revenue was $4.2 billion. Of that, $1.1 billion came from snacks, or about 26%': a sentence
    that opens by pointing back ('Of that', 'Of the total') takes its whole from the sentence before, the last
    figure there its part can be a part of (not a move's old level); the part is the share's nearest."""
    k = ctx.sentence_no(r.start)
    if k == 0 or not WHOLE_OF_SENTENCE_BEFORE.match(ctx.text, ctx.spans[k][0], r.start):
        return None, None
    part = _cued_part(ctx, r, sentence)
    if part is None:
        return None, None
    wholes = [x for x in ctx.sentence_figures(k - 1) if x.kind in MEASURES and not x.change and x.per is None
              and comparable(x, part) and Decimal(x.high) >= Decimal(part.low)
              and not ctx.old_level(x)]
    # what was done, not the goal it is set against ('reached 33,200 in 2025, against a target of 50,000. Of
    # those, 9,100 ...')
    wholes = [x for x in wholes if not ctx.planned(x)] or wholes
    return (wholes[-1], part) if wholes else (None, None)


def _stake_shares(ctx: Context, r: Any) -> tuple[Any, Any]:
    """'... of 30%-owned Innopac Inc. ... it holds about 3.6 million of Brantel's 12.4 million common shares':
    a stake in a named company, and the shares held of that company's outstanding shares, given within a few
    sentences after it (in a sentence with no share of its own)."""
    m = STAKE_AFTER.match(ctx.text[r.end:r.end + 40])
    if m is None or STAKE_NOT_HELD.match(ctx.text, r.end + m.end(), r.end + m.end() + 80):
        return None, None  # "the 41% of Brantel that Ardent doesn't already own": the rest, not a holding
    k = ctx.sentence_no(r.start)
    for p in ctx.qs:
        j = ctx.sentence_no(p.start)
        if p.start < r.end or not 0 <= j - k <= NAMED_WHOLE_REACH or p.kind not in ("count", "number"):
            continue
        w = next((x for x in ctx.qs if x.start >= p.end and ctx.sentence_no(x.start) == j), None)
        held = HELD_OF_OUTSTANDING.fullmatch(ctx.text[p.end:w.start]) if w is not None else None
        if held and held.group(1) == m.group(1) and comparable(p, w) \
                and not any(is_share(x) for x in ctx.qs if ctx.sentence_no(x.start) == j and x is not r):
            return w, p
    return None, None


def _smaller(whole: Any, part: Any, r: Any) -> bool:
    """A share of at most 100% whose whole is smaller than its part ('reserves to $168 million, or 6% of the
    total book' is no share of the $95 million the sentence also gives)."""
    hundred = Decimal(100) if r.kind == "percent" else Decimal(1)
    return Decimal(r.high) <= hundred and Decimal(whole.high) < Decimal(part.low)


def _named_whole(ctx: Context, r: Any, sentence: list[Any]) -> tuple[Any, Any]:
    """'... to $250 million, or about 5.9% of the total portfolio': the part just before the share, the whole
    the one figure of an earlier sentence (within reach) that the of-phrase's head noun names ('Columbia's $4.4
    billion high-yield investment securities portfolio'); (None, None) when there is none or more than one."""
    m = NAMED_WHOLE_AFTER.match(ctx.after(r, 60))
    before = [x for x in sentence if x.end <= r.start]
    if m is None or not before or not SHARE_CUE_BEFORE.search(ctx.text[before[-1].end:r.start]):
        return None, None
    part, word = before[-1], head(m.group(1))
    k = ctx.sentence_no(r.start)
    named = [x for x in ctx.qs if 0 < k - ctx.sentence_no(x.start) <= NAMED_WHOLE_REACH and comparable(x, part)
             and not x.change and word & _whole_words(ctx, x, part) and not dated_apart(ctx, x, part)]
    if len(named) != 1:
        return None, None
    if _smaller(named[0], part, r):
        # a named figure below the part, where the claim graph links the share to a whole that is not: that one
        # ('grossed $2.9 billion ... a gross of $148.3 million ... $1.02 billion, roughly 35% of the total gross');
        # with no such link the named one stays, and a slip in it is found
        linked = next((x for x in _links(ctx, r, "share_of") if not _smaller(x, part, r) and comparable(x, part)
                       and 0 < k - ctx.sentence_no(x.start) <= NAMED_WHOLE_REACH), None)
        if linked is not None:
            return linked, part
    return named[0], part


_UNIT_WORDS = re.compile(r"\b(?:division|unit|segment|arm|subsidiary|branch|business)\b", re.IGNORECASE)


def _whole_words(ctx: Context, x: Any, part: Any) -> set[str]:
    """The words that name x as a whole: named_by's, else those of the metric x's claim reads ('Revenue rose 8% to
    $800 million': revenue) for a whole no noun beside it names ('... $240 million, or 30% of total revenue'): only
    a whole of no business unit or place ('Revenue at Harwick's beverages division rose to $800 million') and of the
    part's subject ('Rival Brisco's revenue rose to $2 billion. Acme's cloud unit ... 40% of its total revenue'
    names Acme's)."""
    named = named_by(ctx, x)
    if named:
        return named
    claim, own = ctx.claim_of.get(x.id), ctx.claim_of.get(part.id)
    if claim is None or not claim.metric_text or claim.scope \
            or _UNIT_WORDS.search(ctx.text, ctx.spans[ctx.sentence_no(x.start)][0], x.start):
        return set()  # ('Revenue at Harwick's beverages division rose to $800 million': the division's)
    if own is not None and own.subject and other_subject(ctx, x, part):
        a, b = ctx.spans[ctx.sentence_no(part.start)]
        if re.search(re.escape(own.subject) + r"['’]s\b", ctx.text[a:b]):
            return set()  # another company's own ('Acme's cloud unit'); a region ('North America brought in') is a part
    return nouns(claim.metric_text)


def dated_apart(ctx: Context, a: Any, b: Any) -> bool:
    """Both figures' claims are dated to spans of time, different ones: no flow over one is a part of a flow over the
    other ('Rs 5,184 crore for the first half ... Rs 1,210 crore in the quarter, 45% of total revenue' is a share of
    the quarter's). A stock dated to a day ('reserves of $300 million as of Sept. 30') may be part of one."""
    wa, wb = ctx.when_of(a), ctx.when_of(b)
    if wa is None or wb is None or wa == wb:
        return False
    return wa[0] != wa[1] and wb[0] != wb[1]


def _nearest_part(ctx: Context, r: Any, sentence: list[Any], whole: Any) -> Any:
    """The part nearest the share, before it first ('$2bn, or 11% of ...'), else after ('..., 3,100 vehicles')."""
    # not the base of a move ('Revenue was up from HK$19.4 billion a year earlier and represented about 91% of the
    # HK$24.0 billion recorded in 2019': the 91% is of the revenue now, not of the year-earlier base)
    candidates = [x for x in sentence if x is not whole and comparable(x, whole) and x.start != whole.start
                  and not ctx.old_level(x)]
    part = _cued_part(ctx, r, candidates)
    if part is None:  # else the nearest before it, with no cue between
        part = next((x for x in reversed(candidates) if x.end <= r.start), None)
    return part


def _cued_part(ctx: Context, r: Any, candidates: list[Any]) -> Any:
    """Of candidates, the part of share r: the one just before it with a share's cue between ('$2bn, or 11%'),
    else the first after it in its own clause, not past a saying ('Harlow, which holds 47% of Vesta's 2.8 million
    shares, said it would swap one new share ...'); None when neither."""
    before = [x for x in candidates if x.end <= r.start]
    if before and SHARE_CUE_BEFORE.search(ctx.text[before[-1].end:r.start]) is not None:
        return before[-1]
    return next((x for x in candidates if x.start >= r.end and not CLAUSE_BREAK.search(ctx.text, r.end, x.start)),
                None)


def _links(ctx: Context, r: Any, relation: str) -> Iterator[Any]:
    """The figures the claim graph links r to by relation."""
    claim = ctx.claim_of.get(r.id)
    if claim is None:
        return
    for rel in ctx.relations_from(claim.id, relation):
        target = ctx.claim_by_id.get(rel.tail)
        x = ctx.by_id.get(target.quantity) if target is not None and target.quantity else None
        if x is not None:
            yield x


def _linked(ctx: Context, r: Any, relation: str, sentence: list[Any]) -> Any:
    """The figure the claim graph links r to, where the text relates them too: in r's sentence, or in the
    two sentences before when r's of-phrase points back to it ('... target is USD 17.5 billion. Only 11% of
    the goal has been met'). A link alone, with no words of the text relating the two, states no relation."""
    k = ctx.sentence_no(r.start)
    back = bool(ANAPHORIC_WHOLE.match(ctx.after(r, 40)))
    return next((x for x in _links(ctx, r, relation)
                 if x in sentence or (back and 0 < k - ctx.sentence_no(x.start) <= 2 and _told_apart(ctx, r, x))),
                None)


_CONTRAST = re.compile(r"\b(?:while|whereas|but)\b")


def _told_apart(ctx: Context, r: Any, x: Any) -> bool:
    """Whether r's sentence tells which figure of an earlier sentence x is the whole it points back to: x has no
    rival of its kind and unit there in a clause set against its own ('while', 'whereas', 'but'), or r's sentence
    names x's metric ('Exports rose to $18.6 billion, while imports grew to $16.2 billion. Shipments of
    electronics ..., or about 40% of the total': which total is unsaid; '... Electronics exports ...' says it;
    'bought 8 GWh ... and sold 20 GWh ... Households took 5 GWh, or 25% of the total': the last)."""
    rivals = [y for y in ctx.sentence_figures(ctx.sentence_no(x.start)) if y is not x and not y.change
              and (y.kind, y.unit, y.per) == (x.kind, x.unit, x.per) and not ctx.old_level(y)
              and _CONTRAST.search(ctx.text, min(x.end, y.end), max(x.start, y.start))]
    if not rivals:
        return True
    claim = ctx.claim_of.get(x.id)
    word = (getattr(claim, "metric_text", None) or "").lower()
    a, b = ctx.spans[ctx.sentence_no(r.start)]
    return bool(word) and word in ctx.text[a:b].lower()


def _of_after(ctx: Context, r: Any, sentence: list[Any]) -> Any:
    for x in sentence:
        if x.start >= r.end and SHARE_OF_AFTER.fullmatch(ctx.text[r.end:x.start]):
            return x
    return None
