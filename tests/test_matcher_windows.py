"""The Matcher runs only on the windows around anchor tokens (pipeline.matcher.Windows): the candidates,
and their order, must be exactly those of the Matcher run over the whole Doc."""

import json
import random

from claimgraph.pipeline.matcher import Windows
from claimgraph.resources.rules import shipped_rules
from conftest import ROOT


def _both(finder, doc):
    windowed = [(c.start, c.end, c.rule) for c in finder.candidates(doc)]
    finder.windows.whole = True
    try:
        whole = [(c.start, c.end, c.rule) for c in finder.candidates(doc)]
    finally:
        finder.windows.whole = False
    return windowed, whole


def test_windows_find_what_the_whole_doc_finds(nlp):
    finder = nlp.get_pipe("claimgraph_quantities").finder
    assert not finder.windows.whole  # every shipped rule has an anchor
    pool = [w for r in shipped_rules() for e in r.examples + r.counter_examples for w in e.split()]
    pool += "the said , . and a an half of every in out top No. # 5 1,000 million US Hong Kong dollars - st".split()
    rng = random.Random(7)
    texts = [" ".join(rng.choice(pool) for _ in range(rng.randint(3, 40))) for _ in range(1500)]
    texts += [e for r in shipped_rules() for e in r.examples + r.counter_examples]
    texts += [t for p in sorted((ROOT / "corpus").glob("*.jsonl"))
              for line in p.read_text(encoding="utf-8").splitlines() if line.strip()
              for t in json.loads(line)["texts"]]
    for doc in nlp.tokenizer.pipe(texts):
        windowed, whole = _both(finder, doc)
        assert windowed == whole, doc.text


def test_a_pattern_without_anchor_reads_the_whole_doc(nlp):
    class Rule:
        pattern = [{"IS_ALPHA": True}, {"LIKE_NUM": True}]

    class Loose:
        pattern = [{"IS_ALPHA": True, "OP": "*"}, {"LOWER": "percent"}]

    assert not Windows(nlp.vocab, [Rule()]).whole
    assert Windows(nlp.vocab, [Loose()]).whole
    assert Windows(nlp.vocab, [Loose()]).spans([0] * 5, [0] * 5, 0, 5) == [(0, 5)]


def test_numeral_runs_round_an_anchor_stay_in_its_window(nlp):
    """'two point five' and 'one and two and three': a `*`/`+` numeral token before or after the anchor lets
    the window run on through numerals (it would otherwise cut the match short, or turn windows off)."""

    class Point:
        pattern = [{"LIKE_NUM": True, "OP": "*"}, {"LOWER": "point"}, {"LIKE_NUM": True, "OP": "*"}]

    windows = Windows(nlp.vocab, [Point()])
    assert not windows.whole
    point = nlp.vocab.strings["point"]
    # tokens: word 1 2 3 point 4 5 word  (numerals at 1, 2, 3, 5, 6; the anchor word at 4)
    lower = [0, 0, 0, 0, point, 0, 0, 0]
    numeral = [0, 1, 1, 1, 0, 1, 1, 0]
    assert windows.spans(lower, numeral, 0, 8) == [(1, 7)]
