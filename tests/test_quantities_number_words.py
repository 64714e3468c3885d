"""A number word ("two", "Thirty") skips the vague and collective readings: neither can take a
figure that one of them opens, so the mentions must be those of the full candidate reading."""

import pytest

from factcheck import quantities
from factcheck.lexicon.quantities import COUNT_MULTIPLES, VAGUE_AMOUNTS
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _spellings(word: str) -> list[str]:
    return [word, word.capitalize(), word.upper()]


def test_number_words_open_no_vague_amount_nor_collective_word() -> None:
    # what may follow the word: each vague amount's and collective word's tail, letters the
    # regex folds to ASCII ones ("ſ", the Kelvin sign), an apostrophe, a hyphen, a noun; not
    # an ASCII letter, which would make another word than the trigger's (its whole run)
    phrases = [p.removeprefix("a ") for p in VAGUE_AMOUNTS] + list(COUNT_MULTIPLES)
    tails = {p[k:] for p in phrases for k in range(len(p) + 1)}
    tails = {t for t in tails if not (t[:1].isascii() and t[:1].isalpha())}
    tails |= {"ſ", "\u212a", "'s", "’s", "-", " people", " of people", " of the"}
    checked = 0
    for word in quantities._SPELT_NUMBERS:
        for spelled in _spellings(word):
            for before in ("", "a ", "an ", "A ", "the "):
                for tail in tails:
                    text = f"{before}{spelled}{tail} were here"
                    pos = len(before)
                    toks = quantities._left_tokens(text, pos, 0)
                    assert quantities._read_vague(text, pos, toks) is None, text
                    assert quantities._read_collective(text, pos, pos) is None, text
                    assert quantities._read_collective(text, 0, pos) is None, text
                    checked += 1
    assert checked > 5_000


def test_number_words_read_as_the_full_candidate_reading_in_the_fingerprint_texts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    words = quantities._SPELT_NUMBERS
    fast = [quantities.find_quantities(text) for text in texts]
    monkeypatch.setattr(quantities, "_SPELT_NUMBERS", frozenset())
    full = [quantities.find_quantities(text) for text in texts]
    assert fast == full
    spelt = sum(
        text[m.core_start : m.core_end].lower() in words
        for text, mentions in zip(texts, fast, strict=True)
        for m in mentions
    )
    assert spelt > 1_000
