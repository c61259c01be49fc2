"""Figures -> claims: each quantity's subject, metric, scope, period, role, source and hedges, read from its
sentence and, where the sentence is silent, from the discourse around it (the article's main subject, the
period and source the paragraph is about); then the links between claims (links.py).
Plain data in, plain data out."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from claimgraph.claims.draft import ClaimDraft
from claimgraph.claims.lexicon import Hit, Lexicon, lexicon, norm
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
        by["place"] = [p for p in by["place"] if not any(m.start <= p.start and p.end <= m.end for m in by["metric"])]
        self.metrics, self.roles, self.generic = by["metric"], by["role"], by["generic"]
        self.hedges = sorted({h.value for h in by["hedge"]})
        lowered = text[start:end].lower()
        self.sources = _sources(text, start, end, lex) if any(c in lowered for c in lex.source_cues) else []
        # an outlet or data firm that reports a figure is not what the figure is about; a company that
        # says its own figure ("Acme said its revenue ...") is both
        spans = [(n.start, n.end) for n in self.sources if n.text in lex.outlet_names or n.text[:1].islower()]
        self.names = names_in(text, start, end, lex, doc, hints, by["place"], blocked + spans)


class _Document:
    """The discourse: sentences, the article's main subject and place, canonical names, the periods that are
    a comparison's base and the article's main period."""

    def __init__(self, text: str, quantities: list[dict], periods: list[dict], hints: Hints, lex: Lexicon,
                 ignored: Iterable[Sequence[int]]):
        self.text, self.lex, self.hints = text, lex, hints
        self.quantities, self.periods = quantities, periods
        # page furniture is no sentence: the headline is the first real line
        ignored = list(ignored)
        self.spans = [(a, b) for a, b in sentences(text) if not any(x <= a < y for x, y in ignored)]
        self.starts = [a for a, _ in self.spans]
        self.names = DocNames(text)
        self.blocked = [(p["start"], p["end"]) for p in periods] + [(q["start"], q["end"]) for q in quantities]
        self.cache: dict[int, _Sentence] = {}
        self._main: tuple[str | None, str | None, dict[str, str]] | None = None
        self.persons: set[str] = set()
        self.base_periods = _base_periods(text, quantities, periods, lex)
        self.main_period = _main_period(self, periods, self.base_periods)

    def sentence(self, k: int) -> _Sentence:
        if k not in self.cache:
            a, b = self.spans[k]
            paragraph = self.text.count("\n", 0, a)
            self.cache[k] = _Sentence(self.text, a, b, paragraph, self.lex, self.names, self.hints, self.blocked)
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
        """The headline's first name, when the article names it more than twice as often as any rival."""
        if not head:
            return None
        first = canonical.get(head[0].text, head[0].text)
        # an organisation competes with organisations; a country heading a budget story with both
        rivals = [c for n, c in counts.items() if n != first and (head[0].kind == "place" or n not in self.lex.places)]
        if counts[first] >= 2 and counts[first] > 2 * max(rivals, default=0):
            return first
        return None


