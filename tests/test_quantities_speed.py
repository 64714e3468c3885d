"""Pins what the recogniser's fast paths rely on."""

from __future__ import annotations

import re
from dataclasses import fields

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import numbers, quantities
from factcheck.lexicon.quantities import (
    CHANGE_WORDS,
    COMPOUND_NOUNS,
    LEFT_QUALIFIERS,
    NOUN_STOPWORDS,
)
from factcheck.lexicon.units import CURRENCY_CODES, CURRENCY_PREFIXES, CURRENCY_SYMBOLS
from factcheck.mentions import NumberMention
from tests.test_trusted import _shared_texts, _speed_paragraphs


def test_number_mention_field_order() -> None:
    # quantities._make_mention builds NumberMention by position (keywords cost a microsecond
    # per mention): a reordering of the fields must fail here, not shift values silently
    assert [f.name for f in fields(NumberMention)] == [
        "start",
        "end",
        "core_start",
        "core_end",
        "kind",
        "qualifier",
        "stated_low",
        "stated_high",
        "stated_unit",
        "low",
        "high",
        "low_closed",
        "high_closed",
        "unit",
        "noun",
        "direction",
        "dimension",
        "is_age",
    ]


_LEFTS = [
    "",
    "in ",
    "since ",
    "about ",
    "more than ",
    "rose to ",
    "rose by ",
    "from ",
    "between ",
    "$",
    "-",
    "minus ",
    "aged ",
    "percent of ",
    "magnitude ",
    "Route ",
    "(",
]
_YEARS = ["1962", "2024", "999", "2101", "1000", "2100", "01962"]
_RIGHTS = ["", ".", ",", ";", ")", "\n", ". Then", ", in", ".5", ",000", ") and", " people"]
_RIGHTS += ["-2025", " to 2025", " or more", "%", " metres", "m", "+", " plus", " (", "F"]


def test_bare_year_shortcut_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # _build rejects a bare year before reading the right context; without the shortcut the
    # full reading must come to the same mentions
    texts = [f"It {a}{y}{b}" for a in _LEFTS for y in _YEARS for b in _RIGHTS]
    fast = [quantities.find_quantities(t) for t in texts]
    monkeypatch.setattr(quantities, "_bare_year", lambda *args: False)
    assert [quantities.find_quantities(t) for t in texts] == fast


_FIRSTS = ["two", "Eleven", "twenty", "zero", "nil", "one", "ten", "ninety", "a", "half"]
_FIRSTS += ["away", "hundred", "Quarter", "first", "an", "dozen", "score", "point", "and", "é"]
_FIRSTS += ["120", "2,300", "1.5", "7", "1962", "3 1/2", "40", "5", "0"]
_JOINS = ["", " ", "-", " - ", "  ", "\u00a0", ", "]
_FOLLOWERS = ["people", "two", "hundred", "thousands", "million", "and a half", "& six"]
_FOLLOWERS += ["point five", "thirds", "third", "first", "firsts", "fifths", "dozen", "k"]
_FOLLOWERS += ["bn", "m", "st", "th", "x 10^3", "e5", "½", "/4", "5", "", ".", "of"]


def test_plain_number_shortcuts_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # read_number returns plain figures and number words without its word grammar; without
    # the shortcuts the grammar must come to the same readings
    texts = [a + j + b for a in _FIRSTS for j in _JOINS for b in _FOLLOWERS]
    fast = [numbers.read_number(t, 0, suffixes=s) for t in texts for s in (True, False)]
    monkeypatch.setattr(numbers, "_read_plain_figure", lambda *args: None)
    monkeypatch.setattr(numbers, "_read_plain_word", lambda *args: None)
    slow = [numbers.read_number(t, 0, suffixes=s) for t in texts for s in (True, False)]
    assert slow == fast


def test_no_compound_noun_ends_in_a_stopword() -> None:
    # _read_noun stops before a lower-case stopword without asking _is_noun_modifier, whose
    # compound nouns ("rail cars") would otherwise have to be checked
    assert not [c for c in COMPOUND_NOUNS if c.split()[-1] in NOUN_STOPWORDS]


