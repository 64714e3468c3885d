"""The date recogniser's fast paths give what their plain forms give.

Each helper here was written out for speed; its plain form (slower, obviously right) is the
reference it must match.
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from factcheck import dates
from factcheck.mentions import DateMention


def test_moved_mention_keeps_every_field() -> None:
    # a value unlike any default in each field, so that a field left out shows
    fields = dataclasses.fields(DateMention)
    values = {f.name: 7 + i if "int" in str(f.type) else f"v{i}" for i, f in enumerate(fields)}
    mention = DateMention(**values)  # type: ignore[arg-type]
    assert dates._moved(mention, 100) == dataclasses.replace(
        mention, start=mention.start + 100, end=mention.end + 100
    )


# The tokeniser as it reads without its shortcut for words of ASCII small letters.
PLAIN_TOKEN = re.compile(r"((?i:[qh][1-4])\b|\d{1,12}|[^\W\d_]{1,40}|\S)")
AWKWARD_TEXT = [
    "police said on Monday that q1 and h2 rose; Q3 H1 q12 h1x qh",
    "a" * 39 + " " + "b" * 40 + " " + "c" * 41 + " " + "d" * 85,
    "x" * 39 + "é" + " café naïve Kelvin:\u212a İstanbul straße ǅemal",
    "abc123def _abc abc_ 3rd 10:30am 2,300 ٣٠ ²½",
    "",
    "   ",
]


@pytest.mark.parametrize("text", AWKWARD_TEXT)
def test_tokens_match_the_plain_tokeniser(text: str) -> None:
    for variant in (text, text.lower(), text.upper()):
        assert dates._TOKEN.split(variant) == PLAIN_TOKEN.split(variant)
