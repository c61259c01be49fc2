"""Score a Report's claims against a hand-written expected file (corpus/articles/*.expected.json).

Used by the tests and by bench/claims.py, so both count the same way. Claims are matched by their figure:
an expected `quantity` string is found inside the figure's text, the k-th expected claim with that string
being the k-th such figure. A field an expected claim leaves out is not scored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from claimgraph.models import Quantity, Report

FIELDS = ("subject", "metric", "scope", "period", "role", "source")


@dataclass
class ArticleScore:
    name: str
    claims: int = 0
    missing: list[str] = field(default_factory=list)  # expected figures with no claim
    correct: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS})
    scored: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS})
    wrong: list[tuple[str, str, Any, Any]] = field(default_factory=list)  # (figure, field, expected, got)
    links: int = 0
    links_found: int = 0
    derived: int = 0
    derived_found: int = 0
    missed_links: list[dict] = field(default_factory=list)


def load_expected(path: str | Path) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def score(report: Report, expected: dict[str, Any], name: str = "") -> ArticleScore:
    out = ArticleScore(name)
    quantities = {q.id: q for q in report.quantities}
    _score_fields(report, expected, quantities, out)
    _score_links(report, expected, quantities, out)
    _score_derived(report, expected, quantities, out)
    return out


def _score_fields(report: Report, expected: dict[str, Any], quantities: dict[str, Quantity], out: ArticleScore) -> None:
    """Each expected claim's fields against the claim of its figure."""
    stated = [c for c in report.claims if c.quantity]
    seen: dict[str, int] = {}
    for want in expected["claims"]:
        key = want["quantity"]
        k = seen.get(key, 0)
        seen[key] = k + 1
        matches = [c for c in stated if c.quantity and key in quantities[c.quantity].text]
        out.claims += 1
        if len(matches) <= k:
            out.missing.append(key)
            for f in FIELDS:
                if f in want:
                    out.scored[f] += 1
            continue
        claim = matches[k]
        for f in FIELDS:
            if f not in want:
                continue
            out.scored[f] += 1
            got = (list(claim.when) if claim.when else None) if f == "period" else getattr(claim, f)
            ok = got == want[f] or (isinstance(got, str) and isinstance(want[f], str)
                                    and got.lower() == want[f].lower())
            if ok:
                out.correct[f] += 1
            else:
                out.wrong.append((key, f, want[f], got))


def _text_of(report: Report, quantities: dict[str, Quantity], node: str) -> str:
    """The figure text of a quantity or claim node; '' for anything else."""
    if node in quantities:
        return quantities[node].text
    claim = next((c for c in report.claims if c.id == node), None)
    if claim is not None and claim.quantity:
        return quantities[claim.quantity].text
    return ""


def _score_links(report: Report, expected: dict[str, Any], quantities: dict[str, Quantity], out: ArticleScore) -> None:
    def text_of(node: str) -> str:
        return _text_of(report, quantities, node)

    for link in expected.get("links", []):
        out.links += 1
        symmetric = link["type"] in ("same_as", "change_of")  # direction conventions differ; the pair matters
        if any(r.type == link["type"] and ((link["from"] in text_of(r.head) and link["to"] in text_of(r.tail))
                                           or (symmetric and link["to"] in text_of(r.head)
                                               and link["from"] in text_of(r.tail)))
               for r in report.relations):
            out.links_found += 1
        else:
            out.missed_links.append(link)


def _score_derived(report: Report, expected: dict[str, Any], quantities: dict[str, Quantity],
                   out: ArticleScore) -> None:
    for d in expected.get("derived", []):
        out.derived += 1
        for c in report.claims:
            if c.derived is None:
                continue
            inputs = [_text_of(report, quantities, i) for i in c.derived.inputs]
            if all(any(s in t for t in inputs) for s in d["inputs"]) and c.derived.unit == d["unit"] \
                    and c.derived.low == Decimal(str(d["low"])) and c.derived.high == Decimal(str(d["high"])):
                out.derived_found += 1
                break
