"""The recogniser's prechecks never skip a pattern that would have matched.

A pattern is tried only where a cheap test of the characters after a figure says it can open
there; each test here runs the pattern on every text of a grid of blanks and words and checks
that wherever it matches, its precheck let it be tried.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from factcheck import numbers, quantities

_BLANKS = ["", " ", "  ", "   ", "    ", "     ", "\t", " \t", "\u00a0", "\n", " \n ", "\u2003"]
_WORDS = ["am", "a.m.", "AM", "pm", "P.M.", "p.m", "o'clock", "O'CLOCK", ":30", ":5", "per"]
_WORDS += ["PER", "/h", "/ hour", "a day", "an hour", "A day", "and a half", "AND A HALF"]
_WORDS += ["people", "of", "a", "p", "o", "", "-nil", "-all", "-love", "-NIL", "nil", "x"]
_WORDS += ["hundred", "million", "-million", "k", "bn", "squared", "per cent", "apart"]
_AFTERS = [f"{blank}{word}{tail}" for blank in _BLANKS for word in _WORDS for tail in ("", ".")]


def _skips_no_match(pattern: re.Pattern[str], may: Callable[[str], bool]) -> None:
    for text in _AFTERS:
        if pattern.match(text, 0) is not None:
            assert may(text), (pattern.pattern, text)


def test_clock_heads() -> None:
    def may(text: str) -> bool:
        head = text[:4].lstrip()
        return len(head) < 2 or head[0] == ":" or head[:2] in quantities._CLOCK_HEADS

    _skips_no_match(quantities._CLOCK, may)


def test_word_score_opens_with_a_hyphen() -> None:
    _skips_no_match(quantities._WORD_SCORE, lambda t: t.startswith("-"))


def test_spaced_word_opens_with_a_blank() -> None:
    _skips_no_match(numbers._SPACED_WORD, lambda t: t[:1] in numbers._WORD_BLANKS)


@pytest.mark.parametrize("zeros", range(40))
def test_place_values(zeros: int) -> None:
    digits = "7" + "0" * zeros
    assert numbers._trailing_zero_step(digits) == float(10**zeros)


@pytest.mark.parametrize("text", ["120 people", "7", "2,300 feet", "1.5 km", "40", "12 ", "9,"])
def test_plain_figure_is_a_number_read(text: str) -> None:
    # built with tuple.__new__, the read must be the NumberRead the class would build
    read = numbers._read_plain_figure(text, 0)
    assert read is not None
    assert type(read) is numbers.NumberRead
    assert read == numbers.NumberRead(*read)
    assert read.scale == 1.0
    assert (read.words, read.ordinal, read.magnitude) == (False, False, False)


def test_plain_word_is_a_number_read() -> None:
    read = numbers._read_plain_word("two people", 0)
    assert read is not None
    assert type(read) is numbers.NumberRead
    assert read == numbers.NumberRead(2.0, 0, 3, 1.0, words=True)


def test_number_word_heads_skip_no_number() -> None:
    # _read_part asks read_number only after a word whose first two letters can open one:
    # every other word of the lexicons and of the grid, in three spellings, reads as none
    from factcheck.lexicon import numbers as lexicon

    tables = [t for name, t in vars(lexicon).items() if name.isupper() and isinstance(t, dict)]
    words = {w for table in tables for w in table}
    words |= {w for text in _AFTERS for w in re.findall(r"[A-Za-z]+", text)}
    words |= {"of", "in", "per", "to", "from", "on", "at", "and", "apiece", "oz", "ft", "lb"}
    for word in sorted(words):
        for spelling in (word, word.capitalize(), word.upper()):
            for tail in ("", " ", " hundred", "-five", " and a half", " of a mile"):
                text = spelling + tail
                head = text[:2]
                skipped = head.isalpha() and head.isascii()
                if skipped and head.lower() not in numbers.NUMBER_WORD_HEADS:
                    assert numbers.read_number(text, 0) is None, text


def test_acronym_precheck_skips_no_name() -> None:
    # _is_named_non_claim asks _named_by_acronym only where a capital or "&" is two characters
    # before the figure, or a line break right before it: wherever the reading finds a name,
    # the precheck must have let it through
    names = ["FTSE", "S&P", "CAC", "DAX", "NATO", "USD", "AT", "X", "A&", "ftse", "Ftse", ""]
    gaps = ["", " ", "  ", "\n", " \n", "\u00a0", "\t", "  \n"]
    for name in names:
        for gap in gaps:
            for lead in ("", "the ", "(", "x"):
                for figure in ("100", "5"):
                    text = f"{lead}{name}{gap}{figure} fell"
                    s = len(text) - len(f"{figure} fell")
                    e = s + len(figure)
                    if quantities._named_by_acronym(text, s, e):
                        before = text[s - 2 : s - 1]
                        assert before in quantities._ACRONYM_CHARS or text[s - 1] == "\n", text
