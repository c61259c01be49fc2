"""Links between the claims of one document: a share of an earlier figure (and the figure it implies), a
ratio of two figures, the same figure stated twice, and a value that changed ("from X to Y")."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import regex

from claimgraph.claims.lexicon import Lexicon

_FROM = regex.compile(r"\bfrom\s+(?:(?:about|around|nearly|almost|some|roughly|an\s+estimated)\s+)?$", regex.IGNORECASE)
_TO = regex.compile(r"\bto\s+(?:(?:about|around|nearly|almost|some|roughly|an\s+estimated|just)\s+)?$", regex.IGNORECASE)
RATIO_VERBS = ("met", "reached", "achieved", "completed", "hit", "fulfilled", "realised", "realized")


def link_claims(text: str, claims: list[dict[str, Any]], lex: Lexicon) -> list[dict[str, Any]]:
    relations: list[dict[str, Any]] = []

    def relate(kind: str, head: str, tail: str) -> None:
        relations.append({"type": kind, "head": head, "tail": tail})

    derived: list[tuple[int, dict]] = []
    for k, c in enumerate(claims):
        q = c["_q"]
        if q["kind"] in ("fraction", "percent") and q.get("unit") != "pp":
            ante = _antecedent(text, claims, k, lex)
            if ante is not None:
                c["role"] = "share"
                if not c.get("_stated_subject"):
                    c["subject"] = ante["subject"] or c["subject"]  # "about a quarter of this amount": the amount's owner
                for key in ("metric", "scope", "period"):
                    c[key] = c[key] or ante[key]
                relate("share_of", c["id"], ante["id"])
                achieved = _achieved(text, q["end"])
                part = None
                if ante["role"] == "target" and achieved:
                    part = _actual_for(claims, k, ante)
                elif lex.anaphora_total_rx.match(text, q["end"]):
                    part = _part_in_sentence(claims, k, ante)
                if part is not None:
                    relate("ratio_of", c["id"], part["id"])
                d = _derived(c, ante, "estimate" if achieved or ante["role"] != "target" else "target")
                if d is not None:
                    derived.append((k, d))
    for new, old in _changes(text, claims):
        new["before"] = old["quantity"]
        old["metric"] = new["metric"] or old["metric"]  # "to $286 million ... from $218 million": one metric
        relate("change_of", new["id"], old["id"])
    _same_figures(claims, relate)

    # derived claims go right after the share they come from; ids stay in order of appearance
    for offset, (k, d) in enumerate(derived):
        claims.insert(k + 1 + offset, d)
    renames = {}
    for n, c in enumerate(claims, start=1):
        renames[c["id"]] = f"c{n}"
        c["id"] = f"c{n}"
    for r in relations:
        r["head"], r["tail"] = renames.get(r["head"], r["head"]), renames.get(r["tail"], r["tail"])
    for c in claims:
        if c["derived"]:
            c["derived"]["inputs"] = [renames[i] for i in c["derived"]["inputs"]]
            for i in c["derived"]["inputs"]:
                relate("derived_from", c["id"], i)
    return relations


def _changes(text: str, claims: list[dict]) -> list[tuple[dict, dict]]:
    """(new, old) where a figure is what another changed from, in one sentence, same kind and unit:
    'from 5,000 followers to 1,000 followers', 'slipped to 19% from 24%', 'at $640 million, up from $310
    million'."""
    out = []
    stated = [c for c in claims if c["quantity"]]
    for _k, old in enumerate(stated):
        qo = old["_q"]
        if not _FROM.search(text, max(0, qo["start"] - 12), qo["start"]):
            continue
        same = [c for c in stated if c is not old and c["sentence"] == old["sentence"]
                and (c["_q"]["kind"], c["_q"]["unit"]) == (qo["kind"], qo["unit"])]
        after = [c for c in same if c["_q"]["start"] > qo["end"] and _TO.search(text, max(0, c["_q"]["start"] - 12), c["_q"]["start"])]
        before = [c for c in same if c["_q"]["end"] <= qo["start"]]
        if after:
            out.append((min(after, key=lambda c: c["_q"]["start"]), old))
        elif before:
            out.append((before[-1], old))
    return out


