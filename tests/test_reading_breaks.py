"""The clause and sentence breaks that reading a figure bisects are found by ``str.find`` and by
a pattern that skips abbreviations in lookbehinds, for speed: they must be the matches of the
plain patterns they stand for."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.properties import _ABBREVIATIONS, _SENTENCE_END, _clause_breaks, _sentence_breaks
from tests.test_trusted import _shared_texts, _speed_paragraphs

# a comma or colon between two digits ("12,000", "10:30") ends no clause
CLAUSE_BREAK_PLAIN = re.compile(
    r"(?<!\d)[,:]|[,:](?!\d)|[;()—–]|\b(?:and|but|wh(?:ile|en)|after)\b"
)


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


def _plain_is_abbreviation(text: str, dot: int) -> bool:
    """The word before a dot read letter by letter, back to its start."""
    if text[dot] != ".":
        return False
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if word in _ABBREVIATIONS:
        return True
    return len(word) == 1 and (j == 0 or not text[j - 1].isalnum())


def _plain_sentence_breaks(text: str) -> tuple[list[int], list[int]]:
    found = [m for m in _SENTENCE_END.finditer(text) if not _plain_is_abbreviation(text, m.start())]
    return [m.start() for m in found], [m.end() for m in found]


SENTENCE_PIECES = [
    "said", "Gen", "gen", "U.S", "approx", "approxim", "J", "43C", "1", "é", "Ünal", "İ", " ",
    "  ", "\n", ".", "!", "?", ";", "A", "The", "“", "(", "a", "²", "_", "Mr", "MRS", "st", "ſt",
    "\u212a", "½", "Ⅻ", "No", "p.m", "A.M", "-", "’", "x",
]  # fmt: skip


@settings(max_examples=1000)
@example(".. Gen")  # a "word" of dots reads as an initial, as _is_abbreviation has it
@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=14).map("".join))
def test_sentence_breaks_are_the_plain_pattern_matches(text: str) -> None:
    assert _sentence_breaks(text) == _plain_sentence_breaks(text)


def test_sentence_breaks_of_the_fingerprint_texts() -> None:
    for text in [*_speed_paragraphs(), *_shared_texts()]:
        assert _sentence_breaks(text) == _plain_sentence_breaks(text), text
