"""What a figure measures (CONVENTIONS.md's closed list): first what the figure's own phrase decides (the noun
it qualifies, a purchase 'for $X', a valuation 'at $X', a trading phrase after a price, an exchange-rate quote,
'X% of all ...', a coupon), else the nearest metric cue of its clause; then the metrics the claims' structure
decides (a per-share figure's total, a level after a change, a segment's profit, a share of a whole, a stock
move, 'other' for what no listed metric names)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import regex

from claimgraph.claims.asides import in_closed_aside
from claimgraph.claims.draft import ClaimDraft
from claimgraph.claims.ending import Ending, ending
from claimgraph.claims.lexicon import Hit, Lexicon, lexicon, norm
from claimgraph.claims.literal import Needed
from claimgraph.claims.names import common_words
from claimgraph.claims.roles import role_rules
from claimgraph.resolve.numbers import within_tenfold

if TYPE_CHECKING:
    from claimgraph.claims.document import Sentence


def claim_metric(text: str, s: Sentence, q: dict, lex: Lexicon) -> tuple[str | None, str | None]:
    """(metric, metric_text) of one figure; metric None with words when those words name nothing listed."""
    metric, surface = _claim_metric(text, s, q, lex)
    rules = _rules(lex)
    if surface is not None and norm(surface) in rules.cost_cues and s.search(rules.projects_rx, text):
        metric = rules.project_metric  # "the new mill will cost about $300 million": an investment
    if surface is not None and norm(surface) in rules.pay["cues"] and q.get("per") in rules.pay["pers"] \
            and q.get("high") is not None and Decimal(str(q["high"])) <= rules.pay["max_amount"]:
        metric = rules.pay["metric"]  # "A welder earned $14,000 a year": pay, no net income
    if metric == lex.cues.per_share_metric and surface is not None and norm(surface) in _SHARE_ONLY \
            and _a_deals_price(text, s, q):
        metric = rules.unit_price_metric  # "buy Tessaly for $4.2 billion in cash, or $38.50 per share": a price
    return metric, surface


_SHARE_ONLY = frozenset({"a share", "per share"})
_BULLETS = frozenset("-•*–▪◦")  # what opens an item of a bulleted list


def _a_deals_price(text: str, s: Sentence, q: dict) -> bool:
    """A deal's word (claims.json role_rules deal_terms: buy, offer, priced, placement, ...) before the figure in its
    sentence, with no metric word between it and the figure: what is paid for each share, no earnings."""
    deals = list(role_rules().deal_rx.finditer(text, s.start, q["start"]))
    return bool(deals) and not any(deals[-1].end() <= m.start and m.end <= q["start"] for m in s.metrics)


def _claim_metric(text: str, s: Sentence, q: dict, lex: Lexicon) -> tuple[str | None, str | None]:
    rules = _rules(lex)
    if q["kind"] != "percent":
        quote = rules.currency_quote_rx.search(text, s.start, q["start"])
        if quote is not None:
            return rules.currency_quote_metric, quote.group(0)  # "Sterling: $1.2710, off 0.0045": exchange rates
    if q["kind"] == "count" and q.get("unit_text"):
        own = norm(q["unit_text"])
        if own in lex.metric_of and lex.metric_of[own] not in lex.percent_only_metrics:
            return lex.metric_of[own], q["unit_text"]  # '0.65 share for every' counts shares: no market share
        if q.get("unit") in lex.unit_metrics:
            return lex.unit_metrics[q["unit"]], q["unit_text"]
    best = None
    # 'a customer discovered two flaws': a count's own noun says what it counts; only a generic one ('5,000
    # people') takes the metric another word names
    own_noun = q["kind"] == "count" and bool(q.get("unit_text")) and q.get("unit") not in lex.open_units
    for m in () if own_noun else s.metrics:
        if q["kind"] in ("percent", "number") and m.value in lex.money_only_metrics:
            continue  # "raised interest rates to 5.25%", "raise the number of shares to 10.2 million": no funding
        gap = _metric_gap(text, s, q, m, lex)
        if gap is not None and (best is None or gap < best[0]):
            best = (gap, m)
    named = _by_structure(text, s, q, best, lex, rules)
    if named is not None:
        if q["kind"] == "money" and q.get("per") == lex.cues.per_share and named[0] in lex.cues.per_share_metrics:
            return lex.cues.per_share_metric, named[1]  # "reported $1.20 a share in earnings"
        return _per_share_total(q, named, lex, rules)
    trading = s.search(lex.cues.trading_rx, text) if q["kind"] in ("money", "percent") else None
    if trading and (best is None or best[1].value in lex.per_share_only_metrics):
        return lex.cues.trading_metric, trading.group(0)  # "Ostrava Data stock slid $2.25 to $61.50": a share price
    if trading and best is not None and best[0] > 0 and trading.end() <= q["start"]:
        # "Pretax profit fell 3.7% ..., but shares rose 4 pence to 212 pence": the trading cue is nearer
        near = [m for m in lex.cues.trading_rx.finditer(text, trading.start(), q["start"])
                if q["start"] - m.end() < best[0] and not lex.cues.clause_end_rx.search(text, m.end(), q["start"])]
        if near:
            return lex.cues.trading_metric, near[-1].group(0)
    if best is None:
        if q["kind"] == "money" and q.get("per") and q["per"] not in rules.unit_price_not_per:
            return rules.unit_price_metric, None  # "room rates will run $90 to $140 a night": a unit price
        rate = s.search(rules.rate_words_rx, text) if q["kind"] == "percent" else None
        if rate is not None:
            return rules.default, rate.group(0)  # "the jobless rate rose to 4.1%": a rate, no share
        return None, None
    metric, surface = _dated(text, s, best[1], rules)
    cues = lex.cues
    if q["kind"] == "money" and q.get("per") == cues.per_share and metric in cues.per_share_metrics:
        metric = cues.per_share_metric  # "net profit of $286 million, or 47 cents per share"
    return _per_share_total(q, (metric, surface), lex, rules)


def _per_share_total(q: dict, named: tuple[str | None, str | None], lex: Lexicon,
                     rules: _Rules) -> tuple[str | None, str | None]:
    """'priced its IPO at $20 a share': a money figure per share is a price, never a total's metric (funding,
    revenue ...: claims.json per_share.totals)."""
    if q["kind"] == "money" and q.get("per") == lex.cues.per_share and named[0] in lex.cues.per_share_totals:
        return rules.unit_price_metric, named[1]
    return named


def _by_structure(text: str, s: Sentence, q: dict, best: tuple[float, Hit] | None, lex: Lexicon,
                  rules: _Rules) -> tuple[str | None, str | None] | None:
    """The metric the figure's phrase structure decides, before any nearest cue word."""
    if q["kind"] == "money":
        return _named_by_structure(text, s, q, best, lex, rules)
    if q["kind"] == "multiple":
        comparative = rules.as_much_rx.match(text, q["end"], s.end)
        named = _head_metric(text, comparative.end() - 1, s.end, lex, rules) if comparative else None
        return named if named is not None and named[0] is not None else None  # "three times as large a payout"
    if q["kind"] not in ("percent", "fraction"):
        return None
    if rules.coupon_rx.found(text, max(s.start, q["start"] - 60), q["start"]):
        return rules.coupon_metric, None  # "subordinated notes paying 9 5/8%"
    if rules.coupon_after_rx.match(text, q["end"]):
        return rules.coupon_metric, None  # "$80 million of 7 1/4% convertible subordinated notes"
    if rules.preferred_after_rx.match(text, q["end"]):
        return rules.preferred_metric, None  # "its 6% convertible preferred stock": a dividend rate
    if rules.of_all_rx.match(text, q["end"]):
        return rules.of_all_metric, None  # "38% of all domestic freight traffic": a market share
    change = rules.change_in_rx.match(text, q["end"], s.end)
    after = [m for m in s.metrics if change and change.end() <= m.start < change.end() + rules.change_in_reach
             and _metric_gap(text, s, q, m, lex) is not None]
    return _dated(text, s, after[0], rules) if after else None  # "a 31% slide in second-quarter profit"


