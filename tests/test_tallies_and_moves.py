"""Two numbers joined by 'to' are a range only when they go up and no move comes before them: a tally is
written high to low ('outpaced gainers 1,212 to 487'), and a move names its size, then the level
('skidded 1.62 to 118.5')."""

import pytest

import claimgraph


@pytest.mark.parametrize("text,want", [
    ("Declining issues outpaced advancing ones 1,212 to 487.", [("1,212", None), ("487", None)]),
    ("Corvane Steel skidded 1.62 to 118.5 in London.", [("1.62", "down"), ("118.5", None)]),
    ("Harrow Gas sagged 4 to 212 on light volume.", [("4", "down"), ("212", None)]),
    ("Index levels ranged from 1.62 to 118.5 over the decade.", [("1.62 to 118.5", None)]),
    # 'from X to Y' after a verb that raises or cuts something: the two levels of a move, a plan's too
    ("The Orbis authority will raise the adult fare from $3.20 to $3.45 in July.", [("$3.20", None),
                                                                                  ("$3.45", None)]),
    ("Calloway plans to increase output from 200,000 to 350,000 units.", [("200,000", None),
                                                                          ("350,000 units", None)]),
    ("Orbis aims to grow from 1,000 to 1,400 stores by 2030.", [("1,000", None), ("1,400 stores", None)]),
    ("Tickets to the Harwick festival cost from $20 to $45.", [("$20 to $45", None)]),
    # ... after a multiple, a verb of going from one level to another, a hedge or a move just stated by 'by'
    ("The Varnholt grant has halved from $140 million to $70 million.", [("halved", None), ("$140 million", None),
                                                                         ("$70 million", None)]),
    ("Orbisland's output tripled from 3 million tonnes to 9 million tonnes.",
     [("tripled", None), ("3 million tonnes", None), ("9 million tonnes", None)]),
    ("Tessaly's population went from 38,000 to 410,000.", [("38,000", None), ("410,000", None)]),
    ("Harwick's sales rose from about $50 million to $450 million.", [("about $50 million", None),
                                                                     ("$450 million", None)]),
    ("Calloway will trim spending by 20%, from $50 million to $40 million.",
     [("20%", "down"), ("$50 million", None), ("$40 million", None)]),
    ("Orbis deals ranged from $5 million to $50 million.", [("$5 million to $50 million", None)]),
    # a rate written from one level to another moves, unless the words say it spans
    ("The Tessaly budget would take the dividend rate from 8.75% to 10.75%.", [("8.75%", None), ("10.75%", None)]),
    ("Orbisland's gaming duty will almost double, from 21% to 40%.", [("almost double", None), ("21%", None),
                                                                      ("40%", None)]),
    ("Harwick's fees range from 5% to 10%.", [("5% to 10%", None)]),
    # a change by a bare number, then the level it reached; ends near each other stay a range
    ("The jobless count rose by 27,000 to 1.48 million.", [("27,000", "up"), ("1.48 million", None)]),
    ("Orbis's headcount fell by 900 to 12,600 employees.", [("900", "down"), ("12,600 employees", None)]),
    ("Calloway will trim staff by 150 to 250 workers.", [("150 to 250 workers", "down")]),
    # ... and near ends are two figures too when the move is stated as done; a scaled amount is a move and a level
    ("Job openings in Orbisland fell by 30,000 to 45,000 in May.", [("30,000", "down"), ("45,000", None)]),
    ("The March payroll figure was revised down by 65,000 to 120,000.", [("65,000", "down"), ("120,000", None)]),
    ("Tessaly's memberships rose by 4.8 million to 120.3 million.", [("4.8 million", "up"), ("120.3 million", None)]),
    ("Calloway said subscribers rose 350,000 to 12.6 million.", [("350,000", "up"), ("12.6 million", None)]),
    ("Harwick expects its payroll to grow by 30,000 to 35,000 next year.", [("30,000 to 35,000", "up")]),
    ("Varnholt prices rose 5 to 10 percent last year.", [("5 to 10 percent", "up")]),
    # a hedge between 'by' and the change keeps the two apart
    ("Tessaly's tuition fees will rise by about £1,500 to £9,250 a year.", [("about £1,500", "up"), ("£9,250", None)]),
    ("Orbisland's population grew by nearly 40,000 to 5.6 million.", [("nearly 40,000", "up"), ("5.6 million", None)]),
    ("Harwick pay will rise by more than £2,000 to £24,500.", [("more than £2,000", "up"), ("£24,500", None)]),
    # 'up to X from Y': a move between two levels, no ceiling
    ("Calloway revised its growth estimate up to 7.4% from 6.1%.", [("7.4%", None), ("6.1%", None)]),
    ("Tessaly raised its margin forecast up to 7.4% from the 6.9% it gave in May.", [("7.4%", None),
                                                                                   ("6.9%", None)]),
    # a transitive change of an object, not a level after 'to'
    ("Calloway Corp. raised its quarterly dividend 10%.", [("10%", "up")]),
    ("Harwick reduced the company's workforce 12%.", [("12%", "down")]),
    ("Orbis brought down the error rate to 0.5%.", [("0.5%", None)]),
    ("The accord boosts Orbis's 7% share of the candy market to 12%.", [("7%", None), ("12%", None)]),
    # a company's loss is a level; a share's loss of money is a move
    ("Garrow Savings Bank said it lost $87.4 million in the third quarter.", [("$87.4 million", None)]),
    ("Orbis shares lost $2 to $30.", [("$2", "down"), ("$30", None)]),
    ("Shares of Tessaly lost $1.25.", [("$1.25", "down")]),
    # a poll's tally is two figures; a participle states a change
    ("Varn led Orbis 48% to 43% in the poll.", [("48%", None), ("43%", None)]),
    ("The line runs every 8 minutes, cutting journey times by 25%.", [("8 minutes", None), ("25%", "down")]),
])
def test_tallies_and_moves_are_two_figures(nlp, text, want):
    report = claimgraph.extract(text, nlp=nlp)
    assert [(q.text, q.change) for q in report.quantities] == want


