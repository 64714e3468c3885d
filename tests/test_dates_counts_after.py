"""The attempts the date recogniser skips at a count before a unit and "after" or "before" that
open no point ("105 minutes after it began", "three minutes after the first.") would have found
nothing: _no_point_after is proved against the grammar word by word, and the recogniser reads
the same texts alike with and without the skip."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from factcheck import dates
from factcheck.lexicon import dates as lex
from tests.test_dates_counts import _expr_finds_nothing
from tests.test_dates_speed import assert_reads_alike

# Words before the count that change how it is read (see tests/test_dates_counts.py)
LEADS = ["", "for", "in", "the"]
COUNTS = ["3", "a", "125"]
SOME_UNITS = ["minutes", "days", "years"]
TAILS = ["", "ago", "5 pm", "of march"]


def _words() -> list[str]:
    """Every word the grammar reads, and a few it does not ("": the end)."""
    plurals = {f"{day}s" for day in lex.WEEKDAYS}
    extras = {"-", "%", ".", "/", ":", "'", "c", "people", "began", "1974", "7", "5th", ""}
    return sorted(dates._grammar_words() | plurals | extras)


def _after_it() -> Iterator[tuple[str, int]]:
    """Each text with the index of its count: "after it" or "before it", then every word."""
    for lead in LEADS:
        for count in COUNTS:
            for unit in SOME_UNITS:
                for link in ("after", "before"):
                    for word in _words():
                        for tail in TAILS[:3] if word else [""]:
                            text = f"{lead} {count} {unit} {link} it {word} {tail}"
                            yield text.strip(), len(lead.split())


def _after_an_ordinal() -> Iterator[tuple[str, int]]:
    """Each text with the index of its count: "after the first." or "before the tenth,"
    over every ordinal and both marks, then every word, spaced or glued to the mark."""
    for ordinal in sorted(lex.ORDINALS):
        for link, mark in (("after", "."), ("before", ",")):
            for word in _words():
                for gap in (" ", ""):
                    yield f"3 minutes {link} the {ordinal}{mark}{gap}{word} 5 pm".strip(), 0
    for lead in LEADS:
        for count in COUNTS:
            for unit in SOME_UNITS:
                for mark in sorted(dates._ENDS_AN_ORDINAL):
                    for word in _words():
                        for tail in TAILS if word else [""]:
                            text = f"{lead} {count} {unit} after the first {mark} {word} {tail}"
                            yield text.strip(), len(lead.split())


@pytest.mark.parametrize("phrases", [_after_it, _after_an_ordinal])
def test_a_count_before_a_unit_and_no_point_finds_nothing(phrases: object) -> None:
    """From such a count _Parser.expr finds nothing, with or without a future cue, and leaves
    the cue as it was: the skip changes nothing."""
    assert callable(phrases)
    when = dt.datetime(2024, 1, 3, 12)
    tried = 0
    for text, at in phrases():
        toks, starts, ends = dates._tokens(text, 0, len(text))
        parser = dates._Parser(text, toks, starts, ends, when)
        assert dates._count(toks[at]), text
        assert toks[at + 1] in lex.UNITS, text
        if not dates._count_reads_nothing(parser, at):
            continue  # a word glued into the mark's token ("first.5")
        assert toks[at + 2] in ("after", "before"), text
        tried += _expr_finds_nothing(parser, at, text)
    assert tried > 50_000


@pytest.mark.parametrize(
    ("text", "skipped"),
    [
        ("105 minutes after it began", True),
        ("three minutes after the first. The site", True),
        ("20 minutes before the tenth, as people fled", True),
        ("three minutes after the first of March", False),
        ("3 days after the first day", False),
        ("3 days after the 5th.", False),
        ("3 days after its launch", False),
        ("3 days after Monday", False),
    ],
)
def test_what_the_skip_takes_after_a_unit(text: str, skipped: bool) -> None:
    toks, starts, ends = dates._tokens(text, 0, len(text))
    parser = dates._Parser(text, toks, starts, ends, dt.datetime(2024, 1, 3, 12))
    assert dates._count_reads_nothing(parser, 0) is skipped


def test_skipping_counts_before_no_point_finds_what_the_full_reading_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = [
        f"{lead} {n} {unit} {link} {rest}"
        for lead in LEADS
        for n in COUNTS
        for unit in SOME_UNITS
        for link in ("after", "before")
        for rest in ("it began on Monday", "the first. On Monday", "the second, 5 pm today")
    ]
    assert_reads_alike(monkeypatch, dates, "_no_point_after", lambda p, k: False, extra=extra)
