"""Days and times of the report's own place: a wire dateline of a city whose zone is known
("TOKYO (AP) -") makes the report's relative days that city's days, resolved against the
publication instant on that city's clock (c14-16)."""

from __future__ import annotations

import datetime as dt

import pytest

import factcheck
from factcheck import dates

# Tuesday 22:50 in New York, already Wednesday 12:50 in Tokyo.
FILED_IN_NEW_YORK = dt.datetime(2026, 11, 3, 22, 50, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
FILED_IN_TOKYO = dt.datetime(2026, 11, 4, 12, 5, tzinfo=dt.timezone(dt.timedelta(hours=9)))


def _first(text: str, published: dt.datetime) -> dates.DateMention:
    return dates.find_dates(text, published)[0]


@pytest.mark.parametrize(
    "opening",
    [
        "TOKYO (AP) - ",
        "TOKYO - ",
        "TOKYO, Nov. 4 (Reuters) - ",
        "TOKYO \u2014 ",
        "\nTOKYO (AP) -- ",
    ],
)
def test_a_foreign_dateline_tells_its_city_s_days(opening: str) -> None:
    m = _first(opening + "A rocket lifted off on Wednesday.", FILED_IN_NEW_YORK)
    assert m.low == "2026-11-04"


@pytest.mark.parametrize(
    "opening",
    [
        "",  # no dateline: the publication's own days
        "Tokyo - ",  # not in capitals: prose, not a dateline
        "LONDON (AP) - ",  # a city whose seasons are not modelled
        "TOKYO officials said - ",  # no dash right after the place and its agency
    ],
)
def test_without_a_known_dateline_the_days_are_the_publication_s(opening: str) -> None:
    m = _first(opening + "A rocket lifted off on Wednesday.", FILED_IN_NEW_YORK)
    assert m.low == "2026-10-28"


def test_a_clock_time_under_a_dateline_is_the_city_s_clock() -> None:
    m = _first("NEW DELHI (AP) - The dam burst at 9 a.m. on Wednesday.", FILED_IN_NEW_YORK)
    assert m.low == "2026-11-04T09:00:00+05:30"


def test_a_us_dateline_keeps_us_daylight_saving() -> None:
    utc = dt.datetime(2026, 9, 21, 1, 0, tzinfo=dt.UTC)  # Sunday 21:00 in Chicago
    m = _first("CHICAGO (AP) - The storm hit at 8 p.m. on Sunday.", utc)
    assert m.low == "2026-09-20T20:00:00-05:00"


def _contradictions(a: str, b: str) -> list[str]:
    report = factcheck.compare(
        [
            factcheck.Document(id="a", text=a, published=FILED_IN_TOKYO),
            factcheck.Document(id="b", text=b, published=FILED_IN_NEW_YORK),
        ]
    )
    return [str(g.property) for g in report.contradictions]


def test_a_tokyo_report_filed_on_new_york_s_eve_agrees_with_tokyo_s() -> None:
    a = "TOKYO - Japan's H3 rocket lifted off on Wednesday from Tanegashima."
    b = "TOKYO (AP) - A Japanese H3 rocket lifted off from the Tanegashima spaceport on Wednesday."
    assert _contradictions(a, b) == []


def test_a_tokyo_report_of_another_day_still_clashes() -> None:
    a = "TOKYO - Japan's H3 rocket lifted off on Wednesday from Tanegashima."
    b = "TOKYO (AP) - A Japanese H3 rocket lifted off from the Tanegashima spaceport on Monday."
    assert _contradictions(a, b) == ["event_date"]


@pytest.mark.parametrize(
    ("text", "low"),
    [
        # filed Tuesday 22:50 EST, already Wednesday 03:50 in GMT and 12:50 in Tokyo
        ("It lifted off at 03:30 GMT on Wednesday.", "2026-11-03T22:30:00-05:00"),
        ("It lifted off at 8:41 a.m. Tokyo time on Wednesday.", "2026-11-03T18:41:00-05:00"),
        ("It lifted off at 8:41 a.m. JST on Wednesday.", "2026-11-03T18:41:00-05:00"),
        # the publication's own zone, or none written: the publication's days
        ("It lifted off at 9 a.m. EST on Tuesday.", "2026-11-03T09:00:00-05:00"),
        ("It lifted off at 9 a.m. on Tuesday.", "2026-11-03T09:00:00-05:00"),
    ],
    ids=["gmt", "tokyo-time", "jst", "own-zone", "no-zone"],
)
def test_a_day_after_a_clock_of_a_named_zone_is_that_zone_s_day(text: str, low: str) -> None:
    assert _first(text, FILED_IN_NEW_YORK).low == low


# Tuesday 23:30 in New York: already Wednesday in Asia.
LATE_TUESDAY_IN_NEW_YORK = dt.datetime(
    2026, 8, 11, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-4))
)


@pytest.mark.parametrize(
    ("text", "low", "role"),
    [
        ("A dam burst on Wednesday morning local time.", "2026-08-12T00:00:00-04:00", "event"),
        ("A dam burst on Tuesday local time.", "2026-08-11", "event"),
        ("A dam burst on Wednesday morning.", "2026-08-05T00:00:00-04:00", "event"),
        # a time of day alone in local time: its day is not told, the publication's is kept
        ("The dam burst at 9 a.m. local time.", "2026-08-11T09:00:00-04:00", "event"),
    ],
    ids=["next-day-local", "same-day-local", "no-local-time", "time-alone"],
)
def test_a_day_in_local_time_may_be_a_day_ahead_of_the_writer_s(
    text: str, low: str, role: str
) -> None:
    m = _first(text, LATE_TUESDAY_IN_NEW_YORK)
    assert (m.low, m.role) == (low, role)
