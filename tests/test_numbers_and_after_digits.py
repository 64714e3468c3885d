"""Digits, one blank and an "and" that opens no fraction ("between 24 and 31", "40 and 50
people") are read from the usual figure's one match, where the word grammar (``_read_in_full``)
read the "and" and refused it: both must give the same read, at every digit of the fingerprint
texts, before every word and mark that may follow the "and", and in made-up texts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import numbers
from factcheck.lexicon.numbers import DENOMINATORS, MULTIPLIER_WORDS, SCALES, SMALL, TENS
from tests.test_numbers_scale_after_digits import every_digit_reads_alike, read_both
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _both(text: str, pos: int, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    return read_both(text, pos, monkeypatch, "_and_ends_figure")


def _taken(text: str, pos: int) -> bool:
    """Whether the shortcut reads the figure at ``pos``."""
    plain = numbers._PLAIN_FIGURE.match(text, pos)
    return (
        plain is not None
        and plain.group(5) == "and"
        and numbers._and_ends_figure(text, plain.end())
    )


def test_figures_before_and_read_as_the_grammar_in_the_fingerprint_texts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert every_digit_reads_alike(texts, monkeypatch, "_and_ends_figure", _taken) > 100


def test_figures_before_and_read_as_the_grammar_before_every_word_that_may_go_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # after the "and": every number word, scale, multiplier and denominator, articles, fractions
    # of them, nouns in both cases, digits, fraction signs, marks, blanks and joins
    words = [*SMALL, *TENS, *SCALES, *MULTIPLIER_WORDS, *DENOMINATORS, "a", "an", "A", "An"]
    words += ["half", "one", "point", "and", "people", "Two", "THREE", "x", "é", "ſ", "3", "٣"]
    after = ["", " ", ".", ",", "-", " half", " halves", " people", " fifths", " hundred"]
    after += [" million", " dozen", "-fifths", " four", " and", " 1/2", "½"]
    tails = ["", ".", ",", " ", "-", "  ", "\t", "½", "1/2", "3", " 3", " 3.5", " 1,000", "&"]
    tails += [
        f"{blank}{word}{rest}"
        for blank in (" ", "  ", "\t", "-", " - ")
        for word in words
        for rest in after
    ]
    figures = ["0", "7", "24", "40", "1000", "2,300", "1,234,567", "0.5", "1.7", "16.4"]
    figures += ["999999999999999", "123456789012345.123"]
    for figure in figures:
        for tail in tails:
            text = f"{figure} and{tail}"
            fast, full = _both(text, 0, monkeypatch)
            assert fast == full, text


_PIECES = ["0", "7", "45", "1,200", "2.5", ",", ".", " ", "  ", "-", "\n", "and", "a", "an"]
_PIECES += ["half", "two", "twenty", "third", "thirds", "dozen", "million", "people", "½", "x"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10))
def test_figures_before_and_read_as_the_grammar_in_made_up_texts(pieces: list[str]) -> None:
    text = "".join(pieces)
    with pytest.MonkeyPatch.context() as monkeypatch:
        every_digit_reads_alike([text], monkeypatch, "_and_ends_figure", _taken)
