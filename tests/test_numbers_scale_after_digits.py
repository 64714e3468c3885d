"""Digits, one blank and a scale word that nothing goes on with ("$45 million on", "1.2
billion.") are read by ``_plain_scaled_figure`` from the usual figure's one match, where the
word grammar (``_read_in_full``) read them again word by word: both must give the same read,
at every digit of the fingerprint texts, before every word and mark that may follow a scale,
and in made-up texts."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import numbers
from factcheck.lexicon.numbers import MAGNITUDE_SUFFIXES, ORDINAL_WORDS, SCALES
from tests.test_trusted import _shared_texts, _speed_paragraphs


def read_both(
    text: str, pos: int, monkeypatch: pytest.MonkeyPatch, shortcut: str
) -> tuple[object, object]:
    """``read_number`` at ``pos`` with the shortcut ``numbers.<shortcut>``, then with it never
    taken (the word grammar). Shared with tests/test_numbers_and_after_digits.py."""
    fast = numbers.read_number(text, pos, suffixes=False), numbers.read_number(text, pos)
    with monkeypatch.context() as m:
        m.setattr(numbers, shortcut, lambda text, at: False)
        full = numbers.read_number(text, pos, suffixes=False), numbers.read_number(text, pos)
    return fast, full


def every_digit_reads_alike(
    texts: list[str],
    monkeypatch: pytest.MonkeyPatch,
    shortcut: str,
    taken: Callable[[str, int], bool],
) -> int:
    """Assert ``read_both`` agrees at every digit of the texts (inside runs too); return how
    many of them ``taken`` says the shortcut read (a check that never takes it proves nothing)."""
    count = 0
    for text in texts:
        for m in re.finditer(r"\d", text):
            fast, full = read_both(text, m.start(), monkeypatch, shortcut)
            assert fast == full, text[m.start() : m.start() + 30]
            count += taken(text, m.start())
    return count


def _both(text: str, pos: int, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    return read_both(text, pos, monkeypatch, "_scale_ends_figure")


def _taken(text: str, pos: int) -> bool:
    """Whether the shortcut reads the figure at ``pos``."""
    plain = numbers._PLAIN_FIGURE.match(text, pos)
    return (
        plain is not None
        and plain.group(5) in numbers._SCALES_AFTER_DIGITS
        and numbers._scale_ends_figure(text, plain.end())
    )


def test_scaled_figures_read_as_the_grammar_in_the_fingerprint_texts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert every_digit_reads_alike(texts, monkeypatch, "_scale_ends_figure", _taken) > 100


def test_scaled_figures_read_as_the_grammar_before_every_word_that_may_go_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # after the scale: every word the grammar takes after digits or a scale, ordinals,
    # magnitudes, articles, nouns in both cases, digits, fractions, marks, blanks and joins
    after = [*numbers._WORDS_AFTER_SCALE, *ORDINAL_WORDS, *MAGNITUDE_SUFFIXES]
    after += ["a", "an", "A", "And", "AND", "on", "people", "dollars", "Tuesday", "x", "é", "ſ"]
    after += ["a half", "and a half", "and 300", "and two", "point five", "-plus", "-dollar"]
    after += ["300", "300 thousand", "3.5", "½", "th", "s", "'s", "", ".", ",", ", two hundred"]
    after += [";", ")", "\n", "-", " ", "\t", "\u00a0", "%", "/", "&", "& forty"]
    scales = [*numbers._SCALES_AFTER_DIGITS, "hundred", "millions", "mln", "bn"]
    figures = ["0", "7", "45", "600", "1000", "2,300", "1,234,567", "0.5", "1.7", "9.36", "16.4"]
    figures += ["999999999999999", "123456789012345.123"]
    for figure in figures:
        for scale in scales:
            for word in after:
                for blank in (" ", "  ", "\t"):
                    text = f"{figure} {scale}{blank}{word}"
                    fast, full = _both(text, 0, monkeypatch)
                    assert fast == full, text
                    text = f"{figure} {scale}{word}"
                    fast, full = _both(text, 0, monkeypatch)
                    assert fast == full, text


_PIECES = ["0", "7", "45", "1,200", "2.5", ",", ".", " ", "  ", "-", "\n", "and", "a", "half"]
_PIECES += [*SCALES, "millions", "two", "twenty", "third", "dozen", "point", "people", "on"]
_PIECES += ["Million", "x", "é", "%", "½"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10))
def test_scaled_figures_read_as_the_grammar_in_made_up_texts(pieces: list[str]) -> None:
    text = "".join(pieces)
    with pytest.MonkeyPatch.context() as monkeypatch:
        every_digit_reads_alike([text], monkeypatch, "_scale_ends_figure", _taken)
