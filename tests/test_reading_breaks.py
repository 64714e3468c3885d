"""The clause breaks that reading a figure bisects are found by ``str.find`` on the text's lowered
copy, for speed: they must be the matches of the plain pattern they stand for."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from factcheck.properties import _clause_breaks
from tests.test_trusted import _shared_texts, _speed_paragraphs

CLAUSE_BREAK_PLAIN = re.compile(r"[,;:()—–]|\b(?:and|but|wh(?:ile|en)|after)\b")


def _plain(text: str) -> tuple[list[int], list[int]]:
    spans = [m.span() for m in CLAUSE_BREAK_PLAIN.finditer(text)]
    return [s for s, _ in spans], [e for _, e in spans]


PIECES = [
    "and", "band", "andand", "After", "after", "aftermath", "but", "butter", "abut", "while",
    "when", "whence", "w", "a", "b", "_", "9", "²", " ", ",", ";", ":", "(", ")", "—", "–",
    "é", "ſ", "And", "WHEN", "\u212a", "İ",  # "İ" lowers to two characters: the pattern's turn
]  # fmt: skip


@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_clause_breaks_are_the_plain_pattern_matches(text: str) -> None:
    assert _clause_breaks(text) == _plain(text)


def test_clause_breaks_of_the_fingerprint_texts() -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert len(texts) > 1000
    for text in texts:
        assert _clause_breaks(text) == _plain(text), text
