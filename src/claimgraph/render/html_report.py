"""A page a person reads: the article with its figures marked (displaCy), the claims, the checks in their
verdict colours linked to the figures they use, and the claim graph as SVG. One self-contained file: no
scripts or styles from the network, it opens from disk."""

from __future__ import annotations

import html
import math
import shutil
import subprocess
from typing import TYPE_CHECKING, Any

from claimgraph.models import CheckRun, Claim, Quantity, Report
from claimgraph.pipeline.display import KIND_COLOURS, article_html

if TYPE_CHECKING:
    from spacy.language import Language

Node = dict[str, Any]  # a graph node's label and colour
Edge = tuple[str, str, str]  # (from, to, label)

CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#212121;background:#fafafa}
header{background:#263238;color:#fff;padding:12px 24px}header a{color:#b3e5fc;margin-right:16px}
main{max-width:1100px;margin:auto;padding:8px 24px 48px}section.doc{background:#fff;border:1px solid #e0e0e0;
border-radius:6px;padding:16px 24px;margin:24px 0}h2{margin-top:0}table{border-collapse:collapse;width:100%;\
font-size:14px}
th,td{border-bottom:1px solid #eee;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f5f5f5}
.verdict{font-weight:bold}.verdict.consistent{color:#2e7d32}.verdict.inconsistent{color:#c62828}
.verdict.unverifiable{color:#757575}tr.inconsistent td{background:#ffebee}.article{font-size:15px;max-height:none}
.meta{color:#616161;font-size:13px}.summary{font-size:15px;margin:8px 0}.bad{color:#c62828;font-weight:bold}
.ok{color:#2e7d32;font-weight:bold}svg text{font-size:10px;font-family:sans-serif}.legend span{padding:1px 6px;
margin-right:6px;border-radius:3px;font-size:12px}
"""


def render(run: CheckRun, texts: list[str], nlp: Language) -> str:
    """The whole page: one section per document, then the conflicts between documents. `nlp` is the
    pipeline that read the texts: its tokenizer marks the figures where it split them."""
    nav = "".join(f'<a href="#{_anchor(r)}">{html.escape(r.document.id or "document")}</a>' for r in run.reports)
    if len(run.reports) > 1:
        nav += '<a href="#conflicts">conflicts</a>'
    legend = "".join(f'<span style="background:{c}">{k}</span>' for k, c in KIND_COLOURS.items())
    body = "".join(_document(r, t, nlp) for r, t in zip(run.reports, texts, strict=False))
    if len(run.reports) > 1:
        body += _conflicts(run)
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>claimgraph report</title>"
            f"<style>{CSS}</style></head><body><header><strong>claimgraph</strong> · {nav}</header><main>"
            f"<p class=\"legend\">{legend}</p>{body}</main></body></html>\n")


def _anchor(r: Report) -> str:
    return "doc-" + "".join(ch if ch.isalnum() else "-" for ch in (r.document.id or "document"))


def _document(r: Report, text: str, nlp: Language) -> str:
    doc_id = _anchor(r)
    d = r.document
    bad = [c for c in r.checks if c.verdict == "inconsistent"]
    summary = (f'<p class="summary">{len(r.quantities)} figures, {len(r.periods)} periods, {len(r.claims)} claims, '
               f'{len(r.checks)} checks: ' + (f'<span class="bad">{len(bad)} inconsistent</span>' if bad
                                               else '<span class="ok">all consistent</span>') + "</p>")
    meta = f'<p class="meta">reference date {d.reference_date or "none"} ({d.reference_date_source})'
    meta += f" · {html.escape(d.title)}" if d.title else ""
    meta += "</p>"
    article = f'<div class="article">{article_html(d.text or text, r.quantities, r.periods, nlp)}</div>'
    return (f'<section class="doc" id="{doc_id}"><h2>{html.escape(d.id or "document")}</h2>{meta}{summary}'
            f"<h3>Checks</h3>{_checks(r, doc_id)}<h3>Article</h3>{article}<h3>Claims</h3>{_claims(r, doc_id)}"
            f"<h3>Claim graph</h3>{_graph_svg(r)}</section>")


def _claims(r: Report, doc_id: str) -> str:
    q = {x.id: x for x in r.quantities}
    rows = ["<tr><th>claim</th><th>figure</th><th>subject</th><th>metric</th><th>scope</th><th>period</th>"
            "<th>role</th><th>source</th></tr>"]
    for c in r.claims:
        when = "–".join(x or "" for x in c.when) if c.when else ""
        cells = [c.id, _figure(c, q), c.subject, c.metric, c.scope, when, c.role, c.source]
        rows.append(f'<tr id="{doc_id}-{c.id}">' + "".join(f"<td>{html.escape(str(x or ''))}</td>" for x in cells)
                    + "</tr>")
    return f"<table class=\"claims\">{''.join(rows)}</table>"


def _figure(c: Claim, q: dict[str, Quantity]) -> str:
    """The claim's figure as written, or the derived value a claim without one stands for."""
    if c.quantity:
        return q[c.quantity].text
    d = c.derived
    return f"= {d.low}–{d.high} {d.unit or ''}" if d else ""


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


# ---------------------------------------------------------------------------------------------- the graph
def _graph_svg(r: Report) -> str:
    """Figures, claims and checks as a graph: Graphviz's dot when it is installed, else a circular layout."""
    nodes, edges = _graph(r)
    if not nodes:
        return "<p>No claims.</p>"
    if shutil.which("dot"):
        svg = _dot(nodes, edges)
        if svg:
            return svg
    return _circle_svg(nodes, edges)


def _graph(r: Report) -> tuple[dict[str, Node], list[Edge]]:
    q = {x.id: x for x in r.quantities}
    nodes: dict[str, Node] = {}
    edges: list[Edge] = []
    for c in r.claims:
        label = q[c.quantity].text if c.quantity else "derived"
        nodes[c.id] = {"label": f"{label[:28]} ({c.role})", "colour": "#e3f2fd"}
    for rel in r.relations:
        if rel.head in nodes and rel.tail in nodes and rel.type not in ("about", "measures", "during", "reported_by"):
            edges.append((rel.head, rel.tail, rel.type))
    claim_of = {c.quantity: c.id for c in r.claims if c.quantity}
    for k in r.checks:
        colour = "#ffcdd2" if k.verdict == "inconsistent" else "#c8e6c9"
        nodes[k.id] = {"label": f"{k.type}: {k.verdict}", "colour": colour}
        for x in dict.fromkeys([*k.operands, *([k.stated] if k.stated else [])]):
            if x in claim_of:
                edges.append((claim_of[x], k.id, "checked by"))
    return nodes, edges


def _dot(nodes: dict[str, Node], edges: list[Edge]) -> str | None:
    lines = ["digraph G { rankdir=LR; node [shape=box, style=filled, fontname=Helvetica, fontsize=10];"]
    for n, d in nodes.items():
        lines.append(f'"{n}" [label="{_q(d["label"])}", fillcolor="{d["colour"]}"];')
    for a, b, t in edges:
        lines.append(f'"{a}" -> "{b}" [label="{_q(t)}", fontsize=8];')
    lines.append("}")
    try:
        out = subprocess.run(["dot", "-Tsvg"], input="\n".join(lines), capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if out.returncode != 0:
        return None
    svg = out.stdout
    return svg[svg.find("<svg"):] if "<svg" in svg else None


def _q(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"')


def _circle_svg(nodes: dict[str, Node], edges: list[Edge]) -> str:
    """A plain circular layout: every node on a circle, edges as lines, labels beside the nodes."""
    names = list(nodes)
    n = len(names)
    size = max(360, 60 * math.ceil(math.sqrt(n)) * 3)
    cx = cy = size / 2
    radius = size / 2 - 110
    pos = {name: (cx + radius * math.cos(2 * math.pi * i / n), cy + radius * math.sin(2 * math.pi * i / n))
           for i, name in enumerate(names)}
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{size:.0f}" height="{size:.0f}" '
             f'viewBox="0 0 {size:.0f} {size:.0f}" role="img">']
    for a, b, t in edges:
        (x1, y1), (x2, y2) = pos[a], pos[b]
        parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#90a4ae"><title>'
                     f"{html.escape(t)}</title></line>")
    for name, (x, y) in pos.items():
        d = nodes[name]
        anchor = "start" if x >= cx else "end"
        dx = 9 if x >= cx else -9
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="{d["colour"]}" stroke="#546e7a"/>'
                     f'<text x="{x + dx:.1f}" y="{y + 3:.1f}" text-anchor="{anchor}">{html.escape(d["label"])}</text>')
    parts.append("</svg>")
    return "".join(parts)
