"""A weekday read alone ("on Wednesday", "Tuesday's", "said on Monday that") takes a shortcut past
the full descent of _Parser.expr: _WEEKDAY_GOES_ON is proved against the grammar word by word,
and the recogniser reads the same texts alike with and without the shortcut."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

import pytest

from factcheck import dates
from factcheck.lexicon import dates as lex
from tests.test_dates_speed import assert_reads_alike, found_spans

# Words before the weekday that change how it is read: an ordinal or "last" before "Tuesday
# after" (counted from an undated event)
LEADS = ["", "the first"]
# What may come after the word that follows the weekday in a reading that goes on from it
TAILS = ["", "5 pm", "night", "march 3", "2024", "the 3rd", "next week"]
FEW_TAILS = ["", "at 5 pm", "week", "first quarter", "- 3pm", "to friday"]
# Between the weekday and the word: nothing, the comma or dot the shortcut looks past, a possessive
BETWEEN: list[list[str]] = [[], [","], ["."], ["'", "s"], ["’", "s"]]


def _phrases(weekday: str, tails: list[str]) -> Iterator[tuple[str, int]]:
    """Each text with the index of its weekday: every word the grammar reads, and a few it does
    not, after the weekday and what may stand between, each part spaced from the next or
    glued to it."""
    extras = {"-", "%", ".", "/", ":", "'", "’", "people", "said", "q1", "h2", "7", "1974"}
    words = sorted(dates._grammar_words() | extras | {""})  # "": the window's end
    for lead, between, word in itertools.product(LEADS, BETWEEN, words):
        at = len(lead.split())
        texts = set()
        for tail in tails if word else [""]:
            for blanks in itertools.product(("", " "), repeat=len(between) + 2):
                text = f"{lead} " if lead else ""
                for part, blank in zip([weekday, *between, word, tail], (*blanks, ""), strict=True):
                    text += part + blank
                texts.add(text.strip())
        for text in sorted(texts):
            toks = dates._tokens(text, 0, len(text))[0]
            if toks[at : at + len(between) + 2] == [weekday, *between, *([word] if word else [])]:
                yield text, at


def _reads(text: str, at: int, future: bool) -> tuple[object, bool, bool]:
    toks, starts, ends = dates._tokens(text, 0, len(text))
    parser = dates._Parser(text, toks, starts, ends, dt.datetime(2024, 1, 3, 12))
    parser.future, parser.cue_nearest = future, False
    return parser.expr(at), parser.future, parser.cue_nearest


@pytest.mark.parametrize(("weekday", "tails"), [("monday", TAILS), ("sunday", FEW_TAILS)])
def test_a_weekday_goes_on_only_into_the_words_of_weekday_goes_on(
    monkeypatch: pytest.MonkeyPatch, weekday: str, tails: list[str]
) -> None:
    """Where _Parser.bare_weekday says the weekday is read alone, the full descent of expr
    finds what the shortcut finds, with or without a future cue, and leaves the cue alike."""
    assert shortcut_reads_as_the_full_descent(monkeypatch, _phrases(weekday, tails)) > 10_000


def shortcut_reads_as_the_full_descent(
    monkeypatch: pytest.MonkeyPatch, phrases: Iterator[tuple[str, int]]
) -> int:
    """Assert, for each text whose weekday at ``at`` _Parser.bare_weekday reads alone, that the
    full descent of expr reads it alike, with and without a future cue; return how many
    readings were compared (a proof that tried nothing proves nothing)."""
    tried = 0
    for text, at in phrases:
        toks, starts, ends = dates._tokens(text, 0, len(text))
        parser = dates._Parser(text, toks, starts, ends, dt.datetime(2024, 1, 3, 12))
        if not parser.bare_weekday(at):
            continue
        for future in (False, True):
            short = _reads(text, at, future)
            with monkeypatch.context() as full:
                full.setattr(dates, "_FULL_WEEKDAYS", frozenset())
                assert _reads(text, at, future) == short, text
            tried += 1
    return tried


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Twin blasts on Wednesday killed 12", ["Wednesday"]),
        ("Tuesday's vote", ["Tuesday"]),
        ("said on Monday, police said", ["Monday"]),
        ("on Monday. The vote", ["Monday"]),
        ("on Monday, March 4", ["Monday, March 4"]),
        ("Friday at 10:30 a.m.", ["Friday at 10:30 a.m."]),
        ("Thursday night", ["Thursday night"]),
        ("Monday to Friday", ["Monday to Friday"]),
    ],
)
def test_weekdays(text: str, found: list[str]) -> None:
    assert found_spans(text) == found


def test_the_weekday_shortcut_finds_what_the_full_reading_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = [f"on {day.capitalize()} {w}" for day in lex.WEEKDAYS for w in ("that", ",", "'s")]
    assert_reads_alike(monkeypatch, dates, "_FULL_WEEKDAYS", frozenset(), extra=extra)
