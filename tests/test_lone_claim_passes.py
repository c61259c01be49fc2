"""build_claims runs the passes that read each claim with the one before it only when there are two claims:
on a lone claim they change nothing, so skipping them gives what running them gives."""

import pytest

from claimgraph.claims.build import _draft
from claimgraph.claims.document import Document
from claimgraph.claims.lexicon import lexicon
from claimgraph.claims.metrics import inherit_metric, levels_after_changes, per_share_figures
from claimgraph.claims.periods import per_share_of_total
from claimgraph.claims.roles import compared_roles, mark_conversions

LONE = ["Profit at its marine unit fell 25% in the quarter.",
        "Orra paid $40 million for the plant.",
        "The company expects a 20% increase, up from a year earlier.",
        "Net income was 47 cents a share.",
        "It said 12% of its sales came from Europe."]


@pytest.mark.parametrize("text", LONE)
def test_pair_passes_leave_a_lone_claim_as_it_is(nlp, text):
    doc = nlp(text)
    quantities, periods = doc._.quantities, doc._.periods
    assert len(quantities) == 1
    lex = lexicon()
    draft = _draft(Document(text, quantities, periods, None, lex, ()), 0, 1)
    before = draft.to_dict()
    inherit_metric(text, [draft])
    levels_after_changes(text, [draft])
    per_share_figures(text, [draft], lex)
    compared_roles(text, [draft], lex)
    mark_conversions(text, [draft], lex)
    per_share_of_total(text, [draft], lex)
    assert draft.to_dict() == before
