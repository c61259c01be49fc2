"""The quantity finder is safe to call on two Docs at once, and every rule's production exists."""

import json
from concurrent.futures import ThreadPoolExecutor
from typing import get_args

import pytest

import claimgraph.pipeline.quantities.finder as finder_module
from claimgraph.pipeline.quantities import PRODUCTIONS, QuantityFinder, mention_dict
from claimgraph.resources import patterns_dir
from claimgraph.resources.rules import PatternError, PatternRule, Production, load_rules, shipped_rules
from conftest import ROOT

ARTICLES = sorted((ROOT / "corpus" / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def finder(nlp):
    return nlp.get_pipe("claimgraph_quantities").finder


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(p.read_text(encoding="utf-8")) for p in ARTICLES]


def found(finder, doc):
    return [mention_dict(doc, m) for m in finder(doc)]


def test_a_call_nested_inside_another_gives_what_sequential_calls_give(finder, docs, monkeypatch):
    doc_a, doc_b = docs[0], docs[1]
    expected_a, expected_b = found(finder, doc_a), found(finder, doc_b)
    assert expected_a and expected_b and expected_a != expected_b
    nested: list = []
    qualify = finder_module.qualify

    def qualify_then_read_b(s, m):
        qualify(s, m)
        if s.doc is doc_a and not nested:  # in the middle of doc A, read all of doc B with the same finder
            nested.append(None)
            nested[0] = found(finder, doc_b)

    monkeypatch.setattr(finder_module, "qualify", qualify_then_read_b)
    assert found(finder, doc_a) == expected_a
    assert nested == [expected_b]


def test_threads_sharing_one_finder_give_what_sequential_calls_give(finder, docs):
    many = docs * 6
    expected = [found(finder, d) for d in many]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda d: found(finder, d), many))
    assert got == expected


def test_the_finder_keeps_nothing_of_a_document(finder, docs):
    before = {name: id(value) for name, value in vars(finder).items()}
    found(finder, docs[0])
    assert {name: id(value) for name, value in vars(finder).items()} == before


def test_every_production_a_rule_may_name_exists():
    assert set(get_args(Production)) == set(PRODUCTIONS)
    assert {r.production for r in shipped_rules()} <= set(PRODUCTIONS)


def test_every_shipped_quantity_rule_names_its_production():
    text = patterns_dir().joinpath("quantities.jsonl").read_text(encoding="utf-8")
    for lineno, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            assert "production" in json.loads(line), f"quantities.jsonl:{lineno} names no production"


def test_an_unknown_production_names_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    good = ('{"id": "money.ok", "label": "MONEY", "production": "money", "pattern": [{"LOWER": "usd"}], '
            '"examples": ["USD 5"]}')
    bad = good.replace('"money.ok"', '"money.bad"').replace('"production": "money"', '"production": "cash"')
    path.write_text(good + "\n" + bad + "\n", encoding="utf-8")
    with pytest.raises(PatternError) as err:
        load_rules(path)
    assert str(err.value).startswith("bad.jsonl:2: production:")


def test_the_finder_refuses_a_rule_whose_production_it_lacks(nlp):
    rule = PatternRule.model_construct(id="money.x", label="MONEY", production="cash", pattern=[{"LOWER": "usd"}],
                                       examples=["USD 5"], counter_examples=[])
    with pytest.raises(ValueError, match="cash"):
        QuantityFinder(nlp.vocab, [rule])