@pytest.mark.parametrize("text,want", [
    ("Calloway's orders rose 15 per cent to 46 million.", [("15 per cent", "percent", "%"),
                                                          ("46 million", "count", "order")]),
    ("Harwick's monthly active users doubled to 21 million.", [("doubled", "multiple", None),
                                                               ("21 million", "count", "user")]),
    ("Orbis's users have more than tripled to 21 million.", [("more than tripled", "multiple", None),
                                                             ("21 million", "count", "user")]),
])
def test_a_count_named_before_its_move_keeps_its_noun(nlp, text, want):
    report = claimgraph.extract(text, nlp=nlp)
    assert [(q.text, q.kind, q.unit) for q in report.quantities] == want


def test_points_of_share_are_percentage_points(nlp):
    report = claimgraph.extract("Tessaly lost 0.9 points of share in the second quarter.", nlp=nlp)
    assert [(q.text, q.kind, q.unit, q.change) for q in report.quantities] == [("0.9 points", "percent", "pp", "down")]


def test_points_to_a_percentage_are_percentage_points(nlp):
    report = claimgraph.extract("Support for Varn rose 1.2 points to 13.9%.", nlp=nlp)
    assert [(q.text, q.unit, q.change) for q in report.quantities] == [("1.2 points", "pp", "up"), ("13.9%", "%", None)]
    report = claimgraph.extract("The Orbis index rose 12 points to 3,400.", nlp=nlp)
    assert [q.unit for q in report.quantities] == ["point", "point"]
    report = claimgraph.extract("Some 36% of Orbis shoppers pay by phone, up 9 points from 27% a year ago.", nlp=nlp)
    assert [(q.text, q.unit) for q in report.quantities] == [("Some 36%", "%"), ("9 points", "pp"), ("27%", "%")]
    report = claimgraph.extract("The Tessaly tax on savings income rises by two points, to 22%.", nlp=nlp)
    assert [(q.text, q.unit) for q in report.quantities] == [("two points", "pp"), ("22%", "%")]


@pytest.mark.parametrize("text,want", [
    # a move in points right after a percentage is in its percentage points; ', or 60 points' is an index's
    ("Harwick Air's load factor was 81.2%, down 1.7 points from a year earlier.",
     [("81.2%", "%"), ("1.7 points", "pp")]),
    ("The Orbis index slid 1.9%, or 64 points.", [("1.9%", "%"), ("64 points", "point")]),
    # the rate's own period may stand between; another thing's clause may not
    ("Orbisland's jobless rate rose to 4.4% in January, up 0.3 points from December.",
     [("4.4%", "%"), ("0.3 points", "pp")]),
    ("Tessaly's vaccination rate reached 42.5 per cent in 2024, up 1.8 points on the year.",
     [("42.5 per cent", "%"), ("1.8 points", "pp")]),
    # points compared after a percentage, and points of share, are percentage points too
    ("Unemployment among Orbisland's refugees rose to 41%, 6 points higher than a year earlier.",
     [("41%", "%"), ("6 points", "pp")]),
    ("The Harwick literacy rate reached 72% in 2024, 5 points above the 2023 level.",
     [("72%", "%"), ("5 points", "pp")]),
    ("Orbis futures were up 0.01% and Harwick 100 futures were up 17.5 points.",
     [("0.01%", "%"), ("17.5 points", "point")]),
    # a quarter or a half of a point of a rate
    ("Tessaly's central bank cut rates by a quarter point.", [("a quarter point", "pp")]),
    ("Calloway Bank made a half percentage point cut.", [("a half percentage point", "pp")]),
])
def test_points_beside_a_percentage_and_fractions_of_a_point(nlp, text, want):
    report = claimgraph.extract(text, nlp=nlp)
    assert [(q.text, q.unit) for q in report.quantities] == want


@pytest.mark.parametrize("text,want", [
    ("Orbis's headcount is expected to grow from 310 to 450.", ["310", "450"]),  # two levels of a change
    ("Tickets at Harwick Hall range from 310 to 450.", ["310 to 450"]),  # a range
    ("Varnholt traffic was 6% above 2019 levels.", ["6%"]),  # a year's levels are no count of levels
])
def test_from_to_after_a_change_and_a_years_levels(nlp, text, want):
    assert [q.text for q in claimgraph.extract(text, nlp=nlp).quantities] == want


