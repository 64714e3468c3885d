"""find_dates does not open the window of a trigger that is the unit of an age written as one
hyphened word (" 73-year-old", "a 3-day-old fire"): _age_unit_at says where, and the
recogniser reads the speed corpus, the fingerprint's shared texts, the date tables and made-up
phrases around such ages alike with and without the shortcut."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import dates
from factcheck.lexicon import dates as lex
from tests.test_dates_speed import (
    _date_texts,
    _speed_paragraphs,
    assert_reads_alike_without,
    glued_text,
    times_taken,
)
from tests.test_trusted import _shared_texts

UNITS = sorted(dates._HYPHENED_UNITS)
# Words before the count that open or carry a reading ("in", "between", "the 3rd of", "May"),
# a count or a date just before it, marks glued to it, and plain words
LEADS = [
    "", "a", "an", "the", "The", "for", "in", "at", "between", "from", "last", "next", "past",
    "over", "by", "on", "since", "within", "about", "early", "late", "May", "on Monday",
    "Monday", "March 3", "2024", "3", "three", "the 3rd of", "between 2 and", "will be",
    "is scheduled for", "5-", "5/", "5.", "5:", "2024-", "(", ",", "was", "man", "x", "q1",
]  # fmt: skip
# Words after "old" ("a 3-year-old man"), what a reading may go on with, and tails after them
AFTER = [
    "", "man", "ago", "later", "end", "from now", "on Monday", "and 5 pm", "to 2024", "-", ".",
    ",", "old", "in May", "after the first", "before noon", "earlier", "today",
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("a 73-year-old man", True),
        ("The 47-year-old driver", True),
        ("3-day-old fire", True),
        ("\n12-Week-Old puppies", True),
        ("a 125-HOURS-OLD x", True),
        ("a 1000-year-old oak", False),  # four digits
        ("a three-year-old", False),  # a number word
        ("a x3-year-old", False),  # a letter before the count
        ("a (3-year-old", False),  # a mark before the count
        ("a 3-year-older", False),  # "older"
        ("a 3-year-old_", False),
        ("a 3-year-oldé", False),
        ("a 3-quarter-old", False),  # not a hyphened unit
        ("a 3-year -old", False),
        ("a 3-years-old", True),
    ],
)
def test_what_the_shortcut_takes(text: str, taken: bool) -> None:
    pos = text.index("-") + 1
    assert dates._age_unit_at(text, pos, 0) is taken


def test_a_previous_mention_over_the_count_keeps_the_window() -> None:
    text = "on May 3 a 73-year-old man"
    pos = text.index("-") + 1
    assert dates._age_unit_at(text, pos, text.index("73") - 1)
    assert not dates._age_unit_at(text, pos, text.index("73"))
    assert not dates._age_unit_at("73-year-old", 3, 1)


def test_the_corpora_read_alike_without_the_shortcut(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [*_speed_paragraphs(), *_shared_texts(), *_date_texts()]
    assert times_taken(monkeypatch, texts, "_age_unit_at") >= 5  # the speed corpus' ages at least
    assert_reads_alike_without(monkeypatch, texts, "_age_unit_at")


def test_phrases_around_every_unit_read_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        f"{lead} {n}-{unit}-{old} {after}".strip()
        for lead in LEADS
        for n in ("3", "12", "125")
        for unit in UNITS
        for old in ("old", "Old")
        for after in ("man", "ago", "on Monday")
    ]
    texts += [
        f"{lead} 3-year-old {after}. It happened on {day}."
        for lead in LEADS
        for after in AFTER
        for day in ("Monday", "May 3")
    ]
    assert all(u in lex.UNITS for u in UNITS)
    assert_reads_alike_without(monkeypatch, texts, "_age_unit_at")


PIECES = [
    *LEADS[1:], *AFTER[1:], "3-year-old", "12-day-old", "125-hour-old", "3-Year-Old",
    "3-week-old", "5-month-old", "3-years-old", "3-min-old", "1000-year-old", "3-year", "-old",
    "old", "year", "years", "\n", "said", "ago", "in", "2024", "last", "the", "of", "é",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=10), st.lists(st.booleans()))
def test_made_up_texts_read_alike(pieces: list[str], glue: list[bool]) -> None:
    with pytest.MonkeyPatch.context() as m:
        assert_reads_alike_without(m, [glued_text(pieces, glue)], "_age_unit_at")
