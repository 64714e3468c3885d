"""A cue set's index of starts (properties._cue_index) looks through the text only for the set's
words that the text holds at all, as the one filter() of every cue word found them
(properties._cue_words_written, shared with _cue_sets_absent): a word found nowhere adds no
start, where it cost a full scan. The index equals the one that looked for every word, and the
words written are exactly those of the lowered text, a set made after the text was read too."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck import properties
from tests.test_reading_absent_cues import _cue_sets
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _index_as_first_written(
    text: str, cues: properties._CueWords
) -> tuple[list[int], properties.Lowered] | None:
    """_cue_index before it read the words written: a find through the text for each word."""
    low = properties.lowered(text)
    if low is None:
        return None
    starts: list[int] = []
    for word in cues.words:
        i = low.text.find(word)
        while i >= 0:
            starts.append(i)
            i = low.text.find(word, i + 1)
    starts.sort()
    return starts, low


def _assert_as_first_written(text: str) -> None:
    low = properties.lowered(text)
    written = properties._cue_words_written(text, properties._CueWords.made)
    if low is None:
        assert written == frozenset()
    else:
        assert written == {w for w in properties._CUE_WORD_BITS if w in low.text}, text
    for cues in _cue_sets():
        assert properties._cue_index(text, cues) == _index_as_first_written(text, cues), (
            text,
            cues.words,
        )


def test_indexes_equal_over_the_texts() -> None:
    for text in [*_speed_paragraphs(), *_shared_texts()]:
        _assert_as_first_written(text)


_WORDS = sorted(properties._CUE_WORD_BITS)
_PIECES = st.sampled_from(
    [
        *_WORDS,
        *(w.upper() for w in _WORDS),
        *(w.title() for w in _WORDS),
        *(w[:-1] for w in _WORDS),
        *(w[1:] for w in _WORDS),
        " ",
        ", ",
        "12",
        "\u017f",  # long s: "ſince" is "since" to re.IGNORECASE, not to find
        "\u0130",  # dotted capital I, lowers to two characters: no index
        "\u212a",  # Kelvin sign, lowers to "k"
        "\u00e9",
    ]
)


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_indexes_equal_over_made_up_texts(text: str) -> None:
    _assert_as_first_written(text)


def test_a_set_made_after_the_text_was_read_looks_for_its_words() -> None:
    text = "The zyxwvut tally rose to 12 since the zyxwvut began."
    before = properties._cue_words_written(text, properties._CueWords.made)
    assert "zyxwvut" not in before
    assert "tally" in before
    made, bits = properties._CueWords.made, dict(properties._CUE_WORD_BITS)
    asked = properties._CueWords.asked
    try:
        late = properties._CueWords(["zyxwvut"])
        index = properties._cue_index(text, late)
        assert index is not None
        assert index[0] == [4, 39]
        assert index == _index_as_first_written(text, late)
        assert not properties._cue_sets_absent(text) & late.bit
    finally:  # the other tests know the sets as the library makes them
        properties._CueWords.made = made
        properties._CueWords.asked = asked
        properties._CUE_WORD_BITS.clear()
        properties._CUE_WORD_BITS.update(bits)
        properties._cue_index.cache_clear()
        properties._cue_words_written.cache_clear()
        properties._scan_plan.cache_clear()
