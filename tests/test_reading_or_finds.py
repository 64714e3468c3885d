"""_combined skips its looks for "to hospital" after a predicate, and for an "or" that couples
another predicate to it, where a find in the text's lowered copy (lowered()) says none can be
there: "hospital" in the 20 characters after the word, "or" from the head's start to the
sentence's end. Each look, as written, finds something only where the find does: at every
position of the speed corpus and the fingerprint texts, with blanks of every kind around "or",
and in made-up texts (hypothesis); no character of Unicode beyond ASCII lowers to a letter of
either word; and _combined reads every predicate of those texts as it was first written."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import properties
from factcheck.lexicon import properties as lex
from factcheck.patterns import lowered
from tests.test_reading_combined import _combined_as_written
from tests.test_trusted import _shared_texts, _speed_paragraphs

_OR_JOINERS = (" and/or", " or")


def _check_every_position(text: str) -> int:
    """At each position, the looks as written find something only where the finds allow it:
    ``_OR_AFTER`` after a word, a head of 30 characters that ends with a joiner before one, and
    a hospital after one. Returns the number of looks that found something."""
    low = lowered(text)
    if low is None:
        return 0  # _combined looks as written
    lower = low.text
    found = 0
    for at in range(len(text) + 1):
        joint = properties._OR_AFTER.match(text, at)
        if joint is not None:
            assert lower.find("or", at, joint.end()) >= 0, (text, at)
            found += 1
        # a head of 30 characters, or one that starts at a joiner ("/or" of " and/or" too)
        for lo in {max(0, at - 30), max(0, at - 7), max(0, at - 3)}:
            if text[lo:at].rstrip().lower().endswith(_OR_JOINERS):
                assert lower.find("or", lo, at) >= 0, (text, lo, at)
                found += 1
        if text[at : at + 20].lower().lstrip().startswith(lex.HOSPITAL):
            assert lower.find("hospital", at, at + 20) >= 0, (text, at)
            found += 1
    return found


def _texts() -> list[str]:
    return [*_speed_paragraphs(), *_shared_texts()]


def test_the_finds_hold_every_or_and_hospital_of_the_fingerprint_texts() -> None:
    found = sum(_check_every_position(text) for text in _texts())
    assert found > 50


def test_every_predicate_of_the_fingerprint_texts_is_combined_as_written() -> None:
    compared = 0
    for text in _texts():
        cuts = sorted({0, len(text), *range(0, len(text), 53)})
        for s in cuts:
            for e in cuts:
                if s >= e:
                    continue
                for m in properties._predicates(text, s, e):
                    assert properties._combined(text, m, s, e) == _combined_as_written(
                        text, m, s, e
                    ), (text, m.start(1), s, e)
                    compared += 1
    assert compared > 10000


def test_every_character_of_unicode() -> None:
    """No character beyond ASCII lowers to a letter of "or" or "hospital" (but where it lowers
    to two, and lowered() gives None)."""
    letters = set("orhspital")
    for code in range(0x80, sys.maxunicode + 1):
        lower = chr(code).lower()
        if len(lower) == 1:
            assert lower not in letters, code


def test_blanks_around_or() -> None:
    for c in "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2028\u2029\u3000/":
        for text in (f"killed{c}or injured", f"killed or{c}injured", f"killed{c}and/or hurt"):
            assert _check_every_position(text) > 0 or c == "/", repr(c)


_PIECES = st.sampled_from(
    [
        "killed", "Injured", "DAMAGED", "destroyed", "evacuated", "rescued", "recovered",
        " or ", " OR ", " Or ", "or", "/or", " and/or ", " And/Or ", " and ", "\u00a0or\u2003",
        "\tor\n", "\u3000OR\u2028", "order", " organ", "for ", " to hospital",
        " To The Hospital", "hospital", " HOSPITAL", "to a hospital", "to hospitals",
        "among the dead", " ", "  ", ",", ".", "12", "people", "homes", "\u212a", "\u0130",
        "é", "said", "ſ", "\u03a3", "ß",
    ]
)  # fmt: skip


@settings(max_examples=600)
@given(st.lists(_PIECES, max_size=16).map("".join))
def test_made_up_texts(text: str) -> None:
    _check_every_position(text)
    for s in range(0, len(text), 3):
        for e in range(s + 1, len(text) + 1, 5):
            for m in properties._predicates(text, s, e):
                assert properties._combined(text, m, s, e) == _combined_as_written(text, m, s, e)