@pytest.mark.parametrize("text,want", [
    ("Orbisland's consumer prices rose 0.4% on the month and 2.9% on the year.", [("0.4%", "up"), ("2.9%", "up")]),
    # a transitive verb's 'by X and Y' moves both
    ("Brightlen and Ossary Power raised prices by 7% and 11% respectively.", [("7%", "up"), ("11%", "up")]),
    ("Calloway cut its fees by 3% and 5%, respectively.", [("3%", "down"), ("5%", "down")]),
    ("The Harwick index closed down 2.5% from Friday and 5.1% from a month ago.", [("2.5%", "down"), ("5.1%", "down")]),
    ("Tessaly's sales rose 5%, and its margin was 12%.", [("5%", "up"), ("12%", None)]),  # another clause's level
    # a move set beside an earlier one, and the list that goes on after it
    ("Orbisland's retail sales grew 3.1 percent in July, after 4.8 percent in June.", [("3.1 percent", "up"),
                                                                                       ("4.8 percent", "up")]),
    ("The Orbis index had slid 5.2%, against 3.1% for the Harwick 100, 3.4% for the Tessaly Composite and "
     "3.9% for the blue-chip gauge.", [("5.2%", "down"), ("3.1%", "down"), ("3.4%", "down"), ("3.9%", "down")]),
    ("Orbisland's inflation eased to 2.1% in July, after 2.4% in June.", [("2.1%", None), ("2.4%", None)]),
    # ', or' a percentage on another basis restates the move before it
    ("Calloway's revenue fell 3% to GBP 612 million, or 1% at constant exchange rates.", [("3%", "down"),
                                                                                         ("1%", "down")]),
    ("Orbis sales slipped 3%, or 1% in local currencies.", [("3%", "down"), ("1%", "down")]),
    ("Harwick group sales rose 4%, or 6% like-for-like.", [("4%", "up"), ("6%", "up")]),
    ("Median household income in Orbisland rose 4% in 2024, or 2.1% in real terms.", [("4%", "up"), ("2.1%", "up")]),
    ("Orbis cut 1,200 jobs, or 8% of its workforce.", [("8%", None)]),  # a part, no basis
])
def test_one_verb_moves_two_percentages_joined_by_and(nlp, text, want):
    report = claimgraph.extract(text, nlp=nlp)
    assert [(q.text, q.change) for q in report.quantities if q.kind == "percent"] == want


@pytest.mark.parametrize("text,want", [
    ("The Orbisland council approved a 9.5% rate increase.", [("9.5%", "up")]),
    ("Tessaly voters rejected a 4% tax hike.", [("4%", "up")]),
    ("The Calloway district faces a 3% budget cut next year.", [("3%", "down")]),
    ("Varnholt is planning a 12% workforce reduction.", [("12%", "down")]),
    # a comparative or a level noun after the noun is no move of the figure
    ("Harwick booked a $14 million trading loss.", [("$14 million", None)]),
    # a headline's verb moves its object with no determiner; 'making up' a part is no move
    ("Tessaly lifts third-quarter deliveries 11%", [("11%", "up")]),
    ("Orbis cuts jobs 5%, shares fall", [("5%", "down")]),
    ("About 60% of Calloway's reserves were in bonds, with cash making up the remaining 40%.",
     [("About 60%", None), ("40%", None)]),
    # a transitive verb's bare object; not a comparative adjective ('a lower-than-expected 5.2%')
    ("Varnholt lifted revenue 18% to A$96m in the quarter.", [("18%", "up"), ("A$96m", None)]),
    ("Orbis's net income rose a lower-than-hoped 5.2% to $238 million.", [("5.2%", "up"), ("$238 million", None)]),
    # a percentage ahead of, behind or fewer than another period's; 'by an average of'
    ("Harwick carried out 7% fewer operations than in the September quarter.", [("7%", "down")]),
    ("Tessaly bookings for August are running nearly 10% ahead of last year.", [("nearly 10%", "up")]),
    ("Calloway will raise prices by an average of 6.5%.", [("6.5%", "up")]),
    # a verb that adds to or takes from a headcount or a customer base
    ("Orbisland's economy shed 12,000 jobs in May.", [("12,000 jobs", "down")]),
    ("Tessaly employers added 85,000 jobs last month.", [("85,000 jobs", "up")]),
    ("Harwick lost 118,000 broadband customers in the quarter.", [("118,000 broadband customers", "down")]),
    ("Calloway said it added about 412,000 subscribers.", [("about 412,000 subscribers", "up")]),
    ("The layoffs of 8,000 employees will cost Orbis dearly.", [("8,000 employees", "down")]),
    # disposals and levels are no move of a base
    ("Since 1983, Varnholt has shed 70 businesses.", [("70 businesses", None)]),
    ("Orbis has 3,000 employees.", [("3,000 employees", None)]),
    # a fraction set against another period is a move by that part
    ("Harwick sales reached $80 million this year, a fifth more than in 2024.", [("$80 million", None),
                                                                              ("a fifth", "up")]),
    ("Tessaly's output was a third lower than a year earlier.", [("a third", "down")]),
    ("About a fifth of Calloway staff left.", [("About a fifth", None)]),
])
def test_moves_stated_by_a_noun_a_verb_or_a_fraction(nlp, text, want):
    assert [(q.text, q.change) for q in claimgraph.extract(text, nlp=nlp).quantities] == want