def _antecedent(text: str, claims: list[dict], k: int, lex: Lexicon) -> dict | None:
    """'about one-fifth of this amount' -> the latest earlier money or count figure; '11% of the goal' ->
    the latest earlier target."""
    q = claims[k]["_q"]
    earlier = [c for c in claims[:k] if c["_q"]["kind"] in ("money", "count") and not c["derived"]]
    if lex.anaphora_target_rx.match(text, q["end"]):
        targets = [c for c in earlier if c["role"] == "target"]
        return targets[-1] if targets else None
    if lex.anaphora_total_rx.match(text, q["end"]):
        # "16% of the total": the first figure of what the share measures is the whole it is part of
        metric = claims[k]["metric"]
        same = [c for c in earlier if metric and c["metric"] == metric and c["role"] != "share"]
        return same[0] if same else (earlier[0] if earlier else None)
    if lex.anaphora_any_rx.match(text, q["end"]):
        return earlier[-1] if earlier else None
    return None


def _part_in_sentence(claims: list[dict], k: int, whole: dict) -> dict | None:
    """'702 billion shillings ..., about 16% of the total': the part the share is the ratio of."""
    c = claims[k]
    wq = whole["_q"]
    for prev in reversed(claims[:k]):
        if prev["sentence"] != c["sentence"]:
            break
        if prev is not whole and (prev["_q"]["kind"], prev["_q"]["unit"]) == (wq["kind"], wq["unit"]):
            return prev
    return None


def _actual_for(claims: list[dict], k: int, target: dict) -> dict | None:
    """'only 11% of the goal has been met': the latest earlier actual figure of the target's unit."""
    tq = target["_q"]
    for c in reversed(claims[:k]):
        q = c["_q"]
        if c is target or c["role"] != "actual" or (q["kind"], q["unit"]) != (tq["kind"], tq["unit"]):
            continue
        if target["metric"] and c["metric"] and target["metric"] != c["metric"]:
            continue
        return c
    return None


def _achieved(text: str, pos: int) -> bool:
    """'11% of the goal has been met': the share is of what was achieved, not a part of the goal."""
    window = text[pos:pos + 45].lower()
    return any(f" {verb}" in window for verb in RATIO_VERBS)


def _derived(share: dict, ante: dict, role: str) -> dict | None:
    q, a = share["_q"], ante["_q"]
    if None in (q["low"], q["high"], a["low"], a["high"]):
        return None
    f_low, f_high = Decimal(q["low"]), Decimal(q["high"])
    if q["kind"] == "percent":
        f_low, f_high = f_low / 100, f_high / 100
    low, high = Decimal(a["low"]) * f_low, Decimal(a["high"]) * f_high
    comparator = "approx" if "approx" in (q.get("comparator"), a.get("comparator")) else (q.get("comparator") or a.get("comparator"))
    return {
        "id": f"{share['id']}-derived",
        "quantity": None,
        "subject": share["subject"],
        "subject_entity": None,
        "metric": share["metric"],
        "metric_text": None,
        "scope": share["scope"],
        "period": share["period"],
        "role": role,
        "source": share["source"],
        "source_entity": None,
        "hedges": share["hedges"],
        "sentence": share["sentence"],
        "before": None,
        "derived": {
            "operation": "share",
            "kind": a["kind"],
            "unit": a["unit"],
            "low": str(_tidy(low)),
            "high": str(_tidy(high)),
            "comparator": comparator,
            "inputs": [share["id"], ante["id"]],
        },
        "_q": {"kind": a["kind"], "unit": a["unit"], "low": None, "high": None},
    }


def _tidy(d: Decimal) -> Decimal:
    d = d.normalize()
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d


def _same_figures(claims: list[dict], relate) -> None:
    """The same figure stated twice ('170 million monthly active users' ... '170 million US users')."""
    seen: dict[tuple, str] = {}
    for c in claims:
        q = c["_q"]
        if c["derived"] or q["low"] is None or q["kind"] not in ("money", "count", "percent"):
            continue
        if q["kind"] == "count" and Decimal(q["high"]) < 1000:
            continue  # small counts repeat by chance
        if q["kind"] == "percent" and not c["metric"]:
            continue  # the same percentage of different things is common
        key = (q["kind"], q["unit"], q["low"], q["high"], c["metric"] if q["kind"] in ("money", "percent") else None,
               c["subject"] if q["kind"] == "percent" else None)
        if key in seen:
            relate("same_as", c["id"], seen[key])
        else:
            seen[key] = c["id"]
