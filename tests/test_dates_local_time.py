"""_on_a_local_clock reads again only readings that are not a time of day alone: such a
reading, read on another clock, stays a time of day alone, for which it answers None. The
recogniser reads texts told in "local time" alike with and without the test."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import dates
from tests.test_dates_speed import _speed_paragraphs

HEADS = [
    "at 9 a.m.", "at 04:17", "before 8 a.m.", "at 4:10 p.m.", "at midnight", "at noon",
    "on Wednesday", "on Wednesday morning", "Wednesday at 9 a.m.", "at 9 a.m. on Wednesday",
    "tonight at 8", "today at 11:30", "yesterday at 3 p.m.", "this morning", "at 10 tonight",
    "early Thursday", "late Tuesday", "on Tuesday night", "at 1:28 a.m. Thursday",
    "tomorrow at 6 a.m.", "last night at 11", "at 12:01 a.m.", "on Jan. 3 at 9 a.m.",
]  # fmt: skip
TEXTS = [f"A dam burst {head} local time, officials said." for head in HEADS]
# instants either side of midnight in the writer's zone and in the zones furthest ahead
PUBLISHED = [
    dt.datetime(2026, 8, 11, hour, minute, tzinfo=dt.timezone(dt.timedelta(hours=zone)))
    for hour, minute in ((0, 5), (9, 0), (12, 0), (20, 30), (23, 30))
    for zone in (-4, 0, 9, -10)
]


def test_skipping_times_of_day_alone_reads_local_time_alike(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [*TEXTS, *_speed_paragraphs()]
    dates._mention_cached.cache_clear()
    fast = [dates.find_dates(t, p) for p in PUBLISHED for t in texts]
    dates._mention_cached.cache_clear()
    monkeypatch.setattr(
        dates,
        "_told_in_local_time",
        lambda p, end, v: p.used_ref and p.t(end) == "local" and p.t(end + 1) == "time",
    )
    try:
        assert [dates.find_dates(t, p) for p in PUBLISHED for t in texts] == fast
    finally:
        dates._mention_cached.cache_clear()


def test_local_days_are_still_read_on_the_clock_furthest_ahead() -> None:
    published = dt.datetime(2026, 8, 11, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    dates._mention_cached.cache_clear()
    [m] = dates.find_dates("A dam burst on Wednesday morning local time.", published)
    assert m.low.startswith("2026-08-12")
    [m] = dates.find_dates("The dam burst at 9 a.m. local time.", published)
    assert m.low == "2026-08-11T09:00:00-04:00"
