"""A sum's or a length's cue table is scanned by a prefix tree of its cues, built once, for speed:
it must find the matches of the plain alternation of the cues, longest first, in any text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.lexicon import properties as lex
from factcheck.properties import _MEASURE_CUES, _MONEY_CUES, _CueTable
from tests.test_trusted import _shared_texts, _speed_paragraphs

TABLES = [(lex.MEASURE_CUES, _MEASURE_CUES), (lex.MONEY_CUES, _MONEY_CUES)]


def _plain(table: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """The cues as the alternation the tree replaced: longest first, then in order."""
    words = sorted({cue for cues in table.values() for cue in cues}, key=lambda w: (-len(w), w))
    return re.compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, words)) + r")(?![a-z])")


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]


def test_the_tables_name_every_cue() -> None:
    for table, cues in TABLES:
        assert cues.of == {cue: prop for prop, words in table.items() for cue in words}


def test_the_trees_find_the_plain_matches_in_the_fingerprint_texts() -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert len(texts) > 1000
    for table, cues in TABLES:
        plain = _plain(table)
        for text in texts:
            lower = text.lower()
            assert _matches(cues.pattern, lower) == _matches(plain, lower)


def _pieces(cues: _CueTable) -> list[str]:
    words = sorted(cues.of)
    # every cue, every prefix and suffix of one, and what may stand around them
    parts = {p for w in words for p in (w, w[:-1], w[1:], w.split(" ")[0])}
    return sorted(parts | {" ", "  ", "-", "s", "x", "é", ",", "of", "for", "9"})


@settings(max_examples=400)
@given(st.data())
def test_the_trees_find_the_plain_matches_in_made_up_texts(data: st.DataObject) -> None:
    for table, cues in TABLES:
        text = "".join(data.draw(st.lists(st.sampled_from(_pieces(cues)), max_size=8)))
        assert _matches(cues.pattern, text) == _matches(_plain(table), text)
