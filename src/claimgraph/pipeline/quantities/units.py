"""What follows a number: a currency, a counted noun, a duration or a physical unit."""

from __future__ import annotations

import re
from decimal import Decimal

from spacy.tokens import Token

from claimgraph.pipeline.quantities.mention import Mention, as_number
from claimgraph.pipeline.quantities.numbers import glued_hyphen, not_a_scale
from claimgraph.pipeline.quantities.state import DocState
from claimgraph.resolve import physical
from claimgraph.resolve.numbers import looks_plural, singular


def currency_after(s: DocState, j: int) -> tuple[str | None, int]:
    """Longest currency phrase starting at token j: 'dollars', 'Australian dollars', 'yuan'."""
    hit = s.phrase_after(j, s.tables.htables["currency_suffix"], (3, 2, 1))
    if hit is None:
        return None, j
    return hit[0], j + hit[1]


def is_acronym(s: DocState, tok: Token) -> bool:
    core = tok.text[:-1] if tok.text.endswith("s") else tok.text
    return 2 <= len(core) <= 4 and core.isalpha() and core.isupper() \
        and tok.lower_ not in s.tables.currency_prefix and tok.lower_ not in s.tables.months


_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")  # 'U.S.', 'U.K.': a proper modifier inside a counted noun phrase


def noun_after(s: DocState, j: int, plural_needed: bool = False, one: bool = False) -> tuple[int, int] | None:
    """Token range of the counted noun phrase after a number: '170 million [monthly active users]'. After one
    (`one`), a lowercase word ending in -s after a singular noun is its verb ('one analyst expects')."""
    t, stop = s.t, s.tables.stop
    toks: list[int] = []
    k = j
    proper = False  # the phrase opens with two capitalised words
    if j < s.n and _people(s, j):
        return j, j + 1  # "killed 14 Americans", "nine Sudanese were arrested"
    if j + 1 < s.n and t[j].lower_ == "fewer" and t[j + 1].lower_ == "than":
        return None  # '1,800 fewer than a year ago': a difference, no noun ('more' and 'less' are stop words)
    while k < s.n and len(toks) < s.tables.max_noun:
        tok = t[k]
        if tok.text == "-" and toks and k + 1 < s.n and t[k + 1].is_alpha and tok.whitespace_ == "":
            # "first-team players", "mail-in ballots", "ship-to-shore cranes", "pay-TV customers": the compound's
            # last word, stop word or capitalised or not, modifies the head after it
            last = k + 1
            while glued_hyphen(s, last + 1) and t[last + 2].is_alpha:
                last += 2
            if not looks_plural(t[last].text) and last + 1 < s.n and t[last + 1].is_alpha \
                    and t[last + 1].is_lower and t[last + 1].lower_ not in stop:
                toks.append(last)
                k = last + 1
            else:
                k += 1  # 'first-graders': the hyphen's second word is the head itself
            continue
        if not toks and (tok.is_alpha or _INITIALS.fullmatch(tok.text)) and not tok.is_lower \
                and t[k - 1].whitespace_ and k + 1 < s.n and t[k + 1].is_alpha \
                and ((t[k + 1].is_lower and t[k + 1].lower_ not in stop) or t[k + 1].is_title):
            # "170 million US users", "seven European countries", "504,200 Milton Roy shares": a proper
            # modifier (of more words, kept only if a lowercase plural head follows: "5 New York Times" is a name)
            proper = t[k + 1].is_title
            toks.append(k)
            k += 1
            continue
        if toks and (tok.is_alpha or _INITIALS.fullmatch(tok.text)) and tok.is_title and k + 1 < s.n \
                and t[k + 1].is_alpha:
            toks.append(k)  # "eight straight World Cups", "five other U.S. plants": kept only if a plural head follows
            nxt = t[k + 1]  # "two other senior Acme engineers": a name that ends in -s modifies a plural head after it
            if looks_plural(tok.text) and not proper \
                    and not (nxt.is_lower and nxt.lower_ not in stop and looks_plural(nxt.text)):
                return toks[0], k + 1
            k += 1
            continue
        if not (tok.is_alpha and (tok.is_lower or (plural_needed and tok.is_title))) or tok.lower_ in stop:
            break
        if one and toks and s.t[toks[-1]].is_lower and looks_plural(tok.text):
            break  # 'One analyst expects a loss': the singular noun is the counted one
        toks.append(k)
        if looks_plural(tok.text) and not _attributive(s, k):
            return toks[0], k + 1
        k += 1
    if not toks or plural_needed:
        return None
    return _singular_head(s, toks)


