"""Who a figure is about (its subject and scope), read from its sentence, and the entities the claims name."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import regex

from claimgraph.claims.asides import in_closed_aside
from claimgraph.claims.draft import ClaimDraft
from claimgraph.claims.ending import Ending, ending
from claimgraph.claims.lexicon import Lexicon
from claimgraph.claims.names import Name, has_legal_form
from claimgraph.claims.roles import peer_named
from claimgraph.claims.sentences import DATELINE_AFTER_CITY
from claimgraph.resources import load_json
from claimgraph.resources.literals import holds

if TYPE_CHECKING:
    from claimgraph.claims.document import Document, Sentence


_CITY_STATE = regex.compile(r",\s+[A-Z][a-z]{1,4}\.,")  # "Quillon Air Inc., Tulsa, Okla., reported": a place
_COMPOUND_FIGURE = regex.compile(r"\d-[a-z]+$")  # "700-room", "18-screen": a figure used as an adjective
_OF_ITS = regex.compile(r"\s+of\s+its\b")  # "brands, which make up one-third of its sales": its owner's
_RESPECTIVELY = regex.compile(r"\brespectively\b")
_HIS = ending(r"\b(?:his|her)\s+$")
_AND_BETWEEN = regex.compile(r"\s+and\s+")
_OF_BEFORE = regex.compile(r"\bof\s+(?:the\s+)?$")
# "compared with 3.3% for the S&P 500", "$14 a share for Dunmore Inc.": the name the figure is for
_FOR_NAME = regex.compile(r"\s+(?:(?:a|per)\s+share\s+)?(?:in\s+cash\s+)?for\s+(?:the\s+)?")
_ASIDE = regex.compile(r"--[^-\n]{1,160}?--|\([^()\n]{1,160}\)")
_OBJECT_BEFORE = ending(r"\b(?:in|of|from|with|by|at|on|into|over|against)\s+(?:(?:the|a|an|its|their|his|"
                               r"her)\s+)?(?:[\w'’-]+['’]s?\s+)?$", regex.IGNORECASE)


_APPOSED_OWNER = regex.compile(r"['’]s?(?:\s+[a-z][\w/-]*){1,5},")


@lru_cache(maxsize=1)
def _object_rules() -> tuple[Ending, regex.Pattern, Ending, regex.Pattern]:
    """(what makes a name before a figure an object: 'a stake in', 'mandated by'; what leads from an ownership
    figure to its holder: '-owned by'; 'to' before a buyer; from the buyer to the price: 'for about'), from
    patterns/en/claims.json."""
    raw = load_json("claims.json")["subject_objects"]
    return (ending(raw["before"] + r"$"), regex.compile(raw["held_by"]), ending(raw["sold_to"] + r"$"),
            regex.compile(raw["price_for"]))


@lru_cache(maxsize=1)
def _comma_aside() -> regex.Pattern:
    return regex.compile(load_json("claims.json")["subject_objects"]["comma_aside"])


def bar_for(text: str, start: int, q: dict, lex: Lexicon) -> str | None:
    """'the threshold for influencers': who a bar applies to."""
    window = text[start:q["start"]]
    if not holds(window, lex.cues.bar_words):
        return None
    bar = None
    for m in lex.cues.bar_for_rx.finditer(text, start, q["start"]):
        bar = m.group(1)
    return bar


def claim_subject(s: Sentence, q: dict, doc: Document) -> tuple[str | None, bool]:
    """(subject, stated): stated is False when the sentence names nobody and the article's main subject
    stands in."""
    market = _market_sized(doc.text, q)
    if market is not None:
        return market, True
    orgs, descriptors = _candidates(s, doc)
    unit_phrase = _unit_phrase(doc.text, s, q, orgs)
    if unit_phrase is not None:  # "The candy businesses had sales of $154 million"
        return unit_phrase, True
    sized = next((n for n in orgs if n.start == q["end"] + 1 and (n.text.split()[-1].lower() in load_json(
        "claims.json")["fund_families"]["nouns"] or _COMPOUND_FIGURE.search(q["text"]))), None)
    if sized is not None:  # "the $932 million Tarvel High Yield Fund", "the 700-room Marina Hotel": what it sizes
        return sized.text, True
    if orgs and _VALUED_IT.search(doc.text, max(s.start, q["start"] - 60), q["start"]) and orgs[0].end <= q["start"]:
        return orgs[0].text, True  # "Kedaimu raised $85m in a round led by Arvella, valuing it at $500m": the company
    before = _named_before(s, q, doc, orgs)
    if before:
        place = _office_place(doc, s, before[-1])
        if place is not None:  # "Statistics Norway said retail sales rose 3.1%": Norway's retail sales
            return place, True
        said = _REPORTS.match(doc.text, before[-1].end)
        if said and not _OF_ITSELF.match(doc.text, said.end()) and _reporter(doc.text, before[-1], s):
            before = before[:-1]  # 'Research firm Dravik said the five largest providers would spend ...': who
            # reports the figure is not what it describes
    pointed = _pointed_at(doc, s, q, orgs) if orgs else None  # each reading names one of orgs
    if pointed is not None:
        return pointed, True
    peer = peer_named(doc.text, q) if orgs else None
    named_peer = next((n for n in orgs if peer is not None and q["end"] < n.start < peer.end()), None)
    if named_peer is not None:  # "up 6%, compared with 4% at Bramley Inc.": the peer's figure
        return named_peer.text, True
    peer_place = _compared_place(doc.text, s, q)
    if peer_place is not None:  # "10.5% in Spain, compared with 6.2% in Germany": Germany's figure
        return peer_place, True
    generic_before = [g for g in s.generic if g.end <= q["start"]] + [d for d in descriptors if d.end <= q["start"]]
    if not orgs and not generic_before:
        named = _head_noun_anaphor(doc, s, q)
        if named is not None:  # "The National Research Foundation released ... The foundation's grant funding"
            return named, True
    if not generic_before and not orgs:
        # "A year earlier, the marine and aviation insurer earned $1.9 million": the story's company
        described = doc.lex.cues.lower_descriptor_rx.search(doc.text, s.start, q["start"])
        if described is not None:
            generic_before = [Name(described.start(), described.end(), described.group(0), "generic")]
    unit = _unit_antecedent(s, q, doc)
    if unit is not None and (not before or unit[1] < before[0].start):  # "The unit, which ... Halden's ..., had"
        return unit[0], True
    company = _persons_company(doc, s, q)
    # "Mr. Lind has built his company ... and warded off three takeover attempts", "he sought to raise his Orban
    # stake above 10%": the person's company, unless a name comes between
    if company is not None and (not before or company[1] > before[-1].end):
        return company[0], True
    # "In response to Pella's offer, the Tulsa company raised its bid to $40": the company after an opening
    # phrase's place or possessive is the clause's subject
    possessive = doc.text.startswith(("'s", "’s"), before[-1].end) if before else False
    if before and not (generic_before and generic_before[-1].start > before[-1].end
                       and not (before[-1].kind == "place" and not possessive
                                and generic_before[-1].text.lower() in _PRONOUNS)  # 'India aims to cut its deficit'
                       and (before[-1].kind == "place" or possessive)):
        # "Vessel Electric and Harrow Gas had each owned a 50% share": a joint subject, named by its first
        joint = len(before) > 1 and _AND_BETWEEN.fullmatch(doc.text, before[-2].end, before[-1].start)
        return _family_fund(doc.text, before[-2] if joint else before[-1]), True
    main_subject = doc.main()[0]
    if unit is not None:
        return unit[0], True
    whole = _whole_of(doc.text, s, q, orgs) if orgs else None  # the whole is one of orgs
    if whole is not None:  # "45% of Vantek's total business", "the 4.4% total return of the Harrow Bond Index"
        return whole, True
    if generic_before:
        before_company = company_before(s, doc)
        # "its", "the company" with nobody named just before: the company the paragraph is about (build.py carries
        # the paragraph's named subject over an unstated one), else the story's
        return (before_company, True) if before_company else (main_subject or lead_company(doc), False)
    # "a gain of $13.7 million in the carrying value of its investment in Teller Optics Inc.": a name
    # after the figure behind a preposition is an object, not the subject
    after = [n for n in orgs if n.start >= q["end"] and not _OBJECT_BEFORE.found(doc.text, max(s.start, n.start - 40),
                                                                                 n.start)
             and not _modifier(doc.text, n) and not _reporter(doc.text, n, s)
             and not _ACCORDING_TO.search(doc.text, max(s.start, n.start - ACCORDING_REACH), n.start)
             and not _CONTRAST.search(doc.text, q["end"], n.start)]  # 'Asia rose 5%, while Europe fell': another's
    if after and _reports_economy(doc.text, s, q):
        after = []  # 'Unemployment in Germany fell to 6.2%, Eurostat said': the reporter of an economy's figure
    if after:
        return after[0].text, True
    # a sentence that names nobody: the story's main subject, else, in a brief that names its company once, the
    # company its first sentence opens with, written with its designator ('Harlow Gant Inc. said ...')
    if main_subject is None:
        lead = lead_company(doc)
        if lead is not None and (has_legal_form(lead) or _reports_first(doc)):
            return lead, False
        return lead_place(doc), False
    return main_subject, False


def _head_noun_anaphor(doc: Document, s: Sentence, q: dict) -> str | None:
    """'The foundation's total grant funding will fall to ...', 'The bureau's spending rose 11%' after a sentence
    that names 'the National Research Foundation', 'the Space Observation Bureau': a definite noun that is the
    last word of an organisation the sentences before name (the nearest, within ANAPHOR_SENTENCES) is that
    organisation."""
    m = _THE_NOUN.search(doc.text, s.start, q["start"])
    if m is None:
        return None
    noun = m.group(1).lower()
    k = doc.sentence_index(s.start)
    for j in range(k - 1, max(-1, k - 1 - ANAPHOR_SENTENCES), -1):
        for n in reversed(doc.sentence(j).names):
            words = n.text.split()
            if n.kind == "org" and len(words) > 1 and words[-1].lower() == noun:
                return n.text
    return None


_THE_NOUN = regex.compile(r"\b[Tt]he\s+([a-z]{4,})(?:['’]s)?\b(?!['’])")  # not a plural's 'the airlines'
ANAPHOR_SENTENCES = 3


def _compared_place(text: str, s: Sentence, q: dict) -> str | None:
    """The place a compared figure is of, named right after it: 'compared with 6.2% in Germany', 'twice as many as
    the 155 reported in India'."""
    if not _COMPARED_FIGURE.search(text, max(s.start, q["start"] - 50), q["start"]):
        return None
    after = _PLACE_AFTER.match(text, q["end"])
    if after is None:
        return None
    return next((n.text for n in s.names if n.kind == "place" and n.start == after.end()), None)


