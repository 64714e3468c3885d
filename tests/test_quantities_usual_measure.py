"""The usual measure ("500 yards were", "about 2,300 feet from") is built by _usual_measure,
where _build tried every reading on the right of the figure: wherever the shortcut gives a
mention, _build must give the same mention and the same place to resume without it. Checked at
every figure of the speed corpus and the fingerprint texts, for every word of the unit tables
before every kind of word after it, and on made-up phrases (hypothesis)."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import quantities as q
from factcheck.lexicon.quantities import RIGHT_QUALIFIERS
from factcheck.mentions import NumberMention
from factcheck.numbers import NumberRead
from tests.test_numbers_lone_units import _vocabulary
from tests.test_quantities_usual_count import _taken_by
from tests.test_trusted import _shared_texts, _speed_paragraphs

_Built = tuple[NumberMention | None, int]


def _general_build(shortcut: str, text: str, num: NumberRead, toks: list[q._Token]) -> _Built:
    """What _build gives with ``shortcut`` refused."""
    saved = getattr(q, shortcut)
    setattr(q, shortcut, lambda *args: None)
    try:
        return q._build(text, num, list(toks))
    finally:
        setattr(q, shortcut, saved)


def check_shortcut(shortcut: str, texts: Iterable[str]) -> tuple[int, int]:
    """Every _build of the texts' figures against the general path, where ``shortcut`` names
    a function of quantities that _build asks before it (None: read on), refused: (builds,
    builds the shortcut answered). Shared by the tests of each such shortcut."""
    counts = [0, 0]
    original_build = q._build
    original_shortcut = getattr(q, shortcut)
    taken: list[object] = []

    def spy(*args: object) -> object:
        got = original_shortcut(*args)
        if got is not None:
            taken.append(got)
        return got

    def build(text: str, num: NumberRead, toks: list[q._Token]) -> _Built:
        del taken[:]
        got = original_build(text, num, list(toks))
        counts[0] += 1
        if taken:
            counts[1] += 1
            general = _general_build(shortcut, text, num, toks)
            assert got == general, (text[num.start : num.end + 40], num)
        return got

    with pytest.MonkeyPatch.context() as m:
        m.setattr(q, "_build", build)
        m.setattr(q, shortcut, spy)
        for text in texts:
            fast = q.find_quantities(text)
            m.setattr(q, shortcut, lambda *args: None)
            assert q.find_quantities(text) == fast, text
            m.setattr(q, shortcut, spy)
    return counts[0], counts[1]


def _check(texts: Iterable[str]) -> tuple[int, int]:
    return check_shortcut("_usual_measure", texts)


def test_usual_measure_reads_the_corpus_as_build() -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert len(texts) > 4000
    builds, shortcuts = _check(texts)
    assert builds > 5000
    assert shortcuts > 300


_AFTER = sorted(
    {"were", "from", "of", "away", "long", "wide", "deep", "ago", "old", "above", "below"}
    | {"warmer", "zero", "per", "an", "a", "squared", "cubed", "and", "half", "two", "one"}
    | {"five", "twelve", "ten", "forty", "hundred", "in", "x", "up", "to", "or", "plus"}
    | {"odd", "more", "less", "so", "off", "out", "over", "of", "a", "thereabouts"}
    | {w for key in RIGHT_QUALIFIERS for w in key.replace("-", " ").split()}
    | set(q._AFTER_UNIT_OPENERS)
)
"""Quiet words after the unit, and the words of each reading after a unit it could open."""

_LEFTS = ["", "about ", "some ", "up to ", "$", "aged ", "rose ", "between ", "from "]
_LEFTS += ["magnitude ", "per cent of ", "-", "minus ", "the ", "Route ", "at least "]
_FIGURES = ["5", "2.5", "two", "half", "1,000", "2017", "a", "three quarters"]
_TAILS = ["", " inches", " zero", " 2 inches", " a half", " 45 minutes", " minutes", " of age"]
_TAILS += [" old", ".", " seconds", " metres"]


def test_every_unit_word_before_every_word_after() -> None:
    words = _vocabulary()
    texts = [f"It was 5 {word} {after} x" for word in words for after in ("from", "of", "two")]
    texts += [f"about 2.5 {word} {after}" for word in words for after in ("ago", "and", "old")]
    _, shortcuts = _check(texts)
    assert shortcuts > 1000


def test_usual_units_with_every_left_figure_and_tail() -> None:
    units = ["metres", "feet", "miles", "hours", "minutes", "days", "years", "km", "kg"]
    units += ["tonnes", "acres", "inches", "yards", "gallons", "euros", "degrees", "celsius"]
    units += ["percent", "pounds", "seconds", "weeks", "mph", "litres", "yrs", "in", "out"]
    texts = [
        f"{left}{figure} {unit} {after}{tail}"
        for left in _LEFTS
        for figure in _FIGURES
        for unit in units
        for after in ("from", "of", "two", "old", "and", "above", "per", "a", "or", "x")
        for tail in _TAILS[:2]
    ]
    texts += [
        f"{left}5 {unit} {after}{tail}"
        for left in ("", "about ")
        for unit in units
        for after in _AFTER
        for tail in _TAILS
    ]
    _, shortcuts = _check(texts)
    assert shortcuts > 5_000


_PARTS = [*_FIGURES, "5", "12", "metres", "feet", "hours", "days", "years", "km", "euros"]
_PARTS += ["degrees", "C", "miles", "from", "of", "and", "old", "ago", "to", "a", "half", "per"]
_PARTS += ["about", "$", "aged", "zero", "two", "inches", "or", "more", " ", " ", " ", "  "]
_PARTS += ["\t", "\u00a0", ".", ",", "-", "'", "é", "ſ", "K", "5", "x", "+", "±"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=10))
def test_usual_measure_on_made_up_phrases(parts: list[str]) -> None:
    _check(["".join(parts), " ".join(parts)])


def test_usual_measure_is_taken_for_the_usual_measures() -> None:
    # the shortcut must fire where it was made for: a unit word alone, then a quiet word
    taken = _taken_by(
        "_usual_measure",
        "People living within 500 yards were told to stay inside.",
        "It went off about 2,300 feet from the grave, 20 minutes after.",
        "He was 5 years old, 12 feet 2 inches, 10 euros of it, 9 degrees of",
    )
    assert [(t.stated_low, t.stated_unit, t.qualifier) for t in taken] == [
        (500.0, "yard", "exact"),
        (2300.0, "foot", "approximately"),
        (20.0, "minute", "exact"),
    ]


_TIME_WORDS = [v for w in ("year", "month", "week", "day") for v in (w, w + "s", "Years", "YEAR")]
_TIME_AFTER = [" old", "-old", " old.", " of age", " of", " ago", " of rationing", ",", "."]
_TIME_AFTER += [" old-timers", " oldest", " and", " to 6", " olds", "  old", " yo", " earlier"]


def test_time_words_open_an_age_only_with_the_words_after() -> None:
    # "four years ago" is a duration the shortcut builds; "5 years old", "5 years of age" are
    # ages, left to _build, whatever the case of the words
    texts = [
        f"{left}{figure} {word}{after}{tail}"
        for left in ("", "about ", "aged ", "rose ", "the ", "a man, ")
        for figure in ("5", "two", "2.5", "1,000", "47")
        for word in _TIME_WORDS
        for after in _TIME_AFTER
        for tail in ("", " x", " 2 months")
    ]
    _, shortcuts = _check(texts)
    assert shortcuts > 2_000


def test_time_words_are_taken_where_no_age_follows() -> None:
    taken = _taken_by(
        "_usual_measure",
        "He was killed four years ago; in 60 years, the driest; eight months of rationing.",
        "He was 5 years old, 5 years of age, 3 yrs ago, 2 days ago.",
    )
    assert [(t.stated_low, t.stated_unit, t.is_age) for t in taken] == [
        (4.0, "year", False),
        (60.0, "year", False),
        (8.0, "month", False),
    ]
