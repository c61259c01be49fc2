"""The discourse a claim is read in: the document's sentences, what each names (Sentence), the article's
main subject and place, canonical names, and where a figure's clause starts."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

import regex

from claimgraph.claims.index import Lines, Periods, Spans
from claimgraph.claims.lexicon import Hit, Lexicon
from claimgraph.claims.literal import Needed
from claimgraph.claims.names import DocNames, Name, has_legal_form, names_in, person_names, title_case_line
from claimgraph.claims.periods import base_periods, event_dates, main_period
from claimgraph.claims.sentences import dateline_span, sentences
from claimgraph.claims.sources import find_sources
from claimgraph.resources import load_json
from claimgraph.resources.literals import holds

Hints = list[tuple[int, int, str]] | None


class Sentence:
    """One sentence and what it names, computed once for all its figures."""

    __slots__ = ("start", "end", "paragraph", "names", "sources", "generic", "metrics", "roles", "hedges", "_found")

    def __init__(self, text: str, start: int, end: int, paragraph: int, lex: Lexicon, doc: DocNames, hints,
                 blocked: list[tuple[int, int]]) -> None:
        self.start, self.end, self.paragraph = start, end, paragraph
        self._found: dict[regex.Pattern | Needed, regex.Match | None] = {}
        by: dict[str, list] = {"metric": [], "role": [], "hedge": [], "generic": [], "place": []}
        for h in lex.phrases.find(text, start, end):
            by[h.category].append(h)
        # "gross domestic product" is a metric, not a domestic scope
        by["place"] = [p for p in by["place"] if not any(m.start <= p.start and p.end <= m.end for m in by["metric"])
                       and not _inside_name_or_descriptor(text, p, lex)]
        if by["metric"] and lex.metric_idioms:  # "by all accounts", "net of fees": no accounts, no net income
            idioms = _idioms_in(text, by["metric"], start, end, lex.metric_idioms)
            if idioms:
                by["metric"] = [m for m in by["metric"] if not any(a <= m.start < b for a, b in idioms)]
        self.metrics, self.roles, self.generic = by["metric"], by["role"], by["generic"]
        self.hedges = sorted({h.value for h in by["hedge"]})
        lowered = text[start:end].lower()
        self.sources = find_sources(text, start, end, lex) if holds(lowered, lex.source_cues) else []
        # an outlet or data firm that reports a figure is not what the figure is about; a company that
        # says its own figure ("Acme said its revenue ...") is both
        spans = [(n.start, n.end) for n in self.sources if n.text in lex.outlet_names or n.text[:1].islower()]
        named = names_in(text, start, end, lex, doc, hints, by["place"], blocked + spans)
        self.names = [n for n in named if n.kind != "place" or not _inside_name_or_descriptor(text, n, lex)]
        if self.names and title_case_line(text, start, end):
            self.names = _recurring_heads(text, start, end, self.names)


    def search(self, rx: regex.Pattern | Needed, text: str) -> regex.Match | None:
        """rx.search over the whole sentence, once: every figure of the sentence asks the same."""
        if rx not in self._found:
            self._found[rx] = rx.search(text, self.start, self.end)
        return self._found[rx]


def _recurring_heads(text: str, start: int, end: int, names: list[Name]) -> list[Name]:
    """In a Title Case headline every word looks like a name: an organisation's name there is the longest run of
    its first words the text writes again elsewhere ('Harlow Cement Output Falls' -> 'Harlow Cement'), and none
    when the text never does ('Factory Orders Slide')."""
    out = []
    for n in names:
        if n.kind == "place":
            out.append(n)
            continue
        words = n.text.split(" ")
        for size in range(len(words), 0, -1):
            head = " ".join(words[:size])
            if any(_written_alone(text, m.start(), m.end(), size) for m in regex.finditer(
                    r"(?<!\w)" + regex.escape(head) + r"(?!\w)", text) if not start <= m.start() < end):
                out.append(n._replace(end=n.start + len(head), text=head))
                break
    return out


def _written_alone(text: str, a: int, b: int, size: int) -> bool:
    """A name written at [a, b) outside the headline stands alone: no capitalised word runs on either side of it
    ('Tool' inside 'Vantoria Machine Tool Association' is not), and a one-word name opens no sentence ('Orders at
    Brenlow Foundry fell')."""
    if _CAPITAL_BEFORE.search(text, max(0, a - 30), a) or _NAME_GOES_ON.match(text, b):
        return False
    return size > 1 or not _OPENS_SENTENCE.search(text, max(0, a - 3), a) and a > 0


_CAPITAL_BEFORE = regex.compile(r"[A-Z][\w'’.&-]* $")
_OPENS_SENTENCE = regex.compile(r"(?:^|[.!?\n][\"'”’)]*)\s*$")


def _idioms_in(text: str, metrics: list[Hit], start: int, end: int, idioms: dict) -> list[tuple[int, int]]:
    """The spans of idioms a metric word opens or closes in the sentence ('by all accounts'; 'net of legal costs',
    whose deduction names no metric either)."""
    out = []
    for m in metrics:
        before, after = idioms.get(m.text.lower(), (None, None))
        if before is not None and before.search(text, max(start, m.start - 20), m.start):
            out.append((m.start, m.end))
        elif after is not None and (tail := after.match(text, m.end, min(end, m.end + 60))):
            out.append((m.start, tail.end()))
    return out


def _inside_name_or_descriptor(text: str, p: Hit | Name, lex: Lexicon) -> bool:
    """'New York Stock Exchange' is a name, not New York; 'The Cleveland maker of hand tools' says where the
    company is based, not where the figure is."""
    if _NAME_GOES_ON.match(text, p.end):
        return True
    return text[max(0, p.start - 4):p.start].lower() == "the " and bool(lex.cues.descriptor_rx.match(text, p.end))


_NAME_GOES_ON = regex.compile(r" [A-Z][a-z]")


class Document:
    """The discourse: sentences, the article's main subject and place, canonical names, the periods that are
    a comparison's base and the article's main period."""

    def __init__(self, text: str, quantities: list[dict], periods: list[dict], hints: Hints, lex: Lexicon,
                 ignored: Iterable[Sequence[int]]):
        self.text, self.lex, self.hints = text, lex, hints
        self.quantities, self.periods = quantities, periods
        # page furniture is no sentence: the headline is the first real line
        furniture = [(x, y) for x, y in ignored]
        self.spans = sentences(text)
        span = dateline_span(text)  # a wire dateline opening the story (after a headline, maybe): where it ends
        self.dateline_start, self.dateline = span if span is not None else (0, 0)
        if furniture:
            index = Spans(furniture)
            self.spans = [(a, b) for a, b in self.spans if not index.overlapping(a, a + 1)]
        self.starts = [a for a, _ in self.spans]
        self.lines = Lines(text)
        self.period_index = Periods(periods, self.lines, self.starts)
        self.names = DocNames(text)
        self.blocked = Spans([(p["start"], p["end"]) for p in periods] + [(q["start"], q["end"]) for q in quantities])
        self.cache: dict[int, Sentence] = {}
        self.candidates: dict[int, tuple[list[Name], list[Name]]] = {}  # per sentence start: subjects.py's
        self.objects: dict[tuple[int, int, int], bool] = {}  # per (sentence, name): subjects.py's _an_object
        self.speakers: dict[int, str | None] = {}  # per sentence start: sources.py's pronoun_speaker
        self.carry_until: dict[int, int] = {}  # a governing period's start -> where a topic turn ends its reign
        self.lead: tuple[str | None] | None = None  # subjects.py's lead_company, once asked for
        self._main: tuple[str | None, str | None, dict[str, str]] | None = None
        self.persons: set[str] = set()
        self.event_dates = event_dates(text, periods)
        self.base_periods = base_periods(text, quantities, periods, lex, self.event_dates)
        self.main_period = main_period(self, periods, self.base_periods)

    def sentence(self, k: int) -> Sentence:
        if k not in self.cache:
            a, b = self.spans[k]
            paragraph = self.lines.before(a)
            self.cache[k] = Sentence(self.text, a, b, paragraph, self.lex, self.names, self.hints,
                                       self.blocked.overlapping(a, b))
            if k + 1 < len(self.spans) and self.dateline_start <= a and b <= self.dateline:
                # 'PERTH —', 'PARIS, Aug 4 (Wirecast) -': the story's wire and city are no subject or source of its
                # figures (its country stays the story's place)
                sentence = self.cache[k]
                sentence.names = [n for n in sentence.names if n.kind == "place" and not n.text.isupper()]
                sentence.sources = []
        return self.cache[k]

    def sentence_index(self, pos: int) -> int:
        """The number of the sentence pos stands in (the first for text before it)."""
        return max(0, bisect_right(self.starts, pos) - 1)

    def sentence_at(self, pos: int) -> Sentence:
        return self.sentence(self.sentence_index(pos))

    def main(self) -> tuple[str | None, str | None, dict[str, str]]:
        """(main subject, main place, canonical names). The main subject is the first name of the headline
        (the first sentence) when it dominates the article; 'its' and 'the company' point to it, and so do
        figures whose sentence names nobody."""
        if self._main is None:
            all_names = [n for k in range(len(self.spans)) for n in self.sentence(k).names]
            if not all_names:  # nobody named (a third of single sentences): no subject, place or alias
                self._main = (None, None, {})
                return self._main
            canonical = _canonical_names([n for n in all_names if n.kind in ("org", "outlet", "person")])
            self.persons = person_names(self.text, all_names, self.lex)
            instrument = _instrument_after()  # "Treasury bonds firmed": a security, not an actor
            # a person is never the story's subject ('Orrin Vale said ... Vale said'), however often named
            counts = Counter(name for n in all_names if n.kind in ("org", "place", "group")
                             and (name := canonical.get(n.text, n.text)) not in self.persons
                             and not instrument.match(self.text, n.end))
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


@lru_cache(maxsize=1)
def _instrument_after() -> regex.Pattern:
    nouns = load_json("claims.json")["names"]["instrument_nouns"]
    return regex.compile(r"\s+(?:" + "|".join(regex.escape(w) for w in nouns) + r")\b")


def _canonical_names(names: list[Name]) -> dict[str, str]:
    """A short name stands for the longer one it begins or ends ('Lumora' -> 'Lumora Digital', 'Lubis' ->
    'Farid Lubis', 'Halvorsen' -> 'Halvorsen Tools Inc.') that the text wrote in full before it; with several, the first
    written ('TikTok' then 'TikTok Shop' are two names). A name's last word before its legal form stands for it
    when only one name ends so ('Acquisition' for 'DD Acquisition Corp.'; 'Steel' for neither of two steel
    companies)."""
    first: dict[str, int] = {}
    for n in names:
        first.setdefault(n.text, n.start)
    out = {}
    for short in first:
        earlier = [n for n in first if n != short and first[n] < first[short]]
        longer = [n for n in earlier  # "McDonald" for "McDonald's Corp."
                  if n.startswith((short + " ", short + "-", short + "'s ", short + "’s ")) or n.endswith(" " + short)
                  or _abbreviates(short, n) or _capitals_of(short, n)]
        if not longer:
            bodies = [n for n in first if n != short and _body_ends(short, n)]
            longer = bodies if len(bodies) == 1 and bodies[0] in earlier else []
        if longer:
            out[short] = min(longer, key=first.__getitem__)
    return out


def _capitals_of(short: str, name: str) -> bool:
    """'UniFirst' for 'UNIFIRST Corp.', 'Goody Products' for 'GOODY PRODUCTS Inc.': a lead that writes a company's
    name in capitals (as news briefs do), then the story in ordinary case."""
    head = name.split(" ", 1)[0]
    return len(head) >= 3 and head.isupper() and not short.isupper() \
        and name.lower().startswith((short.lower() + " ", short.lower() + "-"))


def _body_ends(short: str, name: str) -> bool:
    """'Acquisition' for 'DD Acquisition Corp.': the name's last word before its legal form."""
    words = name.split()
    return len(words) >= 3 and words[-2] == short and has_legal_form(name)


def _abbreviates(short: str, name: str) -> bool:
    """'EDS' for 'Electronic Data Systems Corp.', 'GMAC' for 'General Motors Acceptance Corp.': the initials
    of the name's capitalised words, with or without its last word."""
    if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
        return False
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return len(initials) >= 2 and short in (initials, initials[:-1])


def clause_opening(text: str, s: Sentence, quantities: list[dict], i: int, lex: Lexicon,
                  after_figures: bool = True) -> int:
    """Role cues and segments are read from here to the figure: the sentence start, a clause break, or
    (after_figures) the end of the previous figure in the same sentence."""
    start = s.start
    if after_figures and i > 0 and quantities[i - 1]["end"] > s.start:
        start = quantities[i - 1]["end"]
    for m in lex.cues.clause_start_rx.finditer(text, start, quantities[i]["start"]):
        start = m.end()
    return start
