"""Readings of a count and a date that split a fragment into words only when a find shows that
they can fire: a fragment whose lowered text holds none of the words a reading looks for has no
word that is one or ends with one, and the first four words of a clause are read from its
first characters when they hold a fifth. Both must give what the full reading gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.lexicon import properties as lex
from factcheck.properties import (
    _INCREMENT_LEAD_ENDS,
    _PERIOD_FOLLOWER_ENDS,
    _STATEMENT_NOUNS,
    _SUBSET_LEAD_ENDS,
    _first_words,
    _holds_any,
    _lower_words,
)
from tests.test_trusted import _shared_texts, _speed_paragraphs

LOOKED_FOR = [_SUBSET_LEAD_ENDS, _INCREMENT_LEAD_ENDS, _STATEMENT_NOUNS, _PERIOD_FOLLOWER_ENDS]


def test_the_words_looked_for_end_every_lead() -> None:
    for leads, ends in [
        (lex.SUBSET_LEADS, _SUBSET_LEAD_ENDS),
        (lex.INCREMENT_LEADS, _INCREMENT_LEAD_ENDS),
    ]:
        assert all(lead.split()[-1] in ends for lead in leads)
    assert all(f.split()[-1] in _PERIOD_FOLLOWER_ENDS for f in lex.PERIOD_FOLLOWERS)
    assert set(_STATEMENT_NOUNS) == lex.STATEMENT_NOUNS
    assert all(w.isascii() and w.isalpha() and w.islower() for ws in LOOKED_FOR for w in ws)


def _check(text: str, lo: int, hi: int) -> None:
    fragment = text[lo:hi]
    words = _lower_words(fragment)
    for looked_for in LOOKED_FOR:
        if not _holds_any(fragment.lower(), looked_for):
            assert not any(w.endswith(looked_for) for w in words), (fragment, looked_for)
    assert _first_words(text, lo, hi) == words[:4], fragment
    if not _holds_any(fragment.lower(), _PERIOD_FOLLOWER_ENDS):
        # read_date reads no follower after a date then
        assert not " ".join(words[:2]).startswith(lex.PERIOD_FOLLOWERS), fragment


def _windows(text: str) -> list[tuple[int, int]]:
    cuts = sorted({0, len(text), *range(0, len(text), 13)})
    return [(lo, hi) for lo in cuts for hi in cuts if lo <= hi <= lo + 200]


def test_every_window_of_the_fingerprint_texts() -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert len(texts) > 1000
    for text in texts[::4]:
        for lo, hi in _windows(text):
            _check(text, lo, hi)


PIECES = [
    "another", "Another", "ANOTHER", "further", "additional", "including", "them", "those",
    "whom", "which", "so", "far", "to", "date", "alone", "forecast", "Warning", "statement",
    "\u212a", "ſ", "İ", "é", "’", "'",
    "-", "_", "5", " ", "  ", ",", ".", "\n", "x", "a", "the", "people", "killed",
]  # fmt: skip


@settings(max_examples=1000)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join), st.data())
def test_made_up_fragments(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    _check(text, lo, hi)
