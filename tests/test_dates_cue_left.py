"""The look for a future cue left of the date window (_Parser._cue_left_of_window) tokenises
only the words it can read and skips the read when the words hold no cue: _holds_no_cue is
proved against the tokeniser, and the look answers as the full one did over the speed corpus,
the date tables and phrases whose cue lies far left of the date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import dates
from factcheck.lexicon import dates as lex
from tests.test_dates_speed import _date_texts, _speed_paragraphs

CUES = sorted(
    {*lex.FUTURE_CUES, *lex.DEFERRAL_PARTICLES, *lex.MODAL_FUTURE_CUES, *lex.PRESENT_SCHEDULE_VERBS}
)
# Pieces that tokenise in other ways: marks, digits glued to words, apostrophes, runs of more
# than 40 letters that the tokeniser cuts, upper case, non-ASCII letters
PIECES = [
    *CUES, *lex.FUTURE_TO_SUBJECTS, "to", "the", "a", "said", "off", "put", "back", "pushed",
    ",", ".", "'", "(", ")", "-", "5", "12th", "q1", "h2", "we'll", "WILL", "Will", "x" * 40,
    "y" * 41, "z" * 79 + "will", "é", "willé", "éwill", "\n", "  ",
]  # fmt: skip


def _left_reference(p: dates._Parser, s: int) -> tuple[bool, bool]:
    """The look as it was first written: every word of the wider window tokenised and read."""
    for i in range(s - 1, -1, -1):
        w = p.toks[i]
        if w in lex.CLAUSE_BREAKS and (w != "." or dates._sentence_end(p.toks, i)):
            return False, False
    lo = p.text.find(" ", max(0, p.starts[0] - dates._WINDOW_BEFORE), p.starts[0]) + 1
    toks, starts, ends = dates._tokens(p.text, lo, p.starts[s])
    wide = dates._Parser(p.text, toks, starts, ends, p.ref_dt)
    return dates._future_cue(toks, len(toks), wide)


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.lists(st.booleans(), max_size=12))
def test_no_cue_means_no_token_that_could_say_future(pieces: list[str], glue: list[bool]) -> None:
    glued = glue + [False] * len(pieces)
    text = "".join(w + ("" if g else " ") for w, g in zip(pieces, glued, strict=False))
    if not dates._holds_no_cue(text):
        return
    toks, starts, ends = dates._tokens(text, 0, len(text))
    assert not {*toks} & {*CUES}
    assert not ("to" in toks and {*toks} & lex.FUTURE_TO_SUBJECTS)
    p = dates._Parser(text, toks, starts, ends, dt.datetime(2024, 1, 3, 12))
    assert all(dates._future_cue(toks, s, p) == (False, False) for s in range(len(toks) + 1))


def test_no_cue_in_plain_words() -> None:
    assert dates._holds_no_cue("the crews said on")
    assert not dates._holds_no_cue("the crews will go on")
    assert not dates._holds_no_cue("the vote is to be held on")
    assert dates._holds_no_cue("the vote went to the house on")  # "to" without "is"
    assert not dates._holds_no_cue("a" * 41 + "will")  # cut into tokens: "will" may be one
    assert not dates._holds_no_cue("the crews wîll go")  # not ASCII: tokenised and read


FAR_LEFT = [
    f"{lead} {filler} on {day}"
    for lead in (
        "The union will", "Workers plan to", "The hearing was put off to", "The vote is to",
        "It could", "The race starts", "Police said they", "The trial was adjourned until",
        "We'll", "Officials expect to", "The strike, which ended,", "Prices rose 12.5",
    )
    for filler in (
        "stage a long national walkout across all of its depots",
        "go ahead with a series of long marches through the old capital city",
        "x",
        "meet the" + " very" * 12 + " long list",
    )
    for day in ("Friday", "March 3", "Friday at 9 a.m. local time")
]  # fmt: skip


def test_the_look_left_of_the_window_answers_as_the_full_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    looks = 0
    fast = dates._Parser._cue_left_of_window

    def checked(p: dates._Parser, s: int, read_to_start: bool = False) -> tuple[bool, bool]:
        nonlocal looks
        looks += 1
        found = fast(p, s, read_to_start)
        assert found == _left_reference(p, s), (p.text, s)
        return found

    monkeypatch.setattr(dates._Parser, "_cue_left_of_window", checked)
    dates._mention_cached.cache_clear()
    try:
        for text in [*_speed_paragraphs(), *_date_texts(), *FAR_LEFT]:
            dates.find_dates(text, dt.datetime(2024, 1, 3, 12))
    finally:
        dates._mention_cached.cache_clear()
    assert looks > 100


def _cue_at_reference(p: dates._Parser, s: int) -> tuple[bool, bool]:
    """_Parser.cue_at as it was before _cue_scan told where its look stopped: the look left of
    the window looked through the window's words for a clause break again."""
    cue = dates._future_cue(p.toks, s, p)
    if not cue[0] and s < dates._FUTURE_TOKENS and p.starts and p.starts[0] > 0:
        return dates._Parser._cue_left_of_window(p, s)
    return cue


DID_NOT = [
    f"{lead} {verb} on {day}"
    for lead in ("The rains did not", "Talks, which did not", "Workers said they did not")
    for verb in ("start", "resume", "begin", "open")
    for day in ("Friday", "March 3")
]  # fmt: skip


def test_cue_at_reads_the_clause_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where _cue_scan's look ended (a clause break, the first token) spares the look left of
    the window its own search for a clause break: every cue read over the speed corpus, the
    date tables, far-left cues and "did not" phrases (whose look still searches) is the one
    the search gave."""
    looks = 0
    fast = dates._Parser.cue_at

    def checked(p: dates._Parser, s: int) -> tuple[bool, bool]:
        nonlocal looks
        looks += 1
        found = fast(p, s)
        assert found == _cue_at_reference(p, s), (p.text, s)
        return found

    monkeypatch.setattr(dates._Parser, "cue_at", checked)
    dates._mention_cached.cache_clear()
    try:
        texts = [*_speed_paragraphs(), *_date_texts(), *FAR_LEFT, *DID_NOT]
        for text in texts:
            dates.find_dates(text, dt.datetime(2024, 1, 3, 12))
            dates.find_dates("x " * 40 + text, dt.datetime(2024, 1, 3, 12))
    finally:
        dates._mention_cached.cache_clear()
    assert looks > 800  # a past date's mention reads no cue (tests/test_dates_cue_unread.py)


@pytest.mark.parametrize(
    ("words", "stop"),
    [
        ("the union will", "cue"),
        ("the rains did not start", "cue"),
        ("it rained . the crews said", "break"),
        ("the crews said", "end"),
    ],
)
def test_where_the_cue_look_stops(words: str, stop: str) -> None:
    toks, starts, ends = dates._tokens(words, 0, len(words))
    p = dates._Parser(words, toks, starts, ends, dt.datetime(2024, 1, 3, 12))
    assert dates._cue_scan(toks, len(toks), p)[2] == stop
