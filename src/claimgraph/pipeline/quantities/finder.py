"""The quantity finder: pattern matches -> resolved, qualified quantity mentions of one Doc.

Flow inside one call (Duckling-style: rules find partial values, each rule's production finishes them):
  1. the Matcher, loaded from patterns/<lang>/quantities.jsonl, proposes candidate spans, each with its rule;
  2. overlapping candidates are reduced to the best non-overlapping set (candidates.py);
  3. each candidate is resolved by the production its rule names (productions.py): its number read
     exactly, scale, currency or unit attached;
  4. neighbours are merged into ranges ("USD 12 – 13 billion", "between 5% and 6%") (ranges.py);
  5. qualifiers are read from the context: comparators and hedges, rates ("daily"), changes ("rose")
     (qualifiers.py);
  6. what is not a quantity is dropped: years, dates, times, ordinals, names with numbers, list markers
     (filters.py).
The finder holds only what every call shares and nobody changes (the Matcher, the vocabulary tables, the
rules' productions); what a call learns about its Doc lives in a DocState made for that call.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc
from spacy.vocab import Vocab

from claimgraph.claims.sentences import dateline_end
from claimgraph.pipeline.matcher import Windows, build_matcher
from claimgraph.pipeline.quantities.candidates import Candidate, choose, rank
from claimgraph.pipeline.quantities.filters import keep
from claimgraph.pipeline.quantities.mention import Mention
from claimgraph.pipeline.quantities.numbers import is_year
from claimgraph.pipeline.quantities.productions import PRODUCTIONS, ProductionFn
from claimgraph.pipeline.quantities.qualifiers import elliptic_unit, inherit, qualify
from claimgraph.pipeline.quantities.ranges import as_share_price, in_eighths, merge_ranges, plain
from claimgraph.pipeline.quantities.state import DocState
from claimgraph.pipeline.quantities.tables import QuantityTables
from claimgraph.pipeline.user_data import WARNINGS_KEY, doc_text
from claimgraph.resolve.numbers import MAX_DIGITS, parse_number, too_long
from claimgraph.resources.rules import PatternRule


class QuantityFinder:
    """Finds the quantity mentions of a Doc: finder(doc) -> [Mention]. Safe to call on several Docs at once."""

    def __init__(self, vocab_: Vocab, rules: Iterable[PatternRule]):
        rules = list(rules)
        unknown = sorted({r.production for r in rules} - set(PRODUCTIONS))
        if unknown:
            raise ValueError(f"rules name productions that do not exist: {', '.join(unknown)}")
        self.matcher = build_matcher(vocab_, rules)
        self.windows = Windows(vocab_, rules)
        self.rules: dict[str, tuple[str, ProductionFn]] = {r.id: (r.label, PRODUCTIONS[r.production]) for r in rules}
        self.tables = QuantityTables(vocab_.strings)
        self.plain_labels = frozenset(self.rules[rule_id][0] for rule_id, _, _ in self.matcher.plain)

    def __call__(self, doc: Doc) -> list[Mention]:
        s = DocState(doc, self.tables)
        refuse_long_numerals(doc, s.lengths)
        out: list[Mention] = []
        for m in merge_ranges(s, choose(s, self.candidates(doc, s))):
            qualify(s, m)
            if keep(s, m) and not (out and m.start < out[-1].end):
                if out:
                    inherit(s, out[-1], m)
                    elliptic_unit(s, out, m)
                out.append(m)
        suspended_counts(s, out)
        bare_dollars(s, out)
        shared_signs(s, out)
        weighed_pounds(s, out)
        scaled_pound_modifiers(s, out)
        letter_currencies(s, out)
        index_points(s, out)
        rate_bases(s, out)
        exchange_quotes(s, out)
        points_beside_rates(s, out)
        bracketed_point_moves(s, out)
        share_quotes(s, out)
        currency_by_place(s, out)
        restated_on_a_basis(s, out)
        return out

    def candidates(self, doc: Doc, s: DocState | None = None) -> list[Candidate]:
        """The Matcher's candidates in the order choose() reads them: sorted by rank, those of one rank in the
        order the Matcher finds them."""
        s = s or DocState(doc, self.tables)
        numeral = [x | y for x, y in zip(s.like_num, s.digit, strict=True)]
        matcher, plain = self.matcher, self.matcher.plain_bits
        found = []
        for segment in segments(doc, s.like_num):
            # only the windows around numerals and anchor words can hold a match (matcher.Windows)
            for a, b in self.windows.spans(s.lower, numeral, *segment):
                # only the rules whose required words the window holds (matcher.RuleMatcher.in_window), the
                # plain numeral rules' matches listed apart (RuleMatcher.plain_matches)
                got = self._in_window(doc, a, b, s.lower, plain)
                listed = self._found(matcher.plain_matches(a, b, s.lower, s.like_num))
                if listed and self._ties(got, listed):  # rank cannot order them: the Matcher's order decides
                    got, listed = self._in_window(doc, a, b, s.lower), []
                found += got
                found += listed
        found.sort(key=rank)
        return found

    def _in_window(self, doc: Doc, a: int, b: int, lower: list[int], without: int = 0) -> list[Candidate]:
        """The Matcher's candidates in tokens a..b (RuleMatcher.in_window), offsets into the Doc."""
        strings = doc.vocab.strings
        return self._found((strings[i], a + x, a + y) for i, x, y in self.matcher.in_window(doc, a, b, lower, without))

    def _found(self, matches: Iterable[tuple[str, int, int]]) -> list[Candidate]:
        """Candidates of (rule id, start, end) matches, offsets into the Doc."""
        rules = self.rules
        out = []
        for rule, start, end in matches:
            label, production = rules[rule]
            out.append(Candidate(start, end, rule, label, production))
        return out

    def _ties(self, got: list[Candidate], listed: list[Candidate]) -> bool:
        """Do two candidates share a rank (span and label), one of them listed apart from the Matcher?"""
        labels = self.plain_labels
        ranked = {(c.start, c.end, c.label) for c in got if c.label in labels}
        for c in listed:
            key = (c.start, c.end, c.label)
            if key in ranked:
                return True
            ranked.add(key)
        return False


