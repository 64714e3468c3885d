"""Table tests of factcheck.units: surface forms to pint units, conversion of intervals."""

from __future__ import annotations

import doctest
import subprocess
import sys

import pytest

import factcheck.units
from factcheck.lexicon.units import (
    CURRENCY_SUBUNITS,
    PERCENT_WORDS,
    PINT_CONVERSIONS,
    SI_PREFIXES,
    SYMBOL_BASES,
    SYMBOL_PREFIXES,
    SYMBOLS,
    UNIT_WORDS,
)
from factcheck.quantities import find_quantities
from factcheck.units import (
    conversion,
    convert_interval,
    currency_code,
    currency_word,
    lookup_symbol,
    lookup_word,
)

from .conftest import KERMAN

WORDS = [
    ("feet", "feet", "foot"),
    ("foot", "foot", "foot"),
    ("metres", "metres", "meter"),
    ("meters-us", "meters", "meter"),
    ("capitalised", "Kilometres", "kilometer"),
    ("acres", "acres", "acre"),
    ("hectares", "hectares", "hectare"),
    ("miles-per-hour", "miles per hour", "mile / hour"),
    ("metric-tons", "metric tons", "metric_ton"),
    ("fahrenheit", "Fahrenheit", "degree_Fahrenheit"),
    ("not-a-unit", "people", None),
    ("not-a-unit-either", "blasts", None),
]


@pytest.mark.parametrize(("surface", "name"), [c[1:] for c in WORDS], ids=[c[0] for c in WORDS])
def test_lookup_word(surface: str, name: str | None) -> None:
    assert lookup_word(surface) == name


SYMBOL_CASES = [
    ("ft", "ft", "foot"),
    ("km", "km", "kilometer"),
    ("km-squared-sign", "km²", None),  # powers are the recogniser's job
    ("mi", "mi", "mile"),
    ("lb", "lb", "pound"),
    ("lbs", "lbs", "pound"),
    ("kg", "kg", "kilogram"),
    ("mph", "mph", "mile / hour"),
    ("km-per-h", "km/h", "kilometer / hour"),
    ("prime-is-foot", "′", "foot"),
    ("MB-megabyte", "MB", "megabyte"),
    ("mb-megabit", "mb", "megabit"),
    ("prefixed-gray", "mGy", "milligray"),
    ("prefixed-electronvolt", "TeV", "teraelectron_volt"),
    ("capital-M-is-not-metre", "M", None),
    ("trap-letter-s-alone", "s", None),
    ("decibel-not-decibyte", "dB", "decibel"),
    ("torque", "Nm", "newton * meter"),
    ("joule-second", "Js", "joule * second"),
    ("joule-letter", "J", "joule"),
    ("battery-charge", "mAh", "milliampere_hour"),
    ("blood-pressure", "mmHg", "millimeter_Hg"),
    ("millimole", "mmol", "millimole"),
    ("tons-per-day", "tpd", "ton / day"),
    ("kilonewton", "kN", "kilonewton"),
    ("megatonne", "Mt", "megametric_ton"),
    ("megalitre", "ML", "megaliter"),
    ("nanosecond", "ns", "nanosecond"),
    ("exajoule", "EJ", "exajoule"),
    ("trap-TV-not-teravolt", "TV", None),
    ("trap-PA-not-petaampere", "PA", None),
    ("trap-MA-not-megaampere", "MA", None),
    ("trap-MN-not-meganewton", "MN", None),
    ("trap-pt-not-picotonne", "pt", None),
    ("trap-Ms-not-megasecond", "Ms", None),
    ("trap-hm-not-hectometre", "hm", None),
    ("capital-K-kilometre", "Km", "kilometer"),
    ("capital-K-kilogram", "Kg", "kilogram"),
    ("capital-K-kilocalorie", "Kcal", "kilocalorie"),
    ("trap-mHz-is-no-millihertz", "mHz", None),
    ("barrels-a-day", "bpd", "oil_barrel / day"),
    ("barrels-a-day-slash", "b/d", "oil_barrel / day"),
    ("million-barrels-a-day", "mb/d", "megaoil_barrel / day"),
    ("miles-per-gallon", "mpg", "mile / gallon"),
    ("revolutions", "rpm", "revolution / minute"),
    ("millibar", "mbar", "millibar"),
    ("ohm", "Ω", "ohm"),
    ("kilo-ohm", "kΩ", "kiloohm"),
    ("megabit-spelt", "Mbit", "megabit"),
    ("gibibyte", "GiB", "gibibyte"),
    ("weeks", "wks", "week"),
    ("kilobits-per-second", "kbps", "kilobit / second"),
    ("trap-bps-alone-needs-no-prefix", "bps", None),
    ("atmosphere", "atm", "atmosphere"),
    ("trap-capital-ATM", "ATM", None),
]


