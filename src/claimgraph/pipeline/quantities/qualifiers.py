"""Step 5: qualifiers read from the context: comparators and hedges, signs, changes ("rose"), rates ("daily"),
and what a figure takes from the one before it (a restatement's qualifiers, an elliptic unit)."""

from __future__ import annotations

import re
from collections.abc import Set

from claimgraph.pipeline.quantities.mention import Mention
from claimgraph.pipeline.quantities.numbers import glued_hyphen
from claimgraph.pipeline.quantities.state import DocState
from claimgraph.pipeline.user_data import doc_text
from claimgraph.resolve.numbers import looks_plural, singular, within_tenfold

SENTENCE_ENDS = {".", "!", "?", ";"}
CHANGE_KINDS = ("money", "percent", "number", "physical", "count", "fraction")
RATE_KINDS = ("money", "count", "number", "physical", "duration", "multiple", "percent")


def qualify(s: DocState, m: Mention) -> None:
    if m.kind == "number" and m.unit is None and not m.has_suffix and m.start > 1:
        _count_named_before(s, m)
    if m.comparator is None:
        _comparator(s, m)
    _negative(s, m)
    # negative sign on a percentage: "CAC -1.7%" is a fall
    first = s.t[m.num_start] if m.num_start < s.n else None
    if first is not None and first.text.startswith(("-", "−")) and m.kind == "percent":
        if not (m.start and s.t[m.start - 1].lower_ in s.tables.signed_level_before):  # "at -0.5%": a level
            m.change, m.change_text = "down", "-"
            if m.low is not None and m.low < 0 and m.high is not None and m.high < 0:
                m.low, m.high = -m.high, -m.low  # "(-4% y/y)": a fall of 4%, not a level of -4%
    elif first is not None and first.text.startswith("+") and m.kind == "percent":
        m.change, m.change_text = "up", "+"  # "DAX +0.4%": a rise
    if m.change is None and m.kind in CHANGE_KINDS and "base_over" not in m.notes:
        _change(s, m)
    if m.change is None and m.kind == "count" and m.unit in s.tables.count_move_nouns:
        _count_move(s, m)
    if m.per is None and m.kind in RATE_KINDS:
        m.per = rate(s, m, before=m.kind != "percent" and "noun_before" not in m.notes)


_PERCENT_WORDS = frozenset({"%", "percent", "per", "cent"})  # how a percentage is written after its number
_MORE_OF = frozenset({"more", "another", "additional", "further", "extra"})  # a gain on a tally: 'won 12 more seats'


def _count_move(s: DocState, m: Mention) -> None:
    """'shed 12,000 jobs', 'added about 412,000 subscribers', 'layoffs of 8,000 employees': a verb that adds to or
    takes from a headcount or a customer base right before its count (vocab count_moves)."""
    t, moves = s.t, s.tables.count_moves
    k = m.start - 1
    while k >= 0 and t[k].lower_ in moves["between"] and m.start - k <= 4:
        k -= 1
    for n in (3, 2, 1):  # 'lays off', 'layoffs of', 'lost a net'
        if k - n + 1 < 0:
            continue
        words = " ".join(t[j].lower_ for j in range(k - n + 1, k + 1))
        for direction in ("up", "down"):
            if words in moves[direction]:
                if m.unit in s.tables.count_move_levels.get(words, ()) \
                        and not any(t[j].lower_ in _MORE_OF for j in range(k + 1, m.start)):
                    return  # 'won 22 seats': the tally (not 'won 12 more seats')
                m.change, m.change_text = direction, words
                return


def _count_named_before(s: DocState, m: Mention) -> None:
    """'monthly active users climbed to 212mn', 'the number of sellers reached 2.3 million': a bare number that
    a verb of level or change gives to the noun before it counts that noun (vocab count_named_before)."""
    t, rule = s.t, s.tables.named_before
    verb = _level_verb(s, m.start, s.tables.months)  # 'rose to 12,400 in July from 11,390'
    if verb is None:
        return
    k = verb - 1
    while k >= 0 and t[k].lower_ in rule["before_verb"]:  # 'users have nearly tripled'
        k -= 1
    noun = None
    k = _past_place(s, k)  # 'Visitor arrivals in January totalled', 'Subscribers to Arkfield+ topped'
    for j in range(k, max(-1, k - 6), -1):  # the verb's subject: right before it, or 'number of' a noun
        low = t[j].lower_
        if t[j].is_punct or t[j].like_num:
            break
        # 'the number of flights', 'the number of active donors': 'number of' and up to two modifiers before it
        of_at = next((i for i in range(j - 1, max(0, j - 4), -1)
                      if t[i].lower_ == "of" and t[i - 1].lower_ == "number"), None)
        number_of = of_at is not None and all(t[x].is_alpha and t[x].is_lower for x in range(of_at + 1, j))
        if (low in rule["nouns"] and (j == k or number_of)) \
                or (number_of and t[j].is_lower and t[j].is_alpha and looks_plural(t[j].text)):
            noun = t[j]  # 'the number of flights rose to 71,400': any plural noun
            break
        if j == k and low == "numbers" and j > 0 and t[j - 1].is_alpha \
                and t[j - 1].lower_ not in rule["not_modifiers"] \
                and (t[j - 1].is_lower or j == 1 or t[j - 2].text in SENTENCE_ENDS or "\n" in t[j - 2].whitespace_):
            m.kind, m.unit_text = "count", s.text(j - 1, j + 1)  # 'customer numbers tripled to 3.8 million'
            m.unit = singular(t[j - 1].text)
            m.notes.add("noun_before")
            return
    if noun is None:
        return
    first = noun.i
    while first > noun.i - 2 and first > 0 and t[first - 1].is_alpha and t[first - 1].is_lower \
            and t[first - 1].lower_ not in rule["not_modifiers"]:
        first -= 1  # the noun's own modifiers: 'monthly active users'
    m.kind, m.unit_text = "count", s.text(first, noun.i + 1)
    m.unit = s.tables.named_before_as.get(noun.lower_) or singular(noun.text)
    m.notes.add("noun_before")


