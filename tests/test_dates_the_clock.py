"""The attempts the date recogniser skips at "the" before a clock written with a colon, and at
an open range before them ("the 16:10 tremor", "shortly after the 16:10 tremor"), would have
found nothing: _the_reads_nothing is proved against the grammar word by word after the clock,
spaced and glued, and the recogniser reads the same texts alike with and without the skip."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from factcheck import dates
from factcheck.lexicon import dates as lex
from tests.test_dates_counts import _expr_finds_nothing
from tests.test_dates_speed import assert_reads_alike, found_spans, starts_skipped

# Every open range before "the" (the skip's leads), and none
LEADS = ["", *sorted(lex.OPEN_RANGES)]
# Hours of one and two digits, the noon and the midnight of a 24-hour clock
CLOCKS = ["16:10", "4:30", "00:05", "12:00"]
# What may come after the word that follows the clock in a reading that goes on past it
TAILS = ["", "pm", "9", "monday", "of march"]


def _phrases() -> Iterator[tuple[str, int]]:
    """Each text with the index of its "the" and whether an open range leads it: every word the
    grammar reads, and a few it does not, after every clock, spaced (before every tail) and
    glued, behind every lead."""
    plurals = {f"{day}s" for day in lex.WEEKDAYS}  # read by weekdays_away, not as words
    extras = {"-", "%", ".", "/", ":", ",", "c", "tremor", "1974", "7", "05", ""}
    words = sorted(dates._grammar_words() | plurals | extras)
    for lead in LEADS:
        for clock in CLOCKS if not lead else CLOCKS[:2]:
            head = f"{lead} the {clock}".strip()
            at = len(lead.split())
            for word in words:
                for tail in TAILS if word else [""]:
                    yield f"{head} {word} {tail}".strip(), at
                yield f"{head}{word}", at


def test_the_before_a_clock_reads_nothing() -> None:
    """From "the" before a clock with a colon, and from an open range before "the", whatever
    follows, _Parser.expr finds nothing, with or without a future cue and a publication date,
    and leaves the cue as it was: the skip changes nothing."""
    when = dt.datetime(2024, 1, 3, 12)
    tried = 0
    for text, at in _phrases():
        toks, starts, ends = dates._tokens(text, 0, len(text))
        assert toks[at] == "the", text
        parser = dates._Parser(text, toks, starts, ends, when)
        if not dates._the_reads_nothing(parser, at, frozenset()):
            assert toks[at + 3] != toks[at + 3][:2], text  # glued digits: "16:105" is no clock
            continue
        for s in range(at + 1):  # the lead, if any, and "the"
            tried += _expr_finds_nothing(parser, s, text, without_reference=True)
    assert tried > 100_000


@pytest.mark.parametrize(
    ("text", "skipped"),
    [
        ("shortly after the 16:10 tremor", [1, 2]),
        ("the 4:30 train", [0]),
        ("by the 16:10", [0, 1]),
        ("the 16:105", []),  # no clock: the minutes run on
        ("the 16 : 10", []),  # spaced
        ("the 123:10", []),
        ("the 16:1 tremor", []),
        ("near the 16:10 train", [1]),  # "near" opens no open range
    ],
)
def test_the_clock_skips(text: str, skipped: list[int]) -> None:
    def skip(p: dates._Parser, s: int) -> bool:
        tok, nxt = p.toks[s], p.t(s + 1)
        lead = nxt == "the" and tok in lex.OPEN_RANGES
        return (tok == "the" or lead) and dates._the_reads_nothing(p, s + lead, frozenset())

    assert starts_skipped(skip, text) == skipped


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It struck shortly after the 16:10 tremor in Wajima.", ["16:10"]),
        ("the 4:30 train on Monday", ["4:30", "Monday"]),
        ("after the 16:10 quake on Jan. 1", ["16:10", "Jan. 1"]),
    ],
)
def test_the_clock(text: str, found: list[str]) -> None:
    assert found_spans(text) == found


def test_skipping_the_clock_finds_what_the_full_reading_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = [
        f"{lead} the {clock} {word} on Monday"
        for lead in LEADS
        for clock in (*CLOCKS, "9:5", "123:45", "16:100")
        for word in (".", "tremor", "pm", "am local time", "-17:00", "and 17:00", ", the")
    ]
    extra += [f"{lead} the {clock}pm" for lead in LEADS for clock in CLOCKS]
    assert_reads_alike(monkeypatch, dates, "_the_reads_nothing", _never, extra=extra)


def _never(p: dates._Parser, i: int, goes_on: frozenset[str]) -> bool:
    """_the_reads_nothing turned off: every attempt is made."""
    return False
