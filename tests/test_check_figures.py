"""Each check declares the fewest figures its findings relate (registry.register(..., figures=N)); run_all skips
a check for a Report with fewer. The declaration must hold for every finding, and a check run on a Report with
fewer figures must find nothing."""

import claimgraph
from claimgraph.checks import CHECKS
from claimgraph.checks.base import Context
from claimgraph.checks.registry import FIGURES
from conftest import CORPUS, corpus_lines

# few figures, with the cue words of the checks that need more ('of the total', 'tripled', 'or 11% of')
FEW = ["Of the 500 stores, most are in Norvel.", "Revenue tripled to $9 million.",
       "Orvik raised $2 billion, or 11% of its goal.", "The total was $4.5 million in the first half.",
       "It paid RMB 2.7 trillion (USD 375 billion) this year.", "The $40 million target for 2024 was cut.",
       "Those payments comprised $90 million in fees.", "Halden's 170 million users grew in March.",
       "Prices rose 8% from a year earlier in May.", "About one-fifth of the money, $3 billion, went abroad."]


def _reports(nlp, texts):
    return [(claimgraph.extract(t, nlp=nlp, date="2024-06-10"), t) for t in texts]


def test_every_finding_relates_at_least_the_figures_its_check_declares(nlp):
    texts = [e["text"] for _, e in corpus_lines(CORPUS / "checks" / "passages.jsonl")]
    seen = set()
    for report, _ in _reports(nlp, texts):
        for k in report.checks:
            figures = set(k.operands) | ({k.stated} if k.stated else set())
            assert len(figures) >= FIGURES[CHECKS[k.type]], (k.type, k.explanation)
            seen.add(k.type)
        for u in report.unchecked:
            assert len(set(u.figures)) >= FIGURES[CHECKS[u.type]], (u.type, u.reason)
    assert {"sum", "ratio", "conversion"} <= seen  # the corpus exercises checks that need two or three


def test_a_check_finds_nothing_with_fewer_figures_than_it_declares(nlp):
    ran = 0
    for report, text in _reports(nlp, FEW):
        ctx = Context(report, text)
        for name, fn in CHECKS.items():
            if len(ctx.qs) < FIGURES[fn]:
                assert fn(Context(report, text)) == [], (name, text)
                ran += 1
    assert ran > 20
