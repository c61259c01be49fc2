"""A spaCy Matcher for our token patterns, with word lists compiled to lexeme flags.

`{"LOWER": {"IN": [...]}}` is a Python-level set predicate the Matcher calls on every token; a lexeme
flag is a bit the Matcher tests in C. The patterns stay SpanRuler-compatible data; only the compiled
Matcher differs, and it finds exactly the same matches (tested). Flags come from a fixed range of spaCy's
spare FLAG ids; a word list beyond that range stays a set predicate.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, NamedTuple, cast

from spacy.matcher import Matcher
from spacy.vocab import Vocab

FLAG_IDS = range(19, 64)  # spaCy's own lexeme flags (IS_ALPHA .. IS_CURRENCY) stay below these: FLAG19-FLAG63


class WordSet:
    """Lexeme flag getter: is the word (lowercased unless exact) in the set? (A class, so a pickled Vocab
    keeps it.)"""

    def __init__(self, words: Iterable[str], exact: bool = False):
        self.words = frozenset(words)
        self.exact = exact

    def __call__(self, string: str) -> bool:
        return (string if self.exact else string.lower()) in self.words


class LengthTest:
    """Lexeme flag getter: does the word's length pass `{"LENGTH": {op: n}}`? (A Python predicate the Matcher
    would call per token, with a Token object built for it, otherwise.)"""

    OPS = {"<=": int.__le__, "<": int.__lt__, ">=": int.__ge__, ">": int.__gt__, "==": int.__eq__}

    def __init__(self, op: str, n: int):
        self.op, self.n = op, n

    def __call__(self, string: str) -> bool:
        return bool(self.OPS[self.op](len(string), self.n))


def build_matcher(vocab: Vocab, rules: Iterable[Any]) -> RuleMatcher:
    flags: dict[Any, int] = {}
    free = iter(i for i in FLAG_IDS if i not in cast(Any, vocab).lex_attr_getters)  # not in spaCy's stubs

    def add_flag(key: Any, getter: Any) -> int | None:
        if key not in flags:
            flag_id = next(free, None)
            if flag_id is None:
                return None
            vocab.add_flag(getter(*key), flag_id=flag_id)
            flags[key] = flag_id
        return flags[key]

    def compile_spec(spec: dict[str, Any]) -> dict[str, Any]:
        out = dict(spec)
        for attr, exact in (("LOWER", False), ("ORTH", True)):
            value = spec.get(attr)
            if isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN"}:
                (op, words), = value.items()
                key = (frozenset(words if exact else (w.lower() for w in words)), exact)
                flag_id = add_flag(key, WordSet)
                if flag_id is not None:
                    del out[attr]
                    out[f"FLAG{flag_id}"] = op == "IN"
        length = spec.get("LENGTH")
        if isinstance(length, dict) and len(length) == 1 and set(length) <= set(LengthTest.OPS):
            (op, n), = length.items()
            flag_id = add_flag((op, n), LengthTest)
            if flag_id is not None:
                del out["LENGTH"]
                out[f"FLAG{flag_id}"] = True
        return out

    return RuleMatcher(vocab, [(rule.id, [compile_spec(s) for s in rule.pattern], rule.pattern) for rule in rules])


class RuleMatcher:
    """The Matcher of all rules, and a cheaper way to run it on a window of a Doc: a rule can only match where
    every token it requires (a word or word list, not optional) occurs, so a window runs a Matcher of just the
    rules whose required words it holds (most windows hold the words of a few rules). Those Matchers are kept
    per set of rules (at most SUBSETS, then started afresh); the matches, and their order, are the full Matcher's."""

    SUBSETS = 1024

    def __init__(self, vocab: Vocab, compiled: list[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]]):
        self.vocab = vocab
        self.compiled = [(rule_id, specs) for rule_id, specs, _ in compiled]
        self.full = self._matcher(range(len(compiled)))
        self.every = (1 << len(compiled)) - 1
        self.word_bits: dict[int, int] = {}  # a LOWER hash -> the requirements it meets, as bits
        self.needs: list[int] = []  # per rule: its requirements, as bits
        bit = 0
        for _, _, pattern in compiled:
            need = 0
            for words in _required_words(pattern):
                for w in words:
                    key = vocab.strings.add(w)
                    self.word_bits[key] = self.word_bits.get(key, 0) | 1 << bit
                need |= 1 << bit
                bit += 1
            self.needs.append(need)
        # a rule as plain as "a? LIKE_NUM+ m?" matches wherever a numeral is, more often than all the others
        # together: its matches cost less listed in Python (plain_matches) than found by the Matcher, and
        # in_window(without=plain_bits) leaves it out. Each gets a requirement of its own, met unless left out.
        self.plain: list[tuple[str, frozenset[int], frozenset[int]]] = []
        self.plain_bits = 0
        for k, (rule_id, _, pattern) in enumerate(compiled):
            sides = _plain_numeral(pattern)
            if sides is not None and self.needs[k] == 0:
                before, after = (frozenset(vocab.strings.add(w) for w in ws) for ws in sides)
                self.plain.append((rule_id, before, after))
                self.needs[k] |= 1 << bit
                self.plain_bits |= 1 << bit
                bit += 1
        self.subsets: dict[int, Matcher] = {}
        self.by_held: dict[int, Callable[[Any], Any]] = {}  # requirements met -> the Matcher of their rules

    def __call__(self, doclike: Any) -> Any:
        return self.full(doclike)

    def _matcher(self, indexes: Iterable[int]) -> Matcher:
        matcher = Matcher(self.vocab, validate=False)
        for k in indexes:
            rule_id, specs = self.compiled[k]
            matcher.add(rule_id, [specs])
        return matcher

    def in_window(self, doc: Any, a: int, b: int, lower: list[int], without: int = 0) -> Any:
        """The full Matcher's matches on doc[a:b] (offsets from a), `lower` being the Doc's LOWER hashes; with
        without=plain_bits, less the plain rules' (the others' in the same order: leaving a rule out only takes
        its own states out of the Matcher's walk)."""
        bits = self.word_bits
        held = self.plain_bits & ~without
        for h in lower[a:b]:
            held |= bits.get(h, 0)
        # the Matcher for a set of requirements met, looked up in one step: few sets occur, and testing every
        # rule's requirements cost about as much as a small window's matching
        matcher = self.by_held.get(held)
        if matcher is None:
            matcher = self._for_held(held)
        return matcher(doc if (a, b) == (0, len(doc)) else doc[a:b])

    def plain_matches(self, a: int, b: int, lower: list[int], like_num: list[int]) -> list[tuple[str, int, int]]:
        """What the Matcher finds for the plain rules in tokens a..b, in no set order: (rule id, start, end) of
        every span made of an optional word before, a run of LIKE_NUM tokens and an optional word after."""
        out: list[tuple[str, int, int]] = []
        for rule_id, before, after in self.plain:
            for x in range(a, b):
                if not like_num[x]:
                    continue
                # a word before that is itself a numeral starts runs of its own: listed once, from there
                first = x - 1 if x > a and lower[x - 1] in before and not like_num[x - 1] else x
                y = x
                while y < b and like_num[y]:
                    y += 1
                    ends = (y, y + 1) if y < b and lower[y] in after and not like_num[y] else (y,)
                    for end in ends:
                        out.append((rule_id, x, end))
                        if first != x:
                            out.append((rule_id, first, end))
        return out

    def _for_held(self, held: int) -> Callable[[Any], Any]:
        """The Matcher of the rules whose requirements `held` meets (none: no match), remembered for `held`."""
        rules = 0
        for k, need in enumerate(self.needs):
            if need & held == need:
                rules |= 1 << k
        matcher: Callable[[Any], Any] = _no_match
        if rules == self.every:
            matcher = self.full
        elif rules:
            found = self.subsets.get(rules)
            if found is None:
                if len(self.subsets) >= self.SUBSETS:
                    self.subsets.clear()  # atomic: Docs may be read on several threads at once
                    self.by_held.clear()
                found = self.subsets[rules] = self._matcher(k for k in range(len(self.needs)) if rules >> k & 1)
            matcher = found
        if len(self.by_held) >= self.SUBSETS:
            self.by_held.clear()
        self.by_held[held] = matcher
        return matcher


