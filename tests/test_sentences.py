"""Whole sentences with several figures: how one figure's context reaches the next."""

import pytest

import claimgraph

ELLIPTIC = [
    # a bare number in a parallel slot takes the unit of the figure it pairs with
    ("The index rose 41.2 points to 3,905.5.", [("41.2 points", "point"), ("3,905.5", "point")]),
    ("Shipments reached 4.1 million tablets, up from 3.2 million a year earlier.",
     [("4.1 million tablets", "tablet"), ("3.2 million", "tablet")]),
    ("The top estimate is 91.5 cents, while the lowest is 80.25.", [("91.5 cents", "USD"), ("80.25", "USD")]),
    ("Some 9,200 workers were laid off in March and 7,400 in April.",
     [("Some 9,200 workers", "worker"), ("7,400", "worker")]),
    # no pairing cue, a percentage, or a sentence in between: the number stays bare
    ("The index rose 41.2 points. 3,905.5 was the close.", [("41.2 points", "point"), ("3,905.5", None)]),
    ("Sales rose 4% to 1,200.", [("4%", "%"), ("1,200", None)]),
]


@pytest.mark.parametrize("text,want", ELLIPTIC, ids=[t for t, _ in ELLIPTIC])
def test_elliptic_unit(nlp, text, want):
    got = [(q.text, q.unit) for q in claimgraph.extract(text, nlp=nlp).quantities]
    assert got == want


CHANGES = [
    ("Revenue rose 12% to $3bn.", "12%", "up", "rose"),
    ("Exports fell by $2m.", "$2m", "down", "fell"),
    ("Analysts see a 19% drop in profit.", "19%", "down", "drop"),
    ("The CAC 40 was -1.7% at noon.", "-1.7%", "down", "-"),
    ("Revenue was flat at 12%.", "12%", None, None),
]


@pytest.mark.parametrize("text,span,change,cue", CHANGES, ids=[t for t, *_ in CHANGES])
def test_change_and_its_cue(nlp, text, span, change, cue):
    q = next(q for q in claimgraph.extract(text, nlp=nlp).quantities if q.text == span)
    assert (q.change, q.change_text) == (change, cue)


@pytest.mark.parametrize("text,per", [("The stars spin nearly 78,000 times a minute.", "minute"),
                                      ("Shares rose 3% a second time.", None)])
def test_rates_per_minute_and_not_a_second_time(nlp, text, per):
    (q,) = claimgraph.extract(text, nlp=nlp, claims=False).quantities
    assert q.per == per
