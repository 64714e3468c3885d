"""read_date reads a date's sentence start and the words of its clause once: the follow-up
reading finds them, and the deed or the time anchor after it takes them as they are, where each
found them again. Taken only where the clause is ASCII, they are the words found again."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck import properties
from factcheck.extract import as_document, find_mentions
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _as_the_follow_up_reads_them(text: str, start: int, end: int) -> tuple[int, list[str]]:
    s, _ = properties.sentence_bounds(text, start, end)
    clause_lo = properties._clause_start(text, s, start)
    return s, properties._lower_words(text[clause_lo:start].lower())


def test_every_date_s_clause_words_are_those_found_again() -> None:
    compared = 0
    for text in [*_speed_paragraphs(), *_shared_texts()]:
        for mention in find_mentions(as_document(text))[0]:
            s, _ = properties.sentence_bounds(text, mention.start, mention.end)
            written = text[properties._clause_start(text, s, mention.start) : mention.start]
            if not written.isascii():
                continue
            compared += 1
            assert _as_the_follow_up_reads_them(
                text, mention.start, mention.end
            ) == properties._clause_words(text, mention), (text, mention.start)
    assert compared > 1000


_PIECES = st.sampled_from(
    ["Police", "ARRESTED", "him", "on", "Tuesday", "O'Neil", "well-known", "x1", "_", " ", ",", "."]
)


@given(st.lists(_PIECES, max_size=14).map("".join))
def test_an_ascii_clause_has_the_words_of_its_lower_case(fragment: str) -> None:
    assert properties._lower_words(fragment.lower()) == properties._lower_words(fragment)


def test_a_clause_beyond_ascii_may_not() -> None:
    # the Kelvin sign lowers to an ASCII "k": the lowered clause holds a word the text does not
    fragment = "\u212aept on"
    assert properties._lower_words(fragment.lower()) != properties._lower_words(fragment)