def test_a_spread_that_tightened_moved_down_to_a_level(nlp):
    report = claimgraph.extract("Spreads on Harwick's notes tightened 10bp to 95bp.", nlp=nlp)
    assert [(q.text, q.change) for q in report.quantities] == [("10bp", "down"), ("95bp", None)]
    (coupon,) = [c for c in claimgraph.extract("Orbis sold a $1bn bond with a 5.5% coupon.", nlp=nlp).claims
                 if c.quantity == "q2"]
    assert coupon.metric == "interest_rate"


@pytest.mark.parametrize("text,want", [
    ("Orbisland's jobless claims fell 9,000 to 221,000.", [("9,000", "claim", "down"), ("221,000", "claim", None)]),
    ("Harwick Bank's mortgage approvals dropped to 58,000.", [("58,000", "approval", None)]),
    ("Tessaly's death toll rose to 214.", [("214", "death", None)]),
])
def test_counts_named_before_their_verb_keep_their_move(nlp, text, want):
    report = claimgraph.extract(text, nlp=nlp)
    assert [(q.text, q.unit, q.change) for q in report.quantities] == want


@pytest.mark.parametrize("text,want", [
    ("The Delmar resort earned $52 million last year, while guest nights climbed 6% to 3.4 million.",
     [("$52 million", "money"), ("6%", "percent"), ("3.4 million", "number")]),
    ("Orbis Hotels made $14 million, but room bookings fell 3% to 820,000.",
     [("$14 million", "money"), ("3%", "percent"), ("820,000", "count")]),  # bookings counted, no dollars
    # a parallel clause without a subject of its own keeps the unit
    ("The top estimate for Tessaly is 62.30 cents, while the lowest is 55.15.",
     [("62.30 cents", "money"), ("55.15", "money")]),
])
def test_a_clause_with_its_own_counted_subject_takes_no_unit(nlp, text, want):
    report = claimgraph.extract(text, nlp=nlp)
    assert [(q.text, q.kind) for q in report.quantities] == want


@pytest.mark.parametrize("text,want", [
    ("The number of flights at Orbis Air rose to 71,400 last year.", [("71,400", "count", "flight")]),
    # modifiers between 'number of' and the noun; levels after 'from' too
    ("The number of active donors at Harwick rose to 12,400.", [("12,400", "count", "donor")]),
    ("The number of unemployed residents in Tessaly fell from 412,000 to 251,000.",
     [("412,000", "count", "resident"), ("251,000", "count", "resident")]),
    ("Visitor arrivals in January totalled 1.62 million.", [("1.62 million", "count", "arrival")]),
    ("Subscribers to Arkfield+ topped 12 million.", [("topped 12 million", "count", "subscriber")]),
    ("Customer numbers at Tessaly Bank tripled to 3.8 million.",
     [("tripled", "multiple", None), ("3.8 million", "count", "customer")]),
    ("Merchant numbers rose by 12,000 to 58,000.", [("12,000", "count", "merchant"), ("58,000", "count", "merchant")]),
    ("EV registrations in Orbisland rose 28% to 142,000.",
     [("28%", "percent", "%"), ("142,000", "count", "registration")]),
    # a money word is no counted noun
    ("Revenue in Orbisland rose to 5.2 billion.", [("5.2 billion", "number", None)]),
])
def test_a_count_named_before_a_place_or_as_numbers(nlp, text, want):
    report = claimgraph.extract(text, nlp=nlp)
    assert [(q.text, q.kind, q.unit) for q in report.quantities] == want


@pytest.mark.parametrize("text,want", [
    # a move in points restated in percent, and the level after it, are an index's points (kind number)
    ("The Corvanta 500 fell 48.6 points, or 0.9%, to 5,352.1.",
     [("48.6 points", "number", "point"), ("0.9%", "percent", "%"), ("5,352.1", "number", "point")]),
    ("Kelvara's PMI rose 1.3 points to 51.2 in February.",
     [("1.3 points", "number", "point"), ("51.2", "number", "point")]),
    # points of a percentage are percentage points; points scored are counted
    ("Support for Orbis rose 3 points to 41%.", [("3 points", "percent", "pp"), ("41%", "percent", "%")]),
    ("The Tessaly team scored 24 points.", [("24 points", "count", "point")]),
])
def test_index_points_are_numbers(nlp, text, want):
    report = claimgraph.extract(text, nlp=nlp)
    assert [(q.text, q.kind, q.unit) for q in report.quantities] == want


def test_a_poll_table_s_bracketed_moves_are_percentage_points(nlp):
    report = claimgraph.extract("Quorvane 34% (-2), Telbridge 29% (+3), Greens 9% (+1).", nlp=nlp)
    assert [(q.text, q.unit, q.low, q.change) for q in report.quantities] == [
        ("34%", "%", 34, None), ("-2", "pp", 2, "down"), ("29%", "%", 29, None), ("+3", "pp", 3, "up"),
        ("9%", "%", 9, None), ("+1", "pp", 1, "up")]
    assert claimgraph.extract("Call Orbis on +65 6123 4567.", nlp=nlp).quantities == []


