"""Dated background: the period of a background statistic ("Brazil recorded about 34,000 road
deaths in 2024", "The highway saw 112 deaths last year") dates the statistic, not the event
the reports share, so two periods of two statistics never clash (c15-16)."""

from __future__ import annotations

import datetime as dt

import pytest

import factcheck

BRT = dt.timezone(dt.timedelta(hours=-3))
SUNDAY = dt.datetime(2026, 10, 4, 17, 50, tzinfo=BRT)
MONDAY = dt.datetime(2026, 10, 5, 9, 10, tzinfo=BRT)


def _groups(a: str, b: str) -> list[tuple[str, str]]:
    report = factcheck.compare(
        [
            factcheck.Document(id="a", text=a, published=SUNDAY),
            factcheck.Document(id="b", text=b, published=MONDAY),
        ]
    )
    return [(str(g.property), g.verdict) for g in report.groups]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The country recorded about 34,000 road deaths in 2024.",
            "The highway saw 112 deaths last year.",
        ),
        ("Some 1,200 people died on Nigeria's roads in 2024.", "About 90 people died last year."),
    ],
    ids=["recorded-deaths", "people-died"],
)
def test_two_periods_of_two_statistics_never_clash(a: str, b: str) -> None:
    assert "contradict" not in {verdict for _, verdict in _groups(a, b)}


def test_a_statistic_s_period_dates_nothing_shared() -> None:
    (period,) = [
        c
        for c in factcheck.extract("The highway saw 112 deaths last year.", published=MONDAY)
        if c.kind == "date"
    ]
    assert (period.property, period.role) == (None, "background")


@pytest.mark.parametrize(
    "text",
    [
        "The deal covers homes within a 20-mile radius of the February 2023 derailment.",
        "It paid $600 million over last year's derailment.",
    ],
    ids=["a-date-naming-a-noun", "a-possessive-date"],
)
def test_a_date_that_names_a_noun_keeps_its_property(text: str) -> None:
    (day,) = [c for c in factcheck.extract(text, published=MONDAY) if c.kind == "date"]
    assert day.property is not None


def test_a_past_year_of_no_statistic_still_clashes() -> None:
    a = "The dam was built in 1968."
    b = "The dam was built in 1972."
    assert ("construction_date", "contradict") in _groups(a, b)
