"""A figure glued to "%" before a quiet word ("50% of the city's", "It was 15% contained") is
built by _usual_percent, where _build tried every reading on the right of the figure:
wherever the shortcut gives a mention, _build must give the same mention and the same place to
resume without it. Checked at every figure of the speed corpus and the fingerprint texts, for
every left reading and every word after the sign, and on made-up phrases (hypothesis)."""

from __future__ import annotations

from collections.abc import Iterable

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.lexicon.quantities import CHANGE_WORDS, LEFT_QUALIFIERS, RIGHT_QUALIFIERS
from tests.test_quantities_usual_count import _taken_by
from tests.test_quantities_usual_measure import _AFTER, check_shortcut
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _check(texts: Iterable[str]) -> tuple[int, int]:
    return check_shortcut("_usual_percent", texts)


def test_usual_percent_reads_the_corpus_as_build() -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert len(texts) > 4000
    builds, shortcuts = _check(texts)
    assert builds > 5000
    assert shortcuts > 100


_FIGURES = ["5", "2.5", "two", "half", "1,000", "2017", "a", "0", "-3", "1.2 million", "5m"]
_AFTERS = [*_AFTER, "points", "point", "off", "of", "per", "pa", "a", "y", "contained", "x"]
_TAILS = ["", " inches", " zero", " 2", " a half", " the", "-odd", " or more", ".", "+", "%"]


def test_every_left_reading_and_word_after_the_sign() -> None:
    lefts = [*LEFT_QUALIFIERS, *CHANGE_WORDS, "between", "from", "aged", "by", "to", "at"]
    lefts += ["per cent of", "magnitude", "$", "-", "minus", "The", "Route", "rose by"]
    texts = [
        f"It was {left} {figure}% {after}{tail}"
        for left in lefts
        for figure in _FIGURES[:4]
        for after in ("of", "contained", "and", "to", "more")
        for tail in _TAILS[:3]
    ]
    texts += [
        f"{left}{figure}%{blank}{after}{tail}"
        for left in ("", "about ", "up ")
        for figure in _FIGURES
        for blank in (" ", "  ", "\t", "")
        for after in _AFTERS
        for tail in _TAILS
    ]
    texts += [f"rose 40% {rq} x" for rq in RIGHT_QUALIFIERS]
    _, shortcuts = _check(texts)
    assert shortcuts > 5_000


_PARTS = [*_FIGURES, "5", "12", "%", "%", "%", "of", "the", "and", "to", "or", "more", "plus"]
_PARTS += ["about", "$", "aged", "zero", "points", "per", "cent", "off", " ", " ", " ", "  "]
_PARTS += ["\t", "\u00a0", ".", ",", "-", "'", "é", "ſ", "K", "x", "+", "±", "-odd", "5%"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=10))
def test_usual_percent_on_made_up_phrases(parts: list[str]) -> None:
    _check(["".join(parts), " ".join(parts)])


def test_usual_percent_is_taken_before_quiet_words() -> None:
    # the shortcut must fire where it was made for: a figure, "%", then a quiet word
    taken = _taken_by(
        "_usual_percent",
        "Taps in around 50% of the city's districts; it was 15% contained on Monday.",
        "It rose 5% to 6%, 40%-50% or 30% or more; 7% per year.",
    )
    assert [(t.stated_low, t.stated_unit, t.qualifier) for t in taken] == [
        (50.0, "percent", "approximately"),
        (15.0, "percent", "exact"),
        (7.0, "percent", "exact"),  # "per" after a percent makes no rate: read as _build reads it
    ]
