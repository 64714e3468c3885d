"""``quantities._reads_nothing`` is cached by the word as written, where it was a function of
a left token: its verdict reads the token's lower-case form and its written form only, and the
first is always the second in lower case. The cached function agrees with the uncached one and
with the token-based test it replaces for every left token of the fingerprint texts, every
table word in three casings, and made-up words; and every left token's first field is its last
in lower case."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import quantities as q
from factcheck.lexicon.units import CURRENCY_SYMBOLS
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _token_reads_nothing(tok: q._Token) -> bool:
    """The test as it was written, on a whole token."""
    low, _, _, written = tok
    return (
        low not in q._ONE_TOKEN_READINGS
        and written not in CURRENCY_SYMBOLS
        and not (
            low.isalpha() and 3 <= len(low) <= 4 and q._code_with_millions(written) is not None
        )
    )


def _agrees(tok: q._Token) -> None:
    written = tok[3]
    assert tok[0] == written.lower(), tok
    expected = _token_reads_nothing(tok)
    assert q._reads_nothing.__wrapped__(written) == expected, tok
    assert q._reads_nothing(written) == expected, tok


def _left_tokens_of(text: str) -> list[q._Token]:
    toks = q._window_tokens(text, 0, len(text))
    for at in range(1, len(text)):
        if text[at].isdigit() and not text[at - 1].isdigit():
            toks.extend(q._left_tokens(text, at, 0))
    return toks


def test_every_left_token_of_the_texts() -> None:
    seen: set[str] = set()
    for text in [*_speed_paragraphs(), *_shared_texts()]:
        for tok in _left_tokens_of(text):
            if tok[3] not in seen:
                seen.add(tok[3])
                _agrees(tok)
    assert len(seen) > 10_000


def test_every_table_word() -> None:
    words = set(q._ONE_TOKEN_READINGS) | set(CURRENCY_SYMBOLS) | set(q._left_vocabulary())
    words |= {"usd", "musd", "eur", "meur", "gbp", "mgbp", "nok", "said", "killed", "about"}
    for word in words:
        for written in (word, word.upper(), word.capitalize()):
            _agrees((written.lower(), 0, len(written), written))


@settings(max_examples=300)
@given(st.text(alphabet="abcdemsuUSDEMNOK$€£.-+~", min_size=1, max_size=6))
def test_made_up_words(written: str) -> None:
    _agrees((written.lower(), 0, len(written), written))


def test_the_cache_is_bounded() -> None:
    assert q._reads_nothing.cache_parameters()["maxsize"] == 4096
