"""A year read alone ("in 2019", "since 2020,") takes a shortcut past the readings _Parser.expr
tries before absolute's: _YEAR_GOES_ON is proved against the grammar word by word, and the
recogniser reads the same texts alike with and without the shortcut."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

import pytest

from factcheck import dates
from tests.test_dates_speed import _Everything, assert_reads_alike, found_spans

# Words before the year that change how it is read: an offset ("in"), a bound ("since"), a day
# or an ordinal ("the", "first"), a range ("between"), a month ("march 2019")
LEADS = ["", "in", "since", "the", "between", "march", "first"]
# What may come after the word that follows the year in a reading that goes on from it
TAILS = ["", "later", "5 pm", "march 3", "2024", "ago", "and 2020", "- 2020"]


def _phrases(year: str, leads: list[str]) -> Iterator[tuple[str, int]]:
    """Each text with the index of its year: every word the grammar reads, and a few it does
    not, after the year, spaced or glued, before each tail, spaced or glued."""
    extras = {"-", "%", ".", "/", ":", "'", "’", "people", "said", "q1", "7", "1974"}
    words = sorted(dates._grammar_words() | extras | {""})  # "": the window's end
    for lead, word in itertools.product(leads, words):
        at = len(lead.split())
        texts = set()
        for tail in TAILS if word else [""]:
            for blank, blank2 in itertools.product(("", " "), repeat=2):
                texts.add(f"{lead} {year}{blank}{word}{blank2}{tail}".strip())
        for text in sorted(texts):
            toks = dates._tokens(text, 0, len(text))[0]
            if toks[at : at + 2] == [year, *([word] if word else [])]:
                yield text, at


def _reads(text: str, at: int, future: bool) -> tuple[object, bool, bool, bool]:
    toks, starts, ends = dates._tokens(text, 0, len(text))
    parser = dates._Parser(text, toks, starts, ends, dt.datetime(2024, 1, 3, 12))
    parser.future, parser.cue_nearest = future, False
    try:
        found: object = parser.expr(at)
    except (dates._NeedsReference, ValueError, OverflowError) as error:
        found = type(error)
    return found, parser.future, parser.cue_nearest, parser.used_ref


@pytest.mark.parametrize(("year", "leads"), [("2019", LEADS), ("1987", LEADS[:3])])
def test_a_year_goes_on_only_into_the_words_of_year_goes_on(
    monkeypatch: pytest.MonkeyPatch, year: str, leads: list[str]
) -> None:
    """Where the year stands before a word outside _YEAR_GOES_ON, the full descent of expr
    finds what the shortcut finds, with or without a future cue, and leaves the cue alike."""
    tried = 0
    for text, at in _phrases(year, leads):
        toks = dates._tokens(text, 0, len(text))[0]
        if toks[at + 1 : at + 2] and toks[at + 1] in dates._YEAR_GOES_ON:
            continue
        for future in (False, True):
            short = _reads(text, at, future)
            with monkeypatch.context() as full:
                full.setattr(dates, "_YEAR_GOES_ON", _Everything())
                assert _reads(text, at, future) == short, text
            tried += 1
    assert tried > 10_000


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("in 2019, the plant closed", ["2019"]),
        ("since 2020 prices rose", ["since 2020"]),
        ("2018 or later", ["2018 or later"]),
        ("from 2019 to 2021", ["from 2019 to 2021"]),
        ("at 1900 GMT", ["1900 GMT"]),
    ],
)
def test_years(text: str, found: list[str]) -> None:
    assert found_spans(text) == found


def test_the_year_shortcut_finds_what_the_full_reading_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = [f"{lead} 2019 {w}" for lead in LEADS for w in ("prices", ",", ".", "'s", "and")]
    assert_reads_alike(monkeypatch, dates, "_YEAR_GOES_ON", _Everything(), extra=extra)
