"""A bare figure that a mark closes ("injuring 40, the", "rose to 131.", "The driver, 47,
was") is built by _usual_bare_count, where _build tried every reading on the right of the
figure: wherever the shortcut gives a result, _build must give the same mention (or none) and
the same place to resume without it. Checked at every figure of the speed corpus and the
fingerprint texts, for every left context of the tables before every mark and what may follow
it, and on made-up phrases (hypothesis)."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import quantities as q
from factcheck.lexicon.quantities import CHANGE_WORDS, LEFT_QUALIFIERS, RIGHT_QUALIFIERS
from factcheck.mentions import NumberMention
from tests.test_quantities_usual_measure import check_shortcut
from tests.test_trusted import _shared_texts, _speed_paragraphs

_Built = tuple[NumberMention | None, int]


def _check(texts: Iterable[str]) -> tuple[int, int]:
    return check_shortcut("_usual_bare_count", texts)


def test_usual_bare_count_reads_the_corpus_as_build() -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert len(texts) > 4000
    builds, shortcuts = _check(texts)
    assert builds > 5000
    assert shortcuts > 300


_MARKS = [*sorted(q._MARKS_AFTER_BARE), ".,", "..", ". ", ".\n", ", ", ";\n", "(", "-", "+"]
_AFTER_MARK = ["", " was", " the", "were", "2", " 2 inches", " or more", "+", " below zero"]
_AFTER_MARK += [" and 41", " to 10", "km", " km", "m", "%", " people", "odd", "o.", " who"]
_FIGURES = ["40", "1", "0", "0.5", "½", "7.8", "12,000", "2017", "1962", "58", "121", "3.5m"]
_FIGURES += ["forty", "half", "a quarter", "1.2 million", "5th", "10:30", "-3"]
_LEFTS = ["", "said ", "injuring ", "about ", "at least ", "rose to ", "between ", "from "]
_LEFTS += ["aged ", "the ", "The driver, ", "a man, ", "The victim was ", "Hug, ", "Overall, "]
_LEFTS += ["the man, who was ", "$", "minus ", "-", "magnitude ", "per cent of ", "Route "]


def test_every_left_reading_before_every_mark() -> None:
    # every qualifier, verb of change and word a left reading takes, then a figure and a mark
    lefts = [*LEFT_QUALIFIERS, *CHANGE_WORDS, "between", "from", "aged", "ages", "was", "is"]
    lefts += [word.capitalize() for word in lefts]
    texts = [
        f"The man, {left} {figure}{mark}{after}"
        for left in lefts
        for figure in ("40", "2017", "0.5", "forty")
        for mark in _MARKS
        for after in ("", " was")
    ]
    _, shortcuts = _check(texts)
    assert shortcuts > 2_000


def test_every_figure_and_left_before_every_mark_and_tail() -> None:
    texts = [
        f"{left}{figure}{mark}{after}"
        for left in _LEFTS
        for figure in _FIGURES
        for mark in _MARKS
        for after in _AFTER_MARK
    ]
    texts += [f"said 40{mark} {rq}" for mark in _MARKS for rq in RIGHT_QUALIFIERS]
    _, shortcuts = _check(texts)
    assert shortcuts > 20_000


_PARTS = [*_FIGURES, "5", "12", "people", "driver", "man", "was", "who", "is", "aged", "and"]
_PARTS += ["to", "or", "more", "plus", "below", "zero", "km", "feet", "years", "old", "of"]
_PARTS += [" ", " ", " ", ",", ",", ".", ".", ";", ":", ")", "(", "!", "?", "\n", "-", "+"]
_PARTS += ["\t", "\u00a0", "'", "é", "ſ", "K", "x", "±", "$", "%", "about", "The", "Hug"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=10))
def test_usual_bare_count_on_made_up_phrases(parts: list[str]) -> None:
    _check(["".join(parts), " ".join(parts)])


def test_usual_bare_count_is_taken_before_marks() -> None:
    # the shortcut must fire where it was made for: a bare figure, then a mark
    taken: list[NumberMention] = []
    original = q._usual_bare_count

    def spy(*args: object) -> _Built | None:
        got: _Built | None = original(*args)  # type: ignore[arg-type]
        if got is not None and got[0] is not None:
            taken.append(got[0])
        return got

    with pytest.MonkeyPatch.context() as m:
        m.setattr(q, "_usual_bare_count", spy)
        q.find_quantities("Killing 3 and injuring 40, the boat sank. The driver, 47, was hurt.")
        q.find_quantities("The toll rose to at least 131. It opened in 1987, and a crew of five.")
    assert [(t.stated_low, t.qualifier, t.is_age) for t in taken] == [
        (40.0, "exact", False),
        (47.0, "exact", True),
        (131.0, "at_least", False),
    ]
