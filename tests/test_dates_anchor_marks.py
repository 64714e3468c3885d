"""_anchor_in_runs finds the start of the sentence before a date in the translated bytes of
the _ANCHOR_BEFORE characters before it (";", "!", "?" a vertical tab, "." a form feed), where
_sentence_start searched the text; and it cuts the words after a date at the first clause mark
by one find of a tab in the translated span (_RUN_OR_MARK_BYTES turns each mark of
_CLAUSE_MARK into a tab, every other non-word character into a space): a tab or another blank
of the text must not cut them, and a mark right at the date's end or just before it must cut
them as _clause_end's search did. Proved against the pattern's reading of
test_dates_anchor_runs over made-up texts of event words, sentence marks, abbreviations and
blanks of every kind, near and past the reach."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import dates
from tests.test_dates_anchor_runs import PIECES, _check_every_span, _pattern_anchor_near

BLANKS_AND_MARKS = ["\t", "\r", "\x0b", "\x0c", ".", ",", ";", "!", "?", ":", "blast", "fire"]


def test_every_mark_and_only_those_is_a_tab() -> None:
    for c in range(256):
        tab = dates._RUN_OR_MARK_BYTES[c] == ord("\t")
        assert tab == (chr(c) in ".;!?,"), c
        if not tab:
            assert dates._RUN_OR_MARK_BYTES[c] == dates._RUN_BYTES[c], c


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES + BLANKS_AND_MARKS), max_size=14),
    st.lists(st.booleans(), max_size=14),
)
def test_the_words_after_the_date_end_where_the_search_ended_them(
    pieces: list[str], glue: list[bool]
) -> None:
    _check_every_span(pieces, glue)


SENTENCES = ["U.S.", "Gen.", "a.", "said.", "x.", "Jan.", ".", ";", "!", "?", "blast", "killed"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([*SENTENCES, "x" * 30, "Monday"]), min_size=4, max_size=24))
def test_the_sentence_is_found_in_the_translated_reach_as_in_the_text(pieces: list[str]) -> None:
    # _anchor_in_runs finds the sentence's start in the _ANCHOR_BEFORE characters before the
    # date, translated, where _sentence_start searched the text: dates near and past the reach
    text = " ".join(pieces)
    for start in range(0, len(text) + 1, 3):
        for end in (start, min(len(text), start + 7)):
            want = _pattern_anchor_near(text, start, end)
            assert dates._anchor_near(text, start, end) == want, (text, start, end)
