"""The shared regex building blocks: tries and case-insensitive searches in windows.

A :class:`Caseless` search must give exactly what ``re.IGNORECASE`` gives: it only runs a
cheaper pattern where that cannot make a difference. Hypothesis checks it on texts made of the
cues' own pieces in odd cases, word characters that glue to them, and the letters beyond ASCII
that the engine's case folding takes for ASCII ones.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.patterns import Caseless, trie_regex

CUES = ["last year", "last", "on average", "annual", "so far this year", "a year ago"]
SOURCES = [
    r"\b(?:" + trie_regex(CUES) + r")\b",
    r"\b(?:rose|climbed|went up)\b[^.;]{0,12}?\bby\s+$",  # a verb, a gap, "by" at the end
]

PIECES = st.sampled_from(
    [
        *("last", "LAST", "Last", "lAsT", " year", " YEAR", "year", "on ", "average", "annual"),
        *("annually", "so far", " this year", "a year ago", "rose", "Went Up", " by", " BY "),
        *("la\u017ft", "\u017fo far", "\u0130", "\u0131", "\u212a", "x", "7", "_", "é"),
        *(" ", "  ", "\n", ",", ".", ";", "-", "’"),
    ]
)
TEXTS = st.lists(PIECES, max_size=14).map("".join)


@settings(max_examples=600)
@given(TEXTS, st.data(), st.sampled_from(SOURCES))
@example("la\u017ft year", None, SOURCES[0])
@example("blast year", None, SOURCES[0])
def test_a_caseless_search_answers_as_ignorecase(
    text: str, data: st.DataObject | None, source: str
) -> None:
    if data is None:  # an explicit example: the whole text
        lo, hi = 0, len(text)
    else:
        lo = data.draw(st.integers(0, len(text)))
        hi = data.draw(st.integers(lo, len(text)))
    caseless = Caseless(source)
    flagged = re.compile(source, re.IGNORECASE)
    assert caseless.found(text, lo, hi) == (flagged.search(text, lo, hi) is not None)
    assert caseless.spans(text, lo, hi) == [m.span() for m in flagged.finditer(text, lo, hi)]
    window = text[lo:hi]  # a string of its own
    assert caseless.found_in(window) == (flagged.search(window) is not None)


def test_a_window_starting_inside_a_word_keeps_the_boundary_it_had() -> None:
    cue = Caseless(r"\blast\b")
    assert not cue.found("the blast", 5, 9)  # "last" inside "blast": no word boundary
    assert cue.found("the last", 4, 8)


def test_a_caseless_pattern_must_be_written_in_lower_case() -> None:
    with pytest.raises(ValueError, match="lower case"):
        Caseless(r"\bLast\b")
    Caseless(r"\bstill\B\s\S")  # escapes may be upper case


def test_the_trie_matches_as_the_alternation() -> None:
    words = ["jan", "january", "june", "ju"]
    trie = re.compile(r"\b(?:" + trie_regex(words) + r")\b")
    plain = re.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b")
    for text in ["january", "jan", "june", "ju", "jun", "janu", "ju june january"]:
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_folds_are_every_letter_the_engine_takes_for_ascii() -> None:
    from factcheck.patterns import _ASCII_FOLDS

    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    folded = {chr(c) for c in range(0x80, 0x110000) if ascii_letter.fullmatch(chr(c))}
    assert folded == {chr(c) for c in _ASCII_FOLDS}


@pytest.mark.parametrize(
    "text",
    [
        "an area of 5 ſquare miles",
        "There're about five hundred or leſſ in these products.",
        "Water boils at 100° Celſiuſ",
        "They lost 75 USD mıllıon ın the past three years.",
        "It weighs 3 \u212ailograms and costs 40 \u0130NR.",
    ],
)
def test_letters_folded_to_ascii_read_as_the_words_they_spell(text: str) -> None:
    """re.IGNORECASE matches "ſ" as "s" and "ı" as "i": the tables looked up with what a
    pattern matched must find those words too, never fail on them."""
    import factcheck

    assert factcheck.extract(text) is not None
