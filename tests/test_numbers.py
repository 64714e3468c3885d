"""Table tests of factcheck.numbers: one number, in digits or words, read where it starts."""

from __future__ import annotations

import doctest

import pytest

import factcheck.numbers
from factcheck.numbers import parse_number, parse_ordinal, read_number
from factcheck.quantities import find_quantities

NUMBERS = [
    ("digits", "4", 4.0),
    ("thousands-comma", "2,300", 2300.0),
    ("millions-comma", "1,234,567", 1234567.0),
    ("decimal", "1.5", 1.5),
    ("leading-point", ".08", 0.08),
    ("space-group", "1 000", 1000.0),
    ("space-group-decimal-comma", "1 234 567,89", 1234567.89),
    ("space-group-decimal-point", "1 234 567.89", 1234567.89),
    ("thin-space-group", "1\u202f234\u202f567.89", 1234567.89),
    ("decimal-comma", "5,00", 5.0),
    ("decimal-comma-short", "1,3", 1.3),
    ("european", "1.111,11", 1111.11),
    ("indian-grouping", "12,34,567.89", 1234567.89),
    ("million-word", "1.2 million", 1_200_000.0),
    ("bn-suffix", "3bn", 3e9),
    ("k-suffix", "40k", 40_000.0),
    ("k-spaced", "2.33 k", 2330.0),
    ("k-double-spaced", "10  k", 10_000.0),
    ("bln", "10 bln", 1e10),
    ("mil", "2mil", 2e6),
    ("lakh", "13 lakh", 1.3e6),
    ("lakh-crore", "three lakh crore", 3e12),
    ("exponent", "1.3e6", 1.3e6),
    ("times-ten", "6.23x10^-4", 6.23e-4),
    ("times-power-of-two", "8x2^10", 8192.0),
    ("scaled-numerator-fraction", "a hundred thousand trillionths", 1e-7),
    ("thousand-millionths", "three thousand millionths", 0.003),
    ("spoken-point-after-digits", "1 point 1", 1.1),
    ("koti", "three hundred koti", 3e9),
    ("word", "four", 4.0),
    ("hyphenated", "seventy-three", 73.0),
    ("hyphen-spaced", "fifty - two", 52.0),
    ("hundred-and", "a hundred and twelve", 112.0),
    ("capitalised", "Three hundred  and  thirty one", 331.0),
    ("hundred-thousand", "two hundred and two thousand", 202_000.0),
    ("thousand-and-hundred", "two  thousand  and  two hundred", 2200.0),
    ("trillion-compound", "twenty-one trillion three hundred", 21_000_000_000_300.0),
    ("digits-and-words", "4 thousand 3 hundred and 21", 4321.0),
    ("digits-hundred", "322 hundred", 32_200.0),
    ("a-dozen", "a dozen", 12.0),
    ("two-dozen", "two dozen", 24.0),
    ("dozens-after-digit", "3 dozens", 36.0),
    ("half-a-dozen", "half a  dozen", 6.0),
    ("dozens-in-compound", "three hundred and two dozens", 324.0),
    ("half", "half", 0.5),
    ("a-half", "a half", 0.5),
    ("three-quarters", "three quarters", 0.75),
    ("two-thirds", "two thirds", 2 / 3),
    ("one-eighth-hyphen", "one-eighth", 0.125),
    ("a-fifth", "a fifth", 0.2),
    ("mixed-words", "one and a half", 1.5),
    ("mixed-quarter", "five and a quarter", 5.25),
    ("hundred-and-fraction", "one hundred and three quarters", 100.75),
    ("mixed-fraction-digits", "2 1/2", 2.5),
    ("slash-fraction", "3/4", 0.75),
    ("vulgar-fraction", "½", 0.5),
    ("digit-vulgar-fraction", "2½", 2.5),
    ("digit-spaced-vulgar-fraction", "2 ½", 2.5),
    ("half-million", "half million", 500_000.0),
    ("quarter-million", "quarter million", 250_000.0),
    ("million-and-a-half", "3 million and a half", 3_500_000.0),
    ("and-a-half-million", "five and a half million", 5_500_000.0),
    ("billion-and-three-quarters", "five billion and three quarters", 5_750_000_000.0),
    ("spoken-decimal", "two hundred point zero three", 200.03),
    ("spoken-decimal-tens", "two hundred point seventy-one", 200.71),
    ("nought", "nine point nought four", 9.04),
    ("minus-word", "minus five", -5.0),
    ("compound-ordinal-denominator", "three twenty-firsts", 3 / 21),
    ("article-compound-ordinal", "a twenty-first", 1 / 21),
    ("bare-tens-join-the-ordinal", "one hundred thirty fifths", 100 / 35),
    ("and-makes-an-improper-numerator", "one hundred and thirty fifths", 26.0),
    ("and-keeps-a-proper-fraction", "one hundred and three quarters", 100.75),
    ("improper-over-scales", "one million two thousand two hundred three fifths", 200440.6),
    ("fraction-of-a-scale", "two thirds of a million", 2e6 / 3),
    ("mixed-with-compound-numerator", "two and fifty-four hundredths", 2.54),
    ("plural-hundreds-after-figure", "five hundreds", 500.0),
    ("negative-digits", "-4", -4.0),
    # a numerator, then a compound ordinal as its denominator
    ("numerator-compound-ordinal", "one one hundred fifth", 1 / 105),
    ("numerator-compound-ordinal-and", "one one hundred and fifth", 1 / 105),
    ("numerator-hyphenated-thousandths", "three one-thousandths", 0.003),
    ("numerator-spaced-thousandths", "three one thousandths", 0.003),
    ("numerator-compound-tens-ordinal", "five one hundred and twenty-fifths", 5 / 125),
    ("compound-numerator", "twenty three one-hundredths", 0.23),
    ("plain-hundredths-unchanged", "two hundredths", 0.02),
    ("tens-ordinal-unchanged", "one twenty-fifth", 1 / 25),
    # "&" for "and", and groups spelt after a comma
    ("ampersand", "two hundred & forty", 240.0),
    ("comma-groups", "three million, two hundred & forty", 3_000_240.0),
    ("comma-groups-thousand", "three million, two hundred thousand", 3_200_000.0),
    ("comma-groups-three", "three million, two hundred thousand, five hundred", 3_200_500.0),
    ("half-a-million", "half a million", 500_000.0),
    ("half-a-billion", "half a billion", 5e8),
    ("half-a-hundred", "half a hundred", 50.0),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in NUMBERS], ids=[c[0] for c in NUMBERS]
)
def test_parse_number(text: str, expected: float) -> None:
    assert parse_number(text) == pytest.approx(expected)


