"""A lower-case word one blank after a figure that opens no reading on the right but the
counted noun ("84 people were") lets :func:`quantities._build` skip those readings. Over every
fingerprint text and made-up phrases: wherever the test passes a word, each skipped reading
finds nothing there, and the recogniser's mentions are those it finds with no word passed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import quantities as q
from factcheck.numbers import NumberRead
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _skipped_readings(text: str, at: int) -> list[object]:
    """What each reading that a plain word lets :func:`q._build` skip finds after a figure
    ending at ``at`` (digits "5" or a word "two"): all nothing when the word is plain."""
    out: list[object] = []
    for words in (False, True):
        num = NumberRead(5.0, max(0, at - 1), at, 1.0, words, False, False, 1.0)
        out.append(q._read_unit(text, num, at))
    mcode = q._MILLION_CODE.match(text, at)
    out += [
        q._OUT_OF.match(text, at),
        q._suffix_follows(text, at) or None,
        mcode and q._code_with_millions(mcode.group(1)),
        q._BELOW_ZERO.match(text, at),
        q._AGE_RIGHT.match(text, at),
        q._PLUS_MINUS.match(text, at),
        q._RANGE_SEP.match(text, at),
        text[at : at + 5].lower() == " and " or None,
        q._PLUS_AFTER.match(text, at),
    ]
    return out


def _check_plain_places(text: str) -> int:
    passed = 0
    for at in range(len(text)):
        if q._plain_right_word(text, at):
            passed += 1
            assert _skipped_readings(text, at) == [None] * 11, (text[at : at + 30], at)
    return passed


def test_plain_words_open_no_reading() -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert len(texts) > 1000
    assert sum(_check_plain_places(text) for text in texts) > 10_000


def test_mentions_are_those_read_without_the_shortcut(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    fast = [q.find_quantities(text) for text in texts]
    monkeypatch.setattr(q, "_plain_right_word", lambda text, at: None)
    assert [q.find_quantities(text) for text in texts] == fast


_PARTS = [
    *("people", "in", "out", "over", "to", "and", "or", "below", "plus", "years", "day", "yrs"),
    *("y", "m", "mil", "t", "musd", "km", "kg", "per", "cent", "of", "a", "mph", "zero", "old"),
    *(" ", "  ", "-", ".", "'", "’", "µ", "Ω", "5", ",", "%", "$", "o."),
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=8))
def test_plain_words_on_made_up_phrases(parts: list[str]) -> None:
    text = "5 " + "".join(parts)
    _check_plain_places(text)
    fast = q.find_quantities(text)
    saved = q._plain_right_word
    q._plain_right_word = lambda text, at: None
    try:
        assert q.find_quantities(text) == fast
    finally:
        q._plain_right_word = saved


def test_the_usual_count_is_plain() -> None:
    assert q._plain_right_word("said 84 people were", 7)
    assert not q._plain_right_word("said 84 km away", 7)
    assert not q._plain_right_word("aged 84 years", 7)
    assert not q._plain_right_word("from 84 to 90", 7)
    assert not q._plain_right_word("84 people's", 2)


def _check_pair_reads(text: str) -> int:
    """Wherever a plain word passes, its match reads the two words ``_WORD_PAIR`` reads there,
    and the counted noun read from it is the one read from ``_WORD_PAIR``'s own match."""
    passed = 0
    for at in range(len(text)):
        plain = q._plain_right_word(text, at)
        if plain is None:
            continue
        passed += 1
        pair = q._WORD_PAIR.match(text, at)
        assert pair is not None, (text[at : at + 30], at)
        assert plain.group(1, 2) == pair.group(1, 2), (text[at : at + 30], at)
        assert plain.end(1) == pair.end(1), (text[at : at + 30], at)
        for one in (True, False):
            given = q._read_noun(text, at, allow_of=True, one=one, pair=plain)
            assert given == q._read_noun(text, at, allow_of=True, one=one), (text[at:], at)
    return passed


def test_the_plain_match_is_the_nouns_pair() -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert sum(_check_pair_reads(text) for text in texts) > 10_000


_PAIR_PARTS = [
    *("people", "were", "of", "the", "police", "officers", "Red", "Cross", "man's", "km"),
    *(" ", "  ", "\t", "\u00a0", "'", "’", "’s", "-", ".", ",", "5", "µ", "É", "x"),
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PAIR_PARTS), max_size=8))
def test_the_plain_match_on_made_up_phrases(parts: list[str]) -> None:
    _check_pair_reads("5 " + "".join(parts))
