"""Claims and the claim graph: the sample article against its hand-written expectations, the article
corpus floors, the graph exports, and claims for spaCy users."""

import json
from pathlib import Path

import pytest

import claimgraph
from claimgraph.claims.evaluate import FIELDS, load_expected, score
from conftest import CORPUS, ROOT, claim_of, claims_by_figure

ARTICLES = CORPUS / "articles"
SAMPLE = ARTICLES / "krasia-tiktok-us-ecommerce-2024.txt"


def _report(path: Path, nlp):
    expected = load_expected(path.with_name(path.stem + ".expected.json"))
    return claimgraph.extract(path.read_text(encoding="utf-8"), date=expected["date"], nlp=nlp), expected


def test_sample_article_claims_match_expected_md(nlp):
    report, expected = _report(SAMPLE, nlp)
    s = score(report, expected, SAMPLE.stem)
    assert not s.missing
    assert not s.wrong, s.wrong
    assert (s.links_found, s.derived_found) == (s.links, s.derived) == (5, 1), s.missed_links


def test_sample_one_fifth_derives_usd_2_4_to_2_6_billion_from_the_target(nlp):
    report, _ = _report(SAMPLE, nlp)
    q = {x.id: x for x in report.quantities}
    claims = {c.id: c for c in report.claims}
    fifth = next(c for c in report.claims if c.quantity and "one-fifth" in q[c.quantity].text)
    target = next(claims[r.tail] for r in report.relations if r.type == "share_of" and r.head == fifth.id)
    assert q[target.quantity].text == "USD 12–13 billion" and target.role == "target"
    derived = next(c for c in report.claims if c.derived and fifth.id in c.derived.inputs)
    assert (derived.derived.unit, derived.derived.low, derived.derived.high) == ("USD", 2_400_000_000, 2_600_000_000)
    assert derived.derived.comparator == "approx"
    inputs = {r.tail for r in report.relations if r.type == "derived_from" and r.head == derived.id}
    assert inputs == {fifth.id, target.id}


def test_sample_eleven_percent_links_to_the_target_and_to_the_january_to_may_figure(nlp):
    report, _ = _report(SAMPLE, nlp)
    q = {x.id: x for x in report.quantities}
    claims = {c.id: c for c in report.claims}
    eleven = next(c for c in report.claims if c.quantity and q[c.quantity].text == "11%")
    linked = {r.type: q[claims[r.tail].quantity].text
              for r in report.relations if r.head == eleven.id and r.tail in claims}
    assert linked["share_of"] == "USD 17.5 billion"
    assert linked["ratio_of"] == "less than USD 2 billion"


def test_article_corpus_floors(nlp):
    """Subject, metric, period and role right for at least 90% of the expected claims (bench/claims.py)."""
    totals = {f: [0, 0] for f in FIELDS}
    for path in sorted(ARTICLES.glob("*.expected.json")):
        text_path = path.with_name(path.name.replace(".expected.json", ".txt"))
        report, expected = _report(text_path, nlp)
        s = score(report, expected, text_path.stem)
        for f in FIELDS:
            totals[f][0] += s.correct[f]
            totals[f][1] += s.scored[f]
    assert sum(n for _, n in totals.values()) >= 400
    for f in ("subject", "metric", "period", "role"):
        right, n = totals[f]
        assert right / n >= 0.9, f"{f}: {right}/{n}"


def test_at_least_six_articles_with_expected_claims():
    assert len(list(ARTICLES.glob("*.expected.json"))) >= 6


def test_cli_json_validates_against_the_committed_schema(cli):
    jsonschema = pytest.importorskip("jsonschema")
    out = cli("extract", SAMPLE, "--date", "2024-06-10", "--format", "json")
    assert out.returncode == 0, out.stderr
    schema = json.loads((ROOT / "schema" / "report.schema.json").read_text(encoding="utf-8"))
    data = json.loads(out.stdout)
    jsonschema.validate(data, schema)
    assert data["claims"] and data["relations"] and data["entities"]


def test_cli_graphml_loads_in_networkx(tmp_path, cli):
    import networkx as nx

    path = tmp_path / "g.graphml"
    out = cli("extract", SAMPLE, "--date", "2024-06-10", "--format", "graphml")
    assert out.returncode == 0, out.stderr
    path.write_text(out.stdout, encoding="utf-8")
    g = nx.read_graphml(path)
    types = {d["type"] for _, _, d in g.edges(data=True)}
    assert {"about", "measures", "during", "reported_by", "share_of", "ratio_of", "same_as", "change_of",
            "derived_from"} <= types
    kinds = {d["type"] for _, d in g.nodes(data=True)}
    assert {"document", "claim", "quantity", "period", "entity", "metric"} <= kinds


def test_to_networkx_node_per_claim_and_edge_per_relation(nlp):
    from claimgraph.render.graph import to_networkx

    report, _ = _report(SAMPLE, nlp)
    g = to_networkx(report)
    assert all(g.nodes[c.id]["type"] == "claim" for c in report.claims)
    typed = sum(1 for _, _, d in g.edges(data=True) if d["type"] not in ("in", "states"))
    assert typed == len(report.relations)


def test_claims_for_spacy_users_on_demand():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("claimgraph_periods")
    nlp.add_pipe("claimgraph_quantities")
    doc = nlp("Acme Corp said its revenue rose 12% to $4.5 billion in the second quarter of 2025.")
    claims = doc._.claims["claims"]
    by_text = {doc._.quantities[int(c["quantity"][1:]) - 1]["text"]: c for c in claims}
    assert by_text["12%"]["role"] == "change" and by_text["$4.5 billion"]["metric"] == "revenue"
    assert by_text["$4.5 billion"]["subject"] == "Acme Corp"
    assert [s.label_ for s in doc.spans["claimgraph"]] == [c["role"] for c in claims]


def test_figures_only_report_has_no_claims(nlp):
    report = claimgraph.extract("Revenue rose 12% to $4.5 billion.", nlp=nlp, claims=False)
    assert report.quantities and not report.claims and not report.relations


