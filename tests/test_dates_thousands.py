"""The attempts the date recogniser skips at a figure written in thousands groups ("11,000
people", "5,000 on Tuesday") would have found nothing: the skip (_thousands) is proved against
the grammar word by word after the group, spaced and glued, behind the words and marks that
change how a number is read, and the recogniser reads the same texts alike with and without
it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from factcheck import dates
from factcheck.lexicon import dates as lex
from tests.test_dates_counts import _expr_finds_nothing
from tests.test_dates_speed import assert_reads_alike, found_spans, starts_skipped

# Words before the figure that change how a number is read: a clock time ("at"), an offset
# ("in"), an ordinal phrase ("the"), a span or a range ("for", "from", "between"), a day of a
# month or a week ("march", "monday"), and marks that make it part of a numeric date or a range
LEADS = ["", "a", "the", "for", "in", "at", "between", "from", "last", "on", "since", "by",
         "about", "march", "monday", "noon", "5-", "5/", "5.", "5:", "-", ","]  # fmt: skip
FIGURES = ["11,000", "5,000", "1,000,000", "100,000", "2,024"]
# What may come after the word that follows the group in a reading that goes on past it
TAILS = ["", "ago", "5 pm", "monday"]


def _phrases() -> Iterator[tuple[str, int]]:
    """Each text with the index of the figure's first group: every word the grammar reads, and
    a few it does not, spaced or glued after the last group, behind every lead."""
    plurals = {f"{day}s" for day in lex.WEEKDAYS}  # read by weekdays_away, not as words
    extras = {"-", "%", ".", "/", ":", ",", "'s", "th", "s", "people", "000", "5", "1974", ""}
    words = sorted(dates._grammar_words() | plurals | extras)
    for lead in LEADS:
        for figure in FIGURES:
            glue = "" if lead and not lead[-1].isalpha() else " "
            head = f"{lead}{glue}{figure}".strip()
            at = len(dates._tokens(head, 0, len(head))[0]) - 1 - 2 * figure.count(",")
            for word in words:
                for sep in (" ", ""):
                    for tail in TAILS if word else [""]:
                        yield f"{head}{sep}{word} {tail}".strip(), at


def test_a_figure_in_thousands_opens_no_reading() -> None:
    """From the first group of a figure in thousands, _Parser.expr finds nothing whatever
    follows, with or without a future cue and a publication date, and leaves the cue as it
    was: the skip changes nothing."""
    when = dt.datetime(2024, 1, 3, 12)
    tried = 0
    for text, at in _phrases():
        toks, starts, ends = dates._tokens(text, 0, len(text))
        parser = dates._Parser(text, toks, starts, ends, when)
        if not dates._thousands(parser, at):
            assert len(toks[at + 2]) > 3, text  # digits glued after the group ("11,0005")
            continue
        tried += _expr_finds_nothing(parser, at, text, without_reference=True)
    assert tried > 200_000


@pytest.mark.parametrize(
    ("text", "skipped"),
    [
        ("11,000 people", [0]),
        ("1,000,000", [0, 2]),  # the "000" opens a group too (and _inside_number skips it)
        ("on March 11, 2024", []),  # a blank after the comma: a day and a year, tried
        ("11,2024", []),  # four digits after the comma: tried
        ("11,00", []),  # two: tried
        ("2024,000", []),  # four digits before it: tried
        ("five,000", []),  # a number word: tried
    ],
)
def test_what_the_skip_takes_for_a_figure_in_thousands(text: str, skipped: list[int]) -> None:
    assert starts_skipped(dates._thousands, text) == skipped


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("11,000 people have now died", []),
        ("The toll rose to 5,000 on Tuesday", ["Tuesday"]),
        ("It happened on March 11, 2024, at noon", ["March 11, 2024, at noon"]),
        ("1,000 years ago", []),
    ],
)
def test_figures_in_thousands(text: str, found: list[str]) -> None:
    assert found_spans(text) == found


def test_skipping_figures_in_thousands_finds_what_the_full_reading_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = [
        f"{lead} {figure}{sep}{word} on Monday"
        for lead in LEADS
        for figure in FIGURES
        for sep in (" ", "")
        for word in ("people", "ago", "years ago", "pm", "th", ", 2024", "march")
    ]
    assert_reads_alike(monkeypatch, dates, "_thousands", lambda p, s: False, extra=extra)
