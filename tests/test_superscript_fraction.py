"""A superscript digit before a fraction character ("¹¼") passes str.isdigit() but Decimal cannot read it:
digit_value says it is no numeral instead of raising (found by test_hardening's any-unicode property)."""

from decimal import Decimal

from claimgraph.resolve.numbers import digit_value


def test_a_superscript_before_a_fraction_is_no_numeral():
    assert digit_value("¹¼") is None
    assert digit_value("²½") is None


def test_whole_numbers_before_a_fraction_still_read():
    assert digit_value("2½") == Decimal("2.5")
    assert digit_value("½") == Decimal("0.5")
    assert digit_value("٣½") == Decimal("3.5")  # an Arabic-Indic digit is a decimal digit


def test_the_pipeline_reads_it_without_raising(nlp):
    doc = nlp("It rose ¹¼ and 2½ points.")
    assert [q["text"] for q in doc._.quantities] == ["2½ points"]