_COMPARED_FIGURE = regex.compile(r"\b(?:compared\s+(?:with|to)|than|versus|vs\.?|against|as\s+(?:many|much)\s+as)"
                                 r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
_PLACE_AFTER = regex.compile(r"\s+(?:[a-z]+\s+)?(?:(?:reported|recorded|registered|seen|posted)\s+)?in\s+(?:the\s+)?")


def _opening_sentence(doc: Document) -> int:
    """The number of the sentence a story opens with: the first after a wire dateline that is a sentence of its own
    (and the headline above it, if any), else 0 (doc has sentences)."""
    if len(doc.spans) < 2 or not doc.dateline:
        return 0
    return next((k for k, (a, _) in enumerate(doc.spans) if a >= doc.dateline), 0)


def lead_place(doc: Document) -> str | None:
    """The place a data story opens with as the owner of what it measures ("China's foreign trade rose 4.8%"),
    when that sentence names no organisation: what the later sentences that name nobody are about ('Exports
    grew 7.1% ...')."""
    if not doc.spans:
        return None
    first = doc.sentence(_opening_sentence(doc))
    if any(n.kind == "org" for n in first.names):
        return None
    opening = next((n for n in first.names if n.kind == "place" and n.start == first.start), None)
    if opening is None or not doc.text.startswith(("'s ", "’s "), opening.end):
        return None
    # what it owns is an economy's measure ("China's foreign trade", not "Japan's second-largest airline")
    owned = _LOWER_WORDS.findall(doc.text[opening.end + 3:opening.end + 40].lower())[:3]
    return opening.text if _lead_place_words().intersection(owned) else None


@lru_cache(maxsize=1)
def _lead_place_words() -> frozenset[str]:
    raw = load_json("claims.json")["reporters"]
    return frozenset(raw["economy_words"]) | frozenset(raw["lead_place_words"])


def holder_after(text: str, q: dict, subject: str | None) -> bool:
    """Whether subject is the holder named right after the figure ('61%-owned by Pellman Oil Corp.'): the
    figure's own, not the subject of the clause around it nor of the figures after it."""
    if not subject:
        return False
    held = _object_rules()[1].match(text, q["end"])
    return held is not None and text.startswith(subject, held.end())


def _pointed_at(doc: Document, s: Sentence, q: dict, orgs: list[Name]) -> str | None:
    """The candidate the figure's own phrase points at: the name after its 'for' or '-owned by', the name
    'respectively' pairs it with, the name its relative clause hangs on."""
    owner = _FOR_NAME.match(doc.text, q["end"])
    if owner and any(n.start == owner.end() for n in orgs):  # "compared with 3.3% for the S&P 500"
        return next(n.text for n in orgs if n.start == owner.end())
    held = _object_rules()[1].match(doc.text, q["end"])
    if held and any(n.start == held.end() for n in orgs):  # "the 60%-owned by Ferrand Corp.": the holder
        return next(n.text for n in orgs if n.start == held.end())
    respective = _respectively(doc, s, q, orgs)
    if respective is not None:  # "Harlan and Mavis, with 29% and 24% of the market respectively"
        return respective
    relative = _relative_antecedent(doc.text, s, q, orgs)
    if relative is not None:  # "... a 'sell' on Ostby stock, which closed at $71.75"
        # "Ostby's erosion was in brands such as Crunch Rings, which make up a third of its sales": its owner's
        return orgs[0].text if _OF_ITS.match(doc.text, q["end"]) else relative
    return None


def _candidates(s: Sentence, doc: Document) -> tuple[list[Name], list[Name]]:
    """(the sentence's names that may be a subject: organisations, groups, places acting as one; the names that
    only describe the story's company: 'The Cleveland maker of hand tools'), read once per sentence."""
    if s.start not in doc.candidates:
        doc.candidates[s.start] = _read_candidates(s, doc)
    orgs, descriptors = doc.candidates[s.start]
    return list(orgs), list(descriptors)


def _read_candidates(s: Sentence, doc: Document) -> tuple[list[Name], list[Name]]:
    canonical = doc.main()[2]
    orgs = [n for n in s.names if (n.kind in ("org", "group") and canonical.get(n.text, n.text) not in doc.persons)
            or (n.kind == "place" and _acting_place(doc.text, s, n, doc.lex))]
    descriptors = [n for n in orgs if doc.text[max(0, n.start - 4):n.start].lower() == "the "
                   and doc.lex.cues.descriptor_rx.match(doc.text, n.end)]
    # "non-GM revenue", "its non-Swedish units": a name that a 'non-' negates is nobody the figure is about
    laws = load_json("claims.json")["names"]["law_words"]
    orgs = [n for n in orgs if n not in descriptors and not doc.text.endswith("non-", 0, n.start)
            and n.text.split()[-1] not in laws]  # "under the Fair Trading Act": a law, nobody's figure
    # "Norlan Data Corp., Vantek's data processing subsidiary, boosted net": the owner inside the
    # apposition describes the subject
    orgs = [n for n in orgs if not doc.text.startswith(", ", n.start - 2)
            or not (_APPOSED_OWNER.match(doc.text, n.end) or _CITY_STATE.match(doc.text, n.end))]
    orgs = [n for n in orgs if not _FORECASTER_AT.search(doc.text, max(0, n.start - 30), n.start)]
    return orgs, descriptors


def _named_before(s: Sentence, q: dict, doc: Document, orgs: list[Name]) -> list[Name]:
    """The candidates before the figure that its clause may be about."""
    text = doc.text
    # an aside opens with '--' or '(' (looked for first: most sentences have neither)
    asides = [m.span() for m in _ASIDE.finditer(text, s.start, q["start"])] if orgs and (
        text.find("(", s.start, q["start"]) >= 0 or text.find("--", s.start, q["start"]) >= 0) else []
    # "Marlow Holdings, which owns 50% of ... -- Castine Refining Corp. -- posted net income of ...": a
    # name in a closed aside before the figure is not what the main clause is about
    before = [n for n in orgs if n.end <= q["start"]]
    if before and text.find(",", s.start, before[-1].start) >= 0:
        # "the company, which is 61%-owned by Pellman Oil Corp., had a net loss of ...": the same for a
        # relative clause or an apposition of ownership set off by commas
        asides += [m.span() for m in _comma_aside().finditer(text, s.start, q["start"])]
    if asides:
        before = [n for n in before if not any(a <= n.start and n.end <= b for a, b in asides)]
    # "claims stemming from Hurricane Lora cut results $40 million", "its stake in Teller Optics to 60%": a
    # name behind a preposition (or a passive's 'by') is an object of the clause, not what the figure is about
    before = [n for n in before if (not _an_object(s, n, doc) or _opening_owner(doc, s, n))
              and not _buyer(doc.text, n, q) and not _possessed_object(doc.text, n, q)
              and not _CITED_BEFORE.search(text, max(s.start, n.start - 50), n.start)]  # who is cited is no
    # subject ('According to a study by Brennock Analytics, the marathon pumped $34.6 million')
    # "Dana Roe at Kestrel Securities said he is cutting his estimate to $2 a share": an analyst (and the firm)
    # speaking of the story's company, not about itself
    if before and _speaker_rules()[0].search(doc.text, before[-1].end, q["start"]):
        return []
    return before


def _opening_owner(doc: Document, s: Sentence, n: Name) -> bool:
    """A name after the sentence's opening words and 'in': what they measure ('Serious injuries in Castlemere
    rose 4%', 'Shares in Quorvane fell'), not what a holding holds ('Its stake in Teller Optics')."""
    if n.kind != "org" or not _OPENING_IN_PLACE.fullmatch(doc.text, s.start, n.start):
        return False  # not a demonym's group ('Reserves in Canadian dollars')
    words = _LOWER_WORDS.findall(doc.text[s.start:n.start].lower())
    if words and words[0].endswith(("ed", "ing")):
        return False  # 'Published in the Lancet, the study ...', 'Writing in the Lancet': where, not whose
    return not doc.lex.cues.opening_owner_not.intersection(words)


def _an_object(s: Sentence, n: Name, doc: Document) -> bool:
    """What makes a name an object whatever the figure: a preposition before it, its shares ('Lorvik shares'),
    'his'. Read once per name of the sentence (the document keeps the answers), not once per figure."""
    key = (s.start, n.start, n.end)
    found = doc.objects.get(key)
    if found is None:
        found = doc.objects[key] = (_object_rules()[0].found(doc.text, max(s.start, n.start - 40), n.start)
                                    or _shares_of(doc.text, n)
                                    or _HIS.found(doc.text, max(s.start, n.start - 5), n.start))  # "his Varennes stake"
    return found


def company_before(s: Sentence, doc: Document) -> str | None:
    """'Ferrand Industries, a holding company, declined to comment. The company said it holds 4.2 million ...':
    'the company' is the one the sentence before opened with, when that sentence opened with a company."""
    k = bisect_right(doc.starts, s.start) - 1
    if k < 1:
        return None
    before = doc.sentence(k - 1)
    first = next((n for n in before.names if n.kind == "org"), None)
    # "Still, brokers say Orrin is an odd case. It expects ...": the company a saying's clause opens with
    opening = first if first is not None and _clause_opening().fullmatch(doc.text, before.start, first.start) else None
    canonical = doc.main()[2]
    name = canonical.get(opening.text, opening.text) if opening is not None else None
    # a company the story names again, not a capitalised word that opens one sentence ("Progress has been slow")
    recurring = opening is not None and doc.text.count(opening.text.split()[0]) > 1
    return None if name is None or name in doc.persons or not recurring else name


@lru_cache(maxsize=1)
def _clause_opening() -> regex.Pattern:
    """What may stand before the company a sentence's clause opens with (claims.json clause_opening)."""
    raw = load_json("claims.json")["clause_opening"]
    return regex.compile(r"(?:(?:" + "|".join(raw["conjunctions"]) + r"),?\s+)?(?:(?:[A-Za-z][\w'’-]*\s+){1,3}?(?:"
                         + "|".join(raw["saying_verbs"]) + r")\s+(?:that\s+)?)?")


def lead_company(doc: Document) -> str | None:
    """The company the story's first sentence opens with ('Goody Products Inc. cut its dividend ...'), when no
    company dominates: what 'the company' and 'its' point to in a brief that names it once."""
    if doc.lead is None:
        doc.lead = (_read_lead_company(doc),)
    return doc.lead[0]


def _read_lead_company(doc: Document) -> str | None:
    opening = lead_opening(doc)
    if opening is None or DATELINE_AFTER_CITY.match(doc.text, opening.end):
        return None  # "ATLANTA _ ...", "LONDON (AP) --": a dateline's city
    name = doc.main()[2].get(opening.text, opening.text)
    return None if name in doc.persons else name


def _reports_first(doc: Document) -> bool:
    """The story opens with its company reporting ('Kestrelle Outfitters reported second-quarter results on
    Tuesday.'): what follows is that company's release, its figures the company's."""
    opening = lead_opening(doc)
    return opening is not None and _REPORTS.match(doc.text, opening.end) is not None


_REPORTS = regex.compile(r"\s+(?:reported|posted|announced|said|reports|posts|announces|says)\b")
_OF_ITSELF = regex.compile(r"\s+(?:that\s+)?(?:it|its|it's|they|their|we|our)\b")  # 'the FBI says it received


def lead_opening(doc: Document) -> Name | None:
    """The organisation name the story's first sentence opens with, if any (after a capitalised word or two the
    name reader dropped: 'Price Harlow Gant Inc. said ...' opens with the company it read)."""
    if not doc.spans:
        return None
    if _opening_sentence(doc):
        # 'SAN FRANCISCO, July 31 (Reuters) -' is a sentence of its own: the story opens after it, with a company
        # written with its legal form ('Velmora Corp said ...'; not 'Tired of the war, ...')
        second = doc.sentence(1)
        return next((n for n in second.names if n.kind == "org" and n.start == second.start and has_legal_form(n.text)),
                    None)
    first = doc.sentence(0)
    return next((n for n in first.names if n.kind == "org" and (
        n.start == first.start or _DROPPED_OPENER.fullmatch(doc.text, first.start, n.start))), None)


# a capitalised word or two, no article or preposition ('The FBI has ...' opens with no company's name)
_DROPPED_OPENER = regex.compile(r"(?:(?!(?:The|A|An|In|At|On|For|By|And|But|As|With|From|To|Of|After|Under)\s)"
                                r"[A-Z][a-z]+\s+){1,2}")



def _persons_company(doc: Document, s: Sentence, q: dict) -> tuple[str, int] | None:
    """'his company', 'his Lorvik stake': the company of the person the sentence names before it, as the text
    ties them ('Navex Corp. Chairman Ada Lind', 'Ada Lind, chairman of Navex Corp.', "Ada Lind, Navex's
    chairman")."""
    rules = load_json("claims.json")["persons_company"]
    m = _compiled(rules["his"]).search(doc.text[s.start:q["start"]])
    if m is None:
        return None
    honorifics = doc.lex.honorifics
    people = [n for n in s.names if n.kind == "person" and n.start < s.start + m.start()]
    k = bisect_right(doc.starts, s.start) - 1
    for j in range(k - 1, max(-1, k - 3), -1):  # "he sought to raise his Lorvik stake": the person named last
        people = people or [n for n in doc.sentence(j).names if n.kind == "person"]
    if not people:
        return None
    surname = regex.escape(people[-1].text.split()[-1])
    titles = "|".join(doc.lex.raw["names"]["titles_in_runs"])
    for pattern in rules["ties"]:
        tie = regex.search(pattern.replace("{SURNAME}", surname).replace("{TITLES}", titles), doc.text)
        if tie and tie.group("org").split()[0] not in honorifics:
            org = tie.group("org")
            return doc.main()[2].get(org, org), s.start + m.start()
    return None


def _whole_of(text: str, s: Sentence, q: dict, orgs: list[Name]) -> str | None:
    """The name a figure is a part or a measure of when nothing before it is named: 'was 45% of Vantek's total
    business'; not a stake ('holds 4.2 million of Lorvik's shares': the holder's)."""
    rules = load_json("claims.json")["subject_objects"]
    m = _compiled(rules["whole_of"]).match(text, q["end"])
    if m is None or _compiled(rules["stake_verbs"]).search(text[s.start:q["start"]]):
        return None
    return next((n.text for n in orgs if n.start == m.end()), None)


def _respectively(doc: Document, s: Sentence, q: dict, orgs: list[Name]) -> str | None:
    """'Harlan Foods and Mavis Inc., with roughly 29% and 24% of the market respectively': the n-th figure
    before 'respectively' is the n-th of as many names before the first of them."""
    m = _RESPECTIVELY.search(doc.text, q["end"], s.end)
    if m is None:
        return None
    names = [n for n in orgs if n.end <= q["start"]]
    if not names:
        return None
    figures = [x for x in doc.quantities if names[-1].end <= x["start"] and x["end"] <= m.start()]
    k = next((j for j, x in enumerate(figures) if x["start"] == q["start"]), None)
    if k is None or len(figures) < 2 or len(names) < len(figures):
        return None
    return names[len(names) - len(figures) + k].text


def _relative_antecedent(text: str, s: Sentence, q: dict, orgs: list[Name]) -> str | None:
    """'Orban stock, which ended at $23.40', 'the Harrow 50 Index, which slid 0.8%': the name that a relative
    clause holding the figure hangs on (a few words before its ', which')."""
    relative, near = _speaker_rules()[1:]
    m = relative.search(text, s.start, q["start"])  # the clause runs to the figure: no comma in between
    if m is None:
        return None
    head = [n for n in orgs if n.end <= m.start() and near.fullmatch(text, n.end, m.start())]
    return head[-1].text if head else None


@lru_cache(maxsize=1)
def _speaker_rules() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """(a reporting verb followed by a person's pronoun; ', which' opening a relative clause with no comma up to
    the figure; the few lower-case words between a name and its ', which')."""
    raw = load_json("claims.json")["subject_clauses"]
    return (regex.compile(raw["speaker_then_person"]), regex.compile(raw["relative"]), regex.compile(raw["head_gap"]))


def _family_fund(text: str, n: Name) -> str:
    """'the Tarvel fund', "Tarvel's bond fund": the fund of that family the text names ('Tarvel Income Fund',
    "Tarvel's $2 billion Income Portfolio"), else the family."""
    rules = load_json("claims.json")["fund_families"]
    after, nouns = _fund_after_rx()
    window = text[n.end:n.end + 60]
    if (nouns is not None and not any(k in window for k in nouns)) or not after.match(window):
        return n.text
    family = regex.escape(n.text)
    named = rules["named"].replace("{FAMILY}", family).replace("{NOUNS}", "|".join(w.title() for w in rules["nouns"]))
    m = regex.search(named, text)
    return m.group("fund") if m else n.text


def _reporter(text: str, n: Name, s: Sentence) -> bool:
    """'the Office for National Statistics', 'research firm Saigon Metrics': a third party that reports others'
    figures (claims.json reporters); a government department that reports an economy's ('the Labor Department
    said', where the sentence measures inflation)."""
    words, descriptor, macro_words, macro_metrics = _reporter_rules()
    names = n.text.split()
    return not words.isdisjoint(names) or descriptor.found(text, max(0, n.start - 40), n.start) \
        or not macro_words.isdisjoint(names) and any(m.value in macro_metrics for m in s.metrics)


def _office_place(doc: Document, s: Sentence, n: Name) -> str | None:
    """'Statistics Norway said', "Chile's National Statistics Institute (INE) reported": a statistics office
    that reports the figure measures its country, named in the office's name or just before it (claims.json
    reporters.statistics_words); None for any other name, or an office whose place is not written."""
    text = doc.text
    words, reports = _office_rules()
    if words.isdisjoint(n.text.split()) or not reports.match(text, n.end):
        return None
    inside = next((h for h in doc.lex.phrases.find(text, n.start, n.end) if h.category == "place"), None)
    if inside is not None:  # 'U.S.' with its last stop
        return inside.text + "." if "." in inside.text and text.startswith(".", inside.end) else inside.text
    demonym = next((w for w in n.text.split() if w in doc.lex.demonyms), None)
    if demonym is not None:  # "the Australian Bureau of Statistics"
        return str(doc.lex.demonyms[demonym])
    owner = next((p for p in s.names if p.kind == "place" and p.end + 3 >= n.start > p.end
                  and text[p.end:n.start] in ("'s ", "’s ")), None)
    return owner.text if owner is not None else None


@lru_cache(maxsize=1)
def _office_rules() -> tuple[frozenset[str], regex.Pattern]:
    raw = load_json("claims.json")["reporters"]
    return frozenset(raw["statistics_words"]), regex.compile(raw["statistics_reports"])


def _reports_economy(text: str, s: Sentence, q: dict) -> bool:
    """'Unemployment in Germany fell to 6.2% in April, Eurostat said': the sentence measures an economy (claims.json
    reporters.economy_words) whose place it names before the figure, so a name after the figure reports it."""
    if not any(n.kind == "place" and n.end <= q["start"] for n in s.names):
        return False
    words = _economy_words()
    return any(w in words for w in _LOWER_WORDS.findall(text[s.start:q["start"]].lower()))


_LOWER_WORDS = regex.compile(r"[a-z]+(?:-[a-z]+)*")  # 'take-up' is one word


@lru_cache(maxsize=1)
def _economy_words() -> frozenset[str]:
    return frozenset(load_json("claims.json")["reporters"]["economy_words"])


@lru_cache(maxsize=1)
def _reporter_rules() -> tuple[frozenset[str], Ending, frozenset[str], frozenset[str]]:
    raw = load_json("claims.json")["reporters"]
    return (frozenset(raw["words"]), ending(rf"\b(?:{raw['descriptors']})\s+$", regex.IGNORECASE),
            frozenset(raw["macro_words"]), frozenset(raw["macro_metrics"]))


def _modifier(text: str, n: Name) -> bool:
    """'... and Treasury securities', 'consolidates its Eastern Steel division', 'would be paid to buy the
    Marina Hotel': a name after the figure that only qualifies a common noun, that the subject owns ('its') or
    that a deal buys is not what the figure is about."""
    modifier_nouns, owned = _after_rules()
    return bool(modifier_nouns.match(text, n.end)) or owned.found(text, max(0, n.start - 40), n.start)


@lru_cache(maxsize=1)
def _after_rules() -> tuple[regex.Pattern, Ending]:
    raw = load_json("claims.json")["subject_objects"]
    nouns = "|".join(raw["modifier_nouns"])
    return regex.compile(rf"\s+(?:{nouns})\b"), ending(raw["owned"] + "$")


def _unit_phrase(text: str, s: Sentence, q: dict, orgs: list[Name]) -> str | None:
    """'The candy businesses had sales of $154 million': a business unit that a sentence opens with, named by a
    common noun with a qualifier ('The unit' alone points back at a name: _unit_antecedent), when no name
    comes between it and the figure."""
    m = _unit_phrase_rule().match(text, s.start)
    if m is None or m.end() > q["start"] or any(m.end() <= n.start and n.end <= q["start"] for n in orgs):
        return None
    return m.group(1)


@lru_cache(maxsize=1)
def _unit_phrase_rule() -> regex.Pattern:
    nouns = "|".join(load_json("claims.json")["unit_anaphora"]["phrase_nouns"])
    return regex.compile(rf"The\s+((?:[a-z][\w-]*\s+){{1,2}}(?:{nouns}))\s+(?=[a-z])")


def _market_sized(text: str, q: dict) -> str | None:
    """'the $200 billion bond-fund market', 'the $950 billion leasing industry': a sum that sizes a market is the
    market's."""
    if q["kind"] != "money":
        return None
    m = _market_rule().match(text, q["end"])
    return m.group(1) if m else None


@lru_cache(maxsize=1)
def _market_rule() -> regex.Pattern:
    rule = load_json("claims.json")["market_sized"]
    nouns, most = "|".join(rule["nouns"]), rule["max_words"]
    # the words between are the market's own ('bond-fund'), never a preposition or a possessive ('$30bn in market
    # value', '$1.9 billion off its market value')
    glue = r"(?!(?:in|of|to|for|on|at|by|from|with|into|as|and|or|than|off|its|their|his|her|our)\b)"
    return regex.compile(rf"\s+((?:{glue}[a-z][\w-]*\s+){{0,{most}}}{glue}(?:{nouns}))\b")


def _unit_antecedent(s: Sentence, q: dict, doc: Document) -> tuple[str, int] | None:
    """'The unit's profit slid to $46 million' after '... the Corvane Life unit': (the unit the text named last,
    where the anaphor starts). The unit is a name just before the word ('the Corvane Life unit'), in apposition
    after it ('its insurance arm, Corvane Life,') or ending in it ('Tarvel Income Fund' for 'the fund'), a few
    sentences back at most."""
    rules = doc.lex.raw["unit_anaphora"]
    anaphor, named_unit, apposed_unit = _unit_rules()
    m = anaphor.search(doc.text, s.start, q["start"])
    if m is None:
        return None
    words = set(rules["words"])
    k = bisect_right(doc.starts, s.start) - 1
    for j in range(k, max(-1, k - rules["reach_sentences"]), -1):
        sentence = doc.sentence(j)
        units = [n for n in sentence.names if n.kind == "org" and n.end <= m.start()
                 and (named_unit.match(doc.text, n.end) or apposed_unit.search(doc.text, sentence.start, n.start)
                      or n.text.split()[-1].lower() in words)]
        if units:
            return units[-1].text, m.start()
    return None


@lru_cache(maxsize=1)
def _unit_rules() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    words = "|".join(load_json("claims.json")["unit_anaphora"]["words"])
    return (regex.compile(rf"\b[Tt]he\s+(?:{words})\b"), regex.compile(rf"\s+(?:{words})\b"),
            regex.compile(rf"\b(?:{words}),\s+$"))


def _shares_of(text: str, n: Name) -> bool:
    """'offers $40 each for Lorvik shares', 'a 'sell' on Lorvik stock': the shares of a company the clause deals in;
    'raised its Lorvik stake to 14.6%': the company a stake is in."""
    raw = load_json("claims.json")["subject_objects"]
    before, after = text[max(0, n.start - 6):n.start], text[n.end:n.end + 20]
    return bool(_compiled(raw["shares_of_before"]).search(before) and _compiled(raw["shares_of_after"]).match(after)
                or _compiled(raw["stake_of_before"]).search(before) and _compiled(raw["stake_of_after"]).match(after))


@lru_cache(maxsize=16)
def _compiled(pattern: str) -> regex.Pattern:
    """A vocabulary pattern (patterns/en/claims.json), compiled once rather than looked up per call."""
    return regex.compile(pattern)


@lru_cache(maxsize=1)
def _fund_after_rx() -> tuple[regex.Pattern, tuple[str, ...] | None]:
    """("'s bond fund", ' Income Fund': a fund-family noun in the few words after a name; the nouns, when
    they are plain words, one of which any match holds as written)."""
    nouns = load_json("claims.json")["fund_families"]["nouns"]
    plain = tuple(nouns) if all(k.isalpha() for k in nouns) else None
    return regex.compile(rf"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{'|'.join(nouns)})\b"), plain


def _possessed_object(text: str, n: Name, q: dict) -> bool:
    """'Orban holds half of Lorvik's capital and 27% of its voting rights': a name that owns another noun of the
    clause's object ('of X's equity') is not what the figure is about; "of Lorvik's 13.8 million shares" still is."""
    if not text.startswith(("'s", "’s"), n.end) or not _OF_BEFORE.search(text, max(0, n.start - 8), n.start):
        return False
    possessed = text[n.end + 2:q["start"]].strip()
    return bool(possessed) and not possessed[:1].isdigit() and not possessed.startswith(("$", "#", "€", "£"))


def _buyer(text: str, n: Name, q: dict) -> bool:
    """'agreed to sell its candy unit to Varnet for $370 million': the buyer is the sale's object; the price is the
    seller's."""
    _, _, sold_to, price_for = _object_rules()
    return sold_to.found(text, max(0, n.start - 12), n.start) and price_for.fullmatch(text, n.end,
                                                                                             q["start"]) is not None


def _acting_place(text: str, s: Sentence, n: Name, lex: Lexicon) -> bool:
    """'Kenya's government', 'Indonesia's budget', and a place opening its sentence before a lower-case word
    ('Ghana will spend $1.5bn', 'China exported 5 million cars'): a place acting as the subject."""
    if any(text.startswith(w, n.end) for w in lex.cues.place_subject_after):
        return True
    opens = _CLAUSE_OPENS.fullmatch(text, s.start, n.start)
    word = _NEXT_WORD.match(text, n.end + 1)
    if opens and opens.group(1) and text[n.start:n.end] in lex.demonyms and word is not None \
            and (word.group(0) in lex.cues.verbs_after_demonym or word.group(0).endswith("ed")):
        return True  # 'The US accounted for 42% of sales': a place both a demonym and what acts
    if not text.startswith(" ", n.end) or not opens or (opens.group(1) and text[n.start:n.end] in lex.demonyms):
        return False  # a place opening its sentence or a clause of its own ('The United States spent ...,
        # while China spent ...'); 'The British paper concern' is a description
    return word is not None and word.group(0) not in lex.cues.place_opening_not_before


_NEXT_WORD = regex.compile(r"[a-z]+\b(?!-)")
_CONTRAST = regex.compile(r",\s+(?:while|whereas|but|although|though)\s")
_CLAUSE_OPENS = regex.compile(r"\s*(?:[^,;]*,\s+(?:while|whereas|but|and|although|though)\s+)?([Tt]he\s+)?")
# a valuation of 'it', 'the company': the clause's subject, the first name of the sentence (not the investor)
_VALUED_IT = regex.compile(r"\bvalu(?:ing|ed|es)\s+(?:it|them|the\s+(?:company|firm|startup|group|business|platform))"
                           r"\s+at\s+(?:(?:about|around|roughly|nearly|some|more\s+than)\s+)?$")
# 'economists at Ravelle Bank', 'an analyst with Harwick Securities': who forecasts, not what is forecast
_FORECASTER_AT = regex.compile(r"\b(?:economists?|analysts?|strategists?|researchers?)\s+(?:at|with|from)\s+$",
                               regex.IGNORECASE)
_PRONOUNS = frozenset({"its", "their", "it", "they", "his", "her"})  # point back at the name before them


def claim_scope(text: str, s: Sentence, q: dict, clause_start: int, doc: Document) -> str | None:
    window = text[clause_start:q["start"]]
    cues = doc.lex.cues
    if holds(window, cues.segment_words):
        for m in cues.segment_rx.finditer(text, clause_start, q["start"]):
            if not in_closed_aside(text, m.start(), m.end(), s.start, q["start"]):
                return m.group(1)  # not 'Orbis, which sold its fuel business, said revenue rose 8%'
    places = [n for n in s.names if n.kind == "place" or (n.kind == "group" and n.place)]
    if places:
        def distance(n: Name) -> float:
            return q["start"] - n.end if n.end <= q["start"] else (n.start - q["end"]) * 1.2

        nearest = min(places, key=distance)
        return nearest.place or nearest.text
    return doc.main()[1]


def place_subject(doc: Document, draft: ClaimDraft) -> str | None:
    """A claim with no subject in a sentence that writes '<metric> in <place>' before the figure ('Inflation
    in Germany slowed to 2.2%', 'Smartphone shipments in Indonesia fell 6% to 9.4 million units'): the place
    is what the figure describes. Not a place the sentence names otherwise ('3.6 million from South Korea',
    'gained 9 pence in London'), nor the article's main place."""
    if not draft.scope:
        return None
    s, start, text = doc.sentence_at(draft.figure["start"]), draft.figure["start"], doc.text
    for n in s.names:
        if n.kind == "place" and n.end <= start and draft.scope in (n.text, n.place) \
                and (any(m.end <= n.start and _IN_PLACE.fullmatch(text, m.end, n.start) for m in s.metrics)
                     or _OPENING_IN_PLACE.fullmatch(text, s.start, n.start)
                     or _LABEL_BEFORE.fullmatch(text, s.start, n.start) and text.startswith(":", n.end)):
            return draft.scope  # also a sentence that opens with what is measured there: 'Births in Kenya dropped',
            # and a list item labelled with the place ('- Croatia: the monthly minimum rose 12%')
    return None


def listed_place(doc: Document, draft: ClaimDraft) -> str | None:
    """A place set right before its figure as an item of a list ('The UK took 12% of the market, France 9% and
    Italy 5%', 'followed by China at 24% and the UK at 18%'): the item's own subject, over a place named before it
    (a company's figures by place keep the company: 'Telvane's sales rose 5% in Germany, France 9%')."""
    if not draft.scope or (draft.subject is not None and draft.subject not in doc.lex.places):
        return None
    s, start, text = doc.sentence_at(draft.figure["start"]), draft.figure["start"], doc.text
    if any(n.kind == "place" and draft.subject in (n.text, n.place) and text.startswith(("'s", "’s"), n.end)
           for n in s.names):
        return None  # "Norway's exports to Poland rose 9% to NOK 14 billion, France NOK 11 billion": the place a
        # possessive owns the figures; the list's places are where they went
    for n in s.names:
        if n.kind == "place" and n.end <= start and draft.scope in (n.text, n.place) \
                and _ITEM_GAP.fullmatch(text, n.end, start) and _ITEM_BEFORE.search(text, s.start, n.start):
            return draft.scope
    return None


_ITEM_GAP = regex.compile(r"\s+(?:(?:at|with|on)\s+)?(?:(?:about|around|roughly|nearly|some|just)\s+)?")
_ITEM_BEFORE = regex.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+|\bfollowed\s+by\s+|\bthen\s+|\bwhile\s+)(?:the\s+)?$")