def _level_verb(s: DocState, start: int, also: Set[str]) -> int | None:
    """The token of the verb of level or change (vocab count_named_before) that gives the figure starting at token
    start, past its glue ('climbed to', 'rose 12% to', 'reached a record'), numbers, percent words and the words of
    `also`; None when no such verb stands there."""
    t, rule = s.t, s.tables.named_before
    k = start - 1
    while k > 0 and (t[k].lower_ in rule["between"] or t[k].like_num or t[k].lower_ in _PERCENT_WORDS
                     or t[k].lower_ in also):
        k -= 1
    return k if t[k].lower_ in rule["verbs"] else None


def _past_place(s: DocState, k: int) -> int:
    """k, or the token before a short phrase of place or time that stands between a noun and its verb ('arrivals
    [in January] totalled', 'subscribers [to Arkfield+] topped', 'registrations [in Orbisland] rose', 'deaths [in the
    quarter] were'): a preposition and at most four capitalised words, months or period words after it."""
    t, period_words = s.t, s.tables.named_before["period_words"]
    for n in (1, 2, 3, 4):
        p = k - n
        if p < 1 or t[p].lower_ not in _PLACE_PREPOSITIONS:
            continue
        span = range(p + 1, k + 1)
        if all(t[x].is_title or t[x].lower_ in s.tables.months or t[x].text in ("+", "&") for x in span) \
                or all(t[x].lower_ in period_words for x in span):  # 'Deaths [in the quarter] were'
            return p - 1
    return k


_PLACE_PREPOSITIONS = frozenset({"in", "at", "to", "from", "across", "for"})


def _comparator(s: DocState, m: Mention) -> None:
    """Comparators and hedges before the figure ("less than", "about", "at least") or after it ("or more")."""
    htables = s.tables.htables
    hit = s.phrase_before(m.start, htables["comparators"])
    if hit is not None and s.lower[hit[1]] == s.tables.up_hash and hit[1] > 0 \
            and s.t[hit[1] - 1].lower_ in s.tables.v["up_to_after_verbs"]:
        hit = None  # 'edged up to 4.3%': a small move to a level, not a ceiling
    if hit is not None and s.lower[hit[1]] == s.tables.up_hash and _from_level_after(s, m.end):
        hit = None  # 'revised its estimate up to 7.4% from 6.1%': a move between two levels, not a ceiling
    if hit is not None and m.kind == "duration" and hit[1] > 0 and s.t[hit[1]].lower_ == "over" \
            and hit[1] + 1 == m.start and _over_is_during(s, hit[1] - 1):
        return  # 'invest $5bn over three years': a span of time, not 'more than three years'
    if hit is not None and m.kind == "count" and m.unit in s.tables.over_span_nouns and hit[1] > 1 \
            and s.t[hit[1]].lower_ == "over" and hit[1] + 1 == m.start \
            and s.t[hit[1] - 1].lower_ not in _NOT_BEFORE_OVER_SPAN \
            and (_figure_before(s, hit[1] - 1) or s.t[m.num_start].is_alpha):
        return  # 'sold 310,000 tickets over five nights', 'sold out the arena over five nights': across them ('played
        # over 100 shows' is more than 100)
    if hit is not None and m.kind != "duration" and hit[1] > 0 and s.t[hit[1]].lower_ == "over" \
            and hit[1] + 1 == m.start \
            and s.t[hit[1] - 1].lower_ in s.tables.over_particle:
        return  # 'handed over 31 helicopters': the verb's particle, not 'more than'
    if hit is not None and hit[1] + 1 == m.start and s.t[hit[1]].lower_ == "over" and _base_over(s, hit[1]):
        m.notes.add("base_over")
        return  # 'a 20 percent increase over Rs2.12tr last year': the base of the move, not 'more than'
    if hit is not None and m.kind == "duration" and s.t[hit[1]].lower_ == "within":
        return  # 'repay it within 20 months': a time frame (CONVENTIONS' gold); 'within $80 million of' is a bound
    if hit is not None:
        comp, start = hit
        # "more than" written as "over than" etc. all resolved by the table
        m.comparator, m.hedge = comp, s.text(start, m.start).lower()
        m.start = start
        return
    after = s.phrase_after(m.end, htables["comparators_after"], (2, 1))
    if after is not None:
        m.comparator, n = after
        m.hedge = s.text(m.end, m.end + n).lower()
        m.end += n


def _from_level_after(s: DocState, k: int) -> bool:
    """'from 6.1%', 'from $480 million', 'from the 6.1%' right after token k: the old level of a move."""
    j = k + 1 if k < s.n and s.t[k].lower_ == "from" else -1
    if 0 < j < s.n and s.t[j].lower_ in ("the", "a", "an", "its", "about", "around", "roughly", "nearly"):
        j += 1
    return 0 < j < s.n and (s.t[j].like_num or s.t[j].is_currency or s.t[j].text[:1].isdigit())


_NOT_BEFORE_OVER_SPAN = frozenset({"for", "to", "of", "in", "at", "with", "by", "on", "across"})  # 'for over 100 shows'


def _figure_before(s: DocState, k: int) -> bool:
    """Whether token k ends a figure: a number, or its counted noun or currency right after one ('310,000
    tickets', '$40 million')."""
    return any(s.t[j].like_num or s.t[j].is_currency for j in range(max(0, k - 2), k + 1))


def _base_over(s: DocState, k: int) -> bool:
    """'over' at k introduces a move's base: after a noun of change or a percentage ('a 20% increase over',
    'up 5% over last year')."""
    if k < 1:
        return False
    if _percent_word(s, k - 1):
        return True  # 'rose 5% over last year's $3 million'
    before = s.t[k - 1].lower_
    # a noun of change sized by a percentage before it ('a 20 percent increase over'); not 'growth over 5%', 'a
    # pay rise over 4%' (more than)
    return (before in s.tables.noun_up or before in s.tables.noun_down) \
        and any(_percent_word(s, j) for j in range(max(0, k - 9), k - 1))  # ('a 20% year-on-year increase over')


