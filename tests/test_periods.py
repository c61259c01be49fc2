"""Periods: the period corpus (one case per phrasing, fixed reference dates), rules, and the reference date."""


import pytest

import claimgraph
from claimgraph.resources.rules import PatternError, PeriodRule, load_rules, shipped_period_rules
from conftest import CORPUS, claim_of, corpus_lines

PERIODS = CORPUS / "periods"
FIELDS = ("from_date", "to_date", "grain", "relative", "approximate")


def _cases():
    for path in sorted(PERIODS.glob("*.jsonl")):
        if path.name == "negatives.jsonl":
            continue
        for lineno, entry in corpus_lines(path):
            for text in entry["texts"]:
                yield pytest.param(entry, text, id=f"{path.stem}:{lineno}:{text[:50]}")


def _negatives():
    for lineno, entry in corpus_lines(PERIODS / "negatives.jsonl"):
        for text in entry["texts"]:
            yield pytest.param(text, id=f"neg:{lineno}:{text[:50]}")


@pytest.mark.parametrize("entry,text", list(_cases()))
def test_period_phrasing(nlp, entry, text):
    report = claimgraph.extract(text, date=entry["reference_date"], nlp=nlp)
    assert len(report.periods) == 1, f"expected one period in {text!r}, got {[p.text for p in report.periods]}"
    p = report.periods[0]
    assert text[p.start:p.end] == p.text
    assert {k: getattr(p, k) for k in FIELDS} == entry["value"], p
    if "span" in entry:
        assert p.text == entry["span"]


@pytest.mark.parametrize("text", list(_negatives()))
def test_not_a_period(nlp, text):
    found = claimgraph.extract(text, date="2024-06-10", nlp=nlp).periods
    assert not found, [(p.text, p.rule) for p in found]


def test_period_corpus_size_and_rule_coverage(nlp):
    phrasings = [t for p in PERIODS.glob("*.jsonl") if p.name != "negatives.jsonl"
                 for _, e in corpus_lines(p) for t in e["texts"]]
    negatives = [t for _, e in corpus_lines(PERIODS / "negatives.jsonl") for t in e["texts"]]
    assert len(phrasings) >= 150 and len(negatives) >= 10
    seen = {p.rule for t in phrasings for p in claimgraph.extract(t, date="2024-06-10", nlp=nlp).periods}
    missing = {r.id for r in shipped_period_rules()} - seen
    assert not missing, f"period rules no corpus phrasing exercises: {sorted(missing)}"


@pytest.mark.parametrize("rule", shipped_period_rules(), ids=lambda r: r.id)
def test_period_rule_examples(nlp, rule):
    for text in rule.examples:
        rules = {p.rule for p in claimgraph.extract(text, nlp=nlp).periods}
        assert rule.id in rules or "period.range" in rules, f"{rule.id}: example {text!r} -> {rules}"
    for text in rule.counter_examples:
        rules = {p.rule for p in claimgraph.extract(text, nlp=nlp).periods}
        assert rule.id not in rules, f"{rule.id}: counter-example {text!r} matched"


