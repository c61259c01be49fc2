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


def _texts():
    pool = [w for r in shipped_rules() for e in r.examples + r.counter_examples for w in e.split()]
    pool += "a an A An 5 1,000 two million m bn M k 3.5 of the , . - half".split()
    rng = random.Random(5)
    return [" ".join(rng.choice(pool) for _ in range(rng.randint(1, 30))) for _ in range(1500)]


def test_plain_rules_listed_apart_are_what_the_matcher_finds(nlp):
    """number.bare ("a? LIKE_NUM+ scale?") is listed in Python: the same spans as its Matcher, and the Matcher
    without it gives every other rule's matches in their order."""
    finder = nlp.get_pipe("claimgraph_quantities").finder
    matcher = finder.matcher
    assert [rule for rule, _, _ in matcher.plain] == ["number.bare"]
    plain = {nlp.vocab.strings[rule] for rule, _, _ in matcher.plain}
    texts = _texts() + ["an 5 6 bn 7 m", "a a 5 m m", "5", "a", "m 5 a"]
    listed = 0
    for doc in nlp.tokenizer.pipe(texts):
        s = DocState(doc, finder.tables)
        for a, b in [(0, len(doc)), (1, max(1, len(doc) - 1))]:
            full = list(matcher.full(doc[a:b]))
            rest = list(matcher.in_window(doc, a, b, s.lower, matcher.plain_bits))
            assert rest == [m for m in full if m[0] not in plain], doc.text
            got = matcher.plain_matches(a, b, s.lower, s.like_num)
            assert len(got) == len(set(got))
            assert {(nlp.vocab.strings[r], x - a, y - a) for r, x, y in got} == \
                {m for m in full if m[0] in plain}, doc.text
            listed += len(got)
    assert listed > 1000


def test_candidates_come_in_the_order_choose_reads_them(nlp):
    """Sorted by rank, one rank's candidates in the order the Matcher of every rule finds them (a tie between a
    listed plain match and another of the same span and label is settled by asking that Matcher)."""
    from claimgraph.pipeline.quantities.candidates import Candidate, rank

    finder = nlp.get_pipe("claimgraph_quantities").finder
    strings = nlp.vocab.strings
    for doc in nlp.tokenizer.pipe(_texts() + ["5 M people", "4 and a half", "two point five", "1 over 3"]):
        got = [(c.start, c.end, c.rule) for c in finder.candidates(doc)]
        whole = [Candidate(a + x, a + y, strings[k], *finder.rules[strings[k]])
                 for a, b in segments(doc) for k, x, y in finder.matcher.full(doc[a:b])]
        assert got == [(c.start, c.end, c.rule) for c in sorted(whole, key=rank)], doc.text


def test_a_tie_with_a_listed_match_takes_the_matchers_order():
    """A rule of the same label as number.bare matching the same spans ("5 million"): rank cannot order them, so
    the window is asked of the Matcher of every rule, whose order follows the order of the rules here."""
    from claimgraph.pipeline.load import build
    from claimgraph.pipeline.quantities.candidates import Candidate, rank
    from claimgraph.pipeline.quantities.finder import QuantityFinder
    from claimgraph.resources.rules import PatternRule

    nlp = build()  # a vocabulary of its own: the extra rule's flags stay out of the shared one
    tie = PatternRule(id="number.tie", label="NUMBER", production="number", examples=["5 million"],
                      pattern=[{"LOWER": {"IN": ["a", "an"]}, "OP": "?"}, {"LIKE_NUM": True, "OP": "+"},
                               {"LOWER": "m", "OP": "?"}])
    orders = set()
    for rules in ([tie, *shipped_rules()], [*shipped_rules(), tie]):
        finder = QuantityFinder(nlp.vocab, rules)
        for doc in nlp.tokenizer.pipe(["5 million", "it cost a 7 million m", "one million and 2 million"]):
            got = [(c.start, c.end, c.rule) for c in finder.candidates(doc)]
            whole = [Candidate(x, y, nlp.vocab.strings[k], *finder.rules[nlp.vocab.strings[k]])
                     for k, x, y in finder.matcher.full(doc)]
            assert got == [(c.start, c.end, c.rule) for c in sorted(whole, key=rank)], doc.text
            tied = [rule for x, y, rule in got if rule in ("number.tie", "number.bare") and (x, y) == (0, 2)]
            if doc.text == "5 million":
                orders.add(tuple(tied))
    assert orders == {("number.tie", "number.bare"), ("number.bare", "number.tie")}
