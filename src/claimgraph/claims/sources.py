"""According to whom: the sources a sentence names, the speaker a pronoun points at, and the story's reporting
frame that covers sentences naming nobody."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from claimgraph.claims.leftmost import alternation_matches
from claimgraph.claims.lexicon import Lexicon, norm
from claimgraph.claims.names import (
    BASED,
    PARTY_TAG,
    POSSESSIVE,
    Name,
    common_words,
    descriptors_before,
    listed_opener,
    untitled,
)
from claimgraph.claims.subjects import company_before, lead_company
from claimgraph.resources import load_json
from claimgraph.resources.literals import fold

if TYPE_CHECKING:
    from claimgraph.claims.document import Document, Sentence


class SourceFrame:
    """Who reports the figures where a sentence (and its paragraph) names nobody: the first source the story
    named in a reporting frame ('X said', 'according to X': the release or report the story is built on),
    else the story's topic company (an earnings story reports the company's release throughout). Analysts,
    people quoted later and citations cover their own sentence. 'The company' is the topic company."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.current: str | None = None
        self.self_report = False
        self.switched = False  # the last figure's source is the company it is about, not the frame
        self.topic_aliases = doc.lex.topic_aliases
        self.transient = doc.lex.transient_sources
        self.citations = doc.lex.raw["sources"]["citations"]
        self.citation_screens = doc.lex.citation_screens
        self.honorifics = doc.lex.honorifics
        self.designators = doc.lex.designators
        self.org_names: list[str] | None = None  # every organisation the text names, once asked for
        self.lead_read = False  # whether the first sentence's source was asked for (_open_with_lead)

    def source_for(self, own: str | None, sentence: list[int], subject: str | None = None) -> str | None:
        """The figure's source: its own (which may open the story's frame), else the frame's. In a story
        framed by a company's own release ('Orbital Works said its net fell ...'), a figure about another company
        named in its sentence ('At EDS, profit jumped 16%') is that company's release."""
        main, _, canonical = self.doc.main()
        if not self.lead_read:
            self.lead_read = True
            if self.doc.spans and sentence[0] > self.doc.spans[0][0]:
                self._open_with_lead(canonical)
        topic = main if main and main not in self.doc.lex.places else self._lead_company()
        base = self.current or topic  # with no frame named, the topic company's own release
        subject = canonical.get(subject, subject) if subject else None
        self.switched = own is None and base is not None and subject is not None and self._releases(subject, base)
        if self.switched and subject is not None:
            if self.current is not None and self.doc.lex.cues.carry_stop_rx.match(self.doc.text, sentence[0]):
                self.current = subject  # "Separately, Quillon Air Lines ... reported ...": the next release
            return self._family(subject) or subject  # a fund's figures are its family's release
        family = self._family(subject) if own is None and subject is not None and base is not None else None
        if family is not None:
            return family
        if own is not None:
            cited = self._cited(own, sentence)
            own = alias = self._full_name(own, canonical)
            if self._alias(own):
                own = self._named_by_head(own, sentence, canonical) \
                    or company_before(self.doc.sentence_at(sentence[0]), self.doc) or main \
                    or self._antecedent(sentence, canonical) or self._lead_company() \
                    or self._first_company(alias, sentence, canonical) or own
            speaks_for_itself = subject is not None and _same_company(subject, own)
            if self.current is None and norm(own) not in self.transient and not self._person(own) and not cited:
                self.current = own  # the story's frame: it governs what follows
                self.self_report = speaks_for_itself
            elif self.self_report and speaks_for_itself and not cited:
                self.current = own  # "Separately, Quillon Air Lines reported ...": the next release
            return own
        return base

    def _cited(self, own: str, sentence: list[int]) -> bool:
        """"Bloomberg's report that ...", "data from Tabcut": a source for its own sentence, no frame."""
        said = self.doc.text[sentence[0]:sentence[1]]
        return any((screen is None or screen.search(said)) and regex.search(p.replace("{S}", regex.escape(own)), said)
                   for p, screen in zip(self.citations, self.citation_screens, strict=True))

    def _open_with_lead(self, canonical: dict[str, str]) -> None:
        """A story whose first sentence states no figure but names who says it ('Regulators cleared the
        takeover, Orbis Bank said.') is that source's report: the frame opens there, as a figure's own source
        would open it, when the first figure comes later. A lead company saying its own news opens nothing: the
        topic company's release is the frame already."""
        first = self.doc.sentence(0)
        for n in first.sources:
            own = self._full_name(n.text, canonical)
            if norm(own) in self.transient or self._alias(own) or self._person(own) \
                    or self._cited(n.text, [first.start, first.end]):
                continue
            lead = self._lead_company()
            if lead is None or not _same_company(lead, own):  # a company telling its own news: the topic's frame
                self.current = own
            return

    def _family(self, fund: str) -> str | None:
        """A fund reports through the family that runs it: 'Tarvel Income Fund' -> 'Tarvel Investments', "Ostby's
        $900 million Harbor Portfolio" -> 'Ostby Group Inc.' (a name the text writes with the family's word)."""
        nouns = self.doc.lex.raw["fund_families"]["nouns"]
        if fund.split()[-1].lower() not in nouns:
            return None
        m = regex.search(r"([A-Z][\w.&-]*)['’]s\s+(?:\$[\d.,]+\s+(?:million|billion)\s+)?" + regex.escape(fund),
                         self.doc.text)
        word = m.group(1) if m else fund.split()[0]
        if self.org_names is None:
            canonical = self.doc.main()[2]
            self.org_names = sorted({canonical.get(n.text, n.text) for k in range(len(self.doc.spans))
                                     for n in self.doc.sentence(k).names if n.kind == "org"})
        return next((n for n in self.org_names if n != fund and n.split()[0] == word
                     and n.split()[-1].lower() not in nouns), None)

    def _alias(self, name: str) -> bool:
        """A company named by its kind: 'the lender', or 'miner' read after 'the ASX-listed'."""
        return norm(name) in self.topic_aliases or f"the {norm(name)}" in self.topic_aliases

    def _lead_company(self) -> str | None:
        """With no dominant topic company, the company the story's first sentence opens with ('Halden AB, the
        Stockholm office supplies company, proposed ...'): its announcement is what the story reports. The
        same for every figure (asked after the document's main() has named its persons)."""
        name = lead_company(self.doc)  # a dateline's city ('NAIROBI, Kenya (AP) _') reports nothing
        return None if name is None or self._person(name) else name

    def _releases(self, subject: str, base: str) -> bool:
        """Whether a figure about `subject` is that company's own release rather than the frame's: the frame is
        a company's own release (with no frame named, the topic company's; then only a company written with its
        designator, 'Dorrance Inc.', counts as one with a release of its own) and `subject` is another company."""
        self_report = self.self_report if self.current is not None else subject.endswith(self.designators)
        # a market or a group written in lower case ('the cereal market', 'junk funds') has no release of its own
        return self_report and subject[:1].isupper() and subject not in self.doc.lex.places \
            and not self._person(subject) \
            and norm(subject) not in self.topic_aliases and not _same_company(subject, base)

    def _antecedent(self, sentence: list[int], canonical: dict[str, str]) -> str | None:
        """'Harlow Medical fell 2 to 19. The company said ...': in a story with no topic company, 'the
        company' is the company the paragraph's previous sentence named last."""
        k = bisect_right(self.doc.starts, sentence[0]) - 1
        if k < 1 or self.doc.sentence(k - 1).paragraph != self.doc.sentence(k).paragraph:
            return None
        orgs = [n.text for n in self.doc.sentence(k - 1).names if n.kind == "org" and not self._person(n.text)]
        return canonical.get(orgs[-1], orgs[-1]) if orgs else None

    def _named_by_head(self, alias: str, sentence: list[int], canonical: dict[str, str]) -> str | None:
        """'the agency reported' after 'The official Iraqi News Agency ...', 'the university said' after 'Harwick
        University': the last organisation named up to the alias (its sentence and the two before) whose name
        ends with the alias's noun."""
        head = alias.split()[-1].lower()
        at = self.doc.text.find(alias, sentence[0], sentence[1])
        k = bisect_right(self.doc.starts, sentence[0]) - 1
        for j in range(k, max(-1, k - 3), -1):
            for n in reversed(self.doc.sentence(j).names):
                if n.kind == "org" and (j < k or n.end <= at) and n.text.split()[-1].lower() == head:
                    return canonical.get(n.text, n.text)
        return None

    def _first_company(self, alias: str, sentence: list[int], canonical: dict[str, str]) -> str | None:
        """'Mortgage rates at Fendale Savings climbed to 6.8%, the lender said': the first organisation the alias's
        own sentence names before it (the clause's subject, not a place or a person)."""
        at = self.doc.text.find(alias, sentence[0], sentence[1])
        first = next((n.text for n in self.doc.sentence_at(sentence[0]).names
                      if n.kind == "org" and n.end <= at and not self._person(n.text)), None)
        return canonical.get(first, first) if first else None

    def _person(self, name: str) -> bool:
        return name in self.doc.persons or name.split(" ", 1)[0] in self.honorifics

    def _full_name(self, name: str, canonical: dict[str, str]) -> str:
        """'Harrow Brothers Inc. Ms. Lindqvist' (a missed sentence break) -> 'Ms. Lindqvist'; 'Mr. Kovac' ->
        'Ivan P. Kovac' when the text named him in full."""
        words = name.split()
        cut = max((k for k, w in enumerate(words) if w in self.honorifics), default=None)
        if cut is not None:
            words = words[cut:]
            bare = " ".join(words[1:])
            full = canonical.get(bare) or next((p for p in self.doc.persons if p.endswith(" " + bare)
                                                and p.split(" ", 1)[0] not in self.honorifics), None)
            if full is None and bare:  # "Ivan P. Kovac" written once, before "Mr. Kovac"
                m = regex.search(r"(?<![\w.])(?:[A-Z][\w.'’-]*\s+){1,3}" + regex.escape(bare) + r"\b", self.doc.text)
                if m and m.group(0).split()[0] not in self.honorifics:
                    full = m.group(0)
            return full or " ".join(words)
        return canonical.get(name, name)