@pytest.mark.parametrize("text,want", [
    # the base a rate is compared with is of the same rate
    ("Orbis lifted its payout to 42 cents a share, up from 38 cents.", [("42 cents", "share"), ("38 cents", "share")]),
    ("The Tessaly plan will fall to $499 a month from $1,049.", [("$499", "month"), ("$1,049", "month")]),
    # not a total after a per-share figure
    ("Orbis earned $1.45 billion, or $1.01 a share, up from $90.5 million.",
     [("$1.45 billion", None), ("$1.01", "share"), ("$90.5 million", None)]),
    # with the move between ('to $7,245 a tonne, up 6.4% from $6,809')
    ("Nickel climbed to $16,420 a tonne, up 3.1% from $15,930.", [("$16,420", "tonne"), ("3.1%", None),
                                                                ("$15,930", "tonne")]),
    ("Spot gas eased to $9.80 per mmBtu, down 2.5% compared with $10.05.", [("$9.80", "mmbtu"), ("2.5%", None),
                                                                            ("$10.05", "mmbtu")]),
    ("Orbis earned $812 million, or 96 cents a share, up 8% from $752 million.",
     [("$812 million", None), ("96 cents", "share"), ("8%", None), ("$752 million", None)]),
])
def test_a_base_takes_its_rate(nlp, text, want):
    assert [(q.text, q.per) for q in claimgraph.extract(text, nlp=nlp).quantities] == want


@pytest.mark.parametrize("text,want", [
    # 'N fewer/more than ...' states a difference of the noun counted before it
    ("Orvane employs 9,300 staff, 700 fewer than a year ago.",
     [("9,300 staff", "staff", None), ("700", "staff", "down")]),
    ("Orvane employs 9,300 staff, about 700 more than a year ago.",
     [("9,300 staff", "staff", None), ("about 700", "staff", "up")]),
    ("That is 700 fewer than in 2024.", [("700", None, "down")]),
    ("The depot had 40 fewer buses than in 2019.", [("40 fewer buses", "bus", None)]),
])
def test_n_fewer_or_more_than_is_a_difference(nlp, text, want):
    assert [(q.text, q.unit, q.change) for q in claimgraph.extract(text, nlp=nlp).quantities] == want


@pytest.mark.parametrize("text,want", [
    # a verb of change a few words before 'by', across a hyphenated word of the object
    ("Orbridge lifted its easy-access rate by 0.3 percentage points to 3.9%.", ("0.3 percentage points", "up")),
    ("Orbridge cut its five-year fix by 0.15 percentage points.", ("0.15 percentage points", "down")),
])
def test_a_change_verb_before_by_across_a_hyphenated_object(nlp, text, want):
    got = [(q.text, q.change) for q in claimgraph.extract(text, nlp=nlp).quantities]
    assert want in got, got


@pytest.mark.parametrize("text,want", [
    # the number after 'per' is the base a rate is of, no figure of its own
    ("Admissions reached 61 cases per 100,000 residents, up from 44 per 100,000 a week earlier.",
     [("61 cases", "case", "100,000 residents"), ("44", "case", "100,000")]),
    ("The Kessel district had 23 deaths per 1,000 births.", [("23 deaths", "death", "1,000 births")]),
])
def test_a_rate_per_a_number_keeps_its_base_as_per(nlp, text, want):
    assert [(q.text, q.unit, q.per) for q in claimgraph.extract(text, nlp=nlp).quantities] == want


@pytest.mark.parametrize("text,want", [
    # a pound in millions or billions written as a modifier is sterling; pounds of a thing stay weight
    ("Corvane agreed a 2.8 billion pound ($3.7 billion) takeover of Pellmarsh.", ("2.8 billion pound", "money", "GBP")),
    ("Pellmarsh will repay a 450 million pound loan.", ("450 million pound", "money", "GBP")),
    ("Pellmarsh will hand 900 million pounds of the proceeds to investors.", ("900 million pounds", "money", "GBP")),
    ("The plant recalled 1.8 million pounds of chicken.", ("1.8 million pounds", "physical", "pound-mass")),
])
def test_sterling_in_a_modifier_and_weight_in_pounds_of_a_thing(nlp, text, want):
    got = [(q.text, q.kind, q.unit) for q in claimgraph.extract(text, nlp=nlp).quantities]
    assert want in got, got


@pytest.mark.parametrize("text,want", [
    # an exchange rate is money in the quoted currency, per the other one
    ("The yen weakened to 151.37 per dollar on Tuesday.", ("151.37", "money", "JPY", "dollar", None)),
    ("The rupee ended at 84.90 to the dollar.", ("84.90", "money", "INR", "dollar", None)),
    ("The dollar rose 0.6% to 151.37 yen.", ("151.37 yen", "money", "JPY", "dollar", None)),
    # currencies that lose or gain value move down or up
    ("The lira has depreciated by 9% this year.", ("9%", "percent", "%", None, "down")),
    ("The won appreciated 1.2% against the dollar.", ("1.2%", "percent", "%", None, "up")),
    # a headline's present tense: 'Orders Rebound 14%'
    ("Machine Tool Orders Rebound 12% in April", ("12%", "percent", "%", None, "up")),
])
def test_exchange_rates_and_currency_moves(nlp, text, want):
    got = [(q.text, q.kind, q.unit, q.per, q.change) for q in claimgraph.extract(text, nlp=nlp).quantities]
    assert want in got, got


