"""A rule that a look at the text's cue index skips must find nothing where it is skipped: the
subset cue after a count ("among them", "of the dead"), checked on every count of the
fingerprint texts, and on made-up texts with cue words cut at either edge, in upper case and
among letters beyond ASCII."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import properties
from factcheck.extract import as_document, find_mentions
from factcheck.lexicon.quantities import VAGUE_AMOUNTS
from tests.test_trusted import _shared_texts, _speed_paragraphs

Window = tuple[str, int, int]


def _subset_found(text: str, lo: int, hi: int) -> bool:
    return properties._subset_cue_pattern().search(text[lo:hi].lower()) is not None


def _check(text: str, lo: int, hi: int) -> bool:
    """Whether the subset cue pattern finds one in ``text[lo:hi]``; fails where the index
    skips it."""
    if not _subset_found(text, lo, hi):
        return False
    assert properties._SUBSET_WORDS.possible(text, lo, hi), (text, lo, hi)
    return True


@pytest.fixture(scope="module")
def windows() -> list[Window]:
    """The window after the core of every figure of the fingerprint texts, to its clause's
    end, where ``_is_subset`` looks for a cue."""
    found: list[Window] = []
    for text in [*_speed_paragraphs(), *_shared_texts()]:
        for mention in find_mentions(as_document(text))[1]:
            s, e = properties.sentence_bounds(text, mention.start, mention.end)
            where = properties._where(text, mention, s, e)
            clause_end = properties._clause_end_after(text, mention, where)
            found.append((text, mention.core_end, clause_end))
    assert len(found) > 1000
    return found


def test_the_index_skips_no_clause_holding_a_subset_cue(windows: list[Window]) -> None:
    found = sum(_check(text, lo, hi) for text, lo, hi in windows)
    assert found > 10  # the texts have cues: the check compares more than skips


_CUE_PIECES = ["among", "AMONG", "Among the", "of the dead", "Of The Injured", "victims", "the"]
_PIECES = st.sampled_from([*_CUE_PIECES, " ", ".", "x", "ſ", "\u0130", "é", "\n"])


@given(st.lists(_PIECES, max_size=12).map("".join), st.integers(0, 80), st.integers(0, 80))
def test_any_window_of_any_text(text: str, lo: int, hi: int) -> None:
    properties._cue_index.cache_clear()
    _check(text, lo, hi)


def test_a_figure_opening_with_a_digit_is_never_vague() -> None:
    """extract's ``_is_vague`` answers no for a core that opens with a digit without reading
    it: every vague amount opens with a letter, and no digit lowers to one."""
    assert VAGUE_AMOUNTS
    assert all(amount[0].isalpha() for amount in VAGUE_AMOUNTS)