MAX_NUMBER_RUN = 12  # no number is written with more tokens ("seven hundred ninety nine thousand ...")


def segments(doc: Doc, flags: list[int] | None = None) -> list[tuple[int, int]]:
    """Where to run the Matcher: the whole Doc, cut inside any run of numerals longer than a number can be
    ("1 1 1 ...", "100 101 102 ..."), so that "LIKE_NUM +" yields a bounded number of spans per token and the
    Matcher stays linear in the run's length. (Read from one array: no Token objects for ordinary text.)"""
    if flags is None:
        flags = doc.to_array("LIKE_NUM").tolist()
    if sum(flags) <= MAX_NUMBER_RUN:
        return [(0, len(doc))]
    cuts = [0]
    run = 0
    for i, flag in enumerate(flags):
        run = run + 1 if flag else 0
        if run > MAX_NUMBER_RUN:
            cuts.append(i)
            run = 1
    cuts.append(len(doc))
    return list(zip(cuts, cuts[1:], strict=False))


def refuse_long_numerals(doc: Doc, lengths: list[int] | None = None) -> None:
    """A numeral longer than MAX_DIGITS significant digits is not read (its value would be rounded): say so."""
    if lengths is None:
        lengths = doc.to_array("LENGTH").tolist()
    if max(lengths, default=0) <= MAX_DIGITS:
        return  # no token is long enough (the commonest case, told in one pass in C)
    long_ones = [doc[i].text for i, n in enumerate(lengths) if n > MAX_DIGITS and too_long(doc[i].text)]
    if long_ones:
        doc.user_data.setdefault(WARNINGS_KEY, []).append(
            f"{len(long_ones)} numeral(s) longer than {MAX_DIGITS} digits not read as figures (values are kept "
            f"exact, never rounded)")


_US_SIGNS = frozenset({"US$", "U.S.$", "US", "U.S."})  # how a text marks US dollars apart from its own


def bare_dollars(s: DocState, out: list[Mention]) -> None:
    """A bare '$' takes the dollar the text itself writes with a sign: in a story that writes S$ and never
    US$ or USD, '$3.4 billion' is SGD (a conversion in brackets stays USD). The Report's warnings say so."""
    t = s.t
    money = [m for m in out if m.kind == "money"]
    bare, named = [], set()
    marked = False
    for m in money:
        # the sign before the number, past a hedge the mention holds ('about $940 million')
        sign = t[m.num_start - 1].text if m.has_prefix_currency and m.num_start > m.start else t[m.start].text
        conversion = "restated" in m.notes or (m.start > 0 and t[m.start - 1].text == "(")
        if m.unit == "USD" and sign == "$" and not conversion:
            bare.append(m)
        elif m.unit == "USD" and sign.upper() in _US_SIGNS:
            marked = True  # "US$74.5 million": a text that marks US dollars may write its own dollar bare
        elif m.unit == "USD" or "$" in sign:
            named.add(m.unit)  # "USD 5 million", "S$2 million", "($1.3 billion)"
    local = named & s.tables.local_dollars
    if marked and (local or not named <= {"USD"} | s.tables.local_dollars):
        named.add("USD")  # beside a local dollar's own sign ('C$16.40 ... (US$666 million) ... $57 million'), a bare
        # '$' is the US one
    if not bare or len(local) > 1 or "USD" in named:
        return
    if local:
        (unit,) = local
        why = f"the text names {unit} and never US dollars"
    else:
        unit, why = dollar_by_place(s)
        if unit is None:
            return
    for m in bare:
        m.unit = unit
    s.doc.user_data.setdefault(WARNINGS_KEY, []).append(f"a bare '$' read as {unit} ({len(bare)} figure(s)): {why}")


