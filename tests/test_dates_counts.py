"""The attempts the date recogniser skips at a count before a unit ("nine hours to control",
"20 minutes apart") would have found nothing: _AFTER_UNIT is proved against the grammar word by
word, and the recogniser reads the same texts alike with and without the skip."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

import pytest

from factcheck import dates
from factcheck.lexicon import dates as lex
from tests.test_dates_speed import _Everything, assert_reads_alike, found_spans

# Words before the count that change how it is read: "for" lets a span go on from a day ("for
# 3 days, from today"), "in" opens an offset, "at" a clock time, "the" an ordinal phrase
LEADS = ["", "for", "in", "at", "the"]
COUNTS = ["3", "three", "a", "24", "125"]
SOME_UNITS = ["hours", "days", "quarter", "quarters", "years"]
# What may come after the word that follows the unit in a reading that goes on from it
TAILS = ["", "ago", "5 pm", "monday"]


def _phrases() -> Iterator[tuple[str, int]]:
    """Each text with the index of its count: every unit after "3", and some units after every
    count and lead; then every word the grammar reads, and a few it does not, after the unit."""
    plurals = {f"{day}s" for day in lex.WEEKDAYS}  # read by weekdays_away, not as words
    extras = {"-", "%", ".", "/", ":", "c", "people", "apart", "1974", "7", ""}  # "": the end
    words = sorted((dates._grammar_words() | plurals | extras) - dates._AFTER_UNIT)
    heads = [("", "3", unit) for unit in sorted(lex.UNITS)]
    heads += [(lead, n, unit) for lead in LEADS for n in COUNTS for unit in SOME_UNITS]
    for lead, count, unit in heads:
        at = len(lead.split())
        for word in words:
            for tail in TAILS if word else [""]:
                yield f"{lead} {count} {unit} {word} {tail}".strip(), at


def test_a_count_before_a_unit_goes_on_only_into_the_words_of_after_unit() -> None:
    """From a count before a unit and a word outside _AFTER_UNIT, _Parser.expr finds nothing,
    with or without a future cue, and leaves the cue as it was: the skip changes nothing."""
    when = dt.datetime(2024, 1, 3, 12)
    tried = 0
    for text, at in _phrases():
        toks, starts, ends = dates._tokens(text, 0, len(text))
        assert toks[at + 1] in lex.UNITS, text
        assert dates._count(toks[at]), text
        if toks[at + 2 : at + 3] and toks[at + 2] in dates._AFTER_UNIT:
            continue  # a tail word read as the word after the unit: "3 days" at the end, "ago"
        parser = dates._Parser(text, toks, starts, ends, when)
        tried += _expr_finds_nothing(parser, at, text)
    assert tried > 100_000


def _expr_finds_nothing(
    parser: dates._Parser, at: int, text: str, *, without_reference: bool = False
) -> int:
    """Assert that _Parser.expr finds nothing from token ``at``, with and without a future cue,
    and leaves the cue as it was; with ``without_reference``, nothing either when there is no
    publication date (a relative reading may raise _NeedsReference instead). The number of
    attempts made with a publication date."""
    for future in (False, True):
        parser.future, parser.cue_nearest = future, False
        assert parser.expr(at) is None, text
        assert (parser.future, parser.cue_nearest) == (future, False), text
    if without_reference:
        parser.has_ref = False
        with contextlib.suppress(dates._NeedsReference):
            assert parser.expr(at) is None, text
        parser.has_ref = True
    return 2


def _phrases_past_a_mark() -> Iterator[tuple[str, int]]:
    """Each text with the index of its count, for a count, a unit and a word of _AFTER_UNIT_THEN
    ("3 hours ,", "20 minutes to"): then every word the grammar reads, and a few it does not,
    outside the words that word goes on into, and what may follow them."""
    plurals = {f"{day}s" for day in lex.WEEKDAYS}
    extras = {"-", "%", ".", "/", ":", "c", "people", "bring", "1974", ""}
    tails = ["", "ago", "5 pm", "from now"]
    for mark, then in dates._AFTER_UNIT_THEN.items():
        words = sorted(w for w in dates._grammar_words() | plurals | extras if w not in then)
        for lead in LEADS:
            for count in COUNTS:
                for unit in SOME_UNITS:
                    at = len(lead.split())
                    for word in words:
                        for tail in tails if word else [""]:
                            yield f"{lead} {count} {unit} {mark} {word} {tail}".strip(), at


def test_a_count_before_a_unit_and_a_mark_goes_on_only_into_the_words_after_it() -> None:
    """From a count before a unit, a word of _AFTER_UNIT_THEN and a word outside those that
    word goes on into (digits aside), _Parser.expr finds nothing, with or without a future
    cue, and leaves the cue as it was: the skip changes nothing."""
    when = dt.datetime(2024, 1, 3, 12)
    tried = 0
    for text, at in _phrases_past_a_mark():
        toks, starts, ends = dates._tokens(text, 0, len(text))
        parser = dates._Parser(text, toks, starts, ends, when)
        if not dates._count_reads_nothing(parser, at):
            continue  # digits after the mark, or a word glued into another token
        assert toks[at + 1] in lex.UNITS, text
        assert dates._count(toks[at]), text
        tried += _expr_finds_nothing(parser, at, text)
    assert tried > 100_000


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Firefighters took more than three hours to control the blaze", []),
        ("The devices went off 20 minutes apart", []),
        ("3 days ago", ["3 days ago"]),
        ("20 minutes past 3pm", ["20 minutes past 3pm"]),
        ("for 3 days, from today", ["3 days, from today"]),
        ("a quarter of an hour ago", ["a quarter of an hour ago"]),
        ("It burned for nine hours, and dead fish washed up", []),
        ("a year, three months from now", ["a year, three months from now"]),
        ("20 minutes to noon", ["20 minutes to noon"]),
        ("Crews needed about 14 hours to bring the fire under control", []),
    ],
)
def test_counts_before_units(text: str, found: list[str]) -> None:
    assert found_spans(text) == found


def test_skipping_counts_before_units_finds_what_the_full_reading_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = [f"{lead} {n} {unit} apart" for lead in LEADS for n in COUNTS for unit in lex.UNITS]
    assert_reads_alike(monkeypatch, dates, "_AFTER_UNIT", _Everything(), extra=extra)


def test_skipping_counts_before_units_and_marks_finds_what_the_full_reading_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = [
        f"{lead} {n} {unit} {mark} {word}"
        for lead in LEADS
        for n in COUNTS
        for unit in SOME_UNITS
        for mark in dates._AFTER_UNIT_THEN
        for word in ("and dead fish", "bring the fire", "three days ago", "noon", "from today")
    ]
    assert_reads_alike(monkeypatch, dates, "_AFTER_UNIT_THEN", {}, extra=extra)