def _same_company(a: str, b: str) -> bool:
    """'Brisco' and 'Brisco Co.', 'Orbital Works Systems' and 'Orbital Works': one names the other."""
    a, b = norm(a).rstrip("."), norm(b).rstrip(".")
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def claim_source(text: str, s: Sentence, q: dict, lex: Lexicon, role: str | None = None) -> str | None:
    """The sentence's source nearest before the figure, else its first; a named one outranks a generic one
    ('Analysts had estimated earnings of 41 cents a share, LSEG data showed'). The pollster of a forecast after
    the figure ('analysts surveyed by Bloomberg') reports forecasts and estimates only."""
    transient = lex.transient_sources
    polled = role not in ("forecast", "estimate")
    # a bound source right after the figure reports it ('the $2.2 billion analysts had expected')
    every = [n for n in s.sources
             if not (n.start > q["start"] and (_bound(text, n, lex, transient) and not text[q["end"]:n.start].isspace()
                                               or polled and _POLLSTER.search(text, s.start, n.start)))]
    if not every:
        return None
    sources = [n for n in every if norm(n.text) not in transient] or every
    if not sources:
        return None
    before = [n for n in sources if n.start <= q["start"]]
    leading = _leading_transient(text, s, q, lex, transient)
    if leading is not None and not any(n.start > q["start"] for n in sources):
        return leading.text
    return (before[-1] if before else sources[0]).text


