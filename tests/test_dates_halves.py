"""The attempts the date recogniser skips at a count before "and a half" and a unit before a
word no reading goes on with ("three and a half hours to bring the flames under control")
would have found nothing: the skip (_half_reads_nothing) is proved against the grammar word by
word after the unit, behind the words that change how a count is read, and the recogniser
reads the same texts alike with and without it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from factcheck import dates
from factcheck.lexicon import dates as lex
from tests.test_dates_counts import _expr_finds_nothing
from tests.test_dates_speed import assert_reads_alike, found_spans, starts_skipped

# Words before the count that change how it is read: an offset ("in"), a span ("for",
# "within"), a range ("from", "between"), an ordinal phrase ("the"), a clock ("at"), a day
LEADS = ["", "in", "for", "within", "from", "between", "the", "at", "about", "over", "last",
         "next", "past", "on", "monday", "-", ","]  # fmt: skip
COUNTS = ["3", "24", "three", "a", "one"]
HALVES = ["a", "an", "one"]
SOME_UNITS = ["hours", "hour", "years", "months", "minutes", "days", "weeks", "h", "min"]
# What may come after the word that follows the unit in a reading that goes on past it
TAILS = ["", "ago", "5 pm", "the first."]


def _phrases() -> Iterator[tuple[str, int]]:
    """Each text with the index of its count: every word the grammar reads, and a few it does
    not, after "and a half" and a unit, behind every count, half and unit, and behind every
    lead before some counts and units."""
    plurals = {f"{day}s" for day in lex.WEEKDAYS}  # read by weekdays_away, not as words
    extras = {"-", "%", ".", "/", ":", "c", "people", "bring", "to", "it", "1974", "7", ""}
    words = sorted(dates._grammar_words() | plurals | extras)
    heads = [("", n, half, unit) for n in COUNTS for half in HALVES for unit in SOME_UNITS]
    heads += [(lead, n, "a", unit) for lead in LEADS for n in ("3", "three")
              for unit in ("hours", "years")]  # fmt: skip
    for lead, count, half, unit in heads:
        head = f"{lead} {count} and {half} half {unit}".strip()
        at = len(head.split()) - 5
        for word in words:
            for tail in TAILS if word else [""]:
                yield f"{head} {word} {tail}".strip(), at


def test_a_count_and_a_half_before_a_word_no_reading_goes_on_with_reads_nothing() -> None:
    """Wherever _half_reads_nothing takes a count, _Parser.expr finds nothing from it, with or
    without a future cue and a publication date, and leaves the cue as it was: the skip
    changes nothing."""
    when = dt.datetime(2024, 1, 3, 12)
    tried = taken = 0
    for text, at in _phrases():
        toks, starts, ends = dates._tokens(text, 0, len(text))
        parser = dates._Parser(text, toks, starts, ends, when)
        tried += 1
        if dates._half_reads_nothing(parser, at):
            taken += 1
            _expr_finds_nothing(parser, at, text, without_reference=True)
    assert taken > 100_000
    assert tried > taken


@pytest.mark.parametrize(
    ("text", "skipped"),
    [
        ("three and a half hours to bring the flames", [0]),
        ("3 and a half days, officials said", [0]),
        ("3 and a half days, and dead fish", [0]),  # no count after ", and"
        ("3 and a half days, and 2 hours ago", []),  # ", and" goes on into a count
        ("two and one half years apart", [0]),
        ("three and a half hours ago", []),
        ("three and a half hours after it began", [0]),
        ("three and a half hours after the blast", []),
        ("three and a half hours from now", []),
        ("three and a half hours to 5 pm", []),
        ("three and a half people", []),
    ],
)
def test_what_the_skip_takes_for_a_count_and_a_half(text: str, skipped: list[int]) -> None:
    assert starts_skipped(dates._half_reads_nothing, text) == skipped


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It took three and a half hours to bring the flames under control.", []),
        ("The fire started three and a half hours ago", ["three and a half hours ago"]),
    ],
)
def test_counts_and_a_half(text: str, found: list[str]) -> None:
    assert found_spans(text) == found


def test_skipping_counts_and_a_half_finds_what_the_full_reading_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = [
        f"{lead} {count} and a half {unit} {word} on Monday"
        for lead in LEADS
        for count in COUNTS
        for unit in SOME_UNITS
        for word in ("to bring", "apart", ", and", "ago", "after it", "from now", "later")
    ]
    assert_reads_alike(monkeypatch, dates, "_half_reads_nothing", lambda p, s: False, extra=extra)
