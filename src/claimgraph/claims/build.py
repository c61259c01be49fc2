"""Figures -> claims: each quantity's subject, metric, scope, period, role, source and hedges, read from its
sentence and, where the sentence is silent, from the discourse around it (the article's main subject, the
period and source the paragraph is about); then the links between claims (links.py).
Plain data in, plain data out."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import regex

from claimgraph.claims.draft import ClaimDraft
from claimgraph.claims.index import REACH, Lines, Periods, Spans, in_order, last_before
from claimgraph.claims.lexicon import Cues, Hit, Lexicon, lexicon, norm
from claimgraph.claims.links import link_claims
from claimgraph.claims.names import POSSESSIVE, DocNames, Name, names_in
from claimgraph.claims.sentences import sentences

Hints = list[tuple[int, int, str]] | None


class _Sentence:
    """One sentence and what it names, computed once for all its figures."""

    __slots__ = ("start", "end", "paragraph", "names", "sources", "generic", "metrics", "roles", "hedges")

    def __init__(self, text: str, start: int, end: int, paragraph: int, lex: Lexicon, doc: DocNames, hints,
                 blocked: list[tuple[int, int]]) -> None:
        self.start, self.end, self.paragraph = start, end, paragraph
        by: dict[str, list] = {"metric": [], "role": [], "hedge": [], "generic": [], "place": []}
        for h in lex.phrases.find(text, start, end):
            by[h.category].append(h)
        # "gross domestic product" is a metric, not a domestic scope
        by["place"] = [p for p in by["place"] if not any(m.start <= p.start and p.end <= m.end for m in by["metric"])
                       and not _inside_name_or_descriptor(text, p, lex)]
        self.metrics, self.roles, self.generic = by["metric"], by["role"], by["generic"]
        self.hedges = sorted({h.value for h in by["hedge"]})
        lowered = text[start:end].lower()
        self.sources = _sources(text, start, end, lex) if any(c in lowered for c in lex.source_cues) else []
        # an outlet or data firm that reports a figure is not what the figure is about; a company that
        # says its own figure ("Acme said its revenue ...") is both
        spans = [(n.start, n.end) for n in self.sources if n.text in lex.outlet_names or n.text[:1].islower()]
        named = names_in(text, start, end, lex, doc, hints, by["place"], blocked + spans)
        self.names = [n for n in named if n.kind != "place" or not _inside_name_or_descriptor(text, n, lex)]


def _inside_name_or_descriptor(text: str, p: Hit | Name, lex: Lexicon) -> bool:
    """'New York Stock Exchange' is a name, not New York; 'The Cleveland maker of hand tools' says where the
    company is based, not where the figure is."""
    if _NAME_GOES_ON.match(text, p.end):
        return True
    return text[max(0, p.start - 4):p.start].lower() == "the " and bool(lex.cues.descriptor_rx.match(text, p.end))


_NAME_GOES_ON = regex.compile(r" [A-Z][a-z]")
_CITY_STATE = regex.compile(r",\s+[A-Z][a-z]{1,4}\.,")  # "Quillon Air Inc., Tulsa, Okla., reported": a place
_FOR_NAME = regex.compile(r"\s+for\s+(?:the\s+)?")
_ASIDE = regex.compile(r"--[^-\n]{1,160}?--|\([^()\n]{1,160}\)")
_OBJECT_BEFORE = regex.compile(r"\b(?:in|of|from|with|by|at|on|into|over|against)\s+(?:(?:the|a|an|its|their|his|"
                               r"her)\s+)?(?:[\w'’-]+['’]s?\s+)?$", regex.IGNORECASE)
_APPOSED_OWNER = regex.compile(r"['’]s?(?:\s+[a-z][\w/-]*){1,5},")


class _Document:
    """The discourse: sentences, the article's main subject and place, canonical names, the periods that are
    a comparison's base and the article's main period."""

    def __init__(self, text: str, quantities: list[dict], periods: list[dict], hints: Hints, lex: Lexicon,
                 ignored: Iterable[Sequence[int]]):
        self.text, self.lex, self.hints = text, lex, hints
        self.quantities, self.periods = quantities, periods
        # page furniture is no sentence: the headline is the first real line
        furniture = Spans([(x, y) for x, y in ignored])
        self.spans = [(a, b) for a, b in sentences(text) if not furniture.overlapping(a, a + 1)]
        self.starts = [a for a, _ in self.spans]
        self.lines = Lines(text)
        self.period_index = Periods(periods, self.lines, self.starts)
        self.names = DocNames(text)
        self.blocked = Spans([(p["start"], p["end"]) for p in periods] + [(q["start"], q["end"]) for q in quantities])
        self.cache: dict[int, _Sentence] = {}
        self.carry_until: dict[int, int] = {}  # a governing period's start -> where a topic turn ends its reign
        self._main: tuple[str | None, str | None, dict[str, str]] | None = None
        self.persons: set[str] = set()
        self.base_periods = _base_periods(text, quantities, periods, lex)
        self.main_period = _main_period(self, periods, self.base_periods)

    def sentence(self, k: int) -> _Sentence:
        if k not in self.cache:
            a, b = self.spans[k]
            paragraph = self.lines.before(a)
            self.cache[k] = _Sentence(self.text, a, b, paragraph, self.lex, self.names, self.hints,
                                       self.blocked.overlapping(a, b))
        return self.cache[k]

    def sentence_at(self, pos: int) -> _Sentence:
        return self.sentence(max(0, bisect_right(self.starts, pos) - 1))

    def main(self) -> tuple[str | None, str | None, dict[str, str]]:
        """(main subject, main place, canonical names). The main subject is the first name of the headline
        (the first sentence) when it dominates the article; 'its' and 'the company' point to it, and so do
        figures whose sentence names nobody."""
        if self._main is None:
            all_names = [n for k in range(len(self.spans)) for n in self.sentence(k).names]
            canonical = _canonical_names([n for n in all_names if n.kind in ("org", "outlet", "person")])
            self.persons = {n.text for n in all_names if n.kind == "person"}
            counts = Counter(canonical.get(n.text, n.text) for n in all_names if n.kind in ("org", "place", "group"))
            head, head_places = self._headline_names(canonical, counts)
            subject = self._dominant(head, canonical, counts)
            place = head_places.pop() if len(head_places) == 1 else None
            self._main = (subject, place, canonical)
        return self._main

    def _headline_names(self, canonical: dict[str, str], counts: Counter[str]) -> tuple[list[Name], set[str]]:
        """The recurring organisations (else places) of the headline, or of the lead when the page has none,
        and the places that sentence names."""
        for k in range(min(5, len(self.spans))):
            named = self.sentence(k).names
            recurring = [n for n in named if counts[canonical.get(n.text, n.text)] >= 2]
            head = [n for n in recurring if n.kind == "org"] or [n for n in recurring if n.kind == "place"]
            if head:
                return head, {n.text for n in named if n.kind == "place"}
        return [], set()

    def _dominant(self, head: list[Name], canonical: dict[str, str], counts: Counter[str]) -> str | None:
        """The headline's most named name (the first of equals), when the article names it more often than any
        rival and the headline names no other recurring organisation, or more than twice as often as any rival."""
        if not head:
            return None
        names = [canonical.get(n.text, n.text) for n in head]
        first = max(names, key=lambda n: counts[n])  # max keeps the first of equals
        # an organisation competes with organisations; a country heading a budget story with both
        rivals = [c for n, c in counts.items() if n != first and (head[0].kind == "place" or n not in self.lex.places)]
        alone = len({canonical.get(n.text, n.text) for n in head}) == 1
        if counts[first] >= 2 and counts[first] > (1 if alone else 2) * max(rivals, default=0):
            return first
        return None


class _SourceFrame:
    """Who reports the figures where a sentence (and its paragraph) names nobody: the first source the story
    named in a reporting frame ('X said', 'according to X': the release or report the story is built on),
    else the story's topic company (an earnings story reports the company's release throughout). Analysts,
    people quoted later and citations cover their own sentence. 'The company' is the topic company."""

    def __init__(self, doc: _Document) -> None:
        self.doc = doc
        self.current: str | None = None
        self.self_report = False
        self.switched = False  # the last figure's source is the company it is about, not the frame
        self.topic_aliases = doc.lex.topic_aliases
        self.transient = doc.lex.transient_sources
        self.citations = doc.lex.raw["sources"]["citations"]
        self.honorifics = doc.lex.honorifics
        self.designators = doc.lex.designators

    def source_for(self, own: str | None, sentence: list[int], subject: str | None = None) -> str | None:
        """The figure's source: its own (which may open the story's frame), else the frame's. In a story
        framed by a company's own release ('Orbital Works said its net fell ...'), a figure about another company
        named in its sentence ('At EDS, profit jumped 16%') is that company's release."""
        main, _, canonical = self.doc.main()
        topic = main if main and main not in self.doc.lex.places else None
        base = self.current or topic  # with no frame named, the topic company's own release
        subject = canonical.get(subject, subject) if subject else None
        self.switched = own is None and base is not None and subject is not None and self._releases(subject, base)
        if self.switched:
            if self.current is not None and self.doc.lex.cues.carry_stop_rx.match(self.doc.text, sentence[0]):
                self.current = subject  # "Separately, Quillon Air Lines ... reported ...": the next release
            return subject
        if own is not None:
            # "Bloomberg's report that ...", "data from Tabcut": a source for its own sentence, no frame
            said = self.doc.text[sentence[0]:sentence[1]]
            cited = any(regex.search(p.replace("{S}", regex.escape(own)), said) for p in self.citations)
            own = self._full_name(own, canonical)
            if norm(own) in self.topic_aliases:
                own = main or self._antecedent(sentence, canonical) or own
            speaks_for_itself = subject is not None and _same_company(subject, own)
            if self.current is None and norm(own) not in self.transient and not self._person(own) and not cited:
                self.current = own  # the story's frame: it governs what follows
                self.self_report = speaks_for_itself
            elif self.self_report and speaks_for_itself and not cited:
                self.current = own  # "Separately, Quillon Air Lines reported ...": the next release
            return own
        return base

    def _releases(self, subject: str, base: str) -> bool:
        """Whether a figure about `subject` is that company's own release rather than the frame's: the frame is
        a company's own release (with no frame named, the topic company's; then only a company written with its
        designator, 'Armco Inc.', counts as one with a release of its own) and `subject` is another company."""
        self_report = self.self_report if self.current is not None else subject.endswith(self.designators)
        return self_report and subject not in self.doc.lex.places and not self._person(subject) \
            and norm(subject) not in self.topic_aliases and not _same_company(subject, base)

    def _antecedent(self, sentence: list[int], canonical: dict[str, str]) -> str | None:
        """'Harlow Medical fell 2 to 19. The company said ...': in a story with no topic company, 'the
        company' is the company the paragraph's previous sentence named last."""
        k = bisect_right(self.doc.starts, sentence[0]) - 1
        if k < 1 or self.doc.sentence(k - 1).paragraph != self.doc.sentence(k).paragraph:
            return None
        orgs = [n.text for n in self.doc.sentence(k - 1).names if n.kind == "org" and not self._person(n.text)]
        return canonical.get(orgs[-1], orgs[-1]) if orgs else None

    def _person(self, name: str) -> bool:
        return name in self.doc.persons or name.split(" ", 1)[0] in self.honorifics

    def _full_name(self, name: str, canonical: dict[str, str]) -> str:
        """'Salomon Brothers Inc. Ms. Applebaum' (a missed sentence break) -> 'Ms. Applebaum'; 'Mr. Marous' ->
        'John C. Marous' when the text named him in full."""
        words = name.split()
        cut = max((k for k, w in enumerate(words) if w in self.honorifics), default=None)
        if cut is not None:
            words = words[cut:]
            bare = " ".join(words[1:])
            full = canonical.get(bare) or next((p for p in self.doc.persons if p.endswith(" " + bare)
                                                and p.split(" ", 1)[0] not in self.honorifics), None)
            if full is None and bare:  # "John C. Marous" written once, before "Mr. Marous"
                m = regex.search(r"(?<![\w.])(?:[A-Z][\w.'’-]*\s+){1,3}" + regex.escape(bare) + r"\b", self.doc.text)
                if m and m.group(0).split()[0] not in self.honorifics:
                    full = m.group(0)
            return full or " ".join(words)
        return canonical.get(name, name)


