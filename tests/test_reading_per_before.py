"""read_number asks _PER_BEFORE ("18 deaths per 100,000": the word before a count's base) only
where the window before the figure, without the blanks and line breaks that end it, ends with
one of properties._PER_LAST_LETTERS: the last letters of the pattern's words. The shortcut
must skip no window where the pattern finds a match."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import properties
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _asks(text: str, lo: int, hi: int) -> bool:
    """The shortcut as read_number writes it: True where the pattern is searched."""
    return text[lo:hi].rstrip(" \t\n")[-1:] in properties._PER_LAST_LETTERS


def _assert_no_match_skipped(text: str, lo: int, hi: int) -> None:
    if properties._PER_BEFORE.search(text, lo, hi) is not None:
        assert _asks(text, lo, hi), (text, lo, hi)


def test_the_words_end_with_the_letters() -> None:
    words = re.findall(r"[a-z ]+", properties._PER)
    assert words
    assert {w[-1] for w in words} == set(properties._PER_LAST_LETTERS.lower())


def test_no_other_character_is_one_of_the_letters_to_the_pattern() -> None:
    letters = re.compile(f"[{properties._PER_LAST_LETTERS}]", re.IGNORECASE)
    caseless = {chr(c) for c in range(sys.maxunicode + 1) if letters.fullmatch(chr(c))}
    assert caseless == set(properties._PER_LAST_LETTERS)


def test_every_window_end_of_the_speed_corpus() -> None:
    texts = _speed_paragraphs()
    assert len(texts) > 100
    found = 0
    for text in texts:
        for hi in range(len(text) + 1):
            for lo in (hi - 40, hi - 16, hi - 8, hi - 1, hi, 0):
                _assert_no_match_skipped(text, max(lo, 0), hi)  # read_number's lo is >= 0
            found += properties._PER_BEFORE.search(text, hi - 16, hi) is not None
    assert found > 0


def test_every_window_end_of_the_fingerprint_texts() -> None:
    for text in _shared_texts():
        for hi in range(len(text) + 1):
            _assert_no_match_skipped(text, max(hi - 16, 0), hi)


PIECES = [
    "per", "PER", "Per", "every", "EVERY", "each", "Each", "for each", "out of every", "of",
    "paper", "x", "_", "9", "é", "ſ", "K", "İ", "ı", " ", "  ", "\t", "\n", "\n\n", "\r",
    ",", ".", "-", "'",
]  # fmt: skip


@settings(max_examples=2000)
@given(
    st.lists(st.sampled_from(PIECES), max_size=10).map("".join),
    st.integers(0, 50),
    st.integers(0, 50),
)
def test_any_window_of_made_up_texts(text: str, lo: int, hi: int) -> None:
    _assert_no_match_skipped(text, lo, hi)
