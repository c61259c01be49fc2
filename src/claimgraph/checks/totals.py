"""sum: parts and a total. 'Q1 revenue of $1.2bn and Q2 of $1.5bn brought H1 to $2.7bn', 'of the 500
stores, 320 are in China and the rest, 180, abroad', and claims whose periods tile another's (Q1 + Q2 = H1)."""

from __future__ import annotations

import re
from typing import Any

from claimgraph.checks.base import Context, Finding, fmt_iv, judge
from claimgraph.checks.cues import (
    ANAPHORIC_SPLIT,
    COMPLETE,
    OF_WHICH_AFTER,
    PARTIAL,
    PARTIAL_WITH,
    SPLIT_INTO,
    TOTAL_BEFORE,
    WHOLE_OF,
)
from claimgraph.checks.naming import named_by, nouns
from claimgraph.checks.registry import register
from claimgraph.checks.timeline import tiles


def _part_like(ctx: Context, x: Any, total: Any) -> bool:
    if x is total or x.change or x.comparator in ("lt", "gt", "le", "ge") or x.per != total.per:
        return False
    if FRAME_BEFORE.search(ctx.before(x, 25)):
        return False  # 'a disbursement of $370 million under its $3 billion loan programme': the frame, no part
    if EACH_AFTER.match(ctx.text, x.end):
        return False  # 'buses at $1.1 million each': a price of one, no part of the whole
    if ctx.same_unit(x, total) or total.kind == "percent" and (x.kind, x.unit) == ("percent", total.unit):
        return True  # (shares a sentence combines: sum_check reads a percentage total only after such a cue)
    return total.kind == "count" and x.kind == "number"  # "320 are in China": the count's noun is elided


FRAME_BEFORE = re.compile(r"\b(?:under|within)\s+(?:its|the|their|a|an|this)\s+$", re.IGNORECASE)
CONTRAST_BETWEEN = re.compile(r"\b(?:but|while|whereas|although|though|yet)\b")
EACH_AFTER = re.compile(r"\s+(?:each|apiece|a\s+piece)\b")
CLAUSE_END = re.compile(r"[.;:](?=\s|$)")
# ', and charges totaled $3.1 million', ', while costs came to a total of': a new clause, whose total sums no figure
# of the clause before
CLAUSE_OPEN = re.compile(r",\s+(?:and|while|but|whereas|although)\s")
# 'rose to $540 million from $500 million', '$20 million, compared with $18 million': a level and its comparison's
# base are never two parts of one whole
BASE_BETWEEN = re.compile(r"\s*,?\s*(?:(?:up|down)\s+)?(?:from|compared\s+(?:with|to)|versus|vs\.?|against)\s+"
                          r"(?:(?!(?:and|or)\s)[\w'’-]+\s+){0,4}")  # not a list's next item ('from China and ')
# 'taking its total to 2,140, and plans to open a further 150 stores': an addition beyond the total, no part of it
FURTHER_BEFORE = re.compile(r"\b(?:a\s+further|another|an\s+additional|additional)\s+$", re.IGNORECASE)
OF_WHICH_BEFORE = re.compile(r",\s*of\s+which\s+(?:(?:about|some|nearly|only|just|roughly)\s+)?$")
LIST_AFTER = re.compile(r"\s*(?::|--|—|–)")
BESIDE = re.compile(r"\s*,?\s*(?:and|or)?\s*")  # 'totaling $23.5 million and $8.2 million': a list's next item


@register("sum", figures=3)  # a total and two parts: listed, split or tiled
def sum_check(ctx: Context) -> list[Finding]:
    done: set[str] = set()  # totals checked against the parts the sentence lists
    return _listed_parts(ctx, done) + _split_before(ctx, done) + _tiled_periods(ctx, done)


