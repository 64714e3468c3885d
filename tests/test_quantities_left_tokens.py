"""The words left of a figure are tokenised in full only where a reading can end with the last
one: a lone word ("said 84") or a word and its dot ("said. 12", "Aug. 5") is taken alone. Over
every fingerprint text, the figures must be those the full window gives."""

from __future__ import annotations

import pytest

from factcheck import quantities
from tests.test_trusted import _shared_texts, _speed_paragraphs


def test_lone_last_word_gives_the_figures_of_the_full_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert len(texts) > 1000
    lone = [quantities.find_quantities(text) for text in texts]
    # with every word taken as one a reading may end with, each figure's window is tokenised
    monkeypatch.setattr(quantities, "_may_qualify", lambda word: True)
    assert [quantities.find_quantities(text) for text in texts] == lone


@pytest.mark.parametrize(
    ("text", "lone"),
    [
        ("police said. 12 more", True),
        ("on Aug. 5 the", True),
        ("paid Rs. 500", False),  # a currency sign
        ("the U.S. 5", False),  # dots inside the word
        ("the approx. 5 km", False),  # a qualifier
        ("the " + "x" * 30 + ". 5", False),  # a run longer than the word read
    ],
)
def test_word_with_its_dot_is_taken_alone(text: str, lone: bool) -> None:
    pos = next(i for i, ch in enumerate(text) if ch.isdigit())
    toks = quantities._left_tokens(text, pos, 0)
    assert (len(toks) == 1) == lone, toks
