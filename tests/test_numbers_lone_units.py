"""The usual unit, "5 kilometres from the", is read from a cached profile of its word: a word
between blanks after the figure, and a lower-case word after it that no unit goes on with. The
unit must be the full reading's at every figure of the fingerprint texts, and for every word of
the unit, currency and percent tables before every word a unit may go on with."""

from __future__ import annotations

import re

from factcheck import quantities as q
from factcheck.lexicon.units import (
    CURRENCY_CODES,
    CURRENCY_SUBUNITS,
    CURRENCY_WORDS,
    PERCENT_WORDS,
    POWER_PREFIXES,
    SYMBOL_BASES,
    SYMBOLS,
    TEMPERATURE_SCALES,
    UNIT_WORDS,
)
from factcheck.numbers import read_number
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _vocabulary() -> list[str]:
    """Every word of every unit, currency and percent name, as written, lowered, capitalised
    and with an "s"."""
    names = [*SYMBOLS, *SYMBOL_BASES, *PERCENT_WORDS, *CURRENCY_WORDS, *CURRENCY_SUBUNITS]
    names += [w for words in UNIT_WORDS.values() for w in words]
    names += [*CURRENCY_CODES, *POWER_PREFIXES, *TEMPERATURE_SCALES]
    words = {w for name in names for w in re.findall(r"[A-Za-z]+", name)}
    words |= {"in", "won", "turn", "turns", "second", "seconds", "pm", "am", "people", "of"}
    words |= {"R", "C", "F", "K", "m", "s", "t"}
    every = {v for w in words for v in (w, w.lower(), w.capitalize(), w.upper(), w + "s")}
    return sorted(every)


_NEXT_WORDS = sorted(
    {"from", "the", "of", "long", "tall", "celsius", "points", "cent", "hour", "miles", "out"}
    | {"up", "to", "in", "ago", "people", "thick", "zz", "m", "per", "an", "squared", "cubed"}
)
"""Words after the unit's word: ones no unit goes on with, where the profile is read, and some
it goes on with, where the full reading is."""

_FIGURES = [("", "1"), ("", "2.5"), ("", "two"), ("paid £", "2"), ("it weighed ", "2")]
"""Figures the readings of "second", "pm" and "pounds" tell apart, and money and weight."""


def test_every_table_word_reads_as_in_full() -> None:
    words = _vocabulary()
    assert len(words) > 1000
    taken = 0
    for before, figure in _FIGURES:
        for word in words:
            for after in _NEXT_WORDS:
                text = f"{before}{figure} {word} {after} x"
                num = read_number(text, len(before), suffixes=False)
                assert num is not None
                taken += q._LONE_UNIT_WORD.match(text, num.end) is not None
                got = q._read_unit(text, num, num.end)
                assert got == q._read_unit_in_full(text, num, num.end), text
    assert taken > 100_000


def test_units_at_every_figure_are_the_full_readings() -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert len(texts) > 1000
    lone = 0
    for text in texts:
        for m in re.finditer(r"\d+(?:[.,]\d+)?", text):
            num = read_number(text, m.start(), suffixes=False)
            if num is None or num.ordinal:
                continue
            lone += q._LONE_UNIT_WORD.match(text, num.end) is not None
            assert q._read_unit(text, num, num.end) == q._read_unit_in_full(text, num, num.end)
    assert lone > 500


def test_a_unit_that_goes_on_takes_the_full_reading() -> None:
    for text, name in [
        ("5 kilometres from the", "kilometer"),
        ("5 kilometres per hour", "kilometer / hour"),
        ("88 miles an hour", "mile / hour"),
        ("9 metres squared in", "meter ** 2"),
        ("3 nautical miles off", "nautical_mile"),
    ]:
        num = read_number(text, 0, suffixes=False)
        assert num is not None
        unit = q._read_unit(text, num, num.end)
        assert unit is not None, text
        assert unit.name == name, (text, unit)
