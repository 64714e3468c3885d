"""A figure glued to a hyphen and an age or a unit word, then a quiet word ("the 47-year-old
driver", "a 394-foot ferry") is built by _usual_hyphened, where _build tried every reading on
the right of the figure: wherever the shortcut gives a mention, _build must give the same
mention and the same place to resume without it. Checked at every figure of the speed corpus
and the fingerprint texts, for every word of the unit tables after a hyphen before every kind
of word after it, and on made-up phrases (hypothesis)."""

from __future__ import annotations

from collections.abc import Iterable

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_numbers_lone_units import _vocabulary
from tests.test_quantities_usual_count import _taken_by
from tests.test_quantities_usual_measure import _AFTER, check_shortcut
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _check(texts: Iterable[str]) -> tuple[int, int]:
    return check_shortcut("_usual_hyphened", texts)


def test_usual_hyphened_reads_the_corpus_as_build() -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert len(texts) > 4000
    builds, shortcuts = _check(texts)
    assert builds > 5000
    assert shortcuts > 100


def test_every_unit_word_after_a_hyphen_before_every_word_after() -> None:
    words = _vocabulary()
    texts = [f"It was a 5-{word} {after} x" for word in words for after in ("from", "of", "two")]
    texts += [f"about 2.5-{word} {after}." for word in words for after in ("ago", "and", "old")]
    texts += [f"a 20-{word} {after}" for word in words for after in ("per", "a", "squared")]
    _, shortcuts = _check(texts)
    assert shortcuts > 1000


_LEFTS = ["", "about ", "some ", "up to ", "$", "aged ", "rose ", "between ", "from ", "a "]
_LEFTS += ["magnitude ", "per cent of ", "-", "minus ", "the ", "Route ", "at least ", "The "]
_FIGURES = ["5", "2.5", "two", "half", "1,000", "2017", "a", "three quarters", "47", "0"]
_AGES = ["year-old", "years-old", "month-old", "week-old", "day-old", "Year-Old", "YEAR-OLD"]
_AGES += ["year old", "year-olds", "years - old", "year -old", "year-oldest"]
_TAILS = ["", " inches", " zero", " 2 inches", " a half", " 45 minutes", " minutes", " of age"]
_TAILS += [" old", ".", " seconds", " metres", "-old", " driver"]


def test_hyphened_units_and_ages_with_every_left_figure_and_tail() -> None:
    units = ["metre", "foot", "mile", "hour", "minute", "day", "year", "km", "kg", "storey"]
    units += ["tonne", "acre", "inch", "yard", "gallon", "euro", "degree", "celsius", "m"]
    units += ["percent", "pound", "second", "week", "mph", "litre", "yr", "in", "out", "kilometre"]
    texts = [
        f"{left}{figure}-{unit} {after}{tail}"
        for left in _LEFTS
        for figure in _FIGURES
        for unit in [*units, *_AGES]
        for after in ("from", "of", "two", "old", "and", "above", "per", "a", "or", "x")
        for tail in _TAILS[:2]
    ]
    texts += [
        f"{left}5-{unit} {after}{tail}"
        for left in ("", "about ")
        for unit in [*units, *_AGES]
        for after in _AFTER
        for tail in _TAILS
    ]
    _, shortcuts = _check(texts)
    assert shortcuts > 5_000


_PARTS = [*_FIGURES, "5", "12", "metre", "foot", "hour", "day", "year", "km", "euro", "-"]
_PARTS += ["degree", "C", "mile", "from", "of", "and", "old", "ago", "to", "a", "half", "per"]
_PARTS += ["about", "$", "aged", "zero", "two", "inches", "or", "more", " ", " ", " ", "  "]
_PARTS += ["\t", "\u00a0", ".", ",", "-", "-", "'", "é", "ſ", "K", "x", "+", "±", "-old"]
_PARTS += ["5-", "47-", "-year-old", "-foot", "-mile", "-day"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=10))
def test_usual_hyphened_on_made_up_phrases(parts: list[str]) -> None:
    _check(["".join(parts), " ".join(parts)])


def test_usual_hyphened_is_taken_for_hyphened_units_and_ages() -> None:
    # the shortcut must fire where it was made for: a hyphened unit or age, then a quiet word
    taken = _taken_by(
        "_usual_hyphened",
        "The 394-foot ferry had about 400 on board, the 47-year-old driver said.",
        "A 20-mile radius, a 96-hour supply, the 984-foot Dali, a 5-foot-long fish.",
    )
    assert [(t.stated_low, t.stated_unit, t.is_age, t.kind) for t in taken] == [
        (394.0, "foot", False, "quantity"),
        (47.0, "year", True, "quantity"),
        (20.0, "mile", False, "quantity"),
        (96.0, "hour", False, "duration"),
    ]