def shared_signs(s: DocState, out: list[Mention]) -> None:
    """A sign two currencies share ('¥') is the currency of the place the text names most (vocab.json
    sign_places): '¥120 billion' in a story about Hangzhou is yuan; so is a word several countries share
    (word_places: '12.4 billion pesos' in a story about Manila is PHP). The Report's warnings say so."""
    t = s.t
    for sign, places in s.tables.sign_places.items():
        _by_place(s, sign, places, [m for m in out if m.kind == "money" and m.has_prefix_currency
                                    and m.num_start > m.start and t[m.num_start - 1].text == sign])  # 'about ¥120bn'
    for word, places in s.tables.word_places.items():
        _by_place(s, word, places, [m for m in out if m.kind == "money" and (m.unit_text or "").lower() == word])


def _by_place(s: DocState, written: str, places: dict[str, set[int]], found: list[Mention]) -> None:
    """The figures in `found` take the currency of `places` whose words the text names most, strictly more than
    their own currency's."""
    if not found:
        return
    counts = Counter(s.lower)
    named = {cur: sum(counts[h] for h in words) for cur, words in places.items()}
    best = max(named, key=lambda cur: named[cur])
    if named[best] == 0 or any(m.unit in named and named[m.unit] >= named[best] for m in found):
        return
    for m in found:
        m.unit = best
    s.doc.user_data.setdefault(WARNINGS_KEY, []).append(
        f"'{written}' read as {best} ({len(found)} figure(s)): the places the text names most")


def weighed_pounds(s: DocState, out: list[Mention]) -> None:
    """'produced 62 million pounds of copper, up 5% from 59 million pounds', '46,900 tonnes of copper, or roughly 103
    million pounds': pounds compared with or restating a weight in the same sentence are weight too, not sterling."""
    weight = None  # the last figure of weight
    for m in out:
        if m.kind == "physical" and m.unit in _MASS:
            weight = m
        elif weight is not None and m.kind == "money" and m.unit == "GBP" \
                and (m.unit_text or "").lower().startswith("pound") and m.start > 0 \
                and s.t[m.start - 1].lower_ in _COMPARED_WITH \
                and not any(s.t[k].text in SENTENCE_STOPS for k in range(weight.end, m.start)):
            m.kind, m.unit = "physical", "pound-mass"


def scaled_pound_modifiers(s: DocState, out: list[Mention]) -> None:
    """'a 5.3 billion pound takeover', 'a 250 million pound loan', '5.3 billion pound ($7.1 billion)': a pound in
    millions or billions written as a modifier (singular, before a noun or a conversion) is sterling, unless the
    noun is one of weight ('a 2.3 million pound recall': vocab pound_weight_nouns); a weight so large is mostly
    written in pounds of something ('62 million pounds of copper')."""
    t = s.t
    for m in out:
        if m.kind != "physical" or m.unit != "pound-mass" or m.scale is None or m.scale < 1_000_000 \
                or t[m.end - 1].lower_ != "pound" or m.end >= s.n:
            continue
        nxt = t[m.end]
        if (nxt.is_alpha and nxt.is_lower and nxt.lower_ not in s.tables.stop
                and nxt.lower_ not in s.tables.pound_weight_nouns) or nxt.text == "(":
            m.kind, m.unit, m.unit_text = "money", "GBP", t[m.end - 1].text  # not 'a 2.3 million pound recall'


_MASS = frozenset({"pound-mass", "tonne", "kilogram", "ton", "short ton", "long ton", "metric ton", "ounce"})
_COMPARED_WITH = frozenset({"from", "or", "to", "than", "versus", "vs", "vs.", "with", "about", "roughly", "some",
                            "around", "nearly", "almost"})


