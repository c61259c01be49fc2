"""A page a person reads: the article as written with its figures and periods marked, the checks in their
verdict colours linked to the claims they use, the claims, and a claim map (claims grouped by subject and
metric, in period order, with the relations between them). One self-contained file: no scripts or styles
from the network, it opens from disk.

The article is the input text itself, character for character (white-space: pre-wrap keeps its paragraphs
and headline line): marks are inserted around figures, and their labels are drawn by CSS (::after), so the
page's text is the article's text, never re-spaced tokens."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

from claimgraph.models import CheckRun, Claim, Quantity, Report
from claimgraph.pipeline.display import KIND_COLOURS
from claimgraph.render.tables import period_label, value

if TYPE_CHECKING:
    from spacy.language import Language

Mark = tuple[int, int, str, str]  # start, end, opening tag, closing tag

CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#212121;background:#f5f5f5}
header{background:#263238;color:#fff;padding:12px 24px}header a{color:#b3e5fc;margin-right:16px}
main{max-width:1100px;margin:auto;padding:8px 24px 48px}
section.doc{background:#fff;border:1px solid #e0e0e0;border-radius:6px;padding:16px 28px;margin:24px 0}
h2{margin:4px 0}h3{margin:24px 0 8px;color:#37474f}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border-bottom:1px solid #eee;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f5f5f5}
td.num{white-space:nowrap;font-variant-numeric:tabular-nums}td.when{white-space:nowrap}
.verdict{font-weight:bold}.verdict.consistent{color:#2e7d32}.verdict.inconsistent{color:#c62828}
.verdict.unverifiable{color:#757575}tr.inconsistent td{background:#ffebee}
.article{white-space:pre-wrap;font-family:Georgia,'Times New Roman',serif;font-size:17px;line-height:1.85;
max-width:46em;color:#263238}
.article .headline{font-size:24px;font-weight:bold;line-height:1.3}
mark.fig{border-radius:3px;padding:1px 2px;color:inherit}
mark.fig::after{content:attr(data-label);font:600 9px system-ui,sans-serif;color:#455a64;margin-left:3px;
vertical-align:2px;letter-spacing:.03em}
.period{border-bottom:2px solid #42a5f5}
.meta{color:#616161;font-size:13px}.summary{font-size:15px;margin:8px 0}.bad{color:#c62828;font-weight:bold}
.ok{color:#2e7d32;font-weight:bold}.legend span{padding:1px 6px;margin-right:6px;border-radius:3px;font-size:12px}
.map{display:flex;flex-direction:column;gap:10px}
.group{border:1px solid #cfd8dc;border-left:4px solid #78909c;border-radius:4px;padding:6px 12px;background:#fbfcfd}
.group h4{margin:2px 0 4px;font-size:15px}.group h4 small{color:#78909c;font-weight:normal}
.group table{font-size:13px;table-layout:fixed}.group td{border-bottom:1px solid #eceff1}
.group col.when{width:170px}.group col.fig{width:230px}.group col.role{width:190px}
.rel{color:#546e7a}.rel a{color:#1565c0}.rel .verdict{font-size:12px;margin-left:6px;white-space:nowrap}
.furniture{color:#9e9e9e}
"""


def render(run: CheckRun, texts: list[str], nlp: Language | None = None) -> str:
    """The whole page: one section per document, then the conflicts between documents. (`nlp` is not
    needed: the article is drawn from its text and the Report's character offsets.)"""
    nav = "".join(f'<a href="#{_anchor(r)}">{html.escape(r.document.id or "document")}</a>' for r in run.reports)
    if len(run.reports) > 1:
        nav += '<a href="#conflicts">conflicts</a>'
    legend = "".join(f'<span style="background:{c}">{k.lower()}</span>' for k, c in KIND_COLOURS.items()
                     if k != "PERIOD")
    legend += '<span class="period">period</span>'
    body = "".join(_document(r, t) for r, t in zip(run.reports, texts, strict=False))
    if len(run.reports) > 1:
        body += _conflicts(run)
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>claimgraph report</title>"
            f"<style>{CSS}</style></head><body><header><strong>claimgraph</strong> · {nav}</header><main>"
            f"<p class=\"legend\">{legend}</p>{body}</main></body></html>\n")


def _anchor(r: Report) -> str:
    return "doc-" + "".join(ch if ch.isalnum() else "-" for ch in (r.document.id or "document"))