def _percent_word(s: DocState, j: int) -> bool:
    low = s.t[j].lower_
    return low in ("%", "percent", "pc") or (low == "cent" and j > 0 and s.t[j - 1].lower_ == "per")


def _over_is_during(s: DocState, k: int) -> bool:
    """Does the word at k, before 'over' and a duration, make 'over' mean 'during': the end of a figure or a verb
    of spreading (vocab over_during)?"""
    tok = s.t[k]
    if tok.lower_ in s.tables.currency_suffix and k > 0:  # '800 billion euros over four years': an amount's end
        tok = s.t[k - 1]
    return tok.lower_ in s.tables.over_during or (tok.like_num and not tok.text.isalpha())


def _negative(s: DocState, m: Mention) -> None:
    """'minus 387', 'minus-5 yards', '- 20 degrees fahrenheit' (a sign apart from a temperature), 'The
    annual loss is ($99.99)' (an accounting negative: an amount alone in brackets after a copula)."""
    t = s.t
    k = m.num_start - 1
    if k >= 0 and t[k].text == "-" and t[k].whitespace_ == "" and k >= 1:
        k -= 1
    if k >= 0 and m.low is not None and m.low > 0 and (_signed(s, m, k) or _accounting(s, m)):
        m.low = -m.low
        m.high = -m.high if m.high is not None else None
        m.start = min(m.start, k if t[k].text in ("-", "−") else m.start)
        return
    plus_or = k >= 2 and t[k - 1].lower_ == "or" and t[k - 2].lower_ == "plus"  # 'plus or minus 2.8': a margin
    if k >= 0 and t[k].lower_ in s.tables.negative_words and m.low is not None and m.low > 0 and not plus_or:
        m.low = -m.low
        m.high = -m.high if m.high is not None else None
        m.start = min(m.start, k)


def _signed(s: DocState, m: Mention, k: int) -> bool:
    """A minus sign set apart before a temperature, not after a number ("5 - 20 degrees" is arithmetic)."""
    t = s.t
    if t[k].text not in ("-", "−") or m.kind != "physical" or m.unit not in s.tables.v["temperature_units"]:
        return False
    return k == 0 or not (t[k - 1].like_num or t[k - 1].text in (")", "%"))


def _accounting(s: DocState, m: Mention) -> bool:
    t = s.t
    if m.kind != "money" or m.start < 2 or m.end >= s.n or t[m.start - 1].text != "(" or t[m.end].text != ")":
        return False
    return t[m.start - 2].lower_ in s.tables.v["accounting_negative_after"]


def _change(s: DocState, m: Mention) -> None:
    """A change said before the figure ('rose 5%', 'raised by 75 basis points') or after it ('a 5% increase')."""
    by = m.start > 0 and s.t[m.start - 1].lower_ == "by"
    by_start = m.start
    k = m.start - 1
    if not by and k > 0 and s.t[k].lower_ in s.tables.v["another_words"]:
        k -= 1 + (s.t[k - 1].lower_ in ("a", "an"))  # 'by another quarter point', 'by a further 2%'
        by, by_start = k >= 0 and s.t[k].lower_ == "by", k + 1
    if not by and m.start > 3 and [s.t[k].lower_ for k in range(m.start - 4, m.start)] == ["by", "an", "average", "of"]:
        by, by_start = True, m.start - 3  # 'raise prices by an average of 6.5%'
    crossed = m.comparator is not None and s.t[m.start].lower_ in s.tables.v["crossing_words"] \
        and (m.kind != "percent" or (m.start > 0 and s.t[m.start - 1].lower_ in s.tables.change_down))
    # (a percentage a rise goes above is its size: 'shares jumped above 20%', 'the economy grew above 3%')
    if (m.kind != "count" or m.unit == "point" or by or "noun_before" in m.notes) and not crossed:
        # (not a level a move crosses: 'slipped below $70 a barrel', 'rose above 40%')
        cue = change_before(s, m.start) or (change_by(s, by_start) if by else None)
        if cue is None and m.kind == "percent" and not by:
            cue = _change_of_object(s, m.start)
        if cue and m.kind == "money" and _loss_level(s, m, cue[1]):
            cue = None  # 'it lost $87.4 million in the quarter': a loss, not a move
        if cue and m.kind != "percent" and cue[1] in s.tables.percent_only_verbs \
                and m.end < s.n and s.t[m.end].lower_ == "of":
            cue = None  # 'depreciated $40 million of equipment': a charge, not a move ('holdings appreciated by
            # $40 million' is one)
        if cue:
            m.change, m.change_text = cue
    tables = s.tables
    if m.change is None and (m.kind in ("percent", "money") or m.unit in tables.points_after):
        if m.end < s.n:  # 'a 5% decline', 'settled 31.5 points lower'; not 'a $14 million loss' (a level)
            k = _past_basis(s, m.end)
            after = s.t[k].lower_ if k < s.n else ""
            if not (m.kind == "money" and after in tables.noun_level) \
                    and not (after in tables.v["change_nouns_percent_only"]["words"] and m.unit != "%") \
                    and not _rate_band(s, m, k) and not _a_cut_taken(s, m, after):
                _moved_by(m, after, tables.noun_up, tables.noun_down)
            if m.change is None:
                _change_noun_after_noun(s, m)
    if m.change is None and m.kind in ("percent", "money", "count", "number"):
        _change_noun_of(s, m)  # 'a decline of 15,000 jobs' too
    if m.change is None and m.kind in ("percent", "money") and m.end < s.n:
        _compared_after(s, m)
    if m.change is None and m.kind in ("fraction", "number") and _more_than(s, m):
        # 'a fifth more than in 2024', 'a third lower than a year ago', '1,800 fewer than a year earlier'
        _moved_by(m, s.t[m.end].lower_, _MORE, _LESS)


