"""The usual figures ("84 people", "aged 54,") are read by one match: they must read as the full
reader does."""

import re

import pytest

from factcheck import numbers
from factcheck.lexicon.numbers import MAGNITUDE_SUFFIXES
from tests.test_trusted import _shared_texts, _speed_paragraphs

_NEVER = re.compile(r"(?!)")


def _both(text: str, pos: int, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    """``read_number`` at ``pos`` with the one match, then without it (the full reader)."""
    fast = numbers.read_number(text, pos, suffixes=False), numbers.read_number(text, pos)
    with monkeypatch.context() as m:
        m.setattr(numbers, "_USUAL_FIGURE", _NEVER)
        m.setattr(numbers, "_CLOSED_FIGURE", _NEVER)
        m.setattr(numbers, "_PLAIN_FIGURE", _NEVER)
        full = numbers.read_number(text, pos, suffixes=False), numbers.read_number(text, pos)
    return fast, full


def test_usual_figure_reads_as_the_full_reader_in_the_fingerprint_texts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    checked = closed = 0
    for text in [*_speed_paragraphs(), *_shared_texts()]:
        for m in re.finditer(r"(?<!\d)\d", text):
            fast, full = _both(text, m.start(), monkeypatch)
            assert fast == full, text[m.start() : m.start() + 20]
            checked += numbers._USUAL_FIGURE.match(text, m.start()) is not None
            closed += numbers._CLOSED_FIGURE.match(text, m.start()) is not None
    assert checked > 5_000
    assert closed > 3_000


def test_usual_figure_reads_as_the_full_reader_before_every_word_that_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # every word the grammar takes after digits, every magnitude, an exponent's "x", words
    # glued to capitals, other scripts, dots and apostrophes, and runs of many digits
    words = [*numbers._WORDS_AFTER_DIGITS, *MAGNITUDE_SUFFIXES, "x", "xenon", "people"]
    words += ["peopleX", "people's", "k.g.", "kΩ", "mé", "bn.", "st", "th", "and a half"]
    endings = ["", " ", ".", ",", "-", "x", "X", "Ω", "'s", ".g", " 10^3", " people"]
    figures = ["0", "7", "84", "100", "2300", "999999999999999", "1000000000000000"]
    figures += ["1234567890123456789", "٣", "3٣", "2,300", "12,000", "1,234,567", "0,300"]
    figures += ["999,999,999,999,999", "1,000,000,000,000,000", "22,24,26", "1,2345", "01,234"]
    figures += ["7.8", "0.5", "2.0", "1.234", "16.4", "123456789012345.123", "1.5.2", "1,234.5"]
    for figure in figures:
        for word in words:
            for ending in endings:
                for blank in (" ", "  ", "\u00a0", "\t"):
                    text = f"{figure}{blank}{word}{ending}"
                    fast, full = _both(text, 0, monkeypatch)
                    assert fast == full, text


def test_closed_figure_reads_as_the_full_reader_before_every_mark(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # every mark and character that may follow digits, then every such character again
    follows = [*",.;:)%!?\n", *" \t\u00a0\u202f\u2009-–/^×xXeEkKmMbBtTsSnNrRgG", *"½¼⅓0٣'\"]"]
    follows += ["", "th", "st", "nd"]
    figures = ["0", "7", "84", "100", "2019", "999999999999999", "1000000000000000", "٣"]
    for figure in figures:
        for first in follows:
            for second in follows:
                text = f"{figure}{first}{second} people"
                fast, full = _both(text, 0, monkeypatch)
                assert fast == full, text