def _dated(text: str, s: Sentence, m: Hit, rules: _Rules) -> tuple[str, str]:
    """'third-quarter profit', 'quarterly net income': a profit dated as a whole period is the company's bottom
    line (net income); the metric text keeps the date so that a segment scope does not undo it."""
    dated = rules.period_before_rx.search(text, max(s.start, m.start - 20), m.start)
    if dated is None or m.value not in (rules.bottom_from, rules.bottom_to):
        return m.value, m.text
    if m.value == rules.bottom_from and norm(m.text) not in rules.bottom_words:
        return m.value, m.text  # "third-quarter pretax profit" stays a profit
    return rules.bottom_to, text[dated.start():m.end]


def _metric_gap(text: str, s: Sentence, q: dict, m: Hit, lex: Lexicon) -> float | None:
    """How far a metric cue is from the figure (one after it counts as farther), or None when the cue
    cannot be what the figure measures."""
    if q["start"] <= m.start < q["end"] or _in_name(text, s, m, lex) or _PER_BEFORE.search(text, max(0, m.start - 8),
                                                                                          m.start):
        return None  # 'revenue per user': what a figure is divided by, not what it measures
    rules = _rules(lex)
    if rules.office_after_rx.match(text, m.end) or rules.office_before_rx.search(text, max(0, m.start - 30), m.start):
        return None  # 'the economy ministry said', 'the Ministry of Economy': an office, not what is measured
    if m.text.lower() in _rules(lex).verb_cues and (
            (q["kind"] in ("percent", "fraction") or q.get("unit") == "point")
            and m.end <= q["start"] <= m.end + _rules(lex).verb_cue_gap
            or _MOVE_AFTER_VERB.match(text, m.end)):
        return None  # "the benchmark gauge lost about 2%" (or '162.31 points', '$186, or 4.3%, to $4,140'): a
        # change verb, not a loss; nor
        # for the figures beside it ('Orlavo dropped 4.1% and Kuvane lost 2.7%')
    if m.start >= q["end"] and _crosses_clause(text, q["end"], m.start, lex):
        return None  # "cargo volume rose 11% in the quarter, while profit ...": another clause's metric
    if m.start >= q["end"] and _rules(lex).cause_rx.search(text, q["end"], m.start):
        return None  # "a 25% increase, helped by lower costs": what caused the move, not what moved
    if m.end <= q["start"] and in_closed_aside(text, m.start, m.end, s.start, q["start"]):
        return None  # "Revenue, which includes licensing fees, rose 8%": the clause's own words
    if m.start >= q["end"] and _OWNED_BY_NEXT.match(text, m.end) and (
            q["kind"] not in ("percent", "fraction", "multiple") or text[max(0, m.start - 3):m.start] == "on "):
        return None  # "$47 million a year earlier, on sales of $610 million": the next figure's metric (a
        # percentage's own metric may follow it: "9% higher sales of $610 million")
    if m.text.lower() in lex.cues.passive_metric_cues and lex.cues.passive_rx.found(text, max(s.start, m.start - 20),
                                                                                    m.start):
        return None  # "the threshold was raised": a bar went up, nobody raised funds
    counts = m.value in lex.count_metrics
    if (counts and q["kind"] in ("money", "duration", "physical")) or (not counts and q["kind"] == "count"):
        return None  # money is not a number of merchants, 'ten years' no staff; a head count is not revenue
    if m.value in lex.percent_only_metrics and q["kind"] not in ("percent", "fraction", "multiple"):
        return None  # "owns $15 million of stock" is no stake, "a $9 billion market" no market share
    if m.value in lex.per_share_only_metrics and q.get("per") != lex.cues.per_share \
            and norm(m.text) not in lex.per_share_named_by:
        return None  # "$31.9 million, or 48 cents a share": the cue belongs to the cents ("EPS of $1.20" is EPS)
    if q["kind"] in ("percent", "fraction") and m.start > q["end"] and m.value != "market_share" \
            and lex.cues.denominator_rx.fullmatch(text, q["end"], m.start):
        return None  # "4.5% of gross domestic product": the denominator, not what the figure measures
    return q["start"] - m.end if m.end <= q["start"] else (m.start - q["end"]) * 1.5 + 10