# Issue #13: the classes of phrasing real news states its figures in (CONVENTIONS.md), in texts of our own.
REAL_NEWS_CLASSES = [
    # metric vocabulary: net, earned -> net_income; the per-share cue belongs to the cents only
    ("Brixton Mills Inc. said net rose to $12.4 million, or 31 cents a share, from $10.7 million.",
     "$12.4 million", {"metric": "net_income", "role": "actual"}),
    ("Brixton Mills Inc. said net rose to $12.4 million, or 31 cents a share, from $10.7 million.",
     "31 cents", {"metric": "earnings_per_share"}),
    ("Corvale Foods Co. earned $8.2 million in the third quarter.", "$8.2 million", {"metric": "net_income"}),
    ("Corvale Foods Co. said profit climbed 9% to $8.2 million, or 40 cents a share.", "9%",
     {"metric": "net_income", "role": "change"}),
    ("Corvale Foods Co. took a $3 million write-down on its bakery plants.", "$3 million", {"metric": "charge"}),
    # a market report's bare quotes: the move is a stock move, the level a price, whatever the next
    # sentence says about earnings
    ("Orrin eased 3/8 to 27 5/8. The chip maker said a delay would have little effect on its earnings.", "3/8",
     {"metric": "stock_move", "role": "change"}),
    ("Orrin eased 3/8 to 27 5/8. The chip maker said a delay would have little effect on its earnings.",
     "27 5/8", {"metric": "price", "role": "actual"}),
    ("Orrin eased 3/8 to 27 5/8. Harwick Savings rose 3 to 20 after its buyer won approval.", "3",
     {"metric": "stock_move", "subject": "Harwick Savings"}),
    ("Orrin eased 3/8 to 27 5/8. Harwick Savings rose 3 to 20 after its buyer won approval.", "20",
     {"metric": "price", "subject": "Harwick Savings"}),
    # an amount the company owns exists, whatever it plans to do with it
    ("Orrin Data Inc. plans to redeem on Dec. 3 its $90 million of 7.25% convertible debentures.", "$90 million",
     {"role": "actual", "metric": "debt"}),
    ("Calloway Mills expects to cut 400 of its 9,000 jobs next year.", "9,000 jobs", {"role": "actual"}),
    # net worth is no net income; a period after a semicolon dates the next clause's figures only
    ("The offering has increased Orrin Data Corp.'s net worth to $8.5 million.", "$8.5 million", {"metric": "other"}),
    ("Orrin Data will issue about 2.4 million shares; last Tuesday, the company had nearly 51 million shares "
     "outstanding.", "about 2.4 million shares", {"when": None}),
    # a period inside an apposition's relative clause dates that clause, not the figures after it; money owed
    # is debt
    ("Harwick Toys Inc., a doll maker whose shares topped $40 in the late 1970s, proposed paying holders 2 cents "
     "a share.", "2 cents", {"when": None}),
    ("Its suppliers, who are owed some $75 million, will be paid in stock.", "some $75 million", {"metric": "debt"}),
    # who tells analysts reports the figure; the analysts only hear it
    ("Harwick Capital told analysts that sales rose 5% in the quarter.", "5%", {"source": "Harwick Capital"}),
    # a price a share paid, whatever the next figure's words; what an amount a share is paid in names it
    ("Orrin Corp. is paying $31 a share, or $2.2 billion, in cash and is taking on $0.9 billion of debt.", "$31",
     {"metric": "price"}),
    ("Orrin Corp. pays $1.20 a share in dividends.", "$1.20", {"metric": "dividend"}),
    ("Orrin Corp. reported $1.20 a share in earnings.", "$1.20", {"metric": "earnings_per_share"}),
    # a period after a saying verb dates what was said, not a figure before the verb
    ("Utah-based Orrin Bancorp, with $5.4 billion in assets, said it hopes to complete the deal early next year.",
     "$5.4 billion", {"when": None}),
    # a credit facility is borrowing, not a plant
    ("Harwick Energy Inc. has set up a $35 million credit facility with a Texas bank.", "$35 million",
     {"metric": "debt"}),
    ("Harwick Energy Inc. will build a $50 million facility in Ohio.", "$50 million", {"metric": "investment"}),
    # growth: the metric of what grew, role change
    ("Corvale Foods Co. said revenue rose 14% in the third quarter.", "14%", {"metric": "revenue", "role": "change"}),
    ("Corvale Foods Co. posted a 22% profit gain in the quarter.", "22%", {"role": "change"}),
    ("Sales at Corvale Foods Co. nearly doubled last year.", "doubled", {"role": "change"}),
    # conversions take the figure they convert
    ("Tarrow Group PLC said pretax profit was £45 million ($57 million) in the half.", "$57 million",
     {"role": "conversion", "metric": "profit", "subject": "Tarrow Group PLC"}),
    # stakes and shares: structure first
    ("Pellman Holdings owns 23% of Orrin Chemical Co.", "23%", {"metric": "share_of_total", "role": "share"}),
    ("Orrin Chemical Co. expects exports to reach 30% of total sales by 2027.", "30%", {"role": "share"}),
    ("The fiscal deficit is projected at 4.1% of GDP next year.", "4.1%", {"role": "forecast"}),
    # share prices and their moves
    ("In composite trading, Orrin Chemical shares closed at $41.50, down 25 cents.", "$41.50", {"metric": "price"}),
    ("In composite trading, Orrin Chemical shares closed at $41.50, down 25 cents.", "25 cents",
     {"metric": "stock_move", "role": "change"}),
    # 'than expected', 'good will' are no forecasts; a forecast cue in another clause is not this figure's
    ("Kessling Corp. posted a $12 million loss, wider than expected.", "$12 million", {"role": "actual"}),
    ("Kessling Corp. wrote off $30 million of good will carried on its books.", "$30 million", {"role": "actual"}),
    ("Kessling Corp. said profit fell to $8 million, and it plans to cut 200 jobs.", "$8 million", {"role": "actual"}),
    # a name that holds a role word is no role cue
    ("Hartwell Projects Inc. said net income rose to $6 million.", "$6 million", {"role": "actual"}),
    # sentence-initial words, honorifics and descriptors are nobody
    ("Kessling Corp. reported results on Monday. However, sales fell to $90 million, Kessling Corp. said.",
     "$90 million", {"subject": "Kessling Corp."}),
    ("Kessling Corp. said profit rose. Mr. Hadley said the unit earned $4 million. Kessling Corp. is based "
     "in Ohio.", "$4 million", {"subject": "Kessling Corp."}),
    ("Kessling Corp. said profit rose. The Dayton maker of valves earned $4 million. Kessling Corp. is based "
     "in Ohio.", "$4 million", {"subject": "Kessling Corp.", "scope": None}),
    ("Kessling Corp. said profit rose. Noting the weak dollar, the company said sales fell to $80 million. "
     "Kessling Corp. is based in Ohio.", "$80 million", {"subject": "Kessling Corp."}),
    # a change verb a few words before the figure; a gain or a loss is a level
    ("Kessling Corp. said third-quarter profit grew a solid 23%.", "23%", {"role": "change"}),
    ("Kessling Corp. said results included a $5 million gain on the sale of a plant.", "$5 million",
     {"role": "actual"}),
    # a name with a title in apposition is a person, with a company's possessive too: a source, never the subject
    ("Dana Whitfield, Norvik's chief executive, said Norvik would pay $80 million for the mill.", "$80 million",
     {"subject": "Norvik", "source": "Dana Whitfield"}),
    ("Tobin Marsh, Quarrel Group's finance director, said the mill's cost would stay under $80 million.",
     "$80 million", {"subject": None, "source": "Tobin Marsh"}),
    # no names: a label with its number or letter, a company's seat, a section header, an opening adverb
    ("Pelton Toys Inc. proposed a Chapter 11 plan paying common holders 2.5 cents a share.",
     "2.5 cents", {"subject": "Pelton Toys Inc."}),
    ("Marbury Corp. said each of its Class C warrants lets the holder buy one share at $5.50.", "$5.50",
     {"subject": "Marbury Corp."}),
    ("Quillon Products Inc. lowered its payout to four cents. The Ridgefield, N.J.-based maker of garden tools "
     "said its third-quarter loss came to $992,000.", "$992,000", {"subject": "Quillon Products Inc."}),
    ("Quillon Products Inc. cut its dividend to four cents. An official at the Darien, Conn.based toolmaker put "
     "the loss at $5.5 million.", "$5.5 million", {"subject": "Quillon Products Inc."}),
    ("New issues: @ CORPORATES Varden Optics Inc. -- $90 million of 7 1/4% notes due 2004.", "$90 million",
     {"subject": "Varden Optics Inc."}),
    ("Obviously, the mill earned $4 million.", "$4 million", {"subject": None}),
    # a lead that writes the company in capitals, then the story in ordinary case: one company
    ("MARLOWE Corp. announced a three-for-two split of its shares. The Salem, Mass., linen supplier also lifted "
     "its semiannual dividend 15% to 23 cents. Separately, Marlowe posted net income of $3 million.", "23 cents",
     {"subject": "MARLOWE Corp."}),
    # 'raised' with its object between is a change ('raised $50 million' is funding)
    ("Dunmore Mills Inc. raised its semiannual dividend 15% to 23 cents.", "15%", {"role": "change",
                                                                                    "metric": "dividend"}),
    ("Dunmore Mills Inc. raised $50 million from a share sale.", "$50 million", {"role": "actual"}),
    # an amount a share paid or offered for a company is its share price, the company's (not the buyer's EPS)
    ("Holdt Corp. agreed to pay $14 a share for Dunmore Inc.", "$14", {"metric": "price",
                                                                        "subject": "Dunmore Inc."}),
    ("Holdt Corp. offered $31 a share in cash for Dunmore Inc.", "$31", {"metric": "price"}),
    ("Analysts value the bid at $112 a share.", "$112", {"metric": "valuation"}),
    # a brief that names its company once: 'the company' is the one it opens with
    ("Quillon Products Inc. lowered its payout. The Ridgefield, N.J.-based maker said its loss was $992,000. A "
     "year earlier, the company earned $1.2 million.", "$1.2 million", {"subject": "Quillon Products Inc."}),
    # economic growth is the growth of GDP (CONVENTIONS: never a metric called growth)
    ("Norland's economic growth slowed to 1.9% last year.", "1.9%", {"metric": "gdp", "role": "change"}),
    # 'X and Y Commission' is one body, not two names
    ("Healthline Inc. told the Securities and Exchange Commission it plans to sell four million shares.",
     "four million shares", {"subject": "Healthline Inc."}),
    # 'the company said' with no dominant company: the company the story opens with
    ("Quillon Products Inc. lowered its payout. The Ridgefield, N.J.-based maker said its loss was $992,000. A year "
     "earlier, the company said, it earned $1.2 million.", "$1.2 million", {"source": "Quillon Products Inc."}),
    # share trading: a money figure no metric word claims is a share price; the exchange is no scope
    ("Kessling Corp. shares fell $1.25 to $30.50 in New York Stock Exchange trading on Tuesday.", "$30.50",
     {"metric": "price", "scope": None}),
    # people are staff only where the words say they work there: killed, rescued or rallying people are counted
    ("The flood near Varnholt killed at least 40 people on Sunday.", "at least 40 people", {"metric": "other"}),
    ("About 2,000 people marched past the Quillon plant gates.", "About 2,000 people", {"metric": "other"}),
    ("Quillon Products Inc. employs 2,300 people at four plants.", "2,300 people", {"metric": "employees"}),
    ("Quillon Products Inc. plans to hire about 150 people next year.", "about 150 people", {"metric": "employees"}),
    ("Quillon Products Inc. laid off 85 people at its Dayton mill.", "85 people", {"metric": "employees"}),
    # a town between commas with its state after a company is the company's seat, never the subject
    ("Halvern Tool Inc., Edison, N.J., said its sales rose 5% to $40 million.", "$40 million",
     {"subject": "Halvern Tool Inc."}),
    ("Crazy Dorrit, Bayonne, N.J., said its sales rose 5% to $40 million.", "$40 million",
     {"subject": "Crazy Dorrit"}),
    ("Separately, Marlow West Airlines, Phoenix, Ariz., said its sales rose 5% to $40 million.", "$40 million",
     {"subject": "Marlow West Airlines"}),
    # 'a regular quarterly', 'its initial quarterly': the dividend; paid and record days date no figure
    ("Halvern Tool Inc. voted an initial quarterly of seven cents, payable Feb. 3 to holders of record "
     "Jan. 12.", "seven cents", {"metric": "dividend", "when": None}),
    ("Halvern Tool Inc. voted a regular quarterly of 12 cents, payable Jan. 15 to shareholders of record Dec. "
     "20. Halvern counts roughly 3.4 million common shares.", "roughly 3.4 million common shares", {"when": None}),
    # 'of all' a market is a market share, 'of all' a company's shares a part of its stock
    ("Lorvik Freight controls 38% of all regional freight traffic.", "38%", {"metric": "market_share"}),
    ("Holders of Lorvik Freight tendered 61% of all outstanding common shares.", "61%",
     {"metric": "share_of_total"}),
    # a seat before a name is no part of it; a name given to a thing ('called Lumastation 2') and a number
    # word opening the sentence are nobody
    ("Kalamazoo, Mich.-based Second of Norland said profit rose 5% to $40 million.", "$40 million",
     {"subject": "Second of Norland", "source": "Second of Norland"}),
    ("Orvane Systems Inc. said its profit rose 12% to $20 million. One of its new machines, called Lumastation 2, "
     "made up nearly half of the 14,000 systems Orvane shipped, he said.", "nearly half",
     {"subject": "Orvane Systems Inc.", "source": "Orvane Systems Inc."}),
    # a descriptor in lower case names the story's company ('the automobile and trucking insurer')
    ("Varden Casualty Co. said net income rose 9% to $2.1 million.\n\nA year earlier, the marine and aviation "
     "insurer had earnings of $1.9 million.", "$1.9 million", {"subject": "Varden Casualty Co."}),
    # a sentence that names nobody in a brief that names its company once: the company the brief opens with
    # (whole, though its first word is one listed as never a subject: 'Price Harlow Gant Inc.')
    ("Price Harlow Gant Inc. posted a net loss of $6.2 million.\n\nThe loss includes charges of $3.1 million on "
     "closing a plant.", "$3.1 million", {"subject": "Price Harlow Gant Inc.", "source": "Price Harlow Gant Inc."}),
    ("Dorrance Industries Ltd. said it will sell its paper mill.\n\nThe mill had sales of $40 million.",
     "$40 million", {"subject": "Dorrance Industries Ltd."}),
    ("The Harbor Authority said it will sell a pier.\n\nThe pier had revenue of $4 million.", "$4 million",
     {"subject": None}),
    # a wire dateline's city reports nothing: with nobody named, no source
    ("VARNHOLT, Norland (AP) _ The dam had been built for $300 million in 1975.", "$300 million",
     {"source": None}),
    ("VARNHOLT, June 3 (Xinhua) -- The dam had been built for $300 million in 1975.", "$300 million",
     {"source": None}),
    # an amount a share that is paid or received is a price, not earnings per share; a valuation stays one
    ("Tarvel is paying $27 a share, or $3.5 billion, in cash.", "$27", {"metric": "price"}),
    ("Under the terms, holders will receive $900 a share at closing.", "$900", {"metric": "price"}),
    ("Two analysts value the Corlan bid at $64 to $69 a share.", "$64 to $69", {"metric": "valuation"}),
    # a name inside an apposition that says who owns the subject ('a partnership of ...') is no subject
    ("Brenn Holdings Corp., a partnership of Tallis Group and Cord Ltd., extended its $45-a-share offer.", "$45",
     {"subject": "Brenn Holdings Corp."}),
    # a metric word inside an idiom ('by all accounts') names no metric; the word alone still does
    ("By all accounts, Norland firms have bought 40 foreign companies this year.", "40 foreign companies",
     {"metric": "other"}),
    ("Kettle Bank has 3 million accounts.", "3 million accounts", {"metric": "users"}),
    # a debt's maturity told in a relative clause ('the debentures, which are due on ...') dates no figure
    ("Kettle Corp. sold debentures, which will be due on March 15, 2031, to cut debt. The move is expected to save the "
     "company about $2 million a year in interest.", "about $2 million", {"period": None}),
    # the percentage a preferred share pays is its dividend rate, a level; a stake in preferred stock is a share
    ("Tarvel offered $9 in cash plus one share of its 6% convertible preferred stock.", "6%",
     {"metric": "dividend", "role": "actual"}),
    ("Tarvel owns 6% of the preferred stock.", "6%", {"role": "share"}),
    # a period in a relative clause set off by commas dates that clause's verb, not the figure after it; a
    # figure inside the clause keeps it, and so does one after a clause dated by the news's day
    ("Tamsin shareholders, who backed the merger last March, will get $18 a share in cash.", "$18",
     {"period": None}),
    ("Orlen Co., which currently owns roughly 64% of the stock, will buy more.", "roughly 64%", {"period": "p1"}),
    ("Orlen shares, which were delisted yesterday, closed at $23.", "$23", {"period": "p1"}),
    # a company's short name that opens with a place ('U.S. Norbeck' after 'U.S. Norbeck Corp.') names it
    ("Carl Orr was named chairman of U.S. Norbeck Corp., a private bank.\n\nU.S. Norbeck also said assets fell "
     "to $2 billion.", "$2 billion", {"subject": "U.S. Norbeck Corp.", "source": "U.S. Norbeck Corp."}),
    # a change verb opening a name ('Advanced Optics') states no change
    ("Advanced Optics paid $90 million in cash for the plant.", "$90 million", {"role": "actual"}),
    ("Optics shares advanced 5% on the news.", "5%", {"role": "change"}),
    # a month in the lead dates an event ('agreed in June to buy'), not a report: no period for later figures;
    # a lead's quarter still governs them
    ("Tamsin Holdings Corp. said it closed its purchase of Oberlin Savings Bank. Tamsin agreed in March to buy "
     "the bank.\n\nOberlin has $1.4 billion in deposits.", "$1.4 billion", {"period": None}),
    ("Tamsin Holdings Corp. said its net income rose in the third quarter.\n\nOberlin has $1.4 billion in "
     "deposits.", "$1.4 billion", {"period": "p1"}),
    # 'net of' a deduction is after taking it off, no net income; 'net of' a figure still is
    ("Calloway Group said the settlement will bring it $60 million net of legal costs.", "$60 million",
     {"metric": "other"}),
    ("Calloway Group reported quarterly net of $4.2 million, or 11 cents a share.", "$4.2 million",
     {"metric": "net_income"}),
    # a count's own noun says what it counts; only a generic one ('people', 'members') takes another word's metric
    ("A Norvale customer found three defects in the router.", "three defects", {"metric": "other"}),
    ("Norvale said two suppliers delayed 40 shipments to customers.", "two suppliers", {"metric": "other"}),
    ("Norvale employs about 2,300 people at its plants.", "2,300 people", {"metric": "employees"}),
    ("Norvale hired 120 workers last month.", "120 workers", {"metric": "employees"}),
    # a short bracketed conversion is no clause break: the day at the clause's end dates the figure before it
    ("The move follows Tuesday's offer by Harbor Freight for the unit. Traders pushed its shares up 12 pence (19 U.S. "
     "cents) to a record 410 pence ($6.50) in late trading in London yesterday.", "12 pence", {"period": "p2"}),
    # an adjective opening the sentence before a plural noun of market actors names nobody
    ("Speculative investors pushed up Orrin's share price 25 cents (19 pence) to $41.50 (31 pence) in late trading "
     "yesterday.", "$41.50", {"source": None}),
    ("Institutional holders sold 2 million Orrin shares last week.", "2 million", {"subject": None, "source": None}),
    # a plan cue does not reach across a causal phrase: the loss it follows happened
    ("Harbor Savings said it plans to cut 90 jobs in the wake of a quarterly loss of $4.1 million.", "$4.1 million",
     {"role": "actual"}),
    ("Harbor Savings plans to sell branches because of a loss of $4.1 million in the quarter.", "$4.1 million",
     {"role": "actual"}),
    ("Harbor Savings plans to raise $40 million through a share sale.", "$40 million", {"role": "target"}),
    # an amount a share that holders get is the deal's price, not earnings per share
    ("Under the merger terms, Orrin holders would get $18 a share in cash.", "$18", {"metric": "price"}),
    ("Orrin got 40 cents a share in earnings from the unit.", "40 cents", {"metric": "earnings_per_share"}),
    # money lent is a loan: debt
    ("The Calloway family also lent Orrin Chemical $500,000 last month.", "$500,000", {"metric": "debt"}),
    # the company between 'its' and a stake's noun is the one held; the stake's subject is its holder
    ("Harwick Partners raised its Orrin Chemical stake to 14.6%.", "14.6%", {"subject": "Harwick Partners"}),
    ("Harwick Partners said its Orrin Chemical unit posted sales of $40 million.", "$40 million",
     {"subject": "Orrin Chemical"}),
    # a role cue inside a relative clause set off by commas is the clause's own verb's, not the figure's after it
    ("Harlan Mills shares, which are expected to be dropped from the index next week, closed at $23.25.", "$23.25",
     {"role": "actual"}),
    ("Brandt Corp., which will be acquired by Osgood Inc., posted sales of $120 million last year.",
     "$120 million", {"role": "actual"}),
    ("Brandt Corp., which sold its Ridge Co. unit, said it will post sales of $120 million next year.",
     "$120 million", {"role": "forecast"}),
    # a first sentence that states no figure but says who tells it opens the story's frame: that source's
    # report covers later figures naming nobody; a company telling its own news keeps the topic's frame
    ("Trade regulators have approved Tessaly Bank's bid for Orbis Trust, Tessaly Bank said.\n\n"
     "Under the accord, the bank will pay 880 francs a share for 40% of Orbis.", "880 francs",
     {"source": "Tessaly Bank"}),
    ("Trade regulators have approved the sale of Orbis Trust to Tessaly Bank, Harwick Group said.\n\n"
     "Tessaly will pay 880 francs a share for the stake.", "880 francs", {"source": "Harwick Group"}),
    # a year 'ending' on a day other than Dec. 31 sets the company's fiscal year, as one 'ended' does
    ("Orbis Tools Inc. forecast higher profit for its year ending Sept. 30, 2026. In fiscal 2025, Orbis had "
     "sales of $88 million.", "$88 million", {"when": ("2024-10-01", "2025-09-30")}),
    # metric words: a coupon rate and a yield to maturity are interest rates, earnings from operations operating
    # income, money injected an investment, a private placement funding; a bare number is never funding
    ("Harwick's new notes carry a coupon rate of 9.375%.", "9.375%", {"metric": "interest_rate"}),
    ("Orbis said earnings from operations climbed to $6.1 million.", "$6.1 million", {"metric": "operating_income"}),
    ("The state will inject 80 million markkaa into the Tessaly yard.", "80 million markkaa",
     {"metric": "investment"}),
    ("Calloway plans to raise 60 million Canadian dollars through a private placement of common shares.",
     "60 million Canadian dollars", {"metric": "funding"}),
    ("The stock split is to raise Calloway's share count to about 8.4 million.", "about 8.4 million",
     {"metric": "other"}),
    # a proportion of a price, its price word right after it, is a price; other proportions stay shares
    ("The rights would let Tessaly holders buy more common stock at half price.", "half",
     {"metric": "price", "role": "share"}),
    ("Each right lets its holder buy Orbis stock at 40% of the current market price.", "40%",
     {"metric": "price"}),
    ("Orbis sold half of the shares to Harwick Partners.", "half", {"metric": "share_of_total"}),
    # a head count cut is a change: after a verb of cutting ('laying off', 'eliminate', 'dismissed') or with a
    # relative clause after it that says it will be or was cut
    ("Calloway Mills said it is laying off about 250 people at its Dayton plant.", "about 250 people",
     {"role": "change", "metric": "employees"}),
    ("Calloway Mills dismissed 35 workers in August.", "35 workers", {"role": "change"}),
    ("That is near the top of the range of 900 to 1,100 employees that Calloway said in June would be laid off.",
     "900 to 1,100 employees", {"role": "change", "metric": "employees"}),
    ("Calloway Mills employs about 2,400 people at the plant.", "about 2,400 people", {"role": "actual"}),
    # a market session's quotes are market data: no company's release covers them, unless their own sentence
    # names who gives them
    ("Harwick Corp. said third-quarter profit rose 8% to $3.3 million.\n\nIn composite trading yesterday on the "
     "Big Board, Harwick shares closed at $41.50, up 75 cents.", "$41.50", {"source": None, "metric": "price"}),
    ("Harwick Corp. said third-quarter profit rose 8% to $3.3 million. Harwick shares rose 75 cents to $41.50 in "
     "composite trading.", "75 cents", {"source": None, "metric": "stock_move"}),
    ("Harwick Corp. said its shares rose 75 cents to $41.50 in composite trading after the report.", "75 cents",
     {"source": "Harwick Corp."}),
    # a word listed as never a subject ('Price', 'Total') still opens a company's name of three words or more
    # that ends with its legal form; a function word, a month or a weekday never does
    ("Price Harwick Tessaly Inc. said net income rose to $2.1 million.", "$2.1 million",
     {"subject": "Price Harwick Tessaly Inc.", "source": "Price Harwick Tessaly Inc."}),
    ("Total Orbis Systems Inc. said sales fell 4% in the quarter.", "4%", {"subject": "Total Orbis Systems Inc."}),
    ("The Harwick Tessaly Co. said sales rose 4% in the quarter.", "4%", {"subject": "Harwick Tessaly Co."}),
    # 'compare(s) with' opens a comparison's base as 'compared with' does; 'the corresponding period last year'
    # is the reported period a year back
    ("Harwick Co. posted a third-quarter loss of $6.3 million, or 92 cents a share. Those results compare "
     "with profit of $2.4 million, or 35 cents a share, reported for the corresponding period a year ago.",
     "$2.4 million", {"when": ("2024-07-01", "2024-09-30")}),
    ("Harwick Co. posted a third-quarter loss of $6.3 million, or 92 cents a share. That "
     "compares with profit of $2.4 million, or 35 cents a share, a year earlier.", "35 cents",
     {"when": ("2024-07-01", "2024-09-30"), "role": "actual"}),
    # a plan or modal cue does not reach past a verb that states what was or is
    ("Imports of the parts that will be exempt from the duty totaled about $41.6 million in 1988.",
     "$41.6 million", {"role": "actual"}),
    ("Tessaly will issue about 9.2 million shares, currently valued at about $310 million, to Harwick holders.",
     "$310 million", {"role": "actual"}),
    ("Tessaly will issue about 9.2 million new shares to raise about $310 million.", "$310 million",
     {"role": "forecast"}),
    # an amount a share written without hyphens before the noun it sizes: that noun names the metric
    ("Harwick Inc. turned down a $31 a share bid from Orbis Group.", "$31", {"metric": "price"}),
    ("Tessaly Corp. declared a 45 cents a share dividend, payable Dec. 1.", "45 cents", {"metric": "dividend"}),
    ("Tessaly Corp. reported a 45 cents a share profit.", "45 cents", {"metric": "earnings_per_share"}),
    # a date something happens on (a debt falls due, an offer expires or is extended, a plan takes effect, a
    # deadline) is not the period of a figure beside it; what was done by a deadline holds on that day
    ("Harwick Corp. will redeem $4.2 million of its 7 3/4% debentures, due June 1, 2011.", "$4.2 million",
     {"when": None}),
    ("Orbis Group's bid of $26 a share was set to expire Nov. 3.", "$26", {"when": None}),
    ("Orbis Group extended its $26-a-share tender offer to Dec. 8.", "$26", {"when": None}),
    ("Tessaly said the rights plan, which took effect Sept. 4, is set off when a buyer gets 15% of its stock.",
     "15%", {"when": None}),
    ("The banks agreed to lend Calloway $80 million ahead of the Dec. 15 deadline.", "$80 million",
     {"when": None}),
    ("Holders had tendered 87% of Calloway's shares by the Friday deadline.", "87%",
     {"when": ("2025-10-24", "2025-10-24")}),
    ("Calloway Inc. said its chief executive will retire in May.\n\nThe Harwick Co. unit earned $4 million last "
     "year.", "$4 million", {"source": "Harwick Co."}),
    # a person is never a subject: a name is a person's when an age, a legislator's party or 'told reporters'
    # follows it, or when the text has its surname speak alone ('Vale said'); a party tag is nobody's name
    ("Orrin Vale, 52, said the fund raised $40 million.", "$40 million", {"subject": None, "source": "Orrin Vale"}),
    ("The fund raised $40 million, said Orrin Vale, a 61-year-old banker.", "$40 million",
     {"subject": None, "source": "Orrin Vale"}),
    ("Orrin Vale said the fund raised $40 million. ``We are not done,'' Vale said.", "$40 million",
     {"subject": None, "source": "Orrin Vale"}),
    ("Tessaly Mills will hire 40 engineers, Jorvan Pell told reporters.", "40 engineers",
     {"subject": "Tessaly Mills", "source": "Jorvan Pell"}),
    ("Rep. Ada Kell, R-Ohio, said the agency spent $40 million on the program.", "$40 million",
     {"subject": None, "source": "Rep. Ada Kell"}),
    # 'an Orbis Corp. official said': the company tells the figure, for its passage only, not the whole story
    ("An Orbis Corp. official said 400 jobs would go at the Dayton plant.", "400 jobs", {"source": "Orbis Corp."}),
    ("Tessaly Corp. said profit rose 8% to $12 million.\n\nAn Orbis Corp. official said 400 jobs would go at its "
     "plant.\n\nTessaly's sales rose 5% to $90 million.", "5%", {"source": "Tessaly Corp."}),
    # a proportion of a market named with words between is a market share; what a bid or price for something
    # is set at is a price, not earnings a share
    ("Tessaly, which holds 30% of the Varnholt furniture market, will open 40 stores.", "30%",
     {"metric": "market_share"}),
    ("Small investors own 65% of the regional market's capitalization.", "65%", {"metric": "share_of_total"}),
    ("Orbis Corp. raised its price for Tessaly Inc. to $41.25 a share from $38 a share.", "$41.25",
     {"metric": "price"}),
    ("Orbis Corp. raised its price for Tessaly Inc. to $41.25 a share from $38 a share.", "$38", {"metric": "price"}),
    # a stake's holder named after 'by' is its subject ('controlled 52.4% by', 'owned 40% by X and 20% by Y')
    ("Tessaly Corp. is controlled 52.4% by state-owned Orbis Group S.A.", "52.4%", {"subject": "Orbis Group S.A."}),
    ("Selvik Terminals, which is 40% owned by the Corran Pension Fund, handled 2 million containers.", "40%",
     {"subject": "Corran Pension Fund"}),
    ("Harwick, which is 64% owned by Spanish group Orvanta, added 1,000 customers.", "64%", {"subject": "Orvanta"}),
    ("Tessaly Corp. is owned 40% by Orbis Oil Co. and 20% by Harwick Bank.", "20%", {"subject": "Harwick Bank"}),
    # 'X, which holds a 9.5% stake in Y, said': a relative clause with a decimal figure between the name and
    # its saying verb; a head-count trim is a change
    ("Tessaly Corp. said its board met on Friday.\n\nOrbis Group, which holds a 9.5% stake in Tessaly, said that "
     "5.7 million shares had been tendered.", "5.7 million shares", {"source": "Orbis Group"}),
    ("Orbis Corp. may trim roughly 120 to 180 jobs.", "roughly 120 to 180 jobs", {"role": "change"}),
    # metric words: the economy (gdp), a bond's yield (an interest rate; a money figure of high-yield bonds is
    # none), dividend payments
    ("Varnholt's economy expanded an estimated 1.9% last quarter.", "an estimated 1.9%", {"metric": "gdp"}),
    ("Yield on the Orbis issue was 8.15%.", "8.15%", {"metric": "interest_rate"}),
    ("Orbis Corp. sold $300 million of high-yield bonds.", "$300 million", {"metric": "debt"}),
    ("Orbis Corp. plans to end dividend payments of C$9.4 million a year.", "C$9.4 million", {"metric": "dividend"}),
    # 'at least' is a floor of what its verb states, a bar only where a requirement says so
    ("The blast killed at least 95 people, Varnholt officials said.", "at least 95 people", {"role": "actual"}),
    ("Tessaly Corp. said sales were at least $40 million in the quarter.", "at least $40 million", {"role": "actual"}),
    ("Tessaly Corp. said it expects to sell at least 400 units next year.", "at least 400 units", {"role": "forecast"}),
    ("Sellers must have at least 1,000 followers to join the program.", "at least 1,000 followers",
     {"role": "threshold"}),
    ("Last year the platform required shops to log sales of $2 million and have at least one product in its top "
     "100 list.", "at least one product", {"role": "threshold"}),
    ("To qualify, a shop needs at least $5,000 in monthly sales.", "at least $5,000", {"subject": None}),
    # police tell their own sentence's figures; an adjective opening a sentence names nobody
    ("A bomb at the depot killed 31 people, police said today.", "31 people", {"source": "police"}),
    ("Latest figures show 4.8 million people out of work.", "4.8 million people", {"subject": None, "source": None}),
    # a wire story's typewriter quote (``...'') ends its sentence: the speaker does not tell the next one
    ("Dock workers walked out in Varnholt on Monday. ``We will hold the line,'' union leader Orrin Vale said. "
     "``The strike is ours.'' Polls show 51 percent of the workers back the union.", "51 percent", {"source": None}),
    # EPS written as an abbreviation names the per-share metric itself; an adjective opening the sentence is no
    # name around it
    ("Harwick Corp. reported EPS of $1.35 for the fourth quarter.", "$1.35", {"metric": "earnings_per_share"}),
    ("Adjusted EPS rose 7% to 88 cents, Harwick Corp. said.", "7%",
     {"metric": "earnings_per_share", "role": "change", "subject": "Harwick Corp."}),
    ("Orbis Inc. raised its full-year EPS guidance to $4.10-$4.30.", "$4.10-$4.30",
     {"metric": "earnings_per_share"}),
    # a fraction after a change verb is a change of what fell; a macro noun opening a sentence is no subject
    ("Tessaly's market value has shrunk by about one-fifth since March.", "one-fifth",
     {"metric": "valuation", "role": "change"}),
    ("Unemployment fell to 3.7% in May.", "3.7%", {"subject": None, "source": None}),
    ("Orbis shares have lost about 30% this year, wiping out more than $20bn in market value.", "more than $20bn",
     {"subject": "Orbis"}),
    # analysts' consensus, average estimates and guidance are forecasts; the pollster reports only them
    ("Orbis Inc. reported revenue of $4.8 billion, beating analysts' consensus of $4.71 billion.", "$4.71 billion",
     {"role": "forecast"}),
    ("Harwick Corp.'s net profit of $80 million topped the $72 million consensus estimate.", "$72 million",
     {"role": "forecast"}),
    ("Calloway Inc.'s sales of $340 million missed the $356 million average estimate of 14 analysts surveyed by "
     "Tessaly Data.", "$356 million", {"role": "forecast", "source": "Tessaly Data"}),
    ("Calloway Inc.'s sales of $340 million missed the $356 million average estimate of 14 analysts surveyed by "
     "Tessaly Data.", "$340 million", {"role": "actual", "source": "Calloway Inc."}),
    ("Tessaly Corp.'s revenue came in at $2.1 billion, below the $2.2 billion analysts had expected.",
     "$2.2 billion", {"role": "forecast", "source": "analysts"}),
    ("Orbis Corp.'s net income rose to $500 million, compared with the $480 million expected by analysts polled "
     "by Varnholt Data.", "$480 million", {"role": "forecast", "source": "Varnholt Data"}),
    ("Analysts polled by Varnholt Data expect earnings of $1.12 a share.", "$1.12",
     {"role": "forecast", "source": "Varnholt Data"}),
    ("Varnholt Corp. guided first-quarter sales to between $1.9 billion and $2.05 billion.",
     "between $1.9 billion and $2.05 billion", {"role": "forecast"}),
    ("Retailers posted gains, two groups expected to be hurt most by the tariffs.", "two groups", {"role": "actual"}),
    # institutions' names run on through 'for'; statistics offices and research firms report others' figures
    ("Prices rose 2.9% in March, according to the Office for Harbour Statistics.", "2.9%",
     {"source": "Office for Harbour Statistics"}),
    ("Public debt is forecast to reach 91% of output, the Varnholt Institute for Fiscal Studies said.", "91%",
     {"subject": None, "source": "Varnholt Institute for Fiscal Studies"}),
    ("Online penetration in Orbisland reached 8.2% of retail sales, research firm Harwick Metrics said.", "8.2%",
     {"subject": "Orbisland", "source": "Harwick Metrics"}),
    ("Calloway's GMV rose 18% to $2.6 billion, according to research firm Tessaly Insights.", "$2.6 billion",
     {"subject": "Calloway", "source": "Tessaly Insights"}),
    # government departments cited in lower case
    ("Exports rose 6.4% in March, data from the commerce ministry showed.", "6.4%",
     {"source": "the commerce ministry"}),
    ("Retail sales grew 3.3%, according to the statistics bureau.", "3.3%", {"source": "the statistics bureau"}),
    ("Orbisland's non-oil exports fell 1.8% in May, Orbisland's trade ministry said.", "1.8%",
     {"source": "trade ministry"}),
    # a comparison's base period ('versus a profit of $12 million a year ago', 'down from a peak of $15 billion in
    # 2021') dates the base only; 'last year' after a day is that year
    ("Orbis posted a third-quarter net loss of $38.5 million versus a profit of $12 million a year ago, as revenue "
     "slipped 3% to $1.07 billion.", "3%", {"when": ("2025-07-01", "2025-09-30")}),
    ("Orbis posted a third-quarter net loss of $38.5 million versus a profit of $12 million a year ago, as revenue "
     "slipped 3% to $1.07 billion.", "$12 million", {"when": ("2024-07-01", "2024-09-30")}),
    ("Harwick swung to a profit of $40 million in 2024 from a loss of $95 million a year earlier, and proposed a "
     "dividend of 35 cents.", "35 cents", {"when": ("2024-01-01", "2024-12-31")}),
    ("Tessaly's valuation fell to $6.5 billion in its latest round, down from a peak of $15 billion in 2021.",
     "$6.5 billion", {"when": None}),
    ("Calloway's commission rate stands at 6%, against 5% last year.", "6%", {"when": None}),
    ("Orbis shares fell 3% on Friday after the company said its GMV grew 12% last year.", "12%",
     {"when": ("2024-01-01", "2024-12-31")}),
    # a role noun right after its figure names its role, and only that figure's; a targeted growth rate is a
    # change; a central bank's 'rates' are interest rates
    ("Prices in Orbisland rose 6.3%, far above the central bank's 2% target.", "2%", {"role": "target"}),
    ("Inflation in Orbisland is running at 2.9%, well above the 2% goal.", "2.9%", {"role": "actual"}),
    ("Inflation in Orbisland stayed below the 4.5% ceiling.", "4.5%", {"role": "threshold"}),
    ("Harwick cut its annual organic sales growth target to 2%-3%.", "2%-3%", {"role": "change"}),
    ("The Orbisland central bank held rates at 4.75%.", "4.75%", {"metric": "interest_rate"}),
    # a buyback is no dividend; '$X in charges' is a charge whatever verb comes before; an owner's abbreviated
    # metric is no name
    ("Orbis Corp. declared a quarterly dividend of 42 cents a share, and authorised a new $2 billion share "
     "buyback.", "$2 billion", {"metric": "other"}),
    ("Tessaly said the restructuring will cost $85 million to $95 million in pre-tax charges.",
     "$85 million to $95 million", {"metric": "charge"}),
    ("Varnholt's EBITDA rose 8% to $1.2 billion.", "$1.2 billion", {"metric": "profit"}),
    # 'Last year,' opening a sentence is that year, not the lead's quarter a year back; a session's 'from' figure
    # is the session before, not a year back; 'nearly triple the $11.5 million loss of a year earlier' dates the
    # base only
    ("Orbis Corp. said third-quarter net income rose to $28 million. Last year, the company earned $96 million.",
     "$96 million", {"when": ("2024-01-01", "2024-12-31")}),
    ("In late trading yesterday, the Orbisland dollar rose to $1.5820 from $1.5765.", "$1.5765",
     {"when": ("2025-10-23", "2025-10-23")}),
    ("Harwick's unit posted a loss of $33.7 million in the third quarter, nearly triple the $11.5 million loss of "
     "a year earlier.", "$33.7 million", {"when": ("2025-07-01", "2025-09-30")}),
    # a wire dateline's city ('JAKARTA:', 'LONDON, Feb 20 (Wirestream) -') is nobody's subject or source; 'of GDP.'
    # at a sentence's end names nobody; a place acting as the subject keeps it past its own pronoun
    ("JAKARTA: Harwick's revenue rose 21% to Rp 4.2 trillion in the first quarter.", "21%",
     {"subject": "Harwick", "source": None}),
    ("LONDON, Feb 20 (Wirestream) - Orbisland's public sector borrowing was 10.1 billion pounds in January.",
     "10.1 billion pounds", {"source": None}),
    ("NEW DELHI, Feb 1 (Wirestream) - India aims to cut its fiscal deficit to 4.4% of GDP.", "4.4%",
     {"subject": "India"}),
    ("The deficit will fall to 4.4% of GDP.", "4.4%", {"subject": None}),
    # a target compared with another period's figure: that figure happened; an outlet's report is the source;
    # 'Rival X' and 'Of the ...' open no name
    ("Harwick aims to lift full-year GMV to Rp 80 trillion, compared with Rp 71 trillion in 2024.",
     "Rp 71 trillion", {"role": "actual"}),
    ("Orbis raised its sales target to $5 billion from $4 billion.", "$4 billion", {"role": "target"}),
    ("Calloway's GMV reached 1.12 trillion yuan in 2024, according to a report by tech outlet Tessaly Daily.",
     "1.12 trillion yuan", {"source": "Tessaly Daily"}),
    ("Rival Varnholt's GMV was 740 billion yuan last year.", "740 billion yuan", {"subject": "Varnholt"}),
    # a terse English sentence with few function words is still English
    ("Research firm Harwick Metrics estimates Orbisland's live-streaming market was worth 4.9 trillion yuan last "
     "year.", "4.9 trillion yuan", {"source": "Harwick Metrics"}),
    # 'should' and 'could' project; 'could have' looks back; a transitive raise of an object states a change
    ("Orbis Corp. said sales should reach $600 million next year.", "$600 million", {"role": "forecast"}),
    ("The quake could cost Tessaly Insurance up to $90 million.", "up to $90 million", {"role": "forecast"}),
    ("Orbis Corp. could have earned $12 million without the charge.", "$12 million", {"role": "actual"}),
    ("Calloway Corp. raised its quarterly dividend 10% to 22 cents a share from 20 cents.", "10%",
     {"role": "change"}),
    # price indexes are inflation, factory orders orders, an insurer's premium income 'other'; the department that
    # reports an economy's figure is its source only
    ("The consumer price index in Orbisland rose 0.3% in September, the Labor Department said.", "0.3%",
     {"metric": "inflation", "subject": "Orbisland", "source": "Labor Department"}),
    ("Factory orders in Orbisland rose 2.4% to $241.6 billion.", "$241.6 billion", {"metric": "orders"}),
    ("Tessaly Insurance said premium income rose 4.5% to $1.05 billion.", "$1.05 billion", {"metric": "other"}),
    # a round's valuation of 'it' is the company's, not the lead investor's; economists at a bank forecast, the
    # bank is their source; a change verb reaches 'by' past a long object
    ("Calloway raised $85 million in a round led by Orbis-based Harwick Capital, valuing it at US$500 million.",
     "US$500 million", {"subject": "Calloway"}),
    ("Economists at Varnholt Bank had forecast an Orbisland budget surplus of about $4 billion.", "about $4 billion",
     {"source": "Varnholt Bank"}),
    ("Tessaly narrowed its adjusted EBITDA loss by 62% in the first quarter.", "62%", {"role": "change"}),
    # a wire dateline of a day alone, or of a city and a day, before a company brief: later paragraphs are the
    # company's
    ("July 31 (Wirestream) - Orbis Corp said on Thursday its quarterly revenue beat estimates.\n\nNet income was "
     "$4.3 billion, the company said.", "$4.3 billion", {"subject": "Orbis Corp", "source": "Orbis Corp"}),
    ("HARWICK, July 31 (Wirestream) - Calloway Corp said its revenue beat estimates.\n\nNet income was $4.3 "
     "billion.", "$4.3 billion", {"subject": "Calloway Corp"}),
    # a results flash in abbreviations is English too, and 'Rev' is revenue, no name
    ("Orbis (ORB.O) Q4: Rev $612.3M (+18% y/y) vs. est. $598.7M; adj. EPS $0.47 vs. est. $0.41; gross margin "
     "63.2%, up 1.8 percentage points", "$612.3M", {"subject": "Orbis", "metric": "revenue"}),
    # a result set against a plan after it is no forecast itself, and its quarter is the one ended
    ("Harwick Mining produced 380,000 tonnes in Q3, beating its forecast.", "380,000 tonnes",
     {"role": "actual", "when": ("2025-07-01", "2025-09-30")}),
    ("Calloway earned $2.6 billion, above guidance of $2.2 billion.", "$2.6 billion", {"role": "actual"}),
    ("Calloway earned $2.6 billion, above guidance of $2.2 billion.", "$2.2 billion", {"role": "forecast"}),
    ("Tessaly posted revenue of $1.4 billion in Q3, missing analysts' forecasts.", "$1.4 billion",
     {"role": "actual", "when": ("2025-07-01", "2025-09-30")}),
    # a common word capitalised only to open the sentence is no subject or source; a name before a metric is
    ("Gold rose 1.2% to $2,950 an ounce.", "1.2%", {"subject": None, "source": None}),
    ("Deal count at Calloway Ventures fell 15% to 180 deals.", "15%", {"subject": "Calloway Ventures"}),
    ("Spot volume fell 30% to $7 billion.", "$7 billion", {"subject": None, "source": None}),
    ("Real wages rose 1.1% in September.", "1.1%", {"subject": None}),
    ("Orbis sales rose 12%.", "12%", {"subject": "Orbis", "metric": "sales"}),
    ("Harwick's revenue rose 5%.", "5%", {"subject": "Harwick"}),
    ("Nationwide, flu deaths in Orbisland reached 4,100.", "4,100", {"source": None}),
    ("Jobless claims fell 9,000 to 221,000.", "221,000", {"subject": None, "source": None}),
    ("Crypto exchange Veltrix cut 150 jobs.", "150 jobs", {"subject": "Veltrix", "source": None}),
    ("Orders for Pellion's bond topped $6 billion.", "$6 billion", {"subject": "Pellion"}),
    ("Support for Varn rose 1.2 points to 13.9%.", "13.9%", {"subject": "Varn"}),
    # a company named by its kind in a trailing attribution is the one the sentence names first
    ("Mortgage rates at Calloway Savings climbed to 6.8%, the lender said.", "6.8%", {"source": "Calloway Savings"}),
    ("Orbis Air carried 4.1 million passengers in May, the airline said.", "4.1 million passengers",
     {"source": "Orbis Air"}),
    ("The Tessaly Reserve Bank held its policy rate at 4.5%, the central bank said.", "4.5%",
     {"source": "Tessaly Reserve Bank"}),
    # a metric word that the next figure owns ('on sales of $610 million') is not the base's before it
    ("Harwick reported net income of $52 million for the quarter, compared with $47 million a year earlier, on "
     "sales of $610 million.", "$47 million", {"metric": "net_income"}),
    ("The Orbis index fell 1.2% to 2,140.5, on turnover of 1.1 billion shares.", "1.2%", {"metric": "stock_move"}),
    # a data firm named by what it is reports the figure; whom an executive told it is no subject
    ("House prices in Orbisland rose 2.4% in February, according to mortgage lender Pellbrook.", "2.4%",
     {"source": "Pellbrook"}),
    ("Revenue rose 48% to €38.5 million, its chief executive told Varnholt Wire.", "48%", {"subject": None}),
    # a goal named right after a compared figure is that figure's role
    ("Orbis's revenue came in at $27 million versus a $40 million target.", "$40 million", {"role": "target"}),
    ("Harwick's sales were $5 million, compared with a $6 million forecast.", "$6 million", {"role": "forecast"}),
    # a move no word names that reached a price of a unit is a move of that price
    ("Tessaly copper fell 2.4% to $9,101 a tonne.", "2.4%", {"metric": "price"}),
    # the old level of a rate is a level too, not a share of a whole
    ("Orbis's operating margin narrowed to 11.2% from 12.6%.", "12.6%", {"role": "actual", "metric": "other"}),
    ("Tessaly's jobless rate edged down to 4.1% from 4.3%.", "4.3%", {"role": "actual"}),
    # a story that opens with its company reporting: the figures after are the company's
    ("Harwick Outfitters reported second-quarter results on Tuesday. Net income rose 8% to $50 million.",
     "$50 million", {"subject": "Harwick Outfitters"}),
    # the lead's day of the news dates no later figure; its quarter does
    ("Calloway Outfitters Inc. reported second-quarter results on Tuesday. Net income rose 8% to $50 million.",
     "$50 million", {"when": ("2025-04-01", "2025-06-30")}),
    # consensus and what analysts were looking for are forecasts, even as a comparison's base
    ("Orbis earned $1.40 a share, compared with the consensus of $1.31.", "$1.31", {"role": "forecast"}),
    ("Analysts at Harwick had been looking for $2.40 a share from Tessaly.", "$2.40", {"role": "forecast"}),
    # a gain or decline reaching a percentage is a change, no share of a whole
    ("Tessaly Mining shares extended their gain this year to nearly 14%.", "nearly 14%", {"role": "change"}),
    ("Harwick's year-to-date decline widened to 9%.", "9%", {"role": "change"}),
    # points are no share of a whole: a difference, or a spread's level
    ("Orbis's revenue rose 4.5%, with pricing contributing 3 percentage points.", "3 percentage points",
     {"role": "change"}),
    ("The spread was 150 basis points.", "150 basis points", {"role": "actual", "metric": "other"}),
    # a bond's maturity year dates no figure
    ("Orbis sold a $2bn convertible bond due 2030.", "$2bn", {"period": None}),
    # what a deal pays for each share is a price, no earnings
    ("Harwick agreed to buy Tessaly for $4.2 billion in cash, or $38.50 per share.", "$38.50", {"metric": "price"}),
    ("Calloway launched a placement at A$1.10 a share.", "A$1.10", {"metric": "price"}),
    ("Orbis earned $1.20 a share.", "$1.20", {"metric": "earnings_per_share"}),
    # wages are no net income
    ("Average hourly earnings at Harwick plants rose 9 cents to $31.40.", "$31.40", {"metric": "other"}),
    ("Orbisland's average weekly earnings grew 4.6%.", "4.6%", {"metric": "other"}),
    # 'a month earlier', 'two years earlier', 'the previous 12 months': counted back from the period the
    # sentence named, not from the story's date
    ("Orbisland posted a trade surplus of €1.1bn in September from a deficit of €640m a month earlier.", "€640m",
     {"when": ("2025-08-01", "2025-08-31")}),
    ("Orbis revenue was $3bn in the third quarter, up from $2.8bn a quarter earlier.", "$2.8bn",
     {"when": ("2025-04-01", "2025-06-30")}),
    ("Tessaly's intake was 27% in 2024, down from 31% two years earlier.", "31%",
     {"when": ("2022-01-01", "2022-12-31")}),
    ("Net migration to Orbisland slowed to 142k in the year to June, from 219k in the previous 12 months.", "219k",
     {"when": ("2023-07-01", "2024-06-30")}),
    # 'the same quarter of 2024' is that year's quarter of the one named, not the whole year
    ("Orbis's margin rose to 51% in the third quarter from 46.1% in the same quarter of 2024.", "46.1%",
     {"when": ("2024-07-01", "2024-09-30")}),
    # a measure's abbreviation is no subject nor source ('CET1 ratio', 'PMI', 'EV sales', 'RevPAR')
    ("Varnholt Bank said on Thursday its CET1 ratio stood at 13.8% at the end of September.", "13.8%",
     {"subject": "Varnholt Bank"}),
    ("Kelvara's PMI rose 1.3 points to 51.2 in September.", "51.2", {"subject": "Kelvara"}),
    ("CO2 emissions at Halden Paper fell 6%, the company said.", "6%", {"subject": "Halden Paper",
                                                                       "source": "Halden Paper"}),
    ("Occupancy in Brevik slipped to 79.2% while RevPAR rose 3.9%.", "3.9%", {"subject": "Brevik"}),
    # who ran the poll, survey or report; a descriptor or a demonym before the name is no source
    ("Support for Orbis slipped by 4 points to 26%, according to a Kestrel Research poll.", "26%",
     {"source": "Kestrel Research"}),
    ("Labour Reform stood at 31%, a YouGrid poll for the Morning Ledger showed.", "31%", {"source": "YouGrid"}),
    ("EV sales at Pellucid Auto fell 12% in September, figures from industry body VMA showed.", "12%",
     {"source": "VMA"}),
    ("Ticket sales rose 8%, according to Spanish newspaper Diario Fenta.", "8%", {"subject": None,
                                                                                "source": "Diario Fenta"}),
    ("Visitors spent €3.1 billion, according to figures released on Tuesday by the Lisvara Tourism Board.",
     "€3.1 billion", {"source": "Lisvara Tourism Board"}),
    ("Orbis Corp's sales rose 5% to $2bn, a Stellex Research report showed.", "$2bn",
     {"source": "Stellex Research"}),
    # an institution named by its kind: the one the text named with that noun, else the words themselves
    ("Enrolment at Harwick University rose 4% to 12,400 students. Fees rose 3%, the university said.", "3%",
     {"source": "Harwick University"}),
    ("Kessmoor's prison population has doubled to 8,200, the state corrections department said.", "8,200",
     {"source": "the state corrections department"}),
    # a sentence opening with what is measured in a place: the place is the subject; 'according to X' names
    # the source, no subject
    ("Births in Kenya dropped 7% last year.", "7%", {"subject": "Kenya"}),
    ("Average rent in Lisbon rose 4%.", "4%", {"subject": "Lisbon"}),
    ("Investment in clean energy across Brazil reached about $48 billion in 2024, according to Brannex Research.",
     "about $48 billion", {"subject": "Brazil", "source": "Brannex Research"}),
    ("Sales at Orbis in Spain rose 4%.", "4%", {"subject": "Orbis"}),
    # 'last year' after a whole year named is the year before the story's date, not that year's year before
    ("Revenue rose 8% to $2 billion in 2025, Farlow Pharma said. Cardimax sales reached $600 million last year.",
     "$600 million", {"when": ("2024-01-01", "2024-12-31")}),
    # a title that opens a capitalised run is no part of the person's name, and a person is no subject
    ("Striker Dano Vesk will earn 350,000 euros a week.", "350,000 euros", {"subject": None}),
    ("Chief Financial Officer Marisol Eckhart said Orbis's operating margin widened to 27.4%.", "27.4%",
     {"source": "Marisol Eckhart"}),
    ("Quorvane Records signed singer Ilsa Moray to a deal worth roughly 40 million pounds.",
     "roughly 40 million pounds", {"subject": "Quorvane Records"}),
    ("Star States Corp. bought 588,300 shares of Orbis.", "588,300 shares", {"subject": "Star States Corp."}),
    # a per-share level after a change in money measures what changed ('its dividend by 5 cents to 45 cents a share')
    ("Orbis raised its quarterly dividend by 5 cents to 45 cents a share.", "45 cents", {"metric": "dividend"}),
    ("Orbis earnings rose 5 cents to $1.20 a share.", "$1.20", {"metric": "earnings_per_share"}),
    # newer and British-spelt common words opening a sentence are no names
    ("Tourism receipts in Brevik reached $21.3 billion.", "$21.3 billion", {"subject": "Brevik", "source": None}),
    ("Merch and licensing sales at Tirano Sports Group more than doubled, the company said.", "more than doubled",
     {"source": "Tirano Sports Group"}),
    # 'is targeted at' sets a target; 'is seen at' a forecast
    ("Orbisland's fiscal deficit is targeted at 4.4% of GDP next year.", "4.4%", {"role": "target"}),
    ("Orbisland's deficit is seen at 4.6% of GDP next year.", "4.6%", {"role": "forecast"}),
    # a month's abbreviation opening a table row is no subject
    ("Orbisland exports: Jan $4.2bn; Dec $3.9bn.", "$3.9bn", {"subject": "Orbisland"}),
    # a conversion after a few words of its clause and ', or'
    ("Visitors spent €3.1 billion during their stays, or US$3.4 billion, the board said.", "US$3.4 billion",
     {"role": "conversion"}),
    # attribution after the figure by more verbs ('told lawmakers', 'warned') and inverted with a role ('says
    # economist X')
    ("Exports from Orbisland grew 6% last year, Trade Minister Ana Korr told lawmakers.", "6%",
     {"source": "Ana Korr"}),
    ("Orbisland's growth will slow to 1.2% this year, says economist Pavel Dorn.", "1.2%", {"source": "Pavel Dorn"}),
    ("Inflation in Orbisland will hit 5%, writes economist Jon Varga.", "5%", {"source": "Jon Varga"}),
    # a live blog's time-zone tag is no subject or source
    ("13:12 HKT Orbis Mining rose 1.2% to $29.62.", "1.2%", {"subject": "Orbis Mining", "source": None}),
    # per diluted share, and EPS named by its longer phrases
    ("Orbis's net income rose to $38.2 million, or 52 cents per diluted share.", "52 cents",
     {"metric": "earnings_per_share"}),
    ("Orbis's non-GAAP net income per share was $0.31.", "$0.31", {"metric": "earnings_per_share"}),
    ("Orbis's diluted earnings per share rose 12% to $1.02.", "$1.02", {"metric": "earnings_per_share"}),
    # an item of a bulleted list takes no metric from another item
    ("Orbis results:\n- Diluted EPS was $0.94, up 12% from $0.84\n- Cash of $287 million", "$287 million",
     {"metric": "other"}),
    # a period after 'on' or 'than in' that a move is measured against is no period of the move
    ("Harwick said sales reached $210 million this year, up 9% on last year.", "9%",
     {"when": ("2025-01-01", "2025-12-31")}),
    ("Orbis made $210m in the first half, 9% higher than in the same period of 2024.", "9%",
     {"when": ("2025-01-01", "2025-06-30")}),
    ("Tessaly registrations reached 2.38 million in the first nine months, an increase of 0.9% on the same period "
     "of 2024.", "0.9%", {"when": ("2025-01-01", "2025-09-30")}),
    ("Calloway shares rose 5% on Tuesday.", "5%", {"when": ("2025-10-21", "2025-10-21")}),
    # ... and with no quarter in the lead, the dateline's day dates none of its figures
    ("LONDON, Oct. 23 (Wirepoint) - Harwick Re said on Monday it would cut about 1,200 jobs, or 8% of its "
     "workforce.", "8%", {"when": None}),
    # a month's data report: the lead's month governs the paragraphs after it; a month that dates an event does not
    ("New-car registrations in Orbisland rose 6.2% in September to 231,480 vehicles, the registry said.\n\n"
     "Harwick remained the best-selling brand with 31,540 new cars.", "31,540 new cars",
     {"when": ("2025-09-01", "2025-09-30")}),
    ("Harwick agreed in June to buy Orbis for $5 billion.\n\nOrbis has 3,000 employees.", "3,000 employees",
     {"when": None}),
    # 'the quarter' points to the reported quarter, not to the one a move was measured from
    ("Orbis said second-quarter revenue rose 20% to $120 million. Trading volume was $40 billion in the quarter, up "
     "10% from the first quarter. Analysts had expected revenue of $115 million for the quarter.", "$115 million",
     {"when": ("2025-04-01", "2025-06-30")}),
    # the old value of a revised forecast 'previously' is that forecast, for the same year
    ("Orbis raised its full-year forecast for operating income to at least $1 billion, up from $750 million "
     "previously.", "$750 million", {"role": "forecast", "when": ("2025-01-01", "2025-12-31")}),
    # a dateline's city and wire are no source; 'the company' and 'the ASX-listed miner' are the lead's company
    ("TORONTO — Orlen Metals produced 187,400 ounces of gold in the quarter, up 4%, the company said on Wednesday.",
     "4%", {"source": "Orlen Metals"}),
    ("PARIS, Oct 20 (Wirepoint) - Calloway Air's revenue rose 6% to 2.1 billion euros in the third quarter, the "
     "airline said.", "6%", {"source": "Calloway Air"}),
    ("PERTH — Dastro Minerals lifted revenue 18% to A$96m in the quarter, the ASX-listed miner said on Tuesday.",
     "18%", {"source": "Dastro Minerals"}),
    # a move 'over the past 12 months' covers that span (no comparison's base); the day of the news dates the day's
    ("Shares of Orbis rose 7% on Wednesday. The stock had fallen nearly 18% over the past 12 months.", "nearly 18%",
     {"when": ("2024-10-25", "2025-10-24")}),
    # a share's move or price with no day of its own takes no quarter from the results before it
    ("Calloway Air said second-quarter net profit rose 42% to 310 million euros.\n\nShares rose 3.2% to 17.85 euros "
     "in Frankfurt trading.", "3.2%", {"when": None}),
    # freight rates and fares are prices; a container unit is no subject
    ("The average freight rate on the Orbis route climbed 4% to US$1,400 per FEU.", "4%",
     {"metric": "price", "subject": None}),
    ("Average economy fares at Calloway Air rose 14% to 142 pounds.", "14%", {"metric": "price"}),
    # common words qualifying a metric's abbreviation open no name ('Mobile ARPU', 'Group EBITDA', 'Core EPS')
    ("Mobile ARPU at Varnholt slipped 2% to $38.40.", "2%", {"subject": "Varnholt", "source": None}),
    ("Group EBITDA at Orbis rose 7% to 2.2 billion euros.", "7%", {"subject": "Orbis", "metric": "profit"}),
    ("Core EPS came in at $1.12.", "$1.12", {"subject": None, "metric": "earnings_per_share"}),
    # a relative clause between a metric and its figure names neither the metric nor a segment
    ("Revenue, which includes licensing fees, rose 8% to $2.1 billion.", "8%", {"metric": "revenue"}),
    ("Same-store sales at Harwick, which exclude stores open less than a year, rose 4.2%.", "4.2%",
     {"metric": "sales", "subject": "Harwick"}),
    ("Orbis, which sold its fuel business last year, said revenue rose 8% to $2.1 billion.", "8%",
     {"metric": "revenue", "scope": None}),
    # migration's 'net' is no net income; what a figure is divided by ('per user') is not what it measures
    ("Net migration to Orbisland fell 21% to 95,000 in 2024.", "21%", {"metric": "other"}),
    ("Revenue per user at Harwick Games rose 14% to $12.50.", "14%", {"metric": "revenue"}),
    # a results period after a move's two levels dates the move; its base is that period a year back
    ("Calloway Mart's revenue rose to S$612 million from S$494 million in the second quarter.", "S$612 million",
     {"when": ("2025-04-01", "2025-06-30")}),
    ("Calloway Mart's revenue rose to S$612 million from S$494 million in the second quarter.", "S$494 million",
     {"when": ("2024-04-01", "2024-06-30")}),
    ("Active merchants on Orbis rose to 310,000 from 142,000 in the second quarter.", "310,000",
     {"when": ("2025-04-01", "2025-06-30")}),
    # a year between a move's new level and 'from' dates the base a year back
    ("Varnholt's defence revenue rose to $9.2 billion last year from $7.6 billion.", "$7.6 billion",
     {"when": ("2023-01-01", "2023-12-31")}),
    # a conversion after the year or the rate of the amount it converts
    ("Median household income in Orbisland was €41,860 in 2024, or US$48,600.", "US$48,600",
     {"role": "conversion", "metric": "other"}),
    ("The Varnholt poverty line was €1,140 a month, or about US$1,320.", "about US$1,320", {"role": "conversion"}),
    # a describing apposition after the company names no subject; a person's apposition leaves his body one
    ("Kirimoto Interactive, the publisher behind the Lanternfall series, said net profit jumped 46% to 18.2 "
     "billion yen.", "46%", {"subject": "Kirimoto Interactive"}),
    ("Orvane Group, the French maker of Lacombe cosmetics and Sereth handbags, said first-half sales rose 4%.",
     "4%", {"subject": "Orvane Group"}),
    ("Ada Lind, a spokeswoman for the Harwick Transit Authority, said that 1,200 buses were late.", "1,200 buses",
     {"subject": "Harwick Transit Authority"}),
    # 'the previous year' after a year that ends in March is that year a year back
    ("Calloway Eats lost S$27 million in the year to March 2025, down from S$49 million the previous year.",
     "S$49 million", {"when": ("2023-04-01", "2024-03-31")}),
    # a place opening a clause of its own is that clause's subject; a name across ', while' is none of a figure's
    ("The United States spent $997 billion last year, while Orbisland spent $314 billion.", "$997 billion",
     {"subject": "US"}),
    ("Iraq has 17 million residents, while Kuwait has about 1.9 million.", "about 1.9 million",
     {"subject": "Kuwait"}),
    ("Sales in Asia rose 5%, while Europe fell 2%.", "5%", {"subject": "Asia"}),
    # gross transaction value is a platform's GMV; an average order value is a price
    ("Gross transaction value at Orbis Ride was Rp 68.4 trillion in the quarter.", "Rp 68.4 trillion",
     {"metric": "gmv"}),
    ("The average order value at Harwick Eats was about US$13.", "about US$13", {"metric": "price"}),
    # what an appeal asks for is a requirement (an appeal against a fine is none)
    ("The Orbisland relief agency launched an appeal for $980 million.", "$980 million", {"role": "requirement"}),
    ("Harwick lodged an appeal against a $5 million fine.", "$5 million", {"role": "actual"}),
    # 'against' a base: the year back dates the base only
    ("Orbis said second-quarter revenue rose 8% to $500 million. Net income was $94 million, or 41 cents a share, "
     "against a loss of $12 million a year earlier.", "$94 million", {"when": ("2025-04-01", "2025-06-30")}),
    # a part of GDP ('accounting for 57.8 percent of GDP') is a share; a deficit 'of GDP' is a ratio, a level
    ("Orbisland's services reached 38.2 trillion yuan, accounting for 57.8 percent of GDP.", "57.8 percent",
     {"role": "share", "metric": "share_of_total"}),
    ("Orbisland's deficit reached 6.3% of GDP.", "6.3%", {"role": "actual", "metric": "deficit"}),
    # a plural noun's possessive inside a name is the name's ('Children's Fund', 'People's Bank')
    ("The Drevan Children's Fund said it needs $340 million this year.", "$340 million",
     {"subject": "Drevan Children's Fund", "source": "Drevan Children's Fund"}),
    ("New loans totalled 1.2 trillion yuan in July, the Orbisland People's Bank said.", "1.2 trillion yuan",
     {"source": "Orbisland People's Bank"}),
    # a role noun after its figure names it past metric words ('its RM3 billion sales target'), and is no later
    # figure's role
    ("Calloway missed its RM3 billion sales target, posting RM2.7 billion in sales.", "RM3 billion",
     {"role": "target"}),
    ("Calloway missed its RM3 billion sales target, posting RM2.7 billion in sales.", "RM2.7 billion",
     {"role": "actual"}),
    ("The central bank kept its 2% inflation target.", "2%", {"role": "target"}),
    ("Tessaly set a $5 billion revenue goal for 2027.", "$5 billion", {"role": "target"}),
    # a missed plan is no future cue, with its figure between ('missed its RM3 billion sales target'); 'the year
    # ended June' is one that has ended, whatever the clause plans
    ("Calloway missed its RM3 billion sales target for the second quarter.", "RM3 billion",
     {"when": ("2025-04-01", "2025-06-30")}),
    ("Calloway has a RM3 billion sales target for the year ended June.", "RM3 billion",
     {"when": ("2024-07-01", "2025-06-30")}),
    # a statistics office that reports a figure measures its country: the country is the subject
    ("Statistics Norway said retail sales rose 3.1% in September.", "3.1%",
     {"subject": "Norway", "source": "Statistics Norway"}),
    ("The Kenya National Bureau of Statistics (KNBS) said inflation eased to 4.2% in September.", "4.2%",
     {"subject": "Kenya", "source": "Kenya National Bureau of Statistics"}),
    ("The Australian Bureau of Statistics said retail sales rose 0.4% in September.", "0.4%",
     {"subject": "Australia"}),
    ("Chile's National Statistics Institute said the economy grew 2.1% in September.", "2.1%",
     {"subject": "Chile"}),
    # an acronym in brackets between a name and its 'said' keeps it the reporter
    ("Chile's National Statistics Institute (INE) said on Monday that retail sales rose 3.1% in September.",
     "3.1%", {"subject": "Chile"}),
    # a person is nobody's subject: a name a 'he'/'she' or 'his'/'her' follows, or one a title opens
    ("Jana Smit said she expected net income to rise to $90 million.", "$90 million",
     {"subject": None, "source": "Jana Smit"}),
    ("Renwick said she expected Tessaly's pretax profit to rise to £318 million.", "£318 million",
     {"subject": "Tessaly"}),
    ("Provost Linnea Sato said wage costs grew 5.8%.", "5.8%", {"subject": None}),
    ("Orbis said it expected net income to rise to $90 million.", "$90 million", {"subject": "Orbis"}),
    ("The Justice Department said fines rose 5% to $3 billion.", "$3 billion", {"subject": "Justice Department"}),
    # the day results are released on dates no figure in them ('reported ... on Wednesday, up 11%', 'on Thursday
    # reported a 24% rise'); a move's own day still dates it
    ("Nimsaro Holdings reported third-quarter revenue of $612 million on Wednesday, up 11% from $551 million a "
     "year ago.", "11%", {"when": ("2025-07-01", "2025-09-30")}),
    ("Sorvik Cement on Thursday reported a 24% rise in net profit to Rs 412 crore for the September quarter.",
     "24%", {"when": ("2025-07-01", "2025-09-30")}),
    ("Orbis reported first-half revenue of HK$3.12 billion on Thursday, more than double the HK$1.4 billion a year "
     "earlier.", "more than double", {"when": ("2025-01-01", "2025-06-30")}),
    ("Orbis said its shares fell 3% on Tuesday.", "3%", {"when": ("2025-10-21", "2025-10-21")}),
    # a month written as the adjective of what was measured in it dates it
    ("Orbis's September sales rose 5% to HK$1.2 billion.", "HK$1.2 billion", {"when": ("2025-09-01", "2025-09-30")}),
    ("Harwick's August gaming revenue rose 12%.", "12%", {"when": ("2025-08-01", "2025-08-31")}),
    # what caused a move names no metric of it ('a 25% increase, helped by lower costs')
    ("Orbis said sales rose to $600 million from $480 million, a 25% increase, helped by lower costs.", "25%",
     {"metric": "sales"}),
    ("Net income climbed to $90 million from $80 million, up 12.5%, thanks to lower costs.", "12.5%",
     {"metric": "net_income"}),
    # 'Data from X show', 'according to the national statistics office': the figure's source
    ("Data from the Harwick Trade Office show exports rose 4% in 2024.", "4%", {"source": "Harwick Trade Office"}),
    ("The deficit shrank to 2.8% of GDP, according to the national statistics office.", "2.8%",
     {"source": "the national statistics office"}),
    # a forecast's level after a verb of forecasting ('is forecast to climb 4% to'), and the per-share figure
    # that restates a forecast total
    ("Orbis revenue is forecast to climb 4% to $5.93 billion.", "$5.93 billion", {"role": "forecast"}),
    ("The consensus calls for net income of $412 million, or $1.38 a share.", "$1.38", {"role": "forecast"}),
    # a research firm that reports others' figures describes none of them; one that speaks of itself does
    ("Research firm Dravik Analytics said on Monday that the five largest cloud providers would spend $615 "
     "billion in 2026.", "$615 billion", {"subject": None, "source": "Dravik Analytics"}),
    ("The median large endowment posted an 11.2% return last year, Pellora Analytics said.", "11.2%",
     {"subject": None, "source": "Pellora Analytics"}),
    ("The Harwick Bureau of Investigation says it received more than 8,000 reports last year.", "more than 8,000",
     {"subject": "Harwick Bureau of Investigation"}),
    # a dateline's city in capitals and lower case, with its day ('Mumbai, October 6:'), dates no figure
    ("Mumbai, October 6: Harwick Foods' revenue rose 11.5% to Rs 3,845 crore in the September quarter.", "11.5%",
     {"when": ("2025-07-01", "2025-09-30")}),
    ("New Delhi, Oct 6 -- Tessaly's revenue rose 11.5% to Rs 3,845 crore in the September quarter.", "11.5%",
     {"when": ("2025-07-01", "2025-09-30")}),
    # a company's trade written before its name at a sentence's start is no part of the name
    ("Retailer Nimsaro Holdings said sales rose 5%.", "5%", {"subject": "Nimsaro Holdings",
                                                            "source": "Nimsaro Holdings"}),
    # a part a verb names is a share, even of fees ('made up the remaining 29%'); a fee's own rate is a level
    ("Interest income accounted for 71% of Orbis's revenue, while fees made up the remaining 29%.", "29%",
     {"role": "share"}),
    ("Harwick Bank charges a fee of 2%.", "2%", {"role": "actual"}),
    # the day figures are published or released dates no figure in them; a present that takes effect is to come
    ("Across the Tessaly region, 71.2% of patients were seen within four hours, figures published by the health "
     "board on Thursday show.", "71.2%", {"when": None}),
    ("Orbisland retail sales rose 0.5%, data released on Friday showed.", "0.5%", {"when": None}),
    ("A new 1% tax on cash transfers in Orbisland takes effect in January.", "1%",
     {"when": ("2026-01-01", "2026-01-31")}),
    ("Varnholt's 3% levy on imports comes into force in March.", "3%", {"when": ("2026-03-01", "2026-03-31")}),
    ("A 1% tax on cash transfers in Orbisland took effect in January.", "1%", {"when": ("2025-01-01", "2025-01-31")}),
    # a person named after a lower-case title, a title 'of' something and a comma, or an honorific without its dot
    # is no subject; a name in an including-phrase is not what the main clause is about
    ("Gridmere's head of retail analysis, Tomas Varn, said the cap was still 45% higher than a year ago.", "45%",
     {"subject": "Gridmere"}),
    ("Veradyne Chemicals cut its emissions last year. Finance chief Lukas Brenner said the company had spent "
     "€410 million on new plants in 2024.", "€410 million", {"subject": "Veradyne Chemicals"}),
    ("The board's chief nurse, Calla Brisk, said 340 international nurses had joined Dunmore Health Board since "
     "April.", "340 international nurses", {"subject": "Dunmore Health Board"}),
    ("Mr Haskel Ayo said the clinics would cut waits by 20%.", "20%", {"subject": None}),
    ("The planned Orbis-Calloway network, including the recently bought Harwick stake, would reach 40 million "
     "possible subscribers.", "40 million possible subscribers", {"subject": "Orbis-Calloway"}),
    # an investment return is a change of what was invested, not a share of a whole
    ("Ardenne Capital returned 7.2% in 2024.", "7.2%", {"metric": "other", "role": "change"}),
    ("The Velmora Pension Plan posted a return of 11.5% for the year to March.", "11.5%",
     {"metric": "other", "role": "change"}),
    ("The Harwick fund made an average annual return of 5.4% over the decade.", "5.4%", {"role": "change"}),
    # a consensus named after its figure by a modifier and a role noun; a source's name ends before 'of' and a figure
    ("Orbis Steel's quarterly profit was 412 billion won. That compared with the 390 billion won average estimate "
     "of 12 analysts polled by LSEG SmartEstimate.", "390 billion won", {"role": "forecast"}),
    ("Harwick forecast operating profit of 320 billion yen for the year to March, above the average estimate of 18 "
     "analysts polled by LSEG of 305 billion yen.", "305 billion yen", {"source": "LSEG", "role": "forecast"}),
    # a per-share metric measures no total a later sentence gives without naming its metric
    ("Harwick earned $4.05 a share. Fixed income funds took in $11.3 billion.", "$11.3 billion", {"metric": "other"}),
    # 'N years ago' after a move's base dates the base only, its duration no figure between them
    ("Delmont Capital's assets rose to $40 billion from $25 billion three years ago.", "$40 billion", {"when": None}),
    ("Delmont Capital's assets rose to $40 billion from $25 billion three years ago.", "$25 billion",
     {"when": ("2022-01-01", "2022-12-31")}),
    # a move's old level after 'from' is a level, whatever the move's amount before it or its unit in points
    ("Orbis's assets grew by $34 billion over the year, from $478 billion at the end of 2023.", "$478 billion",
     {"role": "actual"}),
    ("Fees at Orbis fell to 38 basis points of assets from 42 basis points in 2023.", "42 basis points",
     {"role": "share"}),
    # what a thing costs (the verb) or retails for is its price; costs (the noun) are spending
    ("A Tessaly ferry ticket cost 30 pence in 1985. Today it costs £2.40.", "£2.40", {"metric": "price"}),
    ("The cheapest Dorvik bicycle retailed for $250.", "$250", {"metric": "price"}),
    ("Orbis said its operating costs rose to $2.3 billion.", "$2.3 billion", {"metric": "spending"}),
    # what a person earns a period is pay, not a company's net income
    ("A Tessaly welder earned $14,000 a year in 1985.", "$14,000", {"metric": "other"}),
    ("Nurses at Orbis Health earn £18 an hour.", "£18", {"metric": "other"}),
    ("Orbis earned $5 billion in the quarter.", "$5 billion", {"metric": "net_income"}),
    # a firm described by a title ('the asset manager') stays a firm; a person so described is no subject
    ("Quorvane Capital, the asset manager, said net inflows reached $18.7 billion in the third quarter.",
     "$18.7 billion", {"subject": "Quorvane Capital"}),
    ("Jana Varn, the fund manager, said net inflows reached $18.7 billion in the third quarter.", "$18.7 billion",
     {"subject": None}),
    # a base with its own noun of change is a move too ('slowing from a 6.5% rise in September')
    ("Orbisland's industrial output grew 4.9% in October, slowing from a 6.5% rise in September.", "6.5%",
     {"role": "change"}),
    # a growth rate named with a year, a place or a few reporting words between is a change, no share
    ("The Halvern Fund cut its forecast for Orbisland's growth this year to 2.2% from 2.5%.", "2.2%",
     {"role": "change"}),
    ("Tessaly's growth is now put at 4.8%, compared with 5.3% previously.", "4.8%", {"role": "change"}),
    ("The Halvern Fund kept its growth estimate for Orbisland at 3.1%.", "3.1%", {"role": "change"}),
    # 'Shares of' opening a sentence is no part of the company's name
    ("Shares of Kestro Inc. rose 14% in extended trading.", "14%", {"subject": "Kestro Inc."}),
    # court papers and records are sources as a filing is ('according to court papers', 'court records show')
    ("Brixola Inc. listed $1.2 billion of liabilities, according to court papers.", "$1.2 billion",
     {"source": "court papers"}),
    ("Legal fees at Dravo Mills totaled $41 million, court records show.", "$41 million", {"source": "court records"}),
    # 'lost' + an amount restated in percent + its new level is a move, not a loss
    ("Zinc lost $64, or 2.2%, to $2,845 a tonne.", "$64", {"role": "change", "metric": "other"}),
    ("Zinc lost $64, or 2.2%, to $2,845 a tonne.", "$2,845", {"role": "actual", "metric": "price"}),
    ("Orvane Mining lost $64 million in the second quarter.", "$64 million", {"role": "actual", "metric": "net_loss"}),
    # a lead, swing or difference of N is a difference: a change
    ("The Harbour Alliance took 51.2% and the Civic Bloc 38.9%, a lead of 12.3 percentage points.",
     "12.3 percentage points", {"role": "change"}),
    ("The Civic Bloc's vote rose to 38.9%, a swing of 6.1 percentage points.", "6.1 percentage points",
     {"role": "change"}),
    # a Title Case headline is no name: an organisation there is the run of its first words the body writes
    # again, and its capitalised common words make no sentence-opening word of the body a name
    ("Corvane Steel Output Slips 4%\n\nCorvane Steel made 2.1 million tonnes in May, down 4%, the company said.",
     "4%", {"subject": "Corvane Steel", "source": "Corvane Steel"}),
    ("Freight Volumes Slide\n\nVolumes at Pellmarsh Port fell 9% in May, the company said.", "9%",
     {"subject": "Pellmarsh Port", "source": "Pellmarsh Port"}),
    # a lender's product rates are interest rates
    ("Orbridge Bank lifted its easy-access rate to 3.9%.", "3.9%", {"metric": "interest_rate", "role": "actual"}),
    ("Orbridge Bank cut its five-year fix to 4.15%.", "4.15%", {"metric": "interest_rate"}),
    ("The average card rate reached 24.1%, the highest since 2008.", "24.1%", {"metric": "interest_rate"}),
    # a level the text says is running now takes no period of the sentence before
    ("Nurses' pay has fallen 9% in real terms since 2018, the union said. Inflation is running at 3.4%.", "3.4%",
     {"when": None}),
    ("The union walked out on Tuesday. Unemployment stands at 5.2%.", "5.2%", {"when": None}),
    # a conversion in brackets after the figure's noun, or restated with the noun in the next sentence
    ("The watchdog fined Harnell a £36 million penalty (US$46 million) on Monday.", "US$46 million",
     {"role": "conversion", "subject": "Harnell"}),
    ("The court ordered Varlow to pay a A$72 million penalty. The penalty, equivalent to about US$48 million, is "
     "a record.", "about US$48 million", {"role": "conversion"}),
    # a market's figure a broker or an agency reports is the place's, not the reporter's
    ("Office vacancy in Denver rose to 21% in the quarter, Harlock Partners said.", "21%",
     {"subject": "Denver", "source": "Harlock Partners"}),
    ("Hospital admissions in Ohio reached 610 last week, the agency said.", "610", {"subject": "Ohio"}),
    # a data story that opens with a place's possessive is about that place when later sentences name nobody;
    # 'according to the' names the source, not the subject
    ("Peru's foreign trade rose 6.2 percent in the first quarter. Exports grew 9.1 percent to 21.4 billion "
     "dollars.", "9.1 percent", {"subject": "Peru"}),
    ("Chile's exports rose 5% in May. Imports reached 7.4 billion dollars, according to the SNA.",
     "7.4 billion dollars", {"subject": "Chile", "source": "SNA"}),
    # 'net' before another noun or an amount is net of something else, no net income ('net rose' still is)
    ("Net absorption in Denver fell 28% in the quarter.", "28%", {"metric": "other"}),
    ("Total net generation in Orbisland fell 3% to 212 TWh.", "3%", {"metric": "other"}),
    ("Orvane boosted net 14% in the quarter.", "14%", {"metric": "net_income"}),
    # a period that owns a figure ('last year's 23,500', "September's 653,000 tonnes") dates that figure only
    ("Enrolments reached 31,200, an increase of 1,700 on last year's 29,500.", "31,200", {"when": None}),
    ("Output fell 3% to 612,000 tonnes in September from August's 631,000 tonnes.", "631,000 tonnes",
     {"when": ("2025-08-01", "2025-08-31")}),
    # 'the <Name> energy bureau said': a named office with lowercase words is the source, its name no subject
    ("Wind output rose 7% in January, the Varnel energy bureau said.", "7%",
     {"source": "the Varnel energy bureau", "subject": None}),
    ("Spot prices fell 11% in the quarter, the Dunmore market operator said.", "11%",
     {"source": "the Dunmore market operator"}),
    # a money figure per share is a price, never a total's metric; a value per share stays a valuation
    ("Ferrowen Inc priced its IPO at $18 a share, raising $540 million.", "$18", {"metric": "price"}),
    # net debt is debt; 'posted net $4.2 million' is net income; an airline is no economy
    ("Delvar's net debt fell to $3 billion.", "$3 billion", {"metric": "debt"}),
    ("Delvar Corp. posted net $3.1 million in the quarter.", "$3.1 million", {"metric": "net_income"}),
    ("Japan's second-largest airline said it would cut 900 jobs. Profit fell 20% to 8 billion yen.", "20%",
     {"subject": None}),
    ("Delvar reported a net of $3.9 million, or 11 cents a share.", "$3.9 million", {"metric": "net_income"}),
    ("Singapore's budget deficit will narrow to 1.1% of GDP. Spending will rise 4% to S$140 billion.", "4%",
     {"subject": "Singapore"}),
    ("The watchdog fined Harnell a £36 million penalty (US$46 million at current exchange rates) on Monday.",
     "US$46 million", {"role": "conversion"}),
    # a compared figure named with its own place after it is that place's
    ("Inflation in Spain was 3.1% in May, compared with 2.4% in Germany.", "2.4%", {"subject": "Germany"}),
    ("China reported 280 cases last week, twice as many as the 140 reported in India.", "140",
     {"subject": "India"}),
    # a clause that sets the same measure elsewhere with a pronoun for it: the first figure's metric and role,
    # the clause's place when the first figure was a place's
    ("Unemployment in Italy rose to 6.3% in May, while in Spain it was 11.2%.", "11.2%",
     {"subject": "Spain", "role": "share"}),
    ("Revenue in Canada rose 6% in May, while in Mexico it was 3%.", "3%",
     {"subject": "Mexico", "metric": "revenue", "role": "change"}),
    ("Dellorin's sales in Japan rose to $2 billion, while in Korea they were $1.2 billion.", "$1.2 billion",
     {"subject": "Dellorin", "metric": "sales"}),
    # a name after the sentence's opening words and 'in' is what they measure, not an object; a holding's
    # name is what is held; a data firm that says so reports the figure
    ("Serious injuries in Castlemoor rose 4% to 2,210 in 2024, the Ministry of Transport said.", "4%",
     {"subject": "Castlemoor", "source": "Ministry of Transport"}),
    ("Shares in Quorvane rose 5% on Monday.", "5%", {"subject": "Quorvane"}),
    ("Its stake in Teller Optics rose to 60%.", "60%", {"subject": None}),
    ("Holdings in Swiss francs stand at about $80 billion, the fund said.", "about $80 billion",
     {"subject": None}),
    ("Grocery sales rose 3.5% in the 12 weeks to 13 July, Ostrel Economics said.", "3.5%",
     {"subject": None, "source": "Ostrel Economics"}),
    ("Net profit rose 9% to $42 million in the quarter, Kestrel Data said.", "9%", {"subject": "Kestrel Data"}),
    # a definite noun that is the last word of an organisation named just before is that organisation
    ("The Halvane Research Foundation released its annual figures on Wednesday. The foundation's total grant "
     "funding will fall to €410 million in 2025.", "€410 million", {"subject": "Halvane Research Foundation"}),
    ("The Tarrow Space Observation Bureau published its report on Friday. The bureau's spending rose 11% to "
     "$1.4 billion.", "11%", {"subject": "Tarrow Space Observation Bureau"}),
    # a move's base takes the results period a year back, with the period's year or end written too
    ("Quorvane's premiums rose 12% to £2.35 billion in the first half of 2025 from £2.1 billion.", "£2.1 billion",
     {"when": ("2024-01-01", "2024-06-30")}),
    ("Profit more than doubled to £188 million in the six months to June 30 from £84 million.", "£84 million",
     {"when": ("2024-01-01", "2024-06-30")}),
    ("Revenue rose to $640 million from $474 million in the nine months to September.", "$640 million",
     {"when": ("2025-01-01", "2025-09-30")}),
    # (but a base with a year of its own after it keeps it)
    ("Novell's share slipped to 19% from 24% in the second quarter of 2024.", "24%",
     {"when": ("2024-04-01", "2024-06-30")}),
    # a title inside a run of capitalised words before a name makes a person, never a subject
    ("The issue drew bids of more than $4.5 billion, Treasury Secretary Daniel Mbuvo said.", "more than $4.5 billion",
     {"subject": None, "source": "Treasury Secretary Daniel Mbuvo"}),
    # who a report or study is by is its source, never the subject, with a descriptor or a date between
    ("The marathon generated $34.6 million, according to a report released on Tuesday by consultancy Telvane "
     "Economics.", "$34.6 million", {"source": "Telvane Economics"}),
    ("The marathon pumped $34.6 million into the city, a study by Brennock Analytics released on Wednesday found.",
     "$34.6 million", {"source": "Brennock Analytics"}),
    ("According to a study by Brennock Analytics, the marathon pumped $34.6 million into the city.", "$34.6 million",
     {"subject": None, "source": "Brennock Analytics"}),
    # (review counter-examples) where a study was published is no subject; a plural's 'the airlines'' names no one
    # firm; points of change give no role to a level set beside them
    ("Published in the Lancet, the study found that deaths from sepsis fell 12% between 2015 and 2023.", "12%",
     {"subject": None}),
    ("Tolvex Airlines and Kestrel Air agreed to merge on Monday. The airlines' combined revenue was $4 billion last "
     "year.", "$4 billion", {"subject": None}),
    ("Germany's renewable share of power rose 3 percentage points last year, while in Spain it was 56%.", "56%",
     {"role": "share"}),
    # a deficit, surplus or debt in percent is a rate's level, no share; a projected level's base is its level now
    ("Varnia's budget deficit narrowed to 3.9% last year.", "3.9%", {"metric": "deficit", "role": "actual"}),
    ("Public debt is projected to fall to 70.2% of GDP from 72.4%.", "72.4%", {"metric": "debt", "role": "actual"}),
    # a contraction opening a quote is no name ('We're', 'It's')
    ("Telvane Networks reported results on Tuesday. \"We're on track to pass 4 million homes by 2027,\" its chief "
     "executive said.", "4 million homes", {"subject": "Telvane Networks"}),
    # who expects, forecasts or predicts a figure is its source, not the one said before
    ("Quotalyne said premiums rose 9% in the quarter. The Association of Vehicle Underwriters expects premiums to "
     "rise by no more than 3% next year.", "no more than 3%", {"source": "Association of Vehicle Underwriters"}),
    # periods joined by 'and' (a list's last 'and') date a figure together: the first's start to the last's end
    ("Korvane's sales rose 4% to $2.1 billion in June and July.", "$2.1 billion",
     {"when": ("2025-06-01", "2025-07-31")}),
    ("In March and April, Telmora's exports fell 6% to 1.2 million tonnes.", "6%",
     {"when": ("2025-03-01", "2025-04-30")}),
    ("Halvex said the charge would cut earnings by about 9% in both 2026 and 2027.", "about 9%",
     {"when": ("2026-01-01", "2027-12-31")}),
    ("Storms hit the coast in 2022, 2023 and 2024, causing damage of $640 million.", "$640 million",
     {"when": ("2022-01-01", "2024-12-31")}),
    ("Telmora's two plants, costing $900 million, open in 2026 and 2030.", "$900 million",
     {"when": ("2026-01-01", "2026-12-31")}),  # two years named, not the five from one to the other
    ("Korvane's sales rose 4% in June and fell 2% in July.", "2%", {"when": ("2025-07-01", "2025-07-31")}),
    # a common word opening the sentence is no name, before a number too ('Loans 60 days past due'), nor the
    # source of a saying verb that is also a plural noun ('Burglary reports ... fell')
    ("Loans 60 days past due rose to 6.1% in the quarter.", "6.1%", {"subject": None, "source": None}),
    ("Foreclosure starts totaled 92,300 in the quarter.", "92,300", {"subject": None, "source": None}),
    ("Condo owners accounted for 2,240 of the arrears cases.", "2,240", {"subject": None, "source": None}),
    ("Burglary reports in Tolvern fell 10% to 940 last year.", "10%", {"subject": "Tolvern", "source": None}),
    ("Price estimates for the Harlow sale rose 12% to $41 million.", "12%", {"source": None}),
    ("Wirepoint reports that Telvane's sales rose 10% to $940 million.", "10%", {"source": "Wirepoint"}),
    # net migration by any qualifier is no net income
    ("Australia's net overseas migration was 341,600 in 2024-25.", "341,600", {"metric": "other"}),
    # 'equal to' and 'the equivalent of' restate an amount in another currency
    ("The vase sold for HK$118 million, equal to US$15.2 million.", "US$15.2 million", {"role": "conversion"}),
    ("Telvane paid a fine of £40 million, the equivalent of $51 million.", "$51 million", {"role": "conversion"}),
    # a rate's acronym is no subject
    ("The average APR on credit cards was 21.9% in August.", "21.9%", {"subject": None}),
    # a place that is also a demonym opening its sentence before a verb acts ('The US accounted for')
    ("The US accounted for 42% of Orvesse's sales.", "42%", {"subject": "US"}),
    # a place set right before its figure in a list is that item's subject; a company's figures by place keep it
    ("Germany took 12% of the market, France 9% and Italy 5%.", "9%", {"subject": "France"}),
    ("The US took a 42% share, followed by China at 24% and the UK at 18%.", "24%", {"subject": "China"}),
    ("Telvane's sales rose 5% in Germany, France 9% and Italy 5%.", "9%", {"subject": "Telvane"}),
    # a list item labelled with its place
    ("Minimum wages rose across the EU in 2025.\n- Croatia: the monthly minimum rose 12% to 970 euros.", "12%",
     {"subject": "Croatia"}),
    # who released the figures, after the day they were released ('released Tuesday by'), a quarterly report's too;
    # the day dates the release, not the figures
    ("Consumer insolvencies rose 4% to 12,400, according to figures released Tuesday by the Canadian Lending "
     "Registry.", "4%", {"source": "Canadian Lending Registry", "when": None}),
    ("Card balances rose 6%, according to a quarterly report released Tuesday by the Halvorsen Institute.", "6%",
     {"source": "Halvorsen Institute"}),
    # a Nordic legal form's slash keeps the name whole ('A/S', 'P/F')
    ("Trawler group Kelvik A/S said on Tuesday its revenue rose 12%.", "12%",
     {"subject": "Kelvik A/S", "source": "Kelvik A/S"}),
    # review of this round: periods of two clauses, or items given respectively, are no span together
    ("Halden Foods said its revenue rose 10% to $5.5 billion in 2024, and 2025 revenue should reach about $6.0 "
     "billion.", "about $6.0 billion", {"when": ("2025-01-01", "2025-12-31")}),
    ("Kelvo earned $300 million in the first quarter and second-quarter profit rose 10% to $330 million.",
     "$300 million", {"when": ("2025-01-01", "2025-03-31")}),
    ("Inflation in Varnia eased to 2.4% in June and July saw a further fall to 2.2%.", "2.4%",
     {"when": ("2025-06-01", "2025-06-30")}),
    ("Sales fell 3% and 5% in January and February, respectively.", "3%", {"when": ("2025-01-01", "2025-01-31")}),
    # a company named by a common word still speaks before a verb that takes an object ('Target forecasts a ...')
    ("Lantern warns that its quarterly profit will drop 15% to $43 million.", "15%", {"source": "Lantern"}),
    # a title joined to another by a slash is no legal form: the person is the source, the company the subject
    ("Morlen Chairman/CEO Tom Grey said revenue rose 9% to $310 million.", "9%",
     {"subject": "Morlen", "source": "Tom Grey"}),
    # a year after a common word is the name's ('Beacon 2024 revenue')
    ("Beacon 2024 revenue rose 2% to $391 million, the company said.", "2%", {"subject": "Beacon"}),
    # the places of a list after a possessive place are where its figures went
    ("Norway's seafood exports to Poland rose 9% to NOK 14 billion last year, France NOK 11 billion and Denmark NOK 9 "
     "billion.", "NOK 11 billion", {"subject": "Norway"}),
    # a council, association, federation or society named after the figure reports it; a credit bureau too
    ("The share of mortgages in arrears rose to 4.04% in the quarter, the Brindle Servicers Council said.",
     "4.04%", {"subject": None, "source": "Brindle Servicers Council"}),
    ("Petrol averaged 132.4p a litre on Sunday, the Halvering Motoring Association said.", "132.4p",
     {"subject": None, "source": "Halvering Motoring Association"}),
    ("Households carried an average of $21,931 in non-mortgage debt, credit bureau Kestrelline said.", "$21,931",
     {"subject": None, "source": "Kestrelline"}),
    # a person is never the subject: a police rank before the name, a speaker 'of the' organisation after 'said'
    ("Detective Inspector Mara Quill said officers in Tolvern had seized 830 knives.", "830 knives",
     {"subject": None}),
    ("\"The fund needs $12 million,\" said Hanne Vossberg of the Orlan Bird Trust.", "$12 million", {"subject": None}),
    # 'wiping $X off its market value': the company's value, not a market 'off its market'
    ("Nimsaro's shares fell 6% on Thursday, wiping about $1.9 billion off its market value.", "about $1.9 billion",
     {"subject": "Nimsaro", "metric": "valuation"}),
    # 'last year' after a month that dates no figure is that year; after a month's figure, that month a year back
    ("Hackers breached Tolvane Bank in March. Its revenue was $40 million last year.", "$40 million",
     {"when": ("2024-01-01", "2024-12-31")}),
    ("Ferry sales were $5 million in March. They were $4 million last year.", "$4 million",
     {"when": ("2024-03-01", "2024-03-31")}),
    # a metric word naming an office is no metric ('the economy ministry', 'the Ministry of Economy')
    ("Portugal will grant €850 million to Velmark Acier, the economy ministry said on Monday.", "€850 million",
     {"metric": "other"}),
    ("Portugal will grant €850 million to Velmark Acier, according to the Ministry of Economy.", "€850 million",
     {"metric": "other"}),
    # 'Over' opening a sentence names the span its figures cover, not a comparison's base
    ("Over the first half, Dravin Bank's profit fell 3% to $200 million.", "$200 million",
     {"when": ("2025-01-01", "2025-06-30")}),
    # a figure 'against' another is compared with it: the base's period is not the figure's
    ("Earnings per share amounted to AED 0.41 against AED 0.35 for the corresponding period last year.", "AED 0.35",
     {"when": ("2024-07-01", "2024-09-30")}),
    ("Earnings per share amounted to AED 0.41 against AED 0.35 for the corresponding period last year.", "AED 0.41",
     {"when": None}),
    # what was achieved after a target verb is no target
    ("Tamdan Bank is targeting a return on equity of 20% for the year, having achieved 19.4% in the first nine "
     "months.", "19.4%", {"role": "share"}),
    # a growth rate compared with the one before ('up from 0.6% in 2024') is that rate, no share
    ("The economy of Varnia grew 1.4% in 2025, up from 0.6% in 2024.", "0.6%", {"role": "change", "metric": "gdp"}),
    # 'now' before a verb of forecasting dates the expectation, not the figure
    ("For the full year Quorvane now expects revenue of $16.5 billion.", "$16.5 billion",
     {"when": ("2025-01-01", "2025-12-31")}),
    # 'net cash', 'net proceeds' are no net income
    ("Tolvane's net cash fell to £310 million.", "£310 million", {"metric": "other"}),
    # a titled person is no subject: office titles, sports positions, a name with an accented capital
    ("Expenses totalled $74.1 billion, Treasurer Colm Dunmore said.", "$74.1 billion", {"subject": None}),
    ("Board member Lila Vost said the district is drawing down its reserve fund by $2.4 million.", "$2.4 million",
     {"subject": None}),
    ("The Pinewood Foxes signed outfielder Reggie Banfield to a seven-year, $217 million contract.", "$217 million",
     {"subject": "Pinewood Foxes"}),
    ("Governor Élise Marchetti said the economy contracted at an annualized rate of 1.4 per cent.", "1.4 per cent",
     {"subject": None}),
    # a bank's own results are its own, whatever the sentence says of the economy (review of 2fbc865: 'Bank' and
    # 'Reserve' as reporters of macro figures took them; 'Stats' as a statistics office took 'Stats Arena')
    ("Kolade Bank said profit rose 12% to N45bn.", "N45bn", {"subject": "Kolade Bank"}),
    ("Profit rose 12% to 80 billion shillings in 2024 as inflation eased, Kolade Bank said.", "80 billion shillings",
     {"subject": "Kolade Bank"}),
    ("Britain's Stats Arena said revenue rose 8% to £300 million in 2024.", "£300 million", {"subject": "Stats Arena"}),
    # review of this round's diff: 'now says' dates the figure now; a quarter that dates no figure is still the one
    # 'last year' points back from; a title-case headline's 'Over Prior Year' is a base; 'respectively' splits
    # coordinated quarters; a growth rate's ', up from 38% to 40%' gives two levels
    ("Orvane opened its first store in 2019 and now says it runs 1,500 stores worldwide.", "1,500 stores",
     {"when": ("2025-10-24", "2025-10-24")}),
    ("Harlow Foods reported its second-quarter results on Tuesday. Revenue rose 5% to $400 million. Sales were "
     "$380 million last year.", "$380 million", {"when": ("2024-04-01", "2024-06-30")}),
    ("Kestrel Third-Quarter Revenue Up 8% Over Prior Year", "8%", {"when": ("2025-07-01", "2025-09-30")}),
    ("Orvane's revenue rose 5% and 7% in the first and second quarters, respectively.", "7%", {"when": None}),
    ("Kestrel's gross margin rose 2 points, up from 38% to 40%.", "38%", {"role": "actual"}),
    # a conversion in brackets after a short phrase of the amount's clause ('in the second quarter (about $3.7m)')
    ("Nimsaro's revenue was €3.2 million in the second quarter (about $3.7 million).", "about $3.7 million",
     {"role": "conversion", "metric": "revenue"}),
    # a bullet's metric label is no subject ('- Orders: 610 million'); a quote's label is ('Dollar: 141.65 yen')
    ("Quorvane results\n- Orders: 610 million\n- Headcount: 5,200 employees", "5,200 employees", {"subject": None}),
    # review of 9aa1bb2: a quarter with its year that dates no figure is an event's; 'last year' is that year
    ("Brisco went public in the second quarter of 2021. Its revenue was $50 million last year.", "$50 million",
     {"when": ("2024-01-01", "2024-12-31")}),
    # a wire dateline's day is the story's, not its figures'; the lead's quarter still governs
    ("SAN FRANCISCO, Oct. 23 (Wirepoint) - Tessaly Inc reported a 20% rise in third-quarter revenue on Thursday."
     "\n\nNet income rose to $1.2 billion.", "$1.2 billion", {"when": ("2025-07-01", "2025-09-30")}),
    # the period that is the figure's noun's adjective dates it, not the day of the news after it
    ("Calloway Inc reported third-quarter revenue of $8.4 billion on Thursday.", "$8.4 billion",
     {"when": ("2025-07-01", "2025-09-30")}),
    ("Calloway Inc forecast fourth-quarter revenue of $8.7 billion on Thursday.", "$8.7 billion",
     {"when": ("2025-10-01", "2025-12-31")}),
    # ', the bank had ...' cites nobody
    ("As of Sept. 30, the bank had assets of $511 million, Harwick Corp. said.", "$511 million",
     {"source": "Harwick Corp."}),
]


