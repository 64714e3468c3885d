"""A phrase on the left of a figure ("more than", "at the age of") is looked up as runs of the
last tokens only when the token before the last one is the word before it in some key: "crew
of" ends no key of two words or more, so only "of" is looked up. The phrase found must be the
longest run of last tokens that is a key, as the plain definition has it, after every key's
words and before every word, and at every figure of the fingerprint texts."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import quantities as q
from factcheck.numbers import read_number
from tests.test_trusted import _shared_texts, _speed_paragraphs

_TABLES = [
    (q.LEFT_QUALIFIERS, q._QUALIFIER_LAST_WORDS, 5),
    (q._AGE_WORDS, q._AGE_LAST_WORDS, 2),
]


def _plain(toks: list[q._Token], table: dict[str, str], longest: int) -> tuple[str, int]:
    """The longest run of at most ``longest`` last tokens that is a key of ``table``."""
    for k in range(min(longest, len(toks)), 0, -1):
        key = " ".join(t[0] for t in toks[-k:])
        if key in table:
            return key, k
    return "", 0


def _tokens(words: list[str]) -> list[q._Token]:
    return [(w, 2 * i, 2 * i + 1, w) for i, w in enumerate(words)]


@pytest.mark.parametrize(("table", "ends", "longest"), _TABLES)
def test_every_tail_of_key_words_is_the_plain_phrase(
    table: dict[str, str], ends: dict[str, q._KeyEnd], longest: int
) -> None:
    vocabulary = sorted({w for key in [*table, *q._AGE_WORDS] for w in key.split()})
    vocabulary += ["said", "crew", "the", "$", "-", "."]
    for key in table:
        words = key.split()
        for before in vocabulary:
            for cut in range(len(words)):
                toks = _tokens([before, *words[cut:]])
                assert q._tail_phrase(toks, table, ends, longest) == _plain(toks, table, longest)
    for pair in itertools.product(vocabulary, repeat=2):
        toks = _tokens(list(pair))
        assert q._tail_phrase(toks, table, ends, longest) == _plain(toks, table, longest)
    assert q._tail_phrase([], table, ends, longest) == ("", 0)


def test_phrases_at_every_figure_are_the_plain_ones() -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    found = 0
    for text in texts:
        for m in re.finditer(r"\d+", text):
            num = read_number(text, m.start(), suffixes=False)
            if num is None:
                continue
            toks = q._left_tokens(text, m.start(), 0)
            for drop in range(min(3, len(toks))):
                tail = toks[: len(toks) - drop]
                for table, ends, longest in _TABLES:
                    got = q._tail_phrase(tail, table, ends, longest)
                    assert got == _plain(tail, table, longest), text[m.start() - 40 : m.end()]
                    found += got[1] > 0
    assert found > 1000


_KEY_WORDS = sorted({w for key in [*q.LEFT_QUALIFIERS, *q._AGE_WORDS] for w in key.split()})


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from([*_KEY_WORDS, "said", "the", "$", "."]), max_size=8))
def test_runs_of_key_words_give_the_plain_phrase(words: list[str]) -> None:
    # a run is made longer only while it ends some key: over any run of the keys' words, the
    # phrase found is still the longest run of last tokens that is a key
    toks = _tokens(words)
    for table, ends, longest in _TABLES:
        assert q._tail_phrase(toks, table, ends, longest) == _plain(toks, table, longest)
