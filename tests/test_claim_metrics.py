"""Which metric a claim's figure measures (CONVENTIONS.md's list), class by class of phrasing, on passages
written for these tests (made-up companies, figures and wording)."""

import pytest

import claimgraph
from conftest import claim_of

METRIC_CLASSES = [
    # a central bank's or a lender's rate, however it is named
    ("The Reserve Bank of Marovia raised interest rates to 5.25%.", "5.25%", "interest_rate"),
    ("Policymakers kept the deposit rate at 4% for a third meeting.", "4%", "interest_rate"),
    ("Average 30-year mortgage rates in Ardley rose to 7.1%.", "7.1%", "interest_rate"),
    # a percentage is never an amount of money: no funding, whatever verb stands before it; a central bank's
    # bare 'rates' are its interest rates
    ("The Reserve Bank of Marovia raised rates to 5%.", "5%", "interest_rate"),
    ("The Reserve Bank of Marovia raised its target to 5%.", "5%", "other"),
    # the noun a money figure qualifies decides, and 'other' when it names nothing in the vocabulary
    ("Halvard Foods Inc. will open a $400 million snack plant in Ohio next year.", "$400 million", "investment"),
    ("Ostrava Bank said it holds a $2.3 billion commercial real-estate portfolio.", "$2.3 billion", "other"),
    ("Pemberton Steel Co. took a $35 million pretax charge for plant closings.", "$35 million", "charge"),
    ("Marlow said a $12 million charge related to a product recall weighed on results.", "$12 million", "charge"),
    ("Larkspur Ltd. wants a bigger slice of the $9 billion frozen-dessert market.", "$9 billion", "sales"),
    ("Quillan Corp. completed a $610 million recapitalization in March.", "$610 million", "other"),
    ("The trust still carries $88 million in good will after the merger.", "$88 million", "other"),
    ("Brantwood Savings blamed $57 million of write-downs for the loss.", "$57 million", "charge"),
    ("Fenwick Mills said it swapped $40 million in convertible debentures for common stock.", "$40 million",
     "debt"),
    ("Corran Bank has written $210 million in trade guarantees this year.", "$210 million", "other"),
    ("Dunmore Corp. agreed a $90 million swap of its bank debt for new bonds.", "$90 million",
     "debt"),
    # a word right before the figure still names it
    ("Veltro Inc. raised $25 million in cash from two venture firms.", "$25 million", "funding"),
    ("Lawmakers cut the budget to 3.0 trillion shillings, below the 3.1 trillion shillings approved last year.",
     "3.1 trillion shillings", "budget"),
    # a purchase or sale 'for $X' is a price, whatever is bought
    ("Mobray Group Ltd. will buy Tarrant's greeting-card unit for $145 million.",
     "$145 million", "price"),
    ("Ruskin Partners, which bought the hotel chain for $1.2 billion in loans, plans a listing.", "$1.2 billion",
     "price"),
    # market_share is a proportion only: a money figure beside 'market share' is not one
    ("Every point of market share Kelby Mills wins adds about $45 million in sales.",
     "about $45 million", "sales"),
    ("Garnet Airlines carried 38% of all domestic air freight last year.", "38%", "market_share"),
    ("Garnet Airlines said cargo was 38% of its total revenue last year.", "38%", "share_of_total"),
    # what a plant or a refurbishment costs is an investment; running costs are spending
    ("The new Sandvale lodge wing will cost about $18 million to build.", "about $18 million",
     "investment"),
    ("Tremont Co. aims to trim $60 million a year in costs by closing depots.", "$60 million", "spending"),
    # a capitalised metric word inside a name is no cue
    ("Redfern's $800 million Harbor Strategic Income Fund was closed to new money.", "$800 million", "other"),
    # a per-share figure measures what its total measures
    ("Marlow's write-down of $6.1 million, or 14 cents a share, came from unsold winter stock.",
     "14 cents", "charge"),
    ("Selling a warehouse gave Marlow a gain of $11.5 million, or 22 cents a share.",
     "22 cents", "other"),
    ("Brisco Corp. made $53.6 million, or 84 cents a share, up from $41.9 million, or 66 cents.",
     "66 cents", "earnings_per_share"),
    ("Brisco's earnings forecast now runs to $3.40 a share from $3.85 before the warning.", "$3.85",
     "earnings_per_share"),
    ("Brisco Corp. earned $53.6 million, or 84 cents each share, against $41.9 million, or 66 cents a share.",
     "$41.9 million", "net_income"),
    # share trading after the figure makes it a share price
    ("Despite weak profit, Tolliver's class B stock slipped 50 cents to $31.75 on the Big Board.",
     "$31.75", "price"),
    ("Pardee Corp. stock ended at $14.375 on the Big Board late on Tuesday, off 12.5 cents.",
     "$14.375", "price"),
    # a metric word in another clause does not name the figure
    ("Tonnage handled at the port climbed 11%, while profit slipped.", "11%", "other"),
    # a change noun then in/of names what changed
    ("Ardent Chemical Co. blamed weak resin demand for a 31% decline in operating profit.", "31%", "operating_income"),
    # a unit price that no word names
    ("Guests will pay $90 to $140 a night at the lodge, the company said.",
     "$90 to $140", "price"),
    ("Harlan Ltd. said the book value of the division is $75 million.", "$75 million", "other"),
    ("Brokers value Harlan's timber holdings at $41 a share.", "$41", "valuation"),
    ("Corvin's rival bid is valued by brokers at $36 to $39 a share.", "$36 to $39", "valuation"),
    ("A fund manager valued the Harlan offer at about $52 a share.", "about $52", "valuation"),
    # a profit dated as a whole period is the bottom line; a segment's or a pretax profit is not
    ("Orrin Chemical Corp. said third-quarter profit rose 12% on higher resin prices.", "12%", "net_income"),
    ("Orrin Chemical Corp. warned of a 23% fall in quarterly profit.", "23%", "net_income"),
    ("For its coatings segment, Orrin reported profit of $41 million.", "$41 million", "profit"),
    ("Orrin Chemical Corp. said third-quarter pretax profit rose to $88 million.", "$88 million", "profit"),
    # CONVENTIONS.md counts customers and buyers apart from users
    ("Vantel now reaches 41 million potential customers across the region.", "41 million potential customers",
     "customers"),
    ("Pasarmu had 12 million active buyers at the end of June.", "12 million active buyers", "buyers"),
    ("Pasarmu's app had 30 million users at the end of June.", "30 million users", "users"),
    # the list is closed: what it does not name is 'other' (daily active users are users)
    ("Pasarmu now hosts 2.4 million sellers.", "2.4 million sellers", "other"),
    ("Brightel shipped 3.2 million handsets in the quarter, up 8%.", "8%", "other"),
    ("The game had 5 million daily active users in May.", "5 million daily active users", "users"),
    # exchange-rate quotes are prices
    ("The dollar climbed to 151.20 yen from 150.35 yen in late New York trading.", "151.20 yen", "price"),
    ("The euro ended at $1.0842 and the pound at $1.2710.", "$1.2710", "price"),
    # a trading phrase after a share-price change
    ("Despite weak profit, Brightwater Mining rose 62 cents to $18.50 on the Big Board.", "62 cents",
     "stock_move"),
    # a percentage level that no word names is a proportion of a whole
    ("Halden's cash buffer stands at about 12%, its manager said.", "about 12%", "share_of_total"),
    # a change verb before a percentage is not the metric ('lost' is no net loss there)
    ("The Torvane Transport Index, a gauge of shipping stocks, lost about 2% this week.", "about 2%", "stock_move"),
    # a figure used as an adjective: past a per-share unit, before a name
    ("Lindell Savings holders vote next month on a $27-a-share bid from Ashby Bank.", "$27", "price"),
    ("Withdrawals hit the $2.1 billion Harbor Strategic Income Fund last month.", "$2.1 billion", "other"),
    ("Its bankers arranged a $60 million Series B round for the startup.", "$60 million", "funding"),
    # an unnamed 'other' is not carried to the next figure
    ("Withdrawals hit the $2.1 billion Harbor Strategic Income Fund. Its cash buffer is now 9%.",
     "9%", "share_of_total"),
    # what one cause cost is no net loss; a bond's coupon is an interest rate
    ("Marlow booked $14 million in losses from the warehouse fire.", "$14 million", "other"),
    ("Dorrance Corp. has $95 million of subordinated notes paying 11 1/2% that fall due in 2031.", "11 1/2%",
     "interest_rate"),
    # a multiple measures the noun after the comparative
    ("Holders of Kessler stock will get nearly three times as large a payout next year.", "nearly three times",
     "dividend"),
    # vocabulary: originations and payments are no debt; national product is output; personal income
    ("Fairhaven Savings wrote $412 million of new mortgage originations in May.", "$412 million", "other"),
    ("Economists expect gross national product to grow 1.5% in the fourth quarter.", "1.5%", "gdp"),
    # a percentage after a rate word is a rate, not a share of a whole
    ("Halvora's jobless rate rose to 6.3% in May.", "6.3%", "other"),
    ("The marketplace keeps an 8% commission on every order.", "8%", "other"),
    # a percentage move of a share price is a stock move
    ("Profit doubled, and Kestrel shares jumped 14% in early trading.", "14%", "stock_move"),
    # funding and spending vocabulary
    ("Its $420 million IPO in Jakarta drew heavy demand.", "$420 million", "funding"),
    ("Pasarmu got a $250 million capital injection from its parent.", "$250 million", "funding"),
    ("Ravella spent $75 million on advertising last year.", "$75 million", "spending"),
]


@pytest.mark.parametrize("text,figure,metric", METRIC_CLASSES, ids=[f"{f}:{t[:40]}" for t, f, _ in METRIC_CLASSES])
def test_metric_classes(nlp, text, figure, metric):
    claim = claim_of(claimgraph.extract(text, date="2025-10-24", nlp=nlp), figure)
    if metric is None:
        assert claim.metric != "other", claim
    else:
        assert claim.metric == metric, (claim.metric, claim.metric_text)
