""" "in" before a year and a comma or a dot ("in 2019, the plant", "in 1962. It") opens no
expression: the attempt from "in" is skipped (_IN_YEAR_ENDS) and the year reads alone. The
attempt is proved to find nothing before every word the grammar reads after the mark, spaced
or glued, behind words that change the readings, and the recogniser reads the same texts alike
with and without the skip."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

import pytest

from factcheck import dates
from tests.test_dates_speed import assert_reads_alike, found_spans

# Words before "in" that change how the words after it are read: a bound, a range, a cue
LEADS = ["", "since", "between", "will", "the", "early", "was", "from", "march"]
# What may come after the word that follows the mark in a reading that goes on from it
TAILS = ["", "hours", "5 hours", "ago", "later"]


def _phrases(year: str, mark: str) -> Iterator[tuple[str, int]]:
    """Each text with the index of its "in": every word the grammar reads, and a few it does
    not, after the mark, spaced or glued to it."""
    extras = {"-", "%", ".", ",", "/", ":", "'", "’", "people", "said", "q1", "7", "1974", "5"}
    words = sorted(dates._grammar_words() | extras | {""})  # "": the window's end
    for lead, word, blank in itertools.product(LEADS, words, ("", " ")):
        at = len(lead.split())
        for tail in TAILS if not lead and word else [""]:
            text = f"{lead} in {year}{mark}{blank}{word} {tail}".strip()
            toks = dates._tokens(text, 0, len(text))[0]
            if toks[at : at + 3] == ["in", year, mark]:
                yield text, at


@pytest.mark.parametrize(("year", "mark"), list(itertools.product(("2019", "1962", "0999"), ",.")))
def test_in_and_a_year_before_a_mark_opens_nothing(year: str, mark: str) -> None:
    tried = 0
    for text, at in _phrases(year, mark):
        toks, starts, ends = dates._tokens(text, 0, len(text))
        for published in (True, False):
            parser = dates._Parser(text, toks, starts, ends, dt.datetime(2024, 1, 3, 12))
            parser.has_ref = published
            parser.read_cue_before(at)
            try:
                found = parser.expr(at)
            except (dates._NeedsReference, ValueError, OverflowError):
                found = None
            assert found is None, text
            tried += 1
    assert tried > 20_000


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("in 2019, the plant closed", ["2019"]),
        ("It was built in 1962. It fell", ["1962"]),
        ("in 2019.5 hours", []),
        ("in 3 days, the vote", ["in 3 days"]),
    ],
)
def test_in_years(text: str, found: list[str]) -> None:
    assert found_spans(text) == found


def test_the_in_year_skip_finds_what_the_full_reading_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = [f"{lead} in 2019{mark} {w}" for lead in LEADS for mark in ",." for w in ("the", "3")]
    assert_reads_alike(monkeypatch, dates, "_IN_YEAR_ENDS", frozenset(), extra=extra)