def _document(r: Report, text: str) -> str:
    doc_id = _anchor(r)
    d = r.document
    bad = [c for c in r.checks if c.verdict == "inconsistent"]
    summary = (f'<p class="summary">{len(r.quantities)} figures, {len(r.periods)} periods, {len(r.claims)} claims, '
               f'{len(r.checks)} checks: ' + (f'<span class="bad">{len(bad)} inconsistent</span>' if bad
                                               else '<span class="ok">none inconsistent</span>') + "</p>")
    meta = f'<p class="meta">reference date {d.reference_date or "none"} ({d.reference_date_source})'
    meta += f" · {html.escape(d.title)}" if d.title else ""
    meta += "</p>"
    article = f'<div class="article">{article_markup(d.text or text, r)}</div>'
    return (f'<section class="doc" id="{doc_id}"><h2>{html.escape(d.id or "document")}</h2>{meta}{summary}'
            f"<h3>Checks</h3>{_checks(r, doc_id)}<h3>Claim map</h3>{_claim_map(r, doc_id)}"
            f"<h3>Article</h3>{article}<h3>Claims</h3>{_claims(r, doc_id)}</section>")


# ---------------------------------------------------------------------------------------------- the article
def article_markup(text: str, r: Report) -> str:
    """The text, escaped, with <mark>s around figures, underlines under periods and the headline (a first
    line followed by a blank one) in bold; nothing else is added, so its textContent is the text."""
    marks: list[Mark] = []
    first, sep, _ = text.partition("\n")
    if sep and first.strip() and len(first) <= 200 and text[len(first):].startswith("\n\n"):
        marks.append((0, len(first), '<span class="headline">', "</span>"))
    for q in r.quantities:
        unit = q.unit if q.unit == "%" else f" {q.unit}" if q.unit else ""
        title = html.escape(f"{q.kind} {value(q)}{unit}", quote=True)
        marks.append((q.start, q.end, f'<mark class="fig" style="background:{KIND_COLOURS[q.kind.upper()]}" '
                                      f'data-label="{q.kind.upper()}" title="{title}">', "</mark>"))
    for a, b in r.document.ignored:  # page furniture the extraction left out, greyed
        marks.append((a, b, '<span class="furniture" title="left out: page furniture">', "</span>"))
    for p in r.periods:
        title = html.escape(period_label(p.from_date, p.to_date), quote=True)
        marks.append((p.start, p.end, f'<span class="period" title="{title}">', "</span>"))
    return _insert(text, _nested(marks))


def _nested(marks: Iterable[Mark]) -> list[Mark]:
    """The marks that nest (outer before inner at one start); one that half-overlaps a kept mark is left out."""
    kept: list[Mark] = []
    open_ends: list[int] = []
    for m in sorted((m for m in marks if m[0] < m[1]), key=lambda m: (m[0], -m[1])):
        while open_ends and open_ends[-1] <= m[0]:
            open_ends.pop()
        if open_ends and m[1] > open_ends[-1]:
            continue
        kept.append(m)
        open_ends.append(m[1])
    return kept


def _insert(text: str, marks: list[Mark]) -> str:
    events: list[tuple[int, int, int, str]] = []  # (position, closes first, order, tag)
    for n, (start, end, opening, closing) in enumerate(marks):
        events.append((start, 1, n, opening))
        events.append((end, 0, -n, closing))
    out, at = [], 0
    for pos, _, _, tag in sorted(events):
        out.append(html.escape(text[at:pos], quote=False))
        out.append(tag)
        at = pos
    out.append(html.escape(text[at:], quote=False))
    return "".join(out)


# ---------------------------------------------------------------------------------------------- tables
def _claims(r: Report, doc_id: str) -> str:
    if not r.claims:
        return "<p>No claims.</p>"
    q = {x.id: x for x in r.quantities}
    rows = ["<tr><th>claim</th><th>figure</th><th>value</th><th>subject</th><th>metric</th><th>scope</th>"
            "<th>period</th><th>role</th><th>source</th></tr>"]
    for c in r.claims:
        cells = [(c.id, ""), (_figure(c, q), "num"), (_value(c, q), "num"), (c.subject, ""), (c.metric, ""),
                 (c.scope, ""), (period_label(*c.when) if c.when else "", "when"), (c.role, ""), (c.source, "")]
        rows.append(f'<tr id="{doc_id}-{c.id}">' + "".join(
            f'<td class="{cls}">{html.escape(str(x or ""))}</td>' for x, cls in cells) + "</tr>")
    return f"<table class=\"claims\">{''.join(rows)}</table>"


def _figure(c: Claim, q: dict[str, Quantity]) -> str:
    """The claim's figure as written, or the derived value a claim without one stands for."""
    if c.quantity:
        return q[c.quantity].text
    d = c.derived
    return f"= {value(d)} {d.unit or ''}".strip() if d else ""