def _split_before(ctx: Context, done: set[str]) -> list[Finding]:
    """'Orvane has paid $240 million so far ... Those payments comprised $90 million in scheduled
    instalments and $150 million in early repayments': a sentence that splits the whole the sentence before names."""
    out = []
    for k, (a, b) in enumerate(ctx.spans[1:], start=1):
        m = ANAPHORIC_SPLIT.match(ctx.text[a:b])
        if m is None:
            continue
        word = nouns(m.group(1))
        wholes = [x for x in ctx.qs if ctx.sentence_no(x.start) == k - 1 and x.kind in ("money", "count")
                  and not x.change and x.id not in done and word & named_by(ctx, x)]
        if len(wholes) != 1:
            continue
        total = wholes[0]
        stop = CLAUSE_END.search(ctx.text, a + m.end(), b)  # the parts the split lists, to its clause's end
        end = stop.start() if stop else b
        parts = _listed([x for x in ctx.qs if a + m.end() <= x.start < end and _part_like(ctx, x, total)], ctx)
        if len(parts) < 2:
            continue
        done.add(total.id)
        out.append(_judge_parts(ctx, parts, total))
    return out


def _listed(figures: list[Any], ctx: Context) -> list[Any]:
    """The items of a list: up to the one 'and' introduces ('$54 million ... and $121 million in prepayments,
    funded by $82.8 million ...' lists two)."""
    out: list[Any] = []
    for x in figures:
        out.append(x)
        if len(out) > 1 and LIST_LAST.search(ctx.text[out[-2].end:x.start]):
            break
    return out


LIST_LAST = re.compile(r"\band\b")


def _judge_parts(ctx: Context, parts: list[Any], total: Any) -> Finding:
    expected = sum((ctx.interval(p) for p in parts[1:]), ctx.interval(parts[0]))
    stated_iv = ctx.interval(total)

    def describe(verdict: str) -> str:
        return (" + ".join(p.text for p in parts) + f" = {fmt_iv(expected, total.unit)}; stated total {total.text} "
                f"means {fmt_iv(stated_iv, total.unit)} → {verdict}")

    return judge([p.id for p in parts], total, stated_iv, expected, describe)


