"""The attempts the date recogniser skips at a measure written as one hyphened word ("a
73-year-old man", "the 24-hour strike", "a 96-hour supply") would have found nothing: the skip
(_hyphened_measure) is proved against the grammar word by word after the unit, behind the
words and marks that change how a count is read, and the recogniser reads the same texts alike
with and without it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from factcheck import dates
from factcheck.lexicon import dates as lex
from tests.test_dates_counts import _expr_finds_nothing
from tests.test_dates_speed import (
    _date_texts,
    _speed_paragraphs,
    assert_reads_alike,
    found_spans,
    starts_skipped,
)

# What may stand before the count and change how it is read: an article (the skip's own), a
# word that opens a span, an offset or a clock time, and marks glued before it that make it
# part of a numeric date or a range ("5-3-year", "2024-3-day")
LEADS = ["", "a", "an", "the", "for", "in", "at", "between", "from", "last", "next", "past",
         "over", "by", "on", "since", "within", "about", "early", "late", "5-", "5/", "5.", "5:",
         "5+", "2024-"]  # fmt: skip
COUNTS = ["3", "125"]
SOME_UNITS = ["hour", "years", "min"]
# What may come after the word that follows the unit in a reading that goes on from it
TAILS = ["", "ago", "5 pm", "monday"]


def _phrases() -> Iterator[tuple[str, list[int]]]:
    """Each text with the tokens the skip applies at: every hyphened unit after "3", and some
    units after every count and lead; then every word the grammar reads, and a few it does
    not, after the unit."""
    plurals = {f"{day}s" for day in lex.WEEKDAYS}  # read by weekdays_away, not as words
    extras = {"-", "%", ".", "/", ":", "c", "people", "old", "1974", "7", ""}  # "": the end
    words = sorted(dates._grammar_words() | plurals | extras)
    heads = [("", "3", unit) for unit in sorted(dates._HYPHENED_UNITS)]
    heads += [(lead, n, unit) for lead in LEADS for n in COUNTS for unit in SOME_UNITS]
    for lead, count, unit in heads:
        glued = lead[-1:] in ("-", "/", ".", ":", "+")
        head = f"{lead}{'' if glued else ' '}{count}-{unit}".strip()
        at = len(dates._tokens(head, 0, len(head))[0]) - 3
        starts = [at - 1, at] if lead in dates._HYPHENED_ARTICLES else [at]
        for word in words:
            for tail in TAILS if word else [""]:
                yield f"{head} {word} {tail}".strip(), starts


def test_a_hyphened_measure_opens_no_reading() -> None:
    """From a count glued by a hyphen to a unit of _HYPHENED_UNITS, or from an article before
    one, _Parser.expr finds nothing whatever follows, with or without a future cue, and
    leaves the cue as it was: the skip changes nothing."""
    when = dt.datetime(2024, 1, 3, 12)
    tried = 0
    for text, starts in _phrases():
        toks, bounds, ends = dates._tokens(text, 0, len(text))
        parser = dates._Parser(text, toks, bounds, ends, when)
        for at in starts:
            assert dates._hyphened_measure(parser, at), text
            tried += _expr_finds_nothing(parser, at, text)
    assert tried > 100_000


@pytest.mark.parametrize(
    ("text", "skipped"),
    [
        ("a 73-year-old man", [0, 1]),
        ("the 24-hour strike", [0, 1]),
        ("3-quarter past 5 pm", []),  # a clock's quarter: read
        ("a 1000-year flood", []),  # four digits: tried
        ("a three-day strike", []),  # a number word: tried
        ("a 3 - day strike", []),  # not glued: tried
        ("a 3-days", [0, 1]),
    ],
)
def test_what_the_skip_takes_for_a_hyphened_measure(text: str, skipped: list[int]) -> None:
    assert starts_skipped(dates._hyphened_measure, text) == skipped


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A 73-year-old man was killed on Monday", ["Monday"]),
        ("The 24-hour strike starts on Friday", ["Friday"]),
        ("It was designed with a 96-hour supply of oxygen.", []),
        ("The 3-day-old fire, 3 days ago", ["3 days ago"]),
        ("at 3-quarter past 5 pm", ["3-quarter past 5 pm"]),
    ],
)
def test_hyphened_measures(text: str, found: list[str]) -> None:
    assert found_spans(text) == found


def test_skipping_hyphened_measures_finds_what_the_full_reading_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = [
        f"{lead} {n}-{unit} {word} on Monday"
        for lead in ("", "a", "the", "for", "in the")
        for n in COUNTS
        for unit in sorted(lex.UNITS)
        for word in ("old man", "strike", "ago", "later")
    ]
    assert_reads_alike(monkeypatch, dates, "_HYPHENED_UNITS", frozenset(), extra=extra)


def test_the_guard_before_the_skip_lets_every_measure_through() -> None:
    """_mention_at asks _hyphened_measure only after a hyphen or at an article: every token it
    takes, over the speed corpus, the date tables and phrases of every unit, passes that guard."""
    texts = [*_speed_paragraphs(), *_date_texts()]
    texts += [f"{lead} {n}-{unit} x" for lead in ("", "a", "An", "THE") for n in COUNTS
              for unit in sorted(lex.UNITS)]  # fmt: skip
    taken = 0
    for text in texts:
        toks, starts, ends = dates._tokens(text, 0, len(text))
        parser = dates._Parser(text, toks, starts, ends, dt.datetime(2024, 1, 3, 12))
        for s in range(len(toks)):
            if dates._hyphened_measure(parser, s):
                taken += 1
                assert parser.t(s + 1) == "-" or toks[s] in dates._HYPHENED_ARTICLES, text
    assert taken > 200


def _age_phrases() -> Iterator[tuple[str, int]]:
    """Each text with the index of its unit, for an age written as one hyphened word ("3-year-
    old"): every hyphened unit after "3", "12" and "125", and some units behind every lead;
    then every word the grammar reads, and a few it does not, after "old"."""
    plurals = {f"{day}s" for day in lex.WEEKDAYS}
    extras = {"-", "%", ".", "/", ":", "c", "people", "old", "man", "1974", "7", ""}
    words = sorted(dates._grammar_words() | plurals | extras)
    heads = [("", n, unit) for n in ("3", "12", "125") for unit in sorted(dates._HYPHENED_UNITS)]
    heads += [(lead, n, unit) for lead in LEADS for n in COUNTS for unit in SOME_UNITS]
    for lead, count, unit in heads:
        glued = lead[-1:] in ("-", "/", ".", ":", "+")
        head = f"{lead}{'' if glued else ' '}{count}-{unit}-old".strip()
        at = len(dates._tokens(head, 0, len(head))[0]) - 3
        for word in words:
            for tail in TAILS if word else [""]:
                yield f"{head} {word} {tail}".strip(), at


def test_the_unit_of_a_hyphened_age_opens_no_reading() -> None:
    """From the unit of "3-year-old" (the trigger there), _Parser.expr finds nothing whatever
    follows "old", with or without a future cue, and leaves the cue as it was."""
    when = dt.datetime(2024, 1, 3, 12)
    tried = 0
    for text, at in _age_phrases():
        toks, bounds, ends = dates._tokens(text, 0, len(text))
        parser = dates._Parser(text, toks, bounds, ends, when)
        assert dates._hyphened_age_unit(parser, at), text
        tried += _expr_finds_nothing(parser, at, text)
    assert tried > 100_000


@pytest.mark.parametrize(
    ("text", "skipped"),
    [
        ("a 73-year-old man", [3]),
        ("3-day-old", [2]),
        ("3-year-end", []),  # "year-end": read on
        ("a 1000-year-old oak", []),  # four digits: tried
        ("a three-year-old", []),  # a number word: tried
        ("a 3-year -old", []),  # not glued: tried
        ("a 3-year- old", []),
        ("year-old", []),
    ],
)
def test_what_the_skip_takes_for_a_hyphened_age(text: str, skipped: list[int]) -> None:
    assert starts_skipped(dates._hyphened_age_unit, text) == skipped


def test_skipping_hyphened_ages_finds_what_the_full_reading_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = [
        f"{lead} {n}-{unit}-old {word} on Monday"
        for lead in ("", "a", "the", "for", "in the")
        for n in COUNTS
        for unit in sorted(lex.UNITS)
        for word in ("man", "ago", "later", "end")
    ]
    assert_reads_alike(monkeypatch, dates, "_hyphened_age_unit", lambda p, s: False, extra=extra)
