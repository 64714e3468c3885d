"""Powers written with "^", "e" or "x10^": a power with no finite value is no figure.

``extract("The fine was 0^-1 m.")`` raised ZeroDivisionError (0.0 to a negative power), and
"3x10^999 m" or "7^999 m" raised OverflowError; "2^99999" was read as "2^999", three of its
five digits. Each is no claim now, and no later figure is read out of the exponent ("-1 m").
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import numbers, quantities

NO_FIGURE = [
    "The fine was 0^-1 m.",  # zero to a negative power
    "0.0^-2 m",
    "3x10^999 m",  # beyond the largest float
    "3x10^99999 m",  # an exponent longer than the pattern reads
    "7^999 m",
    "2^99999 m",
    "9e999 m",
]

READ = [
    ("2^-3 m", 0.125, "meter"),
    ("10^-2 m", 0.01, "meter"),
    ("10^3 m", 1000.0, "meter"),
    ("5^400 m", 5.0**400, "meter"),  # large, and finite
    ("8x2^10 bits", 8192.0, "bit"),
    ("2.48×10−5 m", 2.48e-05, "meter"),
    ("1.5e-4 m", 0.00015, "meter"),
]


@pytest.mark.parametrize("text", NO_FIGURE)
def test_a_power_with_no_finite_value_is_no_claim(text: str) -> None:
    assert not factcheck.extract(text)
    assert not quantities.find_quantities(text)


@pytest.mark.parametrize(("text", "value", "unit"), READ)
def test_finite_powers_are_read_whole(text: str, value: float, unit: str) -> None:
    (claim,) = factcheck.extract(text)
    assert claim.text == text
    assert claim.stated is not None
    assert claim.stated.low == pytest.approx(value)
    assert claim.stated.unit == unit


@pytest.mark.parametrize(
    ("written", "exponent"),
    [("3", 3), ("-3", -3), ("+3", 3), ("--3", 3), ("++3", 3), ("+-3", -3), ("-+0", 0)],
)
def test_signed_exponent(written: str, exponent: int) -> None:
    # "0^-+0" raised ValueError: int() of "-+0"; only "--" was taken apart before
    assert numbers._signed_exponent(written) == exponent


def test_finite_power() -> None:
    assert numbers._finite_power(2.0, 10, 3.0) == 3072.0
    assert numbers._finite_power(0.0, -1, 1.0) is None  # ZeroDivisionError
    assert numbers._finite_power(10.0, 999, 1.0) is None  # OverflowError
    assert numbers._finite_power(10.0, 300, 1e10) is None  # a finite power, an infinite product
    assert numbers._finite_power(0.0, 0, 1.0) == 1.0


_POWER_TEXT = st.text(alphabet="0123456789^-+.eEx× m", max_size=24)


@settings(max_examples=400, deadline=None)
@given(_POWER_TEXT)
def test_powers_never_raise_and_stay_finite(text: str) -> None:
    for claim in factcheck.extract(text):
        if claim.stated is None:
            continue  # a date ("-1000" is the year 1000)
        for bound in (claim.stated.low, claim.stated.high):
            assert bound is None or math.isfinite(bound)
