"""A unit's phrase of several words is looked up only when its second word is the second word
of some name: "kilometres from the" tries "kilometres" alone. Over every figure of the
fingerprint texts the unit read must be the one read with every phrase looked up."""

from __future__ import annotations

import re

import pytest

from factcheck import quantities as q
from factcheck.lexicon.units import (
    CURRENCY_SUBUNITS,
    CURRENCY_WORDS,
    PERCENT_WORDS,
    SYMBOL_BASES,
    SYMBOLS,
    UNIT_WORDS,
)
from factcheck.numbers import read_number
from tests.test_trusted import _shared_texts, _speed_paragraphs


class _Everything:
    def __contains__(self, word: object) -> bool:
        return True


def _units(texts: list[str]) -> list[object]:
    out: list[object] = []
    for text in texts:
        for m in re.finditer(r"\d+(?:[.,]\d+)?", text):
            num = read_number(text, m.start(), suffixes=False)
            if num is None or num.ordinal:
                continue
            for at in (num.end, num.end + 1):
                out.append(q._unit_atom(text, at, at == num.end, num))
            out.append(q._read_unit(text, num, num.end))
    return out


def test_units_are_those_read_with_every_phrase(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    texts += ["5 sq fts", "5 k.g. of", "3 kilometres per hour", "4 US dollars", "2 per cent"]
    pruned = _units(texts)
    assert sum(u is not None for u in pruned) > 1000
    monkeypatch.setattr(q, "_phrase_seconds", _Everything)
    assert _units(texts) == pruned


def test_every_name_of_several_words_goes_on_with_its_second_word() -> None:
    names = [*SYMBOLS, *SYMBOL_BASES, *PERCENT_WORDS, *CURRENCY_WORDS, *CURRENCY_SUBUNITS]
    names += [w for words in UNIT_WORDS.values() for w in words]
    several = [name for name in names if " " in name]
    assert several
    for name in several:
        second = name.split(" ")[1].lower().rstrip(".")
        assert second in q._phrase_seconds(), name
        assert second + "s" in q._phrase_seconds(), name