@pytest.mark.parametrize(
    ("surface", "name"), [c[1:] for c in SYMBOL_CASES], ids=[c[0] for c in SYMBOL_CASES]
)
def test_lookup_symbol(surface: str, name: str | None) -> None:
    assert lookup_symbol(surface) == name


CURRENCIES = [
    ("dollar-sign", "$", "USD"),
    ("pound-sign", "£", "GBP"),
    ("euro-sign", "€", "EUR"),
    ("canadian", "C$", "CAD"),
    ("ringgit", "RM", "MYR"),
    ("trap-lower-rm", "rm", None),
    ("hong-kong", "HK$", "HKD"),
    ("iso", "USD", "USD"),
    ("iso-lower", "usd", "USD"),
    ("rmb-alias", "RMB", "CNY"),
    ("trap-ALL-is-a-word", "ALL", None),
    ("trap-lower-unlisted", "all", None),
]


@pytest.mark.parametrize(
    ("surface", "code"), [c[1:] for c in CURRENCIES], ids=[c[0] for c in CURRENCIES]
)
def test_currency_code(surface: str, code: str | None) -> None:
    assert currency_code(surface) == code


@pytest.mark.parametrize(
    ("surface", "name"),
    [("dollars", "USD"), ("Swiss francs", "CHF"), ("cents", "cent"), ("pence", "penny")],
    ids=["dollars", "swiss-francs", "cents-subunit", "pence-subunit"],
)
def test_currency_word(surface: str, name: str) -> None:
    assert currency_word(surface) == name


CONVERSIONS = [
    ("feet-to-metres", 2250.0, 2350.0, "foot", 685.8, 716.28, "meter", "[length]"),
    ("metres-stay", 650.0, 750.0, "meter", 650.0, 750.0, "meter", "[length]"),
    ("miles", 1.0, 1.0, "mile", 1609.344, 1609.344, "meter", "[length]"),
    ("fahrenheit-offset", 32.0, 212.0, "degree_Fahrenheit", 273.15, 373.15, "kelvin", None),
    ("celsius-offset", -40.0, 0.0, "degree_Celsius", 233.15, 273.15, "kelvin", "[temperature]"),
    ("open-bound", 100.0, None, "foot", 30.48, None, "meter", "[length]"),
    ("acres", 1.0, 1.0, "acre", 4046.8726098743, 4046.8726098743, "meter ** 2", None),
    ("money-stays", 5.0, 6.0, "USD", 5.0, 6.0, "USD", "currency:USD"),
    ("cents-to-dollars", 50.0, 50.0, "cent", 0.5, 0.5, "USD", "currency:USD"),
    ("percent", 5.0, 5.0, "percent", 5.0, 5.0, "percent", "percent"),
    ("megabytes-to-bits", 1.0, 1.0, "megabyte", 8e6, 8e6, "bit", "[information]"),
    ("wage", 36.0, 36.0, "USD / hour", 0.01, 0.01, "USD / second", "currency:USD / [time]"),
    ("price-in-cents", 50.0, 50.0, "cent / kilogram", 0.5, 0.5, "USD / kilogram", None),
    # pint's "decade" is a logarithmic ratio; a news decade is ten years
    ("decade-is-ten-years", 1.0, 2.0, "decade", 315576000.0, 631152000.0, "second", "[time]"),
    # a data rate is no frequency: 10 Mbps never meets 10 MHz
    (
        "data-rate",
        10.0,
        10.0,
        "megabit / second",
        1e7,
        1e7,
        "bit / second",
        "[information] / [time]",
    ),
    ("kilobits-a-second", 1.0, 1.0, "kilobit / second", 1e3, 1e3, "bit / second", None),
    ("frequency", 10.0, 10.0, "megahertz", 1e7, 1e7, "1 / second", "1 / [time]"),
    # a decibel is a level on a log scale: it compares only with decibels
    ("decibels-stay", 85.0, 85.0, "decibel", 85.0, 85.0, "decibel", "decibel"),
]


