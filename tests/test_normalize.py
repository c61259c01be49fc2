from decimal import Decimal as D

import pytest

from claimgraph.resolve import physical
from claimgraph.resolve.numbers import parse_number, singular


@pytest.mark.parametrize(
    "tokens,value,used",
    [
        (["4", "hundred", "million"], D(400_000_000), 3),
        (["twenty-eight", "thousand", "six", "hundred", "forty-two"], D(28642), 5),
        (["one", "hundred", "and"], D(100), 2),
        (["a", "dozen"], D(12), 2),
        (["two", "dozen"], D(24), 2),
        (["1.2", "billion"], D("1.2e9"), 2),
        (["2019", "2,000"], D(2019), 1),
        (["1/2"], D("0.5"), 1),
        (["-1.3"], D("-1.3"), 1),
        (["seven", "hundred", "and", "five", "thousand"], D(705000), 5),
        (["3", "hundred", "and", "9"], D(309), 4),
        (["two", "hundred", "and", "three", "hundred"], D(200), 2),
        (["eleven", "and", "three", "eighths"], D("11.375"), 4),
        (["four", "billion", "and", "a", "half"], D(4_500_000_000), 5),
        (["six", "point", "zero", "two"], D("6.02"), 4),
        (["a", "millionth"], D("0.000001"), 2),
        (["nine", "twentieths"], D("0.45"), 2),
        (["3", "over", "4"], D("0.75"), 3),
        (["4,5"], D("4.5"), 1),
        (["two", "thirds", "of", "a", "billion"], D("666666666.6666666666666666667"), 5),
    ],
)
def test_parse_number(tokens, value, used):
    assert parse_number(tokens) == (value, used)


@pytest.mark.parametrize("tokens", [["million"], ["dozen"], ["24/7"], ["first"], ["12,14,16"], ["second", "fifths"]])
def test_not_numbers(tokens):
    assert parse_number(tokens) is None


@pytest.mark.parametrize("plural,single", [("followers", "follower"), ("properties", "property"),
                                            ("people", "person"), ("boxes", "box"), ("bus", "bus")])
def test_singular(plural, single):
    assert singular(plural) == single


def test_quantulum_adapter_names_units_and_drops_known_false_positives():
    assert physical.unit_name("km/h") == "kilometre per hour"
    assert physical.unit_name("mph") == "mile per hour"
    assert physical.unit_name("bhp") == "brake horsepower"  # quantulum3 says "barn horsepower"
    assert physical.parse("36Kr") == []
    assert physical.parse("a gross") == []
    assert physical.parse("an influx") == []
    assert physical.parse("50 km")[0][:2] == (50.0, "kilometre")


def test_committed_unit_names_agree_with_quantulum3():
    """patterns/unit_names.json spares extraction a quantulum3 call per unit; it must say what quantulum3 says."""
    from claimgraph.resolve.physical import unit_name_table, unit_names

    assert unit_names() == unit_name_table()


@pytest.mark.parametrize("text", ["degrees Celsius", "Fahrenheit", "square miles", "miles per hour", "Celsius",
                                  "degrees Fahrenheit", "kilometres per hour", "square metres", "cubic metres"])
def test_composed_unit_names_match_quantulum3(text):
    from claimgraph.resolve.physical import _composed, quantulum_name, unit_names

    assert _composed(text, unit_names()) == quantulum_name(text)


@pytest.mark.parametrize(
    "tokens,value,used",
    [
        (["10", "1/2"], D("10.5"), 2),  # a whole number and a proper fraction
        (["10", "000"], D(10000), 2),  # thousands set apart by a space
        (["1", "250", "000"], D(1250000), 3),
        (["two", "hundred", "thirty", "two"], D(232), 4),
        (["half", "a", "million"], D(500000), 3),
        (["three", "quarters", "billion"], D(750000000), 3),
        (["a", "quarter", "million"], D(250000), 3),
        (["1\u200b000"], D(1000), 1),  # an invisible mark inside a numeral
        (["1⁄16"], D("0.0625"), 1),  # the fraction slash
        (["2½"], D("2.5"), 1),  # a fraction character
        (["3", "million", "and"], D(3000000), 2),
    ],
)
def test_parse_number_joined_forms(tokens, value, used):
    assert parse_number(tokens) == (value, used)