def _listed_parts(ctx: Context, done: set[str]) -> list[Finding]:
    """Parts a sentence lists against the total it states; adds each checked total to `done`."""
    out = []
    partial: dict[int, bool] = {}  # per sentence number: whether it says "including" (searched once)
    listed: set[str] = set()  # parts of a total checked already: none is the total of the parts after it
    for total in ctx.qs:
        if total.id in listed:
            continue  # 'revenue of GH¢100m comprised export sales of GH¢60m, local sales of GH¢30m and ...'
        # shares add up too when the text says they are combined ('holds 41% of the market and Telbridge 22%,
        # giving the pair a combined 63%')
        if total.change or total.kind not in ("money", "count", "number", "physical") and not (
                total.kind == "percent" and total.unit == "%" and TOTAL_BEFORE.search(ctx.before(total, 80))):
            continue
        sentence = ctx.in_sentence(total)
        if len(sentence) < 3:
            continue  # the total and two parts at least: every branch below takes its parts from the sentence
        # every branch takes its parts from these: with fewer than two, no cue needs reading
        # (not a move's old level: 'bought 220 tonnes, up 10% from 200 tonnes, taking purchases to 634 tonnes')
        alike = [x for x in sentence if _part_like(ctx, x, total) and not ctx.old_level(x)]
        if len(alike) < 2:
            continue
        k = ctx.sentence_no(total.start)
        a, b = ctx.spans[k]
        whole_text = ctx.text[a:b]
        if k not in partial:
            partial[k] = PARTIAL.search(whole_text) is not None
        if partial[k]:
            continue  # "including": the parts listed need not add up
        if TOTAL_BEFORE.search(ctx.before(total, 80)):
            # the parts a total sums are in its clause ('$1.2bn in Q1 and $1.5bn in Q2, totalling $2.7bn', 'to
            # $1.1bn, after $780m in earlier rounds') or behind a colon after it ('totalled $2.7bn: ...'); not a
            # figure of another clause nor one listed beside it ('a loss of $5.5 million; ... charges totaling
            # $23.5 million and $8.2 million in adjustments')
            stop = CLAUSE_END.search(ctx.text, total.end, b)
            end = stop.start() if stop else b
            if OF_WHICH_AFTER.match(ctx.text[total.end:b]):
                end = total.end  # 'taking its estate to 412 stores, of which 160 are in Asia': a part, not a sum's
            parts = [x for x in alike if (x.end <= total.start and not CLAUSE_END.search(ctx.text, x.end, total.start)
                                          and not CLAUSE_OPEN.search(ctx.text, x.end, total.start))
                     or (total.end <= x.start < end and not BESIDE.fullmatch(ctx.text, total.end, x.start)
                         and not FURTHER_BEFORE.search(ctx.before(x, 25)))]
            if len(parts) < 2 and LIST_AFTER.match(ctx.text, total.end):
                parts = [x for x in alike if x.start > total.end]
        elif SPLIT_INTO.match(ctx.text[total.end:b]):
            parts = [x for x in alike if x.start > total.end]
        elif (WHOLE_OF.search(ctx.before(total, 50)) or OF_WHICH_AFTER.match(ctx.text[total.end:b])) \
                and COMPLETE.search(whole_text):
            parts = [x for x in alike if x.start > total.end]  # 'of the 500 stores, ...', '500 stores, of which ...'
        else:
            continue
        # 'a $450 million term loan and a $250 million revolving facility, of which $80 million has been drawn':
        # what follows 'of which' after a part is a part of that part, no third part of the total
        parts = [y for k, y in enumerate(parts)
                 if k == 0 or not OF_WHICH_BEFORE.search(ctx.text, parts[k - 1].end, y.start)]
        with_ = PARTIAL_WITH.search(ctx.text, a, b) if len(parts) > 1 else None
        if with_ is not None and with_.end() <= parts[0].start and not with_.end() <= total.start <= parts[0].start:
            continue  # 'Together with earlier deals by Tessan ($30 million) and Brevik ($20 million), ... now total'
        if len(parts) < 2 or any(BASE_BETWEEN.fullmatch(ctx.text, x.end, y.start)
                                 or CONTRAST_BETWEEN.search(ctx.text, x.end, y.start)
                                 for x, y in zip(parts, parts[1:], strict=False)):
            continue  # 'the agency needs $340 million but has received only $85 million': no list of parts
        expected = sum((ctx.interval(p) for p in parts[1:]), ctx.interval(parts[0]))
        stated_iv = ctx.interval(total)
        done.add(total.id)
        listed.update(p.id for p in parts)

        def describe(verdict: str, parts=parts, total=total, expected=expected, stated_iv=stated_iv) -> str:
            return (" + ".join(p.text for p in parts) + f" = {fmt_iv(expected, total.unit)}; stated total {total.text} "
                    f"means {fmt_iv(stated_iv, total.unit)} → {verdict}")

        out.append(judge([p.id for p in parts], total, stated_iv, expected, describe))
    return out


def _tiled_periods(ctx: Context, done: set[str]) -> list[Finding]:
    """Claims of one series whose periods tile a longer period's: Q1 + Q2 against H1."""
    out = []
    for whole, parts in tiles(ctx):
        wq = ctx.by_id[whole.quantity]
        if wq.id in done or whole.role in ("target", "forecast") or any(p.role != whole.role for p in parts):
            continue  # parts of a target: target_tension
        qs = [ctx.by_id[p.quantity] for p in parts]
        expected = sum((ctx.interval(x) for x in qs[1:]), ctx.interval(qs[0]))
        stated_iv = ctx.interval(wq)

        def describe(verdict: str, qs=qs, wq=wq, expected=expected, stated_iv=stated_iv) -> str:
            return (" + ".join(x.text for x in qs) + f" = {fmt_iv(expected, wq.unit)} for the whole period; stated "
                    f"{wq.text} means {fmt_iv(stated_iv, wq.unit)} → {verdict}")

        out.append(judge([x.id for x in qs], wq, stated_iv, expected, describe))
    return out

