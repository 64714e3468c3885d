"""find_quantities hands a figure in digits to _read_figure itself: _read_candidate, which it
called for every trigger, sends a trigger with no letter at ``pos`` there and does nothing else
first. These tests prove the two calls agree wherever the scan meets a digit."""

import sys

from factcheck import quantities
from tests.test_trusted import _shared_texts, _speed_paragraphs


def test_no_digit_is_a_letter() -> None:
    # the dispatch's whole premise, over every character: _read_candidate's first branch
    # (a compound's tail) and its reading in words need ``text[pos].isalpha()``
    assert not any(chr(c).isdigit() and chr(c).isalpha() for c in range(sys.maxunicode + 1))


def _agree(text: str) -> int:
    """Both calls at every digit trigger of ``text``, with a floor of 0 and one just behind."""
    checked = 0
    for start, end in quantities._trigger_spans(text):
        if not text[start].isdigit():
            continue
        for floor in (0, max(0, start - 3)):
            direct = quantities._read_figure(text, start, floor)
            assert direct == quantities._read_candidate(text, start, floor, end), text[start:end]
        checked += 1
    return checked


def test_both_calls_agree_at_every_digit_of_the_fingerprint_texts() -> None:
    checked = sum(_agree(text) for text in [*_speed_paragraphs(), *_shared_texts()])
    assert checked > 10_000


def test_both_calls_agree_on_made_up_figures() -> None:
    # digits beyond ASCII, superscripts, glued words and signs, a word's tail after a hyphen
    lefts = ["", "about ", "a ", "the-", "two-", "$", "-", "USD", "Route ", "won ", "aged "]
    figures = ["84", "٣", "²", "3²", "1,200", "7.5", "40k", "3rd", "1990", "10:30", "5-1"]
    rights = ["", " people", "%", " km", "-year-old", " million", "st", " or more", ".", "-"]
    for left in lefts:
        for figure in figures:
            for right in rights:
                _agree(f"{left}{figure}{right}")
