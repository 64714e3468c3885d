"""A figure in digits after a currency is read again with the magnitude suffixes that are also
units ("$5m", "€10M") only where one follows it: elsewhere the reading with ``suffixes`` is the
reading without them ("$600 million", "$1,200", "$45"), which :func:`quantities._build` took
for the figure already. Over every run of digits of the fingerprint texts and made-up
phrases: wherever :func:`numbers.ambiguous_suffix_at` finds no such suffix after the reading
without suffixes, the reading with them is the same; and the recogniser's mentions are those
it finds reading every figure again."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import numbers, quantities
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _check_digits(text: str) -> int:
    """Compare both readings at every run of digits of ``text``; how many runs had no suffix."""
    skipped = 0
    for p, ch in enumerate(text):
        if not ch.isdigit() or (p and text[p - 1].isdigit()):
            continue
        plain = numbers.read_number(text, p, suffixes=False)
        if plain is None or numbers.ambiguous_suffix_at(text, plain.end):
            continue
        skipped += 1
        assert numbers.read_number(text, p, suffixes=True) == plain, (text[p : p + 30], p)
    return skipped


def test_no_suffix_no_other_reading() -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert sum(_check_digits(text) for text in texts) > 10_000


_PARTS = [
    *("m", "M", "mil", "mill", "mln", "t", "T", "G", "g", "k", "bn", "million", "hundred"),
    *("people", "km", "/h", "s", "and", "a", "half", "-", "ſ", "é", "Ω", "µ", "x"),
    *(" ", "  ", "   ", "\u00a0", "\t", ".", ",", "5", "20", "000", "1.5"),
]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=8))
def test_no_suffix_on_made_up_phrases(parts: list[str]) -> None:
    _check_digits("$5" + "".join(parts))
    _check_digits("5" + "".join(parts))


def test_mentions_are_those_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    fast = [quantities.find_quantities(text) for text in texts]
    monkeypatch.setattr(quantities, "ambiguous_suffix_at", lambda text, at: True)
    assert [quantities.find_quantities(text) for text in texts] == fast


@pytest.mark.parametrize(
    ("text", "value", "end"),
    [("$5m fine", 5e6, 3), ("$600 million to settle", 6e8, 12), ("$2.174T", 2.174e12, 7)],
)
def test_currency_magnitudes(text: str, value: float, end: int) -> None:
    (mention,) = quantities.find_quantities(text)
    assert (mention.stated_low, mention.end) == (value, end)
