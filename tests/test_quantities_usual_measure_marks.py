"""The usual measure before a mark ("5 hours, and", "20 hectares.", "3 km)") is built by
_usual_measure, where _build tried every reading on the right of the figure: wherever the
shortcut gives a mention, _build must give the same mention and the same place to resume
without it. Checked for every word of the unit tables before every mark and what may follow
it (abbreviations with a point: "ft.", "m. o.", "y.o."), for the usual units after every left
context and figure, and on made-up phrases (hypothesis); every figure of the fingerprint texts
is checked by tests/test_quantities_usual_measure.py, whose shortcut this is."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_numbers_lone_units import _vocabulary
from tests.test_quantities_usual_count import _taken_by
from tests.test_quantities_usual_measure import _FIGURES, _LEFTS, _check

_MARKS = [",", ".", ";", ":", ")", "!", "?", "\n", ".,", "..", ". ", ".\n", ", ", ";\n"]
_AFTER_MARK = ["", " 2 inches", "2 inches", " and 45 minutes", " and a half", " old", "o.", "g."]
_AFTER_MARK += [" from", "5", " per hour", "/h", " to 10", " or more", "+", " below zero", "x"]


def test_every_unit_word_before_every_mark() -> None:
    words = _vocabulary()
    texts = [
        f"It was 5 {word}{mark}{after}"
        for word in words
        for mark in _MARKS
        for after in ("", " 2 inches", "o.", " and a half")
    ]
    _, shortcuts = _check(texts)
    assert shortcuts > 1000


def test_usual_units_with_every_left_figure_mark_and_tail() -> None:
    units = ["metres", "feet", "ft", "miles", "mi", "hours", "hrs", "minutes", "min", "days"]
    units += ["years", "y", "yrs", "km", "kg", "k", "g", "m", "tonnes", "acres", "inches", "in"]
    units += ["yards", "yd", "gallons", "euros", "dollars", "degrees", "celsius", "C", "F"]
    units += ["percent", "pct", "pounds", "lb", "seconds", "sec", "s", "weeks", "mph", "litres"]
    texts = [
        f"{left}{figure} {unit}{mark}{after}"
        for left in _LEFTS
        for figure in _FIGURES
        for unit in units
        for mark in _MARKS[:8]
        for after in _AFTER_MARK
    ]
    _, shortcuts = _check(texts)
    assert shortcuts > 10_000


_PARTS = [*_FIGURES, "5", "12", "metres", "feet", "ft", "hours", "days", "km", "k", "g", "y"]
_PARTS += ["euros", "degrees", "C", "miles", "and", "old", "o", "to", "a", "half", "per", "in"]
_PARTS += [" ", " ", " ", ",", ",", ".", ".", ";", ":", ")", "(", "!", "?", "\n", "-", "/"]
_PARTS += ["'", "é", "ſ", "K", "x", "+", "±", "$", "about", "aged", "2"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=10))
def test_usual_measure_before_marks_on_made_up_phrases(parts: list[str]) -> None:
    _check(["".join(parts), " ".join(parts)])


def test_usual_measure_is_taken_before_marks() -> None:
    # the shortcut must fire where it was made for: a unit word alone, then a mark
    taken = _taken_by(
        "_usual_measure",
        "It burned for 12 hours, and 300 hectares. Then 5 feet, 2 inches and 4 km (about).",
    )
    assert [(t.stated_low, t.stated_unit) for t in taken] == [
        (12.0, "hour"),
        (300.0, "hectare"),
    ]