_PER_BEFORE = regex.compile(r"\b(?:per|each)\s+$", regex.IGNORECASE)
# a percentage or points right after the verb, or an amount it moved by: restated in percent or followed by
# its new level ('lost $186, or 4.3%, to $4,140', 'lost 40 cents to $62.10')
_MOVE_AFTER_VERB = regex.compile(r"\s+(?:(?:about|around|nearly|almost|roughly|some|a\s+further|another)\s+)?"
                                 r"(?:[\d.,]+\s?(?:%|percent\b|per\s+cent\b|points?\b)"
                                 r"|(?:[A-Z]{0,3}[$€£¥]\s?)?[\d.,]*\d(?:\s?(?:cents?|pence|p)\b)?"
                                 r"(?:,\s*or\s+[\d.,]+\s?(?:%|percent\b|per\s+cent\b)|\s+to\s))")


# a metric word that another figure right after it measures ('on sales of $610 million', 'revenue of about $2bn')
_OWNED_BY_NEXT = regex.compile(r"\s+of\s+(?:(?:about|around|nearly|almost|roughly|some|just|over|under|more\s+than|"
                               r"less\s+than)\s+)?(?:[$€£¥₹]|[A-Z]{1,3}\$|[A-Z]{3}\s?\d|\d)")


def _crosses_clause(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """A clause ends between a and b (the dots of 'U.S.' or 'Corp. of' end none)."""
    for m in lex.cues.clause_end_rx.finditer(text, a, b):
        if m.group(0) != "." or _SENTENCE_DOT.match(text, m.end()):
            return True
    return False


_SENTENCE_DOT = regex.compile(r"\s+(?![a-z])")


def inherit_metric(text: str, claims: list[ClaimDraft]) -> None:
    """A figure whose sentence names no metric measures what the figure before it measured: a money figure
    ('the full-year target is USD 17.5 billion') the previous money figure's, nearby; a percentage or
    fraction ('The 20% increase', 'bring it below 3.5% of GDP') the previous figure's in its paragraph. An item of
    a bulleted list ('- Cash of $287 million') is a line of its own: it takes nothing from another item."""
    default = _rules(lexicon()).default
    per_share = lexicon().cues.per_share_metrics
    for k, c in enumerate(claims):
        kind = c.figure["kind"]
        if c.metric is not None or c.metric_text or kind not in ("money", "percent", "fraction"):
            continue  # a figure whose own words name no listed metric ('$88 million in good will') keeps none
        bullet = text[c.sentence[0]:c.sentence[0] + 1] in _BULLETS
        for prev in reversed(claims[:k]):
            if bullet and prev.sentence != c.sentence:
                break
            if not prev.metric or prev.metric_text is None and prev.metric == default:
                continue  # "other" that no word named is nothing to carry on
            if kind == "money" and prev.figure["kind"] == "money" and prev.metric in per_share \
                    and c.figure.get("per") != prev.figure.get("per") and not _alike(prev.figure, c.figure):
                continue  # '$4.05 a share ... Funds took in $11.3 billion': a per-share metric measures no total
                # (but '84 cents a share, up from 66 cents' is one a share too)
            if kind == "money" and prev.figure["kind"] == "money":
                if c.sentence[0] - prev.sentence[1] < 400:
                    c.metric = prev.metric
                break
            if kind != "money" and prev.paragraph == c.paragraph:
                c.metric = prev.metric
                break
            if kind != "money":
                break


def _alike(a: dict, b: dict) -> bool:
    """Two figures' amounts within a factor of ten of each other (resolve.numbers)."""
    low_a, low_b = a.get("low"), b.get("low")
    return within_tenfold(Decimal(str(low_a)) if low_a is not None else None,
                          Decimal(str(low_b)) if low_b is not None else None)


def levels_after_changes(text: str, claims: list[ClaimDraft]) -> None:
    """'Profit for its division fell 25% to $64 million, reflecting higher storm losses', 'a 34% profit
    gain to $106 million': the level a change reached measures what changed; a change no word names that reached a
    price of a unit ('Silver rose 1.1% to $33.40 an ounce') is a move of that price."""
    unit_price = _rules(lexicon()).unit_price_metric
    for prev, c in zip(claims, claims[1:], strict=False):
        if prev.sentence == c.sentence and prev.role == "change" \
                and prev.figure["kind"] == c.figure["kind"] == "money" and prev.metric and prev.metric_text \
                and norm(c.metric_text or "") in _SHARE_ONLY and prev.metric not in lexicon().cues.per_share_metrics \
                and _TO_LEVEL.fullmatch(text, prev.figure["end"], c.figure["start"]):
            c.metric, c.metric_text = prev.metric, prev.metric_text  # "its dividend by 5 cents to 45 cents a share"
            continue
        if prev.sentence != c.sentence or prev.role != "change" or prev.figure["kind"] != "percent" \
                or c.figure["kind"] != "money" or not _TO_LEVEL.fullmatch(text, prev.figure["end"], c.figure["start"]):
            continue
        if c.figure.get("per"):
            if prev.metric_text is None and c.metric == unit_price:
                prev.metric = unit_price  # "Silver rose 1.1% to $33.40 an ounce": a price moved
        elif prev.metric is not None:
            c.metric, c.metric_text = prev.metric, prev.metric_text


def per_share_figures(text: str, claims: list[ClaimDraft], lex: Lexicon) -> None:
    """A per-share figure measures what its total measures: 'a write-down of $6.1 million, or 14 cents a
    share' is a charge, 'a gain of $11.5 million, or 22 cents a share' a gain; a total that is a profit gives
    earnings per share. A bare figure compared with a per-share one is per share too ('to $1.40 a share
    from $1.65', '$53.6 million, or 84 cents a share, from $41.9 million, or 66 cents')."""
    cues, rules = lex.cues, _rules(lex)
    for prev, c in zip(claims, claims[1:], strict=False):
        if prev.sentence != c.sentence or prev.figure["kind"] != "money" or c.figure["kind"] != "money" \
                or prev.figure.get("unit") != c.figure.get("unit") or prev.metric is None:
            continue
        gap = (prev.figure["end"], c.figure["start"])
        per_prev, per_c = prev.figure.get("per") == cues.per_share, c.figure.get("per") == cues.per_share
        if per_prev and not c.figure.get("per") and rules.compared_rx.fullmatch(text, *gap) \
                and figure_value(c.figure, "high") <= 100 * figure_value(prev.figure, "high"):
            c.metric, c.metric_text = prev.metric, prev.metric_text  # "$1.40 a share from $1.65"
        elif not prev.figure.get("per") and cues.per_share_after_total_rx.fullmatch(text, *gap) \
                and (per_c or _cents_of(prev, c, claims)):
            c.metric = cues.per_share_metric if prev.metric in cues.per_share_metrics else prev.metric
            c.metric_text = prev.metric_text


def _cents_of(total: ClaimDraft, c: ClaimDraft, claims: list[ClaimDraft]) -> bool:
    """'..., or 91 cents a share, from $40.7 million, or 77 cents': a small figure after a total, in a
    sentence that states per-share figures, is one."""
    small, big = figure_value(c.figure, "high"), figure_value(total.figure, "low")
    if c.figure.get("per") or not small or big < 1000 * small:
        return False
    return any(o.sentence == c.sentence and o.figure.get("per") == "share" for o in claims)


def figure_value(figure: dict, key: str) -> float:
    """A figure's low or high as a number (the Report keeps them as decimal strings); 0 when unknown."""
    try:
        return float(figure.get(key) or 0)
    except (TypeError, ValueError):
        return 0.0


def segment_profits(claims: list[ClaimDraft], lex: Lexicon) -> None:
    """'Profit for its marine insurance division fell 25%': a business unit's earnings are a profit, not
    the company's net income (CONVENTIONS.md: net_income is the bottom line)."""
    rule, dated = lex.raw["structural_metrics"]["segment_profit"], _rules(lex).dated_rx
    for c in claims:
        if c.metric == rule["from"] and c.scope and c.scope not in lex.places and c.scope not in lex.place_alias \
                and not dated.match(c.metric_text or ""):
            c.metric = rule["to"]


_TO_LEVEL = regex.compile(r"(?:\s+[a-z-]+){0,2}\s+to\s+(?:a\s+(?:record|high|low)\s+)?(?:(?:about|nearly|almost|"
                          r"roughly|some)\s+)?")


def structural_metrics(text: str, claims: list[ClaimDraft], lex: Lexicon) -> None:
    """Metrics the role decides (patterns/en/claims.json structural_metrics): a proportion of a whole measures
    the share of the total ('12% of total revenue', '59% of the total'), unless it is a market share; a change
    in a share price is a stock move ('ended at $9.40, off 35 cents'); a profit stated with its per-share
    figure is net income; a figure no word names measures 'other'."""
    rules, compiled = lex.raw["structural_metrics"], _rules(lex)
    _bottom_line(claims, rules["bottom_line"])
    for c in claims:  # CONVENTIONS.md's list is closed: "daily active users" are users, "sellers" other
        c.metric = rules["outside_list"].get(c.metric, c.metric)
    for c in claims:
        if c.quantity is None:
            continue
        if c.role == "share" and c.figure["kind"] in ("percent", "fraction") and c.metric not in rules["share_keeps"]:
            # 'at half price', '40% of the market price then': a proportion of a price is a price (price_part)
            c.metric = compiled.price_metric if compiled.price_part_rx.match(text, c.figure["end"]) else rules["share"]
        elif c.role == "change" and c.metric in rules["moves_of"] \
                and (norm(c.metric_text or "") in rules["stock_cues"] or bare_quote(c.figure)):
            c.metric = rules["move"]
        if c.metric is None and c.figure["kind"] == "percent" and c.role not in ("change", "threshold") \
                and c.figure.get("unit") != "pp":  # points are no proportion of anything
            c.metric = rules["unnamed_percent_level"]  # "a cash buffer of roughly 7%"
        if c.metric is None:
            c.metric = rules["default"]


_BARE = regex.compile(r"[\d\s/.,]+")


def bare_quote(q: dict) -> bool:
    """A money figure written as a bare number ('rose 3 to 20', '31 7/8'): the figures read it as a share price
    in a market report's quotes (pipeline/quantities/finder.share_quotes)."""
    return q["kind"] == "money" and q.get("per") is None and _BARE.fullmatch(q["text"]) is not None


def _bottom_line(claims: list[ClaimDraft], rule: dict[str, Any]) -> None:
    """'profit climbed 17% to $9.3 million, or 41 cents a share': a profit stated with its per-share figure is
    the company's net income."""
    per_share = {tuple(c.sentence) for c in claims if c.figure.get("per") == "share" and c.figure["kind"] == "money"}
    for c in claims:
        if tuple(c.sentence) in per_share and c.metric == rule["from"] and norm(c.metric_text or "") in rule["words"]:
            c.metric = rule["to"]


@dataclass(frozen=True)
class _Rules:
    """The metric keys of patterns/en/claims.json that only this module reads, compiled once."""

    determiner_rx: Ending
    in_of_rx: regex.Pattern
    compared_rx: regex.Pattern
    adjacent_rx: regex.Pattern
    trading_after_rx: regex.Pattern
    trading_reach: int
    change_in_rx: regex.Pattern
    change_in_reach: int
    unit_price_not_per: frozenset[str]
    currency_quote_rx: Needed
    name_word_rx: regex.Pattern
    max_name_words: int
    per_unit_rx: regex.Pattern
    price_part_rx: regex.Pattern
    verb_cues: frozenset[str]
    verb_cue_gap: int
    in_of_heads: dict[str, str]
    in_of_over_cue: frozenset[str]
    as_much_rx: regex.Pattern
    coupon_rx: Ending
    coupon_after_rx: regex.Pattern
    coupon_metric: str
    preferred_after_rx: regex.Pattern
    preferred_metric: str
    rate_words_rx: Needed
    value_at_rx: Ending
    value_at_metric: str
    currency_quote_metric: str
    period_before_rx: regex.Pattern
    dated_rx: regex.Pattern
    bottom_from: str
    bottom_to: str
    bottom_words: frozenset[str]
    unit_price_metric: str
    of_rx: regex.Pattern
    run_word_rx: regex.Pattern
    max_words: int
    adjacent_gap: int
    stop_words: frozenset[str]
    heads: dict[str, str]
    pass_heads: frozenset[str]
    default: str
    price_for_rx: Ending
    paid_rx: Ending
    paid_for_rx: regex.Pattern
    price_metric: str
    of_all_rx: regex.Pattern
    of_all_metric: str
    cost_cues: frozenset[str]
    projects_rx: regex.Pattern
    project_metric: str
    pay: dict[str, Any]
    name_keep: frozenset[str]
    office_after_rx: regex.Pattern[str]
    office_before_rx: regex.Pattern[str]
    min_lowercase: float
    cause_rx: regex.Pattern


_COMPILED: dict[int, _Rules] = {}


def _rules(lex: Lexicon) -> _Rules:
    found = _COMPILED.get(id(lex.raw))
    if found is None:
        raw = lex.raw
        nouns, price, of_all, costs = raw["metric_nouns"], raw["price_for"], raw["of_all"], raw["project_costs"]
        bottom = raw["structural_metrics"]["bottom_line"]
        found = _COMPILED[id(lex.raw)] = _Rules(
            determiner_rx=ending(nouns["determiner_before"], regex.IGNORECASE),
            in_of_rx=regex.compile(nouns["in_of"]),
            compared_rx=regex.compile(raw["per_share_compared"]["pattern"], regex.IGNORECASE),
            adjacent_rx=regex.compile(nouns["adjacent_links"], regex.IGNORECASE),
            trading_after_rx=regex.compile(_phrases(raw["share_trading"]["after_words"]), regex.IGNORECASE),
            trading_reach=raw["share_trading"]["after_reach"],
            change_in_rx=regex.compile(raw["change_in"]["pattern"], regex.IGNORECASE),
            change_in_reach=raw["change_in"]["reach"],
            unit_price_not_per=frozenset(raw["unit_price"]["not_per"]),
            currency_quote_rx=Needed(regex.compile(raw["currency_quotes"]["pattern"])),
            name_word_rx=regex.compile(nouns["name_word"]),
            max_name_words=nouns["max_name_words"],
            per_unit_rx=regex.compile(nouns["per_unit"]),
            price_part_rx=regex.compile(raw["structural_metrics"]["price_part"], regex.IGNORECASE),
            verb_cues=frozenset(raw["verb_cues"]["words"]),
            verb_cue_gap=raw["verb_cues"]["max_gap"],
            in_of_heads=dict(nouns["in_of_heads"]),
            in_of_over_cue=frozenset(nouns["in_of_over_cue"]),
            as_much_rx=regex.compile(raw["as_much_as"]["pattern"], regex.IGNORECASE),
            coupon_rx=ending(raw["coupon"]["pattern"], regex.IGNORECASE),
            coupon_after_rx=regex.compile(raw["coupon"]["after"]),
            coupon_metric=raw["coupon"]["metric"],
            preferred_after_rx=regex.compile(raw["coupon"]["preferred_after"]),
            preferred_metric=raw["coupon"]["preferred_metric"],
            rate_words_rx=Needed(regex.compile(raw["structural_metrics"]["rate_words"])),
            value_at_rx=ending(raw["value_at"]["pattern"], regex.IGNORECASE),
            value_at_metric=raw["value_at"]["metric"],
            currency_quote_metric=raw["currency_quotes"]["metric"],
            period_before_rx=regex.compile(bottom["period_before"] + r"\s+$", regex.IGNORECASE),
            dated_rx=regex.compile(bottom["period_before"] + r"\s", regex.IGNORECASE),
            bottom_from=bottom["from"],
            bottom_to=bottom["to"],
            bottom_words=frozenset(bottom["words"]),
            unit_price_metric=raw["unit_price"]["metric"],
            of_rx=regex.compile(nouns["of_after_head"]),
            run_word_rx=regex.compile(nouns["run_word"]),
            max_words=nouns["max_words"],
            adjacent_gap=nouns["adjacent_cue_gap"],
            stop_words=frozenset(nouns["stop_words"]),
            heads=dict(nouns["heads"]),
            pass_heads=frozenset(nouns["pass_heads"]),
            default=nouns["default"],
            price_for_rx=ending(price["pattern"], regex.IGNORECASE),
            paid_rx=ending(price["paid"], regex.IGNORECASE),
            paid_for_rx=regex.compile(price["paid_for"], regex.IGNORECASE),
            price_metric=price["metric"],
            of_all_rx=regex.compile(of_all["pattern"], regex.IGNORECASE),
            of_all_metric=of_all["metric"],
            cost_cues=frozenset(costs["cues"]),
            projects_rx=regex.compile(costs["projects"], regex.IGNORECASE),
            project_metric=costs["metric"],
            pay=raw["pay_earned"],
            name_keep=frozenset(raw["name_cues"]["keep"]),
            office_after_rx=regex.compile(r"\s+(?:" + "|".join(raw["name_cues"]["office_after"]) + r")\b",
                                          regex.IGNORECASE),
            office_before_rx=regex.compile(r"\b(?:" + "|".join(raw["name_cues"]["office_before"])
                                           + r")\s+(?:of|for)\s+(?:the\s+)?$", regex.IGNORECASE),
            min_lowercase=raw["name_cues"]["min_lowercase_share"],
            cause_rx=regex.compile(r"\b(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+")
                                                     for w in raw["cause_after"]["words"]) + r")\b", regex.IGNORECASE),
        )
    return found


