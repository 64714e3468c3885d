"""_cue_words_written looks for a cue word only where a piece it holds is written
(properties._scan_plan: another cue word, or a stem of lexicon.properties.CUE_WORD_STEMS),
where it ran a find through the text for every word. A word holds its piece, so where the
piece is absent the word is too: the words found equal those of one find per word, over the
speed corpus, the fingerprint texts and made-up texts of cue words and stems cut, glued and
cased with "ſ", "İ", the Kelvin sign and "é"."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck import properties
from factcheck.lexicon import properties as lex
from tests.test_reading_absent_cues import _cue_sets
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _written_by_one_find_each(text: str) -> frozenset[str]:
    """_cue_words_written before the plan: a find through the lowered text for each word."""
    low = properties.lowered(text)
    if low is None:
        return frozenset()
    return frozenset(w for w in properties._CUE_WORD_BITS if w in low.text)


def _assert_as_one_find_each(text: str) -> None:
    _cue_sets()  # every set made, so that the plan holds every word
    written = properties._cue_words_written(text, properties._CueWords.made)
    assert written == _written_by_one_find_each(text), text


def test_every_piece_comes_after_a_piece_it_holds_or_first() -> None:
    _cue_sets()
    plan = properties._scan_plan(properties._CueWords.made)
    listed = [*plan.first, *(w for words in plan.after.values() for w in words)]
    assert sorted(listed) == sorted({*properties._CUE_WORD_BITS, *lex.CUE_WORD_STEMS})
    for piece, words in plan.after.items():
        assert piece in listed
        for word in words:
            assert piece in word
            assert piece != word
    for piece in plan.first:
        assert not any(p in piece for p in listed if p != piece)


def test_each_stem_spares_two_scans_or_more() -> None:
    _cue_sets()
    plan = properties._scan_plan(properties._CueWords.made)
    for stem in lex.CUE_WORD_STEMS:
        assert len(plan.after.get(stem, ())) >= 2, stem


def test_words_found_equal_over_the_texts() -> None:
    for text in [*_speed_paragraphs(), *_shared_texts()]:
        _assert_as_one_find_each(text)


_cue_sets()  # the lazily made sets' words too
_WORDS = sorted({*properties._CUE_WORD_BITS, *lex.CUE_WORD_STEMS})
_PIECES = st.sampled_from(
    [
        *_WORDS,
        *(w.upper() for w in _WORDS),
        *(w.title() for w in _WORDS),
        *(w[:-1] for w in _WORDS),
        *(w[1:] for w in _WORDS),
        " ",
        ", ",
        "-",
        "'",
        "12",
        "\u017f",  # long s
        "\u0130",  # dotted capital I, lowers to two characters: nothing is looked for
        "\u212a",  # Kelvin sign, lowers to "k"
        "\u00e9",
    ]
)


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_words_found_equal_over_made_up_texts(text: str) -> None:
    _assert_as_one_find_each(text)