def _attributive(s: DocState, k: int) -> bool:
    """A plural-looking word that modifies the plural head after it ('40 news outlets', '412 measles cases', '60
    police officers', '12 staff members')."""
    low = s.t[k].lower_
    if (low not in s.tables.attributive_plurals and low not in s.tables.invariant_count_nouns) or k + 1 >= s.n:
        return False
    nxt = s.t[k + 1]
    return nxt.is_alpha and nxt.is_lower and looks_plural(nxt.text) and nxt.lower_ not in s.tables.stop \
        and nxt.lower_ not in s.tables.verb_forms


def _people(s: DocState, k: int) -> bool:
    """A capitalised noun for people that the number counts ('14 Americans'); an invariant one ('Chinese') only
    where no lowercase word goes on with the phrase ('12 Chinese companies')."""
    text, tables = s.t[k].text, s.tables
    if text in tables.people_plural:
        return True
    nxt = s.t[k + 1] if k + 1 < s.n else None
    return text in tables.people_invariant and (nxt is None or not nxt.is_alpha or not nxt.is_lower
                                                 or nxt.lower_ in tables.stop or nxt.lower_ in tables.verb_forms)


def _singular_head(s: DocState, toks: list[int]) -> tuple[int, int] | None:
    """No plural head was found: the counted noun is the first lowercase word ("1 user"), if it is a noun."""
    if not s.t[toks[0]].is_lower:
        toks = toks[1:]
        if not toks:
            return None
    first = s.t[toks[0]]
    if not first.is_lower:
        return None
    if looks_participle(s, first) or first.lower_ in s.tables.verb_forms:
        return None  # "20 declined", "10 respectively", "254,200 bought from Sept. 14"
    head, adjectives = 0, s.tables.singular_count_adjectives
    while head + 1 < len(toks) and (s.t[toks[head]].lower_ in adjectives or head > 0 and _modifier(s, toks[head])):
        head += 1  # "one new preferred share": the noun after the adjectives
    if head and not _noun(s, toks[head]):
        return toks[0], toks[0] + 1
    while head and head + 1 < len(toks) and _noun(s, toks[head + 1]):
        head += 1  # "one senior administration official": the compound's last noun
    return toks[0], toks[head] + 1


def looks_participle(s: DocState, tok: Token) -> bool:
    """A word of more than four letters with a participle's or adverb's ending ('declined', 'respectively'):
    no counted noun."""
    return len(tok.text) > 4 and tok.lower_.endswith(s.tables.not_noun_endings)


def _modifier(s: DocState, k: int) -> bool:
    """A participle before a noun: 'preferred', 'sticking' (point)."""
    tok = s.t[k]
    return looks_participle(s, tok) or (len(tok.text) > 4 and tok.lower_.endswith("ing"))


def _noun(s: DocState, k: int) -> bool:
    tok = s.t[k]
    return tok.is_lower and not _modifier(s, k) and tok.lower_ not in s.tables.verb_forms


def metres_after(s: DocState, j: int) -> bool:
    """A dimension ('tall', '-long') or a race ('final', 'hurdles'; vocab metres_after) after a glued 'm': metres,
    not millions ("1.8m tall", "an 800m-long bridge", "the 100m final")."""
    t, dims = s.t, s.tables.dimension_adjectives
    return t[j].lower_ in dims or t[j].lower_ in s.tables.v["metres_after"]["events"] \
        or (t[j].text == "-" and j + 1 < s.n and t[j + 1].lower_ in dims and not t[j - 1].whitespace_)