@pytest.mark.parametrize("text,figure,want", REAL_NEWS_CLASSES, ids=[f"{f}:{t[:40]}" for t, f, _ in REAL_NEWS_CLASSES])
def test_real_news_classes(nlp, text, figure, want):
    claim = claim_of(claimgraph.extract(text, date="2025-10-24", nlp=nlp), figure)
    assert {k: getattr(claim, k) for k in want} == want


def test_a_session_day_dates_later_share_moves(nlp):
    """A market report names the session's day once ('In composite trading Tuesday ...'); later paragraphs'
    price moves and closes are that session's. A bid is no session's close; nor does a day of an event that
    is no trading date a later move."""
    text = ("Harbor Freight Lines Corp. agreed to buy Delmont Carriers Inc. for $14 a share.\n\n"
            "In composite trading Tuesday on the Big Board, Harbor Freight shares slipped 50 cents to $31.25.\n\n"
            "In over-the-counter trading, Delmont shares jumped $3.125 to $13.50.")
    when = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "when")
    assert when["$3.125"] == when["$13.50"] == ["2025-10-21", "2025-10-21"]
    assert when["$14"] is None
    text = ("In composite trading Thursday, Harbor Freight shares closed at $30, down 4% from the previous Monday.\n\n"
            "Delmont shares rose $1 to $12 in over-the-counter trading.")
    when = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "when")
    assert when["$1"] == ["2025-10-23", "2025-10-23"]  # the session, not the comparison's base day
    text = ("The Delmont Carriers plant closed on Tuesday after a fire.\n\n"
            "In over-the-counter trading, Delmont shares fell $1.25 to $9.50.")
    when = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "when")
    assert when["$1.25"] is None and when["$9.50"] is None


