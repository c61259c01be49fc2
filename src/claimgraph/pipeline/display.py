"""displaCy colours for the labels claimgraph puts on spans (figure kinds, PERIOD, claim roles); the HTML
report uses the kind colours too."""

from __future__ import annotations

KIND_COLOURS = {
    "MONEY": "#8bc34a", "PERCENT": "#ffb300", "FRACTION": "#ffcc80", "MULTIPLE": "#ce93d8", "COUNT": "#4fc3f7",
    "RANK": "#b0bec5", "DURATION": "#80cbc4", "NUMBER": "#e0e0e0", "PHYSICAL": "#a1887f", "PERIOD": "#90caf9",
}
# the labels of the claims span group (doc.spans["claimgraph"]): each claim's role
ROLE_COLOURS = {
    "TARGET": "#ffab91", "ACTUAL": "#a5d6a7", "FORECAST": "#b39ddb", "ESTIMATE": "#c5e1a5", "THRESHOLD": "#fff59d",
    "REQUIREMENT": "#ffe082", "CHANGE": "#81d4fa", "SHARE": "#f48fb1", "CONVERSION": "#cfd8dc", "OTHER": "#eeeeee",
}
COLORS = {**KIND_COLOURS, **ROLE_COLOURS}
"""displaCy colours for every label claimgraph puts on spans: figure kinds (doc.spans["claimgraph_quantities"]),
PERIOD (doc.spans["claimgraph_periods"]) and claim roles (doc.spans["claimgraph"]). Pass them as
`displacy.render(doc, style="span", options={"spans_key": "claimgraph", "colors": COLORS})`."""