@pytest.mark.parametrize("text,want", [
    # readings a new rule must not make
    ("Kestair carried over 14 million passengers in August.", ("over 14 million passengers", "count", None, None)),
    ("The Hawks led by 9 points at halftime, with Drew making 55% of his shots.", ("9 points", "count", None, None)),
    ("His credit score rose by 35 points after he paid off 25% of his debt.", ("35 points", "count", None, "up")),
    ("Harmond announced a 1.9 million pound recall of sausages.", ("1.9 million pound", "physical", None, None)),
    ("The dollar value of Orbisland's exports rose 3% to 8.1 trillion yen.",
     ("8.1 trillion yen", "money", None, None)),
    ("Delvar depreciated $30 million of equipment last year.", ("$30 million", "money", None, None)),
    ("Velmar leads by 5 points, 43% to 38%.", ("5 points", "percent", None, None)),
    ("Harlow agreed a 60 million pound transfer for the striker.", ("60 million pound", "money", None, None)),
    ("Its holdings appreciated by $25 million.", ("$25 million", "money", None, "up")),
])
def test_readings_the_new_rules_leave_alone(nlp, text, want):
    got = [(q.text, q.kind, q.per, q.change) for q in claimgraph.extract(text, nlp=nlp).quantities]
    assert want in got, got


@pytest.mark.parametrize("text,want", [
    # ', of whom N' / ', of which N' counts the noun of the whole before it
    ("The college admitted 3,910 students, of whom 1,150 were from abroad.", ("1,150", "count", "student")),
    ("The ombudsman received 2,800 appeals, of which 640 were upheld.", ("640", "count", "appeal")),
])
def test_of_whom_and_of_which_count_the_whole_s_noun(nlp, text, want):
    got = [(q.text, q.kind, q.unit) for q in claimgraph.extract(text, nlp=nlp).quantities]
    assert want in got, got


@pytest.mark.parametrize("text,want", [
    # the noun a verb's subject names counts the bare number after it, past a period phrase on either side
    ("Road deaths fell 7% last year to 1,302 from 1,400 in 2023.", ("1,302", "count", "death")),
    ("Deaths in the quarter were 287, down from 301 a year earlier.", ("287", "count", "death")),
    ("Arrivals in the first half rose to 4.1 million.", ("4.1 million", "count", "arrival")),
    # a money bar after a participle says who is counted: the count takes no money
    ("The number of songwriters earning more than $100,000 a year rose to 11,200, Velorra said.",
     ("11,200", "number", None)),
])
def test_a_bare_number_counts_the_noun_named_before(nlp, text, want):
    got = _readings(nlp, text, "text", "kind", "unit")
    assert want in got, got


@pytest.mark.parametrize("text,want", [
    # (review counter-examples of this round's rules)
    ("Harvel sold 40,000 tickets for over 100 shows across Europe last year.", ("over 100 shows", "count", "gt")),
    ("The offer closed 4.5 times oversubscribed, Tolvex said.", ("4.5 times", "multiple", None)),
    ("Tolvex shares jumped above 20% in early trading.", ("above 20%", "percent", "gt")),
    ("Tolvex announced a one-third increase in its dividend.", ("one-third", "fraction", None)),
    ("Xyro ended June with more than $1.2 billion in cash and 800 million in short-term investments.",
     ("800 million", "money", None)),
])
def test_review_readings_of_this_round(nlp, text, want):
    got = _readings(nlp, text, "text", "kind", "comparator")
    assert want in got, got


def _readings(nlp, text: str, *fields: str) -> list[tuple]:
    """The named fields of each quantity the text yields."""
    return [tuple(getattr(q, f) for f in fields) for q in claimgraph.extract(text, nlp=nlp).quantities]


@pytest.mark.parametrize("text,absent", [
    ("Tolvex shipped 4 million devices last year, and Windows 11 devices made up 70% of them.", "11 devices"),
])
def test_a_name_s_number_after_a_list_is_no_item(nlp, text, absent):
    assert absent not in [q.text for q in claimgraph.extract(text, nlp=nlp).quantities]


def test_a_double_object_is_no_rate(nlp):
    q = next(q for q in claimgraph.extract("The charity will give 2,000 pupils a trip to the seaside.", nlp=nlp)
             .quantities if q.text == "2,000 pupils")
    assert q.per is None


def test_a_match_s_final_quarter_is_no_period(nlp):
    assert not claimgraph.extract("The Tigers scored 14 points in the final quarter to win.", nlp=nlp).periods


@pytest.mark.parametrize("text,want,role", [
    # a level a move crosses is no size of the move; 'under' after a move verb is its size ('rose under 4%')
    ("Brent crude slipped below $70 a barrel on Wednesday.", ("below $70", None, "lt"), "actual"),
    ("Kelvar shares rose above $10 on Monday.", ("above $10", None, "gt"), "actual"),
    ("Kelvar rose under 4%, and Brantel gained 3%.", ("under 4%", "up", "lt"), "change"),
])
def test_a_level_a_move_crosses(nlp, text, want, role):
    report = claimgraph.extract(text, nlp=nlp)
    q = next(q for q in report.quantities if q.text == want[0])
    assert (q.text, q.change, q.comparator) == want
    assert next(c.role for c in report.claims if c.quantity == q.id) == role


