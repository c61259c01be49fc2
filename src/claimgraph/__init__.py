"""claimgraph: every figure in a news article as a structured, checkable claim.

    import claimgraph
    report = claimgraph.extract("TikTok set a GMV target of USD 12–13 billion.")
    report.quantities[0].low   # Decimal('12000000000')
"""

from __future__ import annotations

from claimgraph.api import check, extract, extract_many, load
from claimgraph.models import CheckRun, Claim, Document, Period, Quantity, Report

__all__ = ["load", "extract", "extract_many", "check", "Report", "Quantity", "Period", "Claim", "Document", "CheckRun"]
__version__ = "0.1.0"