def letter_currencies(s: DocState, out: list[Mention]) -> None:
    """'P480 million' in a story that names the Philippines: a capital letter glued to a number that stands for
    the currency of the places the text names (vocab.json letter_currencies) makes the number money; with a scale
    word ('R62.3bn', 'N45bn fees', 'a R92bn budget') the letters of letter_currencies_scaled do so wherever the
    story is. The words before the letter then qualify the amount ('about R29bn', 'fell by R450-million')."""
    t, table = s.t, s.tables.letter_currencies
    for m in out:
        k = m.num_start - 1
        if m.kind not in ("number", "count") or k < 0 or k != m.start - 1 or t[k].whitespace_ \
                or t[k].text not in table or (m.kind == "number" and m.unit) \
                or (m.kind == "count" and m.scale is None):
            continue
        unit, places = table[t[k].text]
        also = s.tables.letter_also.get(t[k].text)
        if also is not None and not also[1].isdisjoint(s.lower) and places.isdisjoint(s.lower):
            unit, places = also  # 'P12.4 billion' in a story about Botswana: pula
        if places.isdisjoint(s.lower) and not (m.scale is not None and t[k].text in s.tables.letters_scaled):
            continue
        if m.kind == "count":  # 'N45bn fees': the amount ends with its scale word; the noun is what it is for
            end = m.num_end + (m.num_end < s.n and t[m.num_end].text == "-")
            m.end = end + 1 if end < s.n and t[end].lower_ in s.tables.scale else m.num_end
        m.kind, m.unit, m.unit_text, m.start, m.has_prefix_currency = "money", unit, t[k].text, k, True
        qualify(s, m)


def dollar_by_place(s: DocState) -> tuple[str | None, str]:
    """The dollar of the place a story is about: named at least dollar_place_min times, more than any other
    dollar place and more than twice as often as the United States (vocab.json dollar_places)."""
    counts = Counter(s.lower)
    named = {cur: sum(counts[h] for h in words) for cur, words in s.tables.dollar_places.items()}
    us = named.pop("USD", 0)
    ranked = sorted(named.items(), key=lambda kv: -kv[1])
    if not ranked:
        return None, ""
    (best, n), rest = ranked[0], ranked[1:]
    # a dateline that names the place ('WELLINGTON -', 'HONG KONG (Wirestream) -') says where the story is from:
    # then the place need not be named min_mentions times
    least = 1 if s.tables.dollar_places[best] & _dateline_words(s) else s.tables.dollar_place_min
    if n < least or n <= 2 * us or (rest and rest[0][1] * 2 >= n):
        return None, ""
    return best, f"the story is about a place that uses {best} (named {n} times, the United States {us})"


def _dateline_words(s: DocState) -> set[int]:
    """The lowercased words of the wire dateline that opens the text, if one does ('SINGAPORE -', 'HONG KONG
    (Wirestream) -'; the sentence splitter's reader, sentences.dateline_end)."""
    end = dateline_end(doc_text(s.doc))
    if end is None:
        return set()
    k = 0
    while k < s.n and s.t[k].idx < end:
        k += 1
    return set(s.lower[:k])


SUSPENDED_SEPARATORS = (",", "and", "or", "to")


def suspended_counts(s: DocState, out: list[Mention]) -> None:
    """Numbers left hanging on a hyphen share the noun of the compound that ends the list: "four-, five- and
    six-cylinder engines" counts 4, 5 and 6 cylinders (each its own figure)."""
    t = s.t
    added: list[Mention] = []
    for m in out:
        if m.kind != "count" or m.num_end >= s.n or t[m.num_end].text != "-" or "range" in m.notes:
            continue
        k = m.num_start - 1
        while k >= 1 and t[k].lower_ in SUSPENDED_SEPARATORS:
            text = t[k - 1].text
            parsed = parse_number([text[:-1]]) if text.endswith("-") and len(text) > 1 else None
            if parsed is None:
                break
            value = parsed[0]
            added.append(Mention(k - 1, k, "count", m.rule, value, value, unit=m.unit, unit_text=m.unit_text,
                                 num_start=k - 1, num_end=k, has_suffix=True))
            k -= 2
    if added:
        out.extend(added)
        out.sort(key=lambda x: x.start)


SENTENCE_STOPS = (".", "!", "?", ";")
# between a percentage and a move in points that is its own ('79.4%, down 2.1 points'); not ', or 60 points'
_PERCENT_THEN_POINTS = re.compile(r",?\s*(?:up|down|off|higher|lower)", re.IGNORECASE)


