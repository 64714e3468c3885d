"""The cue patterns that look up where their words are written first find what a scan finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck import properties
from factcheck.patterns import Caseless

TEXTS = [
    "On Average, 35 people drown there each YEAR; the previous record was 120.",
    "Up from 40 last year. Typically averages of 3 a month, per month or annually.",
    "It was uſually 5 (the Kelvin sign: \u212a) and the past toll is 9, in the past.",
    "Eighteen deaths so far this year, 40 to date, 12 year to date; 7 on Sunday alone.",
    "bringing the total to 87, the overall toll of 90 and the tally at 3",
    "no cue here at all, 12 people",
]

CUES = [
    properties._background_pattern(),
    properties._running_pattern(),
    properties._ALONE,
    properties._TOTAL,
]


def _same_as_a_scan(cues: properties._Cues, text: str) -> None:
    plain = Caseless(cues.pattern.pattern)
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            assert cues.found(text, lo, hi) == plain.found(text, lo, hi), (lo, hi)
            assert cues.spans(text, lo, hi) == plain.spans(text, lo, hi), (lo, hi)


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("cues", CUES)
def test_cues_match_as_their_pattern_does(text: str, cues: properties._Cues) -> None:
    _same_as_a_scan(cues, text)


PIECES = ["a", "A", "year", "YEAR", "ago", "on", "average", "s", "alone", "total", "to", "ſ"]


@given(st.lists(st.sampled_from([*PIECES, " ", ",", "."]), max_size=12))
def test_cues_match_as_their_pattern_does_on_any_words(pieces: list[str]) -> None:
    for cues in CUES:
        _same_as_a_scan(cues, "".join(pieces))


def test_cue_words_keep_the_shortest_of_nested_words() -> None:
    words = properties._CueWords(["a year", "a year ago", "last year", "annually", "annual"])
    assert words.possible("Annual floods", 0, 13)
    assert not words.possible("Annual floods", 1, 13)
    assert words.possible("last YEAR", 0, 9)
    assert not words.possible("no such words", 0, 13)
    # A window with a letter beyond ASCII is always scanned: "laſt year" is "last year" to the
    # engine. The text's other windows are told by the index.
    assert words.possible("laſt year", 0, 9)
    assert not words.possible("ſ makes no ASCII window possible", 5, 9)
    assert words.possible("ſ and last year", 6, 10)


_AND_MORE_AS_WRITTEN = re.compile(
    r"\band\s+(?:(?:another|a\s+further|an\s+additional)\s+)?(\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
    r"(\s+(?:more|additional)\b)?"
)


@given(st.lists(st.sampled_from(["and", "band", "another", "12", "more", "five", " ", "-"])))
def test_and_more_opens_with_its_literal_as_with_a_boundary(pieces: list[str]) -> None:
    text = "".join(pieces)
    for pos in range(len(text) + 1):
        found = properties._AND_MORE.search(text, pos)
        expected = _AND_MORE_AS_WRITTEN.search(text, pos)
        assert (found and found.groups(), found and found.span()) == (
            expected and expected.groups(),
            expected and expected.span(),
        )


CHANGE_PIECES = st.sampled_from(
    [
        *("rose", "RISEN", "Stood", "hit", "put", "stands", " ", "  ", "\t", "\u00a0", "\u2003"),
        *("to", "TO", "At", "above", "ABOVE", "by", "bY", "toll", "atop", "x", ".", ";", "ſ"),
        *("K", "\u212a", "\u0130", "é", "3", ",", "-"),
    ]
)


@settings(max_examples=800)
@given(st.lists(CHANGE_PIECES, max_size=10).map("".join))
@example("the toll had risen to ")
@example("Stood AT\u00a0")
def test_a_lead_after_a_change_verb_is_told_as_the_pattern_tells_it(lead: str) -> None:
    expected = properties._CHANGE_VERB.pattern.search(lead) is not None
    assert properties._after_change_verb(lead) == expected
