"""The attempts the date recogniser skips at a count before a word no reading from a count goes
on with ("two people were hurt", "10 workers on Sunday") would have found nothing:
_AFTER_A_COUNT is proved against the grammar word by word, and the recogniser reads the same
texts alike with and without the skip."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from factcheck import dates
from factcheck.lexicon import dates as lex
from tests.test_dates_counts import _expr_finds_nothing
from tests.test_dates_speed import _Everything, assert_reads_alike, found_spans

# Words before the count that change how it is read: "at" opens a clock time, "in" an offset,
# "the" an ordinal phrase, "for" a span, "from", "between" and the joiners a range, a weekday or
# a month a day, "late" a night; and marks a count may be glued after
LEADS = [
    "", "for", "in", "at", "the", "on", "from", "between", "by", "since", "until", "to", "and",
    "-", ",", "about", "around", "last", "next", "monday", "march", "late", "early", "@", ":",
    "/", ".", "of", "a", "noon",
]  # fmt: skip
COUNTS = ["3", "07", "24", "125", "0", "three", "a", "an", "twenty", "one", "hundred"]
# What may come after the word that follows the count in a reading that goes on past it
TAILS = ["", "ago", "5 pm", "monday", "march 2024", "of march", "from now", "30", "the 5th"]


def _words_after_a_count() -> list[str]:
    """Every word of letters the grammar reads outside _AFTER_A_COUNT, a weekday's plural (read
    by weekdays_away, not as a word) and a few words it does not read, in their cases."""
    plurals = {f"{day}s" for day in lex.WEEKDAYS}
    extras = {"people", "blasts", "workers", "families", "were", "é", "naïve"}
    words = sorted(
        w
        for w in dates._grammar_words() | plurals | extras
        if w.isalpha() and w not in dates._AFTER_A_COUNT
    )
    return [*words, "People", "WORKERS", "Were"]


def _phrases() -> Iterator[tuple[str, int]]:
    """Each text with the index of its count: every word outside _AFTER_A_COUNT after every
    count and lead, before every tail."""
    for lead in LEADS:
        for count in COUNTS:
            glue = "" if lead and not lead.isalpha() else " "
            head = f"{lead}{glue}{count}".strip()
            at = len(dates._tokens(head, 0, len(head))[0]) - 1
            for word in _words_after_a_count():
                for tail in TAILS:
                    yield f"{head} {word} {tail}".strip(), at


def test_a_count_before_a_word_outside_after_a_count_reads_nothing() -> None:
    """From a count before a word outside _AFTER_A_COUNT, _Parser.expr finds nothing, with or
    without a future cue and a publication date, and leaves the cue as it was: the skip changes
    nothing."""
    when = dt.datetime(2024, 1, 3, 12)
    tried = 0
    for text, at in _phrases():
        toks, starts, ends = dates._tokens(text, 0, len(text))
        assert dates._count(toks[at]), text
        assert toks[at + 1] not in dates._AFTER_A_COUNT, text
        assert toks[at + 1].isalpha(), text
        parser = dates._Parser(text, toks, starts, ends, when)
        tried += _expr_finds_nothing(parser, at, text, without_reference=True)
    assert tried > 500_000


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Two blasts a few minutes apart set a fuel depot on fire", []),
        ("The quake killed 23 people on Monday", ["Monday"]),
        ("Nineteen people were rescued alive", []),
        ("at 5 tonight", ["5 tonight"]),
        ("two weeks ago", ["two weeks ago"]),
        ("5 March 2024", ["5 March 2024"]),
        ("from 3 to 5 pm", ["from 3 to 5 pm"]),
    ],
)
def test_counts_alone(text: str, found: list[str]) -> None:
    assert found_spans(text) == found


def test_skipping_counts_alone_finds_what_the_full_reading_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = [
        f"{lead} {n} {word} {tail}"
        for lead in LEADS
        for n in COUNTS
        for word in ("people", "blasts were", "workers on", "Saturdays")
        for tail in ("", "on Monday", "ago", "at 5 pm")
    ]
    assert_reads_alike(monkeypatch, dates, "_AFTER_A_COUNT", _Everything(), extra=extra)