def _value(c: Claim, q: dict[str, Quantity]) -> str:
    x = q.get(c.quantity) if c.quantity else c.derived
    if x is None or x.low is None:
        return ""
    return value(x) + (x.unit if x.unit == "%" else f" {x.unit}" if x.unit else "")


def _checks(r: Report, doc_id: str) -> str:
    if not r.checks:
        return "<p>No relation between figures to check.</p>"
    claim_of = {c.quantity: c.id for c in r.claims if c.quantity}
    q = {x.id: x for x in r.quantities}
    rows = ["<tr><th>verdict</th><th>type</th><th>explanation</th><th>figures</th></tr>"]
    for k in r.checks:
        used = [x for x in [*k.operands, k.stated] if x]
        links = ", ".join(
            (f'<a href="#{doc_id}-{claim_of[x]}">{html.escape(q[x].text)}</a>' if x in claim_of
             else html.escape(q[x].text))
            for x in dict.fromkeys(used) if x in q)
        rows.append(f'<tr class="check {k.verdict}"><td class="verdict {k.verdict}">{k.verdict}</td><td>{k.type}</td>'
                    f"<td>{html.escape(k.explanation)}</td><td>{links}</td></tr>")
    return f"<table class=\"checks\">{''.join(rows)}</table>"


def _conflicts(run: CheckRun) -> str:
    if not run.conflicts:
        return ('<section class="doc" id="conflicts"><h2>Conflicts between documents</h2><p class="ok">none</p>'
                "</section>")
    items = "".join(f'<li class="bad">{html.escape(x.explanation)}</li>' for x in run.conflicts)
    return f'<section class="doc" id="conflicts"><h2>Conflicts between documents</h2><ul>{items}</ul></section>'


# ---------------------------------------------------------------------------------------------- claim map
LINKS = {"share_of": "share of", "ratio_of": "ratio of", "part_of": "part of", "multiple_of": "multiple of",
         "change_of": "change of", "same_as": "same as", "derived_from": "derived from"}


def _claim_map(r: Report, doc_id: str) -> str:
    """One card per (subject, metric): its claims in period order, each with the relations it takes part in
    (linked to the other claim) and the checks that use it."""
    if not r.claims:
        return "<p>No claims.</p>"
    q = {x.id: x for x in r.quantities}
    groups: dict[tuple[str, str], list[Claim]] = {}
    for c in r.claims:
        groups.setdefault((c.subject or "(no subject)", c.metric or "other"), []).append(c)
    cards = []
    for (subject, metric), claims in groups.items():
        claims.sort(key=lambda c: (c.when[0] or "" if c.when else "~", c.id))
        rows = "".join(_map_row(c, q, r, doc_id) for c in claims)
        cards.append(f'<div class="group"><h4>{html.escape(subject)} · {html.escape(metric)} '
                     f"<small>{len(claims)} claim{'s' if len(claims) > 1 else ''}</small></h4>"
                     f'<table><col class="when"><col class="fig"><col class="role"><col>{rows}</table></div>')
    return f'<div class="map">{"".join(cards)}</div>'


def _map_row(c: Claim, q: dict[str, Quantity], r: Report, doc_id: str) -> str:
    """One claim of a card: period, figure, role and scope, then its relations ('share of USD 17.5 billion'),
    each edge once, on the claim it starts from, and the verdicts of the checks that use its figure."""
    text = {x.id: _figure(x, q) for x in r.claims}
    tails: dict[str, list[str]] = {}
    for rel in r.relations:
        if rel.head == c.id and rel.type in LINKS and rel.tail in text:
            tails.setdefault(LINKS[rel.type], []).append(_link(doc_id, rel.tail, text))
    links = [f"{kind} {', '.join(claims)}" for kind, claims in tails.items()]
    used = {k.verdict for k in r.checks if c.quantity and c.quantity in [*k.operands, k.stated]}
    sign = {"consistent": "✓", "inconsistent": "✗", "unverifiable": "?"}
    verdicts = "".join(f'<span class="verdict {v}">{sign[v]} checked: {v}</span>' for v in sorted(used))
    when = period_label(*c.when) if c.when else "no period"
    scope = f" · {html.escape(c.scope)}" if c.scope else ""
    return (f'<tr><td class="when">{html.escape(when)}</td><td class="num"><a href="#{doc_id}-{c.id}">'
            f"{html.escape(_figure(c, q))}</a></td><td>{c.role}{scope}</td>"
            f'<td class="rel">{"; ".join(links)}{verdicts}</td></tr>')


def _link(doc_id: str, claim: str, text: dict[str, str]) -> str:
    return f'<a href="#{doc_id}-{claim}">{html.escape(text[claim])}</a>'
