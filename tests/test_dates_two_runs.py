"""_tokens_by_words takes a word of two runs and one mark between them ("sunday's", "31,000",
"al-quds", "10:30") from one match of _TWO_RUNS, where it took the token pattern's findall:
proved the same three tokens for every word of the speed corpus and of the date tests'
texts, and every piece of such a word, as _tokens_by_words sees them (lower case, ASCII,
split at blanks), and for made-up
words of letters (with "q" and "h", which open the tokens "q1" and "h2"), digits and marks,
with runs around the pattern's bounds (40 letters, 12 digits)."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import dates
from tests.test_dates_speed import AWKWARD_TEXT, WORDY_TEXT, _date_texts, _speed_paragraphs


def _agrees(word: str) -> bool:
    """Whether _TWO_RUNS, where it matches ``word``, splits it as the token pattern does."""
    two = dates._TWO_RUNS(word)
    return two is None or list(two.groups()) == dates._TOKEN_ASCII.findall(word)


def test_every_word_of_the_corpus_splits_as_the_pattern_splits_it() -> None:
    texts = [*_speed_paragraphs(), *_date_texts(), *AWKWARD_TEXT, *WORDY_TEXT]
    words = {w for t in texts if t.isascii() for w in t.lower().split()}
    # and every piece of them: a window's bound may cut a word (after a mention that ends
    # inside it, as "monday" of "monday's")
    pieces = {w[i:j] for w in words for i in range(len(w)) for j in range(i + 1, len(w) + 1)}
    assert len([w for w in words if dates._TWO_RUNS(w)]) > 100  # the proof is not empty
    assert [w for w in pieces if not _agrees(w)] == []


def test_the_shapes_it_takes_and_leaves() -> None:
    assert dates._TWO_RUNS("sunday's").groups() == ("sunday", "'", "s")  # type: ignore[union-attr]
    assert dates._TWO_RUNS("31,000").groups() == ("31", ",", "000")  # type: ignore[union-attr]
    # more runs or marks, a letter glued to a digit, runs past the bounds: the pattern's
    for word in ("u.s.", "47-year-old", "a7", "q1", "'s", "$600", "3pm", "a" * 41 + "-b"):
        assert dates._TWO_RUNS(word) is None, word
    assert dates._TWO_RUNS("1" * 13 + ",5") is None


RUNS = ["a", "q", "h", "s", "x" * 39, "y" * 40, "1", "4", "12", "9" * 11, "0" * 12]
MARKS = [c for c in string.punctuation if c not in "\\"] + ["\\"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(RUNS + MARKS), min_size=1, max_size=6))
def test_made_up_words_split_as_the_pattern_splits_them(pieces: list[str]) -> None:
    word = "".join(pieces)
    assert _agrees(word), word
