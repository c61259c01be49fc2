"""A spaCy Matcher for our token patterns, with word lists compiled to lexeme flags.

`{"LOWER": {"IN": [...]}}` is a Python-level set predicate the Matcher calls on every token; a lexeme
flag is a bit the Matcher tests in C. The patterns stay SpanRuler-compatible data; only the compiled
Matcher differs, and it finds exactly the same matches (tested). Flags come from a fixed range of spaCy's
spare FLAG ids; a word list beyond that range stays a set predicate.
"""

from __future__ import annotations

from typing import Any, Iterable

from spacy.matcher import Matcher
from spacy.vocab import Vocab

FLAG_IDS = range(40, 64)  # spaCy's own lexeme flags stay below these


class WordSet:
    """Lexeme flag getter: is the lowercased word in the set? (A class, so a pickled Vocab keeps it.)"""

    def __init__(self, words: Iterable[str]):
        self.words = frozenset(words)

    def __call__(self, string: str) -> bool:
        return string.lower() in self.words


def build_matcher(vocab: Vocab, rules: Iterable[Any]) -> Matcher:
    flags: dict[frozenset[str], int] = {}
    free = iter(i for i in FLAG_IDS if i not in vocab.lex_attr_getters)

    def flag_for(words: list[str]) -> int | None:
        key = frozenset(w.lower() for w in words)
        if key not in flags:
            flag_id = next(free, None)
            if flag_id is None:
                return None
            vocab.add_flag(WordSet(key), flag_id=flag_id)
            flags[key] = flag_id
        return flags[key]

    def compile_spec(spec: dict[str, Any]) -> dict[str, Any]:
        value = spec.get("LOWER")
        if isinstance(value, dict) and set(value) == {"IN"}:
            flag_id = flag_for(value["IN"])
            if flag_id is not None:
                out = {k: v for k, v in spec.items() if k != "LOWER"}
                out[f"FLAG{flag_id}"] = True
                return out
        return spec

    matcher = Matcher(vocab, validate=False)
    for rule in rules:
        matcher.add(rule.id, [[compile_spec(s) for s in rule.pattern]])
    return matcher
