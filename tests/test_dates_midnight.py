"""The times built without a keyword call are the ones the keyword calls built: _midnight (the
start of a day from its ordinal) and _day_start are the replace they stand for, and
weekday_date's days from a table are the timedeltas it made."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import dates
from tests.test_dates_speed import assert_reads_alike


def _replaced(t: dt.datetime) -> dt.datetime:
    return t.replace(hour=0, minute=0, second=0, microsecond=0)


def _same(a: dt.datetime, b: dt.datetime) -> bool:
    """Equal to the last field: tzinfo and fold too, which == does not compare on naive times."""
    return a == b and a.tzinfo is b.tzinfo and a.fold == b.fold and a.isoformat() == b.isoformat()


_ZONES = st.sampled_from(
    [None, dt.UTC, dt.timezone(dt.timedelta(hours=-4)), dt.timezone(dt.timedelta(0))]
)


@given(st.datetimes(timezones=_ZONES), st.sampled_from([0, 1]))
def test_midnight_is_the_replace(t: dt.datetime, fold: int) -> None:
    t = t.replace(fold=fold)
    assert _same(dates._midnight(t), _replaced(t))


@pytest.mark.parametrize(
    "t",
    [dt.datetime.min, dt.datetime.max, dt.datetime(2024, 2, 29, 23, 59, 59, 999999)],
)
def test_midnight_at_the_ends_of_the_calendar(t: dt.datetime) -> None:
    assert _same(dates._midnight(t), _replaced(t))


def test_the_recogniser_reads_alike_with_the_replace(monkeypatch: pytest.MonkeyPatch) -> None:
    assert_reads_alike(monkeypatch, dates, "_midnight", _replaced)


@given(st.datetimes(timezones=_ZONES), st.sampled_from([0, 1]))
def test_day_start_is_the_replace(t: dt.datetime, fold: int) -> None:
    t = t.replace(fold=fold)
    assert _same(dates._day_start(t), t.replace(hour=0, minute=0, second=0))
    assert _same(dates._day_start(t.replace(microsecond=0)), _replaced(t))


def test_the_days_in_a_week_are_the_timedeltas() -> None:
    assert tuple(dt.timedelta(days=n) for n in range(7)) == dates._DAYS_IN_A_WEEK


def _weekday_date_as_written(self: dates._Parser, wd: int, step: int | None = None) -> dt.datetime:
    """_Parser.weekday_date as it was written, with a timedelta made for each call."""
    ref = self.today()
    if step is None:
        if self.future:
            return ref + dt.timedelta(days=(wd - ref.weekday()) % 7)
        return ref - dt.timedelta(days=(ref.weekday() - wd) % 7)
    monday = ref - dt.timedelta(days=ref.weekday())
    return monday + dt.timedelta(days=7 * step + wd)


@pytest.mark.parametrize("future", [False, True])
def test_weekday_date_is_the_date_as_written(future: bool) -> None:
    for day in range(1, 15):
        for hour in (0, 13):
            p = dates._Parser("", [], [], [], dt.datetime(2024, 1, day, hour, 30, 5, 7))
            p.future = future
            for wd in range(7):
                for step in (None, -2, -1, 0, 1, 2):
                    assert p.weekday_date(wd, step) == _weekday_date_as_written(p, wd, step)


def test_the_recogniser_reads_alike_with_the_weekday_date_as_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert_reads_alike(monkeypatch, dates._Parser, "weekday_date", _weekday_date_as_written)


@given(st.datetimes(timezones=_ZONES), st.sampled_from([0, 1]))
def test_the_reference_day_is_the_constructor(t: dt.datetime, fold: int) -> None:
    """_reference's publication day comes from the ordinal, as the constructor gave it."""
    t = t.replace(fold=fold)
    assert _same(dates._reference(t).midnight or t, dt.datetime(t.year, t.month, t.day))
