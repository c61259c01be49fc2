"""A spaCy Matcher for our token patterns, with word lists compiled to lexeme flags.

`{"LOWER": {"IN": [...]}}` is a Python-level set predicate the Matcher calls on every token; a lexeme
flag is a bit the Matcher tests in C. The patterns stay SpanRuler-compatible data; only the compiled
Matcher differs, and it finds exactly the same matches (tested). Flags come from a fixed range of spaCy's
spare FLAG ids; a word list beyond that range stays a set predicate.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from spacy.matcher import Matcher
from spacy.vocab import Vocab

FLAG_IDS = range(30, 64)  # spaCy's own lexeme flags stay below these


class WordSet:
    """Lexeme flag getter: is the word (lowercased unless exact) in the set? (A class, so a pickled Vocab
    keeps it.)"""

    def __init__(self, words: Iterable[str], exact: bool = False):
        self.words = frozenset(words)
        self.exact = exact

    def __call__(self, string: str) -> bool:
        return (string if self.exact else string.lower()) in self.words


def build_matcher(vocab: Vocab, rules: Iterable[Any]) -> Matcher:
    flags: dict[tuple[frozenset[str], bool], int] = {}
    free = iter(i for i in FLAG_IDS if i not in cast(Any, vocab).lex_attr_getters)  # not in spaCy's stubs

    def flag_for(words: list[str], exact: bool) -> int | None:
        key = (frozenset(words if exact else (w.lower() for w in words)), exact)
        if key not in flags:
            flag_id = next(free, None)
            if flag_id is None:
                return None
            vocab.add_flag(WordSet(*key), flag_id=flag_id)
            flags[key] = flag_id
        return flags[key]

    def compile_spec(spec: dict[str, Any]) -> dict[str, Any]:
        out = dict(spec)
        for attr, exact in (("LOWER", False), ("ORTH", True)):
            value = spec.get(attr)
            if isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN"}:
                (op, words), = value.items()
                flag_id = flag_for(words, exact)
                if flag_id is not None:
                    del out[attr]
                    out[f"FLAG{flag_id}"] = op == "IN"
        return out

    matcher = Matcher(vocab, validate=False)
    for rule in rules:
        matcher.add(rule.id, [[compile_spec(s) for s in rule.pattern]])
    return matcher
