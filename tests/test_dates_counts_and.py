"""The attempts the date recogniser skips at a count before a unit and "and" (", and") that no
count reading on follows ("for nine hours, and dead fish", "an hour and 45 minutes into the
flight") would have found nothing: _nothing_after_and is proved against the grammar word by
word after the "and", and after a second count and unit, and the recogniser reads the same
texts alike with and without the skip."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest

from factcheck import dates
from factcheck.lexicon import dates as lex
from tests.test_dates_counts import COUNTS, LEADS, SOME_UNITS, _expr_finds_nothing
from tests.test_dates_speed import assert_reads_alike, found_spans, starts_skipped

ANDS = ["and", ", and"]
# What may come after the word after the "and" in a reading that goes on past it
TAILS = ["", "ago", "5 pm", "monday"]


def _words() -> list[str]:
    """Every word the grammar reads, and a few it does not."""
    plurals = {f"{day}s" for day in lex.WEEKDAYS}  # read by weekdays_away, not as words
    extras = {"-", "%", ".", "/", ":", ",", "c", "dead", "into", "1974", "7", ""}  # "": the end
    return sorted(dates._grammar_words() | plurals | extras)


def _phrases_after_and() -> Iterator[tuple[str, int]]:
    """Each text with the index of its first count: a count, a unit, "and" or ", and", then
    every word, before every tail."""
    for lead in LEADS:
        for count in COUNTS:
            for unit in SOME_UNITS:
                for and_ in ANDS:
                    at = len(lead.split())
                    for word in _words():
                        for tail in TAILS if word else [""]:
                            yield f"{lead} {count} {unit} {and_} {word} {tail}".strip(), at


def _phrases_after_a_half() -> Iterator[tuple[str, int]]:
    """Each text with the index of its count: a count and a half, a unit, "and" or ", and",
    then every word, before every tail (_half_reads_nothing reads past the unit as
    _count_reads_nothing does)."""
    for lead in LEADS[:3]:
        for count in ("3", "three"):
            for unit in SOME_UNITS[:2]:
                for and_ in ANDS:
                    at = len(lead.split())
                    head = f"{lead} {count} and a half {unit} {and_}"
                    for word in _words():
                        for tail in TAILS if word else [""]:
                            yield f"{head} {word} {tail}".strip(), at


def _phrases_after_a_second_count() -> Iterator[tuple[str, int]]:
    """Each text with the index of its first count: a count, a unit, "and" or ", and", a second
    count and unit, then every word, before two tails."""
    for lead in LEADS:
        for count in COUNTS[:3]:
            for unit in SOME_UNITS[:2]:
                for and_ in ANDS:
                    for second in ("45 minutes", "a day", "two years"):
                        at = len(lead.split())
                        head = f"{lead} {count} {unit} {and_} {second}"
                        for word in _words():
                            for tail in ("", "ago") if word else [""]:
                                yield f"{head} {word} {tail}".strip(), at


def _attempts(
    phrases: Iterator[tuple[str, int]],
    skip: Callable[[dates._Parser, int], bool] = dates._count_reads_nothing,
) -> int:
    """Assert that expr finds nothing from the count of each phrase where ``skip`` says so; the
    number of attempts made."""
    when = dt.datetime(2024, 1, 3, 12)
    tried = 0
    for text, at in phrases:
        toks, starts, ends = dates._tokens(text, 0, len(text))
        assert dates._count(toks[at]), text
        parser = dates._Parser(text, toks, starts, ends, when)
        if skip(parser, at):
            tried += _expr_finds_nothing(parser, at, text, without_reference=True)
    return tried


def test_a_count_and_a_unit_before_and_go_on_only_into_a_count() -> None:
    """From a count and a unit before "and" (", and") and a word that opens no count,
    _Parser.expr finds nothing, with or without a future cue and a publication date, and
    leaves the cue as it was: the skip changes nothing."""
    assert _attempts(_phrases_after_and()) > 100_000


def test_a_count_and_a_half_and_a_unit_before_and_go_on_only_into_a_count() -> None:
    """The same from a count and a half ("3 and a half days, and dead fish")."""
    assert _attempts(_phrases_after_a_half(), dates._half_reads_nothing) > 20_000


def test_a_second_count_and_unit_that_read_nothing_read_nothing_after_the_first() -> None:
    """From a count and a unit before "and" (", and"), a second count and unit and a word that
    no reading goes on with after them, _Parser.expr finds nothing either."""
    assert _attempts(_phrases_after_a_second_count()) > 50_000


@pytest.mark.parametrize(
    ("text", "skipped"),
    [
        ("for nine hours, and dead fish", [1]),
        ("an hour and 45 minutes into the flight", [0]),
        ("3 days, and 2 hours ago", []),
        ("an hour and a half ago", []),
        ("3 hours and 1974", []),  # no count of _count: read on
        ("3 hours and 45", []),  # no unit
    ],
)
def test_counts_before_and_skips(text: str, skipped: list[int]) -> None:
    def skip(p: dates._Parser, s: int) -> bool:
        return (
            p.t(s + 2) in ("and", ",")
            and p.t(s + 1) in lex.UNITS
            and (dates._count(p.toks[s]) and dates._count_reads_nothing(p, s))
        )

    assert starts_skipped(skip, text) == skipped


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It burned for nine hours, and dead fish washed up", []),
        ("The ship sank about an hour and 45 minutes into the voyage", []),
        ("3 days, and 2 hours ago", ["3 days, and 2 hours ago"]),
        ("an hour and a half ago", ["an hour and a half ago"]),
        ("two days and 3 hours from now", ["two days and 3 hours from now"]),
    ],
)
def test_counts_before_and(text: str, found: list[str]) -> None:
    assert found_spans(text) == found


def test_skipping_counts_before_and_finds_what_the_full_reading_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = [
        f"{lead} {n} {unit} {and_} {word}"
        for lead in LEADS
        for n in COUNTS
        for unit in SOME_UNITS
        for and_ in ANDS
        for word in ("dead fish", "45 minutes into it", "2 hours ago", "a half ago", "Monday")
    ]
    assert_reads_alike(monkeypatch, dates, "_nothing_after_and", _never, extra=extra)


def _never(p: dates._Parser, j: int) -> bool:
    """_nothing_after_and turned off: every attempt is made."""
    return False