@pytest.mark.parametrize("text,want", [
    # a list item whose verb is left out: a name and the count of the noun a number before it counts
    ("Telvane has 40 staff, Quorrin 35 staff and Nimsar 25 staff.", "35 staff"),
    ("Kelvane recorded 312 breaches and Tarrowin 150 breaches.", "150 breaches"),
    ("Lake Marrow held 92 gigalitres, Esker Dam 47 gigalitres and Pindle Weir 25 gigalitres.", "47 gigalitres"),
])
def test_a_list_item_without_its_verb_keeps_its_count(nlp, text, want):
    assert want in [q.text for q in claimgraph.extract(text, nlp=nlp).quantities]


@pytest.mark.parametrize("text", [
    "Harvel 500 e-contracts gained 3 points and Tarn 100 e-contracts lost 9 points.",  # a name's number
    "The firm sold 40 phones, and Galaxy 15 buyers complained.",  # no noun a number before counts
])
def test_a_name_s_number_in_a_list_is_no_count(nlp, text):
    assert not [q for q in claimgraph.extract(text, nlp=nlp).quantities if q.text.startswith(("100", "15"))]


@pytest.mark.parametrize("text,want", [
    # 'won N seats' is an election's tally; 'over' after 'hand', 'turn', 'sign' is the verb's particle
    ("The Harbour Alliance won 64 seats in the vote.", ("64 seats", None, None)),
    ("Orvane won 300,000 subscribers in the quarter.", ("300,000 subscribers", "up", None)),
    ("Kestrel handed over 27 turboprops to buyers in May.", ("27 turboprops", None, None)),
    ("The lessor must hand over 14 jets this year.", ("14 jets", None, None)),
    ("The chain runs over 300 stores.", ("over 300 stores", None, "gt")),
    # 'over' a count of sittings after a figure, or in words, spreads the figure across them
    ("The stand sold 310,000 tickets over five nights.", ("five nights", None, None)),
    ("The tour grossed $40 million over 12 shows.", ("12 shows", None, None)),
    ("The band played over 100 shows last year.", ("over 100 shows", None, "gt")),
])
def test_a_tally_won_and_a_particle_over(nlp, text, want):
    got = [(q.text, q.change, q.comparator) for q in claimgraph.extract(text, nlp=nlp).quantities]
    assert want in got, got


@pytest.mark.parametrize("text,want", [
    # points that state a difference, beside a percentage level, are that rate's percentage points
    ("The Corvel dam is 64% full, about 11 points below its level a year ago.", ("about 11 points", "percent", "pp")),
    ("The Orbis poll put Labour on 37%, with a margin of error of 2 points.", ("2 points", "percent", "pp")),
    ("Fixed deals trail the policy rate of 4.25% by 0.6 points.", ("0.6 points", "percent", "pp")),
    ("The Greens are on 29%, an eight-point lead over the Centre.", ("eight-point", "percent", "pp")),
    # a game's points, an index's points and points with no rate beside them are not
    ("Marro averaged 21.4 points while shooting 48.2% from the field.", ("21.4 points", "count", "point")),
    ("The gap narrowed to 3 points from 8 points.", ("3 points", "count", "point")),
])
def test_points_stating_a_difference_beside_a_rate_are_percentage_points(nlp, text, want):
    got = [(q.text, q.kind, q.unit) for q in claimgraph.extract(text, nlp=nlp).quantities]
    assert want in got, got


def test_one_in_n_ends_with_its_denominator():
    """'one in six two years ago': the number right after 'in' is the denominator, not the last one read."""
    report = claimgraph.extract("One in five Orbisland homes is behind, up from one in six two years ago.")
    assert [(q.text, q.kind, round(float(q.low), 4)) for q in report.quantities] == [
        ("One in five", "fraction", 0.2), ("one in six", "fraction", 0.1667), ("two years", "duration", 2.0)]


@pytest.mark.parametrize("text,want", [
    ("Orbis produced 62 million pounds of copper, up 5% from 59 million pounds.",
     [("62 million pounds", "physical"), ("5%", "percent"), ("59 million pounds", "physical")]),
    ("Orbis produced 46,900 tonnes of copper, or roughly 103 million pounds.",
     [("46,900 tonnes", "physical"), ("roughly 103 million pounds", "physical")]),
    # sterling after weight in another sentence or with no comparison stays sterling
    ("Harwick sold 2 pounds of beef. It paid 5 million pounds for the farm.",
     [("2 pounds", "physical"), ("5 million pounds", "money")]),
])
def test_pounds_compared_with_a_weight_are_weight(text, want):
    assert [(q.text, q.kind) for q in claimgraph.extract(text).quantities] == want


@pytest.mark.parametrize("text,want", [
    # 'over' a duration after an amount (its currency's name last) is 'during': no comparator
    ("Orbisland will mobilise 800 billion euros over four years.", ("four years", None)),
    ("Harwick will spend 15 billion yen over three years.", ("three years", None)),
    ("Tessaly will invest $5bn over three years.", ("three years", None)),
    # ... elsewhere it is 'more than'
    ("Calloway's shares have risen for over three years.", ("over three years", "gt")),
    ("The Varnholt deal was signed over two years ago.", ("over two years", "gt")),
])
def test_over_a_duration_after_an_amount_is_during(nlp, text, want):
    report = claimgraph.extract(text, nlp=nlp)
    assert [(q.text, q.comparator) for q in report.quantities if q.kind == "duration"] == [want]