_CITED_BEFORE = regex.compile(r"\b(?:[Aa]ccording\s+to\s+(?:[\w-]+\s+){0,5}|(?:[Aa]n?|[Tt]he)\s+(?:new\s+|latest\s+)?"
                              r"(?:study|report|survey|analysis|poll|review|audit)\s+(?:[a-z]+\s+){0,3}?(?:by|from)\s+"
                              r"(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+){0,2})$")
_ACCORDING_TO = regex.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?$")  # the source, not the subject (read over
# ACCORDING_REACH characters: 'according to the ' is 17)
ACCORDING_REACH = 20
_IN_PLACE = regex.compile(r"\s+(?:in|across)\s+(?:the\s+)?")
_LABEL_BEFORE = regex.compile(r"\s*(?:[-•*–—]\s*)?")  # a list item's bullet, if any
# a sentence opening with a few words of what is measured, then the place: 'Births in', 'Average rent in',
# 'Investment in clean energy across'
_OPENING_IN_PLACE = regex.compile(r"\s*[A-Z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}"
                                  r"(?:\s+in\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)?\s+(?:in|across)\s+(?:the\s+)?")


def entities_of(text: str, claims: list[ClaimDraft]) -> list[dict[str, Any]]:
    """One entity per subject or source name, with every place the text writes it."""
    wanted: dict[tuple[str, str], None] = {}
    for c in claims:
        if c.subject:
            wanted[(c.subject, "org")] = None
        if c.source:
            wanted[(c.source, "source")] = None
    out: list[dict[str, Any]] = []
    ids: dict[tuple[str, str], str] = {}
    for k, (name, kind) in enumerate(wanted, start=1):
        out.append({"id": f"e{k}", "name": name, "kind": kind, "mentions": _occurrences(text, name)})
        ids[(name, kind)] = f"e{k}"
    for c in claims:
        c.subject_entity = ids.get((c.subject, "org")) if c.subject else None
        c.source_entity = ids.get((c.source, "source")) if c.source else None
    return out


def _occurrences(text: str, name: str) -> list[list[int]]:
    out, k = [], text.find(name)
    while k >= 0:
        end = k + len(name)
        if (k == 0 or not text[k - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            out.append([k, end])
        k = text.find(name, end)
    return out