def test_long_numerals_are_refused_not_rounded():
    from claimgraph.resolve.numbers import MAX_DIGITS, digit_value

    assert digit_value("9" * MAX_DIGITS) == D("9" * MAX_DIGITS)
    assert digit_value("9" * (MAX_DIGITS + 1)) is None


def test_a_long_numeral_gives_a_warning_not_a_rounded_figure(nlp):
    import claimgraph

    report = claimgraph.extract("It cost " + "9" * 400 + " dollars.", nlp=nlp)
    assert report.quantities == []
    assert any("not read as figures" in w for w in report.document.warnings)


@pytest.mark.parametrize("line", ["1 " * 3000, " ".join(str(100 + i) for i in range(1500)), "one " * 3000])
def test_a_long_run_of_numerals_stays_linear(nlp, line):
    """A run of numerals used to end in RecursionError (2 KB) or take 33 s and 2 GB (6 KB): the Matcher's
    'LIKE_NUM +' gave ~n^2/2 spans and the resolver recursed once per numeral."""
    import time

    import claimgraph

    started = time.perf_counter()
    claimgraph.extract(line, nlp=nlp)
    assert time.perf_counter() - started < 20  # ~0.5 s on a quiet machine; quadratic took minutes


@pytest.mark.parametrize("text,want", [("1\u200b000 people", "1000"), ("rose 5%\u200f today", "5"),
                                       ("\u200e$20 million", "20000000")])
def test_invisible_marks_do_not_hide_a_figure(nlp, text, want):
    import claimgraph

    found = claimgraph.extract(text, nlp=nlp).quantities
    assert [str(q.low) for q in found] == [want]


@pytest.mark.parametrize("text,want,warned", [
    ("Budget papers set aside S$3.4 billion for housing; another $500 million goes to buses.", ["SGD", "SGD"], True),
    ("The fund raised HK$2 billion. It will spend $300 million on data centres.", ["HKD", "HKD"], True),
    ("It paid US$5 million and S$2 million, then $1 million.", ["USD", "SGD", "USD"], False),
    ("The chain earned $40 million.", ["USD"], False),
    ("A fine of 10.5 million Australian dollars ($7.5 million) applies.", ["AUD", "USD"], False),
    ("It sold A$2 billion of bonds ($1.3 billion).", ["AUD", "USD"], False),
    # no dollar named: the place the story is about decides (CONVENTIONS.md), and the warning says so
    ("Singapore will spend $2.1 billion on rail. Singaporean commuters get $80 credits, a Singapore minister "
     "said.", ["SGD", "SGD"], True),
    ("Toronto's transit agency wants $900 million, Canadian officials said. Ottawa offered $300 million to "
     "Canada's largest city.", ["CAD", "CAD"], True),
    ("A Singapore chip maker raised $50 million from American funds.", ["USD"], False),
    # a hedge before the sign names no US dollar ('about $940 million' is as bare as '$940 million')
    ("Singapore will spend about $2.1 billion on rail. Singaporean commuters get $80 credits, a Singapore "
     "minister said.", ["SGD", "SGD"], True),
    ("Singapore and Singaporean buyers paid $5 million for Washington, U.S. and American assets in America.",
     ["USD"], False),
    # a wire dateline names the place the story is from: once is enough
    ("AUCKLAND - Orbisland Air lifted its profit to $41 million, the New Zealand carrier said.", ["NZD"], True),
    ("SYDNEY (Wirestream) - Harwick Mining spent $120 million on its Australian mines.", ["AUD"], True),
    ("HONG KONG: Tessaly Land sold its tower for $2.3 billion.", ["HKD"], True),
    ("AUCKLAND - Harwick, which buys wool in New Zealand, paid $12 million for a U.S. rival in America.", ["USD"],
     False),
    ("Harwick Mining spent $120 million on its Australian mines near Sydney.", ["USD"], False),
    # a text that marks US dollars as US$ writes its own dollar bare; beside a local dollar's sign, bare is US
    ("SINGAPORE - The summit cost the Government $48 million. Visitors spent $96 million, or about US$74.5 "
     "million.", ["SGD", "SGD", "USD"], True),
    ("TORONTO - Harwick offered C$16.40 a share (US$14 a share). The chain's backers agreed to pay $57 million.",
     ["CAD", "USD", "USD"], False),
])
def test_a_bare_dollar_takes_the_dollar_the_text_names(nlp, text, want, warned):
    import claimgraph

    report = claimgraph.extract(text, nlp=nlp)
    assert [q.unit for q in report.quantities] == want
    assert any("bare '$'" in w for w in report.document.warnings) == warned


