"""The number branch of the date trigger is tried only at runs of digits that _number_may_open
lets through: proved against the pattern at every run of digits (wherever ``words`` has a blank
and then a digit) of the speed corpus, the date tables and made-up texts of digits, marks,
blanks and the letters the branch reads after a number; and _trigger_starts, which uses it,
still finds every match of the whole trigger's scan."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import dates
from factcheck.mentions import letter_runs
from tests.test_dates_speed import _date_texts, _speed_paragraphs


def _runs_turned_down_where_the_pattern_matches(text: str) -> list[int]:
    """The runs of digits of ``text`` that _number_may_open turns down but the number branch
    matches (none, if the shortcut is sound), by their position in " " + text."""
    if not text.isascii() and not dates._ascii_words(text, letter_runs(text).encoded):
        return []  # the whole scan reads such a text: the shortcut is not used
    encoded = letter_runs(text).encoded
    words = b" " + encoded.translate(dates._RUNS_WITH_ZEROS) + b" "
    number = dates._NUMBER_TRIGGER_ASCII if text.isascii() else dates._NUMBER_TRIGGER_RX
    wrong = []
    at = words.find(b" 0")
    while at >= 0:
        if not dates._number_may_open(words, encoded, at) and number.match(" " + text, at):
            wrong.append(at)
        at = words.find(b" 0", at + 1)
    return wrong


def _count_of_runs(text: str) -> int:
    return len(re.findall(r"(?<![A-Za-z0-9_])[0-9]", text))


def test_no_run_of_the_corpus_that_the_pattern_matches_is_turned_down() -> None:
    texts = [*_speed_paragraphs(), *_date_texts()]
    runs = 0
    for text in texts:
        assert _runs_turned_down_where_the_pattern_matches(text) == [], text
        runs += _count_of_runs(text)
    assert runs > 500  # the proof read many runs of digits


# Digits, the characters the number branch reads after them, and others that end a run
PIECES = [
    "1", "2", "0", "12", "90", "123", "2024", "12345", "20240103", "123456789", " ", "  ",
    "-", "/", ".", ":", "h", "H", "a", "p", "A", "P", "m", "M", "o", "O", "'", "\u2019",
    "clock", "s", "S", "st", "nd", "rd", "th", "ish", "q", "Q", "4", "x", "z", ",", "%", "_",
    "\n", "\t", "(", ")", "\u2013", "é", "people", "am", "pm", "a.m.", "o'clock",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_no_made_up_run_that_the_pattern_matches_is_turned_down(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _runs_turned_down_where_the_pattern_matches(text) == [], text


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_trigger_starts_are_still_the_scan_matches(pieces: list[str]) -> None:
    text = "".join(pieces)
    want = [m.start() for m in dates._trigger(text.isascii()).finditer(" " + text)]
    assert dates._trigger_starts(text) == want, text
