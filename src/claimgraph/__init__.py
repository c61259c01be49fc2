"""claimgraph: every figure in a news article as a structured, checkable claim.

    import claimgraph
    report = claimgraph.extract("TikTok set a GMV target of USD 12–13 billion.")
    report.quantities[0].low   # Decimal('12000000000')
    graph = claimgraph.to_networkx(report)   # the claim graph, a networkx MultiDiGraph
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from claimgraph.api import check, extract, extract_many, load
from claimgraph.models import CheckRun, Claim, Document, Period, Quantity, Report

if TYPE_CHECKING:
    from claimgraph.render.graph import to_networkx

__all__ = ["load", "extract", "extract_many", "check", "to_networkx", "Report", "Quantity", "Period", "Claim",
           "Document", "CheckRun"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # networkx is imported only when the graph is asked for, so `import claimgraph` (and the CLI) stay quick
    if name == "to_networkx":
        from claimgraph.render.graph import to_networkx

        return to_networkx
    raise AttributeError(f"module 'claimgraph' has no attribute {name!r}")