NOT_NUMBERS = [
    ("empty", ""),
    ("word", "people"),
    ("number-and-noun", "four years"),
    ("ordinal-word", "fourth"),
    ("ordinal-digits", "3rd"),
    ("two-numbers", "one two"),
    ("dangling-and", "three and"),
    ("article-alone", "a"),
    ("ordinal-compound-adjective", "a twenty-first-century"),
    ("ordinal-after-and", "one hundred and fifth"),
    ("ampersand-between-names", "Johnson & Johnson"),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_NUMBERS], ids=[c[0] for c in NOT_NUMBERS])
def test_not_a_number(text: str) -> None:
    assert parse_number(text) is None


ORDINALS = [
    ("word", "fourth", 4),
    ("digits-rd", "3rd", 3),
    ("digits-th", "21st", 21),
    ("compound", "twenty-first", 21),
    ("hundredth", "one hundredth", None),  # a fraction (1/100), not an ordinal
    ("hundred-fifth", "one hundred fifth", 105),
    ("hundred-and-fifth", "one hundred and fifth", 105),
    ("thousand-and-first", "a thousand and first", 1001),
    ("hundred-and-twenty-fifth", "one hundred and twenty-fifth", 125),
    ("two-hundredth", "two hundredth", 200),
    ("cardinal", "three", None),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in ORDINALS], ids=[c[0] for c in ORDINALS]
)
def test_parse_ordinal(text: str, expected: int | None) -> None:
    assert parse_ordinal(text) == expected


PRECISION = [
    ("hundreds", "2,300", 100.0),
    ("tens", "170", 10.0),
    ("units", "73", 1.0),
    ("round-hundreds", "700", 100.0),
    ("decimal", "1.5", 0.1),
    ("magnitude", "1.2 million", 100_000.0),
    ("fraction-exact", "2 1/2", 0.0),
    ("word-hundred", "two hundred", 100.0),
    # a fraction of a million is as round as its decimal: "half a million" is 0.5 million
    ("half-a-million", "half a million", 100_000.0),
    ("one-and-a-half-million", "one and a half million", 100_000.0),
    ("two-thirds-of-a-million", "two thirds of a million", 100_000.0),
    ("half-a-dozen-is-exact", "half a dozen", 0.0),
    ("fraction-is-exact", "three quarters", 0.0),
    ("tiny-fraction-is-exact", "a hundred thousand trillionths", 0.0),
    ("lakh-crore-decimal", "1.2 lakh crore", 1e11),
]


@pytest.mark.parametrize(
    ("text", "step"), [c[1:] for c in PRECISION], ids=[c[0] for c in PRECISION]
)
def test_precision_step(text: str, step: float) -> None:
    r = read_number(text, 0)
    assert r is not None
    assert r.step == pytest.approx(step)


# The scale a number ends in, which a bare figure before it in a range may share ("between 12
# and 15 thousand"); 1 where the figure does not end in one.
SCALE = [
    ("thousand", "15 thousand", 1000.0),
    ("suffix", "1.5bn", 1e9),
    ("hundred", "12 hundred", 100.0),
    ("lakh-crore", "three lakh crore", 1e12),
    ("million", "2 million", 1e6),
    ("plain", "2,300", 1.0),
    ("words-past-the-scale", "two hundred and five", 1.0),
    ("fraction-past-the-scale", "3 million and a half", 1.0),
    ("comma-group-past-the-scale", "three million, two hundred & forty", 1.0),
]