def _same_company(a: str, b: str) -> bool:
    """'Norton' and 'Norton Co.', 'Orbital Works Systems' and 'Orbital Works': one names the other."""
    a, b = norm(a).rstrip("."), norm(b).rstrip(".")
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def build_claims(text: str, quantities: list[dict[str, Any]], periods: list[dict[str, Any]],
                 hints: Hints = None, ignored: Iterable[Sequence[int]] = ()) -> dict[str, list[dict[str, Any]]]:
    """Claims, entities and relations for one document. Quantity i is "q{i+1}", period j "p{j+1}", as in the
    Report (both lists are in text order)."""
    if not quantities:
        return {"claims": [], "entities": [], "relations": []}
    lex = lexicon()
    doc = _Document(text, quantities, periods, hints, lex, ignored)
    drafts: list[ClaimDraft] = []
    previous: tuple[ClaimDraft, str | None, str | None] | None = None  # the last claim, what it carries on
    frame = _SourceFrame(doc)
    for i, q in enumerate(quantities):
        if q["kind"] == "duration" and any(periods[j]["start"] <= q["start"] and q["end"] <= periods[j]["end"]
                                           for j in doc.period_index.overlapping(q["start"], q["end"])):
            continue  # "six months" in "the past six months" is the period's length, not a claim
        draft = _draft(doc, i, len(drafts) + 1)
        previous = _in_discourse(draft, previous, doc, frame)
        drafts.append(draft)

    _inherit_metric(drafts)
    _levels_after_changes(text, drafts)
    _segment_profits(drafts, lex)
    _compared_roles(text, drafts, lex)
    _mark_conversions(text, drafts, lex)
    _per_share_periods(text, drafts, lex)
    relations = link_claims(text, drafts, lex)
    _structural_metrics(drafts, lex)
    entities = _entities(text, drafts)
    return {"claims": [d.to_dict() for d in drafts], "entities": entities, "relations": relations}


