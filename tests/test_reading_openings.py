"""The cue index looks for a long first word in place of the cues that open with it: every
match of a cue pattern still starts where one of the words it looks for starts."""

from __future__ import annotations

import pytest

from factcheck import properties
from factcheck.lexicon import properties as lex
from factcheck.patterns import Caseless

TABLES = {
    "background": (properties._background_pattern(), lex.BACKGROUND_CUES),
    "running": (properties._running_pattern(), lex.RUNNING_TOTAL_PERIODS),
    "alone": (properties._ALONE, lex.PART_FOLLOWERS),
    "total": (properties._TOTAL, lex.TOTAL_WORDS),
}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_cue_opens_with_a_word_the_index_looks_for(name: str) -> None:
    cues, listed = TABLES[name]
    for cue in listed:
        assert any(w in cue.lower() for w in cues.words.words), cue
        opening = properties._opening(cue.lower())
        assert cue.lower().startswith(opening)
        assert any(w in opening for w in cues.words.words), cue


def test_a_long_first_word_stands_for_its_cues() -> None:
    assert properties._opening("maximum prison sentence") == "maximum"
    assert properties._opening("a year") == "a year"
    words = properties._CueWords(["maximum fine", "maximum penalty", "up from"])
    assert words.words == ("maximum", "up from")
    text = "The maximum penalty is 10 years; a maximum of 3 and up 4"
    assert words.possible(text, 0, 12)
    assert not words.possible(text, 12, 33)
    assert words.possible(text, 33, 43)  # "maximum of": the pattern then finds nothing
    assert not words.possible(text, 44, len(text))


@pytest.mark.parametrize("name", sorted(TABLES))
def test_gated_cues_find_what_a_scan_finds(name: str) -> None:
    cues, listed = TABLES[name]
    text = " ".join(f"{cue.upper()}, 12 and {cue} 3; not {cue}s nor x{cue}" for cue in listed)
    plain = Caseless(cues.pattern.pattern)
    for lo in range(0, len(text), 3):
        for hi in range(lo, min(len(text), lo + 90) + 1, 2):
            assert cues.spans(text, lo, hi) == plain.spans(text, lo, hi), (lo, hi)