def build_claims(text: str, quantities: list[dict[str, Any]], periods: list[dict[str, Any]],
                 hints: Hints = None, ignored: Iterable[Sequence[int]] = ()) -> dict[str, list[dict[str, Any]]]:
    """Claims, entities and relations for one document. Quantity i is "q{i+1}", period j "p{j+1}", as in the
    Report (both lists are in text order)."""
    if not quantities:
        return {"claims": [], "entities": [], "relations": []}
    lex = lexicon()
    doc = _Document(text, quantities, periods, hints, lex, ignored)
    drafts: list[ClaimDraft] = []
    previous: ClaimDraft | None = None
    for i, q in enumerate(quantities):
        if q["kind"] == "duration" and any(p["start"] <= q["start"] and q["end"] <= p["end"] for p in periods):
            continue  # "six months" in "the past six months" is the period's length, not a claim
        draft = _draft(doc, i, len(drafts) + 1)
        if draft.source is None and previous is not None and previous.paragraph == draft.paragraph:
            draft.source = previous.source  # "..., Canalys said." covers the paragraph's figures
        canonical = doc.main()[2]
        if draft.subject:
            draft.subject = canonical.get(draft.subject, draft.subject)
        if draft.source:
            draft.source = canonical.get(draft.source, draft.source)
        drafts.append(draft)
        previous = draft

    _inherit_metric(drafts)
    relations = link_claims(text, drafts, lex)
    entities = _entities(text, drafts)
    return {"claims": [d.to_dict() for d in drafts], "entities": entities, "relations": relations}


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
                       hedges=s.hedges, source=_source(s, q))
    draft.subject, draft.stated_subject = (bar, True) if bar else _subject(s, q, doc)
    draft.metric, draft.metric_text = _metric(text, s, q, lex)
    draft.scope = _scope(text, s, q, clause_start, doc)
    draft.period, draft.period_shift = _period(text, s, q, periods, doc.base_periods, topic_period, lex)
    next_start = min(s.end, quantities[i + 1]["start"]) if i + 1 < len(quantities) else s.end
    draft.role = _role(text, s, q, clause_start, draft.metric, lex, bar is not None, next_start)
    if draft.role in ("target", "forecast") and draft.period:
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
    before = [n for n in orgs if n.end <= q["start"]]
    generic_before = [g for g in s.generic if g.end <= q["start"]]
    if before and not (generic_before and generic_before[-1].start > before[-1].end and before[-1].kind == "place"):
        return before[-1].text, True
    main_subject = doc.main()[0]
    if generic_before:
        return main_subject, True
    after = [n for n in orgs if n.start >= q["end"]]
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
    for j, p in enumerate(periods):
        if p["form"] == "deadline":
            continue
        if base_before.search(text, max(0, p["start"] - 30), p["start"]):
            out.add(j)
            continue
        for k, q in enumerate(quantities):
            # the base figure's own period: after it in its clause, before any other figure
            nxt = quantities[k + 1]["start"] if k + 1 < len(quantities) else len(text)
            if q["end"] <= p["start"] and p["end"] <= nxt and not clause_end.search(text, q["end"], p["start"]) \
                    and base_before.search(text, max(0, q["start"] - 20), q["start"]):
                out.add(j)
    return out


_NOT_TOPIC = ("deadline", "ago", "past", "to_date")


def _topic_before(periods: list[dict], base: set[int], pos: int, s: _Sentence, doc: _Document,
                  main: int | None) -> int | None:
    """The period the text is talking about at pos: the latest one stated earlier in the same paragraph
    (not a comparison base, a deadline or a span back from the reference date); else the article's main
    period when that is a quarter, half or month (a results or data report)."""
    topic = None
    for j, p in enumerate(periods):
        if p["end"] > pos:
            break
        if j in base or p["form"] in _NOT_TOPIC or p["groups"].get("said"):
            continue
        if doc.text.count("\n", p["start"], s.start) == 0 or doc.sentence_at(p["start"]).paragraph == s.paragraph:
            topic = j
    return topic if topic is not None else main


def _main_period(doc: _Document, periods: list[dict], base: set[int]) -> int | None:
    """The first period of the headline or lead sentence, when it is finer than a year."""
    lead_end = doc.spans[min(1, len(doc.spans) - 1)][1] if doc.spans else 0
    for j, p in enumerate(periods):
        if p["start"] >= lead_end:
            break
        if j in base or p["form"] in _NOT_TOPIC or p["groups"].get("said"):
            continue
        if p["form"] in ("quarter", "half", "month", "month_range", "first", "range", "fiscal"):
            return j
        return None
    return None


def _period(text: str, s: _Sentence, q: dict, periods: list[dict], base: set[int], topic: int | None,
            lex: Lexicon) -> tuple[str | None, int]:
    """(period id, shift in months). The nearest period in the sentence, unless it is a comparison base
    that belongs to another figure; else the period the text is talking about. A base figure 'in the same
    quarter last year' is that period a year back."""
    cues = lex.cues
    is_base_figure = bool(cues.base_before_rx.search(text, max(0, q["start"] - 20), q["start"]))
    if is_base_figure and topic is not None \
            and cues.same_period_last_year_rx.match(text, q["end"], min(len(text), q["end"] + 80)):
        return f"p{topic + 1}", -12
    best = None
    for j, p in enumerate(periods):
        if p["end"] <= s.start or p["start"] >= s.end:
            continue
        if p["start"] < q["end"] and q["start"] < p["end"] or p["groups"].get("said"):
            continue  # the figure's own text ("the past six months" holds "six months"); the day of a saying
        if j in base and not (is_base_figure and p["start"] >= q["end"]
                              and not cues.clause_end_rx.search(text, q["end"], p["start"])):
            continue
        gap = _period_gap(text, q, p, lex)
        if best is None or gap < best[0]:
            best = (gap, j)
    if best is not None:
        return f"p{best[1] + 1}", 0
    return (f"p{topic + 1}" if topic is not None else None), 0


