"""noun_class is cached by word, as fuzzy_word is: a figure's readings ask about its noun up
to five times, and news texts count the same few nouns. The cached function returns what the
function as written returns, for every noun the readings ask about over the speed corpus and
the fingerprint texts, in both modes, and for made-up words."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from factcheck import properties
from factcheck.extract import as_document, build_claims, find_mentions
from tests.test_trusted import _shared_texts, _speed_paragraphs

_written = properties.noun_class.__wrapped__


def test_asked_nouns_class_as_written() -> None:
    asked: set[tuple[Any, bool]] = set()
    cached = properties.noun_class

    def recording(noun: str | None, *, fuzzy: bool = True) -> str | None:
        asked.add((noun, fuzzy))
        return cached(noun, fuzzy=fuzzy)

    properties.noun_class = recording  # type: ignore[assignment]
    try:
        for text in [*_speed_paragraphs(), *list(_shared_texts())[::3]]:
            document = as_document(text)
            dates, numbers = find_mentions(document)
            build_claims(document, dates, numbers)
    finally:
        properties.noun_class = cached
    assert len(asked) > 300
    for noun, fuzzy in asked:
        assert cached(noun, fuzzy=fuzzy) == _written(noun, fuzzy=fuzzy), noun


_LETTERS = st.text(alphabet="aeiosthrnlpbcdkxyz -'ÉéſİK", max_size=14)


@given(_LETTERS, st.booleans())
def test_made_up_nouns_class_as_written(noun: str, fuzzy: bool) -> None:
    properties.noun_class.cache_clear()
    first = properties.noun_class(noun, fuzzy=fuzzy)
    assert first == properties.noun_class(noun, fuzzy=fuzzy) == _written(noun, fuzzy=fuzzy)
    assert properties.noun_class(None) is None
