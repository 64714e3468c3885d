"""``numbers._read_plain_word`` takes a number word's value and step from one table,
``_PLAIN_WORD_READS``, where it looked the value up in ``SMALL`` and then ``TENS`` and worked
out the step from the value's trailing zeros on each call. Both give the same value and step
for every unit, teen and tens word, in three casings, in the usual places."""

from __future__ import annotations

import pytest

from factcheck import numbers as n
from factcheck.lexicon.numbers import SMALL, TENS


def _as_worked_out(word: str) -> tuple[float, float]:
    value = SMALL.get(word, TENS.get(word))
    assert value is not None
    step = n._trailing_zero_step(str(value)) if value else 1.0
    return float(value), step


@pytest.mark.parametrize("word", sorted({*SMALL, *TENS}))
def test_every_word(word: str) -> None:
    value, step = _as_worked_out(word)
    assert n._PLAIN_WORD_READS[word] == (value, step)
    for written in (word, word.upper(), word.capitalize()):
        for text in (f"{written} people", f"{written}.", f"said {written}, then"):
            pos = text.index(written)
            got = n._read_plain_word(text, pos)
            if got is None:
                continue  # a number word goes on: left to the grammar, as before
            assert (got.value, got.step) == (value, step), text
            assert got.end == pos + len(written), text
            assert type(got.value) is float
            assert type(got.step) is float


def test_only_the_number_words() -> None:
    assert set(n._PLAIN_WORD_READS) == {*SMALL, *TENS}
    assert n._read_plain_word("people", 0) is None
