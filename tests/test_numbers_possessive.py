"""The usual figure's patterns (``_USUAL_FIGURE``, ``_CLOSED_FIGURE``, ``_PLAIN_FIGURE``) take
their runs possessively: they must match where, and as, the backtracking patterns they replace
did, with the same groups, at every position of the fingerprint texts and of made-up ones."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import numbers
from tests.test_trusted import _shared_texts, _speed_paragraphs

# The patterns as they were, every run free to give characters back
_USUAL = (
    r"(?:([0-9]{1,15})|([1-9][0-9]{0,2}(?:,[0-9]{3}){1,4})|([0-9]{1,15}\.([0-9]{1,15})))"
    r" ([a-wyz][a-z]*)(?![A-Za-z])"
)
_CLOSED = r"[0-9]{1,15}(?=[,.](?!\d)|[;:)%!?\n])"
_BACKTRACKING = [
    (numbers._USUAL_FIGURE, re.compile(_USUAL)),
    (numbers._CLOSED_FIGURE, re.compile(_CLOSED)),
    (numbers._PLAIN_FIGURE, re.compile(_USUAL + "|(" + _CLOSED + ")")),
]


def _same_matches(text: str) -> int:
    """Assert the same match at every position of ``text``; how many matched."""
    found = 0
    for possessive, backtracking in _BACKTRACKING:
        for pos in range(len(text) + 1):
            fast, slow = possessive.match(text, pos), backtracking.match(text, pos)
            assert (fast is None) == (slow is None), (text, pos)
            if fast is not None and slow is not None:
                assert fast.span() == slow.span(), (text, pos)
                assert fast.regs == slow.regs, (text, pos)
                found += 1
    return found


def test_the_same_matches_in_the_fingerprint_texts() -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert len(texts) > 1000
    assert sum(_same_matches(text) for text in texts) > 10_000


# Digits, separators, blanks, the marks that close a figure, and words of both cases
_PIECES = ["0", "1", "7", "12", "123", "1234", "9" * 16, ",", ".", ",000", ".5", " ", "  "]
_PIECES += [";", ":", ")", "%", "!", "?", "\n", "-", "a", "x", "people", "Km", "ſ", "٣", "é"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_the_same_matches_in_made_up_texts(pieces: list[str]) -> None:
    _same_matches("".join(pieces))