def _in_discourse(draft: ClaimDraft, previous: tuple[ClaimDraft, str | None, str | None] | None, doc: _Document,
                  frame: _SourceFrame) -> tuple[ClaimDraft, str | None, str | None]:
    """Fill what the claim's sentence leaves to the discourse: the paragraph's source ('..., Canalys said.'
    covers the paragraph's figures), the paragraph's subject ('At EDS, profit jumped 16%. Revenue rose
    12%'), the story's source frame. Returns what the next claim of the paragraph may take over: the claim,
    its source (not a company that only stands for its own release) and the subject its text named."""
    last, carried, last_named = previous if previous is not None else (None, None, None)
    same_paragraph = last is not None and last.paragraph == draft.paragraph
    if draft.source is None and same_paragraph and (last is None or last.sentence == draft.sentence
                                                    or norm(carried or "") not in frame.transient):
        draft.source = carried  # a transient source ('a spokesman said') covers its own sentence only
    canonical = doc.main()[2]
    if draft.subject:
        draft.subject = canonical.get(draft.subject, draft.subject)
    named = draft.subject if draft.stated_subject else None
    if same_paragraph and named is None and last_named is not None and last_named not in doc.lex.places:
        draft.subject = named = last_named
    elif named is None and frame.self_report and frame.current and draft.subject is not None:
        draft.subject = frame.current  # a roundup: the company whose release the story is on now
    draft.source = frame.source_for(draft.source, draft.sentence, named)
    return draft, None if frame.switched else draft.source, named


def _draft(doc: _Document, i: int, n: int) -> ClaimDraft:
    """Claim number n, for quantity i, with every slot its sentence and the discourse fill."""
    text, lex, quantities, periods = doc.text, doc.lex, doc.quantities, doc.periods
    q = quantities[i]
    s = doc.sentence_at(q["start"])
    # the period the text is talking about, for figures that state none
    topic_period = _topic_before(periods, doc.base_periods, q["start"], s, doc, doc.main_period)
    if lex.present_rx.search(text, s.start, q["start"]):
        topic_period = None  # "Currently, TikTok has 170 million users": now, not the period before
    clause_start = _clause_start(text, s, quantities, i, lex)
    bar = _bar_for(text, _clause_start(text, s, quantities, i, lex, after_figures=False), q, lex)
    draft = ClaimDraft(id=f"c{n}", quantity=f"q{i + 1}", figure=q, sentence=[s.start, s.end], paragraph=s.paragraph,
                       hedges=s.hedges, source=_source(text, s, q, lex) or _pronoun_speaker(doc, s))
    draft.subject, draft.stated_subject = (bar, True) if bar else _subject(s, q, doc)
    draft.metric, draft.metric_text = _metric(text, s, q, lex)
    draft.scope = _scope(text, s, q, clause_start, doc)
    draft.period, draft.period_shift = _period(text, s, q, periods, doc.base_periods, topic_period, lex,
                                                   doc.period_index.overlapping(s.start, s.end))
    next_start = min(s.end, quantities[i + 1]["start"]) if i + 1 < len(quantities) else s.end
    draft.role = _role(text, s, q, clause_start, draft.metric, lex, bar is not None, next_start)
    if draft.role in ("target", "forecast", "change") and draft.period:  # "aimed to expand its GMV tenfold"
        draft.period_whole_year = _dates_the_aim(text, s, periods[int(draft.period[1:]) - 1], lex)
    return draft


# ---------------------------------------------------------------------------------------------- slots
def _dates_the_aim(text: str, s: _Sentence, p: dict, lex: Lexicon) -> bool:
    """'At the beginning of 2024, TikTok aimed to expand its GMV tenfold': the opening phrase dates the aim;
    the aim is for the year."""
    dates_a_year = p["form"] == "part" and ("year" in p["groups"] or "ryear" in p["groups"])
    return dates_a_year and _opens_sentence(text, s, p, lex)


def _opens_sentence(text: str, s: _Sentence, p: dict, lex: Lexicon) -> bool:
    """The period is the sentence's opening adverbial: '(At) the beginning of 2024, ...'."""
    head = text[s.start:p["start"]].strip().lower()
    return (not head or head in lex.cues.dating_openers) and text[p["end"]:p["end"] + 1] == ","


def _bar_for(text: str, start: int, q: dict, lex: Lexicon) -> str | None:
    """'the threshold for influencers': who a bar applies to."""
    window = text[start:q["start"]]
    if not any(w in window for w in lex.cues.bar_words):
        return None
    bar = None
    for m in lex.cues.bar_for_rx.finditer(text, start, q["start"]):
        bar = m.group(1)
    return bar


