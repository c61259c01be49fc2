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
        out[name] = {tuple(k.split()): v for k, v in vocab()[name].items()}
    return out
