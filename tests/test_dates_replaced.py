"""``dates._replaced`` gives what ``dataclasses.replace`` gives for a ``_V``.

_replaced copies the fields positionally and sets the changes on the copy, where replace
passes every field by keyword; a field left out of the copy, or passed in another order,
would show here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from factcheck import dates

FIELDS = [f.name for f in dataclasses.fields(dates._V)]

# a value of the field's kind, unlike any default, for each field
VALUES: dict[str, st.SearchStrategy[object]] = {
    "low": st.none() | st.datetimes(),
    "high": st.none() | st.datetimes(),
    "gran": st.sampled_from(["day", "month", "time", "year"]),
    "kind": st.sampled_from(["date", "time"]),
    "qualifier": st.sampled_from(["exact", "range", "at_least", "approximately"]),
    "year_given": st.booleans(),
    "anniversary": st.none() | st.integers(0, 200),
    "anchor": st.none() | st.text(max_size=8),
    "note": st.none() | st.text(max_size=8),
    "ampm_free": st.booleans(),
    "on_pub_day": st.booleans(),
    "zone": st.none() | st.floats(-12, 14),
    "deictic": st.booleans(),
}


def test_every_field_has_values() -> None:
    assert list(VALUES) == FIELDS


def test_the_copy_keeps_every_field_in_its_place() -> None:
    # each field a value no other field holds: a field copied into another's place shows
    v = dates._V(
        dt.datetime(2001, 2, 3), dt.datetime(2004, 5, 6), "g", "k", "q", False, 7, "a", "n",
        True, True, 8.5, True,
    )  # fmt: skip
    assert dates._replaced(v) == dataclasses.replace(v) == v
    assert dates._replaced(v) is not v
    for name in FIELDS:
        assert getattr(dates._replaced(v), name) == getattr(v, name)


@st.composite
def values(draw: st.DrawFn) -> dates._V:
    return dates._V(**{name: draw(VALUES[name]) for name in FIELDS})  # type: ignore[arg-type]


@st.composite
def changes(draw: st.DrawFn) -> dict[str, object]:
    names = draw(st.lists(st.sampled_from(FIELDS), unique=True))
    return {name: draw(VALUES[name]) for name in names}


@given(values(), changes())
def test_replaced_is_dataclasses_replace(v: dates._V, changed: dict[str, object]) -> None:
    before = [getattr(v, n) for n in FIELDS]
    ours = dates._replaced(v, **changed)
    theirs = dataclasses.replace(v, **changed)  # type: ignore[arg-type]
    assert ours == theirs
    assert [getattr(ours, n) for n in FIELDS] == [getattr(theirs, n) for n in FIELDS]
    assert type(ours) is type(theirs)
    assert [getattr(v, n) for n in FIELDS] == before  # the copy is changed, never ``v``
