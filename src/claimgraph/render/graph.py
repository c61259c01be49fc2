"""The claim graph of a Report, for other tools: networkx, and GraphML through networkx.

Nodes: the document, its claims, quantities, periods, entities (organisations and sources) and metrics;
edges: the Report's typed relations, plus `in` from every claim to the document.
"""

from __future__ import annotations

import re
from typing import Any

import networkx as nx

from claimgraph.models import Report

# What XML 1.0 cannot hold, even escaped: C0 controls but tab and line breaks, lone surrogates, U+FFFE/F.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """text with each character XML cannot hold written as an escape (\\x01), so the GraphML is well-formed."""
    return _NOT_XML.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"), text)


def _scalar_attrs(data: dict[str, Any]) -> dict[str, Any]:
    # GraphML holds only scalars: None is left out, lists and numbers as exact text become strings
    out: dict[str, Any] = {}
    for key, value in data.items():
        if value is None:
            continue
        if isinstance(value, (bool, int)):
            out[key] = value
        elif isinstance(value, float):
            out[key] = repr(value)
        else:
            out[key] = xml_safe(str(value))
    return out


def to_networkx(report: Report) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    doc_id = "doc"
    g.add_node(doc_id, type="document", **_scalar_attrs({"name": report.document.id,
                                                         "reference_date": report.document.reference_date}))
    for q in report.quantities:
        data = q.model_dump(mode="json", exclude={"id"})
        g.add_node(q.id, type="quantity", **_scalar_attrs(data))
    for p in report.periods:
        g.add_node(p.id, type="period", **_scalar_attrs(p.model_dump(mode="json", exclude={"id"})))
    for e in report.entities:
        g.add_node(e.id, type="entity", **_scalar_attrs({"name": e.name, "kind": e.kind}))
    for c in report.claims:
        data = c.model_dump(mode="json", exclude={"id", "derived", "hedges", "sentence"})
        data["hedges"] = ", ".join(c.hedges)
        if c.derived is not None:
            d = c.derived.model_dump(mode="json")
            data.update({f"derived_{k}": v for k, v in d.items() if k != "inputs"})
        g.add_node(c.id, type="claim", **_scalar_attrs(data))
        g.add_edge(c.id, doc_id, type="in")
        if c.quantity:
            g.add_edge(c.id, c.quantity, type="states")
    for r in report.relations:
        head, tail = xml_safe(r.head), xml_safe(r.tail)
        if tail.startswith("metric:") and tail not in g:
            g.add_node(tail, type="metric", name=tail.split(":", 1)[1])
        g.add_edge(head, tail, type=r.type)
    return g


def to_graphml(report: Report) -> str:
    return "\n".join(nx.generate_graphml(to_networkx(report))) + "\n"