def _phrases(words: list[str]) -> str:
    return r"(?<!\w)(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?!\w)"


def _named_by_structure(text: str, s: Sentence, q: dict, best: tuple[float, Hit] | None, lex: Lexicon,
                        rules: _Rules) -> tuple[str | None, str | None] | None:
    """A money figure's metric that its phrase structure decides: the price in a purchase ('sold the unit
    for $120 million'), the noun it qualifies ('a $700 million bottling plant', '$88 million in good will').
    (None, words) when those words name nothing in the list: no metric to link or inherit by, 'other' in
    the end (structural_metrics)."""
    if bare_quote(q):
        return lex.cues.trading_metric, None  # "Orrin eased 3/8 to 27 5/8": a share price quoted bare
    if rules.price_for_rx.found(text, max(s.start, q["start"] - 160), q["start"]):
        return rules.price_metric, None  # "sold the unit for $120 million"
    if rules.value_at_rx.found(text, max(s.start, q["start"] - 90), q["start"]):
        return rules.value_at_metric, None  # "analysts value the bid at $38 a share"
    if rules.paid_rx.found(text, max(s.start, q["start"] - 40), q["start"]) \
            and (rules.paid_for_rx.match(text, q["end"]) or _paid_a_share(text, s, q, lex, rules)):
        return rules.price_metric, None  # "agreed to pay $14 a share for Holt", "is paying $27 a share"
    trading = rules.trading_after_rx.search(text, q["end"], min(s.end, q["end"] + rules.trading_reach))
    if trading and not _crosses_clause(text, q["end"], trading.start(), lex):
        return lex.cues.trading_metric, trading.group(0)  # "rose 40 cents to $23.10 on the Big Board"
    if rules.determiner_rx.found(text, max(s.start, q["start"] - 8), q["start"]):
        named = _adjective_of(text, s, q, lex, rules)
        if named is not None:
            return named
    unit = _A_SHARE.match(text, q["end"], s.end)  # "pays $1.20 a share in dividends"
    link = rules.in_of_rx.match(text, unit.end() if unit is not None else q["end"], s.end)
    if link is None:
        return None
    head = _head_metric(text, link.end() - 1, s.end, lex, rules, in_of=True)
    if (head is None or head[0] not in rules.in_of_over_cue) and best is not None and best[1].end <= q["start"] \
            and best[0] <= rules.adjacent_gap and rules.adjacent_rx.fullmatch(text, best[1].end, q["start"]):
        return None  # "raised $5 million in cash": the word before names it
    return head


