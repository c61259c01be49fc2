"""resources.literals: the strings a regex cannot match without. A rule skipped because a text lacks them must
be a rule that finds nothing in that text."""

import json
import random

from claimgraph.resources.literals import as_tests, fold, holds, needed
from claimgraph.resources.period_patterns import compile_rule, expand
from claimgraph.resources.rules import shipped_period_rules
from conftest import ROOT


def test_clauses_of_plain_patterns():
    # \s is a space in a folded text: a word and the space after it are one string
    assert needed(r"(?<![\w])(?:the\s+)?(?:second|third)\s+quarter") == [
        frozenset({"second", "third"}), frozenset({"second ", "third ", " second ", " third "}),
        frozenset({" quarter"})]
    assert needed(r"(?P<y>19|20)\d\d") == [frozenset({"19", "20"})]
    assert needed(r"(?:ab)+c") == [frozenset({"ab"}), frozenset({"abc"})]  # a match ends with the last "ab" and "c"
    assert needed(r"x?yz") == [frozenset({"yz", "xyz"})]
    assert needed(r"(?:jan|mar(?:ch)?)\.?\s+\d")[-1] == frozenset({"jan ", "jan. ", "mar ", "mar. ", "march ",
                                                                  "march. "})  # not "Market"


def test_what_cannot_be_bounded_gives_no_clause():
    assert needed(r"(?:ab)*c") == []
    assert needed(r"(?:foo|\d+)\w") == []  # one alternative with no string: no clause
    assert needed(r"\w+\s+\d") == []
    assert needed(r"(?|(ab)|(cd))") == []  # the regex module's own syntax is not read
    assert needed(r"\p{L}+ing") == []
    assert needed(r"a(") == []  # not a pattern


def test_folding_keeps_what_a_case_insensitive_match_equates():
    for pattern, text in [("period", "PERİOD"), ("kilo", "\u212ailo"), ("past", "paſt"), ("year", "YEAR"),
                          (r"last\s+year", "last\u00a0year"), (r"q\s+1", "Q\t1")]:
        assert all(holds(fold(text), c) for c in as_tests(needed(pattern))), text


def test_an_ascii_text_folds_as_any_other():
    """fold() takes a shortcut on ASCII text: each ASCII character, and texts mixing them with others, fold
    as the general path (translate, then casefold) folds them."""
    from claimgraph.resources.literals import _FIX

    def general(text: str) -> str:
        return text.translate(_FIX).casefold()

    for c in range(128):
        assert fold(chr(c)) == general(chr(c)), c
    for text in ["Rates ROSE\tin\x1cMay\r\n", "QUARTER I", "plain", "", "Inflation İ\t", "ſales\x85Q\x0b1"]:
        assert fold(text) == general(text), text
    assert fold("Q\t1\nIN") == "q 1 in"


def test_a_rule_skipped_for_want_of_its_strings_finds_nothing():
    rules = [(r, compile_rule(r), as_tests(needed(expand(r.regex)))) for r in shipped_period_rules()]
    assert sum(bool(n) for _, _, n in rules) > len(rules) // 2  # most rules have clauses
    texts = [e for r in shipped_period_rules() for e in r.examples + r.counter_examples]
    texts += [t for p in sorted((ROOT / "corpus").glob("*.jsonl"))
              for line in p.read_text(encoding="utf-8").splitlines() if line.strip()
              for t in json.loads(line).get("texts", [])]
    words = [w for t in texts for w in t.split()]
    rng = random.Random(5)
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(2, 30))) for _ in range(3000)]
    skipped = 0
    for text in texts:
        folded = fold(text)
        for rule, rx, tests in rules:
            if not all(holds(folded, c) for c in tests):
                skipped += 1
                assert rx.search(text) is None, (rule.id, text)
            elif rule.examples and text in rule.examples:
                assert rx.search(text), (rule.id, text)
    assert skipped > 1000
