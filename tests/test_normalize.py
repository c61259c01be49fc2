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
    ],
)
def test_parse_number(tokens, value, used):
    assert parse_number(tokens) == (value, used)


@pytest.mark.parametrize("tokens", [["million"], ["dozen"], ["24/7"], ["first"]])
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
