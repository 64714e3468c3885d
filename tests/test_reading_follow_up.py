"""A date's clause is read for a follow-up or state word only when its lowered words hold one:
every word of the clause without its places (``_placeless_words``, another tokeniser) that is
such a word must be among the words ``read_date`` has already (``_lower_words`` of the lowered
clause), or skipping the reading would change it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.lexicon import properties as lex
from factcheck.properties import _lower_words, _placeless_words
from tests.test_trusted import _shared_texts, _speed_paragraphs

FOLLOW_UPS = frozenset([*lex.FOLLOW_UP_WORDS, *lex.STATE_WORDS])


def _skipped_wrongly(text: str, lo: int, hi: int) -> set[str]:
    """The follow-up words the clause's places-free words hold and its words do not."""
    read = set(_lower_words(text[lo:hi].lower()))
    return (FOLLOW_UPS & set(_placeless_words(text, lo, hi))) - read


def test_the_follow_up_words_are_words_of_letters() -> None:
    # the proof that one tokeniser's such words are the other's holds for words of letters
    assert all(re.fullmatch("[a-z]+", w) for w in FOLLOW_UPS)


def test_every_clause_of_the_fingerprint_texts() -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert len(texts) > 1000
    for text in texts[::3]:
        cuts = sorted({0, len(text), *range(0, len(text), 11)})
        for lo in cuts:
            for hi in cuts:
                if lo <= hi <= lo + 200:
                    assert not _skipped_wrongly(text, lo, hi), (text[lo:hi], lo, hi)


PIECES = [
    "arrested", "Arrested", "ARRESTED", "freed", "charged", "released", "in", "In", "at",
    "Paris", "Küçükçekmece", "K", "\u212a", "ſ", "İ", "é", "’", "'", "-", "_", "5", "a5",
    " ", "  ", ",", ".", "\n", "x", "ed", "the", "were",
]  # fmt: skip


@settings(max_examples=1000)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join), st.data())
def test_made_up_clauses(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert not _skipped_wrongly(text, lo, hi)