def _compared_after(s: DocState, m: Mention) -> None:
    """'33 cents, or about 9.4%, below the $3.50 drivers paid a year ago', '41 cents, or 11.7%, lower than a year
    ago': a difference from a level named after it, perhaps past its restatement in percent (vocab
    compared_after)."""
    if s.t[m.end].lower_ not in s.tables.compared_first:
        return
    last = s.t[m.end - 1]
    text = doc_text(s.doc)
    hit = s.tables.compared_after.match(text, last.idx + len(last))
    # a difference over time: the level compared with is dated back ('a year ago', 'last week', 'in 2019'); not a
    # spread between two things at one time ('110 basis points above the Treasury's 10-year note')
    if hit is not None and _EARLIER.search(text, hit.end(1), min(len(text), hit.end(1) + 70)):
        word = hit.group(1).split()[0].lower()
        m.change, m.change_text = ("down" if word in s.tables.compared_down else "up"), hit.group(1)


_EARLIER = re.compile(r"\b(?:a\s+(?:year|month|week|decade)\s+(?:ago|earlier|before)|"
                      r"last\s+(?:year|month|week|quarter)|the\s+(?:previous|prior|same)\s+(?:year|month|week|quarter|period)|"
                      r"(?:in|since)\s+(?:19|20)\d\d)\b")


def _more_than(s: DocState, m: Mention) -> bool:
    """A comparative and 'than' right after the figure: it states a difference ('1,800 fewer than in 2024')."""
    return m.end + 1 < s.n and s.t[m.end + 1].lower_ == "than" and s.t[m.end].lower_ in _MORE | _LESS


def _rate_band(s: DocState, m: Mention, k: int) -> bool:
    """'The 40% higher rate starts at £50,270', 'the 19% lower rate of corporation tax': a tax band named by its
    rate, a level, not a rate 40% higher than another."""
    t = s.t
    return m.kind == "percent" and m.start > 0 and t[m.start - 1].lower_ == "the" and k + 1 < s.n \
        and t[k].lower_ in ("higher", "lower") and t[k + 1].lower_ in ("rate", "rates", "band", "bands")


_COMPARING = frozenset({"above", "below", "higher", "lower", "more", "less"})
_MORE = frozenset({"more", "higher", "larger", "bigger", "greater"})
_LESS = frozenset({"less", "lower", "smaller", "fewer"})


def _past_basis(s: DocState, k: int) -> int:
    """Where the words after token k go on past what a move is measured against ('a 24% year-on-year rise', 'a 5%
    y/y gain', 'a 3% sequential decline'; vocab change_basis): k itself when none stands there."""
    j, word = k, ""
    while j < s.n and j - k < 7:
        word += s.t[j].lower_
        j += 1
        if s.t[j - 1].whitespace_:
            break
    return j if word in s.tables.change_basis else k


def _change_noun_after_noun(s: DocState, m: Mention) -> None:
    """'a 9.5% rate increase', 'a 4% tax hike', 'a $2 million budget cut': the noun changed, then a noun of change
    (not a comparative: 'the 4% target above ...')."""
    k = m.end
    if k + 1 >= s.n or not (s.t[k].is_alpha and s.t[k].is_lower) or s.t[k].lower_ in s.tables.noun_level:
        return
    after = s.t[k + 1].lower_
    if after not in _COMPARING and after not in s.tables.noun_level:
        _moved_by(m, after, s.tables.noun_up, s.tables.noun_down)


def _a_cut_taken(s: DocState, m: Mention, after: str) -> bool:
    """'takes a 10% cut of every tip', 'keeps a 30% cut of app sales': a share taken, no fall ('took a 20% cut in
    salary' is one)."""
    if after != "cut":
        return False  # (read for every amount with a noun after it: the rest only after 'cut')
    k, j = m.start - 1, _past_basis(s, m.end) + 1
    if k > 0 and s.t[k].lower_ in ("a", "an"):
        k -= 1
    return k >= 0 and s.t[k].lower_ in _TAKING and j < s.n and s.t[j].lower_ == "of"


_TAKING = frozenset({"take", "takes", "took", "taking", "taken", "get", "gets", "got", "getting", "keep", "keeps",
                     "kept", "keeping", "receive", "receives", "received", "receiving", "claim", "claims"})


def _moved_by(m: Mention, word: str, up: Set[str], down: Set[str]) -> None:
    """The figure's move, when `word` is one of the words of a rise (up) or a fall (down); none else."""
    m.change = "up" if word in up else "down" if word in down else None
    m.change_text = word if m.change else None


def _loss_level(s: DocState, m: Mention, verb: str) -> bool:
    """'lost $87.4 million' is a loss; 'lost $2 to $30' and 'shares lost $2' are moves (vocab loss_levels)."""
    rule = s.tables.v["loss_levels"]
    if verb not in rule["verbs"]:
        return False
    t = s.t
    if m.end < s.n and t[m.end].lower_ == "to":
        return False  # a level follows: the move to it
    if m.end + 1 < s.n and t[m.end].text == "," and t[m.end + 1].lower_ == "or" \
            and _RESTATED_MOVE_TO.match(s.text(m.end, min(s.n, m.end + 9))):
        return False  # 'lost $186, or 4.3%, to $4,140 a tonne': the move restated in percent, then its level
    k = m.start - 1
    while k >= 0 and t[k].lower_ != verb:
        k -= 1
    # the verb's subject a few words back: 'shares lost', 'Shares of Tessaly lost', 'the stock has lost'
    return not any(t[j].lower_ in rule["market_nouns"] for j in range(max(0, k - 4), k))


_RESTATED_MOVE_TO = re.compile(r",\s*or\s+(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?[\d.,]+\s*"
                               r"(?:%|percent\b|per\s+cent\b)\s*,?\s*to\b", re.IGNORECASE)
