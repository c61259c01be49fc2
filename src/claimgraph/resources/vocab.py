"""The vocabularies (currencies, scale words, hedges, ...) kept as data in patterns/<lang>/vocab.json."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, cast

from claimgraph.resources import load_json


def vocab() -> dict[str, Any]:
    return cast(dict[str, Any], load_json("vocab.json"))


@lru_cache(maxsize=1)
def phrase_tables() -> dict[str, dict[tuple[str, ...], Any]]:
    """Multi-word vocab entries keyed by their lowercased token tuples, for longest-match lookups."""
    out: dict[str, dict[tuple[str, ...], Any]] = {}
    for name in ("comparators", "comparators_after", "per", "percent", "fractions", "currency_suffix"):
        out[name] = {_tokens(k): v for k, v in vocab()[name].items()}
    return out


_NEGATED_STEMS = {"won't": "wo", "can't": "ca", "shan't": "sha"}  # how spaCy's English tokenizer splits these


def _tokens(phrase: str) -> tuple[str, ...]:
    """A phrase's words as the tokenizer reads them: "wouldn't exceed" is ('would', "n't", 'exceed'), "/bbl" is
    ('/', 'bbl')."""
    out: list[str] = []
    for word in phrase.split():
        if word.endswith("n't") and len(word) > 3:
            out += [_NEGATED_STEMS.get(word, word[:-3]), "n't"]
        elif word.startswith("/") and len(word) > 1:
            out += ["/", word[1:]]
        else:
            out.append(word)
    return tuple(out)
