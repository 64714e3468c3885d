"""_midnight, the start of a time's day built from its ordinal, is the replace it stands for."""

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
    [None, dt.timezone.utc, dt.timezone(dt.timedelta(hours=-4)), dt.timezone(dt.timedelta(0))]
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