def _points_of_the_rate(s: DocState, rate: Mention, m: Mention) -> bool:
    """Points moved right after a percentage, in its sentence, a few words on ('79.4%, down 2.1 points', 'rose to
    4.4% in January, up 0.3 points from December'): its percentage points."""
    if rate.end >= m.start or m.start - rate.end > 8:
        return False
    if _PERCENT_THEN_POINTS.fullmatch(s.text(rate.end, m.start)):
        return True
    t, moves = s.t, s.tables.moves
    compared = t[m.start - 1].text == "," and m.end < s.n and t[m.end].lower_ in _POINTS_COMPARED
    # '41%, 6 points higher than a year earlier', '72% in 2024, 5 points above the 2023 level'
    last = m.start - 1 - (t[m.start - 1].lower_ == "by")
    if not compared and not (last > rate.end and (t[last].lower_ in moves
                                                  or _PERCENT_THEN_POINTS.fullmatch(t[last].text))):
        return False
    # one clause of the rate's: its period may stand between ('in January', 'in 2024'), no other thing nor figure
    return not any(t[k].text in SENTENCE_STOPS or t[k].lower_ in _NEW_CLAUSE
                   or (t[k].like_num and not is_year(s, t[k]))
                   or (t[k].is_title and t[k].lower_ not in s.tables.months) for k in range(rate.end, m.start))


_NEW_CLAUSE = frozenset({"and", "while", "but", "whereas", "although"})
_POINTS_OF_SHARE = ("of share", "of market share", "of the market")
_POINTS_TO_RATE = frozenset({"to", ", to", "from", ", from", ", up from", ", down from"})
_POINTS_COMPARED = frozenset({"higher", "lower", "above", "below", "up", "down", "more", "less", "ahead", "behind"})


def index_points(s: DocState, out: list[Mention]) -> None:
    """A bare decimal after a stock index's name is its level or move in points: "The Harrow Composite Index
    slid 6.12, or 1.4%, to 431.05"; "Dow Jones industrials 3188.40, off 21.36"; so is one written right
    after the word index ("Treasury index 3406.31"). An index's points written out ("fell 148.85 points to
    35378.44") are its figures too, kind number as the bare ones, never a count of points."""
    t = s.t
    for m, after in zip(out, out[1:], strict=False):
        if _level_before_move(s, m, after):
            m.unit = "point"  # "16,369.03, up 58.06 points": the level the move in points left
        elif m.kind == "count" and m.unit == "point" and after.kind == "percent" and after.unit == "%" \
                and " ".join(s.text(m.end, after.start).lower().split()) in _POINTS_TO_RATE:
            m.kind, m.unit = "percent", "pp"  # "gained 2 points to 14%", "up 9 points from 27%": a rate's points
    for rate, m in zip(out, out[1:], strict=False):
        if m.kind == "count" and m.unit == "point" and rate.kind == "percent" and rate.unit == "%" \
                and _points_of_the_rate(s, rate, m):
            m.kind, m.unit = "percent", "pp"  # "the load factor was 79.4%, down 2.1 points": its percentage points
    for m in out:
        if m.kind == "count" and m.unit == "point" and s.text(m.end, min(s.n, m.end + 3)).lower().startswith(
                _POINTS_OF_SHARE):
            m.kind, m.unit = "percent", "pp"  # "lost 0.9 points of share", "gained 2 points of market share"
    prev: Mention | None = None
    for i, m in enumerate(out):
        before, prev = prev, m
        if m.kind == "count" and m.unit == "point" and (
                _after_index_cue(s, m) or _restated_in_percent(s, m, out, i) or _gauge_before(s, m)
                or (_move_before(s, before, m) and before is not None and before.kind == "number")):
            m.kind = "number"  # "the Varga index fell 148.85 points to 35378.44": an index's points count nothing
            continue
        if (m.kind == "number" and not m.unit or m.kind == "count" and m.unit == "point" and "elliptic" in m.notes) \
                and i >= 2 and out[i - 2].unit == "point" and out[i - 1].kind == "percent" \
                and _restated_in_percent(s, out[i - 2], out, i - 2) and s.t[m.start - 1].lower_ in ("to", "at") \
                and m.start - out[i - 1].end <= 3:
            m.kind, m.unit = "number", "point"  # "fell 48.6 points, or 0.9%, to 5,352.1": the level the move left
            continue
        if m.kind != "number" or m.unit or m.scale or "." not in t[m.num_start].text:
            continue
        if _move_before(s, before, m):
            m.unit = "point"  # "index 3406.31, off 19.29": the move of the level just given
            continue
        if _after_index_cue(s, m):
            m.unit = "point"


