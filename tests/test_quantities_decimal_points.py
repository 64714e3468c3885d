"""The trigger scan's decimal points (``quantities._decimal_points``) are the regex branch's.

``_trigger_spans`` finds a decimal point before a digit (".5") by bytes.find in the text's
digit classes and tests the character before it in the text, where the trigger's own branch,
``\\.(?<![\\w.]\\.)\\d``, was matched over the text: both must find the same points wherever the
scan takes that path (no digit beyond ASCII, no fraction sign).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import quantities
from factcheck.mentions import letter_runs
from tests.test_trusted import _shared_texts, _speed_paragraphs

_BRANCH = re.compile(r"\.(?<![\w.]\.)\d")
"""The trigger's branch for a decimal point, as ``quantities._trigger`` writes it."""


def _points(text: str) -> list[tuple[int, int]]:
    classes = letter_runs(text).encoded.translate(quantities._DIGIT_BYTES)
    return quantities._decimal_points(text, classes)


def _branch(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _BRANCH.finditer(text)]


def test_points_of_every_text() -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    checked = 0
    for text in texts:
        if quantities._ascii_figures(text, letter_runs(text).encoded):
            assert _points(text) == _branch(text)
            checked += 1
    assert checked > 4_000


# every class of character before and after a point: digits, ASCII letters of both cases, "_",
# "^" (a class of its own for the runs of digits), points, marks, blanks, letters and numerals
# beyond ASCII that are word characters ("é", "Ⅻ") and a superscript digit that is none of \d
_PIECES = [".", "..", "5", "05", "a", "A", "x", "_", "^", "é", "Ⅻ", "²", "?", "(", " ", "\n", "$"]


def test_points_of_every_pair_and_triple() -> None:
    for a in _PIECES:
        for b in _PIECES:
            for c in _PIECES:
                text = a + b + c
                assert _points(text) == _branch(text), text


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_points_and_spans_of_made_up_texts(parts: list[str]) -> None:
    text = "".join(parts)
    assert _points(text) == _branch(text)
    # and the scan as a whole still gives the trigger's matches
    spans = [m.span() for m in quantities._trigger().finditer(text)]
    assert quantities._trigger_spans(text) == spans