def _subject(s: _Sentence, q: dict, doc: _Document) -> tuple[str | None, bool]:
    """(subject, stated): stated is False when the sentence names nobody and the article's main subject
    stands in."""
    canonical = doc.main()[2]
    orgs = [n for n in s.names if (n.kind in ("org", "group") and canonical.get(n.text, n.text) not in doc.persons)
            or (n.kind == "place" and _possessive_place(doc.text, n, doc.lex))]
    descriptors = [n for n in orgs if doc.lex.cues.descriptor_rx.match(doc.text, n.end)
                   and doc.text[max(0, n.start - 4):n.start].lower() == "the "]
    orgs = [n for n in orgs if n not in descriptors]  # "The Cleveland maker of hand tools": the topic company
    # "Norlan Data Corp., Vantek's data processing subsidiary, boosted net": the owner inside the
    # apposition describes the subject
    orgs = [n for n in orgs if not doc.text.startswith(", ", n.start - 2)
            or not (_APPOSED_OWNER.match(doc.text, n.end) or _CITY_STATE.match(doc.text, n.end))]
    asides = [m.span() for m in _ASIDE.finditer(doc.text, s.start, q["start"])]
    # "National Intergroup, which owns 50% of ... -- National Steel Corp. -- posted net income of ...": a
    # name in a closed aside before the figure is not what the main clause is about
    before = [n for n in orgs if n.end <= q["start"] and not any(a <= n.start and n.end <= b for a, b in asides)]
    owner = _FOR_NAME.match(doc.text, q["end"])
    if owner and any(n.start == owner.end() for n in orgs):  # "compared with 3.3% for the S&P 500"
        return next(n.text for n in orgs if n.start == owner.end()), True
    generic_before = [g for g in s.generic if g.end <= q["start"]] + [d for d in descriptors if d.end <= q["start"]]
    if before and not (generic_before and generic_before[-1].start > before[-1].end and before[-1].kind == "place"):
        return before[-1].text, True
    main_subject = doc.main()[0]
    if generic_before:
        return main_subject, True
    # "a gain of $13.7 million in the carrying value of its investment in Conner Peripherals Inc.": a name
    # after the figure behind a preposition is an object, not the subject
    after = [n for n in orgs if n.start >= q["end"] and not _OBJECT_BEFORE.search(doc.text, max(s.start, n.start - 40),
                                                                                 n.start)]
    if after:
        return after[0].text, True
    return main_subject, False


def _possessive_place(text: str, n: Name, lex: Lexicon) -> bool:
    """'Kenya's government', 'Indonesia's budget': a place acting as the subject."""
    return any(text.startswith(w, n.end) for w in lex.cues.place_subject_after)


def _metric(text: str, s: _Sentence, q: dict, lex: Lexicon) -> tuple[str | None, str | None]:
    if q["kind"] == "count" and q.get("unit_text"):
        own = norm(q["unit_text"])
        if own in lex.metric_of:
            return lex.metric_of[own], q["unit_text"]
        if q.get("unit") in lex.unit_metrics:
            return lex.unit_metrics[q["unit"]], q["unit_text"]
    best = None
    for m in s.metrics:
        gap = _metric_gap(text, s, q, m, lex)
        if gap is not None and (best is None or gap < best[0]):
            best = (gap, m)
    trading = lex.cues.trading_rx.search(text, s.start, s.end) if q["kind"] == "money" else None
    if trading and (best is None or best[1].value in lex.per_share_only_metrics):
        return lex.cues.trading_metric, trading.group(0)  # "Compaq shares fell $1.625 to $108.625": a share price
    if trading and best is not None and best[0] > 0 and trading.end() <= q["start"]:
        # "Pretax profit fell 3.7% ..., but shares rose 4 pence to 212 pence": the trading cue is nearer
        near = [m for m in lex.cues.trading_rx.finditer(text, trading.start(), q["start"])
                if q["start"] - m.end() < best[0] and not lex.cues.clause_end_rx.search(text, m.end(), q["start"])]
        if near:
            return lex.cues.trading_metric, near[-1].group(0)
    if best is None:
        return None, None
    metric, surface = best[1].value, best[1].text
    cues = lex.cues
    if q["kind"] == "money" and q.get("per") == cues.per_share and metric in cues.per_share_metrics:
        metric = cues.per_share_metric  # "net profit of $286 million, or 47 cents per share"
    return metric, surface


def _metric_gap(text: str, s: _Sentence, q: dict, m: Hit, lex: Lexicon) -> float | None:
    """How far a metric cue is from the figure (one after it counts as farther), or None when the cue
    cannot be what the figure measures."""
    if q["start"] <= m.start < q["end"]:
        return None
    if m.text.lower() in lex.cues.passive_metric_cues and lex.cues.passive_rx.search(text, max(s.start, m.start - 20),
                                                                                    m.start):
        return None  # "the threshold was raised": a bar went up, nobody raised funds
    counts = m.value in lex.count_metrics
    if (counts and q["kind"] == "money") or (not counts and q["kind"] == "count"):
        return None  # money is not a number of merchants; a head count is not revenue
    if m.value in lex.percent_only_metrics and q["kind"] not in ("percent", "fraction"):
        return None  # "owns $15 million of stock" is no stake
    if m.value in lex.per_share_only_metrics and q.get("per") != lex.cues.per_share:
        return None  # "$45.2 million, or 65 cents a share": the cue belongs to the cents
    if q["kind"] in ("percent", "fraction") and m.start > q["end"] and m.value != "market_share" \
            and lex.cues.denominator_rx.fullmatch(text, q["end"], m.start):
        return None  # "4.5% of gross domestic product": the denominator, not what the figure measures
    return q["start"] - m.end if m.end <= q["start"] else (m.start - q["end"]) * 1.5 + 10


def _scope(text: str, s: _Sentence, q: dict, clause_start: int, doc: _Document) -> str | None:
    window = text[clause_start:q["start"]]
    cues = doc.lex.cues
    if any(w in window for w in cues.segment_words):
        for m in cues.segment_rx.finditer(text, clause_start, q["start"]):
            return m.group(1)
    places = [n for n in s.names if n.kind == "place" or (n.kind == "group" and n.place)]
    if places:
        def distance(n: Name) -> float:
            return q["start"] - n.end if n.end <= q["start"] else (n.start - q["end"]) * 1.2

        nearest = min(places, key=distance)
        return nearest.place or nearest.text
    return doc.main()[1]


