"""A weekday before a comma and "the" ("on Sunday, the ministry said") is read alone unless the
word after "the" goes on into a date (_Parser.bare_weekday): proved against the full descent
of _Parser.expr before every word the grammar reads, and the recogniser reads the same texts
alike with and without the shortcut."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from factcheck import dates
from tests.test_dates_speed import assert_reads_alike
from tests.test_dates_weekdays import shortcut_reads_as_the_full_descent

TAILS = ["", "5 pm", "march 3", "2024"]


def _phrases(weekday: str, article: str) -> Iterator[tuple[str, int]]:
    """Each text with the index of its weekday (0): every word the grammar reads, and a few it
    does not, after the weekday, the comma and the article, before each tail."""
    extras = {"-", "%", ".", "/", ":", "'", "’", "people", "said", "q1", "7", "19", "1974"}
    words = sorted(dates._grammar_words() | extras | {""})  # "": the window's end
    for word, tail, comma in itertools.product(words, TAILS, (", ", " , ", ",")):
        text = f"{weekday}{comma}{article} {word} {tail}".strip()
        toks = dates._tokens(text, 0, len(text))[0]
        if toks[:4] == [weekday, ",", article, *([word] if word else [])][:4]:
            yield text, 0


@pytest.mark.parametrize("article", sorted(dates._WEEKDAY_COMMA_ARTICLES))
def test_a_weekday_comma_article_goes_on_only_into_a_day(
    monkeypatch: pytest.MonkeyPatch, article: str
) -> None:
    assert shortcut_reads_as_the_full_descent(monkeypatch, _phrases("monday", article)) > 5_000


def test_the_weekday_article_shortcut_finds_what_the_full_reading_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = [f"on Sunday, {a} {w}" for a in ("the", "a") for w in ("19th", "ministry", "first")]
    assert_reads_alike(monkeypatch, dates, "_WEEKDAY_COMMA_ARTICLES", frozenset(), extra=extra)
