"""The attempts the date recogniser skips at "from" or "by" before a weekday's possessive ("from
Sunday's ferry disaster", "by Friday's landslide") would have found nothing: every grammar word
after the possessive is tried, and the recogniser reads the same texts alike with and without
the skip."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from factcheck import dates
from factcheck.lexicon import dates as lex
from tests.test_dates_counts import _expr_finds_nothing
from tests.test_dates_speed import assert_reads_alike, found_spans

TAILS = ["", "ago", "5 pm", "monday", "march 2024", "of march", "to friday", "30", "the 5th"]


def _phrases() -> Iterator[str]:
    """Each start of _NOT_BEFORE_A_DAYS_OWN before every weekday (in two cases), both
    apostrophes, every grammar word (and a few it does not read) and every tail."""
    words = sorted(dates._grammar_words() | {"ferry", "Attack", "", "7", "1974", "é"})
    days = [*lex.WEEKDAYS, *(day.capitalize() for day in lex.WEEKDAYS)]
    for start in sorted(dates._NOT_BEFORE_A_DAYS_OWN):
        for day in days:
            for mark in ("'", "’"):
                for word in words:
                    for tail in TAILS if word else [""]:
                        yield f"{start} {day}{mark}s {word} {tail}".strip()


def test_from_or_by_before_a_days_own_reads_nothing() -> None:
    """From "from" or "by" before a weekday's possessive, _Parser.expr finds nothing, with or
    without a future cue and a publication date, and leaves the cue as it was."""
    when = dt.datetime(2024, 1, 3, 12)
    tried = 0
    for text in _phrases():
        toks, starts, ends = dates._tokens(text, 0, len(text))
        assert toks[1] in lex.WEEKDAYS, text
        parser = dates._Parser(text, toks, starts, ends, when)
        assert dates._days_own(parser, 1), text
        tried += _expr_finds_nothing(parser, 0, text, without_reference=True)
    assert tried > 200_000


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The toll from Sunday's ferry disaster rose to 131", ["Sunday"]),
        ("Homes were lost by Friday's landslide", ["Friday"]),
        ("from Monday to Friday", ["from Monday to Friday"]),
        ("by Friday", ["by Friday"]),
    ],
)
def test_days_own(text: str, found: list[str]) -> None:
    assert found_spans(text) == found


def test_skipping_starts_before_a_days_own_finds_what_the_full_reading_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = [
        f"{start} {day}'s {word}"
        for start in ("from", "by", "From", "BY")
        for day in ("Sunday", "fri", "Mon.")
        for word in ("ferry disaster", "vote to Monday", "attack, on March 3", "")
    ]
    assert_reads_alike(monkeypatch, dates, "_NOT_BEFORE_A_DAYS_OWN", frozenset(), extra=extra)