@pytest.mark.parametrize("text,want", [
    # a bare number set beside a count ('compared with', 'against', 'up from') counts the same, at the same rate
    ("The Orbis line carried 655,000 passengers a day in 2024, compared with 610,000 in 2023.",
     [("655,000 passengers", "passenger", "day"), ("610,000", "passenger", "day")]),
    ("Harwick had 1,200 stores against 1,100 a year earlier.", [("1,200 stores", "store", None),
                                                               ("1,100", "store", None)]),
    ("Tessaly handled 2.4 million orders a day, up from 1.9 million a year earlier.",
     [("2.4 million orders", "order", "day"), ("1.9 million", "order", "day")]),
])
def test_a_base_beside_a_count_counts_the_same(nlp, text, want):
    report = claimgraph.extract(text, nlp=nlp)
    assert [(q.text, q.unit, q.per) for q in report.quantities if q.kind in ("count", "number")] == want


def test_a_headline_without_a_stop_lends_no_unit_past_its_blank_line(nlp):
    """A bare number in the body pairs with no figure of the headline above it: the blank line ends the headline
    whether or not it has a full stop; a single line break inside a sentence ends nothing."""
    text = "Tessaly trust overspend reaches £9m\n\nThe waiting list fell to 3,100 in October from 3,400."
    got = [(q.text, q.kind, q.unit) for q in claimgraph.extract(text, nlp=nlp, claims=False).quantities]
    assert got == [("£9m", "money", "GBP"), ("3,100", "number", None), ("3,400", "number", None)]
    wrapped = "Orbis sales rose to $5 million\nfrom 4 million."
    assert [q.unit for q in claimgraph.extract(wrapped, nlp=nlp, claims=False).quantities] == ["USD", "USD"]


@pytest.mark.parametrize("text,want", [
    ("Customers paying over $100,000 in ARR grew to 2,140 from 1,780, Velnix said.",
     [("over $100,000", "money"), ("2,140", "number"), ("1,780", "number")]),
    ("Sales of Orbisland homes above £2 million fell by 14% in the year to October, to 9,800.",
     [("above £2 million", "money"), ("14%", "percent"), ("9,800", "number")]),
    ("Corvana said 587 customers now pay more than $100,000 a year, up from 493 a year earlier.",
     [("587 customers", "count"), ("more than $100,000", "money"), ("493", "count")]),
])
def test_a_money_bar_lends_no_currency_to_the_counts_it_names(nlp, text, want):
    """A bound amount that says who is counted ('paying over $100,000') is no level the bare numbers after it
    restate in its currency (values far apart); they count what their sentence counts."""
    got = [(q.text, q.kind) for q in claimgraph.extract(text, nlp=nlp, claims=False).quantities]
    assert got == want


@pytest.mark.parametrize("text,want", [
    # a rate word in the subject of the verb that gives the level, past its move
    ("Spain's monthly minimum rose 4.4% to 1,184 euros.", [("4.4%", None), ("1,184 euros", "month")]),
    ("Daily trading volume rose 12% to $4 billion.", [("12%", None), ("$4 billion", "day")]),
    ("Telmora said annual output climbed 8% to 24 GWh.", [("8%", None), ("24 GWh", "year")]),
    # not a rate word of another phrase
    ("The monthly report showed sales rose 12% to $4 billion.", [("12%", None), ("$4 billion", None)]),
    ("Daily newspaper revenue fell 8% to $9.8 billion in 2024.", [("8%", None), ("$9.8 billion", None)]),
    ("Daily Crust revenue rose 40% to $90 million last year.", [("40%", None), ("$90 million", None)]),
])
def test_a_rate_word_in_the_level_s_subject(nlp, text, want):
    assert _readings(nlp, text, "text", "per") == want


@pytest.mark.parametrize("text,want", [
    # 'add up to' before an amount is still a ceiling ('could add up to $3,000 to the price'), a move's too
    ("Tariffs on imported parts could add up to $3,000 to the price of a new car.", [("up to $3,000", "le")]),
])
def test_add_up_to_is_a_ceiling(nlp, text, want):
    assert _readings(nlp, text, "text", "comparator") == want


@pytest.mark.parametrize("text,want", [
    # a difference from a level dated back, past its restatement in percent: both say which way
    ("Regular gasoline averaged $3.17 a gallon, 33 cents, or about 9.4%, below the $3.50 drivers paid a year ago.",
     [("$3.17", None), ("33 cents", "down"), ("about 9.4%", "down"), ("$3.50", None)]),
    ("Diesel averaged $3.08 a gallon, 41 cents, or 11.7%, lower than a year ago, when the average was $3.49.",
     [("$3.08", None), ("41 cents", "down"), ("11.7%", "down"), ("$3.49", None)]),
    # a spread between two things at one time is no change
    ("Telvane's new bonds yield 85 basis points above comparable government debt.", [("85 basis points", None)]),
])
def test_a_difference_from_a_level_dated_back(nlp, text, want):
    assert _readings(nlp, text, "text", "change") == want
