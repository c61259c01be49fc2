"""Figures -> claims: each quantity's subject, metric, scope, period, role, source and hedges, read from its
sentence and, where the sentence is silent, from the discourse around it (the article's main subject, the
period and source the paragraph is about); then the links between claims (links.py).
Plain data in, plain data out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import regex

from claimgraph.claims.document import Document, Hints, clause_opening
from claimgraph.claims.draft import ClaimDraft
from claimgraph.claims.lexicon import lexicon, norm
from claimgraph.claims.links import link_claims
from claimgraph.claims.metrics import (
    claim_metric,
    inherit_metric,
    levels_after_changes,
    per_share_figures,
    segment_profits,
    structural_metrics,
)
from claimgraph.claims.periods import (
    claim_period,
    closed_span,
    dates_the_aim,
    market_quotes,
    per_share_of_total,
    runs_to_now,
    share_of_whole_periods,
    topic_before,
    trading_days,
)
from claimgraph.claims.roles import claim_role, compared_roles, is_base, mark_conversions
from claimgraph.claims.sources import SourceFrame, claim_source, pronoun_speaker
from claimgraph.claims.subjects import (
    bar_for,
    claim_scope,
    claim_subject,
    entities_of,
    holder_after,
    listed_place,
    place_subject,
)


def build_claims(text: str, quantities: list[dict[str, Any]], periods: list[dict[str, Any]],
                 hints: Hints = None, ignored: Iterable[Sequence[int]] = ()) -> dict[str, list[dict[str, Any]]]:
    """Claims, entities and relations for one document. Quantity i is "q{i+1}", period j "p{j+1}", as in the
    Report (both lists are in text order)."""
    if not quantities:
        return {"claims": [], "entities": [], "relations": []}
    lex = lexicon()
    doc = Document(text, quantities, periods, hints, lex, ignored)
    drafts: list[ClaimDraft] = []
    previous: tuple[ClaimDraft, str | None, str | None] | None = None  # the last claim, what it carries on
    frame = SourceFrame(doc)
    for i, q in enumerate(quantities):
        if q["kind"] == "duration" and any(periods[j]["start"] <= q["start"] and q["end"] <= periods[j]["end"]
                                           for j in doc.period_index.overlapping(q["start"], q["end"])):
            continue  # "six months" in "the past six months" is the period's length
        draft = _draft(doc, i, len(drafts) + 1)
        previous = _in_discourse(draft, previous, doc, frame)
        if q["kind"] == "duration":
            continue  # read for what the text goes on about, but a span of time is no claim (CONVENTIONS: claims
            # are for money, percent, counts, multiples and fractions)
        draft.subject = listed_place(doc, draft) or draft.subject
        if draft.subject is None:
            draft.subject = place_subject(doc, draft)
        drafts.append(draft)

    # a lone claim (half of single sentences) has no claim before it for these passes to read: they would
    # change nothing
    paired = len(drafts) > 1
    if paired:
        inherit_metric(text, drafts)
        levels_after_changes(text, drafts)
        per_share_figures(text, drafts, lex)
    segment_profits(drafts, lex)
    if paired:
        compared_roles(text, drafts, lex)
        mark_conversions(text, drafts, lex)
        per_share_of_total(text, drafts, lex)
        share_of_whole_periods(text, drafts, periods)
    relations = link_claims(text, drafts, lex)
    structural_metrics(text, drafts, lex)
    quotes = market_quotes(doc, drafts)
    trading_days(doc, quotes)
    for d in quotes:
        if not d.stated_source:
            d.source = None  # a market session's quotes are market data, nobody's release, unless their sentence
            # names who gives them
    entities = entities_of(text, drafts)
    return {"claims": [d.to_dict() for d in drafts], "entities": entities, "relations": relations}


def _in_discourse(draft: ClaimDraft, previous: tuple[ClaimDraft, str | None, str | None] | None, doc: Document,
                  frame: SourceFrame) -> tuple[ClaimDraft, str | None, str | None]:
    """Fill what the claim's sentence leaves to the discourse: the paragraph's source ('..., Canalys said.'
    covers the paragraph's figures), the paragraph's subject ('At EDS, profit jumped 16%. Revenue rose
    12%'), the story's source frame. Returns what the next claim of the paragraph may take over: the claim,
    its source (not a company that only stands for its own release) and the subject its text named."""
    last, carried, last_named = previous if previous is not None else (None, None, None)
    draft.stated_source = draft.source is not None
    same_paragraph = last is not None and last.paragraph == draft.paragraph
    if draft.source is None and same_paragraph and (last is None or last.sentence == draft.sentence
                                                    or norm(carried or "") not in frame.transient):
        draft.source = carried  # a transient source ('a spokesman said') covers its own sentence only
    # a holder named after its stake ('the company, which is 61%-owned by Pellman Oil, had ...') is that
    # figure's subject only
    own = draft.stated_subject and holder_after(doc.text, draft.figure, draft.subject)
    canonical = doc.main()[2]
    if draft.subject:
        draft.subject = canonical.get(draft.subject, draft.subject)
    named = draft.subject if draft.stated_subject else None
    # a place the last claim's sentence made its subject carries within that sentence only ('Ghana will spend
    # $1.5bn ..., a quarter of it, $520m, on ...'), not to the next one, where it may be a mere scope
    if same_paragraph and named is None and last_named is not None \
            and (last_named not in doc.lex.places or (last is not None and last.sentence == draft.sentence)):
        draft.subject = named = last_named
    elif named is None and frame.self_report and frame.current and draft.subject is not None:
        draft.subject = frame.current  # a roundup: the company whose release the story is on now
    draft.source = frame.source_for(draft.source, draft.sentence, named)
    return draft, None if frame.switched else draft.source, None if own else named


# a sentence about a company's shares or stock
_SHARES = regex.compile(r"\b(?:[Ss]hares|[Ss]tock)\b")


def _draft(doc: Document, i: int, n: int) -> ClaimDraft:
    """Claim number n, for quantity i, with every slot its sentence and the discourse fill."""
    text, lex, quantities, periods = doc.text, doc.lex, doc.quantities, doc.periods
    q = quantities[i]
    s = doc.sentence_at(q["start"])
    # the period the text is talking about, for figures that state none
    topic_period = topic_before(periods, doc.base_periods, q["start"], s, doc, doc.main_period)
    if lex.present_rx.search(text, s.start, q["start"]):
        topic_period = None  # "Currently, TikTok has 170 million users": now, not the period before
    clause_start = clause_opening(text, s, quantities, i, lex)
    # from the sentence start too: the same reading unless an earlier figure of the sentence moved the start
    after_figure = i > 0 and quantities[i - 1]["end"] > s.start
    bar = bar_for(text, clause_opening(text, s, quantities, i, lex, after_figures=False) if after_figure
                  else clause_start, q, lex)
    draft = ClaimDraft(id=f"c{n}", quantity=f"q{i + 1}", figure=q, sentence=[s.start, s.end], paragraph=s.paragraph,
                       hedges=s.hedges)
    draft.subject, draft.stated_subject = (bar, True) if bar else claim_subject(s, q, doc)
    draft.metric, draft.metric_text = claim_metric(text, s, q, lex)
    draft.scope = claim_scope(text, s, q, clause_start, doc)
    compared = is_base(text, q)  # the base of a comparison: read by the period and the role alike
    if topic_period is not None and draft.metric in ("stock_move", "price") and periods[topic_period]["end"] < s.start \
            and periods[topic_period]["form"] != "date" and _SHARES.search(text, s.start, s.end):
        topic_period = None  # 'Shares rose 3.2% to 17.85 euros.' after a quarter's results: a session's move, no
        # quarter's (CONVENTIONS' gold dates a stock move with no day of its own to nothing)
    draft.period, draft.period_shift = claim_period(text, s, q, periods, doc.base_periods, doc.event_dates,
                                                   topic_period, lex, doc.period_index.overlapping(s.start, s.end),
                                                   compared, topic_period is not None
                                                   and _dates_no_figure(doc, periods[topic_period], quantities))
    next_start = min(s.end, quantities[i + 1]["start"]) if i + 1 < len(quantities) else s.end
    draft.role = claim_role(text, s, q, clause_start, draft.metric, lex, bar is not None, next_start, compared,
                            quantities[i - 1]["end"] if after_figure else -1)
    draft.source = claim_source(text, s, q, lex, draft.role) or pronoun_speaker(doc, s)
    if draft.role in ("target", "forecast", "change") and draft.period:  # "aimed to expand its GMV tenfold"
        draft.period_whole_year = dates_the_aim(text, s, periods[int(draft.period[1:]) - 1], lex)
    if draft.period and not draft.period_whole_year and not draft.period_shift:
        j, end = closed_span(text, periods, int(draft.period[1:]) - 1)
        draft.period, draft.period_end = f"p{j + 1}", (f"p{end + 1}" if end is not None else None)
    if draft.period and not draft.period_whole_year:
        j = int(draft.period[1:]) - 1
        draft.period_to_reference = runs_to_now(text, j, periods[j], doc.base_periods)
    return draft


def _dates_no_figure(doc: Document, p: dict, quantities: list[dict]) -> bool:
    """The period, a month, a day or a part of a year it names, dates no figure in its sentence ('Brisco was hacked
    in March.', 'went public in the second quarter of 2021.'): no period a later figure's 'last year' points a year
    back from. A results story's quarter stays one, figure or none ('Harlow reported its second-quarter results on
    Tuesday. ... Sales were $380 million last year': that quarter)."""
    if p.get("form") not in ("month", "date") and "year" not in p.get("groups", {}):
        return False  # (a quarter with its year is an event's: 'went public in the second quarter of 2021')
    own = doc.sentence_at(p["start"])
    return not any(own.start <= x["start"] < own.end for x in quantities)
