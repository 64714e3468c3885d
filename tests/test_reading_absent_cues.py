"""figure_places finds once per text the cue sets of which the text holds no word at all
(properties._cue_sets_absent, a bit per set), and the readings that ask a set's index whether a
cue may lie in the figure's sentence or clause skip the set at once where its bit is absent.
An absent set is one whose pattern matches nowhere in the text, in any case (on an ASCII text,
whose index finds nothing in any window), and every figure is read as it is with no set
absent."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from factcheck import properties
from factcheck.extract import as_document, find_mentions
from factcheck.mentions import NumberMention
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _cue_sets() -> list[properties._CueWords]:
    """Every set of cue words, the lazily made ones too."""
    made = [properties._background_pattern(), properties._running_pattern()]
    named = [getattr(properties, name) for name in dir(properties)]
    sets = {id(x): x for x in named + made if isinstance(x, properties._CueWords)}
    sets.update({id(x.words): x.words for x in named + made if isinstance(x, properties._Cues)})
    assert len(sets) >= 10  # tests may make more
    return list(sets.values())


def _patterns() -> list[tuple[properties._CueWords, re.Pattern[str]]]:
    """Each set with the caseless pattern it stands for, and the subset cues' own."""
    made = [properties._background_pattern(), properties._running_pattern()]
    named = [getattr(properties, name) for name in dir(properties)]
    found = [(x.words, x.pattern) for x in named + made if isinstance(x, properties._Cues)]
    subset = re.compile(properties._subset_cue_pattern().pattern, re.IGNORECASE)
    return [*found, (properties._SUBSET_WORDS, subset)]


def _assert_absent_sets_find_nothing(text: str) -> None:
    absent = properties._cue_sets_absent(text)
    low = properties.lowered(text)
    for cues in _cue_sets():
        anywhere = cues.possible(text, 0, len(text))
        if low is not None and not low.beyond:
            # an absent set finds no cue in the text, hence none in any window of it; the
            # bits are exact on ASCII
            assert bool(absent & cues.bit) != anywhere, (text, cues.words)
    for cues, pattern in _patterns():
        if absent & cues.bit:
            # the set's caseless pattern matches nowhere, lowered or not
            assert pattern.search(text) is None, (text, cues.words)
            assert pattern.search(text.lower()) is None, (text, cues.words)


def _figures(text: str) -> list[NumberMention]:
    return find_mentions(as_document(text))[1]


def test_absent_sets_find_nothing_in_the_texts() -> None:
    for text in [*_speed_paragraphs(), *_shared_texts()]:
        _assert_absent_sets_find_nothing(text)


def test_every_figure_reads_as_with_no_set_absent() -> None:
    compared = skipped = 0
    for text in [*_speed_paragraphs(), *_shared_texts()]:
        figures = _figures(text)
        for figure, place in zip(figures, properties.figure_places(text, figures), strict=True):
            everything = place._replace(absent=0)
            assert properties.read_number(text, figure, place=place) == properties.read_number(
                text, figure, place=everything
            ), (text, figure)
            compared += 1
            skipped += bool(place.absent)
    assert compared > 5000
    assert skipped > compared // 2  # most figures skip some set


_WORDS = sorted({w for cues in _cue_sets() for w in cues.words})
_PIECES = st.sampled_from(
    [
        *_WORDS,
        *(w.upper() for w in _WORDS),
        *(w.title() for w in _WORDS),
        *(w[:-1] for w in _WORDS),
        " ",
        ", ",
        ". ",
        "12",
        "dis",
        "\u017f",  # long s: "ſince" is "since" to re.IGNORECASE
        "\u0130",  # dotted capital I, lowers to two characters
        "\u00e9",
    ]
)


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_absent_sets_find_nothing_in_made_up_texts(text: str) -> None:
    _assert_absent_sets_find_nothing(text)


@given(st.lists(_PIECES, max_size=12).map(" ".join))
def test_made_up_figures_read_as_with_no_set_absent(words: str) -> None:
    text = f"{words} 12 people {words}, 40 homes {words}."
    figures = _figures(text)
    for figure, place in zip(figures, properties.figure_places(text, figures), strict=True):
        assert properties.read_number(text, figure, place=place) == properties.read_number(
            text, figure, place=place._replace(absent=0)
        )