def test_a_part_of_a_whole_is_of_the_whole_s_period(nlp):
    """'nearly half of the 14,000 systems it shipped in the quarter': the part is of the quarter its whole names,
    not of the month the paragraph spoke of before; a part whose own sentence dates it keeps that date."""
    text = ("Orrin Data Corp. said its results were hurt by the launch of a new line of computers in April. One of "
            "those computers accounted for nearly half of the 14,000 systems Orrin shipped in the quarter.")
    when = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "when")
    assert when["nearly half"] == when["14,000 systems"] == ["2025-07-01", "2025-09-30"]
    text = ("Orrin Data Corp. launched new computers in April. In August, they made up 40% of the 6,000 systems "
            "Orrin shipped in the quarter.")
    when = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "when")
    assert when["40%"] == ["2025-08-01", "2025-08-31"]


def test_a_listing_compiled_by_a_service_is_its_source(nlp):
    """'as compiled by Harwick Capital Markets Report': the service that compiled a listing reports every figure
    of it; 'figures compiled by' a body report the sentence's figures."""
    text = ("The following were among Friday's offerings, as compiled by Harwick Capital Markets Report: Orrin Data "
            "Inc. -- $125 million of 6% notes due 1999.\n\nCalloway Corp. -- $80 million of 9% debentures.")
    source = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "source")
    assert source["$125 million"] == source["$80 million"] == "Harwick Capital Markets Report"
    text = "Sales of used trucks rose 5% to $20 million, according to figures compiled by the Harwick Institute."
    source = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "source")
    assert source["5%"] == "Harwick Institute"


