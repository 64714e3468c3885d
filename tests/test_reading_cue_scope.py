"""figure_places finds the absent cue sets only among those some reading asks that of
(properties._CueWords.asked): the words of the others (_LOAD_AFTER, _SUM_TOTAL, _TOTAL, whose
readings ask only their index) are not looked for in every text, and their bits stay 0. A set's
bit is the one found over every set, and every figure reads as with every set's bit."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck import properties
from factcheck.extract import as_document, find_mentions
from tests.test_reading_absent_cues import _PIECES, _cue_sets
from tests.test_reading_cue_words_written import _index_as_first_written
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _asked() -> int:
    """The asked sets' bits as the readings find them now: a test may make a set of its own."""
    return properties._CueWords.asked


def test_the_sets_not_asked_are_those_no_reading_asks() -> None:
    not_asked = {
        cues.words for cues in (properties._LOAD_AFTER, properties._SUM_TOTAL, properties._TOTAL)
    }
    for cues in _cue_sets():
        assert bool(cues.bit & _asked()) == (cues not in not_asked), cues.words


def _assert_as_over_every_set(text: str) -> None:
    everything = properties._cue_sets_absent(text)
    assert properties._cue_sets_absent(text, _asked()) == everything & _asked(), text
    for cues in _cue_sets():
        assert properties._cue_index(text, cues) == _index_as_first_written(text, cues), text


def test_absent_sets_as_over_every_set_in_every_window_of_the_speed_corpus() -> None:
    for text in _speed_paragraphs():
        _assert_as_over_every_set(text)
        for i in range(0, len(text), 3):
            _assert_as_over_every_set(text[i : i + 60])
        properties._cue_index.cache_clear()


def test_absent_sets_as_over_every_set_in_the_fingerprint_texts() -> None:
    for text in _shared_texts():
        _assert_as_over_every_set(text)


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_absent_sets_as_over_every_set_in_made_up_texts(text: str) -> None:
    _assert_as_over_every_set(text)


def test_every_figure_reads_as_with_every_set_s_bit() -> None:
    compared = 0
    for text in [*_speed_paragraphs(), *_shared_texts()]:
        figures = find_mentions(as_document(text))[1]
        everything = properties._cue_sets_absent(text)
        for figure, place in zip(figures, properties.figure_places(text, figures), strict=True):
            assert place.absent == everything & _asked()
            assert properties.read_number(text, figure, place=place) == properties.read_number(
                text, figure, place=place._replace(absent=everything)
            ), (text, figure)
            compared += 1
    assert compared > 5000