@pytest.mark.parametrize(
    "line,message",
    [
        ('{"id": "period.x", "form": "date", "regex": "(?P<year", "examples": ["x"]}', "regex"),
        ('{"id": "period.x", "form": "date", "regex": "{NOPE}", "examples": ["x"]}', "NOPE"),
        ('{"id": "period.x", "form": "season", "regex": "summer", "examples": ["x"]}', "form"),
        ('{"id": "money.x", "form": "date", "regex": "x", "examples": ["x"]}', "id"),
    ],
)
def test_malformed_period_rules_name_file_line_and_reason(tmp_path, line, message):
    good = '{"id": "period.ok", "form": "year", "regex": "{L}(?P<year>{Y4}){R}", "examples": ["2024"]}'
    path = tmp_path / "periods.jsonl"
    path.write_text(good + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(PatternError) as err:
        load_rules(path, PeriodRule)
    assert str(err.value).startswith("periods.jsonl:2:") and message in str(err.value)


# ------------------------------------------------------------------ without a reference date, and fiscal years
def test_relative_periods_stay_unresolved_without_any_date(nlp):
    report = claimgraph.extract("Sales rose 5% last year and 3% in the first half.", nlp=nlp)
    assert report.document.reference_date is None and report.document.reference_date_source == "none"
    assert [(p.text, p.from_date, p.to_date, p.relative) for p in report.periods] == [
        ("last year", None, None, True), ("the first half", None, None, True)]


def test_absolute_periods_resolve_without_a_reference_date(nlp):
    (p,) = claimgraph.extract("Output fell in Q3 2023.", nlp=nlp).periods
    assert (p.from_date, p.to_date, p.relative) == ("2023-07-01", "2023-09-30", False)


@pytest.mark.parametrize("text,start,end", [
    ("FY2024", "2023-04-01", "2024-03-31"),
    ("fiscal 2023/24", "2023-04-01", "2024-03-31"),
    ("FY2025", "2024-04-01", "2025-03-31"),
])
def test_fiscal_year_start_is_configurable(nlp, text, start, end):
    (p,) = claimgraph.extract(text, nlp=nlp, fiscal_start=4).periods
    assert (p.from_date, p.to_date, p.approximate) == (start, end, False)


@pytest.mark.parametrize("text,start,end", [
    ("Q3 FY25", "2024-10-01", "2024-12-31"),
    ("the third quarter of fiscal 2025", "2024-10-01", "2024-12-31"),
    ("Q1 FY2024", "2023-04-01", "2023-06-30"),
    ("FY24 Q4", "2024-01-01", "2024-03-31"),
    ("H2 FY24", "2023-10-01", "2024-03-31"),
    ("the first half of fiscal year 2025", "2024-04-01", "2024-09-30"),
])
def test_a_quarter_or_half_of_a_named_fiscal_year_follows_its_start(nlp, text, start, end):
    """The n-th quarter or half of 'FY25' / 'fiscal 2025' counts from the fiscal year's first month, as the
    fiscal year itself does (it was a calendar quarter of the named year)."""
    (p,) = claimgraph.extract(f"Exports rose in {text}.", date="2024-06-10", nlp=nlp, fiscal_start=4).periods
    assert (p.text, p.from_date, p.to_date) == (text, start, end)


@pytest.mark.parametrize("text,want", [
    ("MUMBAI: Harwick Foods reported Q2FY26 revenue of Rs 1,840 crore. Revenue in Q2 rose 9% from a year earlier, "
     "and net profit for the first half rose 11% to Rs 640 crore.",
     [("Q2FY26", "2025-07-01", "2025-09-30"), ("Q2", "2025-07-01", "2025-09-30"),
      ("a year earlier", "2024-07-01", "2024-09-30"), ("the first half", "2025-04-01", "2025-09-30")]),
    ("Tessaly, the Bengaluru software firm, posted H1 FY26 revenue of Rs 900 crore; second-quarter revenue was "
     "Rs 480 crore.", [("H1 FY26", "2025-04-01", "2025-09-30"), ("second-quarter", "2025-07-01", "2025-09-30")]),
])
def test_quarters_named_by_a_fiscal_year_make_the_texts_quarters_fiscal(nlp, text, want):
    """An Indian results story that writes 'Q2FY26' counts its bare 'Q2' and 'the first half' in the same April
    year (CONVENTIONS: a company's fiscal year is the one it reports)."""
    periods = claimgraph.extract(text, date="2025-11-07", nlp=nlp).periods
    assert [(p.text, p.from_date, p.to_date) for p in periods] == want


def test_for_the_fiscal_year_is_the_one_holding_the_reference_date(nlp):
    """'for the fiscal year' with no year named before: under an April start, April to March around the
    reference date; under the default calendar year, the calendar year (our own sentence)."""
    text = "Higher freight costs will trim margins for the fiscal year."
    (p,) = claimgraph.extract(text, date="2024-02-20", nlp=nlp, fiscal_start=4).periods
    assert (p.text, p.from_date, p.to_date) == ("the fiscal year", "2023-04-01", "2024-03-31")
    (p,) = claimgraph.extract(text, date="2024-02-20", nlp=nlp).periods
    assert (p.from_date, p.to_date) == ("2024-01-01", "2024-12-31")


def test_a_period_knows_how_many_months_it_spans(nlp):
    report = claimgraph.extract("From January to May 2024 sales fell; mid-May was worst.", nlp=nlp)
    assert [(p.text, p.months) for p in report.periods] == [("From January to May 2024", 5), ("mid-May", None)]


# ------------------------------------------------------------------ the reference date
@pytest.mark.parametrize("text", [
    "Published on June 10, 2024\n\nSales rose last year.",
    "Markets\nMonday, 10 June 2024 | 14:30 GMT\nSales rose last year.",
    "Updated: 2024-06-10\nSales rose last year.",
])
def test_reference_date_found_in_a_dateline(nlp, text):
    report = claimgraph.extract(text, nlp=nlp)
    assert (report.document.reference_date, report.document.reference_date_source) == ("2024-06-10", "found")
    assert ("last year", "2023-01-01") in [(p.text, p.from_date) for p in report.periods]


def test_reference_date_inferred_from_the_latest_dated_mention(nlp):
    text = "Sales from January to April 2023 were flat. On May 3 the firm cut prices; this year looks better."
    report = claimgraph.extract(text, nlp=nlp)
    assert (report.document.reference_date, report.document.reference_date_source) == ("2023-05-03", "inferred")
    assert ("this year", "2023-01-01", "2023-12-31") in [(p.text, p.from_date, p.to_date) for p in report.periods]


def test_given_date_wins_over_the_text(nlp):
    report = claimgraph.extract("Published on June 10, 2024\nSales rose last year.", date="2020-01-01", nlp=nlp)
    assert (report.document.reference_date, report.document.reference_date_source) == ("2020-01-01", "given")


def test_a_date_inside_a_sentence_is_not_a_dateline(nlp):
    report = claimgraph.extract("The law took effect on June 10, 2024, officials said.", nlp=nlp)
    assert report.document.reference_date_source == "inferred"


def test_year_ranges_and_years_are_periods_not_quantities(nlp):
    report = claimgraph.extract("Wheat output fell 3% in 2023/24 and rose in 2012–13 and in 2019.", nlp=nlp)
    assert [p.text for p in report.periods] == ["2023/24", "2012–13", "2019"]
    assert [q.text for q in report.quantities] == ["3%"]


def test_periods_component_in_a_users_own_pipeline():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("claimgraph_periods")
    doc = nlp("Revenue rose in the second half of 2024.")
    assert [p["text"] for p in doc._.periods] == ["the second half of 2024"]
    assert [s.text for s in doc.spans["claimgraph_periods"]] == ["the second half of 2024"]


# Periods that point back take the quarter the text named before them (our own passages).
POINTING_BACK = [
    ("2024-11-05", "Net income in the third quarter rose to $5 million from $3 million a year earlier. Sales in "
     "the latest quarter rose 4%, while costs in the year-ago quarter were lower.",
     [("the third quarter", "2024-07-01", "2024-09-30"), ("a year earlier", "2023-07-01", "2023-09-30"),
      ("the latest quarter", "2024-07-01", "2024-09-30"), ("the year-ago quarter", "2023-07-01", "2023-09-30")]),
    ("2021-02-10", "The bank said fourth-quarter profit fell to $2bn. A year earlier it earned $3bn.",
     [("fourth-quarter", "2020-10-01", "2020-12-31"), ("A year earlier", "2019-10-01", "2019-12-31")]),
    ("2025-08-05", "Vendor A led the market in the second quarter of 2025. Its share rose to 30% from 25% in the "
     "second quarter of 2024. Cheap phones made up 60% of sales in the quarter.",
     [("the second quarter of 2025", "2025-04-01", "2025-06-30"), ("the second quarter of 2024", "2024-04-01",
      "2024-06-30"), ("the quarter", "2025-04-01", "2025-06-30")]),
    ("2024-06-10", "Net income rose to $2.1 billion from $1.7 billion a year earlier.",
     [("a year earlier", "2023-01-01", "2023-12-31")]),
    # a year before a pointing noun: the period named before, in that year
    ("2024-11-05", "The brewer earned $40 million in the six months ended Sept. 29. It had a one-time gain in "
     "the 2023 period.",
     [("the six months ended Sept. 29", "2024-03-30", "2024-09-29"), ("the 2023 period", "2023-03-30", "2023-09-29")]),
    ("2024-11-05", "Sales fell 3% in the third quarter. In the 2023 quarter they rose.",
     [("the third quarter", "2024-07-01", "2024-09-30"), ("the 2023 quarter", "2023-07-01", "2023-09-30")]),
    ("2024-11-05", "Revenue in the 2023 period was $2 billion.", [("the 2023 period", "2023-01-01", "2023-12-31")]),
    # 'last year' right after a comparison's base figure is the period named before, a year back
    ("2024-11-05", "In the third quarter, the insurer earned $40 million, compared with $31 million last year. "
     "Sales rose 5% last year.",
     [("the third quarter", "2024-07-01", "2024-09-30"), ("last year", "2023-07-01", "2023-09-30"),
      ("last year", "2023-01-01", "2023-12-31")]),
    # 'the first nine months' and 'the nine months' are what 'a year earlier' points to; 'the quarter' is not
    ("2024-11-05", "Net rose 4% in the third quarter. In the nine months, net rose to $90 million from $80 million "
     "a year earlier. Costs in the quarter fell.",
     [("the third quarter", "2024-07-01", "2024-09-30"), ("the nine months", "2024-01-01", "2024-09-30"),
      ("a year earlier", "2023-01-01", "2023-09-30"), ("the quarter", "2024-07-01", "2024-09-30")]),
    # a text that reports a company's year ended Sept. 30: its quarters are that year's (Q4 = July-September)
    ("2024-11-05", "The farm-equipment maker said fourth-quarter net rose 20%. A year earlier it earned $30 "
     "million. For the year ended Sept. 30, net rose 13%.",
     [("fourth-quarter", "2024-07-01", "2024-09-30"), ("A year earlier", "2023-07-01", "2023-09-30"),
      ("the year ended Sept. 30", "2023-10-01", "2024-09-30")]),
    # a company's year told by its last quarter, or by a fiscal quarter, ended in another month: 'fiscal
    # 2023' is the twelve months ending then; an unnumbered or non-fiscal earlier quarter tells nothing
    ("2024-11-05", "The toolmaker said its fourth quarter ended Sept. 30 was weak. In fiscal 2023, it earned "
     "$61 million.",
     [("fourth quarter ended Sept. 30", "2024-07-01", "2024-09-30"), ("fiscal 2023", "2022-10-01", "2023-09-30")]),
    ("2024-11-05", "For the fiscal second quarter ended Oct. 31, the grocer earned $4 million. Fiscal 2025 "
     "sales should top $900 million.",
     [("the fiscal second quarter ended Oct. 31", "2024-08-01", "2024-10-31"),
      ("Fiscal 2025", "2024-05-01", "2025-04-30")]),
    ("2024-11-05", "The grocer lost money in the second quarter ended Oct. 31. In fiscal 2023, it earned $61 "
     "million.",
     [("the second quarter ended Oct. 31", "2024-08-01", "2024-10-31"), ("fiscal 2023", "2023-01-01", "2023-12-31")]),
    # a forecast quarter in another sentence is not what 'the year-ago period' or 'a year earlier' points to;
    # in its own sentence it is
    ("2024-11-05", "The miner's third-quarter profit fell 40%. Analysts see weak prices through the third "
     "quarter of 2025. The miner earned $31 million, down from $52 million in the year-ago period. Its "
     "third-quarter sales fell to $400 million from $480 million a year earlier. It expects fourth-quarter "
     "sales of $500 million, up from $450 million a year earlier.",
     [("third-quarter", "2024-07-01", "2024-09-30"), ("the third quarter of 2025", "2025-07-01", "2025-09-30"),
      ("the year-ago period", "2023-07-01", "2023-09-30"), ("third-quarter", "2024-07-01", "2024-09-30"),
      ("a year earlier", "2023-07-01", "2023-09-30"), ("fourth-quarter", "2024-10-01", "2024-12-31"),
      ("a year earlier", "2023-10-01", "2023-12-31")]),
    # 'the two months' (no 'first') is the months named just before it that abut and number as many; with none,
    # the year's first months only when the reference date has just passed them
    ("2025-10-24", "Ferry bookings rose 4% in June and July. Over the two months, fares brought in $3 million.",
     [("June", "2025-06-01", "2025-06-30"), ("July", "2025-07-01", "2025-07-31"),
      ("the two months", "2025-06-01", "2025-07-31")]),
    ("2025-10-24", "Orders from March through May fell. The three months brought in $8 million.",
     [("from March through May", "2025-03-01", "2025-05-31"), ("The three months", "2025-03-01", "2025-05-31")]),
    ("2025-10-24", "For the nine months, the brewer's net rose 5%.",
     [("the nine months", "2025-01-01", "2025-09-30")]),
    ("2025-10-24", "The brewer's net fell 5% in the two months.", [("the two months", None, None)]),
    # 'the corresponding period of 2024' after a span of months ended is that span in 2024
    ("2025-10-16", "Profit rose to N320bn in the nine months to September against N298.1bn in the corresponding "
     "period of 2024.", [("the nine months to September", "2025-01-01", "2025-09-30"),
                         ("the corresponding period of 2024", "2024-01-01", "2024-09-30")]),
    # a company's 'financial year to June 30' makes its FY25 that year
    ("2026-02-18", "Castrel said net profit rose 12 per cent to $96 million in FY25, its financial year to June 30.",
     [("FY25", "2024-07-01", "2025-06-30"), ("financial year to June 30", "2024-07-01", "2025-06-30")]),
    # a statistics office's 'year to June 30' is no company's year: the first half stays January to June
    ("2026-02-18", "Inflation was 3.1 per cent in the year to June 30. Prices rose in the first half.",
     [("the year to June 30", "2024-07-01", "2025-06-30"), ("the first half", "2025-01-01", "2025-06-30")]),
    # review of this round's diff: a LONDON dateline gives Ghana's budget no UK year; a present perfect
    # commitment's weekday is to come; a date something is moved 'to' is no span ended
    ("2025-03-12", "LONDON (Reuters) - Ghana's government expects a budget deficit of 4.1% of GDP in fiscal 2025, "
     "the finance ministry said.", [("fiscal 2025", "2025-01-01", "2025-12-31")]),
    ("2025-03-12", "Kolade and its lenders have agreed to resume talks on the $300 million loan on Friday.",
     [("Friday", "2025-03-14", "2025-03-14")]),
    ("2025-03-12", "The regulator extended the offer period to 30 June, and Kestrel raised its bid to £4.1 billion.",
     [("30 June", "2024-06-30", "2024-06-30")]),  # (the day alone, as before the day-first rule; its tense is another
    # matter)
    # review of 9aa1bb2: a past commitment's weekday stays past whatever 'has' its clause holds; a half year 'to'
    # a day after an owner or a preposition is a span
    ("2025-03-14", "Brisco, which has 4,000 staff, agreed to buy Nimsaro for $2 billion on Monday.",
     [("Monday", "2025-03-10", "2025-03-10")]),
    ("2025-03-14", "Profit at Harwick jumped 20% in Harwick's half year to December 31.",
     [("half year to December 31", "2024-07-01", "2024-12-31")]),
    # a span of months ended is what 'the corresponding period' points back to, but a year ended is not what 'last
    # year' counts from: that stays the calendar year (as TimeML annotates it)
    ("1989-10-30", "Tolvane's net income for the year ended Aug. 31 was C$2.7 million, down from C$9.7 million last "
     "year.", [("the year ended Aug. 31", "1988-09-01", "1989-08-31"), ("last year", "1988-01-01", "1988-12-31")]),
    # 'the following year', 'later that year', 'the next day' count from the period named before them
    ("2024-11-05", "The mill opened in 2016, and the following year it doubled its output.",
     [("2016", "2016-01-01", "2016-12-31"), ("the following year", "2017-01-01", "2017-12-31")]),
    ("2024-11-05", "The chain listed in March 2021 and cut its prices later that year.",
     [("March 2021", "2021-03-01", "2021-03-31"), ("later that year", "2021-01-01", "2021-12-31")]),
    ("2024-11-05", "The ferry sank on Aug. 2, 2022. The next day, divers found the hull; earlier that day the "
     "owner had called the coast guard. The previous month, an inspector flagged the engine.",
     [("Aug. 2, 2022", "2022-08-02", "2022-08-02"), ("The next day", "2022-08-03", "2022-08-03"),
      ("earlier that day", "2022-08-03", "2022-08-03"), ("The previous month", "2022-07-01", "2022-07-31")]),
    ("2024-11-05", "Imports reached $4 billion that year.", [("that year", None, None)]),
    ("2024-11-05", "The plant closed in 2019. That month, the union struck.",
     [("2019", "2019-01-01", "2019-12-31"), ("That month", None, None)]),
    # 'the previous Friday' counts from the day named before it
    ("2024-11-04", "The index ended Friday at 5,120, up 2% from the previous Friday. The strike began on "
     "Sept. 4, 2024; the following Monday the port shut.",
     [("Friday", "2024-11-01", "2024-11-01"), ("the previous Friday", "2024-10-25", "2024-10-25"),
      ("Sept. 4, 2024", "2024-09-04", "2024-09-04"), ("the following Monday", "2024-09-09", "2024-09-09")]),
    # a year in the quarter's own sentence does not end its reach
    ("2024-11-04", "The toolmaker warned that third-quarter profit would trail the 30 cents a share it "
     "booked last year. It earned $2 million in the 2023 quarter.",
     [("third-quarter", "2024-07-01", "2024-09-30"), ("last year", "2023-01-01", "2023-12-31"),
      ("the 2023 quarter", "2023-07-01", "2023-09-30")]),
    # 'a year earlier' after a monthly figure is that month a year back; a month that dates a comparison's
    # base ('from 2.4% in August') is not what it points to
    ("2024-10-10", "Exports fell 3% in August from a year earlier.",
     [("August", "2024-08-01", "2024-08-31"), ("a year earlier", "2023-08-01", "2023-08-31")]),
    ("2024-10-10", "Inflation eased to 2.1% in September from 2.4% in August. A year earlier it was 3.7%.",
     [("September", "2024-09-01", "2024-09-30"), ("August", "2024-08-01", "2024-08-31"),
      ("A year earlier", "2023-09-01", "2023-09-30")]),
    # 'the last half of' is the second half; 'last Oct. 12' is the day
    ("2024-11-05", "The brewer expects weaker sales in the last half of 2025. The plant was shut last Oct. 12.",
     [("the last half of 2025", "2025-07-01", "2025-12-31"), ("Oct. 12", "2024-10-12", "2024-10-12")]),
    # 'the quarter' after a half named after a quarter is that quarter; a year's forecast leaves it standing
    ("2025-07-25", "Orbis's second-quarter revenue was EUR 1.96 billion. For the first half, revenue was EUR 4.05 "
     "billion. Perfume sales fell 7% in the quarter.",
     [("second-quarter", "2025-04-01", "2025-06-30"), ("the first half", "2025-01-01", "2025-06-30"),
      ("the quarter", "2025-04-01", "2025-06-30")]),
    ("2025-10-20", "Tablet shipments slid 5% in the second quarter. The tracker cut its full-year forecast. Harwick "
     "sold more than 1 million tablets in the quarter.",
     [("the second quarter", "2025-04-01", "2025-06-30"), ("full-year", "2025-01-01", "2025-12-31"),
      ("the quarter", "2025-04-01", "2025-06-30")]),
    # 'the latest quarter' is one ended by the reference date, not the quarter a forecast names
    ("2024-11-05", "The insurer expects fourth-quarter profit to rise. In the latest quarter, it lost $23 million.",
     [("fourth-quarter", "2024-10-01", "2024-12-31"), ("the latest quarter", "2024-07-01", "2024-09-30")]),
    # a quarter named as the background ('After a weak first quarter') is not what later anaphors point to
    ("2024-11-05", "The toolmaker's third-quarter profit rose 12%. After a weak first quarter hurt by storms, "
     "demand for drills recovered. Margins were also helped by write-downs taken in the year-earlier period.",
     [("third-quarter", "2024-07-01", "2024-09-30"), ("first quarter", "2024-01-01", "2024-03-31"),
      ("the year-earlier period", "2023-07-01", "2023-09-30")]),
    ("2024-08-06", "Following its dismal first half, the brewer said second-quarter sales rose 4% from a year ago.",
     [("first half", "2024-01-01", "2024-06-30"), ("second-quarter", "2024-04-01", "2024-06-30"),
      ("a year ago", "2023-04-01", "2023-06-30")]),
    # 'for the year', 'later in the day' are the period of that unit named before, not a comparison's base
    # ('a year earlier'); else the reference date's
    ("2024-11-05", "The co-op lost members in 2019. For the year, its milk intake fell 6%.",
     [("2019", "2019-01-01", "2019-12-31"), ("the year", "2019-01-01", "2019-12-31")]),
    ("2024-11-05", "Net rose to $9 million from $7 million a year earlier. For the year, the chain expects 5% growth.",
     [("a year earlier", "2023-01-01", "2023-12-31"), ("the year", "2024-01-01", "2024-12-31")]),
    ("2024-11-05", "The tanker ran aground on Oct. 2, 2023. Later in the day, the crew was lifted off.",
     [("Oct. 2, 2023", "2023-10-02", "2023-10-02"), ("Later in the day", "2023-10-02", "2023-10-02")]),
    ("2024-11-05", "The plant shut in 2021. The 1,200 staff learned of it earlier in the year.",
     [("2021", "2021-01-01", "2021-12-31"), ("earlier in the year", "2021-01-01", "2021-12-31")]),
    ("2024-11-05", "Its sales fell last year. The chain raised its outlook for the year.",
     [("last year", "2023-01-01", "2023-12-31"), ("the year", "2024-01-01", "2024-12-31")]),
    ("2024-11-05", "On Monday the ferry line cut fares. Later in the day, its rival followed.",
     [("Monday", "2024-11-04", "2024-11-04"), ("Later in the day", "2024-11-04", "2024-11-04")]),
    # 'a month earlier' in the next sentence counts from the month named last, not from the story's date
    ("2025-11-13", "The share of Tessaly patients seen within four hours rose to 71% in September. Vacancies fell "
     "to 186 from 251 a month earlier.",
     [("September", "2025-09-01", "2025-09-30"), ("a month earlier", "2025-08-01", "2025-08-31")]),
    ("2025-11-13", "Orbis hired Jana Varn in March 2019. Two months earlier she had left Harwick.",
     [("March 2019", "2019-03-01", "2019-03-31"), ("Two months earlier", "2019-01-01", "2019-01-31")]),
    # a comparison's year-back period is no time the text moves to: 'the previous month' counts from October
    ("2025-11-14", "Orbisland's output grew 4.9% in October from a year earlier, after a 6.5% rise in the previous "
     "month.", [("October", "2025-10-01", "2025-10-31"), ("a year earlier", "2024-10-01", "2024-10-31"),
                ("the previous month", "2025-09-01", "2025-09-30")]),
    # 'last year' after a figure is the year a quarter back only when a comparison word says it dates a base
    ("2025-10-30", "Orbis said arrears rose in the third quarter. It made a profit of €96 million last year.",
     [("the third quarter", "2025-07-01", "2025-09-30"), ("last year", "2024-01-01", "2024-12-31")]),
    ("2025-10-30", "Orbis revenue rose to $5 billion in the third quarter, compared with $4 billion last year.",
     [("the third quarter", "2025-07-01", "2025-09-30"), ("last year", "2024-07-01", "2024-09-30")]),
    # 'the same month of 2025' / 'last year' is the month named before, in that year; 'the same period of
    # 2025' after 'so far this year' is the same span of days
    ("2026-03-05", "Wind output reached 31 TWh in January, compared with 27 TWh in the same month of 2025.",
     [("January", "2026-01-01", "2026-01-31"), ("the same month of 2025", "2025-01-01", "2025-01-31")]),
    ("2026-04-20", "Sales in March rose 5% from the same month last year.",
     [("March", "2026-03-01", "2026-03-31"), ("the same month last year", "2025-03-01", "2025-03-31")]),
    ("2026-03-05", "Bookings reached $41 billion so far this year, up 12% from the same period of 2025.",
     [("so far this year", "2026-01-01", "2026-03-05"), ("the same period of 2025", "2025-01-01", "2025-03-05")]),
    # 'the week before' / 'the month before' is one unit before the period named last
    ("2025-12-02", "Admissions rose to 612 in the week to November 30. Deaths rose to 31 from 24 the week before.",
     [("the week to November 30", "2025-11-24", "2025-11-30"), ("the week before", "2025-11-17", "2025-11-23")]),
    ("2025-12-02", "Orders rose to 5,100 in March from 4,700 the month before.",
     [("March", "2025-03-01", "2025-03-31"), ("the month before", "2025-02-01", "2025-02-28")]),
    # a move's own quarter after 'from' dates the whole move: 'the previous quarter' is the one before it
    ("2025-11-05", "Net income rose to $1.2 billion from $900 million in the third quarter. Revenue was $5.1 "
     "billion, up from $4.9 billion in the previous quarter.",
     [("the third quarter", "2025-07-01", "2025-09-30"), ("the previous quarter", "2025-04-01", "2025-06-30")]),
    # 'the year before' counts from the year named in the sentence before, never from the reference date
    ("2025-12-02", "Sollix's shares rose 12% in 2023. The year before, they had fallen 30%.",
     [("2023", "2023-01-01", "2023-12-31"), ("The year before", "2022-01-01", "2022-12-31")]),
    ("2025-12-02", "Deaths rose to 22 from 15 the week before.", [("the week before", None, None)]),
    # a quarter after 'from' in a sentence that points back stays a comparison's base
    ("2025-11-05", "The jobless rate rose to 5.1% in the third quarter. That was up from 4.8% in the second quarter "
     "and from 4.5% a year earlier.",
     [("the third quarter", "2025-07-01", "2025-09-30"), ("the second quarter", "2025-04-01", "2025-06-30"),
      ("a year earlier", "2024-07-01", "2024-09-30")]),
    # a comparison's base period is no period 'the quarter' or 'the previous quarter' points back to
    ("2025-10-14", "Vacancy in Denver rose to 14% in the third quarter from 11% at the end of 2024. Leasing totalled "
     "700,000 square feet in the quarter.",
     [("the third quarter", "2025-07-01", "2025-09-30"), ("the end of 2024", "2024-10-01", "2024-12-31"),
      ("the quarter", "2025-07-01", "2025-09-30")]),
    ("2025-10-14", "Rents rose 0.6% in the third quarter, slower than the 1.4% increase in the second quarter. "
     "Vacancy fell to 5.1% from 5.3% in the previous quarter.",
     [("the third quarter", "2025-07-01", "2025-09-30"), ("the second quarter", "2025-04-01", "2025-06-30"),
      ("the previous quarter", "2025-04-01", "2025-06-30")]),
    ("2025-10-14", "Rents rose 1% in the third quarter, after a 2% gain in the second quarter. Deals reached "
     "$2.1 billion in the quarter.",
     [("the third quarter", "2025-07-01", "2025-09-30"), ("the second quarter", "2025-04-01", "2025-06-30"),
      ("the quarter", "2025-07-01", "2025-09-30")]),
]


@pytest.mark.parametrize("date,text,want", POINTING_BACK)
def test_periods_pointing_back(nlp, date, text, want):
    got = [(p.text, p.from_date, p.to_date) for p in claimgraph.extract(text, date=date, nlp=nlp).periods]
    assert got == want


def test_tense_of_the_clause():
    from claimgraph.resolve.periods.tense import tense_at

    def at(text: str, phrase: str) -> str | None:
        i = text.index(phrase)
        return tense_at(text, i, i + len(phrase))

    assert at("The company said on Friday it would close.", "Friday") == "past"
    assert at("He will speak on Friday.", "Friday") == "future"
    assert at("The vote will be held in September.", "September") == "future"
    assert at("It has a second-half goal of $12bn.", "second-half") == "future"
    assert at("Prices rose. The index is compiled in May.", "May") == "present"
    assert at("In May.", "May") is None
    # an initial or an abbreviation ends no clause; 'next to' is no future cue
    assert at("Ms. Lee will replace Paul R. Grant Feb. 1, soon after Mr. Grant turns 65.", "Feb. 1") == "future"
    assert at("The chain will open a store in Jan. 2026 near Corp. headquarters on Friday.", "Friday") == "future"
    assert at("Two shops next to the plant burned on Friday.", "Friday") == "past"
    assert at("The plant closed. Then Sales rose on Friday.", "Friday") == "past"
    # an '-ed' adjective after a determiner or before 'by' is no past cue; 'can' is the present
    assert at("The bonus will go out on a yet undisclosed date in March.", "March") == "future"
    assert at("The airline will add routes by June, in markets untouched by the slump.", "June") == "future"
    assert at("The plan, unveiled Tuesday by the minister, cuts fees.", "Tuesday") == "past"
    assert at("A contract that expired in May was renewed.", "May") == "past"
    assert at("Members can vote in April.", "April") == "present"
    assert at("Freight rates have fallen since the middle of May.", "May") == "past"
    # a reporting verb past the comma decides only when the clause before holds no cue; the words on either
    # side of that comma, and a clause with no mark ending it, or no words at all
    assert at("The mill will reopen in early March, a spokesman said", "March") == "future"
    assert at("The mill reopened in early March, a spokesman said", "March") == "past"
    assert at("The mill, in early March, said its kilns", "March") == "past"
    assert at("in March, officials expect", "March") == "future"
    assert at("March", "March") is None
    # a dash after a space, a colon and a quote end a clause: the cue across one does not count
    assert at("Output will rise — in May it fell", "May") == "past"
    assert at("Output will rise: in May it fell", "May") == "past"
    assert at('Output will rise" in May it fell', "May") == "past"
    assert at("Output fell in May — the plant will close", "May") == "past"
    # a month named inside the clause is no modal: 'May' is the month, 'may' the verb
    assert at("Bookings reached 82,000 in May, beating the high of 74,000 set in February.", "February") == "past"
    assert at("Orders jumped in May and topped the peak seen in February.", "February") == "past"
    assert at("Output may recover in February.", "February") == "future"


def test_the_day_of_a_saying_is_marked(nlp):
    text = "The retailer said on Monday that fourth-quarter sales rose 5%."
    periods = claimgraph.extract(text, date="2025-03-19", nlp=nlp).periods
    assert [(p.text, p.from_date) for p in periods] == [("Monday", "2025-03-17"), ("fourth-quarter", "2024-10-01")]
    report = claimgraph.extract(text, date="2025-03-19", nlp=nlp)
    monday = next(p.id for p in report.periods if p.text == "Monday")
    assert all(c.period != monday for c in report.claims)


def test_now_dates_a_figure_in_its_own_clause_only(nlp):
    """'now' is the reference day; a figure takes it only within its own clause (our own passage)."""
    text = ("The steelmaker said third-quarter net fell 8% to $33 million. Sales dropped to $441 million from "
            "$820 million, because the unit is now a joint venture. The fund now holds 15% of the shares.")
    report = claimgraph.extract(text, date="2024-10-26", nlp=nlp)
    periods = {p.id: (p.text, p.from_date) for p in report.periods}
    assert list(periods.values()) == [("third-quarter", "2024-07-01"), ("now", "2024-10-26"), ("now", "2024-10-26")]
    by_figure = {q.text: periods[c.period][0] for c in report.claims for q in report.quantities if q.id == c.quantity}
    assert by_figure["$441 million"] == "third-quarter" and by_figure["15%"] == "now"


def test_vague_references_have_no_dates_and_date_no_figure(nlp):
    report = claimgraph.extract("The bank recently raised its dividend to 40 cents a share.", date="2024-06-10",
                                nlp=nlp)
    assert [(p.text, p.from_date, p.to_date) for p in report.periods] == [("recently", None, None)]
    assert all(c.period is None for c in report.claims)


@pytest.mark.parametrize("text,want", [
    # a month coordinated after one a preposition introduced is a month too ('in March and June')
    ("Refinery runs dipped in March and June.", [("March", "2024-03-01", "2024-03-31"),
                                                 ("June", "2024-06-01", "2024-06-30")]),
    ("The fund paid out during April or May.", [("April", "2024-04-01", "2024-04-30"),
                                                ("May", "2024-05-01", "2024-05-31")]),
    ("Theresa May and June Whitfield met the press.", []),
    # a list's middle month is a month too, and a year written after the list's last month is each month's
    # (a December before a January is of the year before)
    ("Fares rose in April, July and October.", [("April", "2024-04-01", "2024-04-30"),
                                                ("July", "2023-07-01", "2023-07-31"),
                                                ("October", "2023-10-01", "2023-10-31")]),
    ("Freight volumes slid in November and December 2022.", [("November", "2022-11-01", "2022-11-30"),
                                                             ("December 2022", "2022-12-01", "2022-12-31")]),
    ("Haulage slowed during December, January and February 2023.", [
        ("December", "2022-12-01", "2022-12-31"), ("January", "2023-01-01", "2023-01-31"),
        ("February 2023", "2023-02-01", "2023-02-28")]),
    ("In March, April bookings were flat.", [("March", "2024-03-01", "2024-03-31")]),
])
def test_coordinated_months(nlp, text, want):
    got = [(p.text, p.from_date, p.to_date) for p in claimgraph.extract(text, date="2024-06-10", nlp=nlp).periods]
    assert got == want


def test_split_gate_regex_finds_what_the_plain_one_finds():
    """The lowercase gate regex is split in two by first character (a speed-up); what findall() gives, overlaps
    and prefixes included ('ended' hides 'end'), must not change. Texts: gate strings and their pieces, glued."""
    import random

    from claimgraph.resolve.periods.finder import PeriodFinder, _gate_regex
    from claimgraph.resources.rules import shipped_period_rules

    gates = sorted({w for r in shipped_period_rules() for w in r.requires if not w[0].isupper()})
    split, plain = _gate_regex(gates, split=True), _gate_regex(gates)
    assert split.pattern != plain.pattern and split.pattern.startswith("(?=[")
    rng = random.Random(16)
    pieces = gates + [w[: len(w) // 2] for w in gates] + [" ", "x", "q", "’", "7", "-"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 25))) for _ in range(400)]
    texts += ["the quarter ended in march", "earlier this year, 2019-20 figures", "by the end of the year"]
    for text in texts:
        assert split.findall(text) == plain.findall(text), text
    assert PeriodFinder(shipped_period_rules()).gates_lower.pattern == split.pattern


@pytest.mark.parametrize("text,when", [
    # a day after 'issued' is the issuing's, a figure's too ('4,100 work permits were issued on Friday alone')
    ("The ministry said 4,100 work permits were issued on Friday alone.", ("2025-03-14", "2025-03-14")),
])
def test_an_issuing_day_dates_its_figures(nlp, text, when):
    assert claim_of(claimgraph.extract(text, date="2025-03-14", nlp=nlp), "4,100 work permits").when == when
