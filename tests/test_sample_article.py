"""The bundled sample article against ../shared/seed/EXPECTED.md (values written out here by hand)."""

from decimal import Decimal as D

import claimgraph
from conftest import CORPUS

ARTICLE = CORPUS / "articles" / "krasia-tiktok-us-ecommerce-2024.txt"

# (text, kind, unit, low, high, comparator, per) in order of appearance
EXPECTED = [
    ("USD 12–13 billion", "money", "USD", D(12_000_000_000), D(13_000_000_000), None, None),
    ("about one-fifth", "fraction", None, D("0.2"), D("0.2"), "approx", None),
    ("tenfold", "multiple", None, D(10), D(10), None, None),
    ("170 million monthly active users", "count", "user", D(170_000_000), D(170_000_000), None, None),
    ("USD 14 million", "money", "USD", D(14_000_000), D(14_000_000), None, "day"),
    ("less than USD 2 billion", "money", "USD", D(2_000_000_000), D(2_000_000_000), "lt", None),
    ("USD 17.5 billion", "money", "USD", D(17_500_000_000), D(17_500_000_000), None, None),
    ("11%", "percent", "%", D(11), D(11), None, None),
    ("five months", "duration", "month", D(5), D(5), None, None),
    ("six months", "duration", "month", D(6), D(6), None, None),
    ("over USD 2 million", "money", "USD", D(2_000_000), D(2_000_000), "gt", "year"),
    ("at least one product", "count", "product", D(1), D(1), "ge", None),
    ("top 100,000", "rank", None, D(100_000), D(100_000), "le", None),
    ("over USD 2 million", "money", "USD", D(2_000_000), D(2_000_000), "gt", None),
    ("over USD 2 million", "money", "USD", D(2_000_000), D(2_000_000), "gt", None),
    ("5,000 followers", "count", "follower", D(5000), D(5000), None, None),
    ("1,000 followers", "count", "follower", D(1000), D(1000), None, None),
    ("two votes", "count", "vote", D(2), D(2), None, None),
    ("170 million US users", "count", "user", D(170_000_000), D(170_000_000), None, None),
]


def test_sample_article_quantities(nlp):
    text = ARTICLE.read_text(encoding="utf-8")
    report = claimgraph.extract(text, date="2024-06-10", nlp=nlp)
    got = [(q.text, q.kind, q.unit, q.low, q.high, q.comparator, q.per) for q in report.quantities]
    assert got == EXPECTED
    for q in report.quantities:
        assert text[q.start:q.end] == q.text


def test_nothing_from_page_furniture_or_dates(nlp):
    text = ARTICLE.read_text(encoding="utf-8")
    report = claimgraph.extract(text, nlp=nlp)
    ignored = report.document.ignored
    assert any(text[a:b].startswith("Written by") for a, b in ignored)
    assert any(text[a:b] == "Auto loading next article..." for a, b in ignored)
    for q in report.quantities:
        assert not any(a <= q.start < b for a, b in ignored)
        assert q.text not in ("2024", "2023", "15", "7", "2 mins")
