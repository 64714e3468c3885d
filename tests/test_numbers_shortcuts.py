"""The calls the usual figure skips: each shortcut must give what the call it skips gives."""

import re

from factcheck import numbers, quantities
from tests.test_trusted import _shared_texts, _speed_paragraphs


def test_plain_figure_skips_tidy_only_where_it_changes_nothing() -> None:
    # _read_plain_figure calls _tidy only for a value that is not whole or not under 1e15
    values = [0.0, 1.0, 120.0, 2300.0, 1e14, 999999999999999.0, 16400000.0, 12.0**12]
    values += [-5.0, -1e14, 1e15, 1e16, 1e30, 16.4 * 1e6, 0.1 + 0.2, 2.5, float("inf")]
    for value in values:
        if value.is_integer() and -1e15 < value < 1e15:
            assert numbers._tidy(value) == value, value


def test_digits_skip_the_place_value_call_for_a_last_digit_other_than_zero() -> None:
    # _read_digits takes a step of one for a run of digits whose last digit is not 0
    for n in range(0, 100_000, 7):
        raw = str(n)
        if raw[-1] != "0":
            assert numbers._trailing_zero_step(raw) == 1.0, raw
    for raw in ("120", "2300", "0", "000", "1" + "0" * 29):
        got = numbers._read_digits(raw + " people", 0)
        assert got is not None, raw
        assert got[1] == numbers._trailing_zero_step(raw), raw


def test_word_before_shortcut_is_the_word_before() -> None:
    # _is_named_non_claim takes the last token itself when it is a word
    texts = ["said 84", "Route 66", "No. 5", "No.5", "Route #66", "rose - 5", "the # 5", "Jan. 3"]
    texts += ["(5", "$5", "and, 5", "U.S. 5", "F-16 5", "a 5", "5"]
    for text in texts:
        pos = len(text.rstrip("0123456789"))
        toks = quantities._left_tokens(text, pos, 0)
        if toks and toks[-1][0][0].isalpha():
            assert quantities._word_before(toks) == toks[-1][0], text


def test_kind_of_a_count() -> None:
    # _build tells a figure without a unit a count without the call
    assert quantities._kind_of(None, False) == ("count", "count")
    assert quantities._kind_of(None, True) == ("count", "count")


def test_exact_count_interval_is_the_interval_call() -> None:
    # _make_mention gives an exact count of step under 10 and above 0 [n, n] without the call
    values = [0.001, 0.5, 1.0, 3.0, 84.0, 999.0, 1000.0, 12_000.0, 1e9, 1e20, 5.25]
    for value in values:
        for step in (0.0, 0.01, 0.1, 1.0, 2.0, 5.0, 9.99):
            got = quantities._interval(
                "exact", value, value, step, 0.0, "count", None, False, False
            )
            assert got == (value, value, True, True), (value, step)


def test_glued_test_of_a_spaced_figure_is_the_full_test() -> None:
    # _is_glued_non_claim decides a figure with a blank on each side and a word after at
    # once; a tab before the figure (the same to every test) takes the full path
    texts = [*_speed_paragraphs(), *_shared_texts()]
    texts += ["at 3 am", "at 3 a.m.", "at 3 pm", "at 3 o'clock", "at 13 am", "at 3 a", "at 3 p"]
    checked = 0
    for text in texts:
        for m in re.finditer(r"(?<= )\d+(?:[.,]\d+)?(?= [A-Za-z])", text):
            num = numbers.read_number(text, m.start(), suffixes=False)
            if num is None or num.ordinal:
                continue
            tabbed = text[: m.start() - 1] + "\t" + text[m.start() :]
            got = quantities._is_glued_non_claim(text, num)
            assert got == quantities._is_glued_non_claim(tabbed, num), text[m.start() : m.end() + 9]
            checked += 1
    assert checked > 5_000


def test_named_test_of_a_figure_before_a_word_is_the_full_test() -> None:
    # _is_named_non_claim decides a figure with a lower-case word one blank after it at once;
    # a tab in place of that blank (the same to every test) takes the full path
    texts = [*_speed_paragraphs(), *_shared_texts()]
    texts += ["on 3 january", "on 3 jan.", "the Kestral 50 index", "Route 66 in", "won 3 -1 a"]
    checked = 0
    for text in texts:
        for m in re.finditer(r"\d+(?:[.,]\d+)?(?= [a-z])", text):
            num = numbers.read_number(text, m.start(), suffixes=False)
            if num is None or num.ordinal or num.end != m.end():
                continue
            toks = quantities._left_tokens(text, m.start(), 0)
            tabbed = text[: m.end()] + "\t" + text[m.end() + 1 :]
            got = quantities._is_named_non_claim(text, num, toks)
            assert got == quantities._is_named_non_claim(tabbed, num, toks), text[m.start() :][:20]
            checked += 1
    assert checked > 5_000
