"""Doc -> Report: the plain data the pipeline left on the Doc, resolved, then validated as one model."""

from __future__ import annotations

import re
from calendar import isleap
from datetime import date as Date
from functools import lru_cache
from typing import Any

from claimgraph.checks import run_all
from claimgraph.models import Check, Relation, RelationType, Report, Unchecked
from claimgraph.pipeline.user_data import WARNINGS_KEY, doc_text
from claimgraph.resolve.context import iso, resolved_periods
from claimgraph.resolve.periods import period_from_dict, shift_months
from claimgraph.resources.vocab import vocab


def build_report(doc, date: str | Date | None = None, doc_id: str | None = None, fiscal_start: int = 1,
                 claims: bool = True, hedges: dict[str, tuple[str, str]] | None = None) -> Report:
    """The Report of a Doc the claimgraph pipeline made; claims=False leaves out claims, entities,
    relations and checks (the figures and periods only, which is quicker). `hedges` maps a hedge word to
    its relative tolerance below and above ("about": ("0.05", "0.05"))."""
    from claimgraph.pipeline.factories import claims_data, ext

    quantities, periods = ext(doc, "quantities") or [], ext(doc, "periods") or []
    warnings = list(doc.user_data.get(WARNINGS_KEY, []))
    # the text is needed to date periods, and to read claims from the figures
    text = doc_text(doc) if (periods or (claims and quantities)) else ""
    if claims and quantities and not looks_english(text):
        warnings.append("the text does not look like English: figures and periods only, no claims or checks")
        claims = False
    return build_report_from(text, _length(doc), quantities, periods, ext(doc, "ignored") or [],
                             claims_data(doc) if claims else None, date, doc_id, fiscal_start, hedges, warnings)


_WORDS = re.compile(r"[^\W\d_]+")
_ASCII_WORDS = re.compile(r"[a-z]+")  # the same words in lowercased ASCII text, found in half the time


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    return frozenset(vocab()["english_common_words"])


def looks_english(text: str) -> bool:
    """Enough common English words among the words of text (claims are read with English cues)."""
    head = text[:20000].lower()
    words = (_ASCII_WORDS if head.isascii() else _WORDS).findall(head)
    if len(words) < 12:
        return True  # too short to tell; a headline or a figure
    common, n, hits = _english(), len(words), 0
    for w in words:  # the share only grows: stop once it is enough (a sentence's first few words, mostly)
        if w in common:
            hits += 1
            if hits / n >= 0.08:
                return True
    return False


def build_report_from(text: str, length: int, quantity_dicts: list[dict], period_dicts: list[dict],
                      ignored: list, found: dict | None, date: str | Date | None = None, doc_id: str | None = None,
                      fiscal_start: int = 1, hedges: dict[str, tuple[str, str]] | None = None,
                      warnings: list[str] | None = None) -> Report:
    """The Report from plain data: figure and period dicts (offsets into text), furniture ranges, and the
    claims data (None: no claims, relations or checks)."""
    # Plain dicts first, then one validation of the whole Report: pydantic checks every field in one
    # pass (exact Decimals parsed from their strings) instead of one Python call per object.
    quantities = [dict(q, id=f"q{n}") for n, q in enumerate(quantity_dicts, start=1)]

    mentions = [period_from_dict(p) for p in period_dicts]
    ref, source, periods = resolved_periods(text, mentions, date, fiscal_start)
    claim_list = (found or {}).get("claims", [])
    _date_claims(claim_list, periods, ref)
    document = {
        "id": doc_id,
        "length": length,
        "reference_date": document_date(ref, date),
        "reference_date_source": source,
        "ignored": ignored,
        "warnings": warnings or [],
    }
    report = Report.model_validate({
        "document": document, "quantities": quantities, "periods": periods, "claims": claim_list,
        "entities": (found or {}).get("entities", []),
        "relations": _edges(claim_list) + (found or {}).get("relations", []),
    })
    if found is not None and _checkable(report):
        checks, unchecked = run_all(report, text, hedges)
        report.checks = [Check.model_validate(c) for c in checks]
        report.unchecked = [Unchecked.model_validate(u) for u in unchecked]
        if report.checks:
            report.relations += _check_edges(report)
    return report


def _checkable(report: Report) -> bool:
    """Whether a check can apply: every check relates two figures, or a figure and a period, so a lone
    figure with no period has nothing to check (a sentence stating one figure, the commonest input)."""
    return len(report.quantities) > 1 or bool(report.quantities and report.periods)


