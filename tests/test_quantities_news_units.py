"""Units of news copy that were misread: concentrations ("12 parts per million"), water in
acre-feet, grain in bushels, and "N-pound" before a noun, which weighs it; and the ceiling
that "had not exceeded" sets."""

from __future__ import annotations

import pytest

from factcheck.quantities import find_quantities
from factcheck.units import convert_interval

# id, text, every quoted phrase with its stated unit
READINGS = [
    ("parts-per-million", "levels of 12 parts per million", [("12 parts per million", "ppm")]),
    ("ppm", "levels of 12 ppm were found", [("12 ppm", "ppm")]),
    ("parts-per-billion", "lead at 15 parts per billion", [("15 parts per billion", "ppb")]),
    ("acre-feet", "holds 200,000 acre-feet of water", [("200,000 acre-feet", "acre_foot")]),
    ("acre-foot", "one acre-foot of water", [("one acre-foot", "acre_foot")]),
    ("bushels", "a crop of 10 million bushels", [("10 million bushels", "bushel")]),
    ("yield-an-acre", "put at 186.7 bushels an acre", [("186.7 bushels an acre", "bushel / acre")]),
    (
        "yield-per-acre",
        "put at 186.7 bushels per acre",
        [("186.7 bushels per acre", "bushel / acre")],
    ),
    ("yield-a-hectare", "3 tonnes a hectare", [("3 tonnes a hectare", "metric_ton / hectare")]),
    (
        "pound-packages-sold",
        "sold in 1-pound and 2-pound packages",
        [("1-pound", "pound"), ("2-pound", "pound")],
    ),
    ("pound-bag-paid", "he paid for a 5-pound bag", [("5-pound", "pound")]),
    # the right readings nearby
    ("pound-note", "she paid with a 20-pound note", [("20-pound", "GBP")]),
    ("pounds-paid", "The fine was 50 pounds, paid in cash.", [("50 pounds", "GBP")]),
    ("acres-are-land", "a 40-acre farm", [("40-acre", "acre")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in READINGS], ids=[c[0] for c in READINGS]
)
def test_unit(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(text[m.start : m.end], m.stated_unit) for m in find_quantities(text)]
    assert got == expected


def test_parts_per_million_meet_parts_per_billion() -> None:
    low, high = convert_interval(12.0, 12.0, "ppm")[:2]
    assert (low, high) == convert_interval(12_000.0, 12_000.0, "ppb")[:2]


def test_an_acre_foot_is_a_volume() -> None:
    low = convert_interval(1.0, 1.0, "acre_foot")[0]
    assert low is not None
    assert abs(low - 1233.48) < 0.01


# a denied excess is a ceiling, which "no more than one ppm" restates (c15-11)
CEILINGS = [
    ("not-exceeded", "levels had not exceeded 1 part per million", "at_most"),
    ("not-exceed", "the dose should not exceed 5 mg", "at_most"),
    ("never-exceeded", "costs never exceeded $5 million", "at_most"),
    ("exceeded", "the toll exceeded 100 people", "more_than"),
]


@pytest.mark.parametrize(
    ("text", "qualifier"), [c[1:] for c in CEILINGS], ids=[c[0] for c in CEILINGS]
)
def test_denied_excess(text: str, qualifier: str) -> None:
    (mention,) = find_quantities(text)
    assert mention.qualifier == qualifier


def test_a_countdown_is_no_negative_duration() -> None:
    (mention,) = find_quantities("at T-minus 40 seconds the launch was scrubbed")
    assert (mention.stated_low, mention.stated_unit) == (40.0, "second")
    (below,) = find_quantities("it fell to minus 40 degrees")
    assert below.stated_low == -40.0
