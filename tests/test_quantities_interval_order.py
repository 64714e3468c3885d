"""_interval works out the floor and the digits' precision only for the qualifiers that read
them: it must give what it gave when it worked both out first, for every qualifier."""

import itertools

from factcheck import quantities
from factcheck.lexicon.quantities import (
    APPROXIMATE_TOLERANCE,
    NEARLY_TOLERANCE,
    RANGE_CLOSED_HIGH,
    ROUND_COUNT_MIN,
)


def _interval_as_written(  # the function before the reordering
    qualifier: str,
    low: float,
    high: float,
    step: float,
    high_step: float,
    kind: str,
    unit: quantities._Unit | None,
    is_age: bool,
    magnitude: bool,
) -> tuple[float | None, float | None, bool, bool]:
    measured = kind != "count" or magnitude
    round_count = (
        kind == "count"
        and not is_age
        and step >= 10
        and min(abs(low), abs(high)) >= ROUND_COUNT_MIN
    )
    half = step / 2 if measured or round_count else 0.0
    can_be_negative = unit is not None and unit.name in (
        "degree_Celsius",
        "degree_Fahrenheit",
        "degree",
    )
    floor = None if can_be_negative or low < 0 else 0.0
    if qualifier == "range":
        fine = min(step, high_step) if step and high_step else max(step, high_step)
        edge = fine / 2 if measured else 0.0
        return low - edge, high + edge, True, RANGE_CLOSED_HIGH
    if qualifier == "more_than":
        return low, None, False, False
    if qualifier == "at_least":
        return low, None, True, False
    if qualifier == "less_than":
        return floor, low, True, False
    if qualifier == "at_most":
        return floor, low, True, True
    if qualifier == "nearly":
        return low - NEARLY_TOLERANCE * abs(low), low, True, False
    if qualifier == "most_of":
        return low / 2, low, False, True
    if qualifier == "approximately":
        w = max(step / 2, APPROXIMATE_TOLERANCE * abs(low))
        return quantities._above(floor, low - w), low + w, True, True
    if is_age:
        return low, low + 1, True, False
    return quantities._above(floor, low - half), high + half, True, True


def test_interval_equals_it_as_first_written_for_every_branch() -> None:
    qualifiers = ["exact", "range", "more_than", "at_least", "less_than", "at_most", "nearly"]
    qualifiers += ["most_of", "approximately", "at_least_or_most"]
    units = [None] + [
        quantities._Unit(name, 0, stated=name)
        for name in ("degree_Celsius", "degree_Fahrenheit", "degree", "metre", "USD", "percent")
    ]
    values = [-2500.0, -3.0, -0.5, 0.0, 0.25, 3.0, 999.0, 1000.0, 12000.0, 2.5e6]
    steps = [0.0, 0.1, 1.0, 10.0, 100.0, 1000.0]
    checked = 0
    for qualifier, unit, low, high, step, high_step, kind, is_age, magnitude in itertools.product(
        qualifiers,
        units,
        values,
        values[::3],
        steps,
        steps[::2],
        ["count", "quantity", "duration"],
        [False, True],
        [False, True],
    ):
        args = (qualifier, low, high, step, high_step, kind, unit, is_age, magnitude)
        assert quantities._interval(*args) == _interval_as_written(*args), args
        checked += 1
    assert checked > 100_000
