"""_number_may_open turns down a run of one to three digits before "-/.:" without a digit after
the mark ("47-year-old", "on May 10."), and before a blank and "a" or "p" without one of
" .mM" after the letter ("50 people", "24 and"): proved against the number branch of the
trigger after every run of one to three digits followed by every two printable ASCII
characters and a third from those the branch reads, and over made-up texts of such pieces.
tests/test_dates_number_triggers.py proves the whole shortcut over the speed corpus."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import dates
from factcheck.mentions import letter_runs

PRINTABLE = [c for c in string.printable if c not in "\x0b\x0c\r"]
THIRD = ["", " ", ".", "m", "M", "1", "x", "'", "-"]


def _turned_down_but_matched(text: str) -> bool:
    """Whether _number_may_open turns down the run of digits at the start of ``text`` where
    the number branch matches it."""
    encoded = letter_runs(text).encoded
    words = b" " + encoded.translate(dates._RUNS_WITH_ZEROS) + b" "
    return not dates._number_may_open(words, encoded, 0) and bool(
        dates._NUMBER_TRIGGER_ASCII.match(" " + text, 0)
    )


def test_no_short_run_before_any_two_characters_is_turned_down_where_it_matches() -> None:
    wrong = [
        text
        for digits in ("7", "12", "123")
        for first in PRINTABLE
        for second in PRINTABLE
        for third in THIRD
        if _turned_down_but_matched(text := digits + first + second + third)
    ]
    assert wrong == []


def test_the_marks_and_letters_are_turned_down_without_what_the_branch_needs() -> None:
    # the places the test above proves sound: the shortcut turns them down
    for text in ("47-year-old", "10. The", "5:x", "50 people", "24 and", "3 Pa"):
        encoded = letter_runs(text).encoded
        words = b" " + encoded.translate(dates._RUNS_WITH_ZEROS) + b" "
        assert not dates._number_may_open(words, encoded, 0), text
    for text in ("10-12", "3.5", "10:30", "10 a.m.", "3 pm", "3 P M", "9 a m"):
        encoded = letter_runs(text).encoded
        words = b" " + encoded.translate(dates._RUNS_WITH_ZEROS) + b" "
        assert dates._number_may_open(words, encoded, 0), text


PIECES = ["1", "12", "123", "-", "/", ".", ":", " ", "a", "p", "A", "P", "m", "M", "x", "0"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=10))
def test_trigger_starts_are_the_scan_matches_after_marks_and_letters(pieces: list[str]) -> None:
    text = "".join(pieces)
    want = [m.start() for m in dates._trigger(True).finditer(" " + text)]
    assert dates._trigger_starts(text) == want, text
