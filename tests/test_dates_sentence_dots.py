"""_dot_ends_sentence finds the word before a "." with one search over its last
_ABBREVIATION_REACH characters, where it walked back over the whole word character by
character: the answer is the same at every "." of the speed corpus, the fingerprint texts,
made-up texts of abbreviations, letters and long words, and any text (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import dates
from factcheck.lexicon import dates as lex
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _walked_back(text: str, i: int) -> bool:
    """_dot_ends_sentence as first written: the loop over the word's characters."""
    j = i
    while j > 0 and text[j - 1].isalnum():
        j -= 1
    word = text[j:i].lower()
    return not (len(word) == 1 and word.isalpha()) and word not in lex.ABBREVIATIONS


def _check_every_dot(text: str) -> int:
    checked = 0
    i = text.find(".")
    while i != -1:
        assert dates._dot_ends_sentence(text, i) == _walked_back(text, i), (text, i)
        checked += 1
        i = text.find(".", i + 1)
    return checked


def test_the_reach_is_one_past_the_longest_abbreviation() -> None:
    assert max(len(a) for a in lex.ABBREVIATIONS) + 1 == dates._ABBREVIATION_REACH


def test_speed_corpus_and_fingerprint_texts() -> None:
    checked = sum(_check_every_dot(t) for t in _speed_paragraphs())
    checked += sum(_check_every_dot(t) for t in _shared_texts())
    assert checked > 1000


_PIECES = [*sorted(lex.ABBREVIATIONS), "a", "u", "x", "7", "_", "İ", "ſt", "ǅr", "١٢", "²"]
_LEADS = ["", " ", "a", "ab", "xx", "_", "-", "\n", "İ", "K", "12", "abcdefgh", "é"]


def test_made_up_words_before_a_dot() -> None:
    for piece in _PIECES:
        for cased in (piece, piece.upper(), piece.capitalize()):
            for lead in _LEADS:
                for tail in ("", " x", "."):
                    _check_every_dot(f"{lead}{cased}.{tail}")
                    _check_every_dot(f"Said {lead}{cased}.{tail}")


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(
        st.sampled_from(_PIECES + _LEADS + [".", "U.S.", "Gen.", "approx", "Approxx"]),
        max_size=12,
    ).map("".join)
)
def test_any_text_of_pieces(text: str) -> None:
    _check_every_dot(text)


@settings(max_examples=2000, deadline=None)
@given(st.text(max_size=30))
def test_any_text(text: str) -> None:
    _check_every_dot(text + ".")