def test_a_figure_compared_with_after_another_is_the_year_before(nlp):
    """'was flat at 1.31 billion guilders, compared with 1.29 billion guilders': in a story about a
    quarter, the base after ', compared with' is that quarter a year earlier, as after a verb of change."""
    text = ("Harwick N.V. said third-quarter net income rose 12% to 95 million guilders.\n\n"
            "Revenue was flat at 1.31 billion guilders, compared with 1.29 billion guilders.")
    when = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "when")
    assert when["1.31 billion guilders"] == ["2025-07-01", "2025-09-30"]
    assert when["1.29 billion guilders"] == ["2024-07-01", "2024-09-30"]


def test_it_after_a_saying_about_a_company_is_that_company(nlp):
    """'Still, brokers say Orrin is an odd case. It expects a deficit ...': 'It' is the company the saying's clause
    opens with, not the story's main subject."""
    text = ("Harwick Group PLC will pay 15 billion yen for 39 million new shares of Orrin Audio Co.\n\n"
            "Harwick Group is a fast-growing conglomerate. Harwick Group also owns farms.\n\n"
            "Still, brokers say Orrin is an odd case. It expects a deficit of 2.1 billion yen for the year.")
    subject = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "subject")
    assert subject["2.1 billion yen"] == "Orrin Audio Co."
    assert subject["15 billion yen"] == "Harwick Group PLC"