@pytest.mark.parametrize("text,want", [
    ("The Hang Seng index slipped 12.45, or 0.4%, to 3,210.50 on Monday.", [("12.45", "point"), ("0.4%", "%"),
                                                                             ("3,210.50", "point")]),
    ("The company sold 12.45 tonnes and kept 3.5.", [("12.45 tonnes", "tonne"), ("3.5", None)]),
])
def test_a_bare_decimal_after_an_index_name_is_in_points(nlp, text, want):
    import claimgraph

    assert [(q.text, q.unit) for q in claimgraph.extract(text, nlp=nlp).quantities] == want


@pytest.mark.parametrize("text,want", [
    ("The Lyon retailer, a leader in France, earned 2.1 billion francs last year.", "FRF"),
    ("The Zurich insurer earned 2.1 billion francs last year.", "CHF"),
    ("The group earned 2.1 billion francs last year.", "CHF"),
])
def test_francs_are_the_currency_of_the_place_named(nlp, text, want):
    import claimgraph

    assert [q.unit for q in claimgraph.extract(text, nlp=nlp).quantities] == [want]


def test_a_level_right_after_the_word_index_and_its_move_are_in_points(nlp):
    import claimgraph

    text = "Metals: the gold futures index 812.40, off 3.15; the consumer sentiment index came in at 98.3."
    assert [(q.text, q.unit) for q in claimgraph.extract(text, nlp=nlp).quantities] == [
        ("812.40", "point"), ("3.15", "point"), ("98.3", None)]


@pytest.mark.parametrize(
    "text,want",
    [
        ("It comes with three-, four- and five-door bodies.", [("3", "door"), ("4", "door"), ("5", "door")]),
        ("It paid $4.25 and 32 is the quantity.", [("4.25", "USD"), ("32", None)]),
        ("It cost 20 dollars 50 years ago.", [("20", "USD"), ("50", "year")]),
        ("The mix is 2 hundred and 3 hundred.", [("200", None), ("300", None)]),
        ("Convert - 40 degrees Fahrenheit now.", [("-40", "degree fahrenheit")]),
        ("Revenue was S$2 billion ($1.5 billion).", [("2000000000", "SGD"), ("1500000000.0", "USD")]),
        ("Tickets cost about 12 or $14.", [("12", "USD"), ("14", "USD")]),
        ("The Composite closed at 2,871.40, up 12.55 points.", [("2871.40", "point"), ("12.55", "point")]),
        ("Harbour Exchange (9120.75 off 4.10 points)", [("9120.75", "point"), ("4.10", "point")]),
        # a part of a stated whole counts the whole's noun: 'N of its M shares', 'four of the six projects'
        ("Orlin will buy back 3 million of its 7.5 million shares.", [("3000000", "share"), ("7500000.0", "share")]),
        ("The fund holds 3 million of Vantel's 9.2 million common shares.",
         [("3000000", "share"), ("9200000.0", "share")]),
        ("Orlin may trim 180 of its more than 9,000 jobs.", [("180", "job"), ("9000", "job")]),
        ("Orlin won four of the six design contracts.", [("4", "contract"), ("6", "contract")]),
    ],
)
def test_figures_side_by_side_keep_their_own_values(nlp, text, want):
    import claimgraph

    got = [(str(q.low), q.unit) for q in claimgraph.extract(text, nlp=nlp).quantities]
    assert got == want


