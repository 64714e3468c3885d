"""Data only: the words English uses for numbers, read by :mod:`factcheck.numbers`.

Cardinals, scale words, fractions, ordinals and digit suffixes ("40k", "3bn"), kept apart from
the parser so that a table can be checked against a dictionary without reading any logic.
"""

from __future__ import annotations

__all__ = [
    "AMBIGUOUS_SUFFIXES",
    "DENOMINATORS",
    "DETERMINER_ONE",
    "FRACTION_CHARS",
    "MAGNITUDE_SUFFIXES",
    "MULTIPLIER_WORDS",
    "ORDINAL_WORDS",
    "PLURAL_SCALES",
    "SCALES",
    "SLASH_UNITS",
    "SMALL",
    "TENS",
    "ZERO_WORDS",
]

ZERO_WORDS: dict[str, int] = {"zero": 0, "nought": 0, "naught": 0, "nil": 0, "oh": 0}
"""Words for nought; "oh" only inside spoken decimals ("nine point oh four")."""

SMALL: dict[str, int] = {
    "zero": 0,
    "nought": 0,
    "naught": 0,
    "nil": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
"""Cardinals below twenty: each is one word in English."""

TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,  # a common misspelling in wire copy
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

SCALES: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "lacs": 1e5,
    "lkh": 1e5,
    "lkhs": 1e5,
    "million": 1e6,
    "crore": 1e7,
    "crores": 1e7,
    "krore": 1e7,
    "krores": 1e7,
    "cr": 1e7,
    "koti": 1e7,
    "billion": 1e9,
    "trillion": 1e12,
}
"""Scale words (short scale, as in US and modern UK news; lakh and crore as in Indian English,
with "koti", crore's name in several Indian languages).
"hundred" multiplies what precedes it; the others close a group ("two hundred and two thousand"
= 202 x 1,000)."""

PLURAL_SCALES: dict[str, float] = {
    "hundreds": 1e2,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
}
"""Plural scales after a figure ("three billions", "three thousand millions"). Alone they are
vague amounts ("millions of people"), read by the recogniser."""

MULTIPLIER_WORDS: dict[str, int] = {
    "dozen": 12,
    "dozens": 12,
    "dz": 12,
    "dzs": 12,
    "doz": 12,
    "dozs": 12,
    "score": 20,
    "gross": 144,
}
"""Counting words that multiply a preceding figure: "two dozen" = 24, "three score" = 60.
Bare plurals ("dozens", "scores") without a figure are vague amounts, see
:mod:`factcheck.lexicon.quantities`."""

DENOMINATORS: dict[str, int] = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
    "twelfth": 12,
    "twelfths": 12,
    "sixteenth": 16,
    "sixteenths": 16,
    "twentieth": 20,
    "twentieths": 20,
    "thirtieth": 30,
    "thirtieths": 30,
    "hundredth": 100,
    "hundredths": 100,
    "thousandth": 1000,
    "thousandths": 1000,
    "millionth": 1_000_000,
    "millionths": 1_000_000,
    "billionth": 1_000_000_000,
    "billionths": 1_000_000_000,
    "trillionth": 1_000_000_000_000,
    "trillionths": 1_000_000_000_000,
}
"""Fraction words: "three quarters" = 3/4, "a fifth" = 1/5. The singular forms other than
"half" and "quarter" are also ordinals ("the fifth day"); the parser reads them as fractions
only after a figure or "a"/"one" ("one fifth", "two thirds")."""

ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
    "thousandth": 1000,
    "millionth": 1_000_000,
}
"""Ordinal words; compounds end in one of them ("twenty-first", "one hundred and fifth")."""

FRACTION_CHARS: dict[str, float] = {
    "½": 1 / 2,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "¼": 1 / 4,
    "¾": 3 / 4,
    "⅕": 1 / 5,
    "⅖": 2 / 5,
    "⅗": 3 / 5,
    "⅘": 4 / 5,
    "⅙": 1 / 6,
    "⅚": 5 / 6,
    "⅐": 1 / 7,
    "⅛": 1 / 8,
    "⅜": 3 / 8,
    "⅝": 5 / 8,
    "⅞": 7 / 8,
    "⅑": 1 / 9,
    "⅒": 1 / 10,
}
"""Unicode vulgar fractions, alone ("½") or after a whole number ("2½")."""

MAGNITUDE_SUFFIXES: dict[str, float] = {
    "k": 1e3,
    "K": 1e3,
    "thou": 1e3,
    "m": 1e6,
    "M": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "mill": 1e6,
    "MM": 1e6,
    "b": 1e9,
    "B": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "G": 1e9,
    "t": 1e12,
    "T": 1e12,
    "tn": 1e12,
    "tln": 1e12,
    "trn": 1e12,
}
"""Abbreviated magnitudes glued to or just after digits ("40k", "3bn", "$5m", "10 bln").
Several collide with units ("5 m" metres, "5G" a network, "5 t" tonnes, "5 mil" thousandths of
an inch): the parser accepts these only where the caller says no unit is meant,
e.g. after a currency sign; the recogniser decides with the context."""

AMBIGUOUS_SUFFIXES: frozenset[str] = frozenset({"m", "G", "t", "mil", "mill"})
"""Suffixes that are also unit symbols or words; see :data:`MAGNITUDE_SUFFIXES`."""

SLASH_UNITS: tuple[str, ...] = ("b/d", "B/D", "b/day")
"""Unit symbols with a slash that open with a magnitude suffix: "500,000 b/d" is barrels a
day, not 500,000 billion."""

DETERMINER_ONE: frozenset[str] = frozenset({"a", "an"})
"""Articles that stand for one before a scale, multiplier or fraction ("a hundred", "a dozen",
"a half")."""
