"""Links between the claims of one document: a share of an earlier figure (and the figure it implies), a
ratio of two figures, the same figure stated twice, and a value that changed ("from X to Y")."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from claimgraph.claims.draft import ClaimDraft
from claimgraph.claims.index import REACH
from claimgraph.claims.lexicon import Lexicon, lexicon
from claimgraph.claims.metrics import figure_value
from claimgraph.claims.roles import is_base

Relate = Callable[[str, str, str], None]


def link_claims(text: str, claims: list[ClaimDraft], lex: Lexicon) -> list[dict[str, Any]]:
    """The relations between the claims; a share's derived claim is inserted right after it, and every
    claim is renumbered in order of appearance."""
    relations: list[dict[str, Any]] = []
    if len(claims) < 2:
        return relations  # every link relates two claims (a share's derived claim needs an earlier one)

    def relate(kind: str, head: str, tail: str) -> None:
        relations.append({"type": kind, "head": head, "tail": tail})

    derived = _link_shares(text, claims, lex, relate)
    for new, old in _changes(text, claims, lex):
        new.before = old.quantity
        old.metric = new.metric or old.metric  # "to $286 million ... from $218 million": one metric
        relate("change_of", new.id, old.id)
    _same_figures(claims, relate)
    _insert_derived(claims, derived, relations, relate)
    return relations


def _link_shares(text: str, claims: list[ClaimDraft], lex: Lexicon, relate: Relate) -> list[tuple[int, ClaimDraft]]:
    """A share of an earlier figure ('about one-fifth of this amount') takes its missing slots from it, is
    linked to it (and to the part it is the ratio of), and implies a derived figure: (index, derived)."""
    derived: list[tuple[int, ClaimDraft]] = []
    for k, c in enumerate(claims):
        q = c.figure
        if q["kind"] not in ("fraction", "percent") or q.get("unit") == "pp":
            continue
        ante = _antecedent(text, claims, k, lex)
        if ante is None:
            continue
        c.role = "share"
        if not c.stated_subject:
            c.subject = ante.subject or c.subject  # "about a quarter of this amount": the amount's owner
        c.metric = c.metric or ante.metric
        c.scope = c.scope or ante.scope
        c.period = c.period or ante.period
        relate("share_of", c.id, ante.id)
        achieved = _achieved(text, q["end"], lex)
        part = None
        if ante.role == "target" and achieved:
            part = _actual_for(claims, k, ante)
        elif lex.anaphora_total_rx.match(text, q["end"]):
            part = _part_in_sentence(claims, k, ante)
        if part is not None:
            relate("ratio_of", c.id, part.id)
        d = _derived(c, ante, "estimate" if achieved or ante.role != "target" else "target")
        if d is not None:
            derived.append((k, d))
    return derived


def _insert_derived(claims: list[ClaimDraft], derived: list[tuple[int, ClaimDraft]], relations: list[dict[str, Any]],
                    relate: Relate) -> None:
    """Derived claims go right after the share they come from; ids stay in order of appearance."""
    for offset, (k, d) in enumerate(derived):
        claims.insert(k + 1 + offset, d)
    renames = {}
    for n, c in enumerate(claims, start=1):
        renames[c.id] = f"c{n}"
        c.id = f"c{n}"
    for r in relations:
        r["head"], r["tail"] = renames.get(r["head"], r["head"]), renames.get(r["tail"], r["tail"])
    for c in claims:
        if c.derived:
            c.derived["inputs"] = [renames[i] for i in c.derived["inputs"]]
            for i in c.derived["inputs"]:
                relate("derived_from", c.id, i)


def _changes(text: str, claims: list[ClaimDraft], lex: Lexicon) -> list[tuple[ClaimDraft, ClaimDraft]]:
    """(new, old) where a figure is what another changed from, in one sentence, same kind and unit:
    'from 5,000 followers to 1,000 followers', 'slipped to 19% from 24%', 'at $640 million, up from $310
    million'."""
    change_from, change_to = lex.cues.change_from_rx, lex.cues.change_to_rx
    out = []
    stated = [c for c in claims if c.quantity]
    peers: dict[tuple[int, ...], list[ClaimDraft]] = {}  # by sentence: each figure looks at its own only
    for c in stated:
        peers.setdefault(tuple(c.sentence), []).append(c)
    for old in stated:
        qo = old.figure
        # "to $64.3 million, or 92 cents a share, from $57.1 million": the millions changed, not the per-share cents
        key = (qo["kind"], qo["unit"], qo.get("per"))
        same = [c for c in peers[tuple(old.sentence)] if c is not old
                and (c.figure["kind"], c.figure["unit"], c.figure.get("per")) == key]
        if not same or not change_from.found(text, max(0, qo["start"] - 12), qo["start"]):
            continue  # the peers first: most figures have none to have changed from
        # "... from #121 million and was below forecasts, but shares rose 4 pence to 212 pence": another clause
        after = [c for c in same if c.figure["start"] > qo["end"]
                 and change_to.found(text, max(0, c.figure["start"] - 12), c.figure["start"])
                 and not lex.cues.clause_end_rx.search(text, qo["end"], c.figure["start"])]
        before = [c for c in same if c.figure["end"] <= qo["start"]]
        if after:
            out.append((min(after, key=lambda c: c.figure["start"]), old))
        elif before:
            out.append((before[-1], old))
    return out