def _period_gap(text: str, q: dict, p: dict, lex: Lexicon) -> float:
    """How far a period is from the figure; one after it counts as a little nearer."""
    gap = q["start"] - p["end"] if p["end"] <= q["start"] else (p["start"] - q["end"]) * 0.9
    # a period in the figure's own clause beats a nearer one across a clause break: "a full-year target
    # of $15bn, made up of a first-half goal of $8bn"
    lo, hi = (p["end"], q["start"]) if p["end"] <= q["start"] else (q["end"], p["start"])
    if lex.cues.clause_break_rx.search(text, lo, hi):
        gap += 1000
    return gap


_STRONG = ("target", "forecast", "estimate")


def _role(text: str, s: _Sentence, q: dict, clause_start: int, metric: str | None, lex: Lexicon, bar: bool,
          next_start: int) -> str:
    cues = lex.cues
    hedge = q.get("hedge") or ""
    if q.get("change"):
        return "change"
    if hedge in cues.estimate_hedges:
        return "estimate"
    if cues.base_before_rx.search(text, max(0, q["start"] - 20), q["start"]):
        return "actual"  # "up from ₱8.4 billion a year earlier": the base of a comparison happened
    # the nearest cue before the figure in its clause; a goal, forecast or bar outranks a plain verb
    # ("the threshold was later raised to ...")
    found = _clause_role_cues(text, s, q, clause_start, lex)
    strong = _strong_roles(s, q, clause_start, found, lex, next_start)
    if strong:
        return strong[-1]
    if bar or hedge in cues.threshold_hedges:
        return "threshold"
    if q["kind"] in ("percent", "fraction") and (metric == "market_share" or cues.share_of_rx.match(text, q["end"])):
        return "share"  # "17% of the market", "two-thirds of GDP", "a quarter of the total budget"
    if found:
        other = [r for r in found if r != "actual"]
        if "threshold" in other:
            return "threshold"  # "the minimum number of followers needed to join": a bar, however phrased
        return other[-1] if other else "actual"
    # "USD 2 million is required", "... is expected": a cue just after the figure
    for m in s.roles:
        if q["end"] <= m.start < q["end"] + 25 and m.value in ("requirement", "forecast", "threshold", "target"):
            return m.value
    return "actual"


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


def _strong_roles(s: _Sentence, q: dict, clause_start: int, found: list[str], lex: Lexicon,
                  next_start: int) -> list[str]:
    """Target, forecast or estimate: cued in the figure's clause; else just after the figure; else by a verb
    earlier in the sentence."""
    strong = [r for r in found if r in _STRONG]
    if not strong:  # "..., Momentum Works estimated.", "according to estimates from Kantar"
        strong = [m.value for m in s.roles if q["end"] <= m.start < next_start and m.value in _STRONG
                  and norm(m.text) not in lex.noun_cues
                  or (q["end"] <= m.start < next_start and m.text.lower() in lex.cues.trailing_noun_cues)]
    if not strong:  # "Lumora expects revenue of $2.4-2.5 billion and a net profit of at least $300 million"
        strong = [m.value for m in s.roles if m.end <= q["start"] and m.value in _STRONG and m.start < clause_start
                  and norm(m.text) not in lex.noun_cues]
    return strong


def _source(s: _Sentence, q: dict) -> str | None:
    if not s.sources:
        return None
    before = [n for n in s.sources if n.start <= q["start"]]
    return (before[-1] if before else s.sources[0]).text


def _sources(text: str, a: int, b: int, lex: Lexicon) -> list[Name]:
    found: dict[tuple[int, int], Name] = {}
    for rx in lex.source_rxs:
        for m in rx.finditer(text, a, b):
            start, end = m.span("S")
            name = POSSESSIVE.sub("", text[start:end]).rstrip(".")
            words = name.split()
            while words and words[0] in lex.not_subjects:
                words = words[1:]
            if not words:
                continue
            name = " ".join(words)
            start = text.index(words[0], start)
            found[(start, start + len(name))] = Name(start, start + len(name), name, "outlet")
    for m in lex.lowercase_source_rx.finditer(text, a, b):
        group = 1 if m.group(1) else 2
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


def _canonical_names(names: list[Name]) -> dict[str, str]:
    """A short name stands for the longer one it begins or ends ('Lumora' -> 'Lumora Digital', 'Lubis' ->
    'Farid Lubis') when exactly one such longer name occurs, and the text wrote it in full first
    ('TikTok' then 'TikTok Shop' are two names)."""
    first: dict[str, int] = {}
    for n in names:
        first.setdefault(n.text, n.start)
    out = {}
    for short in first:
        longer = [n for n in first if n != short and (n.startswith(short + " ") or n.endswith(" " + short))]
        if len(longer) == 1 and first[longer[0]] < first[short]:
            out[short] = longer[0]
    return out


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
