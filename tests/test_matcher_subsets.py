"""RuleMatcher.in_window runs only the rules whose required words a window holds: its matches, in their
order, must be those of the Matcher of every rule on the same window."""

import json
import random

from claimgraph.pipeline.quantities.finder import segments
from claimgraph.pipeline.quantities.state import DocState
from claimgraph.resources.rules import shipped_rules
from conftest import ROOT


def test_a_window_matches_what_every_rule_matches(nlp):
    finder = nlp.get_pipe("claimgraph_quantities").finder
    pool = [w for r in shipped_rules() for e in r.examples + r.counter_examples for w in e.split()]
    pool += "the said , . and a an half of every in out top No. # 5 1,000 million US dollars - st of".split()
    rng = random.Random(11)
    texts = [" ".join(rng.choice(pool) for _ in range(rng.randint(3, 40))) for _ in range(800)]
    texts += [t for p in sorted((ROOT / "corpus").glob("*.jsonl"))
              for line in p.read_text(encoding="utf-8").splitlines() if line.strip()
              for t in json.loads(line)["texts"]]
    windows = 0
    for doc in nlp.tokenizer.pipe(texts):
        s = DocState(doc, finder.tables)
        numeral = [x | y for x, y in zip(s.like_num, s.digit, strict=True)]
        spans = [w for seg in segments(doc, s.like_num) for w in finder.windows.spans(s.lower, numeral, *seg)]
        for a, b in spans + [(0, len(doc))]:
            got = finder.matcher.in_window(doc, a, b, s.lower)
            assert list(got) == list(finder.matcher.full(doc[a:b])), (doc.text, a, b)
            windows += 1
    assert windows > 1000
    assert 1 < len(finder.matcher.subsets) <= finder.matcher.SUBSETS


def test_the_subset_cache_stays_bounded(nlp):
    from claimgraph.pipeline.matcher import build_matcher

    matcher = build_matcher(nlp.vocab, shipped_rules())
    matcher.SUBSETS = 3
    for text in ["5 million", "half a million", "a third", "3 times", "10 km", "4 and a half"]:
        doc = nlp.make_doc(text)
        lower = doc.to_array("LOWER").tolist()
        assert list(matcher.in_window(doc, 0, len(doc), lower)) == list(matcher.full(doc))
        # asked again: the remembered Matcher for the same words held gives the same matches
        assert list(matcher.in_window(doc, 0, len(doc), lower)) == list(matcher.full(doc))
    assert len(matcher.subsets) <= 3
    assert len(matcher.by_held) <= 3
