"""_iso appends a fixed-offset zone's text to the naive time's isoformat where it called
t.replace(tzinfo=tz).isoformat(): the same text for any time and any fixed offset, seconds and
microseconds included, and a zone whose offset moves (zoneinfo) or no zone still read as
before (hypothesis)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from factcheck import dates

_OFFSETS = st.timedeltas(
    min_value=-dt.timedelta(hours=23, minutes=59, seconds=59, microseconds=999999),
    max_value=dt.timedelta(hours=23, minutes=59, seconds=59, microseconds=999999),
)


def _as_before(t: dt.datetime, fine: bool, tz: dt.tzinfo | None) -> str:
    if not fine:
        return t.date().isoformat()
    return (t.replace(tzinfo=tz) if tz is not None else t).isoformat()


@given(st.datetimes(), _OFFSETS, st.booleans(), st.booleans())
def test_fixed_offsets(t: dt.datetime, offset: dt.timedelta, fine: bool, named: bool) -> None:
    tz = dt.timezone(offset, "Somewhere") if named else dt.timezone(offset)
    assert dates._iso(t, fine, tz) == _as_before(t, fine, tz)


@given(st.datetimes(), st.booleans())
def test_utc_and_no_zone(t: dt.datetime, fine: bool) -> None:
    for tz in (dt.UTC, None):
        assert dates._iso(t, fine, tz) == _as_before(t, fine, tz)


@given(st.datetimes(), st.booleans())
def test_zones_whose_offset_moves(t: dt.datetime, fine: bool) -> None:
    for name in ("America/New_York", "Asia/Tokyo", "Europe/London"):
        tz = ZoneInfo(name)
        assert dates._iso(t, fine, tz) == _as_before(t, fine, tz)


def test_none_and_an_aware_time() -> None:
    assert dates._iso(None, True, dt.UTC) is None
    t = dt.datetime(2024, 1, 3, 12, tzinfo=dt.timezone(dt.timedelta(hours=5)))
    assert dates._iso(t, True, dt.UTC) == _as_before(t, True, dt.UTC)
