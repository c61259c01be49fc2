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

from claimgraph.resources import LANGUAGE, load_json


@lru_cache(maxsize=1)
def unit_vocab() -> dict[str, Any]:
    data = dict(load_json("units.json"))
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


@lru_cache(maxsize=1)
def unit_names() -> dict[str, str]:
    """quantulum3's names for every unit form in units.json, kept as data (patterns/unit_names.json) so that
    extraction does not call quantulum3 for the units it knows; `python -m claimgraph.resolve.physical`
    rewrites the file, and a test checks it still agrees with quantulum3."""
    return load_json("unit_names.json")["names"]


@lru_cache(maxsize=4096)
def unit_name(unit_text: str) -> str:
    """The name of a physical unit as written: 'km/h' -> 'kilometre per hour', 'bhp' -> 'brake horsepower'."""
    aliases = unit_vocab()["aliases"]
    key = " ".join(unit_text.split())
    if key in aliases:
        return aliases[key]
    if key.lower() in aliases:
        return aliases[key.lower()]
    known = unit_names()
    if key in known:
        return known[key]
    composed = _composed(key, known)
    return composed if composed is not None else quantulum_name(key)


_DEGREES = {"celsius": "degree Celsius", "fahrenheit": "degree fahrenheit"}
_TIME = {"second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week", "year": "year"}


def _composed(key: str, known: dict[str, str]) -> str | None:
    """Names built from known parts, as quantulum3 builds them: 'miles per hour' -> 'mile per hour',
    'square metres' -> 'square metre', 'degrees Celsius' -> 'degree Celsius'."""
    words = key.split()
    low = key.lower()
    if low.removeprefix("degrees ").removeprefix("degree ") in _DEGREES:
        return _DEGREES[low.removeprefix("degrees ").removeprefix("degree ")]
    if len(words) == 3 and words[1] == "per":
        top, bottom = known.get(words[0]), known.get(words[2]) or _TIME.get(words[2].lower())
        if top and bottom:
            return f"{top} per {bottom}"
    if len(words) == 2 and words[0].lower() in ("square", "cubic") and words[1] in known:
        return f"{words[0].lower()} {known[words[1]]}"
    return None


def quantulum_name(key: str) -> str:
    for _value, name, _entity in parse(f"1 {key}"):
        return name
    return key.lower()


def unit_name_table() -> dict[str, str]:
    units = unit_vocab()
    forms = sorted(units["symbols"] | units["words"])
    return {f: quantulum_name(f) for f in forms}


if __name__ == "__main__":  # rewrite patterns/unit_names.json from quantulum3
    from pathlib import Path

    target = Path(__file__).resolve().parents[3] / "patterns" / LANGUAGE / "unit_names.json"
    doc = "quantulum3's name for each unit form in units.json (generated: python -m claimgraph.resolve.physical)"
    data = {"_doc": doc, "names": unit_name_table()}
    target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {target} ({len(data['names'])} forms)")
