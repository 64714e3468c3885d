"""Interval arithmetic: intersection, hull, containment, and the date conversion."""

from __future__ import annotations

import math

from hypothesis import assume, given
from hypothesis import strategies as st

from factcheck.intervals import Bounds, bounds_of, contains, hull, intersect, to_interval
from factcheck.models import DateInterval, NumberInterval

finite = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False)


@st.composite
def bounds(draw: st.DrawFn) -> Bounds:
    a, b = sorted((draw(finite), draw(finite)))
    return Bounds(a, b, draw(st.booleans()) or a == b, draw(st.booleans()) or a == b)


@given(bounds())
def test_an_interval_contains_its_midpoint(b: Bounds) -> None:
    assert b.midpoint is not None
    # An interval as narrow as the float spacing ((0, 5e-324]) may have no float strictly
    # inside, and its midpoint rounds onto an end: the claim is about intervals of figures.
    assume(b.low == b.high or b.high - b.low > 4 * math.ulp(max(abs(b.low), abs(b.high))))
    assert contains(b, b.midpoint)


@given(bounds(), bounds())
def test_intersection_and_hull_are_symmetric(a: Bounds, b: Bounds) -> None:
    assert intersect(a, b) == intersect(b, a)
    assert hull(a, b) == hull(b, a)


@given(bounds(), bounds())
def test_the_intersection_lies_in_both(a: Bounds, b: Bounds) -> None:
    both = intersect(a, b)
    if both is not None:
        assert both.midpoint is not None
        assert contains(a, both.midpoint)
        assert contains(b, both.midpoint)


def test_open_bounds_touching_do_not_overlap() -> None:
    assert intersect(Bounds(0, 1, True, False), Bounds(1, 2, True, True)) is None
    assert intersect(Bounds(0, 1), Bounds(1, 2)) == Bounds(1, 1)


def test_unbounded_number_interval() -> None:
    b = bounds_of(NumberInterval(low=100, high=None, low_closed=False, unit="person"))
    assert b.low == 100
    assert b.high == math.inf
    assert not b.low_closed
    assert not contains(b, 100)
    assert contains(b, 101)


def test_dates_compare_on_wall_clock_time() -> None:
    tehran = DateInterval(
        low="2024-01-03T00:00:00+03:30", high="2024-01-04T00:00:00+03:30", granularity="day"
    )
    london = DateInterval(
        low="2024-01-03T00:00:00+00:00", high="2024-01-04T00:00:00+00:00", granularity="day"
    )
    assert bounds_of(tehran) == bounds_of(london)
    back = to_interval(bounds_of(london), london)
    assert isinstance(back, DateInterval)
    assert back.low == "2024-01-03T00:00:00"
    assert back.granularity == "day"