# a clause's conjunction: a move's verb before it is another clause's (not 'and', which joins an object's nouns:
# 'raised its tuition and fees 4%')
_CLAUSE_CONJUNCTIONS = frozenset({"as", "while", "when", "after", "before", "because", "although", "though", "since",
                                  "where", "whereas", "but", "which", "who", "that", "so", "yet"})
# what may open a clause after a comma: a conjunction, 'and'/'or', or a subject's first word
_CLAUSE_OPENERS = _CLAUSE_CONJUNCTIONS | {"and", "or", "the", "a", "an", "it", "its", "their", "they", "he", "she"}
_PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "be", "being", "get", "gets", "got"})
# after a headline's move and its object: the end, its levels, or the clause that gives its cause ('lifts interim
# dividend 8% as profit climbs', 'hikes dividend 7% after strong year')
_HEADLINE_AFTER = frozenset({"to", "from", "as", "after", "on", "amid", "despite", "while", "but", "with"})
_AFTER_A_MOVE = frozenset({"to", "from", "in", "on", "at", "for", "and", "or", "over", "since", "after", "as", "while",
                           "this", "last", "compared", "versus", "year", "a", "per", "each"})


def _figure_end(s: DocState, start: int) -> int:
    """The token after the percentage that starts at `start` ('7', '%' or '7', 'percent')."""
    k = start
    while k < s.n and (s.t[k].like_num or s.t[k].lower_ in _PERCENT_WORDS or s.t[k].text == "-"):
        k += 1
    return k


def _change_of_object(s: DocState, start: int) -> tuple[str, str] | None:
    """'raised its quarterly dividend 10%', 'could lift a member's pension payments 10% to 15%': a
    transitive verb of change, its object (a determiner or possessive, then words), then the percentage; not a
    percentage that qualifies a noun after it ("lifts Orbis's 9% share of the market to 14%")."""
    t, tables = s.t, s.tables
    end = _figure_end(s, start)
    if end < s.n and t[end].is_alpha and t[end].is_lower and t[end].lower_ not in _AFTER_A_MOVE:
        return None
    owned = False
    for k in range(start - 1, max(-1, start - 7), -1):
        low = t[k].lower_
        if low in tables.up_by or low in tables.down_by:
            headline = low in tables.transitive \
                and (end >= s.n or t[end].is_punct or t[end].lower_ in _HEADLINE_AFTER) \
                and (low.endswith("s") or not (end >= s.n or t[end].is_punct)) \
                and not (k > 0 and t[k - 1].lower_ in ("a", "an", "the")) \
                and all(t[j].lower_ != "than" for j in range(k + 1, start))  # not 'a lower-than-expected 5.2%'
            if not (owned or headline) or k == start - 1 \
                    or (low == "up" and k > 0 and t[k - 1].lower_ in tables.up_not_change):
                return None  # 'cash making up the remaining 40%': a part, no move
            # 'Tessaly lifts third-quarter deliveries 11%' (a headline), 'lifted revenue 18% to A$96m': an object
            # needs no determiner
            return ("up", low) if low in tables.up_by else ("down", low)
        if low in ("its", "their", "the", "his", "her", "an", "a", "'s", "’s"):
            owned = True
        elif (not t[k].is_alpha and t[k].text != "-") or t[k].like_num or low in ("to", "at", "of", "from") \
                or low in _CLAUSE_CONJUNCTIONS:
            return None  # 'bring down the rate to .001%': a level; 'raised prices as inflation hit 5%': another
            # clause's
    return None


def _change_noun_of(s: DocState, m: Mention) -> None:
    """'a decline of 5%', 'an increase of about $5 million': a change noun and 'of' before the figure, hedge
    words between; 'a loss of $20 million' is a level (tables.noun_level)."""
    t, tables = s.t, s.tables
    k = m.start - 1
    while k >= 0 and t[k].lower_ in tables.change_glue and t[k].lower_ != "by":
        k -= 1
    if k < 1 or t[k].lower_ != "of":
        return
    noun = t[k - 1].lower_
    if m.kind == "money" and noun in tables.noun_level:
        return
    m.change = "up" if noun in tables.noun_up else "down" if noun in tables.noun_down else None
    m.change_text = noun if m.change else None


def change_before(s: DocState, start: int) -> tuple[str, str] | None:
    t, tables = s.t, s.tables
    k = start - 1
    steps = 0
    while k >= 0 and steps < 4:
        low = t[k].lower_
        if k > 1 and t[k].is_alpha and low not in tables.moves and glued_hyphen(s, k - 1) and t[k - 2].is_alpha:
            while k > 1 and glued_hyphen(s, k - 1) and t[k - 2].is_alpha:
                k -= 2
            k -= 1  # 'rose a lower-than-anticipated 5.2%': a compound adjective before the figure, skipped whole
            if k >= 0 and t[k].lower_ in ("a", "an"):
                k -= 1  # with its article
            continue
        if low in tables.change_blockers or t[k].is_punct:
            return None
        if low in tables.change_up:
            if low == "up" and k > 0 and t[k - 1].lower_ in tables.up_not_change:
                return None  # "made up about 68% of shipments"
            return "up", low
        if low in tables.change_down:
            return "down", low
        if low == "off" and (k == 0 or t[k - 1].is_punct or t[k - 1].lower_ in tables.off_after):
            return "down", low  # 'closed at $71, off $6.375', 'shares were off 5%'
        if low in tables.transitive and k > 0 and t[k - 1].lower_ in _PASSIVE_AUXILIARIES:
            return ("up" if low in tables.up_by else "down"), low  # 'the dividend was raised 10%', 'fees were cut 5%'
        if low not in tables.change_glue:
            return None
        k -= 1
        steps += 1
    return None


