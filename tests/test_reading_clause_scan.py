"""``_clause_breaks`` tells the ``\\b`` around each of its words with ``str.isalnum()`` and "_",
and whether the text has the word in lower case with a slice, where it matched ``\\w`` at the
characters on either side and asked ``str.startswith``: the breaks must stay the matches of
``_CLAUSE_BREAK``."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.properties import _CLAUSE_BREAK, _clause_breaks
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _pattern_breaks(text: str) -> tuple[list[int], list[int]]:
    spans = [m.span() for m in _CLAUSE_BREAK.finditer(text)]
    return [s for s, _ in spans], [e for _, e in spans]


def test_every_character_on_either_side_of_a_word() -> None:
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        for text in (c + "and", "but" + c, c + "when " + c, c + "And" + c):
            assert _clause_breaks(text) == _pattern_breaks(text), hex(code)


def test_clause_breaks_of_every_window_of_the_speed_corpus() -> None:
    # a window at every position: each word and mark with every left and right edge
    for text in _speed_paragraphs():
        assert _clause_breaks(text) == _pattern_breaks(text), text
        for i in range(len(text)):
            for width in (4, 7, 40):
                window = text[i : i + width]
                assert _clause_breaks(window) == _pattern_breaks(window), window


def test_clause_breaks_of_the_fingerprint_texts() -> None:
    for text in _shared_texts():
        assert _clause_breaks(text) == _pattern_breaks(text), text


PIECES = [
    "and", "And", "AND", "after", "but", "while", "when", "band", "abut", "whenever",
    "a", "n", "d", "w", "_", "9", "٣", "²", "½", "é", "ſ", "İ", "\u212a", "ǅ", "\u0301",
    " ", "\n", ",", ":", ";", "(", ")", "—", "–", "-", "'", ".",
]  # fmt: skip


@settings(max_examples=2000)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
def test_clause_breaks_of_made_up_texts(text: str) -> None:
    assert _clause_breaks(text) == _pattern_breaks(text)
