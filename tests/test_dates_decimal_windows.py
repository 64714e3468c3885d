"""find_dates does not open the window of a trigger that is a decimal opening no reading
("1.6 kilometres", "7.8 earthquake", "$9.36 billion"): _decimal_at says where, from the
decimal's own tokens and the next one, and the recogniser reads the speed corpus, the
fingerprint's shared texts, the date tables and made-up phrases around decimals alike with and
without the shortcut."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import dates
from tests.test_dates_speed import (
    _date_texts,
    _speed_paragraphs,
    assert_reads_alike_without,
    glued_text,
    times_taken,
)
from tests.test_trusted import _shared_texts

REF = dates._reference(dt.datetime(2024, 1, 3, 12))
# Words before the decimal that open or carry a reading, marks glued to it, plain words
LEADS = [
    "", "a", "the", "at", "in", "by", "for", "about", "between", "from", "to", "until", "on",
    "since", "within", "after", "before", "over", "past", "around", "measuring", "hit", "on May",
    "Monday", "March 3", "2024", "3", "three", "between 2 and", "will be", "is scheduled for",
    "$", "at $", "(", "5-", "5/", "5.", "5:", "5,", "2024-", ",", "was", "x", "q1",
]  # fmt: skip
DECIMALS = ["1.6", "7.30", "10.45", "9.36", "46.7", "1.600", "123.4", "0.5", "12.05"]
# Words and marks after the decimal: units, scales, meridiems, dates, marks, the end
AFTER = [
    "", "kilometres", "km", "billion", "million", "percent", "%", "hours", "hours ago", "pm",
    "p.m.", "a.m.", "am", "tonight", "on Monday", "earthquake", "people", ".", ",", "-mile",
    ".2024", "/2024", "to 8.30", "and 9.15 pm", "ago", "GMT", "local time", "o'clock", "h",
    "in the morning", "minutes", "more minutes", "years ago", "degrees", "C",
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("1.6 kilometres", True),
        ("$9.36 billion.", True),
        ("7.8 earthquake", True),
        ("1.6-mile span", True),
        ("7.30 pm", False),  # a dotted time
        ("7.30 tonight", False),
        ("1.6.2024", False),  # a dotted date
        ("2.5 hours ago", False),  # a count
        ("1.6.", False),
        ("1234.5 km", False),  # four digits before the dot
        ("1.6", True),
        ("1.6  km", True),
        ("3.5% of", True),
        ("1.6 kmé", False),  # beyond ASCII
    ],
)
def test_what_the_shortcut_takes(text: str, taken: bool) -> None:
    pos = next(i for i, ch in enumerate(text) if ch.isdigit())
    assert dates._decimal_at(text, pos, REF) is taken
    assert dates._decimal_at("x " + text, pos + 2, REF) is taken
    assert not dates._decimal_at("x-" + text[pos:], 2, REF)  # after a mark that joins numbers


def test_the_shortcut_asks_what_the_window_asks() -> None:
    """_decimal_reads_nothing answers on the words from the decimal to the end of the next
    word as on the whole window's tokens, with every lead and word after it."""
    when = dt.datetime(2024, 1, 3, 12)
    for lead in LEADS:
        for n in DECIMALS:
            for after in AFTER:
                text = f"{lead}{'' if lead[-1:] in '$(' else ' '}{n} {after} then more".lstrip()
                pos = text.index(n)
                toks, starts, ends = dates._tokens(text, 0, len(text))
                p = dates._Parser(text, toks, starts, ends, when)
                k = starts.index(pos)
                if dates._decimal_at(text, pos, REF):
                    assert dates._decimal_reads_nothing(p, k), text


def test_the_corpora_read_alike_without_the_shortcut(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [*_speed_paragraphs(), *_shared_texts(), *_date_texts()]
    # the speed corpus' decimals at least
    assert times_taken(monkeypatch, texts, "_decimal_at") >= 10
    assert_reads_alike_without(monkeypatch, texts, "_decimal_at")


def test_phrases_around_decimals_read_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        f"{lead}{'' if lead[-1:] in '$(' else ' '}{n} {after}".strip()
        for lead in LEADS
        for n in DECIMALS
        for after in AFTER
    ]
    texts += [f"{t}. It happened on Monday." for t in texts[::7]]
    assert_reads_alike_without(monkeypatch, texts, "_decimal_at")


PIECES = [
    *LEADS[1:], *AFTER[1:], *DECIMALS, "1.6 kilometres", "$9.36 billion", "\n", "said", "ago",
    "the", "of", "é", ".", "-", "3", "2024", "May", "Tuesday",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=10), st.lists(st.booleans()))
def test_made_up_texts_read_alike(pieces: list[str], glue: list[bool]) -> None:
    with pytest.MonkeyPatch.context() as m:
        assert_reads_alike_without(m, [glued_text(pieces, glue)], "_decimal_at")
