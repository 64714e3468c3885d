"""A window's predicates are found by a scan that opens with the character before the word, for
speed: they must be the matches of the plain pattern, ``\\b`` and all, in any window."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.lexicon import properties as lex
from factcheck.patterns import case_variants
from factcheck.properties import _predicate_pattern, _predicates
from tests.test_trusted import _shared_texts, _speed_paragraphs

_WORDS = case_variants({w.lower() for ws in lex.PREDICATES.values() for w in ws})
_LONGEST_FIRST = sorted(map(re.escape, _WORDS), key=len, reverse=True)
PLAIN = re.compile(r"\b(" + "|".join(_LONGEST_FIRST) + r")\b")
"""The predicates as a plain alternation, longest first, as the trie tries them."""


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span(1) for m in matches]  # type: ignore[attr-defined]


def _windows(text: str) -> list[tuple[int, int]]:
    n = len(text)
    cuts = sorted({0, n, *range(0, n, 7), *range(3, n, 29)})
    return [(lo, hi) for lo in cuts for hi in cuts if lo <= hi and hi - lo <= 200]


def test_predicates_of_the_fingerprint_texts() -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert len(texts) > 1000
    pattern = _predicate_pattern()
    for text in texts[::7]:
        for lo, hi in _windows(text):
            assert _spans(_predicates(text, lo, hi)) == _spans(pattern.finditer(text, lo, hi))


def test_the_pattern_is_the_plain_alternation() -> None:
    for text in [*_speed_paragraphs(), *_shared_texts()][::5]:
        assert _spans(_predicate_pattern().finditer(text)) == _spans(PLAIN.finditer(text))


PIECES = [
    "killed", "Killed", "KILLED", "kiLLed", "injured", "death toll", "Death Toll", "death",
    "toll", "x", "_", "9", "é", "ſ", " ", "  ", "\n", ",", ".", "-", "'", "d", "ied", "died",
    "unkilled", "at work", "at", "work",
]  # fmt: skip


@settings(max_examples=500)
@given(
    st.lists(st.sampled_from(PIECES), max_size=10).map("".join),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_predicates_in_any_window(text: str, lo: int, hi: int) -> None:
    assert _spans(_predicates(text, lo, hi)) == _spans(_predicate_pattern().finditer(text, lo, hi))
    assert _spans(_predicate_pattern().finditer(text)) == _spans(PLAIN.finditer(text))