def test_lone_left_token_shortcut_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # _read_left returns at once for one token that no reading takes; without the shortcut
    # the full reading must come to the same result for every word it knows and a few others
    words = {w for key in LEFT_QUALIFIERS for w in key.split()} | set(CHANGE_WORDS)
    words |= {"-", "−", "minus", "negative", "aged", "age", "ages", "between", "from"}
    words |= {"magnitude", "dollar", "dollars", "euro", "euros", *CURRENCY_PREFIXES}
    words |= {*CURRENCY_SYMBOLS, *CURRENCY_CODES}
    words |= {"M" + c for c in CURRENCY_CODES} | {"m" + c.lower() for c in CURRENCY_CODES}
    words |= {"mUSd", "MUsd", "Usd", "said", "killed", "to", "by", "at", "of", "a", "percent"}
    words |= {w.upper() for w in list(words)} | {w.capitalize() for w in list(words)}
    cases = []
    for word in sorted(words):
        for gap in ("", " ", "\n"):
            text = f"{word}{gap}5 people"
            at = len(word) + len(gap)
            cases.append((text, [(word.lower(), 0, len(word), word)], at))
    fast = [quantities._read_left(text, toks, at) for text, toks, at in cases]
    # the shared record of nothing read stands for a fresh one at the figure
    fast = [
        quantities._Left(at) if left is quantities._NOTHING_LEFT else left
        for left, (_, _, at) in zip(fast, cases, strict=True)
    ]
    monkeypatch.setattr(quantities, "_reads_nothing", lambda *args: False)
    assert [quantities._read_left(text, toks, at) for text, toks, at in cases] == fast


_SCAN_PIECES = ["two", "Two", "TWO", "tWo", "year", "a", "5", "12", "٣", ".", "½", "^", "_", "é"]
_SCAN_PIECES += ["x", "X", " ", "-", ",", "?", "¿", "\u00a0", "\n", "one", "ONE", "km", "KM"]


def test_trigger_spans_are_the_trigger_matches() -> None:
    # find_quantities takes its candidates from _trigger_spans, which finds the trigger's
    # matches with string methods: every pair and triple of pieces, and some longer texts,
    # must give the regex's spans (".5" and "5" overlap; "é" and "?" are replaced in ASCII)
    texts = [a + b for a in _SCAN_PIECES for b in _SCAN_PIECES]
    texts += [a + b + c for a in _SCAN_PIECES for b in _SCAN_PIECES for c in _SCAN_PIECES[:14]]
    texts += ["½ and a½ x5 5½ .5 .55 5.5 x.5 é.5 _.5 a^2 J/m^22 10KM 5million twenty-one"]
    texts += ["It rose 3.5% to ٣٤ in 2024 – two weeks’ work, a year on"]
    texts += ["".join(chr(c) for c in range(400)), ""]
    spans = [[m.span() for m in quantities._trigger().finditer(t)] for t in texts]
    assert [quantities._trigger_spans(t) for t in texts] == spans


_RUNS = ["said", "Dec.", "U.S.", "a.", "x.y", "said,", "A7", "'s", "(about", "$5,", "é", "É"]
_RUNS += ["İ", "<=", "≥", "٣", "5", ",", ".", "$", "-", "="]
_BLANKS = [" ", "  ", "\u00a0", "\n", "\u2009", "\t", " \n", "\n ", "\u00a0 ", " \u00a0", "\x1c"]


def test_window_tokens_are_the_token_matches() -> None:
    # _window_tokens splits at blanks and tokenises the usual runs itself: every pair and
    # triple of runs must give the regex's tokens, whatever blank lies between
    texts = [a + g + b for a in _RUNS for g in _BLANKS for b in _RUNS]
    texts += [a + b + " " + c for a in _RUNS for b in _RUNS for c in _RUNS[:8]]
    for text in texts:
        for lo in range(len(text)):
            expected = [
                (m.group().lower(), m.start(), m.end(), m.group())
                for m in quantities._LEFT_TOKEN.finditer(text, lo, len(text))
            ]
            assert quantities._window_tokens(text, lo, len(text)) == expected, text


def _token_matches(text: str, lo: int, hi: int) -> list[tuple[str, int, int, str]]:
    return [
        (m.group().lower(), m.start(), m.end(), m.group())
        for m in quantities._LEFT_TOKEN.finditer(text, lo, hi)
    ]


def test_window_tokens_are_the_token_matches_in_every_text() -> None:
    # the runs' offsets are counted from the spaces, not searched for: every window of a
    # fingerprint text, at every figure and every tenth character, gives the regex's tokens
    texts = [*_speed_paragraphs(), *_shared_texts()]
    checked = 0
    for text in texts:
        ends = {m.start() for m in re.finditer(r"\d", text)} | set(range(0, len(text), 10))
        for hi in ends:
            lo = max(0, hi - quantities._LEFT_WINDOW)
            assert quantities._window_tokens(text, lo, hi) == _token_matches(text, lo, hi)
            checked += 1
    assert checked > 50_000


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*_RUNS, *_BLANKS, "said", "about", "\r"]), max_size=12))
def test_window_tokens_of_made_up_windows(parts: list[str]) -> None:
    text = "".join(parts)
    for lo in range(len(text) + 1):
        assert quantities._window_tokens(text, lo, len(text)) == _token_matches(text, lo, len(text))


