"""The period rules' regex language: {NAME} placeholders expand from patterns/periods.json."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import regex

from claimgraph.resources import load_json

if TYPE_CHECKING:
    from claimgraph.resources.rules import PeriodRule


@lru_cache(maxsize=1)
def period_vocab() -> dict[str, Any]:
    return load_json("periods.json")


def _alternation(keys: Iterable[str]) -> str:
    """The keys as a trie-shaped regex ("jan(?:uary)?|..."): the engine rejects most positions on the first
    character instead of trying every alternative; spaces match any whitespace."""
    trie: dict[str, Any] = {}
    for key in keys:
        node = trie
        for ch in key.lower():
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        piece = r"\s+" if ch == " " else regex.escape(ch)
        branches.append(piece + _trie_regex(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body


def expand(pattern: str) -> str:
    """{NAME} -> a vocabulary alternation or a fixed fragment from patterns/periods.json."""
    v = period_vocab()

    def sub(m: regex.Match) -> str:
        name = m.group(1)
        if name in v["FRAGMENTS"]:
            return v["FRAGMENTS"][name]
        if name in v and isinstance(v[name], (dict, list)) and not name.startswith("_"):
            return _alternation(v[name])
        raise KeyError(name)

    return regex.sub(r"\{([A-Z][A-Z0-9_]*)\}", sub, pattern)


def compile_rule(rule: PeriodRule) -> regex.Pattern:
    return regex.compile(expand(rule.regex), regex.IGNORECASE | regex.VERSION0)
