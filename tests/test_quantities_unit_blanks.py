"""Two shortcuts of the unit reading and the glued-figure test, each proved equal to the code it
replaces: ``_unit_atom`` takes the end of the blanks ``_read_unit_words`` matched with ``_GAP``
at the same place (where it matched ``_GAP`` again), and ``_PHONE_LIKE`` is asked only when a
digit follows the dot or hyphen (its ``\\d`` is what ``str.isdecimal`` takes)."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import quantities as q
from factcheck.numbers import read_number
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _blanks_end(text: str, at: int) -> int:
    gap = q._GAP.match(text, at)
    return gap.end() if gap is not None else at


def _check_atoms(text: str) -> int:
    read = 0
    for at in range(len(text) + 1):
        for glued in (True, False):
            alone = q._unit_atom(text, at, glued, None)
            assert q._unit_atom(text, at, glued, None, _blanks_end(text, at)) == alone, text[at:]
            read += alone is not None
    return read


def test_unit_atom_with_the_blanks_given_in_the_corpus_and_fingerprint_texts() -> None:
    read = 0
    for text in [*_speed_paragraphs(), *list(_shared_texts())[:400]]:
        read += _check_atoms(text)
    assert read > 1_000


_PARTS = [" ", "  ", "    ", "\t", "\u00a0", "km", "per", "hour", "sq", "ft", "-", "(", ")"]
_PARTS += ["nautical", "miles", "/", "h", "%", "$", "kilowatt-hours", "x", "5", "."]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=10))
def test_unit_atom_with_the_blanks_given_in_made_up_texts(parts: list[str]) -> None:
    _check_atoms("".join(parts))


def test_mentions_are_those_read_with_the_blanks_matched_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    fast = [q.find_quantities(text) for text in texts]
    atom = q._unit_atom

    def again(
        text: str, i: int, glued: bool, num: object, blanks_end: int = -1
    ) -> tuple[str, str, int] | None:
        return atom(text, i, glued, num)  # type: ignore[arg-type]

    monkeypatch.setattr(q, "_unit_atom", again)
    assert [q.find_quantities(text) for text in texts] == fast


def test_phone_like_needs_a_decimal_digit_after_the_mark() -> None:
    # every character of Unicode after the dot or hyphen: the pattern matches only where
    # str.isdecimal takes it
    for mark in "-.":
        for code in range(sys.maxunicode + 1):
            c = chr(code)
            matched = q._PHONE_LIKE.match(f"{mark}{c}{mark}1") is not None
            assert matched == c.isdecimal(), (mark, hex(code))


def test_glued_test_reads_every_figure_as_before() -> None:
    # at the end of every figure: where the guard skips the pattern, the pattern finds nothing
    checked = 0
    for text in [*_speed_paragraphs(), *_shared_texts()]:
        for m in re.finditer(r"(?<!\d)\d", text):
            num = read_number(text, m.start())
            if num is None:
                continue
            e = num.end
            if text[e : e + 1] in ("-", ".") and not text[e + 1 : e + 2].isdecimal():
                assert q._PHONE_LIKE.match(text, e) is None, text[e : e + 20]
                checked += 1
    assert checked > 1_000
