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
    SI_PREFIXES,
    SUBUNIT_SINGULAR,
    SYMBOL_BASES,
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
    # An SI prefix on a base symbol ("mGy", "TeV", "kWh").
    if len(surface) >= 2 and surface[0] in SI_PREFIXES:
        base = SYMBOL_BASES.get(surface[1:])
        if base is not None and " " not in base:
            return SI_PREFIXES[surface[0]] + base
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


# pint's own conversions of the units news text uses, so that reading them never imports pint
# (importing it and building its registry costs 0.5-1 s, more than the rest of a first
# compare()). Each entry is exactly what pint_conversion() returns, float noise included
# (0.30479999999999996); tests/test_units.py holds every entry equal to pint's. Units not
# listed still go through pint.
_EXACT: dict[str, tuple[float, float, str, str]] = {
    "acre": (4046.8726098742513, 0.0, "meter ** 2", "[length] ** 2"),
    "attometer": (1e-18, 0.0, "meter", "[length]"),
    "bar": (100000.0, 0.0, "kilogram / meter / second ** 2", "[mass] / [length] / [time] ** 2"),
    "bit": (1.0, 0.0, "bit", "[information]"),
    "byte": (8.0, 0.0, "bit", "[information]"),
    "calorie": (
        4.184,
        0.0,
        "kilogram * meter ** 2 / second ** 2",
        "[mass] * [length] ** 2 / [time] ** 2",
    ),
    "carat": (0.0002, 0.0, "kilogram", "[mass]"),
    "centiliter": (1.0000000000000003e-05, 0.0, "meter ** 3", "[length] ** 3"),
    "centimeter": (0.01, 0.0, "meter", "[length]"),
    "century": (3155760000.0, 0.0, "second", "[time]"),
    "cubic_centimeter": (1.0000000000000002e-06, 0.0, "meter ** 3", "[length] ** 3"),
    "cup": (0.00023658823649999996, 0.0, "meter ** 3", "[length] ** 3"),
    "day": (86400.0, 0.0, "second", "[time]"),
    "deciliter": (0.00010000000000000002, 0.0, "meter ** 3", "[length] ** 3"),
    "decimeter": (0.1, 0.0, "meter", "[length]"),
    "degree": (0.017453292519943295, 0.0, "radian", "[angle]"),
    "degree_Celsius": (1.0, 273.15, "kelvin", "[temperature]"),
    "degree_Fahrenheit": (0.5555555555555429, 255.37222222222223, "kelvin", "[temperature]"),
    "dram": (0.0017718451953125003, 0.0, "kilogram", "[mass]"),
    "exabyte": (8e18, 0.0, "bit", "[information]"),
    "fluid_ounce": (2.9573529562499994e-05, 0.0, "meter ** 3", "[length] ** 3"),
    "foot": (0.30479999999999996, 0.0, "meter", "[length]"),
    "foot ** 2": (0.09290303999999999, 0.0, "meter ** 2", "[length] ** 2"),
    "foot ** 3": (0.028316846591999994, 0.0, "meter ** 3", "[length] ** 3"),
    "fortnight": (1209600.0, 0.0, "second", "[time]"),
    "gallon": (0.0037854117839999993, 0.0, "meter ** 3", "[length] ** 3"),
    "gigabit": (1000000000.0, 0.0, "bit", "[information]"),
    "gigabit / second": (1000000000.0, 0.0, "bit / second", "1 / [time]"),
    "gigabyte": (8000000000.0, 0.0, "bit", "[information]"),
    "gigahertz": (1000000000.0, 0.0, "1 / second", "1 / [time]"),
    "gigawatt": (
        1000000000.0,
        0.0,
        "kilogram * meter ** 2 / second ** 3",
        "[mass] * [length] ** 2 / [time] ** 3",
    ),
    "gigawatt_hour": (
        3600000000000.0,
        0.0,
        "kilogram * meter ** 2 / second ** 2",
        "[mass] * [length] ** 2 / [time] ** 2",
    ),
    "gigayear": (3.15576e16, 0.0, "second", "[time]"),
    "gram": (0.001, 0.0, "kilogram", "[mass]"),
    "hectare": (10000.0, 0.0, "meter ** 2", "[length] ** 2"),
    "hectoliter": (0.10000000000000002, 0.0, "meter ** 3", "[length] ** 3"),
    "hectopascal": (
        100.0,
        0.0,
        "kilogram / meter / second ** 2",
        "[mass] / [length] / [time] ** 2",
    ),
    "hertz": (1.0, 0.0, "1 / second", "1 / [time]"),
    "horsepower": (
        745.6998715822701,
        0.0,
        "kilogram * meter ** 2 / second ** 3",
        "[length] ** 2 * [mass] / [time] ** 3",
    ),
    "hour": (3600.0, 0.0, "second", "[time]"),
    "hour / day": (0.041666666666666664, 0.0, "dimensionless", "dimensionless"),
    "inch": (0.0254, 0.0, "meter", "[length]"),
    "joule": (
        1.0,
        0.0,
        "kilogram * meter ** 2 / second ** 2",
        "[mass] * [length] ** 2 / [time] ** 2",
    ),
    "kelvin": (1.0, 0.0, "kelvin", "[temperature]"),
    "kibibyte": (8192.0, 0.0, "bit", "[information]"),
    "kilobit": (1000.0, 0.0, "bit", "[information]"),
    "kilobyte": (8000.0, 0.0, "bit", "[information]"),
    "kilocalorie": (
        4184.0,
        0.0,
        "kilogram * meter ** 2 / second ** 2",
        "[mass] * [length] ** 2 / [time] ** 2",
    ),
    "kilogram": (1.0, 0.0, "kilogram", "[mass]"),
    "kilometer": (1000.0, 0.0, "meter", "[length]"),
    "kilometer ** 2": (1000000.0, 0.0, "meter ** 2", "[length] ** 2"),
    "kilometer / hour": (0.2777777777777778, 0.0, "meter / second", "[length] / [time]"),
    "kilopascal": (
        1000.0,
        0.0,
        "kilogram / meter / second ** 2",
        "[mass] / [length] / [time] ** 2",
    ),
    "kilowatt": (
        1000.0,
        0.0,
        "kilogram * meter ** 2 / second ** 3",
        "[mass] * [length] ** 2 / [time] ** 3",
    ),
    "kilowatt_hour": (
        3600000.0,
        0.0,
        "kilogram * meter ** 2 / second ** 2",
        "[mass] * [length] ** 2 / [time] ** 2",
    ),
    "knot": (0.5144444444444445, 0.0, "meter / second", "[length] / [time]"),
    "light_year": (9460730472580800.0, 0.0, "meter", "[length]"),
    "liter": (0.0010000000000000002, 0.0, "meter ** 3", "[length] ** 3"),
    "megabit": (1000000.0, 0.0, "bit", "[information]"),
    "megabit / second": (1000000.0, 0.0, "bit / second", "1 / [time]"),
    "megabyte": (8000000.0, 0.0, "bit", "[information]"),
    "megahertz": (1000000.0, 0.0, "1 / second", "1 / [time]"),
    "megawatt": (
        1000000.0,
        0.0,
        "kilogram * meter ** 2 / second ** 3",
        "[mass] * [length] ** 2 / [time] ** 3",
    ),
    "megawatt_hour": (
        3600000000.0,
        0.0,
        "kilogram * meter ** 2 / second ** 2",
        "[mass] * [length] ** 2 / [time] ** 2",
    ),
    "megayear": (31557600000000.0, 0.0, "second", "[time]"),
    "meter": (1.0, 0.0, "meter", "[length]"),
    "meter ** 2": (1.0, 0.0, "meter ** 2", "[length] ** 2"),
    "meter ** 3": (1.0, 0.0, "meter ** 3", "[length] ** 3"),
    "meter / second": (1.0, 0.0, "meter / second", "[length] / [time]"),
    "metric_ton": (1000.0, 0.0, "kilogram", "[mass]"),
    "metric_ton / day": (0.011574074074074073, 0.0, "kilogram / second", "[mass] / [time]"),
    "microgram": (1e-09, 0.0, "kilogram", "[mass]"),
    "micrometer": (1e-06, 0.0, "meter", "[length]"),
    "mile": (1609.344, 0.0, "meter", "[length]"),
    "mile ** 2": (2589988.110336, 0.0, "meter ** 2", "[length] ** 2"),
    "mile / hour": (0.44704, 0.0, "meter / second", "[length] / [time]"),
    "milligram": (1e-06, 0.0, "kilogram", "[mass]"),
    "milliliter": (1.0000000000000002e-06, 0.0, "meter ** 3", "[length] ** 3"),
    "millimeter": (0.001, 0.0, "meter", "[length]"),
    "millisecond": (0.001, 0.0, "second", "[time]"),
    "minute": (60.0, 0.0, "second", "[time]"),
    "month": (2629800.0, 0.0, "second", "[time]"),
    "nanometer": (1e-09, 0.0, "meter", "[length]"),
    "nautical_mile": (1852.0, 0.0, "meter", "[length]"),
    "oil_barrel": (0.15898729492799996, 0.0, "meter ** 3", "[length] ** 3"),
    "ounce": (0.028349523125000005, 0.0, "kilogram", "[mass]"),
    "pascal": (1.0, 0.0, "kilogram / meter / second ** 2", "[mass] / [length] / [time] ** 2"),
    "petabyte": (8000000000000000.0, 0.0, "bit", "[information]"),
    "picometer": (1e-12, 0.0, "meter", "[length]"),
    "pint": (0.0004731764729999999, 0.0, "meter ** 3", "[length] ** 3"),
    "pound": (0.4535923700000001, 0.0, "kilogram", "[mass]"),
    "psi": (
        6894.7572931683635,
        0.0,
        "kilogram / meter / second ** 2",
        "[mass] / [length] / [time] ** 2",
    ),
    "quart": (0.0009463529459999998, 0.0, "meter ** 3", "[length] ** 3"),
    "radian": (1.0, 0.0, "radian", "[angle]"),
    "second": (1.0, 0.0, "second", "[time]"),
    "square_foot": (0.09290303999999999, 0.0, "meter ** 2", "[length] ** 2"),
    "square_mile": (2589988.110336, 0.0, "meter ** 2", "[length] ** 2"),
    "stone": (6.35029318, 0.0, "kilogram", "[mass]"),
    "tablespoon": (1.4786764781249997e-05, 0.0, "meter ** 3", "[length] ** 3"),
    "teaspoon": (4.928921593749999e-06, 0.0, "meter ** 3", "[length] ** 3"),
    "terabyte": (8000000000000.0, 0.0, "bit", "[information]"),
    "terawatt_hour": (
        3600000000000000.0,
        0.0,
        "kilogram * meter ** 2 / second ** 2",
        "[mass] * [length] ** 2 / [time] ** 2",
    ),
    "ton": (907.1847400000001, 0.0, "kilogram", "[mass]"),
    "turn": (6.283185307179586, 0.0, "radian", "[angle]"),
    "volt": (
        1.0,
        0.0,
        "kilogram * meter ** 2 / ampere / second ** 3",
        "[mass] * [length] ** 2 / [time] ** 3 / [current]",
    ),
    "watt": (
        1.0,
        0.0,
        "kilogram * meter ** 2 / second ** 3",
        "[mass] * [length] ** 2 / [time] ** 3",
    ),
    "watt_hour": (
        3600.0,
        0.0,
        "kilogram * meter ** 2 / second ** 2",
        "[mass] * [length] ** 2 / [time] ** 2",
    ),
    "week": (604800.0, 0.0, "second", "[time]"),
    "yard": (0.9144, 0.0, "meter", "[length]"),
    "year": (31557600.0, 0.0, "second", "[time]"),
}


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
    if unit == "decade":
        # pint's "decade" is the logarithmic ratio of ten; in news it is ten years
        years = conversion("year")
        if years is None:
            return None
        return Conversion(10 * years.factor, 0.0, years.canonical, years.dimension)
    exact = _EXACT.get(unit)
    if exact is not None:
        return Conversion(*exact)
    return pint_conversion(unit)


def pint_conversion(unit: str) -> Conversion | None:
    """:func:`conversion` as pint computes it, for units outside the ``_EXACT`` table."""
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

    def f(x: float | None) -> float | None:
        if x is None or math.isinf(x):
            return x
        return _tidy(conv.factor * x + conv.offset)

    lo, hi = f(low), f(high)
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    return lo, hi, conv.canonical, conv.dimension


def _tidy(x: float) -> float:
    """Round away float noise (0.3048 * 2250 = 685.8000000000001) to 12 significant digits."""
    if x == 0 or not math.isfinite(x):
        return x
    return float(f"{x:.12g}")
