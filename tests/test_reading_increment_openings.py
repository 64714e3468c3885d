"""_increment matches _FOLLOWER after a count ("five more were arrested") only where the first
character after the blanks that follow the figure is one of properties._INCREMENT_OPENINGS:
the shortcut must skip no figure end where the follower is one of lex.INCREMENT_FOLLOWERS."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import properties
from factcheck.lexicon import properties as lex
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _asks(text: str, end: int) -> bool:
    """The shortcut as _increment writes it: True where the pattern is matched."""
    return text[end : end + 12].lstrip()[:1] in properties._INCREMENT_OPENINGS


def _assert_no_follower_skipped(text: str, end: int) -> None:
    follower = properties._FOLLOWER.match(text, end)
    if follower is not None and follower.group(1).lower() in lex.INCREMENT_FOLLOWERS:
        assert _asks(text, end), (text, end)


def test_lstrip_strips_what_the_pattern_takes_for_blanks() -> None:
    blank = re.compile(r"\s")
    for c in map(chr, range(sys.maxunicode + 1)):
        assert c.isspace() == (blank.fullmatch(c) is not None), hex(ord(c))


def test_the_openings_are_the_followers_first_letters() -> None:
    assert set(properties._INCREMENT_OPENINGS) == {
        c for w in lex.INCREMENT_FOLLOWERS for c in (w[0], w[0].upper())
    }
    assert all(w.isascii() and w.isalpha() and w.islower() for w in lex.INCREMENT_FOLLOWERS)


def test_every_position_of_the_texts() -> None:
    found = 0
    for text in [*_speed_paragraphs(), *_shared_texts()]:
        for end in range(len(text) + 1):
            _assert_no_follower_skipped(text, end)
        found += " more" in text
    assert found > 10


PIECES = [
    "more", "More", "MORE", "additional", "Additional", "another", "a", "m", "x", "_", "9",
    "é", "ſ", "K", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "             ", ",",
    ".", "-", "'",
]  # fmt: skip


@settings(max_examples=2000)
@given(st.lists(st.sampled_from(PIECES), max_size=10).map("".join), st.integers(0, 40))
def test_any_position_of_made_up_texts(text: str, end: int) -> None:
    _assert_no_follower_skipped(text, end)