_WHOLE_KINDS = ("money", "count", "physical")  # what an of-phrase may point back to ('20 GWh, or 40% of the total')


def _antecedent(text: str, claims: list[ClaimDraft], k: int, lex: Lexicon) -> ClaimDraft | None:
    """'about one-fifth of this amount' -> the latest earlier money or count figure; '11% of the goal' ->
    the latest earlier target."""
    q = claims[k].figure
    if not lex.anaphora_any_rx.match(text, q["end"]) and not lex.anaphora_target_rx.match(text, q["end"]) \
            and not lex.anaphora_total_rx.match(text, q["end"]):
        return None  # no pointer back: no need to list the earlier figures
    lo = k  # the claims of the last REACH characters: a long file of articles is not one discourse
    while lo > 0 and claims[lo - 1].figure["start"] >= q["start"] - REACH:
        lo -= 1
    earlier = [c for c in claims[lo:k] if c.figure["kind"] in _WHOLE_KINDS and not c.derived]
    if lex.anaphora_target_rx.match(text, q["end"]):
        targets = [c for c in earlier if c.role == "target"]
        return targets[-1] if targets else None
    if lex.anaphora_total_rx.match(text, q["end"]):
        # what was counted, not what was planned ('had forecast 400,000 visitors but counted 268,000. Foreign
        # visitors numbered 94,000, about a third of the total')
        earlier = [c for c in earlier if c.role not in _PLANNED] or earlier
        # "16% of the total": the first figure of what the share measures is the whole it is part of, unless
        # it is a part of the next ('8,400 of the 52,000 homes, less than 20% of the total')
        earlier = [c for c in earlier if not any(
            d.figure["start"] >= c.figure["end"] and lex.partitive_rx.match(text[c.figure["end"]:d.figure["start"]])
            for d in earlier)]
        metric, period = claims[k].metric, claims[k].period
        same = [c for c in earlier if metric and c.metric == metric and c.role != "share"]
        # of those, one of the share's own period first ('Revenue for the quarter was $412 million. For the full
        # year, revenue reached $1.58 billion. The unit contributed $240 million, or 15.2% of the total')
        same = [c for c in same if period and c.period == period and c.sentence != claims[k].sentence] or same
        # no whole of the share's metric: the latest earlier figure in the unit of the part the share's sentence
        # gives before it ('delivered 61,200 vehicles. Its exports were 14,800 vehicles, or 24% of the total')
        part = next((c for c in reversed(claims[lo:k]) if c.sentence == claims[k].sentence
                     and c.figure["kind"] in _WHOLE_KINDS), None)
        if same and (part is None or part.figure["kind"] != "physical"):
            return same[0]  # (a physical part takes the latest in its unit: 'bought 8 GWh ... sold 20 GWh')
        alike = [c for c in earlier if part is not None and c is not part and c.sentence != part.sentence
                 and (c.figure["kind"], c.figure.get("unit")) == (part.figure["kind"], part.figure.get("unit"))]
        # a level, not the base it was compared with ('rose to $64 billion from $58 billion a year earlier. Coal
        # made up $12.8 billion, or 20% of the total')
        alike = [c for c in alike if not is_base(text, c.figure)] or alike
        # a whole is no smaller than its part ('grossed $2.9 billion ... a gross of $148.3 million ... accounted for
        # $1.02 billion, roughly 35% of the total gross': the $2.9 billion)
        alike = [c for c in alike if not _below(c.figure, part.figure)] if part is not None else alike
        if alike:
            return alike[-1]
        # no figure in the part's unit: the first earlier figure, unless the sentence states a part that several
        # earlier figures of its kind could be the whole of ('18,450 people were injured, when 1,302 people died.
        # Pedestrians accounted for 312 of the deaths, or 24% of the total': which is unsaid)
        kin = [c for c in earlier if part is not None and c.figure["kind"] == part.figure["kind"]]
        return earlier[0] if earlier and len(kin) <= 1 else None
    if lex.anaphora_any_rx.match(text, q["end"]):
        # 'fell to $412 million, from $468 million a year earlier. Digital made up 47% of that total': the level
        # the text went on from, not the base it compared it with
        levels = [c for c in earlier if not is_base(text, c.figure)] or earlier
        return levels[-1] if levels else None
    return None


