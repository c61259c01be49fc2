"""cues.alternatives leads a group of words with a lookahead for their first characters (quicker in `re`):
every cue and metric family must match exactly as the plain group does, the same spans and groups, and a
word list whose words may begin otherwise gets no lookahead."""

from __future__ import annotations

import re

import pytest

from claimgraph.checks import cues
from claimgraph.resources import load_json
from conftest import CORPUS, corpus_lines

DATA = load_json("checks.json")
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "articles").glob("*.txt"))] + \
    [e["text"] for _, e in corpus_lines(CORPUS / "checks" / "passages.jsonl")]


def _plain(monkeypatch) -> None:
    monkeypatch.setattr(cues, "_first_characters", lambda words: None)


def _windows() -> list[str]:
    """Texts as the checks pass them to cues: the words just before and just after each digit run of the
    corpus articles and check passages, at the widths the checks read, and each line whole."""
    out: list[str] = []
    for text in TEXTS:
        for m in re.finditer(r"\d[\d,.]*", text):
            out += [text[max(0, m.start() - n):m.start()] for n in (4, 12, 30, 40, 60, 80)]
            out += [text[m.end():m.end() + n] for n in (20, 30, 40, 60)]
        out += text.splitlines()
    return out


def _results(pattern: re.Pattern[str], mode: str, windows: list[str]) -> list:
    found = [getattr(pattern, mode)(w) for w in windows]
    return [None if m is None else (m.span(), m.groups()) for m in found]


def test_every_cue_and_family_matches_as_without_the_lookahead(monkeypatch):
    windows = _windows()
    assert len(windows) > 4000
    with_it = {name: cues.compile_cue(name, spec) for name, spec in DATA["cues"].items()}
    families = {n: w for n, w in DATA["metric_families"].items() if not n.startswith("_")}
    with_families = {n: re.compile(r"\b" + cues.alternatives(w) + r"\b", re.I) for n, w in families.items()}
    led = [n for n, p in with_it.items() if "(?=[" in p.pattern]
    assert len(led) > 20  # most cues are led by one
    _plain(monkeypatch)
    matched = 0
    for name, spec in DATA["cues"].items():
        plain = cues.compile_cue(name, spec)
        assert "(?=[" not in plain.pattern
        mode = spec["mode"]
        texts = windows + spec.get("examples", []) + spec.get("counter_examples", [])
        expected = _results(plain, mode, texts)
        assert _results(with_it[name], mode, texts) == expected, name
        matched += sum(x is not None for x in expected)
    for name, words in families.items():
        plain = re.compile(r"\b" + cues.alternatives(words) + r"\b", re.I)
        assert _results(with_families[name], "search", windows) == _results(plain, "search", windows), name
    assert matched > 1000  # the windows exercise the cues, not only their misses


@pytest.mark.parametrize("words", [["[\\w-]+'s", "the"], ["\\d+"], ["s?ales", "sales"], ["up|down"], [""]])
def test_a_word_that_may_begin_otherwise_gets_no_lookahead(words):
    assert cues.alternatives(words) == "(?:" + "|".join(words) + ")"


def test_the_lookahead_keeps_a_quantifier_on_the_whole_group():
    pattern = re.compile("^a" + cues.alternatives(["bc", "bd"]) + "?$")
    assert pattern.match("a") and pattern.match("abd") and not pattern.match("ax")
    assert cues.alternatives(["rose", "fell", "Rallied"]) == "(?:(?=[Rfr])(?:rose|fell|Rallied))"
