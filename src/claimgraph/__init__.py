"""claimgraph: every figure in a news article as a structured, checkable claim.

The public API:

    extract(text, date=None, fiscal_start=1, claims=True) -> Report
        figures (report.quantities), periods resolved to ISO dates (report.periods), claims, the claim
        graph's edges (report.relations) and the checker's verdicts (report.checks) of one article
    extract_many(texts, ...) -> Iterator[Report]      the same over many texts (nlp.pipe underneath)
    check(texts, date=None, ids=None, dates=None) -> CheckRun
        each Report with its checks, plus conflicts between the articles (run.inconsistent)
    load(model=None) -> spacy.Language                 the pipeline (spacy.blank("en") + claimgraph components)
    to_networkx(report) -> networkx.MultiDiGraph       the claim graph
    to_pandas(reports) -> pandas.DataFrame             one row per claim, typed columns (pandas extra)

    Report.get("q1"), Report.quantity_of(claim), Report.period_of(claim), Quantity.value

Example:

    import claimgraph
    report = claimgraph.extract("TikTok set a GMV target of USD 12–13 billion.", date="2024-06-10")
    q = report.quantities[0]
    q.text, q.low, q.high      # 'USD 12–13 billion', Decimal('12000000000'), Decimal('13000000000')
    report.model_dump_json()   # the JSON Report (schema: `claimgraph schema`)

The models are pydantic v2 (claimgraph.models); the command line is `claimgraph --help`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from claimgraph.api import check, extract, extract_many, load
from claimgraph.models import CheckRun, Claim, Document, Period, Quantity, Report

if TYPE_CHECKING:
    from claimgraph.render.dataframe import to_pandas
    from claimgraph.render.graph import to_networkx

__all__ = ["load", "extract", "extract_many", "check", "to_networkx", "to_pandas", "Report", "Quantity", "Period",
           "Claim", "Document", "CheckRun"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # networkx is imported only when the graph is asked for, so `import claimgraph` (and the CLI) stay quick
    if name == "to_networkx":
        from claimgraph.render.graph import to_networkx

        return to_networkx
    if name == "to_pandas":
        from claimgraph.render.dataframe import to_pandas

        return to_pandas
    raise AttributeError(f"module 'claimgraph' has no attribute {name!r}")
