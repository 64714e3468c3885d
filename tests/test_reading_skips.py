"""Work that reading a figure skips, or takes from what it found already, must give what doing
it in full gives: checked on every figure of the fingerprint texts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import properties
from factcheck.extract import as_document, find_mentions
from factcheck.mentions import NumberMention
from factcheck.patterns import Caseless
from tests.test_trusted import _shared_texts, _speed_paragraphs

Figure = tuple[str, NumberMention, properties._Where]


@pytest.fixture(scope="module")
def figures() -> list[Figure]:
    found: list[Figure] = []
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert len(texts) > 1000
    for text in texts:
        for mention in find_mentions(as_document(text))[1]:
            s, e = properties.sentence_bounds(text, mention.start, mention.end)
            found.append((text, mention, properties._where(text, mention, s, e)))
    assert len(found) > 1000
    return found


def test_clause_end_after_the_core_is_the_full_search(figures: list[Figure]) -> None:
    for text, mention, where in figures:
        expected = properties._clause_end(text, mention.core_end, where.e)
        assert properties._clause_end_after(text, mention, where) == expected, text


def _plain_background_cue(text: str, mention: NumberMention, where: properties._Where) -> bool:
    plain = Caseless(properties._background_pattern().pattern.pattern)
    if plain.found(text, where.s, mention.start):
        return True
    return any(
        not text.startswith(("'s", "’s"), end)
        and text[start:end].lower() not in properties.lex.REFERENCE_PRICE_CUES
        for start, end in plain.spans(text, mention.end, where.hi)
    )


def test_background_cue_is_the_scan_of_both_sides(figures: list[Figure]) -> None:
    cued = 0
    for text, mention, where in figures:
        expected = _plain_background_cue(text, mention, where)
        assert properties._background_cue(text, mention, where) == expected, text
        cued += expected
    assert cued > 10  # the texts have cues: the check compares more than two falses


def test_a_change_by_ends_with_by(figures: list[Figure]) -> None:
    for text, mention, where in figures:
        lo = max(where.s, mention.start - 50)
        if properties._CHANGE_BY.found(text, lo, mention.start):
            assert properties._ends_with_by(text, lo, mention.start), text


@given(st.lists(st.sampled_from(["rose", "ROSE", " ", "\n", "\u2003", "by", "BY", "bY", "ſ", "."])))
def test_any_change_by_ends_with_by(pieces: list[str]) -> None:
    text = "".join(pieces)
    for lo in range(len(text) + 1):
        if properties._CHANGE_BY.found(text, lo, len(text)):
            assert properties._ends_with_by(text, lo, len(text)), text


def _plain_before_an_increment(text: str, end: int, e: int, pred: str | None) -> bool:
    """``_before_an_increment`` as written before its look at the lowered copy."""
    lower = text[end:e].lower()
    m = properties._AND_MORE.search(lower)
    while m is not None and not (
        properties._is_number_word(m.group(1))
        and (
            m.group(2)
            or m.group(0) != "and " + m.group(1)
            or properties._ON_ANOTHER_DAY.match(lower, m.end()) is not None
        )
    ):
        m = properties._AND_MORE.search(lower, m.end())
    if m is None:
        return False
    between = [
        properties._predicate_of()[x.group(1).lower()]
        for x in properties._predicate_pattern().finditer(text, end, end + m.start())
    ]
    return all(p == pred for p in between)


def test_before_an_increment_skips_only_sentences_without_and(figures: list[Figure]) -> None:
    for text, mention, where in figures:
        for pred in (None, "killed"):
            expected = _plain_before_an_increment(text, mention.end, where.e, pred)
            assert properties._before_an_increment(text, mention.end, where.e, pred) == expected


def test_alone_is_the_scan_of_both_sides(figures: list[Figure]) -> None:
    plain = Caseless(properties._ALONE.pattern.pattern)
    for text, mention, where in figures:
        expected = plain.found(text, max(where.s, mention.start - 40), mention.start) or (
            plain.found(text, mention.end, where.hi)
        )
        assert properties._alone(text, mention, where) == expected, text