def _plain_numeral(pattern: list[dict[str, Any]]) -> tuple[set[str], set[str]] | None:
    """(the words before, the words after) of a pattern `[word list]? LIKE_NUM+ [word list]?` (each list an
    optional LOWER test, either may be missing), else None."""
    k = next((i for i, spec in enumerate(pattern) if spec == {"LIKE_NUM": True, "OP": "+"}), None)
    if k is None or k > 1 or len(pattern) - k > 2:
        return None
    sides: list[set[str]] = []
    for side in (pattern[:k], pattern[k + 1:]):
        words: set[str] = set()
        for spec in side:
            value = spec.get("LOWER")
            if set(spec) != {"LOWER", "OP"} or spec["OP"] != "?" or not isinstance(value, dict) \
                    or set(value) != {"IN"}:
                return None
            words = {w.lower() for w in value["IN"]}
        sides.append(words)
    return sides[0], sides[1]


def _no_match(doclike: Any) -> list[Any]:
    return []


def _required_words(pattern: list[dict[str, Any]]) -> list[set[str]]:
    """For each token a pattern requires (no `?` or `*`) that is a word or word list: the lowercased words
    (a token matches it only if its LOWER is among them)."""
    return [words for spec in pattern if spec.get("OP", "") in ("", "+") for words in [_words_of(spec)] if words]


def _words_of(spec: dict[str, Any]) -> set[str]:
    """The lowercased words a spec's LOWER or ORTH test (a word or an IN list) accepts, whatever else it tests;
    empty when it has no such test."""
    for attr in ("LOWER", "ORTH"):
        value = spec.get(attr)
        if isinstance(value, str):
            return {value.lower()}
        if isinstance(value, dict) and set(value) == {"IN"}:
            return {w.lower() for w in value["IN"]}
    return set()


