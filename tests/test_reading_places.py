"""build_claims finds where every figure of a text sits (its sentence, its clause's start and
end) in one sweep, properties.figure_places, where each figure called sentence_bounds, then
_clause_start and _clause_end, each bisecting the text's breaks from its start. The sweep finds
the places those calls find, for figures in the recogniser's order and in any other."""

from __future__ import annotations

from typing import Any, NamedTuple, cast

from hypothesis import given
from hypothesis import strategies as st

from factcheck import properties
from factcheck.extract import as_document, find_mentions
from tests.test_trusted import _shared_texts, _speed_paragraphs


class _Span(NamedTuple):
    """All figure_places reads of a mention."""

    start: int
    end: int


def _as_each_call_finds_them(text: str, mentions: list[Any]) -> list[Any]:
    # the text's, in every place: the sets some reading asks of (tests/test_reading_cue_scope.py)
    absent = properties._cue_sets_absent(text, properties._CueWords.asked)
    return [
        properties._where(text, m, *properties.sentence_bounds(text, m.start, m.end))._replace(
            absent=absent
        )
        for m in mentions
    ]


def test_every_figure_s_place_is_the_one_its_calls_find() -> None:
    compared = 0
    for text in [*_speed_paragraphs(), *_shared_texts()]:
        figures = find_mentions(as_document(text))[1]
        assert properties.figure_places(text, figures) == _as_each_call_finds_them(text, figures)
        compared += len(figures)
    assert compared > 5000


_PIECES = st.sampled_from(
    [
        "Police",
        "homes",
        "Florida",
        " and ",
        "and",
        " after ",
        "brand",
        " ",
        ", ",
        ",",
        "12",
        ":",
        "; ",
        ". ",
        ".",
        "Dr. ",
        "J. ",
        "? ",
        "!",
        "\n",
        "(",
        ")",
        "\u2014",
        "\u2013",
        "\u00e9t\u00e9",
        "x" * 70,
    ]
)


@given(st.data(), st.lists(_PIECES, max_size=40).map("".join))
def test_made_up_figures_sit_where_each_call_finds_them(data: st.DataObject, text: str) -> None:
    bound = st.integers(0, len(text))
    spans = data.draw(st.lists(st.tuples(bound, bound), max_size=12))
    figures = [_Span(min(a, b), max(a, b)) for a, b in spans]
    if data.draw(st.booleans()):
        figures.sort()  # the recogniser's order; else any order
    found = properties.figure_places(text, cast(Any, figures))
    assert found == _as_each_call_finds_them(text, figures)
