"""quantulum3 behind an adapter: it names physical units; it never decides what is money or a count.

quantulum3 misreads news money and names ("36Kr" -> 36,000 rand), so the pipeline only asks it what a unit
written after a number is called ("mph" -> "mile per hour"), with our own aliases first for the units it gets
wrong and a list of its known false positives dropped.
"""

from __future__ import annotations

import json
import warnings
from functools import lru_cache
from typing import Any

from ..vocab import patterns_dir


@lru_cache(maxsize=1)
def unit_vocab() -> dict[str, Any]:
    data = json.loads(patterns_dir().joinpath("units.json").read_text(encoding="utf-8"))
    data["symbols"] = set(data["symbols"])
    data["words"] = set(data["words"])
    data["words_need_unit"] = set(data["words_need_unit"])
    data["after_degree"] = set(data["after_degree"])
    return data


def is_unit(text: str) -> bool:
    """A physical unit as written after a number: symbols match exactly ("kW"), words in any case ("Tonnes")."""
    units = unit_vocab()
    return text in units["symbols"] or text.lower() in units["words"]


@lru_cache(maxsize=1)
def _parser():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # quantulum3 warns that its optional classifier is not installed
        from quantulum3 import parser
    return parser


def parse(text: str) -> list[tuple[float, str, str]]:
    """quantulum3's quantities in text as (value, unit name, entity), its known false positives dropped."""
    bad = set(unit_vocab()["quantulum_false_positives"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = _parser().parse(text)
    out = []
    for q in found:
        if q.unit.name in bad or q.unit.entity.name == "unknown":
            continue
        out.append((q.value, q.unit.name, q.unit.entity.name))
    return out


@lru_cache(maxsize=4096)
def unit_name(unit_text: str) -> str:
    """The name of a physical unit as written: 'km/h' -> 'kilometre per hour', 'bhp' -> 'brake horsepower'."""
    aliases = unit_vocab()["aliases"]
    key = " ".join(unit_text.split())
    if key in aliases:
        return aliases[key]
    if key.lower() in aliases:
        return aliases[key.lower()]
    for value, name, entity in parse(f"1 {key}"):
        return name
    return key.lower()