def change_by(s: DocState, start: int) -> tuple[str, str] | None:
    """'raised rates by 75 basis points', 'shrank by 500 employees', 'narrowed its adjusted EBITDA loss by 62%': a
    change verb a few words before 'by'."""
    listed = False  # an 'or'/'and' seen between k and 'by': a comma before it may join the object's list
    for k in range(start - 2, max(-1, start - 14), -1):  # 'cut its scope 1 and 2 emissions by 40%'
        tok = s.t[k]
        if tok.lower_ in ("or", "and"):
            listed = True
        if tok.text == "," and listed and k + 1 < s.n and s.t[k + 1].is_alpha and s.t[k + 1].is_lower \
                and (s.t[k + 1].lower_ not in _CLAUSE_OPENERS or _serial_comma(s, k)):
            continue  # 'lowered the risk of heart attack, stroke or death by 18%': the object's list (not ', and the
            # merger was approved by 96%'; 'heart attack, stroke, and death' is the list's last comma)
        if tok.is_punct and not (tok.text == "-" and not tok.whitespace_ and k > 0 and not s.t[k - 1].whitespace_):
            return None  # a clause's end; not a hyphen inside a word ('lifted its easy-access rate by 0.25 points')
        if tok.lower_ in s.tables.up_by:
            return "up", tok.lower_
        if tok.lower_ in s.tables.down_by:
            return "down", tok.lower_
    return None


def _serial_comma(s: DocState, k: int) -> bool:
    """The comma at k, before 'and'/'or', ends a list another comma opened a word or three before ('heart attack,
    stroke, and death')."""
    return s.t[k + 1].lower_ in ("and", "or") and any(s.t[j].text == "," for j in range(max(0, k - 4), k))


def rate(s: DocState, m: Mention, before: bool = True) -> str | None:
    """The period the figure is a rate per: 'USD 5 a day', '87 km/h', 'its daily GMV was USD 14 million'."""
    t, tables = s.t, s.tables
    hit = s.phrase_after(m.end, tables.htables["per"], (3, 2, 1))
    if hit is not None:
        per, n = hit
        after = t[m.end + n].lower_ if m.end + n < s.n else ""
        if after in tables.per_blockers:
            return None  # "a year earlier" dates the figure; it is not a rate
        return str(per)
    if m.end + 1 < s.n and t[m.end].text == "/" and t[m.end + 1].lower_ in tables.duration_units:
        return tables.duration_units[t[m.end + 1].lower_]
    if m.kind in ("money", "physical") and m.end + 1 < s.n and t[m.end].lower_ == "per" and t[m.end + 1].is_alpha \
            and t[m.end + 1].is_lower and t[m.end + 1].lower_ not in _NOT_PER_NOUNS:
        k = m.end + 1
        if t[k].lower_ in _MEASURE_ADJECTIVES and k + 1 < s.n and t[k + 1].is_alpha and t[k + 1].is_lower:
            k += 1  # '$3.48 per cubic metre'
        if k + 1 >= s.n or not (t[k + 1].is_alpha and t[k + 1].is_lower) or t[k + 1].lower_ in _AFTER_PER_NOUN:
            # '$142 per household', '47 bushels per acre', '$0.0039 per stream from $0.0042': any one noun
            return singular(s.text(m.end + 1, k + 1).lower())
    return (_rate_before(s, m) or _per_noun_before(s, m) or _rate_subject(s, m)) if before else None


def _per_noun_before(s: DocState, m: Mention) -> str | None:
    """'Revenue per user rose to $12.40', 'Subsidy per household is capped at €3,500': the noun after 'per' in the
    subject of the verb that gives the money figure (only verbs and their glue between the noun and the figure)."""
    if m.kind != "money":
        return None
    t, rule = s.t, s.tables.named_before
    k = m.start - 1
    while k > 1 and (t[k].lower_ in rule["between"] or t[k].lower_ in rule["verbs"] or t[k].like_num
                     or t[k].text == "%" or t[k].lower_ in rule["before_verb"] or t[k].lower_ in _PER_NOUN_GLUE):
        k -= 1
    if k == m.start - 1:
        return None  # no verb between: 'per' phrases elsewhere are another figure's
    noun_end = k
    while k > 0 and t[k].is_alpha and t[k].is_lower and noun_end - k < 2 and t[k].lower_ != "per":
        k -= 1
    if t[k].lower_ != "per" or k == noun_end or t[k + 1].lower_ in _NOT_PER_NOUNS:
        return None
    return singular(s.text(k + 1, noun_end + 1).lower())


def _rate_subject(s: DocState, m: Mention) -> str | None:
    """"Spain's monthly minimum rose 4.4% to 1,184 euros", 'Annual output climbed to 24 GWh': a rate word in the
    subject of the verb that gives the level (past the verb, its move and its glue), three words at most before
    the verb."""
    if m.kind not in ("money", "physical") \
            or s.tables.per_before_words.isdisjoint(s.lower[max(m.start - 9, 0):m.start]):
        return None
    t = s.t
    k = _level_verb(s, m.start, s.tables.named_before["before_verb"])
    if k is None or k == m.start - 1 or k == 0:
        return None  # (the verb opening the text has no subject before it)
    if t[k - 1].lower_ in _TOTAL_NOUNS:
        return None  # 'Daily newspaper revenue fell 8% to $9.8 billion': a year's total of a daily's revenue
    for j in (k - 3, k - 2, k - 1):  # 'monthly minimum rose', 'annual output climbed', 'Daily trading volume rose'
        if j >= 0 and t[j].lower_ in s.tables.per_before and all(t[x].is_alpha and not t[x].is_title or x == j
                                                                   for x in range(j, k)):
            return str(s.tables.per_before[t[j].lower_])
    return None


_TOTAL_NOUNS = frozenset({"revenue", "revenues", "sales", "profit", "profits", "income", "earnings", "turnover"})
_PER_NOUN_GLUE = frozenset({"capped", "set", "averaged", "averages", "came", "amounted"})  # beside its verbs


