"""Claims under construction (ClaimDraft) and the cue vocabulary they are read with (patterns/en/claims.json)."""

import pytest

import claimgraph
from claimgraph.claims import build_claims
from claimgraph.claims.draft import ClaimDraft
from claimgraph.claims.lexicon import lexicon
from claimgraph.claims.sentences import sentences

STATED_KEYS = ["id", "quantity", "subject", "metric", "metric_text", "scope", "period", "period_shift",
               "period_whole_year", "period_to_reference", "period_end", "role", "source", "hedges", "sentence",
               "before", "derived", "subject_entity", "source_entity"]
DERIVED_KEYS = ["id", "quantity", "subject", "subject_entity", "metric", "metric_text", "scope", "period", "role",
                "source", "source_entity", "hedges", "sentence", "before", "derived"]


def test_to_dict_gives_the_public_keys_only_in_report_order():
    stated = ClaimDraft(id="c1", quantity="q1", figure={"kind": "money"}, sentence=[0, 10], paragraph=0, hedges=[])
    assert list(stated.to_dict()) == STATED_KEYS
    derived = ClaimDraft(id="c2", quantity=None, figure={"kind": "money"}, sentence=[0, 10], paragraph=0, hedges=[],
                         derived={"operation": "share", "inputs": ["c1"]})
    assert list(derived.to_dict()) == DERIVED_KEYS  # no period shift of its own


def test_build_claims_leaves_no_construction_context_in_its_dicts(nlp):
    text = "TikTok aims for GMV of USD 12-13 billion this year. About one-fifth of this amount has been met."
    doc = nlp(text)
    out = build_claims(text, doc._.quantities, doc._.periods)
    assert out["claims"] and any(c["derived"] for c in out["claims"])
    for c in out["claims"]:
        assert list(c) == (DERIVED_KEYS if c["derived"] else STATED_KEYS)


def test_cue_regexes_from_the_data_file():
    cues = lexicon().cues
    text = "Revenue rose 11% from a year earlier"
    assert cues.base_before_rx.search(text, 0, len(text) - len("a year earlier"))
    assert cues.same_period_last_year_rx.match(" in the same quarter last year")
    assert cues.change_from_rx.search("slipped to 19% from about ")
    assert cues.share_of_rx.match(" of the market") and not cues.share_of_rx.match(" of the year")
    found = cues.segment_rx.search("its global selling (cross-border) business contributing")
    assert found and found.group(1) == "global selling (cross-border)"
    assert cues.bar_for_rx.search("the threshold for influencers").group(1) == "influencers"


def test_abbreviations_from_the_data_file_do_not_end_a_sentence():
    text = "Sales rose in Sept. Revenue fell. Mr. Lee said No. 2 was next."
    spans = [text[a:b] for a, b in sentences(text)]
    assert spans == ["Sales rose in Sept. Revenue fell.", "Mr. Lee said No. 2 was next."]


def test_typewriter_quote_marks_end_and_open_sentences():
    # wire copy closes a quote with two apostrophes and opens one with two backticks
    text = ("``We will hold the line,'' said Orrin Vale. ``The vote is ours.'' Polls show 51 percent support. "
            "``Not yet,'' Ada Kell said.")
    spans = [text[a:b] for a, b in sentences(text)]
    assert spans == ["``We will hold the line,'' said Orrin Vale.", "``The vote is ours.''",
                     "Polls show 51 percent support.", "``Not yet,'' Ada Kell said."]


def test_military_and_political_titles_do_not_end_a_sentence():
    text = "Gen. Ada Kell left. Sen. Orrin Vale and Rep. Jorvan Pell stayed. Sgt. Mara Tull spoke."
    spans = [text[a:b] for a, b in sentences(text)]
    assert spans == ["Gen. Ada Kell left.", "Sen. Orrin Vale and Rep. Jorvan Pell stayed.", "Sgt. Mara Tull spoke."]


@pytest.mark.parametrize("text,first", [
    ("VARNHOLT, Norland (AP) _ Rescue teams pulled 12 survivors out.", "VARNHOLT, Norland (AP) _"),
    ("QUILLBY (Reuters) -- Dock workers went on strike.", "QUILLBY (Reuters) --"),
    ("EAST MARLOW, N.H. _ The mill closed.", "EAST MARLOW, N.H. _"),
    ("VARNHOLT, June 3 (Xinhua) -- Rescue teams pulled 12 survivors out.", "VARNHOLT, June 3 (Xinhua) --"),
    ("VARNHOLT (AP ) -- Rescue teams pulled 12 survivors out.", "VARNHOLT (AP ) --"),
])
def test_a_wire_dateline_is_a_sentence_of_its_own(text, first):
    spans = [text[a:b] for a, b in sentences(text)]
    assert spans[0] == first and len(spans) == 2


def test_a_dateline_below_a_headline_is_a_sentence_of_its_own(nlp):
    """A copied page or wire story puts a headline line above the dateline: three sentences, and the city is no
    subject of the lead's figures."""
    text = "Fuel prices climb again\nQUILLBY — The average price of diesel rose 4 cents to $3.17 a gallon this week."
    spans = [text[a:b] for a, b in sentences(text)]
    assert spans == ["Fuel prices climb again", "QUILLBY —",
                     "The average price of diesel rose 4 cents to $3.17 a gallon this week."]
    report = claimgraph.extract(text, date="2025-07-07", nlp=nlp)
    assert [c.subject for c in report.claims] == [None, None]
    one_line = "Fuel prices climb again. QUILLBY — Diesel rose 4 cents."  # a headline is a line of its own
    assert len(sentences(one_line)) == 2


def test_a_company_in_capitals_opening_a_lead_is_no_dateline():
    text = "BRAXTON MILLS Inc., Dayton, Ohio, said it cut 40 jobs."
    assert [text[a:b] for a, b in sentences(text)] == [text]


@pytest.mark.parametrize("text,want", [
    ("Orbis raised $12M in a Series A. The round valued it at $80M.",
     ["Orbis raised $12M in a Series A.", "The round valued it at $80M."]),
    ("Calloway sold its Class B. Harwick bought them.", ["Calloway sold its Class B.", "Harwick bought them."]),
    # an initial still ends nothing
    ("The round was led by J. Peter Harlow of Tessaly.", ["The round was led by J. Peter Harlow of Tessaly."]),
])
def test_a_letter_naming_a_series_or_class_ends_a_sentence(text, want):
    assert [text[a:b] for a, b in sentences(text)] == want
