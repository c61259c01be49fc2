"""The checker's data (patterns/en/checks.json) and its registry: every cue does what its examples say, every
hedge is a comparator of vocab.json, and a check type is named in one place only."""

from __future__ import annotations

from typing import get_args

import pydantic
import pytest

import claimgraph.models as models
from claimgraph.checks import CHECKS, run_checks
from claimgraph.checks.base import Finding
from claimgraph.checks.cues import CueError, compile_cue, cues, expand, hedge_tolerances
from claimgraph.checks.registry import CHECK_TYPES, register
from claimgraph.resources import load_json
from claimgraph.resources.vocab import vocab

CUES = load_json("checks.json")["cues"]


@pytest.mark.parametrize("name", sorted(CUES))
def test_every_cue_accepts_its_examples_and_rejects_its_counter_examples(name):
    spec = CUES[name]
    accepts = getattr(cues()[name], spec["mode"])
    assert spec.get("examples"), f"cue {name} has no examples"
    for text in spec["examples"]:
        assert accepts(text), f"cue {name} should accept {text!r}"
    for text in spec.get("counter_examples", []):
        assert not accepts(text), f"cue {name} should reject {text!r}"


def test_a_placeholder_expands_to_its_words_a_space_to_whitespace():
    spec = {"mode": "search", "regex": r"\b{verbs}\s+$", "words": {"verbs": ["to", "compared (?:with|to)"]}}
    # led by a lookahead for the words' first letters (cues.alternatives), which changes no match
    assert expand("x", spec) == r"\b(?:(?=[ct])(?:to|compared\s+(?:with|to)))\s+$"
    assert compile_cue("x", spec).search("Compared  with ")


def test_a_malformed_cue_is_refused_by_name():
    with pytest.raises(CueError, match="'x'.*{nouns}"):
        expand("x", {"mode": "search", "regex": "{nouns}", "words": {}})
    with pytest.raises(CueError, match="'x' needs a mode"):
        compile_cue("x", {"regex": "a"})


def test_every_hedge_with_a_tolerance_is_a_comparator_of_vocab_json():
    table = hedge_tolerances()
    assert table and set(table) <= set(vocab()["comparators"])
    assert all(len(pair) == 2 for pair in table.values())


def test_the_registered_checks_are_exactly_the_report_check_types():
    assert set(CHECKS) == set(CHECK_TYPES) == set(get_args(models.CheckType))


def test_register_refuses_a_name_that_is_no_check_type_or_is_taken():
    with pytest.raises(ValueError, match="not a models.CheckType"):
        register("ratios")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="registered twice"):
        register("ratio")


def test_a_finding_takes_its_type_from_the_check_it_came_from(monkeypatch):
    # a Finding has no type of its own: run_checks reports the name its check is registered under
    assert "type" not in Finding.__dataclass_fields__
    finding = Finding(["q1"], None, None, "unverifiable", "nothing to compare")
    monkeypatch.setitem(CHECKS, "share", lambda ctx: [finding])
    report = models.Report(document=models.Document(length=0))
    assert [c["type"] for c in run_checks(report, "", only=["share"])] == ["share"]


def test_every_model_forbids_extra_fields():
    classes = [v for v in vars(models).values()
               if isinstance(v, type) and issubclass(v, pydantic.BaseModel) and v.__module__ == models.__name__]
    assert len(classes) > 10
    for cls in classes:
        assert cls.model_config.get("extra") == "forbid", cls.__name__
