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


# EXPECTED.md's periods under --date 2024-06-10: (text, from_date, to_date), written out by hand
EXPECTED_PERIODS = [
    ("the second half of 2024", "2024-07-01", "2024-12-31"),
    ("the beginning of 2024", "2024-01-01", "2024-03-31"),
    ("September 2023", "2023-09-01", "2023-09-30"),
    ("the end of last year", "2023-10-01", "2023-12-31"),
    ("the first half of this year", "2024-01-01", "2024-06-30"),
    ("from January to May 2024", "2024-01-01", "2024-05-31"),
    ("last year", "2023-01-01", "2023-12-31"),
    ("May 15", "2024-05-15", "2024-05-15"),
    ("earlier this year", "2024-01-01", "2024-06-10"),
    ("May 7", "2024-05-07", "2024-05-07"),
    ("mid-May", "2024-05-08", "2024-05-22"),
]


def test_sample_article_periods(nlp):
    text = ARTICLE.read_text(encoding="utf-8")
    report = claimgraph.extract(text, date="2024-06-10", nlp=nlp)
    got = [(p.text.lower(), p.from_date, p.to_date) for p in report.periods]
    for want in EXPECTED_PERIODS:
        assert (want[0].lower(), *want[1:]) in got, want
    for p in report.periods:
        assert text[p.start:p.end] == p.text
        assert not any(a <= p.start < b for a, b in report.document.ignored)
    vague = {p.text: p.approximate for p in report.periods}
    assert vague["mid-May"] and vague["the end of last year"] and not vague["September 2023"]
    five = next(p for p in report.periods if p.text == "from January to May 2024")
    assert five.months == 5


def test_sample_article_reference_year_is_inferred(nlp):
    text = ARTICLE.read_text(encoding="utf-8")
    report = claimgraph.extract(text, nlp=nlp)
    assert report.document.reference_date_source == "inferred"
    assert report.document.reference_date.startswith("2024-")
    last = [p for p in report.periods if p.text == "last year"]
    assert last and all((p.from_date, p.to_date) == ("2023-01-01", "2023-12-31") for p in last)


def test_no_year_among_the_sample_quantities(nlp):
    text = ARTICLE.read_text(encoding="utf-8")
    for q in claimgraph.extract(text, nlp=nlp).quantities:
        assert not (q.kind == "number" and q.low is not None and 1900 <= q.low <= 2100), q


def test_a_list_of_related_headlines_is_page_furniture(nlp):
    """The headlines listed under 'Related articles' (or 'Most read', 'You may also like') are links, not the
    story: their figures are left out, up to the next line of prose; the story's own figures stay."""
    text = ("Brenmoor Dairy said net profit rose 18% to $42 million.\n\n"
            "Related articles\n"
            "Top 10 dairy stocks to buy in 2024\n\n"
            "5 ways to save on groceries\n"
            "Most read\n"
            "Milk prices jump 12% as feed costs soar\n\n"
            "The company also raised its dividend to 30 cents a share from 25 cents.\n")
    report = claimgraph.extract(text, date="2024-06-10", nlp=nlp)
    assert [q.text for q in report.quantities] == ["18%", "$42 million", "30 cents", "25 cents"]
    ignored = [text[a:b] for a, b in report.document.ignored]
    assert ignored == ["Related articles", "Top 10 dairy stocks to buy in 2024", "5 ways to save on groceries",
                       "Most read", "Milk prices jump 12% as feed costs soar"]
