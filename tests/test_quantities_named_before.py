"""The word before a figure that makes it a name or a day is tested against one set,
``quantities._NAMED_BEFORE``, where it was tested against the name prefixes, the name prefixes
after its dots are stripped, and the months. Both tests agree for every left token of the
fingerprint texts, every table word with and without dots, and made-up words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import quantities as q
from factcheck.lexicon.quantities import MONTHS, NAME_PREFIXES
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _as_first_written(word: str) -> bool:
    return bool(
        word and (word in NAME_PREFIXES or word.rstrip(".") in NAME_PREFIXES or word in MONTHS)
    )


def _agrees(word: str) -> None:
    if word.endswith(".."):
        return  # no left token ends so (test_every_left_token_of_the_texts)
    assert (word in q._NAMED_BEFORE) == _as_first_written(word), word


def test_no_word_is_none() -> None:
    assert "" not in q._NAMED_BEFORE


def test_every_left_token_of_the_texts() -> None:
    words: set[str] = set()
    for text in [*_speed_paragraphs(), *_shared_texts()]:
        words.update(t[0] for t in q._window_tokens(text, 0, len(text)))
        for at in range(1, len(text)):
            if text[at].isdigit() and not text[at - 1].isdigit():
                words.update(t[0] for t in q._left_tokens(text, at, 0))
                words.add(q._word_before(q._left_tokens(text, at, 0)))
    assert len(words) > 10_000
    assert not any(word.endswith("..") for word in words)  # one dot at most ends a token
    for word in words:
        _agrees(word)


def test_every_table_word_with_dots() -> None:
    for word in [*NAME_PREFIXES, *MONTHS, "u.s", "no", "nos", "st", "jan", "sept"]:
        for variant in (word, word + ".", word.rstrip("."), "." + word, word[:-1]):
            _agrees(variant)
            _agrees(variant.lower())


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abnorteujsp.", max_size=8))
def test_made_up_words(word: str) -> None:
    _agrees(word)
