"""The sign and currency readings on the left of a figure are tried only when the last token
is one they may take (:data:`factcheck.quantities._SIGN_OR_CURRENCY_TOKENS`, or a token beyond
ASCII): any other token must leave them with nothing to read, and the figures must be those of
the full reading."""

from __future__ import annotations

import re

import pytest

from factcheck import quantities
from factcheck.lexicon.units import CURRENCY_CODES, CURRENCY_CODES_LOWER, CURRENCY_SYMBOLS
from tests.test_trusted import _shared_texts, _speed_paragraphs


class _Everything:
    """A set that holds every token: the sign and currency readings are always tried."""

    def __contains__(self, token: object) -> bool:
        return True


def test_sign_and_currency_precheck_gives_the_figures_of_the_full_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    fast = [quantities.find_quantities(text) for text in texts]
    monkeypatch.setattr(quantities, "_SIGN_OR_CURRENCY_TOKENS", _Everything())
    assert [quantities.find_quantities(text) for text in texts] == fast


def _skips_nothing(before: str, figure: str = "5") -> bool:
    """Whether the precheck skips no reading for the window ``before`` a figure: the sign and
    currency readings take nothing wherever the last token is none of the set."""
    text = before + figure
    toks = quantities._window_tokens(text, 0, len(before))
    if not toks:
        return True
    last = toks[-1][0]
    if last in quantities._SIGN_OR_CURRENCY_TOKENS or not last.isascii():
        return True
    left = quantities._Left(len(before))
    k = quantities._read_sign_and_currency(text, toks, left, len(before))
    return k == len(toks) and left == quantities._Left(len(before))


def test_tokens_outside_the_set_read_no_sign_nor_currency() -> None:
    # every currency form in three spellings, in millions, glued, after a prefix or a sign,
    # and words, signs and marks around them
    forms = [*CURRENCY_SYMBOLS, *CURRENCY_CODES, *CURRENCY_CODES_LOWER, "dollar", "euros"]
    forms += ["minus", "negative", "-", "−", "than", "more", "over", "about", "least", "said"]
    spelled = {v for f in forms for v in (f, f.lower(), f.upper(), f.capitalize())}
    spelled |= {p + f for f in list(spelled) for p in ("M", "m")}
    checked = 0
    for token in spelled:
        for before in ("", "US", "C ", "-", "about ", "rose "):
            for gap in ("", " "):
                assert _skips_nothing(f"{before}{token}{gap}"), (before, token, gap)
                checked += 1
    assert checked > 10_000


def test_windows_of_the_fingerprint_texts_read_no_sign_nor_currency_outside_the_set() -> None:
    checked = 0
    for text in [*_speed_paragraphs(), *_shared_texts()]:
        for m in re.finditer(r"(?<![\d.])\d", text):
            lo = max(0, m.start() - quantities._LEFT_WINDOW)
            assert _skips_nothing(text[lo : m.start()], text[m.start() :]), text[lo : m.end()]
            checked += 1
    assert checked > 5_000