def _compound_opener(text: str, a: int, start: int, end: int, name: str) -> bool:
    """One common word opening the sentence before a saying verb that is also a plural noun (claims.json
    sources.noun_verbs)."""
    if text[a:start].strip(" \t\n\"'“‘(") or name.lower() not in common_words():
        return False
    after = _NEXT_WORD.match(text, end)
    # the verb's reading takes an object or a clause ('Target forecasts a 2% fall', 'Lantern warns that ...')
    return after is not None and after.group(1) in _noun_verbs() and after.group(2).lower() not in _OBJECT_OPENERS


_NEXT_WORD = regex.compile(r"\s+(\w+)\s+([\w'’-]+)")
_OBJECT_OPENERS = frozenset({"a", "an", "the", "that", "its", "their", "his", "her", "our", "this", "these", "those",
                             "it", "they", "he", "she", "we", "about", "around", "some", "more", "less", "further"})


@lru_cache(maxsize=1)
def _noun_verbs() -> frozenset[str]:
    return frozenset(load_json("claims.json")["sources"]["noun_verbs"])


_POLLSTER = regex.compile(r"\b(?:polled|surveyed)\s+by\s+(?:the\s+)?$")


def pronoun_speaker(doc: Document, s: Sentence) -> str | None:
    """'He said the plant would cost $40 million': the person named last before the pronoun, a few
    sentences back at most."""
    if s.start not in doc.speakers:  # the same for every figure of the sentence
        doc.speakers[s.start] = _speaker(doc, s)
    return doc.speakers[s.start]


def _speaker(doc: Document, s: Sentence) -> str | None:
    rule = doc.lex.raw["sources"]["pronoun_speakers"]
    m = doc.lex.pronoun_speaker_rx.search(doc.text[s.start:s.end])
    if m is None:
        return None
    k = bisect_right(doc.starts, s.start) - 1
    for j in range(k, max(-1, k - rule["reach_sentences"]), -1):
        persons = [n for n in doc.sentence(j).names if n.kind == "person" and n.start < s.start + m.start()]
        if persons:
            return persons[-1].text
    return None


def _bound(text: str, n: Name, lex: Lexicon, transient: frozenset[str]) -> bool:
    """'analysts' expectations', 'analysts expected': a transient source that reports only what it leads into."""
    return norm(n.text) in transient and lex.bound_rx.match(text[n.end:n.end + 40]) is not None


