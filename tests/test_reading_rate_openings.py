"""read_number asks _PER_TIME (a rate: "35,000 vehicles a day") and _PER_AFTER (a base: "18
deaths per 100,000") only where the figure is followed by a blank and one of
properties._RATE_OPENINGS: neither pattern matches anywhere else."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import properties
from tests.test_trusted import _shared_texts, _speed_paragraphs

# what completes each of the patterns' words after its first letter
TAILS = [
    "er day", "n hour", "f oil a day", " day", "ach week", "very year", "er 100,000",
    "or every 10", "or each 1", "n every 1", "ut of every 10", "f every 2", "er one", " ",
]  # fmt: skip


def _rated(text: str, end: int) -> bool:
    """The test of read_number."""
    return end + 1 < len(text) and text[end] in " \t" and text[end + 1] in properties._RATE_OPENINGS


def _matches(text: str, end: int) -> bool:
    return bool(properties._PER_TIME.match(text, end) or properties._PER_AFTER.match(text, end))


def test_every_character_after_the_blank() -> None:
    opening = set()
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        for tail in TAILS:
            for blank in (" ", "\t"):
                text = "12" + blank + c + tail
                if _matches(text, 2):
                    assert _rated(text, 2), (hex(code), tail)
                    opening.add(c)
    # each opening but the blanks ("12  per day" is rated too) is one a match starts with
    assert opening == set(properties._RATE_OPENINGS) - {" ", "\t"}


def _assert_every_position(text: str) -> None:
    for end in range(len(text) + 1):
        if not _rated(text, end):
            assert not _matches(text, end), (text, end)


def test_every_position_of_the_speed_corpus_and_fingerprint_texts() -> None:
    for text in [*_speed_paragraphs(), *_shared_texts()]:
        _assert_every_position(text)


PIECES = [
    "12", " ", "\t", "  ", "per", "PER", "a", "an", "An", "of", "oil", "day", "hour",
    "each", "every", "for", "in", "out", "one", "İn", "ın", "ſ", "people", ",", ".",
]  # fmt: skip


@settings(max_examples=1000)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_every_position_of_made_up_texts(text: str) -> None:
    _assert_every_position(text)