def exchange_quotes(s: DocState, out: list[Mention]) -> None:
    """'The yen weakened to 158.42 per dollar', 'the rupee ended at 85.62 to the dollar': a bare number quoted per
    a currency, after a currency its sentence names before it, is money in that currency, per the other one;
    'The dollar rose 0.4% to 158.42 yen' is yen per dollar."""
    t, names = s.t, s.tables.currency_suffix
    for m in out:
        if m.kind == "number" and not m.unit:
            per = _quoted_per(s, m.end)
            if per is None:
                continue
            quoted = _currency_before(s, m.start, exclude=names.get(per))
            if quoted is not None:
                m.kind, m.unit, m.unit_text, m.per = "money", names[quoted], quoted, per
        elif m.kind == "money" and m.per is None and m.has_suffix and m.start > 0 \
                and t[m.start - 1].lower_ in ("to", "at"):
            base = _currency_before(s, m.start, exclude=m.unit)
            if base is not None and names.get(base) != m.unit:
                m.per = base


def _quoted_per(s: DocState, k: int) -> str | None:
    """The currency a quote is per, written right after it: 'per dollar', 'to the dollar', 'against the euro'."""
    t, names = s.t, s.tables.currency_suffix
    if k < s.n and t[k].lower_ == "per":
        k += 1
    elif k + 1 < s.n and t[k].lower_ in ("to", "against") and t[k + 1].lower_ == "the":
        k += 2
    else:
        return None
    if k + 1 < s.n and t[k].text in ("U.S.", "US"):
        k += 1
    word = t[k].lower_ if k < s.n else ""
    return word if names.get(word) else None


def _currency_before(s: DocState, start: int, exclude: str | None) -> str | None:
    """The currency the clause before position start is about: the nearest currency word after 'the' and before a
    verb within twelve tokens, in the same sentence ('The yen weakened to', 'The dollar rose 0.4% to')."""
    t, names = s.t, s.tables.currency_suffix
    for k in range(start - 1, max(0, start - 13), -1):
        if t[k].text in SENTENCE_STOPS:
            return None
        word = t[k].lower_
        if names.get(word) and names[word] != exclude and t[k - 1].lower_ == "the" and k + 1 < s.n \
                and t[k + 1].lower_ in s.tables.quote_verbs:
            return word  # the currency as the clause's subject, a verb after it ('The yen weakened'; not 'The dollar
            # value of Japan's exports')
    return None


def rate_bases(s: DocState, out: list[Mention]) -> None:
    """'142 cases per 100,000 people', '41 per 100,000': the number after 'per' right after a figure is the base
    the figure is a rate of, no figure of its own; it becomes the figure's `per` ('100,000 people')."""
    t = s.t
    drop = set()
    for prev, m in zip(out, out[1:], strict=False):
        k = m.start - 1
        if k < 1 or t[k].lower_ != "per" or prev.end != k or prev.per is not None or m.comparator or m.change \
                or m.kind not in ("count", "number") or m.low is None or m.low < 10:
            continue
        prev.per = s.text(m.start, m.end).lower()
        drop.add(id(m))
    if drop:
        out[:] = [m for m in out if id(m) not in drop]


def points_beside_rates(s: DocState, out: list[Mention]) -> None:
    """Points left counting nothing after index_points, stating a difference (vocab points_of_a_rate) in a
    sentence that gives a percentage level, are that rate's percentage points: 'The reservoir is 82% full, about
    8 points below last year's level', 'Labour polled 41%, with a margin of error of 3 points', '0.85 points
    below the base rate of 3.75%'. (A percentage that is a move, 'fell 5 points to 95, a 5% decline', makes no
    rate.)"""
    t, tables = s.t, s.tables
    for m in out:
        if m.kind != "count" or m.unit != "point" or not (
                any(t[k].lower_ in tables.rate_points_before for k in range(max(0, m.start - 3), m.start))
                or m.end < s.n and t[m.end].lower_ in tables.rate_points_after):
            continue  # 'averaged 7.3 points ... shooting 47.6%': a game's points, no difference of a rate
        game = None
        for x in out:
            if x.kind != "percent" or x.unit != "%" or x.change is not None:
                continue
            if x.end > m.start:  # a rate after its points ('leads by 6 points, 44% to 38%'), not in a game's or a
                # score's sentence ('led by 12 points at halftime, with James making 60% of his shots')
                game = _game_words(s, m) if game is None else game
                if game:
                    continue
            a, b = (x.end, m.start) if x.end <= m.start else (m.end, x.start)
            if not any(t[k].text in SENTENCE_STOPS for k in range(a, b)):
                m.kind, m.unit, m.unit_text = "percent", "pp", None
                break