def _base_periods(text: str, quantities: list[dict], periods: list[dict], lex: Lexicon) -> set[int]:
    """Periods that are a comparison's base ('up 11% from a year earlier', 'from 24% in the second quarter
    of 2024'): they date the base figure, not the others."""
    base_before, clause_end = lex.cues.base_before_rx, lex.cues.clause_end_rx
    out = set()
    starts = [q["start"] for q in quantities]
    ordered = in_order(starts)
    for j, p in enumerate(periods):
        if p["form"] == "deadline":
            continue
        if base_before.search(text, max(0, p["start"] - 30), p["start"]) or _year_back_of_base(text, p, lex):
            out.add(j)
            continue
        for k in last_before(starts, ordered, p["start"], p["end"]):
            q = quantities[k]
            # the base figure's own period: after it in its clause, before any other figure
            nxt = quantities[k + 1]["start"] if k + 1 < len(quantities) else len(text)
            if q["end"] <= p["start"] and p["end"] <= nxt and not clause_end.search(text, q["end"], p["start"]) \
                    and base_before.search(text, max(0, q["start"] - 20), q["start"]):
                out.add(j)
    return out


def _year_back_of_base(text: str, p: dict, lex: Lexicon) -> bool:
    """'compared with earnings a year earlier of $415.6 million': a year-back period a few words after a
    comparison word, with no figure between, dates the base that follows."""
    cues = lex.cues
    if not cues.year_back_rx.fullmatch(p["text"]):
        return False
    lo = max(0, p["start"] - 40)
    last = next(reversed(list(cues.base_word_rx.finditer(text, lo, p["start"]))), None)
    if last is None:
        return False
    between = text[last.end():p["start"]]
    return len(between.split()) <= 3 and not regex.search(r"[\d,;:().!?]", between)


_NOT_TOPIC = ("deadline", "ago", "past", "to_date")


def _topic_before(periods: list[dict], base: set[int], pos: int, s: _Sentence, doc: _Document,
                  main: int | None) -> int | None:
    """The period the text is talking about at pos: the latest one stated earlier (not a comparison base, a
    deadline or a span back from the reference date) in the same paragraph, or in an earlier one when it
    is a reporting period that opens its sentence ('For the nine months, ...' then a paragraph of figures)
    and no sentence since turned to another topic ('Meanwhile, ...'); else the article's main period when
    that is a quarter, half or month (a results or data report). A year-back period ('In the year-earlier
    quarter, ...') governs its own sentence only: it is the topic only when nothing else is. Periods are
    read latest first and at most REACH characters back, so the work per figure is bounded (issue 17)."""
    back = None
    cues = doc.lex.cues
    index = doc.period_index
    for j in index.ended_by(pos):
        p = periods[j]
        if index.in_order and p["end"] < pos - REACH:
            break
        if j in base or p["form"] in _NOT_TOPIC or p["groups"].keys() & {"said", "pref", "vref", "by"}:
            continue
        same = doc.lines.count(p["start"], s.start) == 0 or index.sentence_paragraph(j) == s.paragraph
        if cues.year_back_rx.fullmatch(p["text"]):
            back = j if same and back is None else back
        elif same or _carries(doc, p, s, cues):
            return j
    return main if main is not None else back


def _carries(doc: _Document, p: dict, s: _Sentence, cues: Cues) -> bool:
    """A reporting period (a quarter, half, year-to-date or fiscal period, 'the three months ended Sept. 30')
    that opens its sentence governs later paragraphs until a sentence turns to another topic."""
    if p["form"] not in cues.carry_forms and not p["groups"].get("span"):
        return False
    if p["start"] not in doc.carry_until:
        own = doc.sentence_at(p["start"])
        head = doc.text[own.start:p["start"]].strip().lower()
        # "For the nine months, ...", or the period of a sentence that turns to a new story ("Separately,
        # Quillon Air reported third-quarter profit ...") as a lead does
        opens = head in cues.carry_openers and doc.text[p["end"]:p["end"] + 1] == "," \
            or bool(cues.carry_stop_rx.match(doc.text, own.start))
        limit = min(len(doc.text), p["end"] + REACH)  # a reign is bounded like every look-back (issue 17)
        stop = cues.carry_stop_rx.search(doc.text, p["end"], limit) if opens else None
        doc.carry_until[p["start"]] = (stop.start() if stop else limit) if opens else -1
    return s.end <= doc.carry_until[p["start"]]


def _main_period(doc: _Document, periods: list[dict], base: set[int]) -> int | None:
    """The first period of the headline or lead sentence, when it is finer than a year."""
    lead_end = doc.spans[min(1, len(doc.spans) - 1)][1] if doc.spans else 0
    for j, p in enumerate(periods):
        if p["start"] >= lead_end:
            break
        if j in base or p["form"] in _NOT_TOPIC or p["groups"].keys() & {"said", "pref", "vref", "by"}:
            continue
        if p["form"] in ("quarter", "half", "month", "month_range", "first", "range", "fiscal") \
                or p["groups"].get("span"):  # 'the six months ended Oct. 1'
            return j
        return None
    return None


