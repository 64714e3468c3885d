"""The attempts the date recogniser skips at a decimal ("1.6 kilometres", "$9.36 billion")
would have found nothing: _decimal_reads_nothing is proved against the grammar word by word,
and the recogniser reads the same texts alike with and without the skip."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import dates
from factcheck.lexicon import dates as lex
from tests.test_dates_speed import assert_reads_alike

# Decimals of each width after the dot: one digit, two (a dotted time's), three, four
DECIMALS = ["7.5", "2.0", "1.25", "7.30", "12.345", "1.6789"]
# Words before the decimal that change how it is read: "at" lets a dotted time stand alone,
# "in" and "within" open an offset, a month a day, a year a range
LEADS = ["", "at", "in", "within", "march", "2024", "between"]
# What may come after the word that follows the decimal in a reading that goes on from it
TAILS = ["", "ago", "from now", "hours ago", "2024", "24", "pm", "march"]


def test_a_decimal_goes_on_only_into_the_words_after_a_count() -> None:
    """From a decimal that _decimal_reads_nothing passes, _Parser.expr finds nothing, before
    every word the grammar reads and a few it does not, spaced or glued, with or without a
    future cue, and leaves the cue as it was: the skip of the attempt changes nothing."""
    when = dt.datetime(2024, 1, 3, 12)
    plurals = {f"{day}s" for day in lex.WEEKDAYS}  # read by weekdays_away, not as words
    extras = {",", "-", "%", ".", "/", ":", "c", "people", "kilometres", "1974", "7"}
    words = sorted(dates._grammar_words() | plurals | extras | {""})  # "": the window's end
    tried = skipped = 0
    for lead in LEADS:
        at = len(lead.split())
        for decimal in DECIMALS:
            for word in words:
                for tail in TAILS:
                    texts = {f"{lead} {decimal} {word} {tail}", f"{lead} {decimal}{word} {tail}"}
                    if not word:
                        texts = {f"{lead} {decimal}"}
                    for text in sorted(t.strip() for t in texts):
                        toks, starts, ends = dates._tokens(text, 0, len(text))
                        if toks[at + 3 : at + 4] != ([word] if word else []):
                            continue  # glued, the word reads otherwise: "7.5" and "5h" are "7.55h"
                        parser = dates._Parser(text, toks, starts, ends, when)
                        tried += 1
                        if not dates._decimal_reads_nothing(parser, at):
                            continue
                        for future in (False, True):
                            parser.future, parser.cue_nearest = future, False
                            skipped += 1
                            assert parser.expr(at) is None, text
                            assert (parser.future, parser.cue_nearest) == (future, False), text
    assert tried > 50_000
    assert skipped > 50_000


@pytest.mark.parametrize(
    ("text", "skipped"),
    [
        ("a magnitude 7.8 earthquake", True),
        ("the 1.6-mile span", True),
        ("losses of $9.36 billion", True),
        ("it hit 46.7C on Tuesday", True),
        ("2.5 hours ago", False),
        ("in 1.5 more minutes", False),
        ("on 1.6.2024", False),
        ("at 7.30 tonight", False),
        ("version 2.7", True),
    ],
)
def test_which_decimals_are_skipped(text: str, skipped: bool) -> None:
    toks, starts, ends = dates._tokens(text, 0, len(text))
    parser = dates._Parser(text, toks, starts, ends, dt.datetime(2024, 1, 3, 12))
    at = next(i for i, tok in enumerate(toks) if tok.isdigit())
    assert dates._decimal_reads_nothing(parser, at) is skipped


def test_skipping_decimals_finds_what_the_full_reading_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = [f"{lead} {d} {w}" for lead in LEADS for d in DECIMALS for w in ("km", "hours ago")]
    never = lambda parser, s: False  # noqa: E731
    assert_reads_alike(monkeypatch, dates, "_decimal_reads_nothing", never, extra=extra)
