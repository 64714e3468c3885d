"""Work that reading a figure skips, or takes from what it found already, must give what doing
it in full gives: checked on every figure of the fingerprint texts."""

from __future__ import annotations

import pytest

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
