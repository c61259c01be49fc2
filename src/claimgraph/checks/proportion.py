"""Proportions in a sentence: a share R (a percentage, 'a third', 'three out of ten') relating a part P to a
whole W. Read from 'R of W' ('24% of its 212 million passengers', 'a third of its $9bn revenue'), 'P of
the W' ('8,400 of the 52,000 homes'), the claim links ('11% of the goal has been met'), and an appositive
R ('31 million, or 24 per cent'). ratio.py and share.py check them."""

from __future__ import annotations

import re
from decimal import Decimal

from claimgraph.checks.base import Context
from claimgraph.checks.intervals import Interval

OF_AFTER = re.compile(r"\s+of\s+(?:[\w'’.&-]+\s+){0,4}$", re.I)
P_OF_THE_W = re.compile(r"^\s+of\s+(?:the|its|their|all)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
CUE_BEFORE = re.compile(r"(?:,|\(|\bor|\baccounting\s+for|\baccounted\s+for|\brepresenting|\bmaking\s+up|\bmade\s+up|"
                        r"\bequal\s+to|\bequivalent\s+to|\bor\s+about|\bjust\s+over|\bjust\s+under|—|–)\s*$", re.I)
TOTAL_AFTER = re.compile(r"^\s+of\s+(?:the\s+total|the\s+whole|all|them|those|these|the\s+[\w-]+)\b", re.I)
MEASURES = ("money", "count", "number", "physical")
ANAPHORIC_OF = re.compile(r"^\s+of\s+(?:the|this|that|its|their)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s*[,(—–]", re.I)


def compatible(a, b) -> bool:
    if a.kind == "money" or b.kind == "money":
        return a.kind == b.kind and a.unit == b.unit
    return a.kind in ("count", "number") and b.kind in ("count", "number") or (a.kind, a.unit) == (b.kind, b.unit)


def is_share(q) -> bool:
    return (q.kind == "percent" and q.unit == "%" and not q.change) or (q.kind == "fraction" and not q.change)


def word_fraction(q) -> bool:
    return q.kind == "fraction" and q.rule != "fraction.one_in"


def as_fraction(ctx: Context, q) -> Interval:
    iv = ctx.interval(q)
    return iv.scale(Decimal("0.01")) if q.kind == "percent" else iv


def find(ctx: Context):
    """(R, P, W) triples, one per share figure R at most."""
    for r in ctx.qs:
        if not is_share(r):
            continue
        sentence = [x for x in ctx.in_sentence(r) if x.kind in MEASURES and not x.change and x.per is None
                    and x.comparator not in ("gt", "ge", "lt", "le")]
        whole = _linked(ctx, r, "share_of") or _of_after(ctx, r, sentence)
        part = _linked(ctx, r, "ratio_of")
        if whole is None:
            # "8,400 of the 52,000 new homes ..., less than 20% of the total"
            for p in sentence:
                for w in sentence:
                    if p is not w and p.end <= w.start and P_OF_THE_W.match(ctx.text[p.end:w.start]) and compatible(p, w):
                        if TOTAL_AFTER.match(ctx.after(r, 30)) or CUE_BEFORE.search(ctx.before(r, 25)):
                            whole, part = w, p
        if whole is None and ANAPHORIC_OF.match(ctx.after(r, 40)):
            # "the £12bn fund will channel one-fifth of the money, £3.6bn, to ...": the whole named before
            before = [x for x in sentence if x.end <= r.start]
            after = [x for x in sentence if x.start >= r.end]
            if before and after and compatible(before[-1], after[0]):
                whole, part = max(before, key=lambda x: Decimal(x.high)), after[0]
        if whole is None:
            appositive = CUE_BEFORE.search(ctx.before(r, 25))
            others = [x for x in sentence if x.end <= r.start]
            if appositive and len(others) >= 2:
                # "212 million passengers ..., of whom 31 million, or 24 per cent": part just before, whole the largest
                part = others[-1]
                rest = [x for x in others[:-1] if compatible(x, part)]
                whole = max(rest, key=lambda x: Decimal(x.high), default=None)
        if whole is None:
            continue
        if part is None:
            candidates = [x for x in sentence if x is not whole and compatible(x, whole) and x.start != whole.start]
            if not candidates:
                continue
            # the part nearest the share, before it first ("$2bn, or 11% of ..."), else after ("..., 3,100 vehicles")
            before = [x for x in candidates if x.end <= r.start]
            after = [x for x in candidates if x.start >= r.end]
            part = before[-1] if before and CUE_BEFORE.search(ctx.text[before[-1].end:r.start] + "") is not None \
                else (after[0] if after else (before[-1] if before else None))
        if part is None or not compatible(part, whole) or part is whole:
            continue
        yield r, part, whole


def _linked(ctx: Context, r, relation: str):
    claim = ctx.claim_of.get(r.id)
    if claim is None:
        return None
    for rel in ctx.report.relations:
        if rel.type == relation and rel.head == claim.id and rel.tail in ctx.claim_by_id:
            target = ctx.claim_by_id[rel.tail]
            if target.quantity:
                return ctx.by_id[target.quantity]
    return None


def _of_after(ctx: Context, r, sentence):
    for x in sentence:
        if x.start >= r.end and OF_AFTER.fullmatch(ctx.text[r.end:x.start]):
            return x
    return None
