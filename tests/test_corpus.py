"""Duckling-style corpus: every phrasing is its own test case and must yield exactly its expected value."""

import json
from decimal import Decimal
from pathlib import Path

import pytest

import claimgraph
from conftest import CORPUS, corpus_lines

OPTIONAL = ("comparator", "hedge", "per", "change")
XFAIL = json.loads((Path(__file__).parent / "corpus_xfail.json").read_text(encoding="utf-8"))


def _cases():
    for path in sorted(CORPUS.glob("*.jsonl")):
        for lineno, entry in corpus_lines(path):
            for text in entry["texts"]:
                reason = XFAIL.get(f"{path.stem}:{text}")
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                yield pytest.param(entry, text, id=f"{path.stem}:{lineno}:{text[:50]}", marks=marks)


def _negative_cases():
    for path in sorted((CORPUS / "negatives").glob("*.jsonl")):
        for lineno, entry in corpus_lines(path):
            for text in entry["texts"]:
                yield pytest.param(entry.get("kind"), text, id=f"neg-{path.stem}:{lineno}:{text[:50]}")


@pytest.mark.parametrize("entry,text", list(_cases()))
def test_phrasing(nlp, entry, text):
    report = claimgraph.extract(text, nlp=nlp)
    found = report.quantities
    assert len(found) == 1, f"expected one quantity in {text!r}, got {[q.text for q in found]}"
    q = found[0]
    want = entry["value"]
    assert text[q.start:q.end] == q.text
    assert (q.kind, q.unit) == (want["kind"], want["unit"]), q
    assert (q.low, q.high) == (Decimal(str(want["low"])), Decimal(str(want["high"]))), q
    for key in OPTIONAL:
        assert getattr(q, key) == want.get(key), f"{key}: {q}"
    if "span" in entry:
        assert q.text == entry["span"]


@pytest.mark.parametrize("kind,text", list(_negative_cases()))
def test_negative(nlp, kind, text):
    report = claimgraph.extract(text, nlp=nlp)
    bad = [q for q in report.quantities if kind is None or q.kind == kind]
    assert not bad, f"{text!r} must yield no {kind or 'quantity'}: {[(q.text, q.kind) for q in bad]}"


def test_corpus_size_and_coverage():
    phrasings = sum(len(e["texts"]) for p in CORPUS.glob("*.jsonl") for _, e in corpus_lines(p))
    assert phrasings >= 400
    kinds = {e["value"]["kind"] for p in CORPUS.glob("*.jsonl") for _, e in corpus_lines(p)}
    assert kinds >= {"money", "percent", "fraction", "multiple", "count", "rank", "duration", "number", "physical"}
    negative_kinds = {e.get("kind") for p in (CORPUS / "negatives").glob("*.jsonl") for _, e in corpus_lines(p)}
    assert negative_kinds >= kinds | {None}


def test_every_pattern_id_is_exercised_by_the_corpus(nlp):
    from claimgraph.resources.rules import shipped_rules

    seen = set()
    for path in CORPUS.glob("*.jsonl"):
        for _, entry in corpus_lines(path):
            for text in entry["texts"]:
                seen |= {q.rule for q in claimgraph.extract(text, nlp=nlp).quantities}
    missing = {r.id for r in shipped_rules()} - seen
    assert not missing, f"pattern ids no corpus phrasing exercises: {sorted(missing)}"