def _leading_transient(text: str, s: Sentence, q: dict, lex: Lexicon, transient: frozenset[str]) -> Name | None:
    """The transient source whose words lead straight into the figure ('analysts' expectations of
    #130 million'): the nearest source before it, a few words away with no punctuation between."""
    before = [n for n in s.sources if n.end <= q["start"]]
    if not before or norm(before[-1].text) not in transient:
        return None
    gap = text[before[-1].end:q["start"]]
    words = regex.sub(r"^['’]", "", gap).split()
    close = len(words) <= lex.raw["sources"]["transient_reach"]["max_words"]
    return before[-1] if close and not regex.search(r"[^\w\s'’-]", gap) else None


_STATE = regex.compile(r"[A-Z][a-z]{1,4}\.")  # "Calif.", "Okla."
_DATELINE_BEFORE = regex.compile(r"(?P<org>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,5}),\s+"
                                 r"(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*,\s+$")


def find_sources(text: str, a: int, b: int, lex: Lexicon) -> list[Name]:
    found: dict[tuple[int, int], Name] = {}
    folded = fold(text[a:b])  # a pattern whose needed strings it lacks cannot match: no regex to run
    possible = lex.source_needs.possible(folded)
    for rx, screen, can in zip(lex.source_rxs, lex.source_screens, possible, strict=True):
        if not can or (screen is not None and not screen.search(text, a, b)):
            continue  # the cue after the name is not in the sentence
        for m in rx.finditer(text, a, b):
            start, end = m.span("S")
            name = POSSESSIVE.sub("", text[start:end])
            if not name.endswith(lex.designators):
                name = name.rstrip(".")  # "... said Acme." ends the sentence; "Acme Corp." keeps its dot
            words = name.split()
            # "Analysts at ...", "According ...": leading words that name nobody; a demonym before another
            # capitalised word opens the name ("American Medical announced", "British Petroleum Co. said")
            # nor does a seat before the name ('Mich.-based First of America said')
            while words and (words[0] in lex.not_subjects and not (words[0] in lex.demonyms and len(words) > 1)
                             and not listed_opener(words, lex)
                             or len(words) > 1 and (BASED.search(words[0])
                                                    or words[0].lower() in descriptors_before())):
                words = words[1:]
            # "according to Harrow Data Inc. That's less ...": a missed sentence break after the designator
            cut = next((k for k in range(1, len(words)) if words[k - 1].endswith(lex.designators)
                        and POSSESSIVE.sub("", words[k]) in lex.not_subjects), None)
            words = words[:cut] if cut is not None else words
            if not words or PARTY_TAG.fullmatch(words[0]) or len(words) == 1 and words[0] in lex.demonyms:
                continue  # nobody; a legislator's party and state after the name ('Ada Kell, R-Ohio, said'); a
                # demonym alone describes the source after it ('according to Spanish newspaper Diario Fenta')
            name = " ".join(words)
            if len(words) == 1 and _compound_opener(text, a, start, end, name):
                continue  # 'Burglary reports in Tolvern fell': a common word and a noun, nobody reporting
            person = untitled(name) if not name.endswith(lex.designators) else None
            if person is not None:  # 'Chief Financial Officer Marisol Eckhart said': the person, not the title
                name, words = person, person.split()
            start = text.index(words[0], start)
            if name.rstrip(".") in lex.places or _STATE.fullmatch(name):
                # "Morvan Data Inc., El Paso, Texas, said": the company before its city and state
                dateline = _DATELINE_BEFORE.search(text, max(a, start - 120), start)
                if dateline is not None:
                    name, start = dateline.group("org"), dateline.start("org")
            found[(start, start + len(name))] = Name(start, start + len(name), name, "outlet")
    for m in lex.alias_source_rx.finditer(text, a, b):  # ', the lender said'
        found.setdefault(m.span(1), Name(m.start(1), m.end(1), m.group(1), "outlet"))
    # lowercase_source_rx's alternatives that can match here: the alternation of these finds what it finds
    parts = [p for p, can in zip(lex.lowercase_source_parts, lex.lowercase_source_needs.possible(folded), strict=True)
             if can]
    if not parts:
        return sorted(found.values(), key=lambda n: n.start)
    for _, m in alternation_matches(parts, text, a, b):  # lowercase_source_rx's matches
        group = next(k for k in range(1, m.re.groups + 1) if m.group(k))  # the pattern that matched
        start, end = m.span(group)
        if not any(start < e and s < end for s, e in found):
            found[(start, end)] = Name(start, end, m.group(group), "outlet")
    return sorted(found.values(), key=lambda n: n.start)
