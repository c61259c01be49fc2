"""The spaCy components: what each declares, that they keep no state between Docs, and that the tokenizer's
currency signs are the vocabulary's."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from spacy.language import Language

from claimgraph.pipeline.load import build
from claimgraph.pipeline.tokenizer import currency_symbols
from claimgraph.resolve.periods import PeriodFinder
from claimgraph.resources.rules import PeriodRule, shipped_period_rules
from claimgraph.resources.vocab import vocab

FACTORIES = ("claimgraph_boilerplate", "claimgraph_periods", "claimgraph_quantities", "claimgraph_claims")


def test_the_pipeline_analyzes_without_problems(nlp):
    analysis = nlp.analyze_pipes()
    assert analysis["problems"] == {name: [] for name in nlp.pipe_names}
    # periods and quantities need the boilerplate ranges, so boilerplate comes first
    assert analysis["attrs"]["doc._.ignored"]["assigns"] == ["claimgraph_boilerplate"]
    assert nlp.pipe_names.index("claimgraph_boilerplate") == 0


def test_the_claims_component_comes_after_what_it_requires():
    nlp = build()
    nlp.add_pipe("claimgraph_claims", last=True)
    assert all(not problems for problems in nlp.analyze_pipes()["problems"].values())


@pytest.mark.parametrize("name", FACTORIES)
def test_each_component_declares_what_it_assigns(name):
    meta = Language.get_factory_meta(name)
    assert meta.assigns, f"{name} declares no assigns"
    assert all(a.startswith("doc.") for a in [*meta.assigns, *meta.requires])


def test_each_component_in_the_pipeline_declares_its_assigns(nlp):
    for name in nlp.pipe_names:
        if name.startswith("claimgraph_"):
            assert nlp.get_pipe_meta(name).assigns, name


# ------------------------------------------------------------------ no per-call state on shared components
def _slow_rule() -> PeriodRule:
    return PeriodRule(id="period.slow", form="year", regex=r"(?:a|aa)+c", examples=["aac"])  # backtracks exponentially


def test_the_period_finder_returns_the_rules_it_skipped(monkeypatch):
    from claimgraph.resolve.periods import finder as finder_module

    monkeypatch.setattr(finder_module, "REGEX_TIMEOUT", 0.05)
    finder = PeriodFinder([*shipped_period_rules(), _slow_rule()])
    slow = finder.find("a" * 30 + " ac in 2024")  # "ac": a text without it is not searched (it cannot match)
    quick = finder.find("Sales rose in 2024.")
    assert slow.timed_out == ["period.slow"]
    assert quick.timed_out == []
    assert [p.text for p in quick.periods] == ["2024"]
    assert not hasattr(finder, "timed_out")  # nothing of a call is left on the finder


def test_the_periods_component_warns_on_the_doc_that_timed_out_only(monkeypatch):
    from claimgraph.resolve.periods import finder as finder_module

    monkeypatch.setattr(finder_module, "REGEX_TIMEOUT", 0.05)
    nlp = build()
    component = nlp.get_pipe("claimgraph_periods")
    component.finder = PeriodFinder([*shipped_period_rules(), _slow_rule()])
    slow, quick = nlp("a" * 30 + " ac"), nlp("Sales rose in 2024.")
    warning = "period rule period.slow took too long on this text and was skipped"
    assert slow.user_data["claimgraph_warnings"] == [warning]
    assert "claimgraph_warnings" not in quick.user_data


def test_components_give_the_same_results_on_docs_processed_at_once(nlp):
    texts = [f"Revenue rose {n}% to ${n}.{n}bn in the second half of {2000 + n}, from May {n} to June {n}, 2024."
             for n in range(1, 25)]

    def run(text):
        doc = nlp(text)
        return doc._.periods, doc._.quantities, doc._.ignored

    alone = [run(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(run, texts))
    assert together == alone


# ------------------------------------------------------------------ one list of currency signs
def test_the_tokenizer_signs_are_the_vocabularys():
    listed = {k for k in vocab()["currency_prefix"] if len(k) == 1 and not k.isalnum()}
    assert set(currency_symbols()) == listed
    assert {"$", "€", "£", "¥", "₹", "₱", "₩"} <= listed


@pytest.mark.parametrize("sign", sorted({k for k in vocab()["currency_prefix"] if len(k) == 1 and not k.isalnum()}))
@pytest.mark.parametrize("dash", ["-", "–"])
def test_every_currency_sign_splits_a_range_as_the_dollar_does(nlp, sign, dash):
    doc = nlp.make_doc(f"{sign}12{dash}{sign}13 billion")
    assert [t.text for t in doc] == [sign, "12", dash, sign, "13", "billion"]