@pytest.mark.parametrize(("text", "scale"), [c[1:] for c in SCALE], ids=[c[0] for c in SCALE])
def test_scale(text: str, scale: float) -> None:
    r = read_number(text, 0)
    assert r is not None
    assert r.scale == scale


ENDS = [
    ("stops-before-noun", "2,300 feet", 5),
    ("list-is-not-grouping", "22,24,26,31", 2),
    ("address", "192.168.1.2", 3),
    ("two-numbers-in-words", "one two", 3),
    ("stops-before-dangling-and", "three hundred and people", 13),
    ("sentence-period", "192.", 3),
    # traps: what must stay two numbers, or stop before the word
    ("two-ordinals-not-a-fraction", "two one hundredth anniversaries", 3),
    ("singular-needs-fraction-context", "one one hundredth anniversary", 3),
    ("cardinal-then-cardinal", "one one hundred", 3),
    ("and-before-compound-adjective", "two hundred and first-time buyers", 11),
    ("small-group-after-comma", "a thousand, three of them", 10),
    ("list-of-scales", "one million, two million", 11),
    ("digits-after-comma", "ten thousand, 200", 12),
    ("article-after-comma", "one thousand, a hundred", 12),
    ("hundred-after-comma-without-scale", "two hundred, three hundred", 11),
    ("ampersand-between-figures", "3 & 4", 1),
    ("ampersand-between-small-words", "three & four", 5),
    ("barrels-a-day-is-no-billion", "500,000 b/d", 7),
    ("prefix-before-a-symbol-is-no-magnitude", "5 kΩ", 1),
    ("space-then-comma-grouping-is-no-number", "1 000,000", 1),
    ("space-group-list", "10 000, 20 000", 6),
]


@pytest.mark.parametrize(("text", "end"), [c[1:] for c in ENDS], ids=[c[0] for c in ENDS])
def test_read_number_end(text: str, end: int) -> None:
    r = read_number(text, 0)
    assert r is not None
    assert r.end == end


# In running text: what the recogniser makes of the readings above, and the figures around them
# that must not change (names and codes, ordinals, dates, ages, units).
IN_TEXT = [
    ("fraction-of-a-second", "He won by three one-hundredths of a second.", [(0.03, "second")]),
    ("compound-fraction", "a share of one one hundred fifth", [(1 / 105, None)]),
    ("groups-after-comma", "three million, two hundred thousand people", [(3.2e6, "people")]),
    ("trap-ordinal-and", "the one hundred and fifth anniversary", []),
    ("trap-ordinal", "the one hundred fifth anniversary", []),
    ("half-a-million-people", "nearly half a million people fled", [(500_000.0, "people")]),
    ("trap-half-a-mile", "half a mile away", [(0.5, "mile")]),
    ("spaced-vulgar-fraction", "2 ½ inches", [(2.5, "inch")]),
    ("trap-ordinal-hundredth", "its two hundredth anniversary", []),
    ("trap-a-hundred-and-first", "for a hundred and first time", []),
    ("trap-small-group-after-comma", "a thousand, three of them", [(1000.0, None), (3.0, None)]),
    ("trap-route", "Route 66", []),
    ("trap-aircraft", "a Boeing 737", []),
    ("trap-disease", "COVID-19 cases", []),
    ("trap-group-of-seven", "the G7 summit", []),
    ("trap-network", "5G networks", []),
    ("trap-year", "in 2020", []),
    ("trap-ranked-list", "the 100 most important people", [(100.0, None)]),
    ("trap-age", "a 62-year-old man", [(62.0, "year")]),
    ("trap-feet-away", "2,000 feet away", [(2000.0, "foot")]),
    ("trap-inches-long", "it is 5 in long", [(5.0, "inch")]),
    ("trap-ampersand-name", "Johnson & Johnson paid 5 million", [(5e6, None)]),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in IN_TEXT], ids=[c[0] for c in IN_TEXT]
)
def test_in_text(text: str, expected: list[tuple[float, str | None]]) -> None:
    got = [(m.stated_low, m.stated_unit) for m in find_quantities(text)]
    assert got == [(pytest.approx(v), u) for v, u in expected]


def test_doctests() -> None:
    failures, _ = doctest.testmod(factcheck.numbers)
    assert failures == 0


@pytest.mark.parametrize(
    ("text", "value"),
    [("$5-million", 5e6), ("120-crore", 1.2e9), ("3.5-billion", 3.5e9), ("5-lakh", 5e5)],
    ids=["million", "crore", "billion", "lakh"],
)
def test_a_hyphen_joins_digits_to_their_scale(text: str, value: float) -> None:
    start = 1 if text.startswith("$") else 0
    got = read_number(text, start)
    assert got is not None
    assert got.value == value


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("5 lakh and two sureties", "5 lakh"),
        ("3 million and a half", "3 million and a half"),
        ("2 million and 500 thousand", "2 million and 500 thousand"),
        ("five million and two", "five million and two"),
    ],
    ids=["digits-then-a-count-in-words", "and-a-half", "and-digits", "all-in-words"],
)
def test_and_after_a_scale_joins_only_a_number_written_alike(text: str, read: str) -> None:
    got = read_number(text, 0)
    assert got is not None
    assert text[: got.end] == read