def _period(text: str, s: _Sentence, q: dict, periods: list[dict], base: set[int], topic: int | None,
            lex: Lexicon, near: Sequence[int] | None = None) -> tuple[str | None, int]:
    """(period id, shift in months). The nearest period in the sentence, unless it is a comparison base
    that belongs to another figure; else the period the text is talking about. A base figure 'in the same
    quarter last year' is that period a year back."""
    cues = lex.cues
    is_base_figure = bool(cues.base_before_rx.search(text, max(0, q["start"] - 20), q["start"]))
    if is_base_figure and topic is not None \
            and cues.same_period_last_year_rx.match(text, q["end"], min(len(text), q["end"] + 80)):
        return f"p{topic + 1}", -12
    best = None
    for j in range(len(periods)) if near is None else near:  # near: those that may overlap the sentence
        p = periods[j]
        if p["end"] <= s.start or p["start"] >= s.end:
            continue
        if p["start"] < q["end"] and q["start"] < p["end"] or p["groups"].get("said") or p["groups"].get("vref"):
            continue  # the figure's own text ("the past six months" holds "six months"); the day of a saying
        if p["groups"].get("pref") and _period_gap(text, q, p, lex) >= 1000:
            continue  # 'now' dates a figure in its own clause only ("... from $820 million, because ... is now")
        if j in base and not (is_base_figure and p["start"] >= q["end"]
                              and not cues.clause_end_rx.search(text, q["end"], p["start"])) \
                and not (p["end"] <= q["start"] and cues.period_link_rx.fullmatch(text, p["end"], q["start"])):
            continue  # another figure's base period; 'a year earlier of $382.2 million' dates this one
        if not is_base_figure and _dates_a_base_between(text, q, p, s, lex):
            continue  # "net rose to $108.8 million ... from $90.5 million ... a year ago": the base's period
        gap = _period_gap(text, q, p, lex)
        if best is None or gap < best[0]:
            best = (gap, j)
    if best is not None and is_base_figure and _period_of_the_compared(text, q, periods[best[1]], lex):
        return f"p{best[1] + 1}", -12  # "In the first nine months, net was $129.5 million, compared with $118 million"
    if best is not None and best[0] >= _ACROSS and topic is not None and not is_base_figure \
            and periods[best[1]]["start"] >= q["end"] and not cues.year_back_rx.fullmatch(periods[best[1]]["text"]) \
            and not _AS_OF.search(text, max(0, periods[best[1]]["start"] - 8), periods[best[1]]["start"] + 6):
        best = None  # "Pretax profit fell 3.7% ..., but shares rose in early trading yesterday": that clause's
    if best is not None:
        if topic is not None and cues.year_back_rx.fullmatch(periods[best[1]]["text"]) \
                and not cues.year_back_rx.fullmatch(periods[topic]["text"]):
            return f"p{topic + 1}", -12  # "a year earlier", "the year-ago period": the governing period, a year back
        return f"p{best[1] + 1}", 0
    if is_base_figure and topic is not None and cues.change_base_rx.search(text, max(s.start, q["start"] - 80),
                                                                           q["start"]):
        return f"p{topic + 1}", -12  # "revenue declined to $3 billion from $3.2 billion": the year before
    return (f"p{topic + 1}" if topic is not None else None), 0


def _period_of_the_compared(text: str, q: dict, p: dict, lex: Lexicon) -> bool:
    """A comparison's base after a figure that the period before both dates: the base is that period a year
    back ('In the first nine months, net was $129.5 million, compared with $118 million')."""
    if p["end"] > q["start"] or lex.cues.year_back_rx.fullmatch(p["text"]):
        return False
    between = text[p["end"]:q["start"]]
    return any(ch.isdigit() for ch in between) and bool(lex.cues.base_word_rx.search(between))


def _dates_a_base_between(text: str, q: dict, p: dict, s: _Sentence, lex: Lexicon) -> bool:
    """A year-back period ('a year ago', 'last year') after the figure, with a comparison's base ('from $90.5
    million', 'compared with earnings of $33 million') between the two: the period dates the base."""
    if p["start"] < q["end"] or not lex.cues.year_back_rx.fullmatch(p["text"]):
        return False
    between = text[q["end"]:p["start"]]
    return bool(lex.cues.base_word_rx.search(between)) and any(ch.isdigit() for ch in between)


_AS_OF = regex.compile(r"\bas\s+of\b", regex.IGNORECASE)  # 'reserves of $300 million, as of Sept. 30': a day
_LIST_ITEM = regex.compile(r"\s+for\s+[^,;.]{1,60}?(?:,\s+|\s+and\s+|,\s+and\s+)")  # '3.3% for the S&P 500, '
_ACROSS = 1000  # what a clause break between a figure and a period adds to their distance


def _period_gap(text: str, q: dict, p: dict, lex: Lexicon) -> float:
    """How far a period is from the figure; one after it counts as a little nearer."""
    gap = q["start"] - p["end"] if p["end"] <= q["start"] else (p["start"] - q["end"]) * 0.9
    # a period in the figure's own clause beats a nearer one across a clause break: "a full-year target
    # of $15bn, made up of a first-half goal of $8bn"
    lo, hi = (p["end"], q["start"]) if p["end"] <= q["start"] else (q["end"], p["start"])
    if lex.cues.clause_break_rx.search(text, lo, hi):
        gap += _ACROSS
    return gap


_STRONG = ("target", "forecast", "estimate")


def _role(text: str, s: _Sentence, q: dict, clause_start: int, metric: str | None, lex: Lexicon, bar: bool,
          next_start: int) -> str:
    cues = lex.cues
    hedge = q.get("hedge") or ""
    level = q["kind"] == "money" and bool(cues.level_nouns_after_rx.match(text, q["end"]))  # "a $7.6 million gain"
    if not level and (q.get("change") or _states_change(text, q, lex)):
        return "change"
    if q["kind"] in ("percent", "fraction") and metric in lex.percent_only_metrics:
        return "share"  # "a 23% stake", "owns 49%"
    if hedge in cues.estimate_hedges:
        return "estimate"
    if cues.base_before_rx.search(text, max(0, q["start"] - 20), q["start"]):
        return "actual"  # "up from ₱8.4 billion a year earlier": the base of a comparison happened
    # the nearest cue before the figure in its clause; a goal, forecast or bar outranks a plain verb
    # ("the threshold was later raised to ...")
    # structure first: a proportion of a whole is a share, whatever the verb ("expects ... to grow to 25% of
    # total corporate sales")
    if q["kind"] in ("percent", "fraction") and (metric == "market_share" or cues.share_of_rx.match(text, q["end"])) \
            and not cues.ratio_to_rx.match(text, q["end"]):
        return "share"  # "17% of the market", "a quarter of the total budget"; "4.5% of GDP" is a ratio
    found = _clause_role_cues(text, s, q, clause_start, lex)
    strong = _strong_roles(text, s, q, clause_start, found, lex, next_start)
    if strong:
        return strong[-1]
    if bar or hedge in cues.threshold_hedges:
        return "threshold"
    if found:
        other = [r for r in found if r != "actual"]
        if "threshold" in other:
            return "threshold"  # "the minimum number of followers needed to join": a bar, however phrased
        return other[-1] if other else "actual"
    # "USD 2 million is required", "... is expected": a cue just after the figure
    for m in s.roles:
        if q["end"] <= m.start < q["end"] + 25 and m.value in ("requirement", "forecast", "threshold", "target") \
                and not cues.clause_end_rx.search(text, q["end"], m.start):
            return m.value
    return "actual"


