"""Claim roles (CONVENTIONS.md): structure first (conversion, share, change), then the level roles (target,
forecast, estimate, actual, threshold, requirement) by tense, modality and cue words. Every passage is of our
own writing: made-up companies, figures and wording, one per class of phrasing."""

import pytest

import claimgraph
from conftest import claim_of

ROLE_CLASSES = [
    # a cue that opens the next figure's phrase is that figure's: the reported one stays actual
    ("Harrowgate Mills reported revenue of $1.2 billion, beating estimates of $1.1 billion.", "$1.2 billion",
     "actual"),
    ("Harrowgate Mills reported revenue of $1.2 billion, beating estimates of $1.1 billion.", "$1.1 billion",
     "forecast"),
    # a modal after the figure tells what will happen to an amount that exists
    ("Harbison officials said the $450 million reserve will be reviewed every quarter.", "$450 million", "actual"),
    ("So the effect on the $120 billion pension market as a whole probably will be small.", "$120 billion",
     "actual"),
    # a figure named with 'the' is a known amount, whatever the modal of the sentence
    ("Dorrance said it will buy back up to two million of its shares, or 8.1% of the 24.6 million outstanding.",
     "24.6 million", "actual"),
    # the terms of a deal (a price a share or each) are the deal's, however planned the deal is
    ("Quillon Partners now plans to pay $31 a share in cash for the rest of Marwick Foods.", "$31", "actual"),
    ("Vestal Bank says it will offer 640 francs each for Caprine shares.", "640 francs", "actual"),
    ("Kanto Logistics plans to raise $300 million in its listing, pricing shares at $12 each.", "$12", "actual"),
    # a noun cue right after the figure keeps its role: 'the $90 billion forecast'
    ("The regional market will be worth the $90 billion forecast by 2027.", "$90 billion", "forecast"),
    # the old amount of a revised deal term is the base of a comparison
    ("Quillon Partners raised its cash offer to $31 a share, up from the earlier $24 amount it had put forward.",
     "$24", "actual"),
    # 'fully diluted' qualifies a figure, it states no change
    ("Carrow Inc. sees 2026 profit near $5 a share, rising from last year's fully diluted $4.12 a share.", "$4.12",
     "actual"),
    # forecasts: predicting, expectations, is likely to, was to be, will range
    ("Analysts were predicting 2026 Pellham earnings in the range of $6.10 a share.", "$6.10", "forecast"),
    ("Pretax profit fell to £80 million, below analysts' expectations of £84 million.", "£84 million", "forecast"),
    ("The broker said Tessaly's full-year profit is likely to be 2.1 billion kronor.", "2.1 billion kronor",
     "forecast"),
    ("Norwyn stopped building what was to be a $300 million paper mill.", "$300 million", "forecast"),
    ("Brenlow said the final gain on the sale of the towers will range from $40 million to $55 million.",
     "$40 million to $55 million", "forecast"),
    # the old value of a revised forecast is a forecast too; an analyst's estimate of results is a forecast
    ("An analyst at Halden Securities trimmed his 2026 Varco earnings projection to $3.40 a share from $3.65.",
     "$3.65", "forecast"),
    ("An analyst at Halden Securities is cutting her earnings estimate for next year to $1.80 a share from $2.",
     "$1.80", "forecast"),
    ("Ms. Orsini had estimated second-quarter earnings of 62 cents a share for Varco.", "62 cents", "forecast"),
    # ... and so is the old value of a revised goal or bar; a forecast verb revises nothing
    ("Kavala Mart lifted its GMV target to $9 billion from $8 billion.", "$8 billion", "target"),
    ("The minimum deposit for sellers rose to $500 from $300.", "$300", "threshold"),
    ("Kavala Mart expects revenue to rise to $5 billion from $4 billion last year.", "$4 billion", "actual"),
    ("Brand stores must now pay a security deposit of 40 million dong, up from 25 million dong.", "25 million dong",
     "requirement"),
    ("Kavala Mart expects revenue of $5 billion, up from $4 billion.", "$4 billion", "actual"),
    # the old level of a bar is a bar
    ("The monthly sales threshold for sellers to join the mall was raised to 500 million dong from 300 million "
     "dong.", "300 million dong", "threshold"),
    # an estimate of something other than results stays an estimate
    ("The analyst estimated the breakup value of Varco at $48 a share.", "$48", "estimate"),
    # changes: layoffs, a reduction of, savings, cut in half, by up to, total return, a price difference
    ("Harbison booked a $90 million charge tied to the layoffs of 2,400 workers.", "2,400 workers", "change"),
    ("Harbison is $30 million short of its target of a reduction of $250 million by June.", "$250 million",
     "change"),
    ("The merger should help Tessaly save $75 million a year in costs.", "$75 million", "change"),
    ("The new plan could help slash Brenlow's software development costs in half by 2027.", "half", "change"),
    ("Norwyn is cutting back its European packaging and labels business by up to 20% this year.", "20%",
     "change"),
    ("Through March 3, municipal funds had an average 1.4% total return.", "1.4%", "change"),
    ("Rival brewers are pricing their lager as much as 40 cents a six-pack below Harbison's label.", "40 cents",
     "change"),
    ("Dorrance's share price was cut nearly in half over the summer.", "half", "change"),
    # a growth rate stated after its noun, or with a present-tense verb, is a change
    ("Kavala Mart's order growth slowed to 7% in the second quarter.", "7%", "change"),
    ("Analysts see the delivery market growing at a CAGR of 18% through 2030.", "18%", "change"),
    ("Kavala Mart expects sales to grow 11% next year.", "11%", "change"),
    # ... but not a fund named for growth
    ("The growth fund keeps 4% in cash.", "4%", "share"),
    # 'by up to' after a change verb, with an abbreviation between
    ("Norwyn is trimming its U.S. paper and board division by up to 12% this year.", "12%", "change"),
    # a percentage added to one held is a change
    ("Vestal Bank said the purchase of the additional 22% stake would cost 900 million francs.", "22%", "change"),
    # a percentage level is a proportion of a whole unless it is a rate
    ("The Ardent fund, with a cash cushion above 12%, paid every redemption.", "12%", "share"),
    ("The Ardent fund keeps a cash position of about 9%.", "9%", "share"),
    ("Its ratio of equity to total assets at June 30 was 4.2%.", "4.2%", "share"),
    ("Tessaly is offering to buy back $80 million of notes paying 11 1/2%.", "11 1/2%", "actual"),
    ("The effective interest rate on the remaining bank debt after the refinancing is 9.35%.", "9.35%", "actual"),
    ("The average interest rate on the $220 million of outstanding senior and junior bank loans after the "
     "swap is 8.4%.", "8.4%", "actual"),
    ("Kavala Mart charges sellers a 6% commission on each order.", "6%", "actual"),
    ("The government imposed a 15% tariff on imported bicycles last year.", "15%", "actual"),
    # a discount is a difference from a price
    ("Kavala Mart offered discounts of up to 40% during the sale.", "40%", "change"),
    ("Members get 25% off on weekday deliveries.", "25%", "change"),
    # a percentage compared with a change is a change too, in a list as well
    ("The index had fallen 3.1%, compared with 2.7% for the bond index and 2.2% for the dollar.", "2.2%",
     "change"),
    # only the reporting is ahead: the amount is known
    ("Pellham Inc. said it will book a write-off of $14 million in its second quarter ended Friday.",
     "$14 million", "actual"),
    ("Dorrance said it will take a $22 million charge to close two plants.", "$22 million", "actual"),
    # a role word inside the figure's own phrase is no trailing attribution
    ("At the same time three of eight research projects were dropped, she said.", "three", "actual"),
    # a forecast verb in an earlier clause does not reach across ', which'
    ("Analysts expect the deal to close soon, said Ms. Orr of Lantern Capital, which holds 700,000 Dorrance "
     "shares.", "700,000", "actual"),
    ("Since 2019, Norwyn has sold 14 mills it didn't expect to earn their cost of capital while buying 9 "
     "mills.", "9 mills", "actual"),
    # ... but does reach a coordinated object with a decimal figure between
    ("Tessaly expects revenue of $1.2-1.3 billion and a net profit of about $90 million for the year.",
     "$90 million", "forecast"),
    # a loss or earnings stated with 'lost' / 'earned' is a level, not a change
    ("Premiums rose, while the insurer lost $3.4 million in its marine business.", "$3.4 million", "actual"),
    # the total a per-share base is on is the same base
    ("Carrow Inc. predicted profit of $5 a share, up from last year's $4.12 a share on earnings of $310 million.",
     "$310 million", "actual"),
    # caps are thresholds
    ("If the bid fails, Brenlow will reimburse the bidders a maximum of $6 million for expenses.", "$6 million",
     "threshold"),
    ("The banker said Varco's total commitment wouldn't exceed $70 million.", "$70 million", "threshold"),
    # ... where an expected excess is a forecast
    ("Kavala Mart expects festival-week sales to exceed $3 billion.", "$3 billion", "forecast"),
]