@pytest.mark.parametrize(
    "text,want",
    [
        # a move and the level it reached, written "VERB X to Y": two figures, never a range
        ("Northwind Foods slid 3 3/8 to 41 1/4 on the news.",
         [("3.375", "USD", "money", "down"), ("41.25", "USD", "money", None)]),
        ("Orbis Mills gained 1/4 to 18 after the report.",
         [("0.25", "USD", "money", "up"), ("18", "USD", "money", None)]),
        ("The tally climbed 6 to 58 on Monday.", [("6", None, "number", "up"), ("58", None, "number", None)]),
        # a report that quotes share prices in eighths quotes its whole moves in dollars too, and a lone
        # eighth after a verb of change; an index's moves stay points
        ("Orbis Mills gained 1/4 to 18 1/2. Tessaly Corp. rose 3 to 20 after its buyer won approval.",
         [("0.25", "USD", "money", "up"), ("18.5", "USD", "money", None), ("3", "USD", "money", "up"),
          ("20", "USD", "money", None)]),
        ("Tessaly Corp. rose 3 to 20 after its buyer won approval. Orbis Mills gained 1/4 to 18 1/2.",
         [("3", "USD", "money", "up"), ("20", "USD", "money", None), ("0.25", "USD", "money", "up"),
          ("18.5", "USD", "money", None)]),
        ("Orbis Mills gained 1/4 to 18 1/2. The Calloway index fell 12 to 450.",
         [("0.25", "USD", "money", "up"), ("18.5", "USD", "money", None), ("12", None, "number", "down"),
          ("450", None, "number", None)]),
        ("Orbis Mills gained 1/4 to 18 1/2. Its stock lost 5/8 Tuesday amid worries about a recall.",
         [("0.25", "USD", "money", "up"), ("18.5", "USD", "money", None), ("0.625", "USD", "money", "down")]),
        ("Tessaly Corp. rose 3 to 20 after its buyer won approval.",
         [("3", None, "number", "up"), ("20", None, "number", None)]),
        # a change between two levels, "from X to Y" after a verb of change
        ("The ferry's top speed rose from 28 knots to 31 knots.",
         [("28", "knot", "physical", None), ("31", "knot", "physical", None)]),
        ("His weight dropped from 212 pounds to 190 in a year.",
         [("212", "pound-mass", "physical", None), ("190", "pound-mass", "physical", None)]),
        ("Rent went up from $900 to $1,150 a month.", [("900", "USD", "money", None), ("1150", "USD", "money", None)]),
        # the verb a few words before, the thing moved between: still a move and a level
        ("Dealers pushed up Orbis's share price eight pence to 512 pence.",
         [("0.08", "GBP", "money", None), ("5.12", "GBP", "money", None)]),
        # ... but a span is still a range, also after a verb and a 'from'
        ("Bids ranged from $4 million to $5 million.", [("4000000-5000000", "USD", "money", None)]),
        ("Sales fell short of the $7 to $9 billion it had planned.", [("7000000000-9000000000", "USD", "money", None)]),
        ("Fares went down from the $40 to $60 they cost last year.", [("40-60", "USD", "money", None)]),
        ("Prices rose 2 to 4 percent.", [("2-4", "%", "percent", "up")]),
    ],
)
def test_a_move_and_its_level_are_two_figures(nlp, text, want):
    import claimgraph

    got = [(f"{q.low}" if q.low == q.high else f"{q.low}-{q.high}", q.unit, q.kind, q.change)
           for q in claimgraph.extract(text, nlp=nlp).quantities]
    assert got == want