def _part_in_sentence(claims: list[ClaimDraft], k: int, whole: ClaimDraft) -> ClaimDraft | None:
    """'702 billion shillings ..., about 16% of the total': the part the share is the ratio of."""
    c = claims[k]
    wq = whole.figure
    for prev in reversed(claims[:k]):
        if prev.sentence != c.sentence:
            break
        if prev is not whole and (prev.figure["kind"], prev.figure["unit"]) == (wq["kind"], wq["unit"]):
            return prev
    return None


def _actual_for(claims: list[ClaimDraft], k: int, target: ClaimDraft) -> ClaimDraft | None:
    """'only 11% of the goal has been met': the latest earlier actual figure of the target's unit."""
    tq = target.figure
    for c in reversed(claims[:k]):
        q = c.figure
        if c is target or c.role != "actual" or (q["kind"], q["unit"]) != (tq["kind"], tq["unit"]):
            continue
        if target.metric and c.metric and target.metric != c.metric:
            continue
        return c
    return None


def _achieved(text: str, pos: int, lex: Lexicon) -> bool:
    """'11% of the goal has been met': the share is of what was achieved, not a part of the goal."""
    window = text[pos:pos + 45].lower()
    return any(f" {verb}" in window for verb in lex.cues.achieved_verbs)


def _derived(share: ClaimDraft, ante: ClaimDraft, role: str) -> ClaimDraft | None:
    """The figure a share implies: 'about one-fifth of' USD 12-13 billion is USD 2.4-2.6 billion."""
    q, a = share.figure, ante.figure
    if None in (q["low"], q["high"], a["low"], a["high"]):
        return None
    f_low, f_high = Decimal(q["low"]), Decimal(q["high"])
    if q["kind"] == "percent":
        f_low, f_high = f_low / 100, f_high / 100
    low, high = Decimal(a["low"]) * f_low, Decimal(a["high"]) * f_high
    comparators = (q.get("comparator"), a.get("comparator"))
    comparator = "approx" if "approx" in comparators else (q.get("comparator") or a.get("comparator"))
    return ClaimDraft(
        id=f"{share.id}-derived",
        quantity=None,
        figure={"kind": a["kind"], "unit": a["unit"], "low": None, "high": None},
        sentence=share.sentence,
        paragraph=share.paragraph,
        hedges=share.hedges,
        source=share.source,
        subject=share.subject,
        metric=share.metric,
        scope=share.scope,
        period=share.period,
        role=role,
        derived={
            "operation": "share",
            "kind": a["kind"],
            "unit": a["unit"],
            "low": str(_tidy(low)),
            "high": str(_tidy(high)),
            "comparator": comparator,
            "inputs": [share.id, ante.id],
        },
    )


def _tidy(d: Decimal) -> Decimal:
    d = d.normalize()
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d


def _same_figures(claims: list[ClaimDraft], relate: Relate) -> None:
    """The same figure stated twice ('170 million monthly active users' ... '170 million US users'); not the
    same amount of two subjects or places ('Malaysia contributed S$1.24 billion and the Philippines another
    S$1.24 billion'; a budget of 62 billion euros and a backlog of 62 billion euros)."""
    seen: dict[tuple, list[ClaimDraft]] = {}
    for c in claims:
        q = c.figure
        if c.derived or q["low"] is None or q["kind"] not in ("money", "count", "percent"):
            continue
        if q["kind"] == "count" and Decimal(q["high"]) < 1000:
            continue  # small counts repeat by chance
        if q["kind"] == "percent" and not c.metric:
            continue  # the same percentage of different things is common
        key = (q["kind"], q["unit"], q["low"], q["high"], c.metric if q["kind"] in ("money", "percent") else None,
               c.subject if q["kind"] == "percent" else None)
        earlier = seen.setdefault(key, [])
        first = next((e for e in earlier if q["kind"] != "money" or not _apart(e, c)), None)
        if first is not None:
            relate("same_as", c.id, first.id)
        else:
            earlier.append(c)


def _apart(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Two amounts of two places, or of two subjects; not a price, which a deal's buyer and target share ('$13.65
    a share' offered by one for the other)."""
    subjects = bool(a.subject and b.subject and a.subject != b.subject) and a.metric != lexicon().cues.trading_metric
    return subjects or bool(a.scope and b.scope and a.scope != b.scope)


_PLANNED = frozenset({"target", "forecast"})


def _below(whole: dict, part: dict) -> bool:
    """Whether a would-be whole's amount is below its part's (both known)."""
    low = figure_value(part, "low")
    return figure_value(whole, "high") < low if low else False