def resolve_count(s: DocState, m: Mention, j: int) -> Mention | None:
    t = s.t
    if m.scale == 1_000_000 and 1 < j < s.n and t[j - 1].text == "m" and not t[j - 2].whitespace_ \
            and metres_after(s, j):
        assert m.low is not None and m.high is not None
        m.kind, m.unit, m.unit_text, m.scale = "physical", "metre", t[j - 1].text, None
        m.low, m.high, m.has_suffix = m.low / 1_000_000, m.high / 1_000_000, True
        return m  # 'the 100m final': a count's rule met metres
    commodity = commodity_unit(s, j)
    if commodity is not None and m.low is not None and m.high is not None:
        (name, factor, per), end = commodity  # '2.2 mn bpd', '540 kb/d', '62 koz': a trade's unit, scaled
        m.kind, m.unit, m.unit_text, m.per, m.scale = "physical", name, s.text(j, end), per or m.per, None
        m.low, m.high, m.end, m.has_suffix = m.low * factor, m.high * factor, end, True
        return m
    if j + 1 < s.n and t[j].lower_ in s.tables.v["run_adjectives"] and t[j + 1].lower_ in s.tables.duration_units:
        m.kind, m.unit, m.unit_text = "duration", s.tables.duration_units[t[j + 1].lower_], s.text(j, j + 2)
        m.end, m.has_suffix = j + 2, True  # "three straight years": a run of years, not a count of 'straight'
        return m
    noun = noun_after(s, j, one=m.low == 1 and m.high == 1)
    if noun is None and j < s.n and t[j - 1].whitespace_ and is_acronym(s, t[j]):
        noun = (j, j + 1)  # "0.5 WAR", "2 TDs": an abbreviated counted noun
    if noun is None:
        counted = _counted_after_of(s, j)
        if counted is not None:  # "2.6 million of the new shares": the figure stays the number, it counts shares
            m.kind, m.unit_text, m.has_suffix = "count", s.text(*counted), True
            m.unit = singular(t[counted[1] - 1].text)
            return m
        return as_number(m)
    a, b = noun
    if b < s.n and t[b].lower_ == "ones":
        return as_number(m)  # 'add 300 new ones': the adjective of a noun left out, which it counts
    if m.scale is None and m.low is not None and m.low != m.low.to_integral_value() and b - a == 1 \
            and t[a].is_lower and t[a - 1].whitespace_ and not looks_plural(t[a].text) \
            and t[a].lower_ not in ("point", "percent", "share"):  # "0.82 share" of another stock
        return as_number(m)  # 'a magnitude 6.4 earthquake': no count has a fraction of one thing
    m.kind = "count"
    m.end = b
    m.unit_text = s.text(a, b)
    m.unit = singular(t[b - 1].text)
    m.has_suffix = True
    durations = s.tables.duration_units
    if t[b - 1].lower_ in durations and b - a > 1:
        m.kind, m.unit = "duration", durations[t[b - 1].lower_]  # "two consecutive quarters"
    return m


def commodity_unit(s: DocState, j: int) -> tuple[tuple[str, Decimal, str | None], int] | None:
    """The commodity unit written at token j (vocab.json commodity_units: 'bpd', 'kb/d', 'koz', 'bcf/d') and the
    token after it."""
    t, table = s.t, s.tables.commodity_units
    if j >= s.n or t[j - 1].text == "/":
        return None
    if j + 2 < s.n and t[j + 1].text == "/" and not t[j].whitespace_ and not t[j + 1].whitespace_:
        key = f"{t[j].lower_}/{t[j + 2].lower_}"
        if key in table:
            return table[key], j + 3
    return (table[t[j].lower_], j + 1) if t[j].lower_ in table else None


def _counted_after_of(s: DocState, j: int) -> tuple[int, int] | None:
    """The plural noun a number counts across 'of' and a determiner or a name's possessive ('one million of its
    shares', '250,000 of the company's common shares', '4 million of Vantel's 9.2 million common shares'),
    across a second figure too ('3 million of its more than 7.5 million shares': the second is read on its own)."""
    t, tables = s.t, s.tables
    if j + 2 >= s.n or t[j].lower_ != "of":
        return None
    k = j + 1
    owner = next((x for x in range(k, min(k + 4, s.n)) if t[x].lower_ in ("'s", "’s")), None)
    if owner is not None and (t[k].lower_ in tables.count_of_determiners or t[k].is_title):
        k = owner + 1
    elif t[k].lower_ in tables.count_of_determiners:
        k += 1
    else:
        return None
    after = k
    while after < s.n and t[after].lower_ in tables.count_of_hedges:
        after += 1
    if after < s.n and t[after].like_num:
        while after < s.n and t[after].like_num:
            after += 1
        k = after
    return noun_after(s, k, plural_needed=True)


