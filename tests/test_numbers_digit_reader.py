"""``numbers.read_digit_number`` is ``read_number(..., suffixes=...)`` wherever the text holds
a digit (``str.isdigit``) at the position, with and without the suffix reading: the usual
figure, then the grammar, without ``read_number``'s own first tests (a slice, a call with a
keyword). Proved at every digit of the speed corpus, the fingerprint texts and made-up texts
(hypothesis), the same record or the same error."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import numbers
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _outcome(read: Callable[..., object], *args: object, **kwargs: object) -> object:
    """What a reading returns, or the type of what it raises (both readers share the grammar,
    which raises on a few inputs with the suffix reading: "0^-1")."""
    try:
        return read(*args, **kwargs)
    except ArithmeticError as e:
        return type(e)


def _check_reader(text: str) -> int:
    digits = 0
    for pos in range(len(text)):
        if not text[pos].isdigit():
            continue
        digits += 1
        for suffixes in (False, True):
            got = _outcome(numbers.read_digit_number, text, pos, suffixes)
            want = _outcome(numbers.read_number, text, pos, suffixes=suffixes)
            assert got == want, (text[pos : pos + 30], suffixes, got, want)
            assert type(got) is type(want)
    return digits


def test_digit_reader_in_the_corpus_and_fingerprint_texts() -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert sum(_check_reader(text) for text in texts) > 10_000


_PARTS = [*"0123456789", "٣", "²", "½", ",", ".", ";", ":", ")", "%", "!", "?", "\n", " ", "  "]
_PARTS += ["\t", "\u00a0", "-", "- ", "+", "x", "people", "hundred", "million", "Km", "m", "k"]
_PARTS += ["st", "th", "and", "a half", "é", "_", "i", "I", "January", "pm", "/"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=14))
def test_digit_reader_in_made_up_texts(parts: list[str]) -> None:
    text = "".join(parts)
    _check_reader(text)


def test_digit_reader_at_long_runs() -> None:
    for text in ["1" * 20 + ",", "1" * 15 + ".", "12,345,678,901,234,567 x", "3 hundred and 2"]:
        _check_reader(text)
        _check_reader(text + " people")