@pytest.mark.parametrize("text,figure,want", ROLE_CLASSES, ids=[f"{f}:{t[:40]}" for t, f, _ in ROLE_CLASSES])
def test_role_classes(nlp, text, figure, want):
    claim = claim_of(claimgraph.extract(text, date="2026-04-20", nlp=nlp), figure)
    assert claim.role == want, (claim.role, claim.metric)


# periods of comparison bases and of figures with their own period after them
PERIOD_CLASSES = [
    # the base after 'from last year's' (however qualified) is last year's
    ("Carrow Inc. expects profit of $5 a share for this year, rising from last year's fully diluted $4.12.",
     "$4.12", ("2025-01-01", "2025-12-31")),
    ("Carrow Inc. had third-quarter sales of $3.1 billion, above last year's $2.9 billion.", "$2.9 billion",
     ("2025-07-01", "2025-09-30")),
    # 'compared with a net loss of $X' is the base: the governing quarter a year back
    ("Carrow Inc. posted third-quarter net income of $8 million, compared with a net loss of $2.6 million.",
     "$2.6 million", ("2025-07-01", "2025-09-30")),
    # a period after the figure through 'for' beats the day of the announcement before it
    ("Trellis Corp.'s announcement Friday of a $41.5 million loss for the third quarter surprised analysts.",
     "$41.5 million", ("2026-07-01", "2026-09-30")),
    # the old value of a revised forecast is for the same year as the new one
    ("An analyst at Halden Securities trimmed his 2027 Varco earnings projection to $3.40 a share from $3.65.",
     "$3.65", ("2027-01-01", "2027-12-31")),
    # the total a per-share base is on has the base's period
    ("Carrow Inc. predicted profit of $5 a share for this year, against last year's $4.12 a share on earnings "
     "of $310 million.", "$310 million", ("2025-01-01", "2025-12-31")),
    # after a fiscal year, 'this year's results' and 'the full year' are that fiscal year
    ("For the year ended June 30, Brixham Foods earned $61 million. This year's results reflect a gain of "
     "$9 million on a sale. Sales for the full year were $1.4 billion.", "$9 million",
     ("2025-07-01", "2026-06-30")),
    ("For the year ended June 30, Brixham Foods earned $61 million. Sales for the full year were $1.4 billion.",
     "$1.4 billion", ("2025-07-01", "2026-06-30")),
    # a weekday in the lead dates the news: the lead's quarter still governs the story
    ("Trellis Corp.'s announcement Friday of a $41.5 million loss for the third quarter surprised analysts.\n\n"
     "The company also wrote off $6 million on idle plants.", "$6 million",
     ("2026-07-01", "2026-09-30")),
    # 'or 78 cents' after a base total is its per-share figure, for the base's period
    ("Harbison said third-quarter net climbed to $61.2 million, or 97 cents a share, from $55.4 million, or 83 "
     "cents.", "83 cents", ("2025-07-01", "2025-09-30")),
    # a multiple's base, and the year-back period after it, are the base's: the multiple is this quarter's
    ("Brenlow Waste said it has 9 plants in operation, up from five a year ago. Meanwhile, Quillon Air, which "
     "also runs hotels, reported third-quarter net income of $18.2 million, or 44 cents a share, more than twice "
     "the $8.1 million, or 21 cents a share, a year earlier.", "twice", ("2026-07-01", "2026-09-30")),
    # 'since' runs a period to the story's date; after a superlative it is a comparison's base ('its highest
    # level since 2020'), not the span of the figure
    ("Since 2019, Ostrava Mills has closed 14 plants.", "14 plants", ("2019-01-01", "2026-10-26")),
    ("Fares on the Dravik line have risen 30% since March.", "30%", ("2026-03-01", "2026-10-26")),
    ("Vacancies at Harbison fell to 4%, the lowest level since 2021.", "4%", ()),
    # a period far after the base, across clauses, is another figure's
    ("Trellis Corp. said third-quarter profit fell to $12 million from $15 million, largely because of a charge "
     "tied to its plan to cut 900 jobs by year end.", "$15 million", ("2025-07-01", "2025-09-30")),
]


@pytest.mark.parametrize("text,figure,want", PERIOD_CLASSES, ids=[f"{f}:{t[:40]}" for t, f, _ in PERIOD_CLASSES])
def test_period_classes(nlp, text, figure, want):
    claim = claim_of(claimgraph.extract(text, date="2026-10-26", nlp=nlp), figure)
    assert tuple(claim.when or ()) == want, claim.period