def _states_change(text: str, q: dict, lex: Lexicon) -> bool:
    """A growth rate, multiple or difference: 'doubled', 'more than twice', 'a 34% profit gain', 'shrank
    revenue by one-third', 'closed at $80.50, off $1'."""
    if q["kind"] == "multiple":
        return True
    cues = lex.cues
    if q["kind"] in ("percent", "fraction") and cues.change_noun_after_rx.match(text, q["end"]):
        return True
    lo = max(0, q["start"] - 60)
    return bool(cues.change_by_before_rx.search(text, lo, q["start"]) or cues.change_verb_before_rx.search(text, lo,
                                                                                                            q["start"]))


def _clause_role_cues(text: str, s: _Sentence, q: dict, clause_start: int, lex: Lexicon) -> list[str]:
    """The roles cued between the clause start and the figure; a noun cue counts only when the figure
    follows it closely."""
    out = []
    for m in s.roles:
        if not clause_start <= m.start < q["start"]:
            continue
        if norm(m.text) in lex.noun_cues:
            gap = text[m.end:q["start"]]
            if len(gap) > lex.noun_cue_gap and not lex.noun_cue_link_rx.match(gap):
                continue  # "the requirement to divest TikTok violated the rights of its 170 million users"
        out.append(m.value)
    return out


def _strong_roles(text: str, s: _Sentence, q: dict, clause_start: int, found: list[str], lex: Lexicon,
                  next_start: int) -> list[str]:
    """Target, forecast or estimate: cued in the figure's clause; else just after the figure; else by a verb
    earlier in the sentence."""
    strong = [r for r in found if r in _STRONG]
    if not strong:  # "..., Momentum Works estimated.", "according to estimates from Kantar"
        after = [m for m in s.roles if q["end"] <= m.start < next_start
                 and not lex.cues.clause_end_rx.search(text, q["end"], m.start)]  # in the figure's clause
        strong = [m.value for m in after if m.value in _STRONG and norm(m.text) not in lex.noun_cues
                  or m.text.lower() in lex.cues.trailing_noun_cues]
    if not strong:  # "Lumora expects revenue of $2.4-2.5 billion and a net profit of at least $300 million"
        strong = [m.value for m in s.roles if m.end <= q["start"] and m.value in _STRONG and m.start < clause_start
                  and norm(m.text) not in lex.noun_cues]
    return strong


def _source(text: str, s: _Sentence, q: dict, lex: Lexicon) -> str | None:
    """The sentence's source nearest before the figure, else its first; a named one outranks a generic one
    ('Analysts had estimated earnings of 41 cents a share, LSEG data showed')."""
    transient = lex.transient_sources
    every = [n for n in s.sources if not (n.start > q["start"] and _bound(text, n, lex, transient))]
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


def _pronoun_speaker(doc: _Document, s: _Sentence) -> str | None:
    """'He said the plant would cost $40 million': the person named last before the pronoun, a few
    sentences back at most."""
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


def _leading_transient(text: str, s: _Sentence, q: dict, lex: Lexicon, transient: frozenset[str]) -> Name | None:
    """The transient source whose words lead straight into the figure ('analysts' expectations of
    #130 million'): the nearest source before it, a few words away with no punctuation between."""
    before = [n for n in s.sources if n.end <= q["start"]]
    if not before or norm(before[-1].text) not in transient:
        return None
    gap = text[before[-1].end:q["start"]]
    words = regex.sub(r"^['’]", "", gap).split()
    close = len(words) <= lex.raw["sources"]["transient_reach"]["max_words"]
    return before[-1] if close and not regex.search(r"[^\w\s'’-]", gap) else None


def _sources(text: str, a: int, b: int, lex: Lexicon) -> list[Name]:
    found: dict[tuple[int, int], Name] = {}
    for rx in lex.source_rxs:
        for m in rx.finditer(text, a, b):
            start, end = m.span("S")
            name = POSSESSIVE.sub("", text[start:end])
            if not name.endswith(lex.designators):
                name = name.rstrip(".")  # "... said Acme." ends the sentence; "Acme Corp." keeps its dot
            words = name.split()
            while words and words[0] in lex.not_subjects:
                words = words[1:]
            if not words:
                continue
            name = " ".join(words)
            start = text.index(words[0], start)
            found[(start, start + len(name))] = Name(start, start + len(name), name, "outlet")
    for m in lex.lowercase_source_rx.finditer(text, a, b):
        group = next(k for k in range(1, m.re.groups + 1) if m.group(k))  # the pattern that matched
        start, end = m.span(group)
        if not any(start < e and s < end for s, e in found):
            found[(start, end)] = Name(start, end, m.group(group), "outlet")
    return sorted(found.values(), key=lambda n: n.start)


def _clause_start(text: str, s: _Sentence, quantities: list[dict], i: int, lex: Lexicon,
                  after_figures: bool = True) -> int:
    """Role cues and segments are read from here to the figure: the sentence start, a clause break, or
    (after_figures) the end of the previous figure in the same sentence."""
    start = s.start
    if after_figures and i > 0 and quantities[i - 1]["end"] > s.start:
        start = quantities[i - 1]["end"]
    for m in lex.cues.clause_start_rx.finditer(text, start, quantities[i]["start"]):
        start = m.end()
    return start


def _inherit_metric(claims: list[ClaimDraft]) -> None:
    """A figure whose sentence names no metric measures what the figure before it measured: a money figure
    ('the full-year target is USD 17.5 billion') the previous money figure's, nearby; a percentage or
    fraction ('The 20% increase', 'bring it below 3.5% of GDP') the previous figure's in its paragraph."""
    for k, c in enumerate(claims):
        kind = c.figure["kind"]
        if c.metric is not None or kind not in ("money", "percent", "fraction"):
            continue
        for prev in reversed(claims[:k]):
            if not prev.metric:
                continue
            if kind == "money" and prev.figure["kind"] == "money":
                if c.sentence[0] - prev.sentence[1] < 400:
                    c.metric = prev.metric
                break
            if kind != "money" and prev.paragraph == c.paragraph:
                c.metric = prev.metric
                break
            if kind != "money":
                break


def _levels_after_changes(text: str, claims: list[ClaimDraft]) -> None:
    """'Profit for its division fell 25% to $64 million, reflecting higher storm losses', 'a 34% profit
    gain to $106 million': the level a change reached measures what changed."""
    for prev, c in zip(claims, claims[1:], strict=False):
        if prev.sentence != c.sentence or prev.role != "change" or prev.metric is None \
                or prev.figure["kind"] != "percent" or c.figure["kind"] != "money" or c.figure.get("per"):
            continue
        if _TO_LEVEL.fullmatch(text, prev.figure["end"], c.figure["start"]):
            c.metric, c.metric_text = prev.metric, prev.metric_text


