"""The event word a date attaches to (_anchor_near) is read in ASCII text from the runs of word
characters of its spans (_anchor_in_runs), one translate and split in C, where a pattern tried
its alternation of event words after every blank and mark: proved against the pattern's
reading at every start and end of made-up texts of event words, their case variants, glued
letters, digits and underscores, marks and abbreviations, and in the speed corpus and the date
tables."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import dates
from factcheck.lexicon import dates as lex
from tests.test_dates_speed import _date_texts, _speed_paragraphs

# The event-word pattern as _anchor_near read ASCII text with it
_ANCHOR_WORD_ASCII = re.compile(dates._ANCHOR_WORD_RX.pattern, re.ASCII)


def _pattern_anchor_near(text: str, start: int, end: int) -> str | None:
    """``_anchor_near`` as it read ASCII text: the event-word pattern over each span."""
    lo = dates._sentence_start(text, max(0, start - dates._ANCHOR_BEFORE), start)
    verb = noun = None
    noun_at = -1
    padded = " " + text
    for m in _ANCHOR_WORD_ASCII.finditer(padded, lo, start + 1):
        w = m.group(1).lower()
        if w in lex.ANCHOR_VERBS:
            verb = lex.ANCHOR_VERBS[w]
        else:
            noun, noun_at = lex.ANCHOR_NOUNS[w], m.start(1) - 1
    if verb is not None:
        return verb
    if noun is not None and start - noun_at <= dates._ANCHOR_NOUN_REACH:
        return noun
    hi = min(len(text), end + dates._ANCHOR_AFTER)
    mark = dates._CLAUSE_MARK.search(text, end, hi)
    for m in _ANCHOR_WORD_ASCII.finditer(padded, end, (hi if mark is None else mark.start()) + 1):
        w = m.group(1).lower()
        if w in lex.ANCHOR_NOUNS:
            return lex.ANCHOR_NOUNS[w]
    return None


WORDS = sorted({*lex.ANCHOR_VERBS, *lex.ANCHOR_NOUNS})
PIECES = [
    *WORDS[:: max(1, len(WORDS) // 12)], "killed", "blast", "attack", "explosion", "funeral",
    "KILLED", "Blast", "bLast", "blasts", "xblast", "blast_", "_blast", "blast2", "2blast",
    "on", "Monday", "the", "said", "U.S.", "Gen.", "a", "12.5", "3", ".", ",", ";", "!", "?",
    "'s", "-", "(", ")", "\n", "  ", "_", "x" * 30,
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14), st.lists(st.booleans(), max_size=14))
def test_the_runs_read_the_event_word_the_pattern_reads(
    pieces: list[str], glue: list[bool]
) -> None:
    _check_every_span(pieces, glue)


def _check_every_span(pieces: list[str], glue: list[bool]) -> None:
    """The pieces joined by blanks, or glued where ``glue`` says so: _anchor_near reads what the
    pattern reads at every start and every end up to 16 characters after it."""
    glued = glue + [False] * len(pieces)
    text = "".join(w + ("" if g else " ") for w, g in zip(pieces, glued, strict=False))
    for start in range(len(text) + 1):
        for end in range(start, min(len(text), start + 16) + 1):
            want = _pattern_anchor_near(text, start, end)
            assert dates._anchor_near(text, start, end) == want, (text, start, end)


def test_the_runs_read_far_words_and_the_noun_reach() -> None:
    for text in (
        "the blast" + " and" * 16 + " on Monday",
        "the blast" + " and" * 11 + " on Monday",
        "blast " * 40 + "killed x " * 3 + "on Monday blasts",
        "x" * 160 + "blast on Monday",
        "xx" * 80 + " blast on Monday",
        "a_blast on Monday blast, attack",
    ):
        for start in range(len(text) + 1):
            for end in (start, min(len(text), start + 9)):
                assert dates._anchor_near(text, start, end) == _pattern_anchor_near(
                    text, start, end
                ), (text, start, end)


def test_the_runs_read_the_corpus_as_the_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    reads = 0
    fast = dates._anchor_near

    def checked(text: str, start: int, end: int) -> str | None:
        nonlocal reads
        found = fast(text, start, end)
        if text.isascii():
            reads += 1
            assert found == _pattern_anchor_near(text, start, end), (text, start, end)
        return found

    monkeypatch.setattr(dates, "_anchor_near", checked)
    dates._mention_cached.cache_clear()
    try:
        for text in [*_speed_paragraphs(), *_date_texts()]:
            dates.find_dates(text, dt.datetime(2024, 1, 3, 12))
    finally:
        dates._mention_cached.cache_clear()
    assert reads > 100
