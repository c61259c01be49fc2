"""The claim graph of a Report, for other tools: networkx, and GraphML through networkx.

Nodes: the document, its claims, quantities, periods, entities (organisations and sources) and metrics;
edges: the Report's typed relations, plus `in` from every claim to the document.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from claimgraph.models import Report


def _scalar_attrs(data: dict[str, Any]) -> dict[str, Any]:
    # GraphML holds only scalars: None is left out, lists and numbers as exact text become strings
    out = {}
    for key, value in data.items():
        if value is None:
            continue
        if isinstance(value, (bool, int, str)):
            out[key] = value
        elif isinstance(value, float):
            out[key] = repr(value)
        else:
            out[key] = str(value)
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
        g.add_node(e.id, type="entity", name=e.name, kind=e.kind)
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
        if r.tail.startswith("metric:") and r.tail not in g:
            g.add_node(r.tail, type="metric", name=r.tail.split(":", 1)[1])
        g.add_edge(r.head, r.tail, type=r.type)
    return g


def to_graphml(report: Report) -> str:
    return "\n".join(nx.generate_graphml(to_networkx(report))) + "\n"
