"""The attempts the date recogniser skips at a phone number ("918-555-0142", "1-800-555-0199")
would have found nothing: _phone_number is proved against the grammar word by word, and the
recogniser reads the same texts alike with and without the skip."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from factcheck import dates
from factcheck.lexicon import dates as lex
from tests.test_dates_speed import assert_reads_alike, found_spans

# Words before the groups that change how a number is read: a clock time ("at"), a day ("on",
# "the"), a range ("from", "between"), an offset or a year ("in", "since")
LEADS = ["", "at", "on", "the", "from", "between", "in", "since"]
# The groups, of widths a day, a month, an hour, a year or a count can have, and the middle
# group of three digits the skip asks for, not led by a zero ("010" reads as a month)
FIRSTS = ["1", "9", "12", "31", "800", "918", "2024"]
MIDDLES = ["555", "100", "999", "123"]
LASTS = ["0142", "1", "12", "24", "2024", "555"]
# What may come after the word that follows the groups in a reading that goes on from them
TAILS = ["", "ago", "5 pm", "monday", "2024"]


def _words() -> list[str]:
    """Every word the grammar reads, and a few it does not; "": the end of the text."""
    plurals = {f"{day}s" for day in lex.WEEKDAYS}  # read by weekdays_away, not as words
    extras = {"-", "%", ".", "/", ":", "c", "people", "or", "visit", "1974", "7", ""}
    return sorted(dates._grammar_words() | plurals | extras)


def _phrases() -> Iterator[tuple[str, int]]:
    """Each text with the index of the first group: every word after some groups behind every
    lead, spaced and, for marks and short words, glued to the last group; then every width of
    group behind every lead, with a fourth group or not, before a few words."""
    words = _words()
    for lead in LEADS:
        at = len(lead.split())
        for word in words:
            for tail in TAILS if word else [""]:
                for number in ("918-555-0142", "1-800-555", "2024-100-12"):
                    yield f"{lead} {number} {word} {tail}".strip(), at
                    if 0 < len(word) <= 3:
                        yield f"{lead} {number}{word} {tail}".strip(), at
                # from the middle group: "555-0142 or", "555-0199. A fire"
                yield f"{lead} 1-800-555-0199 {word} {tail}".strip(), at + 4
                yield f"{lead} 918-555-0142 {word} {tail}".strip(), at + 2
        for first in FIRSTS:
            for middle in MIDDLES:
                for last in LASTS:
                    for fourth in ("", "-0199", "-12", "-2024"):
                        for word in ("", "ago", "pm", "monday", "to 5", "and 3", "or visit"):
                            text = f"{lead} {first}-{middle}-{last}{fourth} {word}".strip()
                            yield text, at
                            yield text, at + 2  # from the middle group


def test_a_phone_number_opens_no_reading() -> None:
    """From the first or the middle of three groups of digits glued by hyphens, the middle one
    of three digits not led by a zero, _Parser.expr finds nothing whatever follows, with or
    without a future cue, and leaves the cue as it was: the skip changes nothing."""
    when = dt.datetime(2024, 1, 3, 12)
    tried = 0
    for text, at in _phrases():
        toks, starts, ends = dates._tokens(text, 0, len(text))
        parser = dates._Parser(text, toks, starts, ends, when)
        assert dates._phone_number(parser, at), text
        for future in (False, True):
            parser.future, parser.cue_nearest = future, False
            assert parser.expr(at) is None, text
            assert (parser.future, parser.cue_nearest) == (future, False), text
            tried += 1
    assert tried > 50_000


@pytest.mark.parametrize(
    "text",
    [
        "918 - 555 - 0142",
        "918-55-0142",
        "918-5555-0142",
        "918-055-0142",
        "918-555",
        "918-555 - 0142",
        "a-555-01",
    ],
)
def test_what_is_no_phone_number(text: str) -> None:
    """Spaced groups, a middle group of other widths or led by a zero, two groups, a word: no
    skip."""
    toks, starts, ends = dates._tokens(text, 0, len(text))
    parser = dates._Parser(text, toks, starts, ends, dt.datetime(2024, 1, 3, 12))
    assert not dates._phone_number(parser, 0)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Residents can call 918-555-0142 or visit the county website", []),
        ("Residents at 1-800-555-0199. A fire at the plant", []),
        ("The report dated 2024-10-06 was filed", ["2024-10-06"]),
        ("The line opens Monday. Call 1-800-555-0199", ["Monday"]),
    ],
)
def test_phone_numbers(text: str, found: list[str]) -> None:
    assert found_spans(text) == found


def test_skipping_phone_numbers_finds_what_the_full_reading_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = [
        f"{lead} {first}-{middle}-{last} {word}"
        for lead in LEADS
        for first in FIRSTS
        for middle in MIDDLES
        for last in LASTS
        for word in ("", "or visit", "5 pm", "ago")
    ]
    assert_reads_alike(monkeypatch, dates, "_phone_number", lambda p, s: False, extra=extra)