def test_a_source_named_once_governs_the_story(nlp):
    text = ("Norrland Paper AB said its third-quarter net income slipped 6% to 410 million kronor.\n\n"
            "Sales rose 4% to 3.2 billion kronor. Operating profit was 520 million kronor.\n\n"
            "Analysts said the pulp market would weaken, cutting prices by 10%.\n\n"
            "The company's packaging unit had sales of 900 million kronor.")
    source = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "source")
    assert source["410 million kronor"] == source["520 million kronor"] == "Norrland Paper AB"
    assert source["10%"] == "Analysts"  # their own sentence only: no frame for the story
    assert source["900 million kronor"] == "Norrland Paper AB"  # 'the company' is the topic company


def test_people_quoted_are_sources_of_their_sentence(nlp):
    text = ("Orrin Chemical Co. said sales rose 4% to $820 million.\n\n"
            "Walter K. Brandt, chairman and chief executive, said exports would reach $300 million next year.\n\n"
            "Mr. Brandt said the plant would cost $45 million.")
    source = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "source")
    assert source["$820 million"] == "Orrin Chemical Co."
    assert source["$300 million"] == source["$45 million"] == "Walter K. Brandt"  # one sentence, not two


def test_comparison_bases_are_the_year_earlier_period(nlp):
    text = ("Veldt Instruments Corp. said third-quarter net income fell 6% to $20.6 million from $22 million.\n\n"
            "Revenue declined to $310 million from $318 million.\n\n"
            "Net for the first nine months came to $61 million, compared with $58 million in the year-earlier period.")
    when = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "when")
    assert when["$20.6 million"] == ["2025-07-01", "2025-09-30"]
    assert when["$22 million"] == when["$318 million"] == ["2024-07-01", "2024-09-30"]
    assert when["$61 million"] == ["2025-01-01", "2025-09-30"]
    assert when["$58 million"] == ["2024-01-01", "2024-09-30"]