@pytest.mark.parametrize("text", [
    "In early trading in Lisbon Monday, the Varga index fell 148.85 points to 35378.44.",
    "The 40-share index settled 31.5 points lower at 1544.5.",
    "The Harrow Composite closed at 2,871.40, up 12.55 points.",
])
def test_an_index_s_points_are_numbers_not_counts(nlp, text):
    import claimgraph

    got = [(q.kind, q.unit) for q in claimgraph.extract(text, nlp=nlp).quantities]
    assert got == [("number", "point"), ("number", "point")]


def test_points_scored_stay_a_count(nlp):
    import claimgraph

    got = [(q.kind, q.unit) for q in claimgraph.extract("Dorsey scored 31 points in the final.", nlp=nlp).quantities]
    assert got == [("count", "point")]


@pytest.mark.parametrize("text,want", [
    ("Orbis raised $3 billion two years ago.", "$3 billion"),
    ("The stake was worth $500 million three years ago.", "$500 million"),
    ("Harwick took a $24 million one-time charge.", "$24 million"),
    ("Tessaly had 40 million five weeks ago.", "40 million"),
])
def test_a_number_word_after_a_numeral_and_its_scale_starts_another_figure(nlp, text, want):
    import claimgraph

    first = claimgraph.extract(text, nlp=nlp).quantities[0]
    assert first.text == want
    assert first.low == first.high and str(first.low) == {"$3 billion": "3000000000", "$500 million": "500000000",
                                                            "$24 million": "24000000", "40 million": "40000000"}[want]


@pytest.mark.parametrize("text,want", [("two million five hundred thousand users", "2500000"),
                                       ("4 thousand 3 hundred dollars", "4300"), ("one hundred and two", "102")])
def test_numbers_in_words_still_read_whole(nlp, text, want):
    import claimgraph

    assert [str(q.low) for q in claimgraph.extract(text, nlp=nlp).quantities] == [want]


@pytest.mark.parametrize("text,want", [
    ("MANILA - The storm caused 12.4 billion pesos of damage in the Philippines.", "PHP"),
    ("Harwick paid 5 million pesos for a Mexican rival.", "MXN"),
    ("COPENHAGEN - Tessaly's Danish revenue rose to 11.8 billion kroner.", "DKK"),
    ("Orbis earned 40 million kroner in Oslo.", "NOK"),
    ("LIMA - Damage in Peru reached 6.8 billion soles.", "PEN"),
    ("ISLAMABAD - Pakistan set aside 8.2 trillion rupees for interest.", "PKR"),
    ("COLOMBO - Sri Lanka's debt reached 28.7 trillion rupees.", "LKR"),
    ("Reliance earned 190 billion rupees in India.", "INR"),
    ("CAIRO - Egypt will spend 250 billion pounds on subsidies.", "EGP"),
    ("Households in Britain paid 1.2 billion pounds more.", "GBP"),
])
def test_a_currency_word_several_countries_share_is_read_by_place(nlp, text, want):
    import claimgraph

    assert [q.unit for q in claimgraph.extract(text, nlp=nlp).quantities] == [want]


@pytest.mark.parametrize("text,want", [
    # cents beside an amount are its currency's; alone, the currency of the places the text names most
    ("On the Toronto exchange, Harwick shares closed at C$35, up 12.5 cents.", [("C$35", "CAD", "35"),
                                                                               ("12.5 cents", "CAD", "0.125")]),
    ("In New York, Orbis closed at $11, down 25 cents, though the Toronto company is Canadian.",
     [("$11", "USD", "11"), ("25 cents", "USD", "0.25")]),
    ("The Johannesburg retailer's headline earnings per share rose to 420 cents, the JSE-listed group said.",
     [("420 cents", "ZAR", "4.2")]),
    ("The Sydney miner will pay a dividend of 15 cents a share, the ASX-listed company said.",
     [("15 cents", "AUD", "0.15")]),
    ("Orbis paid a dividend of 15 cents a share.", [("15 cents", "USD", "0.15")]),
])
def test_cents_are_of_the_amount_beside_them_or_the_place(nlp, text, want):
    import claimgraph

    assert [(q.text, q.unit, str(q.low)) for q in claimgraph.extract(text, nlp=nlp).quantities] == want