def document_date(ref: Date | None, given: str | Date | None) -> str | None:
    """The Report's reference date: the one found or inferred, else the one given, as ISO text."""
    return iso(ref) if ref else (iso(given) if isinstance(given, Date) else given)


def _date_claims(claim_list: list[dict[str, Any]], periods: list[dict[str, Any]], ref: Date | None) -> None:
    """Each claim's `when`: its period's dates, shifted as the claim says, widened to the whole year, run
    to the reference date ('Since 1983, Westinghouse has shed 70 businesses': 1983-01-01 to the story's date),
    or closed by a second period ('this year through Oct. 19')."""
    by_id = {p["id"]: p for p in periods}
    for c in claim_list:
        p = by_id.get(c["period"]) if c["period"] else None
        c["when"] = _shifted(p, c.get("period_shift", 0)) if p else None
        if c["when"] and c.get("period_whole_year") and c["when"][0]:
            year = c["when"][0][:4]
            c["when"] = (f"{year}-01-01", f"{year}-12-31")
        elif c["when"] and c.get("period_to_reference") and ref and c["when"][0] and c["when"][0] <= iso(ref):
            c["when"] = (c["when"][0], iso(ref))
        end = by_id.get(c["period_end"]) if c.get("period_end") else None
        last = _closing_day(p, end) if p and end else None
        if c["when"] and last and (c["when"][0] or "") <= last:
            c["when"] = (c["when"][0], last)  # 'this year through Oct. 19'


def _closing_day(p: dict[str, Any], end: dict[str, Any]) -> str | None:
    """The last day of the span period p opens and end closes: end's last day, in p's year when p is one
    year and end names none of its own ('In 2024 through August' is 2024's August, whatever the story's date)."""
    last = end["to_date"]
    if last and p["grain"] == "year" and p["from_date"] and p["to_date"] and p["from_date"][:4] == p["to_date"][:4] \
            and not _FOUR_DIGITS.search(end["text"]):
        year = p["from_date"][:4]
        last = year + last[4:] if last[5:] != "02-29" or isleap(int(year)) else f"{year}-02-28"
    return last


_FOUR_DIGITS = re.compile(r"\b\d{4}\b")


def _check_edges(report: Report) -> list[Relation]:
    """The graph edges a check establishes: parts of a total (part_of), a level a multiple of another
    (multiple_of). The check found the relation; the graph records it between the figures' claims."""
    claim_of = {c.quantity: c.id for c in report.claims if c.quantity}
    edges: list[Relation] = []
    seen: set[tuple[RelationType, str, str]] = {(r.type, r.head, r.tail) for r in report.relations}
    pairs: list[tuple[RelationType, str, str]]
    for k in report.checks:
        if k.type == "sum" and k.stated in claim_of:
            pairs = [("part_of", claim_of[q], claim_of[k.stated]) for q in k.operands if q in claim_of]
        elif k.type == "multiple" and len(k.operands) == 2 and all(q in claim_of for q in k.operands):
            old, new = k.operands
            pairs = [("multiple_of", claim_of[new], claim_of[old])]
        else:
            continue
        for kind, head, tail in pairs:
            if head != tail and (kind, head, tail) not in seen:
                seen.add((kind, head, tail))
                edges.append(Relation(type=kind, head=head, tail=tail))
    return edges


def _edges(claims: list[dict[str, Any]]) -> list[dict[str, str]]:
    """The graph's plain edges (about, measures, during, reported_by), from the claims' own fields."""
    edges = []
    for c in claims:
        if c["subject_entity"]:
            edges.append({"type": "about", "head": c["id"], "tail": c["subject_entity"]})
        if c["metric"]:
            edges.append({"type": "measures", "head": c["id"], "tail": f"metric:{c['metric']}"})
        if c["period"]:
            edges.append({"type": "during", "head": c["id"], "tail": c["period"]})
        if c["source_entity"]:
            edges.append({"type": "reported_by", "head": c["id"], "tail": c["source_entity"]})
    return edges


def _shifted(period: dict[str, Any], months: int) -> tuple[str | None, str | None]:
    if not months:
        return period["from_date"], period["to_date"]
    start, end = (iso(shift_months(Date.fromisoformat(d), months)) if d else None
                  for d in (period["from_date"], period["to_date"]))
    return start, end


def _length(doc) -> int:
    # len(doc.text) would rebuild the whole text from Token objects
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)