# the words that may follow the noun after 'per' (anything else makes it a longer phrase: 'per cent increase')
_AFTER_PER_NOUN = frozenset({"per", "a", "an", "each", "every", "in", "on", "for", "of", "from", "to", "and", "or",
                             "at", "with", "by", "than", "last", "this", "since", "after", "before", "while", "as",
                             "compared", "versus", "over", "under", "up", "down", "against"})
_MEASURE_ADJECTIVES = frozenset({"cubic", "square"})
# words after 'per' that name no unit of the rate: 'per cent' (a percentage), 'per the agreement' (as stated in)
_NOT_PER_NOUNS = frozenset({"cent", "the", "a", "an", "its", "their", "our", "his", "her", "that", "this"})


def _rate_before(s: DocState, m: Mention) -> str | None:
    """'its daily GMV was USD 14 million', 'annual sales of over USD 2 million'."""
    t, per_before = s.t, s.tables.per_before
    if s.tables.per_before_words.isdisjoint(s.lower[max(m.start - 5, 0):m.start]):
        return None  # no rate word among the words the walk below may reach (most figures)
    k = m.start - 1
    while k >= 0 and m.start - k <= 5:
        tok = t[k]
        if tok.is_punct or tok.like_num or tok.is_sent_start:
            if tok.lower_ in per_before:
                return per_before[tok.lower_]
            break
        if tok.lower_ in per_before:
            return per_before[tok.lower_]
        k -= 1
    return None


def inherit(s: DocState, before: Mention, m: Mention) -> None:
    """A figure restated in brackets takes the qualifiers of the one it restates: "under 296 hp (224 kW)"."""
    tables = s.tables
    gap = s.text(before.end, m.start).strip()
    of_whole = m.end + 1 < s.n and s.t[m.end].lower_ == "of"  # 'cut 1,200 jobs, or 8% of its workforce': a part
    if gap in tables.restatement_same_move and before.change and m.kind == "percent" and before.kind != "percent" \
            and not of_whole:
        if m.change is None:  # "up 0.25 points, or 0.01%": the same move in percent
            m.change, m.change_text = before.change, before.change_text
        return
    if m.per is None and before.per and m.kind == before.kind and m.unit == before.unit \
            and _COMPARED_BASE.fullmatch(gap) and _alike(before, m):
        m.per = before.per  # "42 cents a share, up from 38 cents", "to $499 a month from $1,049": the same rate
    # "(" opens a restatement; "/" or "or" continues one ("(224 kW / 300 PS)")
    if gap in tables.restatement_opens or (gap in tables.restatement_continues and "restated" in before.notes):
        if not (m.kind == before.kind == "money" and m.unit != before.unit):
            m.comparator = m.comparator or before.comparator  # a conversion states its own figure (CONVENTIONS'
            # gold leaves a bracketed conversion of a hedged amount unhedged: 'about 52 million Swiss francs
            # ($58 million)')
        if m.change is None and not (m.kind == "percent" and before.kind != "percent" and of_whole):
            m.change, m.change_text = before.change, before.change_text
        m.notes.add("restated")
    elif gap in ("and", ",") and before.comparator == "approx" and m.comparator is None and m.kind == before.kind \
            and m.unit == before.unit and not m.change:
        m.comparator = "approx"  # 'roughly 41% and 33% of the Tessaly market': one hedge over the pair
    elif m.change is None and m.kind == before.kind == "percent" and m.unit == before.unit and before.change \
            and (before.change_text or "").lower() in tables.change_verbs \
            and (_PARALLEL.fullmatch(gap) or ("parallel" in before.notes and _LIST_NEXT.fullmatch(gap))):
        m.change, m.change_text = before.change, before.change_text  # "rose 0.4% on the month and 2.9% on the year"
        m.notes.add("parallel")  # '..., compared with 3.3% for the S&P 500, 3.5% for the ...': a list goes on


def _alike(a: Mention, b: Mention) -> bool:
    """Two amounts within a factor of ten of each other: one may be the other's base (resolve.numbers)."""
    return within_tenfold(a.low, b.low)


# between a rate and the level it is compared with: 'up from', 'from', 'compared with', 'versus', 'against'
_COMPARED_BASE = re.compile(r"(?:(?:a|an|per|each)\s+[\w-]+(?:\s+share)?)?,?\s*(?:(?:up|down)\s+)?"
                            r"(?:from|compared\s+(?:with|to)|versus|vs\.?|against)", re.IGNORECASE)
# between two percentages one verb moves: the first one's measure basis, then 'and' ("0.4% on the month and")
_LIST_NEXT = re.compile(r"(?:for|in|on|at)\b[^,;.]{0,60}?(?:,(?:\s*and)?|\s+and)", re.IGNORECASE)
_PARALLEL = re.compile(r"(?:(?:on|in|for|over|from|y/y|m/m|q/q|yoy|mom|qoq|year-on-year|month-on-month|"
                       r"quarter-on-quarter)\b[\w/ -]{0,24}?)?(?:,?\s*and|,\s*(?:after|following|compared\s+with|"
                       r"versus|against))", re.IGNORECASE)  # 'grew 3.1% in July, after 4.8% in June': a move too


# How many figures back a bare number looks for the one it pairs with: a sentence that lists more before the
# pair ("between 1 and 2 and 3 and ...") is no parallel slot, and the look-back stays bounded (issue 17)
ELLIPSIS_REACH = 24


