"""_read_plain_word reads a number word and the word or "&" after it with one match of
_PLAIN_WORD, where it matched _WORD, then _JOIN, then _WORD again: the spans and the reading
must be those of the three matches, at every position of made-up texts of words, blanks,
hyphens and marks (hypothesis), of every number word before every join and follower, and of
the fingerprint texts."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import numbers
from factcheck.lexicon.numbers import SMALL, TENS
from factcheck.numbers import NumberRead
from tests.test_trusted import _shared_texts, _speed_paragraphs

_JOINS = ["", " ", "  ", "    ", "     ", "-", " -", "- ", " - ", "-   ", "-    ", "\t", "\u00a0"]
_JOINS += ["\u00a0-\u00a0", " \t-\t ", "--", "\n", "\u2009", ",", " , "]
_FOLLOWERS = ["", "people", "two", "Hundred", "thirds", "&", "& six", "a", "an", "and", "x"]
_FOLLOWERS += ["5", "é", "ſeven", "-", ".", "'s", "first", "twenties", "hundred"]


def _three(text: str, pos: int) -> tuple[int, str | None] | None:
    """The word's end and what follows its join, as the three matches found them."""
    w = numbers._WORD.match(text, pos)
    if w is None:
        return None
    end = w.end()
    join = numbers._JOIN.match(text, end)
    assert join is not None  # it matches the empty string
    if not end < join.end() < len(text):
        return end, None
    if text[join.end()] == "&":
        return end, "&"
    follower = numbers._WORD.match(text, join.end())
    return end, None if follower is None else follower.group()


def _one(text: str, pos: int) -> tuple[int, str | None] | None:
    m = numbers._PLAIN_WORD.match(text, pos)
    return None if m is None else (m.end(1), m.group(2))


def _read_plain_word_as_first_written(text: str, pos: int) -> NumberRead | None:
    w = numbers._WORD.match(text, pos)
    if w is None:
        return None
    got = numbers._PLAIN_WORD_READS.get(w.group().lower())
    if got is None:
        return None
    value, step = got
    end = w.end()
    join = numbers._JOIN.match(text, end)
    if join is not None and end < join.end() < len(text):
        follower = numbers._WORD.match(text, join.end())
        if text[join.end()] == "&" or (
            follower is not None and follower.group().lower() in numbers._WORDS_AFTER_WORDS
        ):
            return None
    return NumberRead(value, pos, end, step, True, False, False, 1.0)


def _check(text: str) -> None:
    for pos in range(len(text) + 1):
        assert _one(text, pos) == _three(text, pos), (text, pos)
        got = numbers._read_plain_word(text, pos)
        assert got == _read_plain_word_as_first_written(text, pos), (text, pos)


def test_every_number_word_before_every_join_and_follower() -> None:
    words = [*SMALL, *TENS, "Two", "TWENTY", "twoo", "people"]
    for word in words:
        for join in _JOINS:
            for follower in _FOLLOWERS:
                _check(f"{word}{join}{follower}")
                _check(f"{word}{join}{follower} more")


def test_fingerprint_texts() -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert len(texts) > 4000
    checked = 0
    for text in texts:
        for m in re.finditer(r"(?<![A-Za-z])[A-Za-z]", text):
            pos = m.start()
            assert _one(text, pos) == _three(text, pos), (text, pos)
            assert numbers._read_plain_word(text, pos) == _read_plain_word_as_first_written(
                text, pos
            )
            checked += 1
    assert checked > 100_000


_PARTS = ["two", "Nine", "thirty", "hundred", "people", "a", "x", "&", "-", " ", "\t", "\u00a0"]
_PARTS += ["\u2009", ",", "5", "é", "ſ", "\n", "and", "thirds", "--"]


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(_PARTS),
        max_size=10,
    )
)
def test_made_up_texts(parts: list[str]) -> None:
    _check("".join(parts))
