"""read_date tests words in C where it tested them one by one in Python: a past date's clause
names its thing by a word outside one set (``_NO_DATED_WORD``), where each word was tried
against the function words, the verbs of a change, the scales and the unit words
(``lookup_word``) in turn; a clause with no ordinal holds no ordinal day; a word with no suffix
is its own stem; an ASCII clause, lowered, is split without lowering it again. Each says what
the code it replaces said (kept below as first written)."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from factcheck import properties
from factcheck.lexicon import numbers as nums
from factcheck.lexicon import properties as lex
from factcheck.lexicon.units import UNIT_WORDS
from factcheck.units import lookup_word
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _names_no_dated_thing_as_written(word: str) -> bool:
    return (
        word in properties._FUNCTION_WORDS
        or word in properties._CHANGE_WORDS
        or word in nums.SCALES
        or lookup_word(word) is not None
    )


def _check(words: set[str]) -> None:
    for word in words:
        assert (word in properties._NO_DATED_WORD) == _names_no_dated_thing_as_written(word), word


def test_every_word_of_the_fingerprint_texts_and_the_tables() -> None:
    words: set[str] = set()
    for text in [*_speed_paragraphs(), *_shared_texts()]:
        words.update(properties._lower_words(text))
    for table in (properties._FUNCTION_WORDS, properties._CHANGE_WORDS, nums.SCALES):
        words.update(properties._lower_words(" ".join(table)))
    for unit_words in UNIT_WORDS.values():
        for written in unit_words:
            words.update(properties._lower_words(written))
            words.add(written.lower())
    assert len(words) > 5000
    _check(words)


def test_the_words_are_lower_case_ascii() -> None:
    fragment = "Last INSPECTED in \u212aelvin, the Tonnes of grain-exports O'Neil's \u0130stanbul"
    for word in properties._lower_words(fragment):
        assert word.isascii()
        assert word == word.lower()


@given(st.text(alphabet=string.ascii_lowercase + "'-", min_size=1, max_size=14))
def test_made_up_words(word: str) -> None:
    _check({word})


def _stem_as_written(word: str) -> str:
    for suffix in properties._SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _an_ordinal_day_as_written(words: list[str]) -> bool:
    for i, w in enumerate(words):
        if w in lex.ORDINAL_DAY_WORDS:
            rest = words[i + 1 : i + 3]
            if rest[:1] == ["day"] or (
                rest[1:] == ["day"] and rest[0] in ("straight", "consecutive")
            ):
                return True
    return False


def test_stems_and_ordinal_days_of_the_fingerprint_texts() -> None:
    sentences = 0
    for text in [*_speed_paragraphs(), *_shared_texts()]:
        for sentence in text.split("."):
            words = properties._lower_words(sentence)
            assert properties._an_ordinal_day(words) == _an_ordinal_day_as_written(words)
            for word in words:
                assert properties._stem(word) == _stem_as_written(word)
            sentences += 1
    assert sentences > 5000


_DAY_WORDS = st.sampled_from(
    [*sorted(lex.ORDINAL_DAY_WORDS), "day", "days", "straight", "consecutive", "a", "the", "x"]
)


@given(st.lists(_DAY_WORDS, max_size=8))
def test_made_up_ordinal_days(words: list[str]) -> None:
    assert properties._an_ordinal_day(words) == _an_ordinal_day_as_written(words)


@given(st.text(alphabet="abdegiosnt", max_size=12))
def test_made_up_stems(word: str) -> None:
    assert properties._stem(word) == _stem_as_written(word)


@given(st.text(alphabet=string.printable, max_size=40))
def test_an_ascii_clause_lowered_splits_as_lower_words_does(written: str) -> None:
    clause = written.lower()
    assert properties._LOWER_WORD.findall(clause) == properties._lower_words(clause)
