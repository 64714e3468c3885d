"""The present day of a speaker or of the writer: "Today", "Tonight", "This morning" opening a
quotation or a sentence in the present dates no event the reports share (c14-01), while
"Today, a bomb exploded" is still the event's day."""

from __future__ import annotations

import datetime as dt

import pytest

import factcheck

FRIDAY = dt.datetime(2026, 11, 13, 16, 40, tzinfo=dt.UTC)
SATURDAY = dt.datetime(2026, 11, 14, 9, 15, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def _day(text: str) -> factcheck.Claim:
    return next(
        c for c in factcheck.extract(text, published=SATURDAY) if c.kind in ("date", "time")
    )


@pytest.mark.parametrize(
    "text",
    [
        '"We are rebuilding," she said. "Today gives our families some peace."',
        "She said: \u201cToday is a sad day for the charity.\u201d",
        '"This morning we lost everything," he said.',
        "Today the charity begins to rebuild.",
        "Tonight, rescuers are still searching the ruins.",
    ],
    ids=["quoted-sentence", "quotation-after-colon", "quoted-this-morning", "present", "tonight"],
)
def test_a_speaker_s_or_writer_s_present_day_dates_no_event(text: str) -> None:
    assert _day(text).property is None


@pytest.mark.parametrize(
    "text",
    [
        "Today, a bomb exploded in Kabul.",
        "This morning a gunman opened fire at a school.",
        "A bomb exploded in Kabul today.",
    ],
    ids=["today-past-deed", "this-morning-past-deed", "sentence-final"],
)
def test_a_present_day_that_dates_a_past_deed_is_the_event_s(text: str) -> None:
    assert _day(text).property == "event_date"


def _contradictions(b: str) -> list[str]:
    report = factcheck.compare(
        [
            factcheck.Document(
                id="a",
                text="The former director was jailed for six years on Friday.",
                published=FRIDAY,
            ),
            factcheck.Document(id="b", text=b, published=SATURDAY),
        ]
    )
    return [str(g.property) for g in report.contradictions]


def test_a_quoted_today_does_not_clash_with_the_sentencing_day() -> None:
    b = (
        "The former director was sentenced Friday to six years. "
        '"Today gives our families some peace," the charity\'s chief said outside court.'
    )
    assert _contradictions(b) == []


def test_another_sentencing_day_still_clashes() -> None:
    b = (
        "The former director was jailed for six years on Wednesday. "
        '"Today gives our families some peace," the charity\'s chief said outside court.'
    )
    assert _contradictions(b) == ["event_date"]