class Windows:
    """Where in a Doc a match can lie: around its anchor tokens. The Matcher tries every pattern at every
    token, and most tokens of a text are far from any figure; running it only on the windows finds the same
    matches for a fraction of the work.

    Each pattern has an anchor: a required token that is a numeral (LIKE_NUM, IS_DIGIT) or one of a list of
    words. A match holds a run of anchor tokens, at most `before` tokens before the run and at most `after`
    after it, plus any tokens a `*`/`+` word list takes (`extend`). Built from the patterns, so a new rule
    is covered; a pattern with no such anchor turns windows off (`whole`: the Matcher reads everything)."""

    def __init__(self, vocab: Vocab, rules: Iterable[Any]):
        self.whole = False
        self.before = self.after = 0
        # a `*`/`+` numeral token before or after the anchor ("two point five", "1 and 2 and 3"): the window
        # runs on through numerals without spending its budget of bounded tokens
        self.numerals_before = self.numerals_after = False
        words: set[str] = set()
        extend: set[str] = set()
        for rule in rules:
            plan = _anchor_plan(rule.pattern)
            if plan is None:
                self.whole = True
                return
            self.before, self.after = max(self.before, plan.before), max(self.after, plan.after)
            self.numerals_before |= plan.numerals_before
            self.numerals_after |= plan.numerals_after
            words |= plan.words
            extend |= plan.extend
        self.anchors = frozenset(vocab.strings.add(w) for w in words)
        self.extend = frozenset(vocab.strings.add(w) for w in extend)

    def spans(self, lower: list[int], numeral: list[int], a: int, b: int) -> list[tuple[int, int]]:
        """The merged windows inside tokens a..b (`lower`: LOWER hashes; `numeral`: LIKE_NUM or IS_DIGIT)."""
        if self.whole:
            return [(a, b)]
        out: list[tuple[int, int]] = []
        anchors, extend = self.anchors, self.extend
        back, ahead = self.numerals_before, self.numerals_after
        for p in range(a, b):
            if not (numeral[p] or lower[p] in anchors):
                continue
            lo, budget = p, self.before
            while lo > a and (budget or back and numeral[lo - 1]):
                if not (back and numeral[lo - 1]):
                    budget -= 1
                lo -= 1
            hi, budget = p + 1, self.after
            while hi < b and (budget or lower[hi] in extend or ahead and numeral[hi]):
                if not (lower[hi] in extend or ahead and numeral[hi]):
                    budget -= 1
                hi += 1
            if out and lo <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], hi))
            else:
                out.append((lo, hi))
        return out


_NUMERAL_KEYS = ("LIKE_NUM", "IS_DIGIT")
# words too common to anchor a window on: every sentence has them
_FUNCTION_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "out", "every", "per"})


class Plan(NamedTuple):
    before: int  # bounded tokens before the anchor
    after: int  # bounded tokens after it
    words: set[str]  # the anchor's words (none: a numeral)
    extend: set[str]  # the words a `*`/`+` token after it may take
    numerals_before: bool  # a `*`/`+` numeral token before it
    numerals_after: bool  # a `*`/`+` numeral token after it


def _anchor_plan(pattern: list[dict[str, Any]]) -> Plan | None:
    """How far a match may reach round its anchor, or None when the pattern has no anchor or unbounded
    tokens other than numerals before it."""
    if any(s.get("OP", "") not in ("", "?", "*", "+") for s in pattern):
        return None  # "!" and "{n,m}" counts: not worth planning for
    k = next((i for i, s in enumerate(pattern) if s.get("OP", "") in ("", "+") and _numeral(s)), None)
    if k is None:  # a word list, one without function words if there is one ("a third": "third")
        listed = [i for i, s in enumerate(pattern) if s.get("OP", "") in ("", "+") and _words(s)]
        k = min(listed, key=lambda i: bool(_words(pattern[i]) & _FUNCTION_WORDS), default=None)
    if k is None:
        return None
    before, numerals_before = 0, False
    for s in pattern[:k]:
        if s.get("OP", "") in ("*", "+"):
            if not _numeral(s):
                return None
            numerals_before = True
        else:
            before += 1
    after, extend, numerals_after = 0, set[str](), False
    for s in pattern[k + 1:]:
        if s.get("OP", "") in ("*", "+"):
            words = _words(s)
            if words:
                extend |= words
            elif _numeral(s):
                numerals_after = True
            else:
                return None
        else:
            after += 1
    return Plan(before, after, _words(pattern[k]) or set(), extend, numerals_before, numerals_after)


def _numeral(spec: dict[str, Any]) -> bool:
    keys = set(spec) - {"OP"}
    return len(keys) == 1 and keys <= set(_NUMERAL_KEYS) and spec[keys.pop()] is True


def _words(spec: dict[str, Any]) -> set[str]:
    """The lowercased words a spec of one LOWER or ORTH test (a word or an IN list) accepts; empty otherwise."""
    return _words_of(spec) if len(set(spec) - {"OP"}) == 1 else set()
