"""The claims' and checks' shortcuts give what the long way gives: a one-sentence text has every figure in
sentence 0 and none after another sentence; the last sentence has no later levels; a lone claim has no links."""

from types import SimpleNamespace

import pytest

import claimgraph
from claimgraph.checks.base import Context
from claimgraph.checks.index import Sentences
from claimgraph.checks.lead import later_levels
from claimgraph.claims import build_claims
from claimgraph.claims.draft import ClaimDraft
from claimgraph.claims.lexicon import lexicon
from claimgraph.claims.links import link_claims

ONE_SENTENCE = ["Brindle sold 40 boats for $2 million, up 5% from $1.9 million in May.",
                "Orra paid $5 million and $7 million, or $12 million in all, for 3 plants."]


def _grouped(starts, qs):
    """Sentences.members the long way: each figure under its number()."""
    index = Sentences(starts, [])
    out: dict[int, list] = {}
    for q in qs:
        out.setdefault(index.number(q.start), []).append(q)
    return out


@pytest.mark.parametrize("starts", [[], [0], [5], [0, 30], [0, 30, 60]])
def test_sentences_group_figures_as_number_does(starts):
    qs = [SimpleNamespace(start=k) for k in (0, 4, 29, 30, 31, 75)]
    assert Sentences(starts, qs).members == _grouped(starts, qs)
    assert Sentences(starts, []).members == {}


@pytest.mark.parametrize("text", ONE_SENTENCE)
def test_one_sentence_has_no_figure_after_another_sentence(nlp, text):
    ctx = Context(claimgraph.extract(text, nlp=nlp, date="2024-06-10"), text)
    assert len(ctx.spans) == 1 and len(ctx.qs) > 1
    for q in ctx.qs:
        k = ctx.sentence_no(q.start)
        assert not ctx.after_a_sentence(q)
        assert not any(ctx.sentence_no(e.start) != k for e in ctx.earlier(q))
        assert later_levels(ctx, q, lambda x: False) == (None, None)


def test_a_lone_claim_has_no_links():
    text = "Orra's revenue rose to $5 million, about 12% of the total."
    quantities = [{"kind": "percent", "unit": "%", "start": 41, "end": 44, "text": "12%", "low": "12", "high": "12"}]
    claim = ClaimDraft(id="c1", quantity="q1", figure=quantities[0], sentence=[0, len(text)], paragraph=0, hedges=[])
    before = claim.to_dict()
    assert link_claims(text, [claim], lexicon()) == []
    assert claim.to_dict() == before


def test_lone_and_paired_claims_keep_their_links():
    text = "Orra paid $40 million for the plant. About one-fifth of this amount, $8 million, was debt."
    doc = claimgraph.load()(text)
    found = build_claims(text, doc._.quantities, doc._.periods)
    assert len(found["claims"]) > 1 and found["relations"]
    one = build_claims(text, doc._.quantities[:1], doc._.periods)
    assert one["relations"] == [] and [c["id"] for c in one["claims"]] == ["c1"]
