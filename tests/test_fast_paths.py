"""The figures path's shortcuts give what the long way gives: numerals read without the general reading, span
text sliced from the Doc's text, phrase lookups screened by their first and last words."""

from decimal import Decimal as D

import pytest

from claimgraph.pipeline.quantities.state import DocState
from claimgraph.resolve.numbers import digit_value


@pytest.mark.parametrize("text,want", [
    ("0005", D(5)), ("7", D(7)), ("1,250", D(1250)), ("3.75", D("3.75")), ("-4.5", D("-4.5")),
    ("\u0661\u0662", D(12)),  # Arabic-Indic digits: not ASCII, read the long way
    ("1\u200b000", D(1000)), ("\u00bd", D("0.5")), ("3\u00bc", D("3.25")), ("2/5", D("0.4")),
    ("\u00b2", None), ("seven", None), ("km", None), ("", None), ("24/7", None),
])
def test_digit_value(text, want):
    got = digit_value(text)
    assert got == want and (want is None or str(got) == str(want))


TEXTS = [
    "Shares of Harbin Kettle Co. rose 4.5% to $12.30 on Friday.",
    "The plant  employs\n\n 1,200 workers  and ships 3 million units a year. ",
    "\tAbout two-thirds of the 40 stores\u00a0closed ; sales fell by a quarter.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_span_text_is_sliced_like_spacy_builds_it(nlp, text):
    doc = nlp.make_doc(text)
    s = DocState(doc, nlp.get_pipe("claimgraph_quantities").finder.tables)
    n = len(doc)
    for a in range(n + 1):
        for b in range(a, n + 2):
            assert s.text(a, b) == doc[a:b].text, (a, b)


def _longest_before(lower, start, table):
    for size in (4, 3, 2, 1):
        if start - size >= 0 and tuple(lower[start - size:start]) in table:
            return table[tuple(lower[start - size:start])], start - size
    return None


def _longest_after(lower, j, table, sizes):
    for size in sizes:
        if j + size <= len(lower) and tuple(lower[j:j + size]) in table:
            return table[tuple(lower[j:j + size])], size
    return None


@pytest.mark.parametrize("text", [
    "It paid more than 5 dollars, at least 6 Australian dollars or more, up to 7 per cent a day.",
    "Nearly 9 of 10 said so; no fewer than 3 per hour, about $4 per week and 2 percent or so.",
])
def test_phrase_lookups_find_the_longest_phrase(nlp, text):
    doc = nlp.make_doc(text)
    tables = nlp.get_pipe("claimgraph_quantities").finder.tables
    s = DocState(doc, tables)
    found = 0
    for name in ("comparators", "comparators_after", "per", "percent", "currency_suffix"):
        table = tables.htables[name]
        for k in range(len(doc) + 1):
            want = _longest_before(s.lower, k, table)
            assert s.phrase_before(k, table) == want, (name, k)
            for sizes in ((3, 2, 1), (2, 1)):
                got = s.phrase_after(k, table, sizes)
                assert got == _longest_after(s.lower, k, table, sizes), (name, k)
                found += got is not None
    assert found > 5
