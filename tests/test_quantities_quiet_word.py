"""One blank and a lower-case word after a unit that opens none of the readings after it
("300 feet from", "5% of the") lets :func:`quantities._build` skip their tests (below zero, and
a half, plus-minus, a range, a plus, a right qualifier) while the reading ends there. Over every
fingerprint text and made-up phrases: wherever the word passes, each skipped pattern finds
nothing there, and the recogniser's mentions are those it finds with no word passed."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import quantities as q
from factcheck.lexicon.quantities import RIGHT_QUALIFIERS
from tests.test_trusted import _shared_texts, _speed_paragraphs

_SKIPPED = [q._BELOW_ZERO, q._AND_A_HALF, q._PLUS_MINUS, q._RANGE_SEP, q._PLUS_AFTER]
_SKIPPED.append(q._RIGHT_QUALIFIER)


def _quiet(text: str, at: int) -> bool:
    m = q._QUIET_WORD.match(text, at)
    return m is not None and m.group(1) not in q._AFTER_UNIT_OPENERS


def _check_quiet_places(text: str) -> int:
    passed = 0
    for at in range(len(text)):
        if _quiet(text, at):
            passed += 1
            for pattern in _SKIPPED:
                assert pattern.match(text, at) is None, (pattern.pattern, text[at : at + 30])
    return passed


def test_quiet_words_open_no_reading() -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert len(texts) > 1000
    assert sum(_check_quiet_places(text) for text in texts) > 100_000


def test_mentions_are_those_read_without_the_shortcut(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    fast = [q.find_quantities(text) for text in texts]
    monkeypatch.setattr(q, "_QUIET_WORD", re.compile(r"(?!)"))
    assert [q.find_quantities(text) for text in texts] == fast


_WORDS = sorted(
    {w for key in RIGHT_QUALIFIERS for w in key.replace("-", " ").split()}
    | set(q._AFTER_UNIT_OPENERS)
    | {"of", "from", "away", "zero", "freezing", "half", "a", "an", "per", "thereabouts"}
    | {"pluss", "tox", "orr", "an", "od", "belo", "thr", "throug", "pl", "plu"}
)
_GLUED = ["ſ", "K", "ı", "İ", "é", "'", "’", "-", "5", "_", ".", "/", "+", "±", "~", "–"]
_PARTS = [*_WORDS, *(w.upper() for w in _WORDS[:8]), *_GLUED, " ", "  ", "\t", "\u00a0"]


@pytest.mark.parametrize("word", _WORDS)
@pytest.mark.parametrize("glued", ["", " ", *_GLUED])
def test_every_word_with_every_follower(word: str, glued: str) -> None:
    for tail in ("", " zero", " a half", " more", " 5", "5", "-odd"):
        text = " " + word + glued + tail
        _check_quiet_places(text)
        _check_quiet_places("5 km" + text)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=8), st.sampled_from(["5 km", "5%", "$5", "5"]))
def test_quiet_words_on_made_up_phrases(parts: list[str], figure: str) -> None:
    text = figure + " " + "".join(parts)
    _check_quiet_places(text)
    fast = q.find_quantities(text)
    saved = q._QUIET_WORD
    q._QUIET_WORD = re.compile(r"(?!)")
    try:
        assert q.find_quantities(text) == fast
    finally:
        q._QUIET_WORD = saved
