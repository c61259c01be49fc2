"""Claims: each figure with who, what metric, where, when, which role and according to whom, and the
links between figures (share_of, ratio_of, same_as, change_of, derived_from). Plain Python: the input is
the text plus the plain dicts the pipeline leaves on the Doc, the output plain dicts for the Report."""

from claimgraph.claims.build import build_claims

__all__ = ["build_claims"]