def _paid_a_share(text: str, s: Sentence, q: dict, lex: Lexicon, rules: _Rules) -> bool:
    """'Tarvel is paying $27 a share', 'holders will receive $900 a share at closing': an amount a share that is
    paid, with no metric word but the per-share cue (or a price's) after it in its clause ('pays $1.20 a share
    in dividends' is a dividend), is the price, not earnings per share."""
    if q.get("per") != lex.cues.per_share:
        return False
    # 'is paying $31 a share, or $2.2 billion, and is taking on $0.9 billion of debt': a word after the next
    # figure names that one
    later = _DIGIT.search(text, q["end"], s.end)
    stop = later.start() if later is not None else s.end
    return not any(m.value not in lex.per_share_only_metrics and m.value != rules.price_metric for m in s.metrics
                   if q["end"] <= m.start < stop and not _crosses_clause(text, q["end"], m.start, lex))


_DIGIT = regex.compile(r"\d")
_A_SHARE = regex.compile(r"\s+(?:a|per)\s+share\b")


def _adjective_of(text: str, s: Sentence, q: dict, lex: Lexicon,
                  rules: _Rules) -> tuple[str | None, str | None] | None:
    """'a $700 million bottling plant', 'a $27-a-share bid', 'the $900 million Harbor Income Fund': the figure
    describes the noun (or the name) it stands before."""
    at = q["end"]
    unit = rules.per_unit_rx.match(text, at, s.end)
    if unit is not None:
        at = unit.end()
    name_end = at
    for _ in range(rules.max_name_words):
        word = rules.name_word_rx.match(text, name_end, s.end)
        if word is None or (name_end == at and not word.group(0).strip()[:1].isupper()):
            break  # a name starts with a capital ("the $230 million of bank debt" names nothing)
        name_end = word.end()
    if name_end == at:
        return _head_metric(text, at, s.end, lex, rules)
    after = _head_metric(text, name_end, s.end, lex, rules)  # "the $5 billion Singapore budget"
    if after is not None:
        return after
    inside = [m for m in s.metrics if at <= m.start and m.end <= name_end]
    if inside and text[at:name_end].split()[-1].lower() not in lex.raw["fund_families"]["nouns"]:
        # not in a fund's name: 'the $932 million Harlow Price Income Fund' sizes the fund, whatever its words
        return inside[-1].value, inside[-1].text  # "a $40 million Series B"
    return None, text[at:name_end].strip()