def resolve_duration(s: DocState, m: Mention, j: int) -> Mention | None:
    t, durations = s.t, s.tables.duration_units
    if j < s.n and t[j].text == "-":
        j += 1
    if j >= s.n or t[j].lower_ not in durations:
        return as_number(m)
    m.kind, m.unit = "duration", durations[t[j].lower_]
    m.end, m.has_suffix = j + 1, True
    # ages: "65-year-old", "30 years old"
    k = j + 1
    if k < s.n and t[k].text == "-":
        k += 1
    if k < s.n and t[k].lower_ in s.tables.age_after:
        m.end = k + 1
        m.notes.add("age")
    m.unit_text = s.text(j, m.end)
    return m


def physical_unit(s: DocState, m: Mention, a: int, b: int) -> Mention | None:
    """The unit at token a (b: the token after it): '50 km', '12.3m tonnes', '311 square miles', '87 mph'."""
    if a >= s.n:
        return as_number(m)
    t = s.t
    tok = t[a]
    word = tok.lower_
    if not physical.is_unit(tok.text):
        return as_number(m)
    glued = t[a - 1].whitespace_ == ""
    if tok.text == '"' and (not glued or closes_quote(s, a) or not t[a - 1].text[-1:].isdigit()):
        return as_number(m)  # 'English 101"', '"one hundred and two"': a closing quote mark, not inches
    if tok.text in physical.unit_vocab()["symbols"] and len(tok.text) == 1 and not glued \
            and tok.text not in s.tables.unit_letters_alone:
        return as_number(m)  # "grade 5 A": a lone letter is a unit only when glued ("45g")
    if word == "m" and b < s.n and t[b].is_lower and t[b].is_alpha and t[b].lower_ != "per" \
            and t[b].lower_ not in s.tables.dimension_adjectives \
            and not (m.low is not None and not_a_scale(s, m.low, a)):  # "1.8m tall", "the 1500m final": metres
        # "12.3m tonnes": the m is a scale
        m.low = m.high = (m.low or Decimal(0)) * 1000000
        m.scale = Decimal(1000000)
        m.end = b
        return resolve_count(s, m, b)
    if word in physical.unit_vocab()["words_need_unit"]:
        if b < s.n and physical.is_unit(t[b].text):
            b += 1
        else:
            return as_number(m)
    b = _compound_unit_end(s, word, b)
    m.kind = "physical"
    m.end, m.has_suffix = b, True
    m.unit_text = s.text(a, b)
    m.unit = physical.unit_name(m.unit_text)
    return m


def _compound_unit_end(s: DocState, word: str, b: int) -> int:
    """Where a compound unit ends: "lb-ft", "km / h", "miles per hour", "degrees Celsius"."""
    t, tables = s.t, s.tables
    if b + 1 < s.n and t[b].text == "-" and t[b - 1].whitespace_ == "" and t[b].whitespace_ == "" \
            and physical.is_unit(t[b + 1].text):
        b += 2
    if b + 1 < s.n and t[b].text == "/" and t[b + 1].is_alpha and t[b].whitespace_ == "":
        b += 2
    elif b + 1 < s.n and t[b].lower_ in tables.rate_links and t[b + 1].lower_ in tables.rate_time_units:
        b += 2  # speeds and rates of flow are units ("miles per hour"); "per day" stays a rate
    elif b < s.n and (word.startswith("deg") or word == "°") and t[b].lower_ in physical.unit_vocab()["after_degree"]:
        b += 1
    elif b < s.n and word.endswith(("watt", "watts")) and t[b].lower_ in ("hour", "hours"):
        b += 1  # 'terawatt hours', 'kilowatt hours': energy, not power
    return b


def closes_quote(s: DocState, a: int) -> bool:
    """Is the '"' at token a the closing mark of a quotation opened earlier in its paragraph (up to 400
    tokens back)?"""
    t, marks = s.t, 0
    for k in range(a - 1, max(a - 400, -1), -1):
        if "\n" in t[k].whitespace_ or "\n" in t[k].text:
            break
        marks += t[k].text.count('"')
    return marks % 2 == 1
