"""checks.base.Context answers from indexes what a scan of the figures would: after_a_sentence(q) is whether
earlier(q) holds a figure of another sentence, in text order and out of it."""

import claimgraph
from claimgraph.checks.base import Context

TEXTS = ["Brindle sold 40 boats in May. The 40 boats cost $2 million, up 5% from $1.9 million.",
         "Velk hired 12 people.\nIt now has 300 staff, or 4% more.\n\nThe 300 staff work in 3 towns.",
         "Orra paid $5 million and $7 million. It paid $12 million in all."]


def _scan(ctx, q):
    k = ctx.sentence_no(q.start)
    return any(ctx.sentence_no(e.start) != k for e in ctx.earlier(q))


def test_after_a_sentence_is_the_scan_of_earlier_figures(nlp):
    answers = []
    for text in TEXTS:
        report = claimgraph.extract(text, nlp=nlp, date="2024-06-10")
        shuffled = report.model_copy(update={"quantities": list(reversed(report.quantities))})
        for r in (report, shuffled):
            ctx = Context(r, text)
            for q in ctx.qs:
                assert ctx.after_a_sentence(q) == _scan(ctx, q), (text, q.text)
                answers.append(ctx.after_a_sentence(q))
        ctx = Context(report, text)
        assert not ctx.after_a_sentence(ctx.qs[0])  # the first figure has nothing before it
        assert ctx.after_a_sentence(ctx.qs[-1])  # the last is in a later sentence than the first
    assert True in answers and False in answers


def test_a_short_reach_leaves_out_a_figure_too_far_back(nlp):
    text = TEXTS[0]
    ctx = Context(claimgraph.extract(text, nlp=nlp, date="2024-06-10"), text)
    last = ctx.qs[-1]
    assert ctx.after_a_sentence(last)
    assert not ctx.after_a_sentence(last, reach=last.start - ctx.spans[1][0])  # only its own sentence in reach
