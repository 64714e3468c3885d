"""The counted noun after a figure is read from one match of the word and the word after it:
when that second word is a lower-case stopword ("people were"), the first word is decided at
once, without the loop over modifiers. Over every fingerprint text, at every place a word may
follow, the reading must be the loop's. The loop now takes the next word from the pair match
too, so the two are compared on _read_noun as first written, which matched it again
(tests/test_quantities_noun_spans.py proves _read_noun equal to it)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import quantities
from tests.test_quantities_noun_spans import _read_noun_as_first_written
from tests.test_trusted import _shared_texts, _speed_paragraphs

# group 2 always empty: no second word is a stopword, so every reading goes through the loop
_NO_PAIR = re.compile(r"[ \t\u00a0]{1,2}([A-Za-z][A-Za-z'’]*)()")


def _readings(texts: list[str]) -> list[object]:
    out: list[object] = []
    for text in texts:
        for at in range(len(text)):
            if text[at] in " \t\u00a0-" and (at == 0 or not text[at - 1].isspace()):
                for allow_of in (True, False):
                    for one in (True, False):
                        out.append(
                            _read_noun_as_first_written(text, at, allow_of=allow_of, one=one)
                        )
    return out


def test_pair_reads_the_nouns_the_loop_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert len(texts) > 1000
    paired = _readings(texts)
    assert any(r is not None for r in paired)
    monkeypatch.setattr(quantities, "_WORD_PAIR", _NO_PAIR)
    assert _readings(texts) == paired


_WORDS = ["people", "were", "of", "the", "police", "officers", "Red", "Cross", "in", "man's"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*_WORDS, " ", "  ", "   ", "\t", "5", ",", "-", "’s"]), max_size=10)
)
def test_pair_on_made_up_phrases(parts: list[str]) -> None:
    text = " " + "".join(parts)
    paired = _readings([text])
    saved = quantities._WORD_PAIR
    quantities._WORD_PAIR = _NO_PAIR
    try:
        assert _readings([text]) == paired
    finally:
        quantities._WORD_PAIR = saved


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (" people were hurt", ("people", "person", 7)),
        (" of them", None),  # "of" reads on, to a word that is no noun
        (" March in", None),
        (" dozen were", None),
        (" ab" + "c" * 30 + " were", None),  # longer than any noun
    ],
)
def test_first_word_before_a_stopword(text: str, noun: tuple[str, str, int] | None) -> None:
    assert quantities._read_noun(text, 0, allow_of=True) == noun