def test_first_word_shortcut_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # read_number returns None at once for a word no number starts with; without the
    # shortcut the word grammar must stop before such a word too
    words = ["of", "from", "and", "point", "dozen", "dozens", "hundreds", "score", "gross"]
    words += ["away", "é", "ſeven", "twice", "half", "quarter", "thirds", "first", "a", "an"]
    texts = [f"{w}{j}{b}" for w in words for j in _JOINS for b in _FOLLOWERS]
    texts += [f"{w.upper()} {b}" for w in words for b in _FOLLOWERS]
    fast = [numbers.read_number(t, 0, suffixes=s) for t in texts for s in (True, False)]
    monkeypatch.setattr(numbers, "_may_open_number", lambda *args: True)
    slow = [numbers.read_number(t, 0, suffixes=s) for t in texts for s in (True, False)]
    assert slow == fast


_GUARDED = [
    (quantities._RANGE_SEP, quantities._RANGE_SEP_HEADS, quantities._BLANKS),
    (quantities._RIGHT_QUALIFIER, quantities._RIGHT_QUALIFIER_HEADS, quantities._BLANKS),
    (quantities._AGE_RIGHT, quantities._AGE_RIGHT_HEADS, quantities._AGE_RIGHT_BLANKS),
]
_HEAD_TABLES = [
    "_RANGE_SEP_HEADS",
    "_RIGHT_QUALIFIER_HEADS",
    "_AGE_RIGHT_HEADS",
    "_CAPITAL_HEADS",
    "_MONTH_OR_NAME_HEADS",
]
_AFTER_PIECES = ["", " ", "\t", "\u00a0", "  ", "   ", "    ", "-", " - ", "–", "—", "~", "+"]
_AFTER_PIECES += ["to", "TO", "thru", "and", "or", "or more", "plus", "odd", "or so", "ſo", "K"]
_AFTER_PIECES += ["years old", "year-old", "yrs", "y.o.", "days old", "Months", "week", "x"]


def test_first_character_guards_reject_no_match() -> None:
    # _build tries the range, right-qualifier and age patterns only where the first character
    # after the blanks is one of their heads: wherever a pattern matches, it must be one
    texts = [a + b + c for a in _AFTER_PIECES for b in _AFTER_PIECES for c in _AFTER_PIECES]
    texts += ["".join(chr(c) for c in range(400))]
    for pattern, heads, blanks in _GUARDED:
        for text in texts:
            for at in range(len(text) + 1):
                if pattern.match(text, at) is not None:
                    assert text[at : at + 4].lstrip(blanks)[:1] in heads, (pattern, text, at)


_GUARD_FIGURES = ["It was 3", "about 31", "the 120", "$45", "1962", "aged 7", "from 5"]
_GUARD_AFTERS = [" January", " jan.", " Sept", " Random Street", " Main St.", " people", ""]
_GUARD_AFTERS += [" to 9 km", " - 12", " or more", " plus", "-odd", " years old", "-year-old"]
_GUARD_AFTERS += ["    Oak Road", "\u00a0Dec", " and 40", " mph", ".", " o'clock", " F"]


def test_first_character_guards_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # without the guards every pattern is tried: the mentions must be the same
    texts = [f"{a}{b}{c}" for a in _GUARD_FIGURES for b in _GUARD_AFTERS for c in _GUARD_AFTERS]
    fast = [quantities.find_quantities(t) for t in texts]
    for table in _HEAD_TABLES:
        monkeypatch.setattr(quantities, table, _Everything())
    assert [quantities.find_quantities(t) for t in texts] == fast


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


def test_vague_head_shortcut_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # _read_vague tries its pattern only after two letters that open a vague amount; with
    # every pair of letters let through, each trigger word and article must read the same
    openings = [*sorted(quantities._TRIGGER_SPELLINGS), "a", "A", "an", "An", "AN"]
    texts = [f"{w}{j}{b}" for w in openings for j in (" ", "") for b in ("few", "of people")]
    texts += [f"{w} {p}" for w in ("a", "An") for p in ("few", "Handful", "dozens", "several")]
    fast = [quantities._read_vague(t, 0, []) for t in texts]
    monkeypatch.setattr(quantities, "_VAGUE_HEADS", _Everything())
    assert [quantities._read_vague(t, 0, []) for t in texts] == fast
