"""_holds_no_cue reads the runs of letters of the words left of a window from one translate
of their bytes (each letter to its lower case, any other byte to a blank) as a list, where it
lower-cased the text, translated it and made a set of the runs: proved the same answer as that
reading over every stretch of up to 100 characters that ends at any position of the speed
corpus and of the date tests' texts, and over made-up texts of cue words, "to" and its
subjects, capitals, marks, digits, other blanks, runs around 40 letters and non-ASCII."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import dates
from tests.test_dates_speed import AWKWARD_TEXT, WORDY_TEXT, _date_texts, _speed_paragraphs

_NON_LETTERS = bytes(c for c in range(256) if not (0x41 <= c <= 0x5A or 0x61 <= c <= 0x7A))
_NON_LETTERS_BLANKED = bytes.maketrans(_NON_LETTERS, b" " * len(_NON_LETTERS))


def _holds_no_cue_as_it_read(words: str) -> bool:
    """_holds_no_cue before: str.lower(), a translate of the non-letters, a set of the runs."""
    if not words.isascii():
        return False
    runs = set(words.lower().encode().translate(_NON_LETTERS_BLANKED).split())
    if not runs.isdisjoint(dates._SAYS_FUTURE):
        return False
    if b"to" in runs and not runs.isdisjoint(dates._FUTURE_TO_SUBJECTS):
        return False
    return max(map(len, runs), default=0) <= dates._LONGEST_TOKEN


def test_every_stretch_of_the_corpus_reads_as_before() -> None:
    texts = [*_speed_paragraphs(), *_date_texts(), *AWKWARD_TEXT, *WORDY_TEXT]
    answers = set()
    for text in texts:
        for i in range(len(text) + 1):
            words = text[i - 100 if i > 100 else 0 : i]
            answer = dates._holds_no_cue(words)
            assert answer == _holds_no_cue_as_it_read(words), words
            answers.add(answer)
    assert answers == {True, False}  # the corpus has stretches of either kind


PIECES = [
    "will", "Will", "WILL", "is", "to", "To", "be", "scheduled", "set", "due", "the", "vote",
    "on", " ", "  ", ",", ".", "-", "'", "\n", "\t", "3", "x" * 40, "y" * 41, "é", "İ", "K",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_made_up_words_read_as_before(pieces: list[str]) -> None:
    words = "".join(pieces)
    assert dates._holds_no_cue(words) == _holds_no_cue_as_it_read(words), words
