"""Both trigger scans take a text's runs of ASCII letters from one split, made once per text
(:func:`factcheck.mentions.letter_runs`). The number scan's trigger words are such runs; the
date scan's are runs of word characters, which it meets with the runs of letters and then finds
between blanks among its own runs of word characters (the words with a digit, "q1", "H2",
where the text has their letters). Over the fingerprint texts and made-up strings, each scan
must give its regex's matches, first or second to read the text, with the runs shared."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import dates, mentions, quantities
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _number_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in quantities._trigger().finditer(text)]


def _date_starts(text: str) -> list[int]:
    return [m.start() for m in dates._trigger(text.isascii()).finditer(" " + text)]


def _check_both(text: str) -> None:
    for first_dates in (True, False):
        mentions.letter_runs.cache_clear()
        if first_dates:
            assert dates._trigger_starts(text) == _date_starts(text), text
        assert quantities._trigger_spans(text) == _number_spans(text), text
        assert dates._trigger_starts(text) == _date_starts(text), text


def test_the_runs_are_the_split_of_the_letters() -> None:
    text = "It rose 3.5% to ٣٤ in 2024_Q4 – two weeks’ work, a 5million year on"
    encoded, letters, runs = mentions.letter_runs(text)
    assert encoded == text.encode("ascii", "replace")
    assert len(letters) == len(text) + 2
    assert runs == b"It rose to in Q two weeks work a million year on".split()


def test_both_scans_over_the_fingerprint_texts() -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert len(texts) > 1000
    for text in texts:
        _check_both(text)


def test_the_words_with_a_digit_are_looked_up_by_their_letters() -> None:
    assert {variant for variant, _, _ in dates._DIGIT_VARIANTS} == {
        v.encode() for v in dates._WORD_ONLY_VARIANTS if not v.isalpha()
    }
    for variant, zeroed, parts in dates._DIGIT_VARIANTS:
        zeros = bytes(ch if chr(ch).isalpha() else ord("0") for ch in variant)
        assert zeroed == b" " + zeros + b" "
        assert parts == {bytes(ch for ch in variant if chr(ch).isalpha())}
        assert parts <= dates._LOOKED_UP_RUNS


# Trigger words of both scans glued to digits, "_", points, letters and characters beyond ASCII
_PIECES = ["two", "Two", "TWO", "tWo", "million", "May", "may", "MAY", "q", "Q", "h", "H"]
_PIECES += ["q1", "Q4", "h2", "H1", "1", "4", "12", "2024", "_", "__", "^", ".", ",", " "]
_PIECES += ["\n", "-", "é", "٣", "½", "?", "a", "m", "a.m", "pm", "to date", "th", "s", "x"]
_PIECES += ["mile", "hour", "half", "week", "years", "ago", "o'clock", ":", "/", "'"]


@settings(max_examples=4000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10))
def test_glued_trigger_words_are_the_trigger_matches(pieces: list[str]) -> None:
    _check_both("".join(pieces))
