"""_entity asks the text's list of where an ordinal starts (properties._ordinal_starts, one
str.find per ordinal through the lowered copy, once per text) whether one starts in the
fragment before a figure, where every figure lowered its fragment and ran the hint's regex
through it. It finds the entity _entity as first written finds, for every figure of the
speed corpus and the fingerprint texts and at every offset of made-up texts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import properties
from factcheck.extract import as_document, find_mentions
from factcheck.lexicon import properties as lex
from factcheck.patterns import lowered
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _entity_as_first_written(text: str, s: int, start: int) -> str | None:
    fragment = text[max(s, start - 60) : start]
    if properties._ORDINAL_HINT.search(fragment.lower()) is None:
        return None
    words = properties._lower_words(fragment)
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in lex.ENTITY_ORDINALS:
            if i + 1 < len(words) and words[i + 1].removesuffix("'s") in properties._TIME_WORDS:
                continue
            return lex.ENTITY_ORDINALS[w]
    return None


def test_every_figure_s_entity_is_the_one_first_found() -> None:
    compared = found = 0
    for text in [*_speed_paragraphs(), *_shared_texts()]:
        figures = find_mentions(as_document(text))[1]
        for figure, place in zip(figures, properties.figure_places(text, figures), strict=True):
            for start in (figure.core_start, figure.start):
                entity = properties._entity(text, place.s, start)
                assert entity == _entity_as_first_written(text, place.s, start), (text, start)
                compared += 1
                found += entity is not None
    assert compared > 10000
    assert found > 50


def _ordinals_as_found_one_by_one(text: str) -> list[int] | None:
    low = lowered(text)
    if low is None:
        return None
    return [i for i in range(len(text)) if low.text.startswith(tuple(lex.ENTITY_ORDINALS), i)]


def test_the_list_holds_every_start_of_an_ordinal() -> None:
    for text in [*_speed_paragraphs(), *list(_shared_texts())[::5]]:
        assert properties._ordinal_starts(text) == _ordinals_as_found_one_by_one(text)


_PIECES = st.sampled_from(
    [
        *lex.ENTITY_ORDINALS,
        *(w.upper() for w in lex.ENTITY_ORDINALS),
        "fir",
        "irst",
        "las",
        "ast",
        "LaSt",
        "Fſrst",
        "ſecond",
        "\u0130nitial",  # "İ": lowering it moves offsets
        "\u212a",  # the Kelvin sign, lowered to "k"
        "\u03a3",  # a capital sigma, lowered by what follows it
        "\u00e9",
        " ",
        "-",
        "'s ",
        "year",
        " time ",
        "the ",
        ". ",
        "12",
    ]
)


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_made_up_texts_read_the_entity_first_found_at_every_offset(text: str) -> None:
    assert properties._ordinal_starts(text) == _ordinals_as_found_one_by_one(text)
    for start in range(len(text) + 1):
        for s in {0, max(0, start - 7), start}:
            assert properties._entity(text, s, start) == _entity_as_first_written(text, s, start)