@pytest.mark.parametrize(
    ("low", "high", "unit", "c_low", "c_high", "c_unit", "dim"),
    [c[1:] for c in CONVERSIONS],
    ids=[c[0] for c in CONVERSIONS],
)
def test_convert_interval(
    low: float,
    high: float | None,
    unit: str,
    c_low: float,
    c_high: float | None,
    c_unit: str,
    dim: str | None,
) -> None:
    got = convert_interval(low, high, unit)
    assert got is not None
    assert got[0] == pytest.approx(c_low)
    assert got[1] == (pytest.approx(c_high) if c_high is not None else None)
    assert got[2] == c_unit
    if dim is not None:
        assert got[3] == dim


@pytest.mark.parametrize(
    ("surface", "name"),
    [("pp", "percentage_point"), ("bps", "basis_point"), ("bp", "basis_point"), ("pc", "percent")],
    ids=["pp", "bps", "bp", "pc"],
)
def test_percent_abbreviations(surface: str, name: str) -> None:
    # a percentage point is no percent: "rose 5 pp" from 10% is 15%
    assert PERCENT_WORDS[surface] == name


def test_every_base_lists_its_prefixes() -> None:
    assert set(SYMBOL_PREFIXES) == set(SYMBOL_BASES)
    assert all(p in SI_PREFIXES for prefixes in SYMBOL_PREFIXES.values() for p in prefixes)


# Symbols in running text: read where they are units, left alone where they are letters.
IN_TEXT = [
    ("torque", "300 Nm of torque", [(300.0, "newton * meter")]),
    ("joule-glued", "45J of energy", [(45.0, "joule")]),
    ("joule-second", "45 Js l", [(45.0, "joule * second")]),
    ("battery", "a 5,000 mAh battery", [(5000.0, "milliampere_hour")]),
    ("blood-pressure", "140 mmHg", [(140.0, "millimeter_Hg")]),
    ("blood-sugar", "7.8 mmol/L", [(7.8, "millimole / liter")]),
    ("noise", "noise of 85 dB", [(85.0, "decibel")]),
    ("tons-per-day", "manages 4,500 tpd.", [(4500.0, "ton / day")]),
    ("barrels-per-day", "output of 10 million bpd", [(1e7, "oil_barrel / day")]),
    ("fuel-economy", "a 40 mpg car", [(40.0, "mile / gallon")]),
    ("engine-speed", "spinning at 7,200 rpm", [(7200.0, "revolution / minute")]),
    ("trap-k-per-year-stays", "earns $40k/year", [(40_000.0, "USD / year")]),
    # another country's pounds, pesos and rupees are its own currency
    ("egyptian-pounds", "paid 50 Egyptian pounds", [(50.0, "EGP")]),
    ("philippine-pesos", "costs 100 Philippine pesos", [(100.0, "PHP")]),
    ("pakistani-rupees", "20,000 Pakistani rupees", [(20_000.0, "PKR")]),
    ("sri-lankan-rupees", "100 Sri Lankan rupees", [(100.0, "LKR")]),
    ("kenyan-shillings", "1,000 Kenyan shillings", [(1000.0, "KES")]),
    ("norwegian-kroner", "5 million Norwegian kroner", [(5e6, "NOK")]),
    ("trap-pounds-of-weight", "he weighs 200 pounds", [(200.0, "pound")]),
    ("trap-bare-rupees-stay-indian", "500 rupees", [(500.0, "INR")]),
    ("trap-team-won", "the team won 3 games", [(3.0, "games")]),
    ("ohms", "a 50 Ohm cable", [(50.0, "ohm")]),
    # energy is no power: "gigawatt hours" are not gigawatts
    ("gigawatt-hours", "stored 5 gigawatt hours", [(5.0, "gigawatt_hour")]),
    ("terawatts", "3 terawatts", [(3.0, "terawatt")]),
    ("megatonnes", "5 megatonnes of CO2", [(5.0, "megametric_ton")]),
    ("nanoseconds", "5 nanoseconds", [(5.0, "nanosecond")]),
    ("decibels", "50 decibels", [(50.0, "decibel")]),
    ("furlongs", "over 8 furlongs", [(8.0, "furlong")]),
    # the signs of the local press
    ("ringgit-sign", "worth RM5 million", [(5e6, "MYR")]),
    ("rupiah-sign", "costs Rp 5,000", [(5000.0, "IDR")]),
    ("kenyan-shilling-sign", "paid KSh 500", [(500.0, "KES")]),
    ("dirham-sign", "Dhs 50", [(50.0, "AED")]),
    ("taka-sign", "Tk 500 crore", [(5e9, "BDT")]),
    ("swiss-franc-sign", "SFr 10", [(10.0, "CHF")]),
    ("real-sign-spaced", "R$ 500", [(500.0, "BRL")]),
    ("trap-letters-before-a-noun", "the RM said 5 people", [(5.0, "people")]),
    ("weeks-abbreviated", "in 2 wks", [(2.0, "week")]),
    ("months-abbreviated", "in 3 mos", [(3.0, "month")]),
    ("kilobits", "a 100 Kbps link", [(100.0, "kilobit / second")]),
    ("british-percent", "inflation of 2.5 pc", [(2.5, "percent")]),
    ("basis-points-abbreviated", "raised rates by 25 bps", [(25.0, "basis_point")]),
    ("basis-point-abbreviated", "a 50 bp cut", [(50.0, "basis_point")]),
    ("trap-BP-the-company", "sold 5 BP shares", [(5.0, "shares")]),
    ("trap-PCs-are-computers", "sold 5 PCs", [(5.0, "pcs")]),
    ("trap-lone-J-is-a-letter", "45 J", [(45.0, None)]),
    ("trap-TV-stations", "the 5 TV stations", [(5.0, "stations")]),
    ("trap-PA-systems", "his 3 PA systems", [(3.0, "systems")]),
    ("trap-point-size", "a 12 pt font", [(12.0, "pt")]),
    ("trap-route", "Route 66", []),
    ("trap-network", "5G networks", []),
    ("trap-inch-vs-in", "5 in long", [(5.0, "inch")]),
    ("trap-in-a-year", "two in 2020", [(2.0, None)]),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in IN_TEXT], ids=[c[0] for c in IN_TEXT]
)
def test_symbols_in_text(text: str, expected: list[tuple[float, str | None]]) -> None:
    got = [(m.stated_low, m.stated_unit) for m in find_quantities(text)]
    assert got == [(pytest.approx(v), u) for v, u in expected]


