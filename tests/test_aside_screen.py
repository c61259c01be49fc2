"""A name in a bracketed aside before the figure is not its subject; without the brackets it may be."""

from __future__ import annotations

import claimgraph
from conftest import claims_by_figure


def test_a_bracketed_aside_is_passed_over(nlp):
    text = ("Quarrel Bay Mining Co. (a unit of Ostrander Holdings) posted net income of $41 million. "
            "Ostrander Holdings posted net income of $88 million.")
    subject = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "subject")
    assert subject["$41 million"] == "Quarrel Bay Mining Co."
    assert subject["$88 million"] == "Ostrander Holdings"
