"""The attempts the date recogniser skips at "the" before a part of day and a word no reading
from "the" goes on with ("through the night.", "the afternoon in the city"), and at an open
range before them ("through", "by"), would have found nothing: _AFTER_THE_PART_OF_DAY is proved
against the grammar word by word after the part of day, from "the" and from the open range, and
the recogniser reads the same texts alike with and without the skip."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from factcheck import dates
from factcheck.lexicon import dates as lex
from tests.test_dates_counts import _expr_finds_nothing
from tests.test_dates_speed import _Everything, assert_reads_alike, found_spans

# Words before "the" that change how what follows is read: a range or an open range ("from",
# "between", "by", "until", "since"), a span ("through", "during"), a point ("on", "at", "in")
# an open range ("by", "through", "after", "till"), whose attempts the skip spares too
LEADS = ["", "during", "over", "in", "on", "at", "between", "monday", "late", "early", ",",
         *sorted(lex.OPEN_RANGES)]  # fmt: skip
# What may come after the word that follows the part of day in a reading that goes on past it
TAILS = ["", "ago", "5 pm", "9", "monday", "of march", "sept. 10"]


def _phrases() -> Iterator[tuple[str, int]]:
    """Each text with the index of its "the": every word the grammar reads outside
    _AFTER_THE_PART_OF_DAY, and a few it does not, after every part of day, behind every
    lead, before every tail."""
    plurals = {f"{day}s" for day in lex.WEEKDAYS}  # read by weekdays_away, not as words
    extras = {"-", "%", ".", "/", ":", ",", "c", "people", "in", "1974", "7", ""}
    words = sorted((dates._grammar_words() | plurals | extras) - dates._AFTER_THE_PART_OF_DAY)
    for lead in LEADS:
        every_part = not lead or lead in lex.OPEN_RANGES
        for part in sorted(lex.PARTS_OF_DAY) if every_part else ["night", "afternoon"]:
            head = f"{lead} the {part}".strip()
            at = len(head.split()) - 2
            for word in words:
                for tail in (TAILS if not every_part else TAILS[:5]) if word else [""]:
                    yield f"{head} {word} {tail}".strip(), at


def test_the_and_a_part_of_day_before_another_word_reads_nothing() -> None:
    """From "the" before a part of day and a word outside _AFTER_THE_PART_OF_DAY, and from an
    open range before "the", _Parser.expr finds nothing, with or without a future cue and a
    publication date, and leaves the cue as it was: the skip changes nothing."""
    when = dt.datetime(2024, 1, 3, 12)
    tried = 0
    for text, at in _phrases():
        toks, starts, ends = dates._tokens(text, 0, len(text))
        assert toks[at] == "the", text
        assert toks[at + 1] in lex.PARTS_OF_DAY, text
        parser = dates._Parser(text, toks, starts, ends, when)
        tried += _expr_finds_nothing(parser, at, text, without_reference=True)
        if at and toks[at - 1] in lex.OPEN_RANGES:
            if toks[at + 2 : at + 3] and toks[at + 2] in dates._AFTER_A_RANGE_THE_PART_OF_DAY:
                continue  # "after the afternoon of Monday": read from the open range
            tried += _expr_finds_nothing(parser, at - 1, text, without_reference=True)
    assert tried > 200_000


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Rescuers searched through the night.", []),
        ("They spent the night in a sports hall on Monday", ["Monday"]),
        ("the night at 9", ["the night at 9"]),
        ("the night of Sept. 10", ["night of Sept. 10"]),
    ],
)
def test_the_and_a_part_of_day(text: str, found: list[str]) -> None:
    assert found_spans(text) == found


def test_skipping_the_and_a_part_of_day_finds_what_the_full_reading_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = [
        f"{lead} the {part} {word} on Monday"
        for lead in LEADS
        for part in sorted(lex.PARTS_OF_DAY)
        for word in (".", "in a hall", "of March 3", "at 9", "around 8 pm", "ago", ", the")
    ]
    assert_reads_alike(monkeypatch, dates, "_AFTER_THE_PART_OF_DAY", _Everything(), extra=extra)
    assert_reads_alike(
        monkeypatch, dates, "_AFTER_A_RANGE_THE_PART_OF_DAY", _Everything(), extra=extra
    )