def _segment_profits(claims: list[ClaimDraft], lex: Lexicon) -> None:
    """'Profit for its marine insurance division fell 25%': a business unit's earnings are a profit, not
    the company's net income (CONVENTIONS.md: net_income is the bottom line)."""
    rule = lex.raw["structural_metrics"]["segment_profit"]
    for c in claims:
        if c.metric == rule["from"] and c.scope and c.scope not in lex.places and c.scope not in lex.place_alias:
            c.metric = rule["to"]


_TO_LEVEL = regex.compile(r"(?:\s+[a-z-]+){0,2}\s+to\s+(?:a\s+(?:record|high|low)\s+)?(?:(?:about|nearly|almost|"
                          r"roughly|some)\s+)?")


def _structural_metrics(claims: list[ClaimDraft], lex: Lexicon) -> None:
    """Metrics the role decides (patterns/en/claims.json structural_metrics): a proportion of a whole measures
    the share of the total ('12% of total revenue', '59% of the total'), unless it is a market share; a change
    in a share price is a stock move ('closed at $5.25, down $1.875'); a profit stated with its per-share
    figure is net income; a figure no word names measures 'other'."""
    rules = lex.raw["structural_metrics"]
    _bottom_line(claims, rules["bottom_line"])
    for c in claims:
        if c.quantity is None:
            continue
        if c.role == "share" and c.figure["kind"] in ("percent", "fraction") and c.metric not in rules["share_keeps"]:
            c.metric = rules["share"]
        elif c.role == "change" and c.metric in rules["moves_of"] and norm(c.metric_text or "") in rules["stock_cues"]:
            c.metric = rules["move"]
        if c.metric is None:
            c.metric = rules["default"]


def _bottom_line(claims: list[ClaimDraft], rule: dict[str, Any]) -> None:
    """'profit jumped 45% to $5.8 million, or 28 cents a share': a profit stated with its per-share figure is
    the company's net income."""
    per_share = {tuple(c.sentence) for c in claims if c.figure.get("per") == "share" and c.figure["kind"] == "money"}
    for c in claims:
        if tuple(c.sentence) in per_share and c.metric == rule["from"] and norm(c.metric_text or "") in rule["words"]:
            c.metric = rule["to"]


def _compared_roles(text: str, claims: list[ClaimDraft], lex: Lexicon) -> None:
    """'45% of EDS's total business ..., compared with 40% a year earlier', 'had fallen 4.3%, compared with 3.3%
    for the S&P 500': the figure a share or a change is compared with is one too."""
    base = lex.cues.base_before_rx
    listed = False  # "compared with 3.3% for the S&P 500, 3.5% for the NYSE Composite and 3.6% for ...": a list
    for prev, c in zip(claims, claims[1:], strict=False):
        if prev.sentence != c.sentence or prev.role not in ("share", "change") or c.role != "actual" \
                or prev.figure["kind"] != c.figure["kind"]:
            listed = False
            continue
        start = c.figure["start"]
        if base.search(text, max(0, start - 20), start) or listed and _LIST_ITEM.fullmatch(text, prev.figure["end"],
                                                                                             start):
            c.role = prev.role
            listed = True
        else:
            listed = False


def _mark_conversions(text: str, claims: list[ClaimDraft], lex: Lexicon) -> None:
    """'#89.7 million ($141.9 million)', 'RMB 3.1 trillion (USD 430 billion)', 'S$16.5 billion, or US$12.4
    billion': the same amount in another currency is a conversion, about what the figure it converts is
    about."""
    between = lex.cues.conversion_between_rx
    for prev, c in zip(claims, claims[1:], strict=False):
        a, b = prev.figure, c.figure
        if a["kind"] != "money" or b["kind"] != "money" or not a.get("unit") or a.get("unit") == b.get("unit"):
            continue
        if a.get("per") != b.get("per") or not between.fullmatch(text, a["end"], b["start"]):
            continue
        c.role = "conversion"
        c.subject, c.stated_subject, c.metric, c.metric_text = prev.subject, prev.stated_subject, prev.metric, \
            prev.metric_text
        c.scope, c.period, c.period_shift = prev.scope, prev.period, prev.period_shift


def _per_share_periods(text: str, claims: list[ClaimDraft], lex: Lexicon) -> None:
    """'from $241.7 million, or $2.86 a share': a per-share figure right after a total is the total's per-share
    figure, for the total's period (the year-earlier one after 'from')."""
    share = lex.cues.per_share
    after = lex.cues.per_share_after_total_rx
    for prev, c in zip(claims, claims[1:], strict=False):
        a, b = prev.figure, c.figure
        if a["kind"] != "money" or b["kind"] != "money" or a.get("per") == share or b.get("per") != share:
            continue
        if prev.sentence == c.sentence and after.fullmatch(text, a["end"], b["start"]):
            c.period, c.period_shift = prev.period, prev.period_shift


def _canonical_names(names: list[Name]) -> dict[str, str]:
    """A short name stands for the longer one it begins or ends ('Lumora' -> 'Lumora Digital', 'Lubis' ->
    'Farid Lubis', 'Halvorsen' -> 'Halvorsen Tools Inc.') that the text wrote in full before it; with several, the first
    written ('TikTok' then 'TikTok Shop' are two names)."""
    first: dict[str, int] = {}
    for n in names:
        first.setdefault(n.text, n.start)
    out = {}
    for short in first:
        longer = [n for n in first if n != short and first[n] < first[short]
                  and (n.startswith((short + " ", short + "-")) or n.endswith(" " + short)
                       or _abbreviates(short, n))]
        if longer:
            out[short] = min(longer, key=first.__getitem__)
    return out


def _abbreviates(short: str, name: str) -> bool:
    """'EDS' for 'Electronic Data Systems Corp.', 'GMAC' for 'General Motors Acceptance Corp.': the initials
    of the name's capitalised words, with or without its last word."""
    if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
        return False
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return len(initials) >= 2 and short in (initials, initials[:-1])


def _entities(text: str, claims: list[ClaimDraft]) -> list[dict[str, Any]]:
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
