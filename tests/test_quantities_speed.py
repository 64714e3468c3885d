"""Pins what the recogniser's fast paths rely on."""

from __future__ import annotations

from dataclasses import fields

import pytest

from factcheck import quantities
from factcheck.mentions import NumberMention


def test_number_mention_field_order() -> None:
    # quantities._make_mention builds NumberMention by position (keywords cost a microsecond
    # per mention): a reordering of the fields must fail here, not shift values silently
    assert [f.name for f in fields(NumberMention)] == [
        "start",
        "end",
        "core_start",
        "core_end",
        "kind",
        "qualifier",
        "stated_low",
        "stated_high",
        "stated_unit",
        "low",
        "high",
        "low_closed",
        "high_closed",
        "unit",
        "noun",
        "direction",
        "dimension",
        "is_age",
    ]


_LEFTS = [
    "",
    "in ",
    "since ",
    "about ",
    "more than ",
    "rose to ",
    "rose by ",
    "from ",
    "between ",
    "$",
    "-",
    "minus ",
    "aged ",
    "percent of ",
    "magnitude ",
    "Route ",
    "(",
]
_YEARS = ["1962", "2024", "999", "2101", "1000", "2100", "01962"]
_RIGHTS = ["", ".", ",", ";", ")", "\n", ". Then", ", in", ".5", ",000", ") and", " people"]
_RIGHTS += ["-2025", " to 2025", " or more", "%", " metres", "m", "+", " plus", " (", "F"]


def test_bare_year_shortcut_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # _build rejects a bare year before reading the right context; without the shortcut the
    # full reading must come to the same mentions
    texts = [f"It {a}{y}{b}" for a in _LEFTS for y in _YEARS for b in _RIGHTS]
    fast = [quantities.find_quantities(t) for t in texts]
    monkeypatch.setattr(quantities, "_bare_year", lambda *args: False)
    assert [quantities.find_quantities(t) for t in texts] == fast