def test_a_deadline_right_after_a_period_closes_it_and_a_which_ended_clause_only_qualifies(nlp):
    text = ("The Marlow Income Fund has lost 3.12% this year through Oct. 17, Penwick Research says; the Alder "
            "Bond Fund gained 0.94%. In 2024 through August, the Quarry index rose 6%. Selden Mills Inc. said "
            "profit in fiscal 2024, which ended June 30, rose to $18.2 million. Dorrit Co. will pay $2 a share "
            "from today through Nov. 20.")
    report = claimgraph.extract(text, date="2025-10-24", nlp=nlp)
    when = claims_by_figure(report, "when")
    assert when["3.12%"] == when["0.94%"] == ["2025-01-01", "2025-10-17"]
    assert when["6%"] == ["2024-01-01", "2024-08-31"]
    assert when["$18.2 million"] == ["2024-01-01", "2024-12-31"]  # fiscal 2024, not June 30 (its year's end unknown)
    assert when["$2"] == ["2025-10-24", "2025-11-20"]
    ends = claims_by_figure(report, "period_end")
    assert ends["$18.2 million"] is None and ends["3.12%"] is not None


def test_a_peer_compared_is_no_base_a_year_back(nlp):
    text = ("In the third quarter, Holt Corp. sales rose 6%, compared with 4% at Bramley Inc. Holt Corp. earned "
            "$5 million, compared with $4 million a year earlier.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "subject", "when")
    assert got["4%"] == ("Bramley Inc.", ["2025-07-01", "2025-09-30"])  # the peer's figure, the same quarter
    assert got["$4 million"] == ("Holt Corp.", ["2024-07-01", "2024-09-30"])  # a base: a year back


def test_governing_periods_carry_and_year_back_periods_do_not(nlp):
    """'For the nine months, ...' governs the next paragraph; 'In the year-earlier quarter, ...' only its own
    sentence; a per-share figure after a base is the base's; 'At <unit>,' turns to another topic."""
    text = ("Brisco Industries Inc. said third-quarter net income rose 9% to $48.3 million, or $1.12 a share, "
            "from $44.3 million, or $1.03 a share.\n\n"
            "In the year-earlier quarter, the company booked a tax credit of $2.1 million. Sales rose 4% to "
            "$812 million from $781 million.\n\n"
            "For the nine months, net was $131.6 million, or $3.05 a share. In the year-earlier period, net was "
            "$120.2 million, or $2.79 a share.\n\n"
            "Brisco had operating profit of $190.4 million, up 7% from $178 million.\n\n"
            "At Dalton Fabrics, sales fell 2% to $96 million.\n\n"
            "Kestrel Air said it lost $12 million for the first nine months, compared with profit a "
            "year earlier of $30.5 million, or 88 cents a share.")
    when = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "when")
    q3, q3_before = ["2025-07-01", "2025-09-30"], ["2024-07-01", "2024-09-30"]
    nine, nine_before = ["2025-01-01", "2025-09-30"], ["2024-01-01", "2024-09-30"]
    assert when["$48.3 million"] == when["$1.12"] == q3
    assert when["$44.3 million"] == when["$1.03"] == q3_before  # the per-share figure of the base
    assert when["$2.1 million"] == q3_before
    assert when["$812 million"] == when["4%"] == q3  # the year-earlier quarter governed its sentence only
    assert when["$781 million"] == q3_before
    assert when["$131.6 million"] == when["$3.05"] == nine
    assert when["$120.2 million"] == when["$2.79"] == nine_before
    assert when["$190.4 million"] == when["7%"] == nine  # carried from 'For the nine months,'
    assert when["$178 million"] == nine_before
    assert when["$96 million"] == when["2%"] == q3  # another unit: back to the story's quarter
    assert when["$12 million"] == nine
    assert when["$30.5 million"] == when["88 cents"] == nine_before


def test_roundup_of_units_each_reports_its_own_results(nlp):
    """A results roundup: the lead's company speaks through an apposition ('Corvell Group's unit, Corvell
    Marine Systems, said'); a unit named later ('At NTL, ...', 'Norrbeck Trust Lending Corp.' abbreviated)
    reports its own figures, and a sentence that names nobody stays with the unit its paragraph is about."""
    text = ("Corvell Group's shipbuilding unit, Corvell Marine Systems, said net income fell 12% in the third "
            "quarter.\n\n"
            "Meanwhile, net at Corvell's lending arm, Norrbeck Trust Lending Corp., rose 4%. By contrast, Halden "
            "Freight Lines Inc., Corvell's trucking subsidiary, lifted net 9%.\n\n"
            "At NTL, net rose 4% to $51.2 million from $49.2 million. Revenue rose 6% to $410 million.")
    report = claimgraph.extract(text, date="2025-10-24", nlp=nlp)
    q = {x.id: x.text for x in report.quantities}
    claims = [(q[c.quantity], c.subject, c.source) for c in report.claims if c.quantity]
    assert claims[0] == ("12%", "Corvell Marine Systems", "Corvell Marine Systems")
    assert claims[1][1] == claims[1][2] == "Norrbeck Trust Lending Corp."
    assert claims[2][1] == claims[2][2] == "Halden Freight Lines Inc."  # not the owner in the apposition
    for figure, subject, source in claims[3:]:
        assert subject == source == "Norrbeck Trust Lending Corp.", figure  # NTL, also for the revenue


def test_names_in_asides_and_objects_are_not_the_subject(nlp):
    """A name in a closed aside ('-- Castine Refining Corp. --') or behind a preposition after the figure
    ('its stake in Teller Optics Inc.') is not what the figure is about."""
    text = ("Brisco Industries Inc. said third-quarter net income rose 9% to $48.3 million. Brisco's sales rose "
            "4% to $812 million.\n\n"
            "The results included a gain of $3.2 million from the sale of its stake in Teller Optics Inc.\n\n"
            "Marlow Holdings Inc., which owns 40% of the region's largest refiner -- Castine Refining Corp. -- "
            "posted net income of $12.4 million. Marlow said Brisco bought a 5% stake in Teller Optics.")
    subject = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "subject")
    assert subject["$3.2 million"] == "Brisco Industries Inc."
    assert subject["40%"] == subject["$12.4 million"] == "Marlow Holdings Inc."


def test_a_lead_period_ended_governs_and_a_later_clause_keeps_its_own_day(nlp):
    """'the six months ended Sept. 28' in the lead governs the story; the per-share figure after a bracketed
    conversion is the base's; a day in a later clause ('but shares rose ... yesterday') dates only that clause."""
    text = ("Pellow Press PLC said its net income in the six months ended Sept. 28 rose 4% to #52.1 million "
            "($83.4 million), or 9.2 pence a share, from #50.1 million ($80.2 million), or 8.9 pence a share.\n\n"
            "Sales fell 3% to #410 million.\n\n"
            "Pretax profit rose 2% to #71 million, but shares fell 4 pence to 212 pence in trading yesterday.")
    when = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "when")
    half, half_before = ["2025-03-29", "2025-09-28"], ["2024-03-29", "2024-09-28"]
    assert when["#52.1 million"] == when["9.2 pence"] == half
    assert when["#50.1 million"] == when["8.9 pence"] == half_before
    assert when["#410 million"] == when["#71 million"] == half


def test_share_trading_in_a_later_clause_is_a_price(nlp):
    """'Pretax profit fell ... from $52 million, but shares rose 40 cents to $18.25': the trading clause's
    figures are a stock move and a price, and the profit's base is not their 'from'."""
    text = ("Tarrant Mills Inc. said pretax profit fell 3% to $50 million from $52 million, but shares rose 40 cents "
            "to $18.25 in New York trading.")
    metric = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "metric")
    assert metric["$50 million"] == metric["$52 million"] == "profit"
    assert metric["40 cents"] == "stock_move" and metric["$18.25"] == "price"