def elliptic_unit(s: DocState, out: list[Mention], m: Mention) -> None:
    """A bare number in a parallel slot takes the unit of the figure it pairs with: "3.9 million headsets, up
    from 2.4 million", "rose 64.06 points to 4,577.10", "84.75 cents ... the lowest is 74.07"."""
    if m.kind == "money" and m.per is None and m.start > 0:
        _elliptic_per(s, out, m)
    if m.kind != "number" or m.unit or m.start == 0 or m.comparator and not (m.comparator == "approx"
                                                                            and _more_than(s, m)):
        return  # 'about 1,800 fewer than a year ago' pairs too
    t = s.t
    cue = t[m.start - 1].lower_
    if cue not in s.tables.ellipsis_cues and not _compared_with(s, m.start - 1) \
            and not (m.kind == "number" and _more_than(s, m)):  # '14,200 workers, 1,800 fewer than a year ago'
        return
    checked = m.start  # tokens from here to m.start hold no sentence end: each token is read once
    for prev in out[:-ELLIPSIS_REACH - 1:-1]:
        if any(_ends(t[k]) or _own_subject_after(s, k, m.start) for k in range(prev.end, checked)):
            return
        checked = min(checked, prev.end)
        if "restated" in prev.notes or prev.start > 0 and t[prev.start - 1].lower_ == "per":
            continue  # "2,435,000 YEN ($22,480) ... and 2,380,000": pairs with the figure, not its conversion;
            # nor with a rate's base ('142 cases per 100,000 people, up from 97')
        if prev.kind == "count" and prev.start > 0 and t[prev.start - 1].lower_ in _PLACING \
                and any(o.end == prev.start - 1 for o in out) and not _alike(prev, m):
            continue  # nor with a count of where a figure right before it was ('14,500 delegates from 62
            # countries, up from 11,200'; not 'from 16 members to 19', nor 'across 62 venues, up 29% from 48')
        if prev.kind == "money" and prev.comparator in ("gt", "ge", "lt", "le") \
                and (not _alike(prev, m) or _bar_of_who(s, prev)):
            continue  # 'Customers paying over $100,000 grew to 2,140 from 1,780': a money bar names who is counted
            # ('songwriters earning more than $100,000 a year rose to 11,200', however near the two)
        if prev.kind in ("money", "count", "physical") and prev.unit:
            if not _same_shape(s, prev, m):
                return  # "$4.25 and 32 is the quantity": a whole number does not pair with cents
            m.kind, m.unit, m.unit_text = prev.kind, prev.unit, prev.unit_text
            if m.per is None and prev.per and (cue in _COMPARING_CUES or cue in ("with", "to")):
                m.per = prev.per  # '655,000 passengers a day in 2024, compared with 610,000': a day too
            m.notes.add("elliptic")
            return


def _bar_of_who(s: DocState, prev: Mention) -> bool:
    """A money bar after a participle or 'with' ('earning more than $100,000', 'with over $1 million'): it says
    who is counted."""
    if prev.start == 0:
        return False
    before = s.t[prev.start - 1]
    if before.lower_ == "with":  # 'customers with over $1 million', not 'ended June with more than $1.2 billion'
        return prev.start > 1 and s.t[prev.start - 2].is_lower and looks_plural(s.t[prev.start - 2].text)
    return before.is_lower and before.lower_.endswith("ing") and len(before.text) > 4


_COMPARING_CUES = frozenset({"from", "against", "versus", "vs", "vs."})  # a base set beside the figure
_PLACING = frozenset({"from", "in", "across", "over", "among"})  # before a count of places or spans
_SET_BESIDE = re.compile(r"\b(?:premium|discount)\s+(?:to|over|on)\b|%\s+(?:above|below|higher\s+than|lower\s+than)\b")


def _elliptic_per(s: DocState, out: list[Mention], m: Mention) -> None:
    """A base in the same money as the level it is set beside takes that level's rate: 'rose to $7,245 a tonne,
    up 6.4% from $6,809' ($6,809 a tonne), '$11.20 per mmBtu, compared with $11.60'."""
    t = s.t
    cued = t[m.start - 1].lower_ in _COMPARING_CUES or _compared_with(s, m.start - 1)
    checked = m.start
    for prev in out[:-ELLIPSIS_REACH - 1:-1]:
        if any(_ends(t[k]) for k in range(prev.end, checked)):
            return
        checked = min(checked, prev.end)
        # the nearest amount in that money and of its size decides ('$422.5 million, or $1.20 a share, up from
        # $387.8 million': the per-share figure is no level of the total)
        if prev.kind == "money" and prev.unit == m.unit and "restated" not in prev.notes and _alike(prev, m):
            # ('$40 a share, a 25% premium to the closing price of $32': set beside it by the premium)
            if prev.per and not prev.change and (cued or _SET_BESIDE.search(s.text(prev.end, m.start))):
                m.per = prev.per
            return


def _compared_with(s: DocState, k: int) -> bool:
    """Token k is the 'with' or 'to' of 'compared with', 'compared to' (vocab ellipsis_compared)."""
    return k > 0 and s.t[k].lower_ in ("with", "to") and s.t[k - 1].lower_ in s.tables.ellipsis_compared


def _ends(tok) -> bool:
    """A token that ends what a figure may pair across: a sentence's end, or a blank line (a headline with no
    stop)."""
    return tok.text in SENTENCE_ENDS or tok.text.count("\n") > 1


def _own_subject_after(s: DocState, k: int, end: int) -> bool:
    """A clause opened at k (', while') whose subject is a plural noun of its own moving ('..., while guest nights
    climbed 6% to 3.4 million'): its figures count that noun, they take no unit from the clause before ('the
    top estimate is 62.30 cents, while the lowest is 55.15' does)."""
    t, tables = s.t, s.tables
    if t[k].lower_ not in tables.ellipsis_breaks or t[k - 1].text != ",":
        return False
    return any(t[j].is_lower and t[j].is_alpha and looks_plural(t[j].text) and t[j + 1].lower_ in tables.moves
               for j in range(k + 1, end - 1))


def _same_shape(s: DocState, prev: Mention, m: Mention) -> bool:
    """Two unscaled numbers pair only when written alike: both with decimals or both whole."""
    if prev.scale or m.scale:
        return True
    a, b = s.text(prev.num_start, prev.num_end), s.text(m.num_start, m.num_end)
    return ("." in a) == ("." in b)
