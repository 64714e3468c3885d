"""_to_mention reads the future cue only for a date that is not over before the publication
day: for a past one the cue decides nothing (a cue does not make a past date future), so the
cue is not read, where it was read first. The recogniser reads alike with the cue read before
every mention is made, and a past date's mention is made without a look for a cue."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import dates
from tests.test_dates_cue_left import DID_NOT, FAR_LEFT
from tests.test_dates_speed import assert_reads_alike

_to_mention = dates._to_mention


def _to_mention_after_the_cue(
    p: dates._Parser, s: int, e: int, v: dates._V, ref: dates._Reference
) -> dates.DateMention:
    """_to_mention with the cue read first, as the role's test did."""
    p.future  # noqa: B018 (the read settles the cue)
    return _to_mention(p, s, e, v, ref)


PAST_AND_PLANNED = [
    f"{lead} {day}."
    for lead in (
        "The union will strike on", "The vote, set for", "The trial was scheduled for",
        "Talks could resume on", "The fire broke out on", "The hearing was put off to",
    )
    for day in ("March 3, 2020", "last Friday", "Friday", "January 2", "next week", "2019")
]  # fmt: skip


def test_the_recogniser_reads_alike_with_the_cue_read_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert_reads_alike(
        monkeypatch,
        dates,
        "_to_mention",
        _to_mention_after_the_cue,
        extra=[*FAR_LEFT, *DID_NOT, *PAST_AND_PLANNED],
    )


def test_a_past_date_reads_no_cue(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []
    cue_at = dates._Parser.cue_at

    def counting(p: dates._Parser, s: int) -> tuple[bool, bool]:
        asked.append(s)
        return cue_at(p, s)

    monkeypatch.setattr(dates._Parser, "cue_at", counting)
    dates._mention_cached.cache_clear()
    try:
        found = dates.find_dates("The union will strike on March 3, 2020.", dt.datetime(2024, 1, 3))
    finally:
        dates._mention_cached.cache_clear()
    assert [m.role for m in found] == ["background"]
    assert asked == []
