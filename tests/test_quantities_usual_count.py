"""The usual count ("said 84 people were", "Nineteen firefighters") is built by _usual_count,
where _build tried every reading on the right of the figure: the mentions must be those the
full _build gives, over the speed corpus, the fingerprint texts and made-up phrases of every
left word of the tables and every kind of word after the figure."""

from __future__ import annotations

import pytest

from factcheck import quantities as q
from factcheck.lexicon.quantities import (
    CHANGE_WORDS,
    IRREGULAR_PLURALS,
    LEFT_QUALIFIERS,
    NOUN_MODIFIERS,
    NOUN_STOPWORDS,
    RIGHT_QUALIFIERS,
)
from factcheck.mentions import NumberMention
from tests.test_trusted import _shared_texts, _speed_paragraphs

_FIGURES = ["84", "1", "0", "7.8", "12,000", "2017", "1.2 million", "one", "Nineteen", "a", "½"]
_NOUNS = ["people", "firefighters", "homes", "person", "assessment", "times", "time", "of"]
_NOUNS += ["police officers", "rail cars", "people's", "k.g.", "others", "were"]
_LEFTS = ["said", "", "the", "killed", "Route", "Camp", "aged", "$", "-", "US$", "about"]
_TAILS = ["", " were hurt.", " or more", " or so", "+", "-odd", " a week", ",", " of them"]


def _without_shortcut(monkeypatch: pytest.MonkeyPatch, texts: list[str]) -> list[object]:
    with monkeypatch.context() as m:
        m.setattr(q, "_usual_count", lambda *args: None)
        return [q.find_quantities(text) for text in texts]


def _check(monkeypatch: pytest.MonkeyPatch, texts: list[str]) -> None:
    fast = [q.find_quantities(text) for text in texts]
    slow = _without_shortcut(monkeypatch, texts)
    for text, a, b in zip(texts, fast, slow, strict=True):
        assert a == b, text


def test_usual_count_reads_the_corpus_as_build(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert len(texts) > 4000
    _check(monkeypatch, texts)


def test_usual_count_after_every_left_word_of_the_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    # every qualifier, verb of change and word a left reading takes, written as it is and
    # capitalised, then a figure, a plain noun and what may follow it
    lefts = [*LEFT_QUALIFIERS, *CHANGE_WORDS, *_LEFTS, "between", "from", "magnitude", "minus"]
    lefts += [word.capitalize() for word in lefts]
    texts = [
        f"It {left} {figure} {noun}{tail}"
        for left in lefts
        for figure in ("84", "2017", "one")
        for noun in ("people", "assessment")
        for tail in ("", " or more")
    ]
    _check(monkeypatch, texts)


def test_usual_count_before_every_kind_of_word_after(monkeypatch: pytest.MonkeyPatch) -> None:
    # plain nouns, stopwords, modifiers, irregular plurals, the words that open a reading on
    # the right (units, ranges, ages, proportions) and every right qualifier after the noun
    rights = [*_NOUNS, *sorted(NOUN_STOPWORDS), *sorted(NOUN_MODIFIERS)[:60]]
    rights += [*IRREGULAR_PLURALS, *IRREGULAR_PLURALS.values(), *q._RIGHT_OPENERS]
    rights += ["km", "metres", "feet", "percent", "dollars", "miles", "hours", "degrees"]
    texts = [
        f"{left} {figure} {right}{tail}"
        for left in ("said", "", "about")
        for figure in _FIGURES
        for right in rights
        for tail in _TAILS
    ]
    texts += [
        f"said {figure} people{tail} {rq}"
        for figure in _FIGURES
        for tail in ("", ",")
        for rq in RIGHT_QUALIFIERS
    ]
    _check(monkeypatch, texts)


def test_usual_count_is_taken_for_the_usual_counts() -> None:
    # the shortcut must fire where it was made for: nothing qualifying on the left, a noun after
    taken = _taken_by(
        "_usual_count",
        "Officials said 84 people were hurt and Nineteen firefighters came.",
        "About 84 people were hurt in the 2017 assessment.",
    )
    assert [(t.stated_low, t.noun) for t in taken] == [
        (84.0, "person"),
        (19.0, "firefighter"),
        (84.0, "person"),
    ]


def _taken_by(shortcut: str, *texts: str) -> list[NumberMention]:
    """The mentions that quantities' ``shortcut`` (``_usual_count``, ``_usual_measure``) built
    while find_quantities read ``texts``."""
    taken: list[NumberMention] = []
    original = getattr(q, shortcut)

    def spy(*args: object) -> NumberMention | None:
        got: NumberMention | None = original(*args)
        if got is not None:
            taken.append(got)
        return got

    with pytest.MonkeyPatch.context() as m:
        m.setattr(q, shortcut, spy)
        for text in texts:
            q.find_quantities(text)
    return taken