def _head_metric(text: str, at: int, end: int, lex: Lexicon, rules: _Rules,
                 in_of: bool = False) -> tuple[str | None, str | None] | None:
    """What the lowercase noun run starting after `at` names, by its last word (its head)."""
    words = _noun_run(text, at, end, lex, rules)
    if not words:
        return None
    if in_of and words[-1].group(1) in rules.in_of_heads:  # "$14 million in losses from a warehouse fire"
        return rules.in_of_heads[words[-1].group(1)], words[-1].group(1)
    for k in range(min(3, len(words)), 0, -1):
        phrase = text[words[-k].start(1):words[-1].end(1)]
        metric = lex.metric_of.get(norm(phrase))
        if metric is not None and metric not in lex.count_metrics and metric not in lex.percent_only_metrics:
            return metric, phrase
    head = words[-1].group(1)
    if head in rules.pass_heads or head.endswith(("ly", "ed")):  # "the 4.39 trillion shillings approved"
        return None
    if head in rules.heads:
        return rules.heads[head], head
    of = rules.of_rx.match(text, words[-1].end(), end)
    if of is not None:  # "a $75 million swap of its bank debt": what the head is of
        found = _head_metric(text, of.end() - 1, end, lex, rules)
        if found is not None and found[0] is not None:
            return found
    return None, text[words[0].start(1):words[-1].end(1)]  # named, by nothing in the list: "other" in the end