def test_a_list_compared_with_a_change_names_each_figure_after_for(nlp):
    """'fell 6.2%, compared with 4.1% for the Carrow Index, 3.9% for the Lindell Composite Index and 3.4% for
    the Marsh Industrial Index': every listed figure is a change, about the name after 'for'."""
    text = ("Since the plunge, the Tavis Small Company Index has fallen 6.2%, compared with 4.1% for the Carrow "
            "Index, 3.9% for the Lindell Composite Index and 3.4% for the Marsh Industrial Index.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "subject", "role")
    assert got["4.1%"] == ("Carrow Index", "change")
    assert got["3.9%"] == ("Lindell Composite Index", "change")
    assert got["3.4%"] == ("Marsh Industrial Index", "change")


def test_separately_a_second_company_reports_its_own_release(nlp):
    """A roundup: 'Separately, <company> reported ...' opens the next company's release; its later
    sentences that name nobody are that company's figures, for its period, reported by it."""
    text = ("Ardent Rail Corp. said fiscal first-quarter net income rose 12% to $84 million.\n\n"
            "Ardent said revenue rose 5% to $1.2 billion.\n\n"
            "Separately, Quillon Air Inc., Tulsa, Okla., reported third-quarter profit jumped 31% to $9.4 million.\n\n"
            "Revenue rose 8% to $310 million from $287 million.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "subject", "source", "when")
    assert got["$84 million"][:2] == ("Ardent Rail Corp.", "Ardent Rail Corp.")
    assert got["$9.4 million"] == ("Quillon Air Inc.", "Quillon Air Inc.", ["2025-07-01", "2025-09-30"])
    assert got["$310 million"] == ("Quillon Air Inc.", "Quillon Air Inc.", ["2025-07-01", "2025-09-30"])


def test_a_rival_in_a_story_with_no_named_release_reports_its_own_results(nlp):
    """A roundup whose lead names no reporting verb ('Harlow Mills Corp. posted ...'): the topic company's
    release governs, but a paragraph about another company written with its designator ('Brisco Metals Inc.
    ... posted') is that company's release; a public body is never a release of its own."""
    text = ("Harlow Mills Corp. posted a steep drop in third-quarter profit, to $52 million.\n\n"
            "Sales at Harlow Mills fell to $1.1 billion.\n\n"
            "Brisco Metals Inc., which owns half of a rolling mill, posted net income of $7.2 million. "
            "Sales rose to $640 million from $590 million.\n\n"
            "In Washington, Congress approved $30 million in tariff relief for the mills.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "subject", "source")
    assert got["$52 million"][1] == "Harlow Mills Corp."
    assert got["$1.1 billion"][1] == "Harlow Mills Corp."
    assert got["$7.2 million"] == ("Brisco Metals Inc.", "Brisco Metals Inc.")
    assert got["$640 million"][1] == "Brisco Metals Inc."
    assert got["$30 million"][1] == "Harlow Mills Corp."


def test_analysts_expectations_report_only_the_figure_they_lead_into(nlp):
    """'... and was below analysts' expectations of #90 million': the expectation is the analysts' figure even
    though the company spoke earlier in the sentence; the company's own figures before it stay the company's,
    in a sentence of its own too."""
    text = ("Corwin Textiles PLC said pretax profit fell 4% to #88 million and was below analysts' expectations "
            "of #90 million to #93 million.\n\n"
            "Operating profit slipped to #61 million, short of analysts' forecasts of #64 million.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "source")
    assert got["#88 million"] == "Corwin Textiles PLC"
    assert got["#90 million to #93 million"] == "analysts"
    assert got["#61 million"] == "Corwin Textiles PLC"
    assert got["#64 million"] == "analysts"


def test_said_before_a_clause_names_the_clause_subject_not_the_source(nlp):
    """'Ms. Varga said Dorrance would own 60% ...': the company after 'said' opens the reported clause; the
    speaker is the source. An inverted attribution ('..., said Helen Varga.') ends its clause."""
    text = ("Dorrance Pumps Corp. said third-quarter net income rose 12% to $84 million.\n\n"
            "The company's chief executive, Helen T. Varga, said the pump unit would grow 9% next year. "
            "Ms. Varga said Dorrance would own 60% of a new plant in Ohio.\n\n"
            "Orders for the new pumps reached 4,000 units, said Helen T. Varga.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "source")
    assert got["$84 million"] == "Dorrance Pumps Corp."
    assert got["60%"] == "Helen T. Varga"
    assert got["4,000 units"] == "Helen T. Varga"


def test_a_pronoun_that_speaks_reports_for_the_person_named_last(nlp):
    """'She said the plant would cost $40 million': the speaker is the person the story named last, not the
    company whose release frames the story."""
    text = ("Dorrance Pumps Corp. said third-quarter net income rose 12% to $84 million.\n\n"
            "Chief executive Helen T. Varga expects demand to keep rising.\n\n"
            "She said the new plant would cost $40 million. \"We can double output,\" she said of the 700 workers.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "source")
    assert got["$84 million"] == "Dorrance Pumps Corp."
    assert got["$40 million"] == "Helen T. Varga"
    assert got["700 workers"] == "Helen T. Varga"


def test_a_state_abbreviation_in_a_descriptor_is_a_place_not_a_company(nlp):
    """'The Dover, Del., company reported net of $583 million': 'Del.' is a state, so nobody new reports
    the figure; the story's company does."""
    text = ("Harlan Chemical Co. said third-quarter profit rose 10%.\n\n"
            "The Dover, Del., company reported net of $583 million, or $2.36 a share.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "subject", "source")
    assert got["$583 million"][1] == "Harlan Chemical Co."
    assert got["$2.36"][1] == "Harlan Chemical Co."


def test_continental_regions_are_places_not_subjects(nlp):
    """'its North America division', 'North American vehicle output': a region, never the figure's subject."""
    text = ("Halvard Motors Corp. said third-quarter net income rose 6% to $410 million.\n\n"
            "Sales in its North America division, which accounted for 38% of the total, rose. "
            "Halvard's North American output fell 4.1% from a year ago.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "subject", "source")
    assert got["38%"][0] not in ("North America", "North American")
    assert got["4.1%"] == ("Halvard Motors Corp.", "Halvard Motors Corp.")


def test_a_named_person_who_attributes_a_result_reports_its_figures(nlp):
    """'X, president of the unit, attributed the gain to exports, which rose 31%': the person is the source."""
    text = ("Halvard Motors Corp. said third-quarter net income rose 6% to $410 million.\n\n"
            "Dana K. Whitlow, president of Halvard's truck division, attributed the gain to exports, "
            "which rose 31% from a year earlier.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "source")
    assert got["$410 million"] == "Halvard Motors Corp."
    assert got["31%"] == "Dana K. Whitlow"


def test_a_spokesman_or_officials_report_their_own_sentence_only(nlp):
    """'..., a company spokesman said.' and 'Brenford officials said ...' report the figures of their own
    sentence; the next sentence of the paragraph goes back to the story's release."""
    text = ("Brenford Savings Bank said third-quarter net income rose 6% to $41 million.\n\n"
            "Deposits fell 3.2% from a year ago, a company spokesman said. That decline cut fee income, "
            "which edged down to $12 million from $13 million.\n\n"
            "Brenford officials said the $275 million reserve will be reviewed each quarter.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "source")
    assert got["$41 million"] == "Brenford Savings Bank"
    assert got["3.2%"] == "spokesman"
    assert got["$12 million"] == "Brenford Savings Bank"
    assert got["$275 million"] == "officials"


def test_according_to_opening_a_sentence_and_noted_name_the_source(nlp):
    """'According to Mr. Pell, the newsletter's editor, ...' (capitalised at the sentence start) and
    'Ms. Arden noted that ...' attribute the sentence's figures to that person."""
    text = ("Corvell Brewing Co. said third-quarter net income fell 4% to $210 million.\n\n"
            "Newsletter editor Oscar Pell and analyst Irene Arden were unimpressed.\n\n"
            "According to Mr. Pell, the newsletter's editor, Corvell's market share is nearly 38%. "
            "Ms. Arden noted that earnings fell nine cents a share short of her projections.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "source")
    assert got["$210 million"] == "Corvell Brewing Co."
    assert got["nearly 38%"] == "Oscar Pell"
    assert got["nine cents"] == "Irene Arden"


def test_the_company_in_a_roundup_is_the_company_just_named(nlp):
    """A market roundup has no topic company: 'Pelham Optics fell 3 to 11. The company said ...' -- 'the
    company' is the one the paragraph's previous sentence named."""
    text = ("Shares of small technology companies slid yesterday as trading volume thinned.\n\n"
            "Trask Instruments rose 2 to 31 after a broker raised its rating.\n\n"
            "Pelham Optics fell 3 to 11. The company said third-quarter earnings were likely to fall "
            "short of the 21 cents a share it posted a year ago.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "source")
    assert got["21 cents"] == "Pelham Optics"


def test_a_units_earnings_are_a_profit_and_a_level_after_a_change_measures_what_changed(nlp):
    text = ("Vance Foods Inc. said net income rose 4% to $80 million.\n\n"
            "Profit for its frozen foods division fell 12% to $21 million, reflecting higher freight costs. "
            "Its snacks unit posted earnings of $14 million.")
    metric = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "metric")
    assert metric["$80 million"] == "net_income"
    assert metric["12%"] == metric["$21 million"] == "profit"  # not the 'costs' after it
    assert metric["$14 million"] == "profit"


def test_a_stake_holder_in_a_comma_aside_is_not_the_clause_subject(nlp):
    """'the company, which is 61%-owned by X, had a net loss of ...': X is the stake's subject only; the loss
    and the figures after it are the company's. The same for an apposition of ownership ('a unit of X')."""
    text = ("Halvard Drilling Co. will sell its rig business.\n\n"
            "In the third quarter, the company, which is 58%-owned by Pellman Oil Corp. of Texas, had a net loss "
            "of $31.4 million. Revenue gained 9% to $64.2 million.\n\n"
            "Halvard Drilling said it will list part of the rig unit.\n\n"
            "Orvent Tools Inc., a unit of Brasker Holdings Corp., had net income of $5.5 million.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "subject")
    assert got["58%"] == "Pellman Oil Corp. of Texas"
    assert got["$31.4 million"] == got["9%"] == got["$64.2 million"] == "Halvard Drilling Co."
    assert got["$5.5 million"] == "Orvent Tools Inc."


def test_a_lead_opening_with_an_initial_and_a_company_opening_with_a_place(nlp):
    """'J. Peter Harlow was named ...' is one sentence (an initial is no sentence of its own, nor a source),
    and 'U.S. Norbeck Corp.' is a company, not the place in it."""
    text = ("J. Peter Harlow was named chief executive of U.S. Norbeck Corp., a private bank with assets of "
            "about $12 billion. In the third quarter, net was $8.5 million.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "subject", "source")
    assert got["about $12 billion"] == got["$8.5 million"] == ("U.S. Norbeck Corp.", "U.S. Norbeck Corp.")


def test_according_to_a_company_s_officials_names_the_company(nlp):
    """'according to Harlow officials': the company, not 'Harlow of' (no name word inside 'officials')."""
    text = "The fund asked regulators for leave to acquire $22 million of stock, according to Harlow officials."
    assert claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "source") == {
        "$22 million": "Harlow"}


def test_a_year_back_adjective_dates_the_figure_its_noun_leads_into(nlp):
    """'compared with a year-earlier loss of $26,956', 'year-earlier net income of $967,809': the year-back
    period though it is a comparison's base; 'the year-ago third quarter' is that quarter a year back."""
    text = ("Kelmar Tools Inc. said it had a loss of $148,210, or nine cents a share, in the third quarter, "
            "compared with a year-earlier loss of $31,402, or two cents a share.\n\n"
            "In the nine months, the toolmaker lost $512,330 on a net basis, against year-earlier net "
            "income of $871,118.\n\n"
            "Kelmar Tools in the year-ago third quarter earned $1.2 million.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "when")
    assert got["$148,210"] == ["2025-07-01", "2025-09-30"]
    assert got["$31,402"] == got["two cents"] == ["2024-07-01", "2024-09-30"]
    assert got["$512,330"] == ["2025-01-01", "2025-09-30"]
    assert got["$871,118"] == ["2024-01-01", "2024-09-30"]
    assert got["$1.2 million"] == ["2024-07-01", "2024-09-30"]


def test_a_debt_s_coupon_yield_and_maturity(nlp):
    """'$80 million of 7 1/4% convertible subordinated notes due March 1, 2012, sold to yield 8.06%': the
    amount is debt, the coupon and the yield are interest rates, the maturity dates neither."""
    text = ("Corvane Systems Inc. sold $80 million of 7 1/4% convertible subordinated notes due March 1, 2012, "
            "offered at 91.25 to yield 8.06%. Its 9% senior notes yielded 8.8%.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "metric", "role", "when")
    assert got["$80 million"] == ("debt", "actual", None)
    assert got["7 1/4%"] == got["8.06%"] == ("interest_rate", "actual", None)
    assert got["9%"][:2] == got["8.8%"][:2] == ("interest_rate", "actual")


def test_a_possessive_before_a_designator_is_part_of_the_name(nlp):
    """'Harfield's Inc.', 'McDonald's Corp.' are names ('Inc.' alone was the subject), and a later
    'Harfield's shares' stands for the company."""
    text = "Harfield's Inc. said net income rose 5% to $3 million. Harfield's shares rose 2%."
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "subject")
    assert got == {"5%": "Harfield's Inc.", "$3 million": "Harfield's Inc.", "2%": "Harfield's Inc."}
    # a possessive further inside a company's name, and its short form; a parent named alone stays a parent
    text = ("Marden's Bay Co. plans to buy back 4.2 million Series K preferred shares at C$18.40 apiece. "
            "Marden's Bay stock ended at C$22, up 15 cents.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "subject")
    assert set(got.values()) == {"Marden's Bay Co."}
    text = "Ardent's Lumo Tools Inc. said sales rose 5% to $3 million. Ardent said it will keep the unit."
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "subject")
    assert got == {"5%": "Lumo Tools Inc.", "$3 million": "Lumo Tools Inc."}


def test_a_lone_initial_inside_a_sentence_ends_no_sentence(nlp):
    """'At the $640 million K. Varden Price Income Fund, ...': the initial opens the fund's name (no sentence
    ends at 'K.'), the figure sizes the fund (no 'price' for the word in its name)."""
    text = "At the $640 million K. Varden Price Income Fund, investors withdrew about $90 million in two months."
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "subject", "metric")
    assert got["$640 million"] == ("K. Varden Price Income Fund", "other")


def test_places_and_demonyms_inside_descriptors_and_names(nlp):
    """'the Fort Myers, Fla. home video concern' (no comma after the state) and 'the San Marco-based
    concern' describe the story's company; 'Cormorant Medical announced' names Cormorant Medical, not
    'Medical' (a demonym-like first word stays when a name follows it)."""
    text = ("Harbeck Video Corp. collected $64 million from selling notes. Paying down loans should spare the "
            "Fort Myers, Fla. video rental concern roughly $3 million annually in interest.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "subject")
    assert got["roughly $3 million"] == "Harbeck Video Corp."
    text = ("Harlow Holdings closed its $2 billion purchase of Vesta Medical Inc., taking 48 million shares "
            "of the Los Angeles-based hospital concern at $31.75 apiece.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "subject")
    assert got["$31.75"] == "Vesta Medical Inc."
    text = "Within a week, American Vantage said profit had weakened, citing charges of $17 million."
    assert claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "source") == {
        "$17 million": "American Vantage"}


def test_a_participle_opening_a_sentence_and_a_place_in_a_based_adjective_name_nobody(nlp):
    """'Unveiled last April, the chip ...' names nobody; 'The New York-based company' is the story's company,
    not 'New'."""
    text = ("Vesta Holdings Inc. said revenue rose. The New York-based company booked a third-quarter net loss "
            "of $7.4 million. Vesta Holdings said costs fell.\n\n"
            "Launched in March, the processor packs 3.1 million circuits onto one die.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "subject", "source")
    assert got["$7.4 million"][0] == "Vesta Holdings Inc."
    assert "Launched" not in got["3.1 million circuits"]


def test_dealers_and_brokers_report_their_own_sentence_only(nlp):
    """'Dealers said ...' is a passing source like 'Traders said': it does not carry to the market report's
    later figures."""
    text = ("London shares fell 1.2% on Friday.\n\n"
            "Dealers said turnover of 310 million shares was thin. Harrow Gas dropped 7 to 344 as 9 million "
            "changed hands. Corvane Oil eased 2 to 508.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "source")
    assert got["310 million shares"] == "Dealers"
    assert got["344"] is None and got["508"] is None


def test_a_company_with_its_city_and_state_before_said_is_the_source(nlp):
    """'Morvan Data Inc., El Paso, Texas, said ...': the company speaks, not the state."""
    text = "Morvan Data Inc., El Paso, Texas, said it repurchased 1.9 million of its shares at $4.125 each."
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "source")
    assert set(got.values()) == {"Morvan Data Inc."}


def test_a_name_joined_by_an_html_ampersand_speaks_whole(nlp):
    """'Hallmark Hotel amp Restaurant Co. said ...' (an '&amp;' that lost its '&' and ';'): the source is the
    whole name, as the subject already is, not 'Restaurant Co.'."""
    text = ("Hallmark Hotel amp Restaurant Co. said net income rose 8% to $12 million.\n\n"
            "Dorrance Savings amp Loan Association said it lost $7.7 million in the quarter.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "source")
    assert got["$12 million"] == "Hallmark Hotel amp Restaurant Co."
    assert got["$7.7 million"] == "Dorrance Savings amp Loan Association"


def test_an_acquisition_noun_before_for_makes_a_price_and_its_buyer_an_object(nlp):
    """'approved its acquisition by Norvik Group for $31 a share': the price of the deal, the company
    bought (not its buyer, not earnings per share)."""
    text = ("Halden Savings Corp. said holders approved its acquisition by Norvik Group Inc. for $31 a share, "
            "or $140 million.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "subject", "metric")
    assert got["$31"] == ("Halden Savings Corp.", "price")
    assert got["$140 million"] == ("Halden Savings Corp.", "price")
    text = "The takeover of Brantley Mills Inc. for $18 a share in cash closed on Monday."
    assert claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "metric")["$18"] == "price"


def test_a_name_ends_at_its_designator_when_another_name_follows(nlp):
    """'... to its parent, Lannet Group Inc. Lannet Insurance plans ...' (a sentence break the dot of 'Inc.'
    hides): two names, not 'Lannet Group Inc. Lannet Insurance'."""
    text = ("Lannet Insurance sold shares at $6.50 apiece to its parent, Lannet Group Inc. Lannet Insurance "
            "will spend the $19 million it raised on debt.")
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "subject")
    assert got["$19 million"] == "Lannet Insurance"
    text = "Cie. Financiere de Ravel offered $40 a share for the insurer."
    assert claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "subject")["$40"] \
        == "Cie. Financiere de Ravel"


def test_a_count_of_shares_in_an_exchange_ratio_is_no_market_share(nlp):
    """'will give 0.65 share for every Orvent share': a number of shares, not a proportion of a market."""
    text = "Brasker Holdings will give 0.65 share for every Orvent share it does not hold."
    got = claims_by_figure(claimgraph.extract(text, date="2025-10-24", nlp=nlp), "metric")
    assert got["0.65 share"] == "other"


@pytest.mark.parametrize("text", ["Rents in Tessaly rose 4%, listings site Homvu said.",
                                  "Growth at Orbis slowed to 2.1%, according to investment bank Harwick Partners."])
def test_a_data_firm_named_by_what_it_is_is_the_source_not_the_subject(nlp, text):
    (claim,) = claimgraph.extract(text, date="2025-10-24", nlp=nlp).claims
    assert claim.source in ("Homvu", "Harwick Partners") and claim.subject != claim.source


@pytest.mark.parametrize("text,source", [
    ("Container orders rose 40% in the first half, according to shipbroker Harwell Maritime.", "Harwell Maritime"),
    ("Freight rates on the Orbis route rose 5%, shipbroker Harwell Maritime said.", "Harwell Maritime"),
    ("Orvale collected $12.7 million in fees, according to a report by auditors Calloway & Pike.", "Calloway & Pike"),
    ("Orbisland power prices fell 11% in September, according to data from exchange Nordalux.", "Nordalux"),
])
def test_a_broker_auditor_or_exchange_named_by_what_it_is_is_the_source(nlp, text, source):
    (claim,) = claimgraph.extract(text, date="2025-10-24", nlp=nlp).claims
    assert claim.source == source and claim.subject != source


@pytest.mark.parametrize("text,subject", [
    ("Police spending rises 6% to $31.8 million, City Manager Ona Reyes said.", None),
    ("Harwick Finance Director Odalys Kemper said costs rose 3%.", "Harwick"),
    ("For a home assessed at $300,000, the tax bill rises $285, Finance Director Ada Lind said.", None),
    ("Bookings rose nearly 10%, Chief Commercial Officer Anya Voss said.", None),
    ("Opposition critic Mara Voss said the money amounted to 2% of the budget.", None),
    # a body that reports an economy's figures is no subject of them; a company's own figures for a place stay its own
    ("Unemployment in Germany fell to 6.2% in April, the Orbis statistics agency Statvane said.", "Germany"),
    ("Unemployment in the euro zone fell to 6.2% in April, Statvane said.", "euro zone"),
    ("Sales in Germany rose 5%, Harwick said.", "Harwick"),
    # an industry's adjective or a measure's code opening a sentence is no name
    ("Reefer volumes grew 12%.", None), ("Postpaid churn improved to 0.81%.", None),
    ("Ancillary revenue reached 38 pounds per passenger.", None), ("C1 cash costs were $2.41 per pound.", None),
])
def test_who_speaks_or_reports_is_no_subject(nlp, text, subject):
    """'City Manager', 'Finance Director': the capitalised word before a title belongs to the title; the person
    speaks for the figure, as a statistics body reports an economy's."""
    claims = claimgraph.extract(text, date="2025-10-24", nlp=nlp).claims
    assert {c.subject for c in claims} == {subject}


def test_a_list_of_moves_is_no_loss_and_no_move_is_another_s_level(nlp):
    """'Orbis dropped 4.1%, Tessaly declined 3.3% and Harwick lost 2.7%, compared with a 0.4% gain': 'lost' states
    the 2.7%'s move (no net loss of the figures beside it), and no move is the old or new level of another."""
    text = ("Shares of Orbis Re dropped 4.1%, Tessaly declined 3.3% and Harwick lost 2.7%, compared with a 0.4% gain "
            "in the Varnholt index.")
    report = claimgraph.extract(text, date="2025-10-24", nlp=nlp)
    assert "net_loss" not in {c.metric for c in report.claims}
    assert report.checks == []


@pytest.mark.parametrize("text,want", [
    ("Orbis will cut about 210 billion yen ($1.42 billion) of costs.", [("approx", "about"), (None, None)]),
    ("The Harwick stake is worth more than 400 million euros ($470 million).", [("gt", "more than"), (None, None)]),
    # a restatement in other units of the same measure keeps the hedge
    ("The Tessaly engine makes under 296 hp (224 kW).", [("lt", "under"), ("lt", None)]),
    # one hedge over a pair of shares
    ("Orbis and Harwick hold roughly 41% and 33% of the Tessaly market.", [("approx", "roughly"), ("approx", None)]),
])
def test_which_figures_a_hedge_reaches(nlp, text, want):
    report = claimgraph.extract(text, date="2025-10-24", nlp=nlp)
    assert [(q.comparator, q.hedge) for q in report.quantities] == want


@pytest.mark.parametrize("menu", ["Home | Markets | Retail", "WORLD | UK | BUSINESS | MARKETS",
                                  "News › Business › Retail", "Home > Economy > Vietnam",
                                  # a masthead
                                  "THE HARBOUR TIMES", "The Orbisland Herald",
                                  # a byline above the lead took the lead's place
                                  "By Ada Lind", "By Ada Lind and Ben Orr, Wirepoint", "BY ADA LIND | Markets editor"])
def test_a_menu_or_byline_is_furniture_not_a_source_or_scope(nlp, menu):
    text = (f"{menu}\n\nHarwick Outfitters Inc. reported quarterly results on Tuesday. Net income rose 8% to "
            "$50 million.")
    report = claimgraph.extract(text, date="2025-08-14", nlp=nlp)
    assert [text[a:b] for a, b in report.document.ignored] == [menu]
    assert {c.source for c in report.claims} == {"Harwick Outfitters Inc."}
    assert {c.scope for c in report.claims} == {None}


@pytest.mark.parametrize("line", ["Subscribers rose 3% to 40.3 million.", "Cookie sales rose 4% to $2 million.",
                                  "Subscriber numbers climbed 5% to 1.2 million."])
def test_a_line_opening_with_a_word_that_starts_like_furniture_is_prose(nlp, line):
    """'Subscribe now', 'Sign up for our newsletter', 'We use cookies ...' are furniture; a line of prose that
    merely opens with 'Subscribers' or 'Cookie' keeps its figures."""
    text = f"Orbis Media said it earned $14 million in the quarter.\n\n{line}\n\nSubscribe now\n\nWe use cookies.\n"
    report = claimgraph.extract(text, date="2025-08-14", nlp=nlp)
    assert [text[a:b] for a, b in report.document.ignored] == ["Subscribe now", "We use cookies."]
    assert len(report.quantities) == 3


def test_a_span_of_time_is_no_claim(nlp):
    """CONVENTIONS gives claims to money, percent, counts, multiples and fractions: a duration is a figure with no
    claim of its own ('a rise of 11% over four years', 'ran for two and a half years'), and what the text goes
    on about still runs through it (the next figure keeps the subject)."""
    text = ("Telmora's wage deal brings a rise of 11% over four years. The strike ran for two and a half years. "
            "It cost $40 million.")
    report = claimgraph.extract(text, date="2025-10-24", nlp=nlp)
    kinds = {q.id: q.kind for q in report.quantities}
    assert sorted(kinds.values()) == ["duration", "duration", "money", "percent"]
    assert sorted(kinds[c.quantity] for c in report.claims) == ["money", "percent"]


def test_prose_opening_on_a_word_of_page_furniture_is_read(nlp):
    """'Newsletter ...' and 'Copyright ...' lines are furniture ('Newsletter', 'Copyright 2025 The Harbour Times'),
    not a sentence that opens on the word ('Newsletter revenue at Papyrant rose 40%')."""
    text = ("Papyrant raised $30 million last year.\n\nNewsletter revenue at Papyrant rose 40% to $12 million in 2024."
            "\n\nCopyright claims against Vexcraft users fell 20% to 1,200.\n\nNewsletter\n\n"
            "Copyright 2025 The Harbour Times. All rights reserved.")
    report = claimgraph.extract(text, date="2025-09-30", nlp=nlp)
    assert [q.text for q in report.quantities] == ["$30 million", "40%", "$12 million", "20%", "1,200"]
    ignored = [text[a:b] for a, b in (report.document.ignored or [])]
    assert "Newsletter" in ignored and any(x.startswith("Copyright 2025") for x in ignored), ignored
