"""Load the vocabularies (currencies, scale words, hedges, ...) kept as data in patterns/vocab.json."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


def patterns_dir():
    """The shipped patterns folder (inside the wheel, or the repo's patterns/ in an editable install)."""
    return resources.files("claimgraph.patterns")


@lru_cache(maxsize=1)
def vocab() -> dict[str, Any]:
    return json.loads(patterns_dir().joinpath("vocab.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def phrase_tables() -> dict[str, dict[tuple[str, ...], Any]]:
    """Multi-word vocab entries keyed by their lowercased token tuples, for longest-match lookups."""
    out: dict[str, dict[tuple[str, ...], Any]] = {}
    for name in ("comparators", "comparators_after", "per", "percent", "fractions", "currency_suffix"):
        out[name] = {tuple(k.split()): v for k, v in vocab()[name].items()}
    return out
