"""The attempts the date recogniser skips at "a" before "few" or "couple", a unit and a word
no reading goes on with ("two detonations a few minutes apart", "a couple hours to put it
out"), and at "more than" or "less than" before a count, a unit and such a word ("took more
than three hours to bring"), would have found nothing: the count of two words and the bound
are proved against the grammar word by word after the unit, as _count_reads_nothing reads
it, and the recogniser reads the same texts alike with and without the skips."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from factcheck import dates
from factcheck.lexicon import dates as lex
from tests.test_dates_counts import LEADS, _expr_finds_nothing
from tests.test_dates_speed import assert_reads_alike, found_spans

UNITS = ["minutes", "hours", "days", "weeks", "months", "years", "quarters", "hour", "day"]
# What may come after the word that follows the unit in a reading that goes on past it
TAILS = ["", "ago", "5 pm", "monday", "2 hours ago"]


def _phrases() -> Iterator[tuple[str, int]]:
    """Each text with the index of its "a": "a few" or "a couple" ("an" too) before a unit, then
    every word the grammar reads, and a few it does not, before every tail."""
    plurals = {f"{day}s" for day in lex.WEEKDAYS}  # read by weekdays_away, not as words
    extras = {"-", "%", ".", "/", ":", ",", "c", "apart", "1974", "7", ""}  # "": the end
    words = sorted(dates._grammar_words() | plurals | extras)
    for lead in LEADS:
        at = len(lead.split())
        for count in ("a few", "a couple", "an few") if not lead else ("a few", "a couple"):
            for unit in UNITS:
                for word in words:
                    for tail in TAILS if word else [""]:
                        yield f"{lead} {count} {unit} {word} {tail}".strip(), at


def test_a_few_before_a_unit_goes_on_as_a_count_does() -> None:
    """From "a" before "few" or "couple", a unit and a word after which _count_reads_nothing
    finds that no reading goes on, _Parser.expr finds nothing, with or without a future cue
    and a publication date, and leaves the cue as it was: the skip changes nothing."""
    when = dt.datetime(2024, 1, 3, 12)
    tried = 0
    for text, at in _phrases():
        toks, starts, ends = dates._tokens(text, 0, len(text))
        assert toks[at] in ("a", "an"), text
        assert toks[at + 1] in dates._FEW, text
        assert toks[at + 2] in lex.UNITS, text
        parser = dates._Parser(text, toks, starts, ends, when)
        if dates._count_reads_nothing(parser, at + 1):
            tried += _expr_finds_nothing(parser, at, text, without_reference=True)
    assert tried > 100_000


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("two detonations a few minutes apart near the gate", []),
        ("a couple hours ago", ["a couple hours ago"]),
        ("a few hours, and 2 minutes ago", ["a few hours, and 2 minutes ago"]),
        ("in a few days", ["in a few days"]),
    ],
)
def test_a_few(text: str, found: list[str]) -> None:
    assert found_spans(text) == found


def test_skipping_a_few_finds_what_the_full_reading_did(monkeypatch: pytest.MonkeyPatch) -> None:
    extra = [
        f"{lead} {count} {unit} {word}"
        for lead in LEADS
        for count in ("a few", "a couple", "an few")
        for unit in UNITS
        for word in ("apart", "to bring", "ago", "from now", ", and 2 hours ago", "later")
    ]
    assert_reads_alike(monkeypatch, dates, "_FEW", frozenset(), extra=extra)


def _bounded_phrases() -> Iterator[tuple[str, int]]:
    """Each text with the index of its bound: "more than" or "less than" before a count and a
    unit, then every word the grammar reads, and a few it does not, before every tail."""
    plurals = {f"{day}s" for day in lex.WEEKDAYS}
    extras = {"-", "%", ".", "/", ":", ",", "c", "apart", "1974", "7", ""}
    words = sorted(dates._grammar_words() | plurals | extras)
    for lead in [*LEADS, "took"]:
        at = len(lead.split())
        for bound in sorted(dates._BOUNDS):
            for count in ("3", "three", "a", "24"):
                for unit in UNITS[:6]:
                    for word in words:
                        for tail in TAILS[:4] if word else [""]:
                            yield f"{lead} {bound} than {count} {unit} {word} {tail}".strip(), at


def test_more_than_a_count_before_a_unit_goes_on_as_the_count_does() -> None:
    """From "more" or "less" before "than", a count, a unit and a word after which
    _count_reads_nothing finds that no reading from the count goes on, _Parser.expr finds
    nothing, with or without a future cue and a publication date: the skip changes nothing."""
    when = dt.datetime(2024, 1, 3, 12)
    tried = 0
    for text, at in _bounded_phrases():
        toks, starts, ends = dates._tokens(text, 0, len(text))
        assert toks[at] in dates._BOUNDS, text
        assert toks[at + 3] in lex.UNITS, text
        assert dates._count(toks[at + 2]), text
        parser = dates._Parser(text, toks, starts, ends, when)
        if dates._count_reads_nothing(parser, at + 2):
            tried += _expr_finds_nothing(parser, at, text, without_reference=True)
    assert tried > 100_000


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Firefighters took more than three hours to bring the fire under control", []),
        ("more than three hours ago", ["three hours ago"]),
        ("less than 24 hours later", []),
    ],
)
def test_more_than(text: str, found: list[str]) -> None:
    assert found_spans(text) == found


def test_skipping_more_than_finds_what_the_full_reading_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = [
        f"{lead} {bound} than {count} {unit} {word}"
        for lead in LEADS
        for bound in ("more", "less")
        for count in ("3", "three", "a")
        for unit in UNITS
        for word in ("apart", "to bring", "ago", "from now", ", and 2 hours ago", "later")
    ]
    assert_reads_alike(monkeypatch, dates, "_BOUNDS", frozenset(), extra=extra)