def test_barrels_a_day_are_no_billions() -> None:
    # "b/d" is barrels a day, never 500,000 billion; reading the slash symbol whole is the
    # recogniser's part, so the unit may still be missing
    (m,) = find_quantities("pumped 500,000 b/d")
    assert m.stated_low == 500_000.0
    assert m.stated_unit in (None, "oil_barrel / day")


def test_kilo_ohms_are_no_thousands() -> None:
    # a magnitude letter before another letter is no magnitude: "5 kΩ" is not 5,000; reading
    # "Ω" is the recogniser's part, so the unit may still be missing
    (m,) = find_quantities("a 5 kΩ resistor")
    assert m.stated_low == 5.0
    assert m.stated_unit in (None, "kiloohm")


def test_money_never_converts_across_currencies() -> None:
    usd, eur = conversion("USD"), conversion("EUR")
    assert usd is not None
    assert eur is not None
    assert usd.dimension != eur.dimension


def test_a_price_never_meets_a_sum() -> None:
    rate, total = conversion("USD / hour"), conversion("USD")
    assert rate is not None
    assert total is not None
    assert rate.dimension != total.dimension


def test_redefined_units_log_no_warning(caplog: pytest.LogCaptureFixture) -> None:
    import factcheck.units

    factcheck.units._registry = None  # build it again, as on first use
    with caplog.at_level("WARNING"):
        reg = factcheck.units.registry()
    assert not [r for r in caplog.records if "Redefining" in r.getMessage()]
    assert reg("1 percentage_point").to("percent").magnitude == pytest.approx(1.0)


def test_every_table_name_is_a_pint_unit() -> None:
    names = set(UNIT_WORDS) | set(SYMBOLS.values())
    bad = [n for n in sorted(names) if n not in CURRENCY_SUBUNITS and conversion(n) is None]
    assert bad == []


def test_importing_the_recogniser_does_not_import_pint() -> None:
    code = "import sys, factcheck.quantities; print('pint' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def test_doctests() -> None:
    failures, _ = doctest.testmod(factcheck.units)
    assert failures == 0


# ---------------------------------------------------------------------------------------------
# The native table of common units: pint's own figures, without importing pint (issue 7)
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(PINT_CONVERSIONS))
def test_native_conversion_is_pints(name: str) -> None:
    assert factcheck.units.conversion(name) == factcheck.units.pint_conversion(name)


def test_the_kerman_reports_are_compared_without_pint() -> None:
    # pint costs 0.5-1 s to import and build: the first compare() of ordinary reports must not
    # pay it (the cold-start target of issue 7). A fresh process, since this one may have it.
    code = (
        "import json, sys, factcheck\n"
        f"lines = open({str(KERMAN)!r}, encoding='utf-8').read().splitlines()\n"
        "docs = [factcheck.Document.model_validate(json.loads(x)) for x in lines if x.strip()]\n"
        "factcheck.compare(docs)\n"
        "print('pint' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
