"""The quantities component: pattern matches -> resolved, qualified quantity mentions on the Doc.

Flow inside one call (Duckling-style: rules find partial values, a resolve step finishes them):
  1. the Matcher, loaded from patterns/*.jsonl, proposes candidate spans, each with its rule id;
  2. overlapping candidates are reduced to the best non-overlapping set;
  3. each candidate is resolved: its number read exactly, scale, currency or unit attached;
  4. neighbours are merged into ranges ("USD 12 – 13 billion", "between 5% and 6%");
  5. qualifiers are read from the context: comparators and hedges, rates ("daily"), changes ("rose");
  6. what is not a quantity is dropped: years, dates, times, ordinals, names with numbers, list markers.
Results are plain dicts on doc._.quantities (picklable and msgpack-safe for nlp.pipe with processes) and
spans in doc.spans["claimgraph_quantities"].
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from claimgraph.pipeline.matcher import build_matcher
from claimgraph.resolve import physical
from claimgraph.resolve.numbers import digit_value, fraction_decimal, looks_plural, parse_number, singular, word_value
from claimgraph.resources.rules import PatternRule, vocab_lists
from claimgraph.resources.vocab import phrase_tables, vocab

SPAN_KEY = "claimgraph_quantities"

# When two candidates overlap, the longer wins; on equal length the more specific kind wins.
PRIORITY = {"MONEY": 0, "PERCENT": 1, "MULTIPLE": 2, "FRACTION": 3, "RANK": 4, "DURATION": 5, "PHYSICAL": 6,
            "COUNT": 7, "NUMBER": 8}
# A count's noun is context, not a unit: it must not make a count beat a typed figure on the same number.
LENGTH_DISCOUNT = {"COUNT": 1}
SENTENCE_ENDS = {".", "!", "?", ";"}


class _Tokens:
    """doc[i] with each Token object built once, and only for the positions the resolver looks at:
    doc[i] makes a new Python object on every access, and most tokens are never looked at."""

    __slots__ = ("doc", "cache")

    def __init__(self, doc: Doc):
        self.doc = doc
        self.cache: list[Token | None] = [None] * len(doc)

    def __getitem__(self, i: int) -> Token:
        t = self.cache[i]
        if t is None:
            t = self.cache[i] = self.doc[i]
        return t


@dataclass
class Mention:
    start: int  # token span of the whole mention
    end: int
    kind: str
    rule: str
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None
    unit_text: str | None = None
    comparator: str | None = None
    hedge: str | None = None
    per: str | None = None
    change: str | None = None
    change_text: str | None = None  # the word that says so: "rose", "drop", "-"
    num_start: int = 0  # token span of the number core
    num_end: int = 0
    scale: Decimal | None = None
    has_prefix_currency: bool = False
    has_suffix: bool = False  # a unit, currency or % written after the number
    notes: set[str] = field(default_factory=set)


class QuantityFinder:
    def __init__(self, vocab_: Vocab, rules: Iterable[PatternRule]):  # noqa: F821
        rules = list(rules)
        self.matcher = build_matcher(vocab_, rules)
        self.labels: dict[str, str] = {rule.id: rule.label for rule in rules}
        v = vocab()
        self.v = v
        self.tables = phrase_tables()
        # the same tables keyed by the hashes of their lowercased words, which doc.to_array(LOWER) gives
        # for a whole doc at once: looking a phrase up then builds no Token objects
        strings = vocab_.strings
        self.htables = {name: {tuple(strings.add(w) for w in key): val for key, val in table.items()}
                        for name, table in self.tables.items()}
        self.scale_attached = set(v["scale_attached"])
        self.stop = set(vocab_lists()["count_stopwords"])  # the same list the patterns' NOT_IN uses
        self.months = set(v["month_names"])
        self.time_suffixes = set(v["time_suffixes"])
        self.allowed_before_number = set(v["name_number_allowed_before"])
        self.change_up = set(v["change_up"])
        self.change_down = set(v["change_down"])
        self.change_glue = set(v["change_glue"])
        self.change_blockers = set(v["change_blockers"])
        self.duration_units = v["duration_units"]
        self.per_before = v["per_before"]
        self.ordinal_suffixes = set(v["ordinal_suffixes"])
        self.range_seps = set(v["range_separators"])
        self.max_noun = int(v["count_noun_max_tokens"])
        self.up_by = set(v["change_up_transitive"]) | self.change_up
        self.down_by = set(v["change_down_transitive"]) | self.change_down
        self.noun_up = set(v["change_nouns_up"])
        self.noun_down = set(v["change_nouns_down"])
        self.ellipsis_cues = set(v["ellipsis_cues"])
        self.up_not_change = set(v["not_a_change_before_up"])

    # ------------------------------------------------------------------ entry point
    def __call__(self, doc: Doc) -> list[Mention]:
        self._t = _Tokens(doc)
        self._lower = doc.to_array(LOWER).tolist()
        mentions = self._merge_ranges(doc, self._candidates(doc))
        out: list[Mention] = []
        for m in mentions:
            self._qualify(doc, m)
            if self._keep(doc, m) and not (out and m.start < out[-1].end):
                if out:
                    self._inherit(doc, out[-1], m)
                    self._elliptic_unit(out, m)
                out.append(m)
        return out

    def _resolve_all(self, doc: Doc, start: int, end: int, rule: str, label: str) -> list[Mention]:
        # two numerals side by side ("Stoxx 50 -1.3%") are two figures: split before the second
        for k in range(start + 1, end):
            if self._t[k - 1].like_num and digit_value(self._t[k].text) is not None:
                first = self._resolve(doc, start, k, "number.bare", "NUMBER")
                return ([first] if first else []) + self._resolve_all(doc, k, end, rule, label)
        m = self._resolve(doc, start, end, rule, label)
        return [m] if m else []

    @staticmethod
    def _inherit(doc: Doc, before: Mention, m: Mention) -> None:
        """A figure restated in brackets takes the qualifiers of the one it restates: "under 296 hp (224 kW)"."""
        gap = doc[before.end:m.start].text.strip()
        if gap in (", or", ",or") and before.change and m.kind == "percent" and before.kind != "percent":
            if m.change is None:  # "up 0.25 points, or 0.01%": the same move in percent
                m.change, m.change_text = before.change, before.change_text
            return
        # "(" opens a restatement; "/" or "or" continues one ("(224 kW / 300 PS)")
        if gap in ("(", "(or") or (gap in ("/", "or") and "restated" in before.notes):
            m.comparator = m.comparator or before.comparator
            if m.change is None:
                m.change, m.change_text = before.change, before.change_text
            m.notes.add("restated")

    def _elliptic_unit(self, out: list[Mention], m: Mention) -> None:
        """A bare number in a parallel slot takes the unit of the figure it pairs with:
        "3.9 million headsets, up from 2.4 million", "rose 64.06 points to 4,577.10", "84.75 cents ... the lowest is 74.07".
        """
        if m.kind != "number" or m.unit or m.comparator or m.start == 0:
            return
        if self._t[m.start - 1].lower_ not in self.ellipsis_cues:
            return
        for prev in reversed(out):
            if any(self._t[k].text in SENTENCE_ENDS for k in range(prev.end, m.start)):
                return
            if "restated" in prev.notes:
                continue  # "2,435,000 YEN ($22,480) ... and 2,380,000": pairs with the figure, not its conversion
            if prev.kind in ("money", "count", "physical") and prev.unit:
                m.kind, m.unit, m.unit_text = prev.kind, prev.unit, prev.unit_text
                m.notes.add("elliptic")
                return

    # ------------------------------------------------------------------ 1-2: candidates
    def _candidates(self, doc: Doc) -> list[Mention]:
        found = []
        for match_id, start, end in self.matcher(doc):
            rule = doc.vocab.strings[match_id]
            label = self.labels[rule]
            found.append((start, end, rule, label))
        found.sort(key=lambda c: (-(c[1] - c[0] - LENGTH_DISCOUNT.get(c[3], 0)), PRIORITY[c[3]], c[0]))
        taken = bytearray(len(doc))
        chosen: list[Mention] = []
        for start, end, rule, label in found:
            if any(taken[start:end]):
                continue
            # tokens are only taken by a candidate that resolves, so a failed reading frees them
            resolved = [m for m in self._resolve_all(doc, start, end, rule, label) if not any(taken[m.start:m.end])]
            if not resolved:
                continue
            for m in resolved:
                taken[m.start:m.end] = b"\x01" * (m.end - m.start)
            chosen.extend(resolved)
        chosen.sort(key=lambda m: m.start)
        return chosen

    # ------------------------------------------------------------------ 3: resolve
    def _number_core(self, doc: Doc, i: int, end: int) -> tuple[Decimal, int] | None:
        """Parse the number starting at token i (may run past `end` to absorb "and twenty")."""
        toks = [t.text for t in doc[i:end]]
        parsed = parse_number(toks)
        if parsed is None:
            return None
        value, used = parsed
        j = i + used
        # "one hundred and twenty": the Matcher stops at "and"; absorb it here.
        if j + 1 < len(doc) and self._t[j].lower_ == "and" and self._t[j - 1].lower_ in ("hundred", "thousand"):
            nxt = word_value(self._t[j + 1].text)
            if nxt is not None and nxt < 100:
                return value + nxt, j + 2 - i
        return value, used

    def _resolve(self, doc: Doc, start: int, end: int, rule: str, label: str) -> Mention | None:
        v = self.v
        if label == "FRACTION":
            return self._resolve_fraction(doc, start, end, rule)
        if label == "MULTIPLE" and rule in ("multiple.word", "multiple.fold"):
            word = self._t[start].lower_
            if end < len(doc) and self._t[end].text == "-" and self._t[start].whitespace_ == "":
                return None  # "double-digit" is an adjective, not a multiple
            table = v["multiples"] if rule == "multiple.word" else v["fold_single"]
            val = fraction_decimal(table[word])
            return Mention(start, end, "multiple", rule, val, val, num_start=start, num_end=end)
        if label == "RANK" and rule in ("rank.ordinal", "rank.ordinal_number"):
            # "finished third", "ranked 5th": the rank is the ordinal, the verb only tells us it is one
            tok = self._t[start + 1]
            val = Decimal(v["ordinal_values"][tok.lower_]) if tok.lower_ in v["ordinal_values"] else digit_value(tok.text)
            if val is None:
                return None
            return Mention(start + 1, end, "rank", rule, val, val, num_start=start + 1, num_end=start + 2)
        if label == "COUNT" and rule == "count.vague":
            return self._resolve_vague(doc, start, end, rule)

        i = start
        prefix_ccy = None
        if label == "MONEY" and self._t[i].lower_ in v["currency_prefix"] and digit_value(self._t[i].text) is None:
            prefix_ccy = v["currency_prefix"][self._t[i].lower_]
            # "HK $3.7 billion", "S $1mil": a country mark written apart from the dollar sign
            if self._t[i].text == "$" and start > 0 and (self._t[start - 1].text + "$").lower() in v["currency_prefix"] \
                    and self._t[start - 1].text.isupper():
                prefix_ccy = v["currency_prefix"][(self._t[start - 1].text + "$").lower()]
                start -= 1
            i += 1
        elif label == "RANK":
            i += 1
            if i < end and self._t[i].text in (".", "-"):
                i += 1
        elif label == "COUNT" and rule == "count.one_of":
            return self._resolve_one_of(doc, start, end, rule)
        core = self._number_core(doc, i, end)
        if core is None:
            return None
        value, used = core
        num_end = i + used
        m = Mention(start, num_end, label.lower(), rule, num_start=i, num_end=num_end)
        last_word = self._t[num_end - 1].lower_
        if used > 1 and last_word in v["number_multipliers"] and last_word != "hundred":
            m.scale = Decimal(v["number_multipliers"][last_word])  # "13 billion": shared in "12 to 13 billion"
        m.has_prefix_currency = prefix_ccy is not None
        j = num_end
        # scale abbreviation: "1.2bn", "$450m"; a bare "m" after a spaced number is a metre, not a million
        if j < len(doc) and self._t[j].lower_ in self.scale_attached:
            glued = self._t[j - 1].whitespace_ == ""
            if glued or prefix_ccy or self._t[j].lower_ not in ("m", "b", "k"):
                if not (label == "PHYSICAL" and not glued):
                    scale = Decimal(v["scale"][self._t[j].lower_])
                    value *= scale
                    m.scale = scale
                    j += 1
        m.low = m.high = value
        m.end = j

        if label == "MONEY":
            if prefix_ccy:
                m.unit = prefix_ccy
                # "US$ 5 million US dollars" is rare; a trailing currency word only refines the unit
                ccy, k = self._currency_after(doc, j)
                if ccy:
                    m.end = k
            else:
                ccy, k = self._currency_after(doc, j)
                if ccy is None:
                    sub = v["currency_subunit"].get(self._t[j].lower_) if j < len(doc) else None
                    if sub is None or (self._t[j].lower_ == "p" and self._t[j - 1].whitespace_):
                        return self._as_number(m)
                    m.unit, m.unit_text, m.end = sub, self._t[j].text, j + 1
                    m.has_suffix = True
                    return m
                if ccy == "GBP" and k < len(doc) and self._t[k].lower_ == "of" and self._t[j].lower_.startswith("pound"):
                    return self._physical(doc, m, j, j + 1)  # "2 pounds of chocolate": weight
                m.unit, m.end, m.has_suffix = ccy, k, True
                m.unit_text = doc[j:k].text
            return m
        if label == "PERCENT":
            return self._resolve_percent(doc, m, j)
        if label == "RANK":
            m.kind = "rank"
            if self._t[start].lower_ == "top":
                m.comparator, m.hedge = "le", "top"
            return m
        if label == "MULTIPLE":
            if j < len(doc) and self._t[j].text == "-":
                j += 1
            if j >= len(doc) or self._t[j].lower_ not in ("fold", "x", "times"):
                return self._as_number(m)
            m.end = j + 1
            return m
        if label == "DURATION":
            return self._resolve_duration(doc, m, j)
        if label == "PHYSICAL":
            if m.scale is not None and j > num_end:
                if j < len(doc) and physical.is_unit(self._t[j].text):
                    return self._physical(doc, m, j, j + 1)  # "1.2m tonnes"
                return self._resolve_count(doc, m, j)  # "170m users": the m was a scale
            if j < len(doc) and self._t[j].text == "-":
                j += 1
            return self._physical(doc, m, j, j + 1)
        return self._resolve_count(doc, m, j)

    def _as_number(self, m: Mention) -> Mention:
        m.kind, m.rule = "number", "number.bare"
        m.end = max(m.num_end, m.end if m.scale is not None else m.num_end)
        return m

    def _currency_after(self, doc: Doc, j: int) -> tuple[str | None, int]:
        """Longest currency phrase starting at token j: 'dollars', 'Australian dollars', 'yuan'."""
        table = self.htables["currency_suffix"]
        for n in (3, 2, 1):
            if j + n <= len(doc):
                key = self._key(j, j + n)
                if key in table:
                    return table[key], j + n
        return None, j

    def _resolve_percent(self, doc: Doc, m: Mention, j: int) -> Mention | None:
        table = self.htables["percent"]
        for n in (2, 1):
            if j + n <= len(doc):
                key = self._key(j, j + n)
                if key in table:
                    unit = table[key]
                    m.end, m.has_suffix, m.unit_text = j + n, True, doc[j:j + n].text
                    if unit == "bp":  # basis points are hundredths of a percentage point
                        m.low = m.low / 100 if m.low is not None else None
                        m.high = m.low
                        unit = "pp"
                    m.unit = unit
                    return m
        return self._as_number(m)

    def _resolve_fraction(self, doc: Doc, start: int, end: int, rule: str) -> Mention | None:
        v = self.v
        if rule == "fraction.half":
            if end < len(doc) and self._t[end].text == "-" and self._t[start].whitespace_ == "":
                return None  # "half-time", "half-year"
            prev = self._t[start - 1].lower_ if start > 0 else ""
            if prev in ("first", "second", "1st", "2nd", "latter", "back", "front", "-"):
                return None  # "the second half" is a period, not a fraction
            val = Decimal("0.5")
        elif rule == "fraction.one_in":
            a = parse_number([self._t[start].text])
            b = parse_number([self._t[end - 1].text])
            if not a or not b or b[0] == 0 or a[0] >= b[0]:
                return None
            val = a[0] / b[0]
        else:
            num = v["fraction_numerators"][self._t[start].lower_]
            den = v["fraction_denominators"][self._t[end - 1].lower_]
            plural = self._t[end - 1].lower_.endswith("s")
            if (num == 1) == plural and not (num == 1 and self._t[end - 1].lower_ in ("half",)):
                return None  # "one thirds" / "two third" are not fractions
            if den in (2, 4) and num <= 2 and end - start == 2 and self._t[start].whitespace_:
                # "a quarter", "two quarters" are periods unless "of" follows or a hedge precedes
                hedged = self._phrase_before(doc, start, self.htables["comparators"]) is not None
                if (end >= len(doc) or self._t[end].lower_ != "of") and not hedged:
                    return None
            val = fraction_decimal(f"{num}/{den}")
        return Mention(start, end, "fraction", rule, val, val, num_start=start, num_end=end)

    def _resolve_vague(self, doc: Doc, start: int, end: int, rule: str) -> Mention | None:
        lo, hi = (Decimal(x) for x in self.v["vague_plurals"][self._t[start].lower_])
        j = end
        if end - start == 4:  # "tens of thousands of"
            mult = Decimal(self.v["vague_plurals"][self._t[start + 2].lower_][0])
            lo, hi = lo * mult, hi * mult
        # "tens of thousands of": the second plural multiplies
        if j + 1 < len(doc) and self._t[j].lower_ in self.v["vague_plurals"] and self._t[j + 1].lower_ == "of":
            mult = Decimal(self.v["vague_plurals"][self._t[j].lower_][0])
            lo, hi = lo * mult, hi * mult
            j += 2
        m = Mention(start, j, "count", rule, lo, hi, num_start=start, num_end=j)
        noun = self._noun_after(doc, j, plural_needed=True)
        if noun is None:
            return None
        a, b = noun
        m.end = b
        m.unit_text = doc[a:b].text
        m.unit = self._counted_unit(self._t[b - 1].text)
        if m.unit in self.v["currency_suffix"] or self._t[b - 1].lower_ in self.v["currency_suffix"]:
            m.kind, m.unit = "money", self.v["currency_suffix"][self._t[b - 1].lower_]
        return m

    def _resolve_one_of(self, doc: Doc, start: int, end: int, rule: str) -> Mention | None:
        """'one of the students' counts one student."""
        parsed = parse_number([self._t[start].text])
        if parsed is None:
            return None
        value = parsed[0]
        m = Mention(start, start + 1, "number", rule, value, value, num_start=start, num_end=start + 1)
        noun = self._noun_after(doc, start + 3, plural_needed=True)
        if noun is None and end - start == 5:
            noun = self._noun_after(doc, start + 4, plural_needed=True)
            if noun is not None:
                noun = (start + 3, noun[1])
        if noun is None:
            return None
        m.kind, m.end, m.unit_text, m.has_suffix = "count", noun[1], doc[noun[0]:noun[1]].text, True
        m.unit = self._counted_unit(doc[noun[1] - 1].text)
        return m

    def _is_acronym(self, tok: Token) -> bool:
        core = tok.text[:-1] if tok.text.endswith("s") else tok.text
        return 2 <= len(core) <= 4 and core.isalpha() and core.isupper() and tok.lower_ not in self.v["currency_prefix"] \
            and tok.lower_ not in self.months

    def _counted_unit(self, word: str) -> str:
        return singular(word)

    def _resolve_duration(self, doc: Doc, m: Mention, j: int) -> Mention | None:
        if j < len(doc) and self._t[j].text == "-":
            j += 1
        if j >= len(doc) or self._t[j].lower_ not in self.duration_units:
            return self._as_number(m)
        m.kind, m.unit = "duration", self.duration_units[self._t[j].lower_]
        m.end, m.has_suffix = j + 1, True
        # ages: "65-year-old", "30 years old"
        k = j + 1
        if k < len(doc) and self._t[k].text == "-":
            k += 1
        if k < len(doc) and self._t[k].lower_ in ("old", "olds"):
            m.end = k + 1
            m.notes.add("age")
        m.unit_text = doc[j:m.end].text
        return m

    def _physical(self, doc: Doc, m: Mention, a: int, b: int) -> Mention | None:
        if a >= len(doc):
            return self._as_number(m)
        units = physical.unit_vocab()
        tok = self._t[a]
        word = tok.lower_
        if not physical.is_unit(tok.text):
            return self._as_number(m)
        glued = self._t[a - 1].whitespace_ == ""
        if tok.text in units["symbols"] and len(tok.text) == 1 and not glued and tok.text not in ("W", "V", "°"):
            return self._as_number(m)  # "grade 5 A": a lone letter is a unit only when glued ("45g")
        if word == "m" and b < len(doc) and self._t[b].is_lower and self._t[b].is_alpha and self._t[b].lower_ != "per":
            # "12.3m tonnes": the m is a scale
            m.low = m.high = (m.low or Decimal(0)) * 1000000
            m.scale = Decimal(1000000)
            m.end = b
            return self._resolve_count(doc, m, b)
        if word in units["words_need_unit"]:
            if b < len(doc) and physical.is_unit(self._t[b].text):
                b += 1
            else:
                return self._as_number(m)
        # compound units: "lb-ft", "km / h", "miles per hour", "degrees Celsius"
        if b + 1 < len(doc) and self._t[b].text == "-" and self._t[b - 1].whitespace_ == "" and self._t[b].whitespace_ == "" \
                and physical.is_unit(self._t[b + 1].text):
            b += 2
        if b + 1 < len(doc) and self._t[b].text == "/" and self._t[b + 1].is_alpha and self._t[b].whitespace_ == "":
            b += 2
        elif b + 1 < len(doc) and self._t[b].lower_ in ("per", "an", "a") and self._t[b + 1].lower_ in ("hour", "minute", "second", "hr", "h", "min", "sec", "s"):
            b += 2  # speeds and rates of flow are units ("miles per hour"); "per day" stays a rate
        elif b < len(doc) and (word.startswith("deg") or word == "°") and self._t[b].lower_ in units["after_degree"]:
            b += 1
        m.kind = "physical"
        m.end, m.has_suffix = b, True
        m.unit_text = doc[a:b].text
        m.unit = physical.unit_name(m.unit_text)
        return m

    def _noun_after(self, doc: Doc, j: int, plural_needed: bool = False) -> tuple[int, int] | None:
        """Token range of the counted noun phrase after a number: '170 million [monthly active users]'."""
        toks: list[int] = []
        k = j
        while k < len(doc) and len(toks) < self.max_noun:
            t = self._t[k]
            if t.text == "-" and toks and k + 1 < len(doc) and self._t[k + 1].is_alpha and t.whitespace_ == "":
                k += 1  # "first-team players"
                continue
            if not toks and t.is_alpha and not t.is_lower and self._t[k - 1].whitespace_ and k + 1 < len(doc) \
                    and self._t[k + 1].is_lower and self._t[k + 1].is_alpha and self._t[k + 1].lower_ not in self.stop:
                toks.append(k)  # "170 million US users", "seven European countries": a proper modifier
                k += 1
                continue
            if toks and t.is_alpha and t.is_title and k + 1 < len(doc) and self._t[k + 1].is_alpha:
                toks.append(k)  # "eight straight World Cups": kept only if a plural head follows
                if looks_plural(t.text):
                    return toks[0], k + 1
                k += 1
                continue
            if not (t.is_alpha and (t.is_lower or (plural_needed and t.is_title))) or t.lower_ in self.stop:
                break
            toks.append(k)
            if looks_plural(t.text):
                return toks[0], k + 1
            k += 1
        if not toks:
            return None
        if plural_needed:
            return None
        if not doc[toks[0]].is_lower:
            toks = toks[1:]
            if not toks:
                return None
        first = doc[toks[0]]
        if not first.is_lower:
            return None
        if len(first.text) > 4 and first.lower_.endswith(("ed", "ly")):
            return None  # "20 declined", "10 respectively"
        return toks[0], toks[0] + 1

    def _resolve_count(self, doc: Doc, m: Mention, j: int) -> Mention | None:
        noun = self._noun_after(doc, j)
        if noun is None and j < len(doc) and self._t[j - 1].whitespace_ and self._is_acronym(self._t[j]):
            noun = (j, j + 1)  # "0.5 WAR", "2 TDs": an abbreviated counted noun
        if noun is None:
            return self._as_number(m)
        a, b = noun
        m.kind = "count"
        m.end = b
        m.unit_text = doc[a:b].text
        m.unit = self._counted_unit(self._t[b - 1].text)
        m.has_suffix = True
        if self._t[b - 1].lower_ in self.duration_units and b - a > 1:
            m.kind, m.unit = "duration", self.duration_units[self._t[b - 1].lower_]  # "two consecutive quarters"
        return m

    # ------------------------------------------------------------------ 4: ranges
    def _merge_ranges(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        out: list[Mention] = []
        i = 0
        while i < len(mentions):
            m1 = mentions[i]
            if i + 1 < len(mentions):
                m2 = mentions[i + 1]
                merged = self._try_range(doc, m1, m2)
                if merged is not None:
                    out.append(merged)
                    i += 2
                    continue
            out.append(m1)
            i += 1
        return out

    def _try_range(self, doc: Doc, m1: Mention, m2: Mention) -> Mention | None:
        if m2.start - m1.end != 1 or m1.low is None or m2.low is None:
            return None
        sep = self._t[m1.end].lower_
        if sep not in self.range_seps:
            return None
        if m1.kind in ("fraction", "multiple", "rank") or m2.kind in ("fraction", "multiple", "rank"):
            return None
        if m2.comparator or m2.change:
            return None
        before = self._t[m1.start - 1].lower_ if m1.start > 0 else ""
        if sep == "and" and before != "between":
            return None
        if sep == "to" and (m1.has_suffix or m1.has_prefix_currency) \
                and (before == "by" or before in self.change_up or before in self.change_down):
            return None  # "increased by $43.6 billion to $419.2 billion": an amount, then a level
        m1_year, m2_year = self._is_year(self._t[m1.num_start]), self._is_year(self._t[m2.num_start])
        if m1.kind == "number" and m1.scale is None and m1_year and not m2_year and sep not in ("-", "–", "—", "/"):
            return None  # "in 2018 to 3.9 million headsets"
        if sep == "or" and not (m1.kind == "number" and m2.kind in ("count", "duration") and m1.low < m2.low):
            return None
        if sep in ("-", "–", "—", "~") and (self._t[m1.end - 1].whitespace_ or self._t[m1.end].whitespace_):
            if sep == "-":
                return None  # "5 - 3" with spaces is arithmetic or a score, not a range
        # compatible kinds: a bare number borrows the other's kind, unit and scale ("12–13 billion")
        if m1.kind == "number" and not m1.has_suffix:
            kind, unit, unit_text = m2.kind, m2.unit, m2.unit_text
            if m1.has_prefix_currency:
                return None
        elif m1.kind == m2.kind and (m1.unit == m2.unit or m2.unit is None) and m1.kind in ("money", "percent", "physical", "duration", "number"):
            kind, unit, unit_text = m1.kind, m1.unit, m1.unit_text
            if m1.has_suffix and m1.kind == "money" and not m2.has_suffix and not m2.has_prefix_currency:
                return None
        elif m1.kind == "money" and m1.has_prefix_currency and not m1.has_suffix and m2.kind in ("number", "money") and (m2.unit in (None, m1.unit)):
            kind, unit, unit_text = "money", m1.unit, m1.unit_text
        else:
            return None
        if m2.kind == "money" and m2.has_prefix_currency and m1.kind == "number":
            if sep == "or" and m1.scale is None:
                m1.kind, m1.unit = "money", m2.unit  # "8 or $9": both are dollars, still two figures
            return None
        low, _high = m1.low, m2.low
        if m1.scale is None and m2.scale is not None and m1.low * m2.scale <= m2.high:
            if m1.low < m2.low / m2.scale or m1.low <= m2.low / m2.scale:
                low = m1.low * m2.scale  # "12–13 billion", "$3-5bn": the scale is shared
        hi2 = m2.high if m2.high is not None else m2.low
        merged = Mention(m1.start, m2.end, kind, m1.rule if m1.kind != "number" else m2.rule, low, hi2)
        if before == "between":
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

    def _key(self, a: int, b: int) -> tuple[int, ...]:
        """Hashes of the lowercased words of tokens a..b: a key into self.htables."""
        return tuple(self._lower[max(a, 0):b])

    # ------------------------------------------------------------------ 5: qualifiers
    def _phrase_before(self, doc: Doc, start: int, table: dict) -> tuple[object, int] | None:
        for n in (4, 3, 2, 1):
            if start - n >= 0:
                key = self._key(start - n, start)
                if key in table:
                    return table[key], start - n
        return None

    def _qualify(self, doc: Doc, m: Mention) -> None:
        # comparators and hedges before the figure: "less than", "about", "at least"
        if m.comparator is None:
            hit = self._phrase_before(doc, m.start, self.htables["comparators"])
            if hit is not None:
                comp, s = hit
                # "more than" written as "over than" etc. all resolved by the table
                m.comparator, m.hedge = comp, doc[s:m.start].text.lower()
                m.start = s
        if m.comparator is None and m.end + 1 <= len(doc):
            for n in (2, 1):
                if m.end + n <= len(doc):
                    key = self._key(m.end, m.end + n)
                    if key in self.htables["comparators_after"]:
                        m.comparator = self.htables["comparators_after"][key]
                        m.hedge = doc[m.end:m.end + n].text.lower()
                        m.end += n
                        break
        # "minus 387", "minus-5 yards"
        k = m.num_start - 1
        if k >= 0 and self._t[k].text == "-" and self._t[k].whitespace_ == "" and k >= 1:
            k -= 1
        if k >= 0 and self._t[k].lower_ in self.v["negative_words"] and m.low is not None and m.low > 0:
            m.low = -m.low
            m.high = -m.high if m.high is not None else None
            m.start = min(m.start, k)
        # negative sign on a percentage: "CAC -1.7%" is a fall
        first = self._t[m.num_start] if m.num_start < len(doc) else None
        if first is not None and first.text.startswith("-") and m.kind == "percent":
            m.change, m.change_text = "down", "-"
        if m.change is None and m.kind in ("money", "percent", "number", "physical", "count"):
            by = m.start > 0 and self._t[m.start - 1].lower_ == "by"
            if m.kind != "count" or m.unit == "point" or by:
                cue = self._change_before(doc, m.start) or (self._change_by(doc, m.start) if by else None)
                if cue:
                    m.change, m.change_text = cue
            if m.change is None and m.kind in ("percent", "money") and m.end < len(doc):
                # "a 5% increase", "a $2.7bn drop"
                after = self._t[m.end].lower_
                m.change = "up" if after in self.noun_up else "down" if after in self.noun_down else None
                m.change_text = after if m.change else None
        if m.per is None and m.kind in ("money", "count", "number", "physical", "duration", "multiple", "percent"):
            m.per = self._per(doc, m, before=m.kind != "percent")

    def _change_before(self, doc: Doc, start: int) -> tuple[str, str] | None:
        k = start - 1
        steps = 0
        while k >= 0 and steps < 4:
            low = self._t[k].lower_
            if low in self.change_blockers or self._t[k].is_punct:
                return None
            if low in self.change_up:
                if low == "up" and k > 0 and self._t[k - 1].lower_ in self.up_not_change:
                    return None  # "made up about 68% of shipments"
                return "up", low
            if low in self.change_down:
                return "down", low
            if low not in self.change_glue:
                return None
            k -= 1
            steps += 1
        return None

    def _change_by(self, doc: Doc, start: int) -> tuple[str, str] | None:
        """'raised rates by 75 basis points', 'shrank by 500 employees': a change verb a few words before 'by'."""
        for k in range(start - 2, max(-1, start - 6), -1):
            t = self._t[k]
            if t.is_punct:
                return None
            if t.lower_ in self.up_by:
                return "up", t.lower_
            if t.lower_ in self.down_by:
                return "down", t.lower_
        return None

    def _per(self, doc: Doc, m: Mention, before: bool = True) -> str | None:
        table = self.htables["per"]
        for n in (3, 2, 1):
            if m.end + n <= len(doc):
                key = self._key(m.end, m.end + n)
                if key in table:
                    after = self._t[m.end + n].lower_ if m.end + n < len(doc) else ""
                    if after in self.v["per_blockers"]:
                        return None  # "a year earlier" dates the figure; it is not a rate
                    return table[key]
        if m.end + 1 < len(doc) and self._t[m.end].text == "/" and self._t[m.end + 1].lower_ in self.duration_units:
            return self.duration_units[self._t[m.end + 1].lower_]
        if not before:
            return None
        # "its daily GMV was USD 14 million", "annual sales of over USD 2 million"
        k = m.start - 1
        while k >= 0 and m.start - k <= 5:
            t = self._t[k]
            if t.is_punct or t.like_num or t.is_sent_start:
                if t.lower_ in self.per_before:
                    return self.per_before[t.lower_]
                break
            if t.lower_ in self.per_before:
                return self.per_before[t.lower_]
            k -= 1
        return None

    # ------------------------------------------------------------------ 6: what is not a quantity
    def _keep(self, doc: Doc, m: Mention) -> bool:
        if m.low is None:
            return False
        if m.kind == "multiple" and m.end < len(doc) and self._t[m.end - 1].lower_ == "x" and self._t[m.end].is_title:
            return False  # "10x Genomics" is a name
        ns, ne = m.num_start, m.num_end
        first = self._t[ns]
        last = self._t[ne - 1]
        nxt = self._t[ne] if ne < len(doc) else None
        prev = self._t[ns - 1] if ns > 0 else None
        plain = m.kind in ("number", "count") and m.scale is None and not m.has_prefix_currency
        # ordinals and decades glued to the number: "22nd", "the 1990s"
        if nxt is not None and last.whitespace_ == "" and nxt.lower_ in self.ordinal_suffixes | {"s", "'s"} \
                and m.kind != "rank":
            return False
        # times of day: "11 a.m.", "1.05am"
        if nxt is not None and nxt.lower_ in self.time_suffixes:
            return False
        if m.kind in ("number", "count", "duration", "rank"):
            # dates: "May 7", "7 May 2024", "Sept. 20-24"
            if prev is not None and prev.lower_ in self.months:
                return False
            if prev is not None and prev.text == "." and ns >= 2 and self._t[ns - 2].lower_ in self.months:
                return False
            if nxt is not None and nxt.lower_ in self.months and m.kind != "duration":
                return False
        if plain:
            if self._is_year(first) and (m.kind == "number" or not looks_plural(self._t[m.end - 1].text)
                                         or (ne < len(doc) and not self._t[ne].is_lower)):
                return False
            if "range" in m.notes and self._is_year(first):
                return False
            # a number glued to letters is a name or code: "5G", "36Kr", "A380"
            if nxt is not None and last.whitespace_ == "" and nxt.is_alpha and m.kind == "number":
                return False
            if prev is not None and first.text and prev.whitespace_ == "" and (prev.is_alpha or prev.text == "-") and ns >= 1:
                if prev.text != "-" or (ns >= 2 and self._t[ns - 2].is_alpha and self._t[ns - 2].whitespace_ == ""):
                    return False  # "COVID-19", "V-12", "TA-25"
            # a number glued by a hyphen to a word is a compound adjective: "six-speed", "three-bed"
            if nxt is not None and nxt.text == "-" and last.whitespace_ == "" and nxt.whitespace_ == "" \
                    and ne + 1 < len(doc) and self._t[ne + 1].is_alpha and m.kind == "number":
                return False
            # a number inside a name: "iPhone 11", "Windows 11", "Big 12", "S&P 500 index"
            if prev is not None and not prev.is_punct and any(c.isupper() for c in prev.text) \
                    and not any(c.isdigit() for c in prev.text):
                if prev.text not in self.allowed_before_number:
                    return False
            if prev is not None and prev.text in ("&",) :
                return False
            if m.kind == "number" and nxt is not None and nxt.is_title and nxt.is_alpha and not nxt.is_sent_start and nxt.text not in self.allowed_before_number:
                if not (nxt.lower_ in self.v["currency_suffix"] or nxt.text.upper() == nxt.text):
                    return False
            # codes, dates and phone numbers: "2024-05-07", "+65 6123 4567", "ZIP code 94105", "018989"
            if prev is not None and prev.text in ("-", "/") and prev.whitespace_ == "" and ns >= 2 and self._t[ns - 2].like_num:
                return False
            if (prev is not None and digit_value(prev.text) is not None and m.kind == "number") or \
                    (nxt is not None and digit_value(nxt.text) is not None and m.kind == "number"):
                return False
            if first.text.startswith(("0", "+")) and len(first.text) > 1 and first.text[1:2].isdigit() and "." not in first.text:
                return False
            if prev is not None and prev.lower_ in self.v["code_words"] and m.kind == "number":
                return False
            # list markers: "1." or "2)" at the start of a line
            if m.kind == "number" and nxt is not None and nxt.text in (".", ")") and (prev is None or "\n" in prev.text or prev.is_space):
                return False
            # scores: "won 2-1", "beat them 112-104"
            if "range" in m.notes and m.kind == "number" and m.low == int(m.low) and m.high is not None:
                sep = self._t[m.num_start + 1].text if m.num_start + 1 < len(doc) else ""
                window = {self._t[k].lower_ for k in range(max(0, m.start - 4), m.start)}
                if sep in ("-", "–") and ((m.high <= 20 and m.low <= 20) or window & set(self.v["score_words"])):
                    return False
            # "one" used as a pronoun: "the new one", "each one"
            if m.kind == "number" and first.lower_ == "one" and nxt is not None and nxt.lower_ in ("another", "other"):
                return False  # "one another"
            if m.kind == "number" and m.num_end - m.num_start == 1 and first.lower_ == "one":
                if prev is not None and prev.lower_ in ("the", "each", "this", "that", "which", "any", "no", "every", "same", "new", "another", "only"):
                    return False
        # year ranges are periods: "2012–13", "2023/24", "between 1600 and 1900"
        if "range" in m.notes and m.kind in ("number", "count") and m.scale is None and self._is_year(first):
            return False
        return True

    @staticmethod
    def _is_year(tok: Token) -> bool:
        t = tok.text
        if not (len(t) == 4 and t.isdigit()):
            return False
        year = int(t)
        if 1900 <= year <= 2100:
            return True
        # older years only where the words say so: "between 1600 and 1900", "since 1850"
        prev = tok.nbor(-1).lower_ if tok.i > 0 else ""
        return 1000 <= year < 1900 and prev in ("in", "since", "between", "from", "until", "till", "before", "after", "and", "of", "circa")


def mention_dict(doc: Doc, m: Mention) -> dict:
    span = doc[m.start:m.end]
    low = m.low
    high = m.high if m.high is not None else m.low
    if low is not None and high is not None and low > high:
        low, high = high, low
    return {
        "text": span.text,
        "start": span.start_char,
        "end": span.end_char,
        "kind": m.kind,
        "unit": m.unit,
        "unit_text": m.unit_text,
        "low": None if low is None else str(low),
        "high": None if high is None else str(high),
        "comparator": m.comparator,
        "hedge": m.hedge,
        "per": m.per,
        "change": m.change,
        "change_text": m.change_text,
        "rule": m.rule,
    }


def mention_span(doc: Doc, m: Mention) -> Span:
    return Span(doc, m.start, m.end, label=m.kind.upper(), span_id=m.rule)
