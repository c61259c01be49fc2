"""Everything in patterns/ (rules, vocabularies, unit names), loaded through one cached loader.

patterns/ has a language level (patterns/en/...), so a second language is a folder, not a fork. The folder
ships inside the wheel as the package claimgraph.patterns and is found in an editable install too.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

LANGUAGE = "en"


def patterns_dir(lang: str = LANGUAGE) -> Traversable:
    """The shipped patterns folder of one language."""
    return resources.files("claimgraph.patterns").joinpath(lang)


@lru_cache(maxsize=32)
def load_json(name: str, lang: str = LANGUAGE) -> Any:
    """A JSON data file of patterns/<lang>/, parsed once. Callers must not mutate what it returns."""
    return json.loads(patterns_dir(lang).joinpath(name).read_text(encoding="utf-8"))