def _noun_run(text: str, at: int, end: int, lex: Lexicon, rules: _Rules) -> list[regex.Match]:
    """The lowercase words after `at` up to a stop word, at most max_words; a verb in -ing after the first
    word ends the run ('subordinated notes paying 9%') unless it is a metric word ('bank financing')."""
    words: list[regex.Match] = []
    pos = at
    while len(words) < rules.max_words:
        m = rules.run_word_rx.match(text, pos, end)
        if m is None or m.group(1) in rules.stop_words:
            break
        word = m.group(1)
        if word.endswith("ing") and word not in lex.metric_of and word not in rules.pass_heads:
            break
        if words and word.endswith("ed") and word not in lex.metric_of:
            nxt = rules.run_word_rx.match(text, m.end(), end)
            if nxt is None or nxt.group(1) not in lex.metric_of:
                break  # "a $9 million charge tied to ...": a participle after the noun
            # "convertible subordinated debentures": an adjective before a metric noun
        words.append(m)
        pos = m.end()
    return words


def _in_name(text: str, s: Sentence, m: Hit, lex: Lexicon) -> bool:
    """'the Harbor Strategic Income Fund', 'Ellis Price Partners': a capitalised metric word inside a name."""
    if not m.text[:1].isupper() or m.start <= s.start or m.value in _rules(lex).name_keep:
        return False
    before = _CAPITAL_BEFORE.search(text, max(s.start, m.start - 40), m.start)
    if before is None:
        return False
    if not text[s.start:before.start()].strip() and before.group(0).split()[0] in lex.not_subjects:
        return False  # "Adjusted EPS rose 8%": a word that opens the sentence, no name's
    if m.text.isupper() and before.group(0).rstrip().endswith(("'s", "’s")):
        return False  # "Varnholt's EBITDA rose 8%": an owner's metric, written as an abbreviation
    if m.text.isupper() and before.group(0).split()[0].lower() in common_words():
        return False  # "Group EBITDA rose 7%", "Core EPS came in at": a common word qualifying an abbreviation
    words = _SENTENCE_WORD.findall(text, s.start, s.end)
    lower = sum(1 for w in words if w[:1].islower())
    return bool(words) and lower / len(words) >= _rules(lex).min_lowercase


_CAPITAL_BEFORE = regex.compile(r"[A-Z][\w&'’-]*\.?\s+$")
_SENTENCE_WORD = regex.compile(r"[A-Za-z][\w'’-]*")
