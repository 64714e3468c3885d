"""Unit surface forms to pint units, and conversion of intervals to canonical (SI) units.

One pint registry is shared and built on first use, so ``import factcheck`` never imports pint;
money keeps its ISO 4217 code and never converts across currencies.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .lexicon.units import (
    CURRENCY_CODES,
    CURRENCY_CODES_LOWER,
    CURRENCY_SUBUNITS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    PERCENT_WORDS,
    PINT_CONVERSIONS,
    SI_PREFIXES,
    SUBUNIT_SINGULAR,
    SYMBOL_BASES,
    SYMBOL_PREFIXES,
    SYMBOLS,
    UNIT_WORDS,
)

__all__ = [
    "Conversion",
    "conversion",
    "convert_interval",
    "currency_code",
    "currency_word",
    "is_currency",
    "lookup_symbol",
    "lookup_word",
    "registry",
]

_CODE_ALIASES = {"RMB": "CNY", "rmb": "CNY"}

_registry: Any = None


def registry() -> Any:
    """The one shared pint ``UnitRegistry``, built on the first call (pint is slow to load)."""
    global _registry
    if _registry is None:
        import pint  # deferred: importing pint costs more than the rest of factcheck

        reg: Any = pint.UnitRegistry()
        # Units news text uses that pint's default registry lacks. No symbols: pint already
        # gives "pp" and "bp" to the typographic point, and redefining them logs a warning;
        # the surface forms "pp" and "bp" are mapped by lexicon.units, never parsed by pint.
        reg.define("percentage_point = 0.01")
        reg.define("basis_point = 0.0001")
        reg.define("ppb = 1e-9")  # pint has "ppm" but not its thousandth
        _registry = reg
    return _registry


@lru_cache(maxsize=1)
def _word_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for name, words in UNIT_WORDS.items():
        for w in words:
            table[w] = name
    return table


def lookup_word(surface: str) -> str | None:
    """A unit written as a word, any case ("Metres", "square miles" is not one) -> pint name.

    >>> lookup_word("Feet"), lookup_word("kilometres"), lookup_word("people")
    ('foot', 'kilometer', None)
    """
    return _word_table().get(surface.lower())


@lru_cache(maxsize=2048)
def lookup_symbol(surface: str) -> str | None:
    """A unit symbol, case-sensitive ("MB" megabyte, "mb" megabit, "mGy", "TeV") -> pint name.

    >>> lookup_symbol("km"), lookup_symbol("mGy"), lookup_symbol("M")
    ('kilometer', 'milligray', None)
    """
    name = SYMBOLS.get(surface)
    if name is not None:
        return name
    if len(surface) >= 3 and surface.endswith("s") and SYMBOLS.get(surface[:-1]):
        return SYMBOLS[surface[:-1]]  # "kms", "gals", "mls": plural abbreviations
    base_alone = SYMBOL_BASES.get(surface)
    if base_alone is not None and len(surface) >= 2 and " " not in base_alone:
        return base_alone  # "eV", "Hz", "Wh"; one-letter bases are too often other things
    # An SI prefix on a base symbol ("mGy", "TeV", "kWh", "kbps"), one the base is used with;
    # the prefix goes on the first unit of a compound base ("kilobit / second")
    if len(surface) >= 2 and surface[0] in SYMBOL_PREFIXES.get(surface[1:], ""):
        return SI_PREFIXES[surface[0]] + SYMBOL_BASES[surface[1:]]
    return None


def currency_code(surface: str) -> str | None:
    """An ISO 4217 code as written ("USD", "usd", "RMB") or a currency sign ("$", "C$", "€").

    >>> currency_code("USD"), currency_code("C$"), currency_code("rmb"), currency_code("ALL")
    ('USD', 'CAD', 'CNY', None)
    """
    if surface in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[surface]
    if surface in CURRENCY_CODES or surface in CURRENCY_CODES_LOWER:
        code = surface.upper()
        return _CODE_ALIASES.get(code, code)
    return None


def currency_word(surface: str) -> str | None:
    """A currency written as a word ("dollars", "Swiss francs", "cents") -> unit name.

    Main units give their ISO code; subunits give their own word ("cent"), which
    :func:`conversion` turns into a fraction of the main unit.
    """
    low = surface.lower()
    if low in CURRENCY_WORDS:
        return CURRENCY_WORDS[low]
    if low in CURRENCY_SUBUNITS and low != "p":
        return SUBUNIT_SINGULAR.get(low, low)
    return None


def is_currency(unit: str) -> bool:
    """True for an ISO code or a currency subunit name."""
    return (len(unit) == 3 and unit.isupper() and unit.isalpha()) or unit in CURRENCY_SUBUNITS


@dataclass(frozen=True, slots=True)
class Conversion:
    """``canonical = factor * x + offset`` for a unit; ``dimension`` is the grouping key."""

    factor: float
    offset: float
    canonical: str
    dimension: str


@lru_cache(maxsize=1024)
def conversion(unit: str) -> Conversion | None:
    """How to bring a pint unit name, currency or percent to its canonical unit.

    >>> c = conversion("foot"); (round(c.factor, 4), c.canonical, c.dimension)
    (0.3048, 'meter', '[length]')
    >>> conversion("cent")
    Conversion(factor=0.01, offset=0.0, canonical='USD', dimension='currency:USD')
    """
    money, _, per = unit.partition(" / ")
    if per and (money in CURRENCY_SUBUNITS or is_currency(money)):
        # a price or a wage ("USD / hour"): money per canonical unit of the denominator, so
        # "$15/hour" meets "$0.25/minute"; the currency itself never converts
        head, den = conversion(money), conversion(per)
        if head is None or den is None or den.offset:
            return None
        per_canonical = f"({den.canonical})" if " " in den.canonical else den.canonical
        canonical = f"{head.canonical} / {per_canonical}"
        return Conversion(
            head.factor / den.factor, 0.0, canonical, f"{head.dimension} / {den.dimension}"
        )
    if unit in CURRENCY_SUBUNITS:
        code, factor = CURRENCY_SUBUNITS[unit]
        return Conversion(factor, 0.0, code, f"currency:{code}")
    if is_currency(unit):
        return Conversion(1.0, 0.0, unit, f"currency:{unit}")
    if unit in PERCENT_WORDS.values():
        return Conversion(1.0, 0.0, unit, unit)
    if unit == "decibel":
        # a logarithmic level: pint's linear conversion of it is meaningless, so decibels
        # compare only with decibels
        return Conversion(1.0, 0.0, unit, unit)
    if unit == "decade":
        # pint's "decade" is the logarithmic ratio of ten; in news it is ten years
        years = conversion("year")
        if years is None:
            return None
        return Conversion(10 * years.factor, 0.0, years.canonical, years.dimension)
    exact = PINT_CONVERSIONS.get(unit)
    if exact is not None:
        return Conversion(*exact)
    return pint_conversion(unit)


def pint_conversion(unit: str) -> Conversion | None:
    """:func:`conversion` as pint computes it, for units outside ``PINT_CONVERSIONS``."""
    reg = registry()
    try:
        parsed = reg.parse_units(unit)
        zero = reg.Quantity(0.0, parsed).to_base_units()
        one = reg.Quantity(1.0, parsed).to_base_units()
    except Exception:  # pint raises many error types for a name it cannot read
        return None
    canonical = str(one.units)
    offset = float(zero.magnitude)
    factor = float(one.magnitude) - offset
    dimension = str(reg.get_dimensionality(parsed))
    if unit.startswith("delta_"):
        # a difference of temperature ("rose by 2C") never compares with a temperature
        dimension = f"{dimension} difference"
    if dimension == "dimensionless":
        # pint counts bits and radians as dimensionless; keep them apart from counts.
        dimension = {"bit": "[information]", "radian": "[angle]"}.get(canonical, canonical)
    elif canonical == "bit / second":
        dimension = "[information] / [time]"  # a data rate, never a frequency ("10 Mbps")
    return Conversion(factor, offset, canonical, dimension)


def convert_interval(
    low: float | None, high: float | None, unit: str
) -> tuple[float | None, float | None, str, str] | None:
    """Convert ``[low, high]`` in ``unit`` to canonical units: (low, high, unit, dimension).

    Both bounds move (a temperature in degF shifts and scales); None stays unbounded.

    >>> convert_interval(2250, 2350, "foot")[:2]
    (685.8, 716.28)
    """
    conv = conversion(unit)
    if conv is None:
        return None
    # each bound inline (no helper closure: this runs once per measured figure)
    factor, offset = conv.factor, conv.offset
    lo = low if low is None or math.isinf(low) else _tidy(factor * low + offset)
    hi = high if high is None or math.isinf(high) else _tidy(factor * high + offset)
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    return lo, hi, conv.canonical, conv.dimension


def _tidy(x: float) -> float:
    """Round away float noise (0.3048 * 2250 = 685.8000000000001) to 12 significant digits."""
    if x == 0 or not math.isfinite(x) or (x.is_integer() and abs(x) < 1e12):
        return x  # a whole number of up to 12 digits has no noise to round
    return float(f"{x:.12g}")
