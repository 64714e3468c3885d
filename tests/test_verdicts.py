"""Verdicts on hand-built claims: agree, compatible, contradict, single source, revisions."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.models import Claim, DateInterval, NumberInterval, Stated
from factcheck.verdicts import judge

T0 = dt.datetime(2024, 1, 3, 10, tzinfo=dt.UTC)
T1 = T0 + dt.timedelta(hours=20)


def count(
    doc: str,
    low: float | None,
    high: float | None,
    qualifier: str = "exact",
    low_closed: bool = True,
    high_closed: bool = True,
    prop: str = "killed",
) -> Claim:
    text = f"{qualifier} {low} {high}"
    return Claim(
        doc=doc,
        kind="count",
        text=text,
        start=0,
        end=len(text),
        property=prop,
        qualifier=qualifier,  # type: ignore[arg-type]
        value=NumberInterval(
            low=low, high=high, low_closed=low_closed, high_closed=high_closed, unit="person"
        ),
    )


def metres(doc: str, low: float, high: float) -> Claim:
    return Claim(
        doc=doc,
        kind="quantity",
        text="x",
        start=0,
        end=1,
        property="distance",
        qualifier="exact",
        value=NumberInterval(low=low, high=high, unit="meter"),
    )


def day(doc: str, iso: str) -> Claim:
    start = dt.date.fromisoformat(iso)
    end = start + dt.timedelta(days=1)
    return Claim(
        doc=doc,
        kind="date",
        text="x",
        start=0,
        end=1,
        property="event_date",
        value=DateInterval(low=f"{start}T00:00:00", high=f"{end}T00:00:00", granularity="day"),
    )


PUB = {"a": T0, "b": T1, "c": T1}


@pytest.mark.parametrize(
    ("claims", "verdict"),
    [
        (
            [
                count("a", 100, None, "more_than", low_closed=False),
                count("b", 73, None, "at_least"),
            ],
            "compatible",
        ),
        ([count("a", 140, None, "at_least"), count("b", 170, 170)], "compatible"),
        ([count("a", 2, 2, prop="explosions"), count("b", 2, 2, prop="explosions")], "agree"),
        ([metres("a", 685.8, 716.3), metres("b", 650, 750)], "agree"),
        ([metres("a", 685.8, 716.3), metres("b", 850, 950)], "contradict"),
        ([day("a", "2024-01-02"), day("b", "2024-01-04")], "contradict"),
        ([day("a", "2024-01-03"), day("b", "2024-01-03")], "agree"),
        ([count("a", 95, None, "at_least"), count("b", 84, 84)], "contradict"),
        ([count("a", 50, None, "at_least"), count("b", 84, 84)], "compatible"),
        ([count("a", None, 600, "at_most"), count("b", 1700, 1900, "range")], "contradict"),
        ([count("a", 12, 12)], "single_source"),
    ],
    ids=[
        "two-lower-bounds",
        "bound-and-figure",
        "same-count",
        "feet-vs-metres",
        "feet-vs-too-far",
        "tuesday-vs-thursday",
        "same-day",
        "later-below-lower-bound",
        "later-above-lower-bound",
        "above-an-upper-bound",
        "one-source",
    ],
)
def test_verdicts(claims: list[Claim], verdict: str) -> None:
    group = judge(claims, PUB)
    assert group.verdict == verdict
    assert group.reason


def test_a_later_higher_exact_toll_is_a_revision() -> None:
    group = judge([count("a", 50, 50), count("b", 84, 84)], PUB)
    assert group.verdict == "compatible"
    assert group.revision
    assert "revised" in group.reason
    assert isinstance(group.consensus, NumberInterval)
    assert group.consensus.low == 84


def test_more_buildings_destroyed_later_is_a_revision() -> None:
    # damage inspectors reach more of the area: "62 structures" then "75"
    group = judge([count("a", 62, 62, prop="destroyed"), count("b", 75, 75, prop="destroyed")], PUB)
    assert (group.verdict, group.revision) == ("compatible", True)


def test_a_later_lower_exact_toll_contradicts() -> None:
    group = judge([count("a", 84, 84), count("b", 50, 50)], PUB)
    assert group.verdict == "contradict"


def test_an_outlier_among_agreeing_sources_is_named() -> None:
    group = judge(
        [metres("a", 650, 750), metres("b", 680, 720), metres("c", 850, 950)],
        {"a": T0, "b": T0, "c": T0},
    )
    assert group.verdict == "contradict"
    assert group.outliers == ("c",)


@pytest.mark.parametrize(
    "claims",
    [
        [count("a", 100, None, "more_than", low_closed=False), count("b", 73, None, "at_least")],
        [metres("a", 685.8, 716.3), metres("b", 650, 750)],
        [day("a", "2024-01-02"), day("b", "2024-01-04")],
    ],
    ids=["bounds", "lengths", "days"],
)
def test_verdicts_are_symmetric(claims: list[Claim]) -> None:
    assert judge(claims, PUB).verdict == judge(claims[::-1], PUB).verdict


def speed(doc: str, high: float, stated: float, unit: str) -> Claim:
    """An upper bound on a speed: ``high`` in m/s, ``stated`` as written in ``unit``."""
    return Claim(
        doc=doc,
        kind="quantity",
        text=f"up to {stated} {unit}",
        start=0,
        end=len(f"up to {stated} {unit}"),
        property="speed",
        qualifier="at_most",
        stated=Stated(low=stated, high=stated, unit=unit),
        value=NumberInterval(low=0, high=high, unit="meter / second"),
    )


def clock(doc: str, iso: str) -> Claim:
    moment = dt.datetime.fromisoformat(iso)
    return Claim(
        doc=doc,
        kind="time",
        text="x",
        start=0,
        end=1,
        property="event_time",
        value=DateInterval(
            low=moment.isoformat(),
            high=(moment + dt.timedelta(minutes=1)).isoformat(),
            granularity="time",
        ),
    )


def evening(doc: str, iso_day: str) -> Claim:
    return Claim(
        doc=doc,
        kind="date",
        text="x",
        start=0,
        end=1,
        property="event_date",
        value=DateInterval(
            low=f"{iso_day}T18:00:00", high=f"{iso_day}T23:59:00", granularity="time"
        ),
    )


def night(doc: str, iso_day: str) -> Claim:
    start = dt.datetime.fromisoformat(f"{iso_day}T18:00:00")
    return Claim(
        doc=doc,
        kind="date",
        text="x",
        start=0,
        end=1,
        property="event_date",
        value=DateInterval(
            low=start.isoformat(),
            high=(start + dt.timedelta(hours=12)).isoformat(),
            granularity="time",
        ),
    )


@pytest.mark.parametrize(
    ("claims", "verdict"),
    [
        ([speed("a", 29.95, 67, "mile / hour"), speed("b", 30.0, 108, "km / hour")], "agree"),
        ([speed("a", 29.95, 67, "mile / hour"), speed("b", 33.3, 120, "km / hour")], "compatible"),
        (
            [clock("a", "2024-03-26T01:28:00+00:00"), clock("b", "2024-03-27T01:28:00-04:00")],
            "agree",
        ),
        ([clock("a", "2024-03-26T01:28:00"), clock("b", "2024-03-26T04:28:00")], "contradict"),
        ([evening("a", "2024-01-03"), day("b", "2024-01-03")], "agree"),
        ([night("a", "2024-01-03"), day("b", "2024-01-03")], "agree"),
        (
            [
                count("a", 100, None, "more_than", low_closed=False),
                count("b", 118, None, "at_least"),
            ],
            "compatible",
        ),
    ],
    ids=[
        "bounds-agree-within-their-digits",
        "bounds-differ",
        "clock-time-ignores-its-day",
        "clock-times-differ",
        "evening-is-that-day",
        "night-past-midnight-is-that-day",
        "round-bound-is-not-a-vague-one",
    ],
)
def test_precision_aware_verdicts(claims: list[Claim], verdict: str) -> None:
    assert judge(claims, PUB).verdict == verdict


def test_copies_of_one_story_count_once() -> None:
    group = judge(
        [count("a", 50, None, "at_least"), count("b", 50, None, "at_least")],
        PUB,
        copies={"b": "a"},
    )
    assert group.verdict == "single_source"
    assert "one wire story" in group.reason


def test_an_open_date_never_clashes() -> None:
    early = day("a", "2024-01-03")
    before = Claim(
        doc="b",
        kind="date",
        text="before Tuesday",
        start=0,
        end=14,
        property="event_date",
        qualifier="less_than",
        value=DateInterval(low=None, high="2024-01-02T00:00:00", granularity="day"),
    )
    assert judge([early, before], PUB).verdict != "contradict"


@pytest.mark.parametrize(
    ("prop", "verdict"),
    [("missing", "compatible"), ("displaced", "compatible"), ("killed", "contradict")],
    ids=["missing-may-fall", "displaced-may-fall", "a-toll-only-rises"],
)
def test_a_later_lower_figure_of_a_count_that_may_fall(prop: str, verdict: str) -> None:
    group = judge([count("a", 20, 20, prop=prop), count("b", 6, 6, prop=prop)], PUB)
    assert group.verdict == verdict


def test_a_correction_supersedes_an_earlier_higher_toll() -> None:
    group = judge([count("a", 45, 45), count("b", 39, 39)], PUB, corrections={("b", 0)})
    assert group.verdict == "compatible"
    assert group.revision
    assert "corrected" in group.reason


def test_a_correction_without_publication_times_is_no_evidence() -> None:
    group = judge([count("a", 45, 45), count("b", 39, 39)], {}, corrections={("b", 0)})
    assert group.verdict == "compatible"
    assert "corrects or updates" in group.reason


@pytest.mark.parametrize(
    ("known", "verdict"),
    [
        ({("a", 0): "explosion", ("b", 0): "attack"}, "compatible"),
        ({("a", 0): "explosion", ("b", 0): "explosion"}, "contradict"),
        ({("a", 0): "explosion"}, "contradict"),
    ],
    ids=["two-causes", "one-cause", "one-side-unknown"],
)
def test_figures_of_different_causes_never_clash(
    known: dict[tuple[str, int], str], verdict: str
) -> None:
    group = judge([count("a", 22, 22), count("b", 9, 9)], PUB, causes=known)
    assert group.verdict == verdict


@pytest.mark.parametrize(
    ("late", "early", "verdict"),
    [
        ("late Saturday", "early Sunday", "compatible"),
        ("late on Tuesday", "shortly after midnight on Wednesday", "compatible"),
        ("Saturday", "early Sunday", "contradict"),
        ("late Saturday", "Sunday", "contradict"),
        ("early Saturday", "late Sunday", "contradict"),
    ],
    ids=["late-early", "late-after-midnight", "whole-day", "whole-next-day", "early-late"],
)
def test_the_end_of_a_day_and_the_start_of_the_next_may_be_one_time(
    late: str, early: str, verdict: str
) -> None:
    a = day("a", "2026-10-03").model_copy(update={"text": late})
    b = day("b", "2026-10-04").model_copy(update={"text": early})
    group = judge([b, a], PUB)
    assert group.verdict == verdict
    if verdict == "compatible":
        assert "around midnight" in group.reason


def test_days_two_apart_still_clash_whatever_their_parts() -> None:
    a = day("a", "2026-10-02").model_copy(update={"text": "late Friday"})
    b = day("b", "2026-10-04").model_copy(update={"text": "early Sunday"})
    assert judge([a, b], PUB).verdict == "contradict"


@pytest.mark.parametrize(
    ("start", "verdict"),
    [
        ("12:01 a.m. on Wednesday", "compatible"),
        ("12:02 a.m. on Wednesday", "contradict"),
        ("12:01 a.m. on Thursday", "contradict"),
    ],
    ids=["the-minute-after", "two-minutes-after", "another-day"],
)
def test_midnight_and_the_minute_after_it_are_one_start(start: str, verdict: str) -> None:
    import factcheck

    when = dt.datetime(2026, 11, 30, 10, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    report = factcheck.compare(
        [
            factcheck.Document(id="a", text=f"The strike will begin at {start}.", published=when),
            factcheck.Document(
                id="b", text="The strike will begin at midnight on Tuesday night.", published=when
            ),
        ]
    )
    (group,) = [g for g in report.groups if len(g.claims) == 2]
    assert group.verdict == verdict