def _game_words(s: DocState, m: Mention) -> bool:
    """Whether the sentence around m speaks of a game or a score (vocab game_words; not 'leads', 'won': a poll
    has those too)."""
    t, words = s.t, s.tables.game_words
    k = m.start
    while k > 0 and t[k - 1].text not in SENTENCE_STOPS:
        k -= 1
    while k < s.n and t[k].text not in SENTENCE_STOPS:
        if t[k].lower_ in words:
            return True
        k += 1
    return False


def bracketed_point_moves(s: DocState, out: list[Mention]) -> None:
    """A signed number in brackets right after a percentage is its move in percentage points, as poll tables
    write it ('Quorvane 34% (-2), Telbridge 29% (+3)'): a fall or rise of that many points."""
    for prev, m in zip(out, out[1:], strict=False):
        if m.kind != "number" or m.unit or prev.kind != "percent" or prev.unit != "%" or m.low is None \
                or m.high is None or not signed_in_brackets(s, m.num_start, prev.end):
            continue
        sign = s.t[m.num_start].text[0]
        m.kind, m.unit, m.unit_text = "percent", "pp", None
        m.change, m.change_text = ("up", "+") if sign == "+" else ("down", sign)
        m.low, m.high = abs(m.low), abs(m.high)


def signed_in_brackets(s: DocState, k: int, after: int) -> bool:
    """Token k is a signed number ('+3', '-2') that opens brackets right after token position `after`."""
    t = s.t
    return k >= 1 and k - 1 == after and t[k - 1].text == "(" and t[k].text[:1] in ("+", "-", "−") \
        and k + 1 < s.n and t[k + 1].text == ")"


def share_quotes(s: DocState, out: list[Mention]) -> None:
    """A market report that quotes share prices in eighths ('Orrin eased 3/8 to 27 5/8') quotes whole moves
    in dollars too ('Harwick rose 3 to 20'), and a lone eighth after a verb of change ('The stock fell 7/8
    Thursday'), as does a sentence about shares or stock ('Orrin shares fell 1 1/4 yesterday'); not an
    index's points."""
    quoted = any("price_in_eighths" in m.notes for m in out)
    t, moves = s.t, s.tables.moves
    for m in out:
        if not plain(m):
            continue
        lone = m.start > 0 and t[m.start - 1].lower_ in moves and in_eighths(t, m)
        if not (lone or quoted and "move_level" in m.notes):
            continue
        first = _sentence_start(s, m.start)
        before = {s.t[k].lower_ for k in range(first, m.start)}
        if before & s.tables.quote_index_words or any(s.lower[k] in s.tables.index_cues for k in range(first, m.start)):
            continue  # 'The Calloway index fell 12 to 450': points, not dollars
        if quoted or before & s.tables.quote_stock_words:
            as_share_price(m)


def restated_on_a_basis(s: DocState, out: list[Mention]) -> None:
    """'fell 3% to GBP 612 million, or 1% at constant exchange rates', 'rose 5% in 2024, or 2.1% in real terms':
    a percentage after ', or' that a basis follows restates the move before it in its sentence, in its
    direction."""
    t = s.t
    for k, m in enumerate(out):
        if m.kind != "percent" or m.change is not None or m.start < 2 or t[m.start - 1].lower_ != "or" \
                or t[m.start - 2].text != ",":
            continue
        after = s.text(m.end, min(s.n, m.end + 7)).lower() if m.end < s.n else ""
        if not after.startswith(s.tables.restated_basis):
            continue
        first = _sentence_start(s, m.start)
        move = next((x for x in reversed(out[:k]) if x.start >= first and x.kind == "percent" and x.change), None)
        if move is not None:
            m.change, m.change_text = move.change, move.change_text


def _sentence_start(s: DocState, i: int) -> int:
    """The first token of the sentence token i stands in (after the last sentence stop before it)."""
    k = i - 1
    while k >= 0 and s.t[k].text not in SENTENCE_STOPS:
        k -= 1
    return k + 1


def _move_before(s: DocState, before: Mention | None, m: Mention) -> bool:
    """An index's figure in points a few words before, in the same sentence."""
    return before is not None and before.unit == "point" and m.start - before.end <= 3 \
        and not any(s.t[k].text in SENTENCE_STOPS for k in range(before.end, m.start))


