"""A measure in parts of one system ("6 ft 2 in", "2 km and 1 metre") is read on after its
unit only where a part can start: :func:`quantities._read_compound` refuses at once a blank and
two letters that open no number ("300 metres long", "40 minutes after"), where
:func:`quantities._read_part` matched its join and refused the same word. Over the fingerprint
texts and made-up phrases: wherever the shortcut refuses, the join ends after the blank and
the part reader finds nothing, for every unit that has parts, with and without "and"."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import quantities as q
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _refused_at_once(text: str, at: int) -> bool:
    """The shortcut's test, as :func:`q._read_compound` writes it."""
    head = text[at + 1 : at + 3]
    return (
        text.startswith(" ", at)
        and head.isalpha()
        and head.isascii()
        and head.lower() not in q.NUMBER_WORD_HEADS
    )


def _check_refusals(text: str, units: list[str]) -> int:
    refused = 0
    for at in range(len(text)):
        if not _refused_at_once(text, at):
            continue
        refused += 1
        join = q._COMPOUND_JOIN.match(text, at)
        assert join is not None
        assert join.end() == at + 1, (text[at : at + 20], at)
        for unit in units:
            for and_ok in (True, False):
                assert q._read_part(text, at, unit, and_ok) is None, (text[at:], at, unit)
                assert q._read_compound(text, at, unit, and_ok=and_ok) is None
    return refused


def test_refused_heads_start_no_part() -> None:
    units = sorted(q._COMPOUNDS)
    texts = [*_speed_paragraphs(), *list(_shared_texts())[::5]]
    assert sum(_check_refusals(text, units) for text in texts) > 10_000


_PARTS = [
    *("2", "two", "Two", "an", "and", "And", "AND", "a", "half", "on", "in", "inches", "ft"),
    *("feet", "cents", "minutes", "long", "after", "of", "x", "é", "É", "fifteen", "ten"),
    *(" ", "  ", "\t", ",", ", ", "-", ".", "'", '"', "5", "50"),
]


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(sorted(q._COMPOUNDS)), st.lists(st.sampled_from(_PARTS), max_size=8))
def test_refused_heads_on_made_up_phrases(unit: str, parts: list[str]) -> None:
    _check_refusals("5 feet" + "".join(parts), [unit])


def test_the_usual_words_after_a_unit_are_refused() -> None:
    assert _refused_at_once("300 metres long", 10)
    assert _refused_at_once("40 minutes after", 10)
    assert not _refused_at_once("6 feet 2 inches", 6)
    assert not _refused_at_once("6 feet two inches", 6)
    assert not _refused_at_once("an hour and 45 minutes", 7)
    assert not _refused_at_once("5 feet, 2 inches", 6)
    assert q._read_compound("6 feet 2 inches", 6, "foot") is not None