def _gauge_before(s: DocState, m: Mention) -> bool:
    """A gauge a few words before a move in points, in its sentence ('PMI rose 1.3 points'; vocab
    index_point_nouns)."""
    t = s.t
    for k in range(m.start - 1, max(m.start - 8, -1), -1):
        if t[k].text in SENTENCE_STOPS:
            return False
        if t[k].lower_ in s.tables.index_point_nouns:
            return True
    return False


def _restated_in_percent(s: DocState, m: Mention, out: list[Mention], i: int) -> bool:
    """A move in points restated in percent right after it ('fell 48.6 points, or 0.9%,'): an index's points."""
    if i + 1 >= len(out) or out[i + 1].kind != "percent" or out[i + 1].unit != "%":
        return False
    return s.text(m.end, out[i + 1].start).strip().lower() in (", or", "or", "(", ", or a")


def _after_index_cue(s: DocState, m: Mention) -> bool:
    """An index's name or the word index a few words before the figure, in its sentence ("spot index 130.80")."""
    t, cues = s.t, s.tables.index_cues
    for k in range(m.start - 1, max(m.start - 20, -1), -1):
        if t[k].text in SENTENCE_STOPS:
            return False
        if s.lower[k] in cues or (k >= m.start - 2 and t[k].lower_ == "index"):
            return True
    return False


def _level_before_move(s: DocState, m: Mention, after: Mention) -> bool:
    """A bare decimal right before a move in points ("16369.03 up 58.06 points") is a level in points."""
    if m.kind != "number" or m.unit or m.scale or "." not in s.t[m.num_start].text:
        return False
    if after.unit != "point" or after.start - m.end > 2:
        return False
    gap = {s.t[k].lower_ for k in range(m.end, after.start)}
    tables = s.tables
    return gap <= tables.level_move_gap and (after.change is not None or bool(gap & tables.level_move_words))


def _amount_beside(m: Mention, out: list[Mention]) -> str | None:
    """The currency of the nearest amount in a currency of its own within a few words of cents ('closed at $11,
    down 25 cents': USD; 'rose to 420 cents ... 48 billion rand': ZAR) or fils, whatever the places the text
    names."""
    near = [o for o in out if o is not m and o.kind == "money" and o.unit and "cent" not in o.unit
            and "fils" not in o.unit and o.unit not in ("penny", "sen") and abs(o.start - m.start) <= 12]
    return min(near, key=lambda o: abs(o.start - m.start)).unit if near else None


def currency_by_place(s: DocState, out: list[Mention]) -> None:
    """A currency name several countries share ("francs", "pesos") is the currency of the place the text names
    most: French francs in a story about Paris. The Report's warnings say so. A code ('MXN') or a name with its
    country ('Mexican pesos') is left alone."""
    # '420 cents' in a story about Johannesburg: rand cents ('ZAR cent'); '20.1 fils' in a Kuwaiti one: 'KWD fils'
    subunits = {"cent": (s.tables.cents_by_place, "USD"), "fils": (s.tables.fils_by_place, "AED")}
    for unit, places in [*s.tables.currency_by_place.items(), *((k, p) for k, (p, _) in subunits.items())]:
        found = [m for m in out if m.kind == "money" and m.unit == unit and not m.has_prefix_currency
                 and m.unit_text and len(m.unit_text.split()) == 1
                 and (m.unit_text.lower() != unit.lower() or unit in subunits)]
        if unit in subunits:
            beside = {id(m): _amount_beside(m, out) for m in found}
            for m in found:  # 'closed at $11, down 25 cents': the cents of the amount beside them
                if beside[id(m)] is not None and f"{beside[id(m)]} {unit}" in s.tables.subunit_currency:
                    m.unit = f"{beside[id(m)]} {unit}"
            found = [m for m in found if beside[id(m)] is None]
        if not found:
            continue
        words = {w: c for c, ws in places.items() for w in ws}
        counts: dict[str, int] = {}
        for tok in s.doc:
            c = words.get(tok.lower_)
            if c:
                counts[c] = counts.get(c, 0) + 1
        own = subunits[unit][1] if unit in subunits else unit
        best = max(counts, key=lambda c: counts[c], default=own)
        if best == own or counts.get(own, 0) >= counts[best]:
            continue
        for m in found:
            m.unit = f"{best} {unit}" if unit in subunits else best
        s.doc.user_data.setdefault(WARNINGS_KEY, []).append(
            f"'{(found[0].unit_text or '').lower()}' read as {best} ({len(found)} figure(s)): "
            "the places the text names most")
