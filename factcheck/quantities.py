"""Find the figures of a text with their qualifier, unit or counted noun, and change direction.

One pass: a compiled trigger regex finds candidate figures; each is read in a bounded window of
context around it, so the work is linear in the length of the text whatever it contains.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from .lexicon.dates import WEEKDAYS
from .lexicon.numbers import (
    AMBIGUOUS_SUFFIXES,
    DENOMINATORS,
    FRACTION_CHARS,
    MAGNITUDE_SUFFIXES,
    MULTIPLIER_WORDS,
    SCALES,
    SMALL,
    TENS,
)
from .lexicon.properties import PREDICATES, UNSCALED_TEMPERATURE
from .lexicon.quantities import (
    ADJECTIVE_SUFFIXES,
    AGE_PERSON_NOUNS,
    ANGLE_CUES,
    APPROXIMATE_TOLERANCE,
    ARTICLE_UNITS,
    CHANGE_WORDS,
    COMPOUND_NOUNS,
    COMPOUND_PARTS,
    COUNT_MULTIPLES,
    IRREGULAR_PLURALS,
    LEFT_QUALIFIERS,
    MILESTONE_WORDS,
    MONTHS,
    NAME_PREFIXES,
    NAMED_FIGURE_FOLLOWERS,
    NAMED_QUANTITIES,
    NEARLY_TOLERANCE,
    NOUN_MODIFIERS,
    NOUN_STOPWORDS,
    ONE_PRONOUN_AFTER,
    ONE_PRONOUN_BEFORE,
    ORDINAL_DETERMINERS,
    OVER_MORE_LEADS,
    OVER_PARTICLE_VERBS,
    RANGE_CLOSED_HIGH,
    RIGHT_QUALIFIERS,
    ROUND_COUNT_MIN,
    SCALE_LETTER_FOLLOWERS,
    SCALE_LETTER_NAMES,
    SCORE_WORDS,
    SENTENCE_ADVERBS,
    STREET_WORDS,
    TEMPERATURE_CUES,
    VAGUE_AMOUNTS,
)
from .lexicon.units import (
    AMBIGUOUS_WORDS,
    CURRENCY_CODES,
    CURRENCY_CODES_LOWER,
    CURRENCY_PREFIXES,
    CURRENCY_SUBUNITS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    INVERSE_SYMBOLS,
    PERCENT_WORDS,
    POWER_PREFIXES,
    SYMBOL_BASES,
    SYMBOLS,
    TEMPERATURE_SCALES,
    UNIT_WORDS,
)
from .mentions import NumberMention, letter_runs
from .numbers import (
    NUMBER_WORD_HEADS,
    NumberRead,
    ambiguous_suffix_at,
    read_digit_number,
    read_number,
)
from .patterns import fold_case, trie_regex
from .units import (
    convert_interval,
    currency_code,
    currency_word,
    is_currency,
    lookup_symbol,
    lookup_word,
)

__all__ = ["find_quantities"]

_WINDOW = 60
"""Characters of context read on each side of a figure; bounds the work per candidate."""

_LEFT_WINDOW = 36
"""Characters read left of a figure: the longest qualifier with a currency and a sign fits."""

_MAX_DIGITS = 30
"""A digit run longer than this is a code or garbage, never a quantity."""


_TRIGGER_WORDS = sorted(
    {w for w in SMALL if w not in ("nought", "naught")}
    | set(TENS)
    | {"hundred", "thousand", "million", "billion", "trillion", "dozen", "dozens", "half"}
    | {"quarter", "hundreds", "thousands", "millions", "billions", "tens", "scores"}
    | {"several", "few", "handful", "couple", "pair", "twin", "twins", "trio"}
    | {"nought", "naught"}
    | {d for d in DENOMINATORS if d not in ("half", "halves", "second")}
)


_TRIGGER_SPELLINGS = frozenset(
    v for w in set(_TRIGGER_WORDS) | ARTICLE_UNITS for v in (w, w.capitalize(), w.upper())
)
"""The trigger words in their three usual spellings ("two", "Two", "TWO"), all ASCII letters."""


# Words are matched case-sensitively in their three usual spellings ("two", "Two", "TWO"):
# Python's regex engine runs this alternation about twice as fast as an IGNORECASE one.
@lru_cache(maxsize=1)
def _trigger() -> re.Pattern[str]:
    """The scan's trigger, compiled on first use: ~5 ms, too dear for import.

    The definition of a candidate figure; :func:`_trigger_spans` finds the same matches faster.
    """
    # The figure branches open with the character they need and look behind it afterwards:
    # the engine skips a branch whose first character does not match without entering it, so
    # most positions cost one test per branch instead of a lookbehind each (the scan runs a
    # third faster).
    return re.compile(
        r"\d(?<![a-z\d^]\d)\d*"  # not the power of a unit ("J/m^2")
        r"|\.(?<![\w.]\.)\d"
        r"|[" + "".join(FRACTION_CHARS) + r"]"
        r"|(?<![A-Za-z])" + trie_regex(sorted(_TRIGGER_SPELLINGS)) + r"(?![A-Za-z])"
    )


# The trigger's matches without its scan. The regex engine tries the pattern at every character
# (18.4M of the recogniser's 98M instructions per pass over the speed corpus); string methods do
# the same work in C at a few instructions a character (6.8M). The text is encoded to ASCII with
# one "?" for any other character, so that offsets are kept, and its bytes are mapped to classes:
# * a trigger word is a whole run of ASCII letters that is one of :data:`_TRIGGER_SPELLINGS`:
#   with every other byte a blank, the text splits into its runs (once for both recognisers:
#   :func:`factcheck.mentions.letter_runs`), the set of them meets the spellings, and each
#   spelling found is looked up between blanks;
# * a figure in digits is a run of digits after no lower-case letter, digit or "^" (the regex's
#   first branch), matched over bytes that keep only those three classes;
# * a decimal point before a digit (".5") is found in the same bytes, where points keep their own
#   class: bytes.find of "." and a digit passes over the points that end sentences, where the
#   regex's own branch stopped at each; the character before a find is tested in the text.
# Digits beyond ASCII ("٣") and fraction signs ("½") are left to the regex: they are rare, and
# the classes above do not see them.


def _byte_classes(classes: dict[str, str]) -> bytes:
    """A ``bytes.translate`` table: each character of ``classes`` to its class, others to blanks."""
    table = bytearray(b" " * 256)
    for ch, cls in classes.items():
        table[ord(ch)] = ord(cls)
    return bytes(table)


_DIGIT_BYTES = _byte_classes(
    dict.fromkeys(string.digits, "0")
    | dict.fromkeys(string.ascii_lowercase + "^", "a")
    | {".": "."}
)
_DIGIT_RUN = re.compile(rb"0(?<![a0]0)0*")
"""The trigger's first branch over :data:`_DIGIT_BYTES`."""
_POINT_BEFORE_DIGIT = b".0"
"""A point before a digit in :data:`_DIGIT_BYTES`: where the trigger's second branch may match."""
_BLANKED_SPELLINGS = {w.encode(): b" " + w.encode() + b" " for w in _TRIGGER_SPELLINGS}
_ENCODED_SPELLINGS = frozenset(_BLANKED_SPELLINGS)
"""The spellings as bytes: their set meets a text's runs without being copied, as the
dictionary's keys view would be."""


def _trigger_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``_trigger().finditer(text)``, in order."""
    encoded, words, runs = letter_runs(text)  # made once, shared with find_dates
    if not text.isascii() and not _ascii_figures(text, encoded):
        return [m.span() for m in _trigger().finditer(text)]
    classes = encoded.translate(_DIGIT_BYTES)
    spans = [m.span() for m in _DIGIT_RUN.finditer(classes)]
    points = _decimal_points(text, classes)
    spans += points
    # ``words`` has blanks at both ends: every run is found between blanks, at its offset in
    # ``text`` plus one
    for word in _ENCODED_SPELLINGS.intersection(runs):
        blanked = _BLANKED_SPELLINGS[word]
        at = words.find(blanked)
        while at >= 0:
            spans.append((at, at + len(word)))
            at = words.find(blanked, at + len(word))  # the closing blank may open the next
    spans.sort()
    if not points:
        return spans  # runs of digits and runs of letters never overlap
    # ".5" and the "5" in it both match; the scan takes the first (no other spans overlap)
    kept: list[tuple[int, int]] = []
    end = 0
    for span in spans:
        if span[0] >= end:
            kept.append(span)
            end = span[1]
    return kept


def _decimal_points(text: str, classes: bytes) -> list[tuple[int, int]]:
    """The trigger's decimal points before a digit (``\\.(?<![\\w.]\\.)\\d``, ".5"), found in
    ``classes``, the text's bytes over :data:`_DIGIT_BYTES` (no digit beyond ASCII in it)."""
    points: list[tuple[int, int]] = []
    at = classes.find(_POINT_BEFORE_DIGIT)
    while at >= 0:
        # after no word character nor point ("3.5" and "x.5" are no such point; "(.5" is):
        # read in the text, where a letter beyond ASCII is a word character too
        before = text[at - 1] if at else " "
        if not (before.isalnum() or before in "_."):
            points.append((at, at + 2))
        at = classes.find(_POINT_BEFORE_DIGIT, at + 2)  # the digit opens no point
    return points


def _ascii_figures(text: str, encoded: bytes) -> bool:
    """Whether no character that ``encoded`` replaced with "?" is a digit or a fraction sign."""
    at = encoded.find(b"?")
    while at >= 0:
        ch = text[at]
        if ch.isdecimal() or ch in FRACTION_CHARS:
            return False
        at = encoded.find(b"?", at + 1)
    return True


# Small patterns of the readers below, compiled once (and audited for linear time).
_GLUED_LETTERS = re.compile(r"[A-Za-zµμ]+\d*")
_SCORE_SECOND = re.compile(r"[ ]?[-–][ ]?(\d{1,3})(?![\d.,])")
_LOWER_RUN = re.compile(r"[a-z-]+")
_FOUR_DIGITS = re.compile(r"\d{4}")
_DIGIT_NEXT = re.compile(r"\s*\d")
_SPACE_DIGIT = re.compile(r" ?\d")
_SIZE_WORD_NEXT = re.compile(r"\s+(long|wide|tall|high|thick|deep)\b")
_DANGLING_TO = re.compile(r"(?:-[ ]*)?(?:to|and)[ \t]+", re.IGNORECASE)
_MERGE_GAP = re.compile(r"\s*,?\s*(?:and|but)?\s*", re.IGNORECASE)
_WORD_NEXT = re.compile(r"[ \t]+[A-Za-z]")
_PLURALS_WITHOUT_S = frozenset(
    [
        *("people", "children", "men", "women", "police", "staff", "cattle", "sheep", "fish"),
        *("personnel", "livestock", "deer", "poultry", "crew"),
    ]
)
"""Plural nouns without an "-s": after "2.3m" they make the "m" millions, not metres."""
_WORD_BEFORE_HYPHEN = re.compile(r"[A-Za-z]+$")
_NUMBER_HEADS = frozenset(SMALL) | frozenset(TENS) | frozenset(["a", "one", "and"])
_POINT_AFTER = re.compile(r"(?:-|[ \t]+(?:a[ \t]+)?)(?:percentage[ \t]+)?points?\b")
_ACRONYM_BEFORE = re.compile(r"(?<![\w&])([A-Z][A-Z&]{1,6})[ \u00a0]$")
_ACRONYM_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ&")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w&])[A-Z][A-Za-z&]+[ \u00a0]$")
_INDEX_AFTER = re.compile(r"[ \t]+(?:index|Index|INDEX)\b")
_ARTICLE_BEFORE = re.compile(r"(?<![A-Za-z])[Aa]n?[ \t]+(?:single[ \t]+)?$")

# ---------------------------------------------------------------------------------------------
# Phrases: alternations of fixed phrases (matched forward, right of a figure).
# ---------------------------------------------------------------------------------------------


def _phrase_alternation(phrases: list[str]) -> str:
    return "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True)
    )


_CURRENCY_LEFT_SYMBOLS = sorted(CURRENCY_SYMBOLS, key=len, reverse=True)
_SCRIPT_SYMBOLS = [s for s in CURRENCY_SYMBOLS if len(s) > 1 and not s.isascii()]
"""Signs of more than one letter of another script, read after the figure ("100,000 ரூ")."""
_UNIT_START_CHARS = frozenset("%°℃℉′″'\"([{<-µμ" + "".join(CURRENCY_SYMBOLS))
_POWER_PREFIX = re.compile(r"(square|sq\.?|cubic|cu\.?)(?:[ \t]+|-(?=[A-Za-z]))", re.IGNORECASE)
_POWER_PREFIX_FIRSTS = frozenset("sScC\u017f")
"""What ``_POWER_PREFIX`` can start with, ignoring case: the long s ("ſ") matches an "s"."""
_LEFT_CONTEXT_CHARS = frozenset("-−<>=≥≤~#.$" + "".join(k[-1] for k in CURRENCY_SYMBOLS))

# ---------------------------------------------------------------------------------------------
# Right context
# ---------------------------------------------------------------------------------------------

_RIGHT_WORD = re.compile(r"[ \t\u00a0]*([A-Za-z][A-Za-z'’]*)")
_GAP = re.compile(r"[ \t\u00a0]{0,3}")
_BRACKET_OPEN = re.compile(r"[ \t\u00a0]{0,2}[(\[{<][ ]?")
_BRACKETS = frozenset("([{<")
_BRACKET_CLOSE = re.compile(r"[ ]?[)\]}>]")
_HYPHEN_GAP = re.compile(r"[ ]?-[ ]?")
_CLOCK = re.compile(r"(?::[0-5]\d)|(?:[ \t]?(?:[ap]\.?m\.?)(?![A-Za-z]))|(?:\s*o'clock)", re.I)
_PERCENT_RIGHT = re.compile(
    r"[ \t\u00a0]{0,2}(?P<u>%|(?:per\s?cent|percent|pct)(?:age)?(?:s)?(?:\s+points?)?"
    r"|percentage(?:s)?(?:\s+points?)?|basis\s+points?|pp)(?![A-Za-z])",
    re.IGNORECASE,
)
_DEGREE_RIGHT = re.compile(
    r"[ \t\u00a0]{0,2}(?:(?P<sym>°\s?(?:(?P<scw2>celsius|centigrade|fahrenheit|kelvin)"
    r"|(?P<sc>[CFK])(?![A-Za-z]))?|℃|℉)"
    r"|(?P<word>degrees?|deg\.?)(?:\s+(?P<scw>[A-Za-z]+))?)(?![A-Za-z])",
    re.IGNORECASE,
)
_POWER_SUFFIX = re.compile(r"(?:\^?(?P<d>[23])|(?P<s>[²³])|\s+(?P<w>squared|cubed))(?![\w])")
_PER = re.compile(
    r"\s*/\s*|\s+per\s+|\s+an?\s+(?=(?:hour|day|week|month|year|second|minute|acre|hectare)\b"
    r"(?!\s+(?:earlier|ago|before|later|after|previously|prior|on|from)\b))"
)
"""What makes a unit a denominator: "/", "per", or "a" before a time unit that is not a date
("$1.17 billion a year earlier", "5 km a day before" are no rates) or before a unit of land
that a yield is counted in ("186.7 bushels an acre", "3 tonnes a hectare")."""
_RANGE_SEP = re.compile(
    r"[ \t\u00a0]{0,3}(?P<sep>-|–|—|~|(?:to|through|thru|and|or)(?![A-Za-z]))[ \t\u00a0]{0,3}",
    re.IGNORECASE,
)


# A pattern that reads blanks and then opens with one of a few characters is tried only where
# ``text[at : at + 4].lstrip(blanks)[:1]`` is in its table of heads: its first characters, and
# "" for the text's end or more than three blanks, where the pattern decides (some take any
# number). The test runs in C, inline: a helper's call cost as much as the test.


def _heads(firsts: str) -> frozenset[str]:
    """A table of heads: ``firsts`` and the empty string."""
    return frozenset(firsts) | {""}


_BLANKS = " \t\u00a0"
_RANGE_SEP_HEADS = _heads("-–—~tTaAoO")
# The words these open are in _MEASURE_OTHER_READINGS too (the usual measure leaves them to
# _build): change both together.
_AGE_RIGHT_HEADS = _heads("yYmMwWdD")
_AGE_RIGHT_BLANKS = " \t-"
_AGE_RIGHT = re.compile(
    r"(?:[ ]?-[ ]?(?P<u1>year|month|week|day)s?[ ]?-[ ]?old"
    r"|[ \t]+(?P<u2>year|month|week|day)s?[ -]old"
    r"|[ \t]+(?P<u3>year|month|week|day)s?\s+of\s+age"
    r"|[ \t]+(?P<u4>yrs?|yo|y\.o\.)(?:[ ]old)?)(?![A-Za-z])",
    re.IGNORECASE,
)
_RIGHT_QUALIFIER = re.compile(
    r"(?P<plus>\+)|[ \t\u00a0]+(?P<w>" + _phrase_alternation(list(RIGHT_QUALIFIERS)) + r")(?![\w])"
    r"|-(?P<odd>odd)(?![\w])",
    re.IGNORECASE,
)
_MILLION_CODE = re.compile(r"[ \t]?([Mm][A-Z]{3}|[Mm][a-z]{3})(?![A-Za-z])")
_RIGHT_QUALIFIER_HEADS = _heads("+-oOaApP")
"""The first characters of a right qualifier after its blanks ("+", "-odd", "or more", "and
up", "plus"; see ``_RIGHT_QUALIFIER``)."""
_QUIET_WORD = re.compile(r" ([a-z]++)(?!\w)")
"""One blank and a lower-case ASCII word, whole: no letter of any script glued after it (one
that the readings' case-blind patterns take for an ASCII letter, "ſ" for "s", is one)."""
_AFTER_UNIT_OPENERS = frozenset(
    ["below"]  # _BELOW_ZERO: "10 degrees below zero"
    + ["and"]  # _AND_A_HALF: "a day and a half"
    + ["to", "through", "thru", "and", "or"]  # _RANGE_SEP: "5 to 10 km"
    + ["plus"]  # _PLUS_AFTER: "3,000 plus visitors"
    + [k.split()[0] for k in RIGHT_QUALIFIERS if k[0].isalpha()]  # "200 or more", "40 odd"
)
"""The lower-case words after one blank with which ``_BELOW_ZERO``, ``_AND_A_HALF``,
``_RANGE_SEP``, ``_PLUS_AFTER`` or ``_RIGHT_QUALIFIER`` can match (``_PLUS_MINUS`` opens with
no letter): after one blank and a ``_QUIET_WORD`` that is none of them, none matches."""
_TRAILING_MAGNITUDE = re.compile(
    r"[ \t]+(million|billion|trillion|thousand|bn|mn)(?![A-Za-z])", re.I
)
_RANGE_APPROX = re.compile(r"(?:~|about|around|approximately|roughly)[ \t]*", re.IGNORECASE)
_OF_A = re.compile(r"[ \t]+(?:of[ \t]+(?:an?[ \t]+)?|an?[ \t]+)", re.IGNORECASE)
_RATE_WORDS = frozenset({"once", "twice", "thrice", "times", "per", "half"})
_UNSCALED_TEMPERATURE = UNSCALED_TEMPERATURE  # the property verdicts.py reads two ways


_CUE_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
_UNSTATED_DEGREES = "[angle or temperature] not stated"


def _near_words(text: str, start: int, end: int) -> set[str]:
    """The lower-case words in the window around a figure (bounded: linear in the text)."""
    near = (text[max(0, start - _WINDOW) : start] + " " + text[end : end + 24]).lower()
    words = set(_CUE_WORD.findall(near))
    for w in list(words):
        if "-" in w:
            words.update(w.split("-"))  # "180-degree", "u-turn"
    return words


def _temperature_context(text: str, start: int, end: int) -> bool:
    """A word about heat or weather near the figure."""
    return "below zero" in text[start : end + 12] or not TEMPERATURE_CUES.isdisjoint(
        _near_words(text, start, end)
    )


def _angle_context(text: str, start: int, end: int) -> bool:
    """A word about turning, slopes or bearings near the figure ("rotate 90 degrees")."""
    return not ANGLE_CUES.isdisjoint(_near_words(text, start, end))


_DIFFERENCE = re.compile(
    r"[ \t]+(?:of[ \t]+warming|of[ \t]+cooling|warmer|cooler|hotter|colder"
    r"|above|below|higher|lower)(?![A-Za-z])",
    re.IGNORECASE,
)
_BELOW_ZERO = re.compile(r"[ \t]+below[ \t]+(?:zero|freezing)(?![A-Za-z])", re.IGNORECASE)
_TEMPERATURES = frozenset({"degree", "degree_Celsius", "degree_Fahrenheit", "kelvin"})
_ARTICLE = re.compile(r"([Aa]n?[ \t]+(?:single[ \t]+)?)(?=[A-Za-z])")
_AND_A_HALF = re.compile(r"[ \t]+and[ \t]+a[ \t]+half(?![A-Za-z])", re.IGNORECASE)
_PLUS_MINUS = re.compile(r"[ \t]*(?:±|\+/-|\+-|\+ / -)[ \t]*")
# its words are in _MEASURE_OTHER_READINGS too: change both together
_OUT_OF = re.compile(r"[ \t]+(out|over|in)[ \t]+(?:of[ \t]+)?(?=[\dA-Za-z])", re.IGNORECASE)


def _not_a_year(text: str, figure: NumberRead) -> bool:
    """A whole figure that is not written as a year (four digits, 1000-2100)."""
    raw = text[figure.start : figure.end]
    return not (len(raw) == 4 and raw.isdigit() and 1000 <= figure.value <= 2100)


_CLOCK_HEADS = frozenset([first + second for first in "aApP" for second in "mM."] + ["o'", "O'"])
"""What ``_CLOCK`` can open with after blanks, but for its ":": "am", "p.", "o'clock"."""
_CAPITAL_HEADS = _heads(string.ascii_uppercase)
_MONTH_OR_NAME_HEADS = _CAPITAL_HEADS | {month[0].lower() for month in MONTHS}
_CLAUSE_END = re.compile(r"[ \t]*(?:$|[.,;:!?)\n]|is\b|equals\b|=)", re.IGNORECASE)


def _clause_ends(text: str, at: int) -> bool:
    """Nothing but the end of the clause after ``at`` ("one over three.", "1 over 3 is")."""
    return _CLAUSE_END.match(text, at) is not None


_PHONE_LIKE = re.compile(r"([-.])\d{1,4}\1\d{1,4}")

_LENGTHS = frozenset(
    {"meter", "kilometer", "centimeter", "millimeter", "foot", "inch", "mile", "yard"}
)
_DIMENSION_ADJECTIVES = frozenset(
    [
        "long",
        "wide",
        "tall",
        "high",
        "deep",
        "thick",
        "away",
        "across",
        "in",
        "diameter",
        "radius",
        "apart",
        "high-rise",
    ]
)
_INCH_FOLLOWERS = _DIMENSION_ADJECTIVES | frozenset({"of", "and", "by", "x"})
_TIME_UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade"}
    | {"century", "millisecond"}
)


class _Unit(NamedTuple):
    """A unit read after (or before) a figure (a named tuple: built at half a frozen
    dataclass's cost, once per unit read)."""

    name: str
    """pint name, ISO code, currency subunit word, "percent" or "percentage_point"."""
    end: int
    start: int = -1
    stated: str | None = None


# ---------------------------------------------------------------------------------------------
# The scan
# ---------------------------------------------------------------------------------------------


# The bounds read for every figure are cut with a conditional ("lo if lo > floor else floor")
# where max() and min() would read better: in CPython 3.11 a call of either parses its keywords
# and iterates its arguments, some 1,200 instructions against 100 for the comparison. "b if b > a
# else a" is max(a, b) to the letter (the same comparison, the same operands).


def find_quantities(text: str) -> list[NumberMention]:
    """Every figure of ``text`` that states a quantity, sorted by start and non-overlapping.

    Conventions of the :class:`NumberMention` records:

    * counts: ``stated_unit`` is the counted noun as written, lower case ("people"); ``unit``
      and ``noun`` its singular lemma ("person"); no noun, None. Counts are exact unless a
      magnitude word rounds them ("1.2 million people"), they are round and of 1,000 or more
      ("12,000 people": 11,500-12,500), or a qualifier widens them ("about 20": 15-25, by the
      larger of the tolerance and the digits' precision).
    * temperatures: a scale word or sign, or a C or F right after a whole figure ("95F",
      "-5 C") unless it is part of a name ("Form 13F", "the 13F filing"); a bare "degrees" is
      a temperature of unstated scale near weather words, an angle near turning words, and
      otherwise neither (unit "degree", unconverted).
    * measurements, money and percent: ``stated_unit`` is the pint name, ISO code, currency
      subunit ("cent") or "percent" as written; ``low``..``high`` the interval the digits
      imply ("700 metres" = 650-750 m), widened or opened by the qualifier (the tolerance
      table is in :mod:`factcheck.lexicon.quantities`), in canonical units.
    * ages: kind "quantity", unit year (or the month/week/day written), ``is_age``; the
      interval is [n, n + 1) of the unit, whole years lived. A bare figure after a person is
      an age too: "The driver, 54, was", "a man, 19.", "The victim was 45".
    * proportions ("three-fifths of", "two thirds"): stated as written, normalised to percent.
    * vague amounts ("dozens of", "several hundred"): qualifier "range" over the table's span.
    * a measure written in parts of one system is one figure in its first unit ("6 ft 2 in",
      "2 km and 1 metre", "15 dollars and 50."); "1 metre and 1 foot" is two.
    * money per unit is a price or a wage, unit "USD / hour" ("$15.4/hour", "$350 per kg"),
      compared only with rates of the same currency and denominator dimension; "N times a
      week" is a frequency, unit "count / week"; inverse units read "1 / second" ("s-1").
    * years, clock times, dates, names (Route 66, Boeing 737, COVID-19, 5G), phone numbers,
      street numbers, scores and ordinals give no mention.

    >>> [(m.kind, m.qualifier, m.stated_low, m.stated_unit) for m in find_quantities(
    ...     "Killing more than 100 people, around 2,300 feet away.")]
    [('count', 'more_than', 100.0, 'people'), ('quantity', 'approximately', 2300.0, 'foot')]
    """
    out: list[NumberMention] = []
    resume = 0
    for trigger_start, trigger_end in _trigger_spans(text):
        pos = trigger_start
        if pos < resume:
            continue
        if text[pos].isdigit():
            if trigger_end - pos > _MAX_DIGITS:
                resume = trigger_end
                continue
            # three figures in four: _read_candidate would find no letter at ``pos`` and hand
            # the figure to _read_figure, as here (tests/test_quantities_digit_dispatch.py)
            mention, skip_to = _read_figure(text, pos, out[-1].end if out else 0)
        else:
            if text[pos:trigger_end].lower() in ARTICLE_UNITS:
                # a unit word is a figure only after "a"/"an" ("a mile", "an hour"), and not
                # right after another figure, where it makes a rate ("31,000 vehicles a day")
                lo = pos - 11
                art = _ARTICLE_BEFORE.search(text, lo if lo > resume else resume, pos)
                if art is None or (out and not text[out[-1].end : art.start()].strip()):
                    continue
                pos = art.start()
            mention, skip_to = _read_candidate(
                text, pos, out[-1].end if out else 0, trigger_end if pos == trigger_start else 0
            )
            if mention is not None and pos != trigger_start and mention.kind == "count":
                mention = None  # "a KM" is no unit in that case: the article counts nothing
        if mention is not None:
            if out and mention.start < out[-1].end:
                # A later reading reached back over an earlier one (a range's left end); keep
                # the earlier, which was read with its own context.
                resume = skip_to if skip_to > resume else resume
                continue
            # each reading of a pair is tried only when the field or character it opens with
            # is there: a bound's qualifier, an age before, a bracket between
            previous = out[-1] if out else None
            merged = (
                _merge_bounds(text, previous, mention)
                if previous is not None and mention.qualifier in _BOUNDS
                else None
            )
            if (
                merged is None
                and previous is not None
                and previous.is_age
                and _continues_ages(text, previous, mention)
            ):
                mention = _as_age(mention)  # "aged 28 and 41": the second is an age too
            if merged is not None:
                out[-1] = merged
            elif not (
                previous is not None
                and "(" in text[previous.end : mention.start]
                and _restates(text, previous, mention)
            ):
                out.append(mention)
        resume = skip_to if skip_to > resume else resume
    return _scale_bare_degrees(out)


_SCALES = frozenset(["degree_Celsius", "degree_Fahrenheit"])


def _scale_bare_degrees(mentions: list[NumberMention]) -> list[NumberMention]:
    """Bare "degrees" of weather in a text that states one temperature scale are in that
    scale: after "hit 115.2 degrees Fahrenheit", "highs falling to around 86 degrees" is 86 F.

    Only temperatures already read as such ("[temperature] scale not stated": weather words
    around them) take the scale, and only when every stated scale of the text is the same one;
    "46C (115F) ... 104 degrees" stays unstated. The words stay as written (``stated_unit``).
    """
    scales = {m.stated_unit for m in mentions if m.stated_unit in _SCALES}
    if len(scales) != 1 or not any(m.dimension == _UNSCALED_TEMPERATURE for m in mentions):
        return mentions
    (scale,) = scales
    out = []
    for m in mentions:
        if m.dimension == _UNSCALED_TEMPERATURE:
            conv = convert_interval(m.low, m.high, scale)
            assert conv is not None  # both scales are in the built-in table of conversions
            low, high, unit, dimension = conv
            m = replace(m, low=low, high=high, unit=unit, dimension=dimension)
        out.append(m)
    return out


_AGE_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)$")
_OLDEST_AGE = 130


def _continues_ages(text: str, previous: NumberMention, mention: NumberMention) -> bool:
    """ "aged 28 and 41", "aged 12, 14 and 16": a bare whole figure listed right after an age
    that "aged"/"ages" introduced is an age as well. A "34-year-old" does not open such a
    list ("a 34-year-old man and 41 others"), and a figure with a noun or unit is its own."""
    if not previous.is_age or previous.stated_unit != "year" or previous.qualifier != "exact":
        return False
    opened = text[previous.start : previous.core_start].strip().lower()
    listed = previous.start == previous.core_start  # itself a listed age
    if not (
        listed
        or opened.startswith("ages")
        or (opened.startswith("aged") and _plural_before(text, previous.start))
    ):
        # "a woman aged 80 and 12 were injured": one person has one age; the 12 are others
        return False
    gap = text[previous.end : mention.start]
    return (
        mention.kind == "count"
        and mention.stated_unit is None
        and mention.qualifier == "exact"
        and mention.stated_low is not None
        and mention.stated_low == mention.stated_high
        and float(mention.stated_low).is_integer()
        and 0 < mention.stated_low <= _OLDEST_AGE
        and len(gap) <= 8
        and _AGE_LIST_GAP.fullmatch(gap) is not None
    )


_LAST_WORD = re.compile(r"([A-Za-z]+)[\s,]*$")
_PLURAL_PEOPLE = frozenset(["men", "women", "children", "people", "police", "staff", "crew"])


def _plural_before(text: str, at: int) -> bool:
    """Whether the noun right before ``at`` is plural ("two men aged", "The victims, aged")."""
    m = _LAST_WORD.search(text, max(0, at - 30), at)
    if m is None:
        return False
    word = m.group(1).lower()
    return word in _PLURAL_PEOPLE or (word.endswith("s") and not word.endswith("ss"))


def _as_age(mention: NumberMention) -> NumberMention:
    """A bare figure read as an age in whole years: [n, n + 1) years, in canonical units, as
    every other age is converted."""
    n = float(mention.stated_low or 0.0)
    conv = convert_interval(n, n + 1, "year")
    assert conv is not None  # the year is in the built-in table of conversions
    low, high, unit, dimension = conv
    return replace(
        mention,
        kind="quantity",
        stated_unit="year",
        low=low,
        high=high,
        low_closed=True,
        high_closed=False,
        unit=unit,
        dimension=dimension,
        is_age=True,
    )


def _restates(text: str, a: NumberMention, b: NumberMention) -> bool:
    """ "forty-five (45)", "45 (forty-five)": the bracket repeats the figure before it."""
    gap = text[a.end : b.start]
    return (
        gap.strip() == "("
        and b.end < len(text)
        and text[b.end] == ")"
        and (a.stated_low, a.stated_high) == (b.stated_low, b.stated_high)
    )


def _read_candidate(
    text: str, pos: int, floor: int, word_end: int = 0
) -> tuple[NumberMention | None, int]:
    """Read the candidate whose trigger is at ``pos``: (mention or None, where to resume).

    ``floor`` is the end of the previous mention: the left context never reaches behind it
    ("10 $ 30 $": the second figure does not take the first one's sign). ``word_end`` is the
    end of the trigger's word when it starts at ``pos``, else 0.
    """
    ch = text[pos]
    spelt = ch.isalpha()  # a figure in words ("two", "dozens"), not digits or a fraction sign
    if spelt and pos >= 2 and text[pos - 1] == "-" and text[pos - 2].isalpha():
        head = _WORD_BEFORE_HYPHEN.search(text, max(0, pos - 16), pos - 1)
        if head is None or head.group().lower() not in _NUMBER_HEADS:
            # the tail of a compound: "first-half profit", "second-quarter sales"; not of
            # figures read out one by one ("three-nought-four")
            return None, _skip_end(text, pos)
    if not spelt:
        return _read_figure(text, pos, floor)
    toks = _left_tokens(text, pos, floor)
    if ch in "aA":
        art = _ARTICLE.match(text, pos)
        if art is not None and not (toks and toks[-1][0] in _RATE_WORDS):
            # "a mile", "an hour and 45 minutes": the article is the figure one
            one = NumberRead(1.0, pos, pos + len(art.group(1).rstrip()), 1.0, words=True)
            return _build(text, one, toks)

    if toks and spelt and toks[-1][0] in _NAMED_FIRST_WORDS:
        named = _read_named(text, pos, toks[-1])
        if named is not None:
            return named

    start = pos
    if spelt:
        # the article before a word figure ("a dozen", "a hundred", "a pair of")
        if toks and toks[-1][0] in ("a", "an"):
            start = toks[-1][1]
        # a number word ("two", "Thirty") opens no vague amount nor collective word: the
        # trigger's word is the whole run of letters at ``pos``, which each of them would
        # have to spell (tests/test_quantities_number_words.py)
        if text[pos:word_end].lower() not in _SPELT_NUMBERS:
            # vague amounts ("dozens of", "hundreds of thousands", "several", "a few")
            vague = _read_vague(text, pos, toks)
            if vague is not None:
                return vague
            collective = _read_collective(text, start, pos)
            if collective is not None:
                return collective

    num = read_number(text, start, suffixes=False)
    if num is None and start != pos:
        start = pos
        num = read_number(text, pos, suffixes=False)
    if start == pos and (num is None or num.ordinal):
        part = _bare_fraction(text, pos, toks)
        if part is not None:
            return _build(text, part, toks)
    if num is None:
        return None, pos + 1
    if num.ordinal:
        return None, num.end
    if start != pos:
        toks = toks[:-1]  # the article is part of the figure

    if _is_pronoun_one(text, num, toks):
        return None, num.end
    if text.startswith("-", num.end) and _WORD_SCORE.match(text, num.end):
        return None, _skip_end(text, num.end)  # "won two-nil", "a two-all draw"

    return _build(text, num, toks)


_SPELT_NUMBERS = frozenset(SMALL) | frozenset(TENS)
"""The unit, teen and tens words: none of them is a vague amount's first word or a collective
word, so neither reading can take a figure that one of them opens."""


def _read_figure(text: str, pos: int, floor: int) -> tuple[NumberMention | None, int]:
    """:func:`_read_candidate` for a figure in digits or a fraction sign. The words on its
    left are tokenised only once the figure is read and its own characters and those glued to
    it show no code, clock, address or ordinal ("COVID-19", "10:30", "3rd"): a fifth of the
    figures end there."""
    # find_quantities hands on a digit at ``pos`` (three figures in four), _read_candidate a
    # fraction sign or a point: the digit's reader skips read_number's own first tests
    if text[pos].isdigit():
        num = read_digit_number(text, pos, False)
    else:
        num = read_number(text, pos, suffixes=False)
    if num is None:
        return None, pos + 1
    if num.ordinal:
        return None, num.end
    if _is_glued_non_claim(text, num):
        return None, _skip_end(text, num.end)
    toks = _left_tokens(text, pos, floor)
    if _is_named_non_claim(text, num, toks):
        return None, _skip_end(text, num.end)
    return _build(text, num, toks)


_NAMED_FIRST_WORDS = frozenset(p.split()[0] for p in NAMED_QUANTITIES)


def _read_named(text: str, pos: int, before: _Token) -> tuple[NumberMention | None, int] | None:
    """ "absolute zero": a quantity the words name, exact, with its unit."""
    w = _FRACTION_WORD.match(text, pos)
    if w is None:
        return None
    got = NAMED_QUANTITIES.get(f"{before[0]} {w.group().lower()}")
    if got is None:
        return None
    value, unit = got
    mention = _make_mention(
        start=before[1],
        end=w.end(),
        core_start=before[1],
        core_end=w.end(),
        value=value,
        step=0.0,
        high=None,
        high_step=0.0,
        unit=_Unit(unit, w.end(), stated=unit),
        noun=None,
        kind="quantity",
        dimension="",
        qual=None,
        direction=None,
        is_age=False,
        magnitude=False,
    )
    return mention, w.end()


_FRACTION_WORD = re.compile(r"[A-Za-z]+")


def _bare_fraction(text: str, pos: int, toks: list[_Token]) -> NumberRead | None:
    """ "quarter-litre", "tenth of a gallon", "fourth of liter": a lone denominator before a unit
    is that fraction of it; after "the" it stays an ordinal ("the tenth of a series"), and so
    does a hyphened one other than "quarter-" ("a third-minute goal")."""
    w = _FRACTION_WORD.match(text, pos)
    if w is None or (toks and toks[-1][0] in ORDINAL_DETERMINERS):
        return None
    d = DENOMINATORS.get(w.group().lower())
    if d is None or w.group().lower().endswith("s"):
        return None
    at = w.end()
    if text.startswith("-", at):
        if w.group().lower() != "quarter":
            return None  # "a third-minute goal", "fourth-day": hyphened ordinals are adjectives
        at += 1
    else:
        of = _OF_A.match(text, at)
        if of is None or not of.group().strip():
            return None
        at = of.end()
    part = NumberRead(1.0 / d, pos, w.end(), 0.0, words=True)
    return part if _read_unit(text, part, at) is not None else None


# One left token: a word (with inner dots: "u.s."), a comparison sign, or one other character.
_LEFT_TOKEN = re.compile(r"[A-Za-z]+(?:\.[A-Za-z]+)*\.?|[<>≥≤]=?|[^\sA-Za-z\d]|\d+")

_Token = tuple[str, int, int, str]
"""(lower-cased text, start, end, text as written) of a token left of a figure."""


def _word_before(toks: list[_Token]) -> str:
    """The word right before a figure, skipping a "#" or "-" ("No. 5", "Route #66")."""
    for t in reversed(toks[-2:]):
        if t[0][0].isalpha():
            return t[0]
        if t[0] not in ("#", "-"):
            return ""
    return ""


def _left_tokens(text: str, pos: int, floor: int) -> list[_Token]:
    """The tokens in the window left of ``pos``, lower case, with their offsets."""
    j = pos - 1
    while j >= floor and text[j] in " \t\u00a0":
        j -= 1
    if j < floor:
        return []
    last = text[j]
    if last.isalpha():
        # the word that ends at ``j`` (at most 25 letters, none behind the floor): in C, as
        # the last run between blanks, when that run is all letters (the usual case)
        lo = j - 24
        word = text[lo if lo > floor else floor : j + 1].rsplit(None, 1)[-1]
        k = j + 1 - len(word)
        if not word.isalpha():
            k = j
            while k > floor and j - k < 24 and text[k - 1].isalpha():
                k -= 1
            word = text[k : j + 1]
        if not _may_qualify(word):
            # the usual case: a word that no left-context reading ends with ("said 84")
            return [(word.lower(), k, j + 1, word)]
    elif last == "." and j > floor and text[j - 1].isalpha():
        # a word and its dot ("said. 12", "Aug. 5"), which the window would make one token:
        # alone too when no reading ends with it and a blank opens it within the window
        lo = j - 24
        word = text[lo if lo > floor else floor : j + 1].rsplit(None, 1)[-1]
        k = j + 1 - len(word)
        if (
            k > floor
            and k >= pos - _LEFT_WINDOW
            and text[k - 1].isspace()
            and word[:-1].isalpha()
            and word.isascii()
            and not _may_qualify(word)
        ):
            return [(word.lower(), k, j + 1, word)]
    elif last not in _LEFT_CONTEXT_CHARS:
        return []  # after a digit, comma or bracket nothing on the left qualifies the figure
    lo = pos - _LEFT_WINDOW
    lo = lo if lo > floor else floor
    toks = _window_tokens(text, lo, pos)
    if toks and lo > 0 and toks[0][1] == lo and text[lo - 1].isalnum():
        del toks[0]  # a word cut by the window's edge
    return toks


def _window_tokens(text: str, lo: int, hi: int) -> list[_Token]:
    """The matches of ``_LEFT_TOKEN`` in ``text[lo:hi]``, as tokens."""
    toks: list[_Token] = []
    # No token holds a blank: the window splits at spaces (in C), each run's offset one past
    # the last one's end, counted, not searched for; and the usual runs are tokenised as the
    # regex would: a word ("said") or one character ("$") is one token, and so is a word with a
    # dot ("Dec."); a word and another character ("said,") are two. Only the other runs ("U.S.",
    # "$5,", "(about", "said\nMore", those with other blanks) are left to the regex, several
    # times dearer.
    at = lo
    for run in text[lo:hi].split(" "):
        end = at + len(run)
        if (run.isascii() and run.isalpha()) or (len(run) == 1 and not run.isspace()):
            toks.append((run.lower(), at, end, run))
        elif run:  # not the nothing between two spaces
            word = run[:-1]  # sliced only here: most runs are words, read above
            last = run[-1]
            if word.isascii() and word.isalpha() and not last.isspace():
                if last == ".":
                    toks.append((run.lower(), at, end, run))
                else:
                    toks.append((word.lower(), at, end - 1, word))
                    toks.append((last.lower(), end - 1, end, last))
            else:
                for m in _LEFT_TOKEN.finditer(text, at, end):
                    written = m.group()
                    start, stop = m.span()
                    toks.append((written.lower(), start, stop, written))
        at = end + 1
    return toks


@lru_cache(maxsize=1)
def _left_vocabulary() -> frozenset[str]:
    """Every word a left-context reading can end with (lower case)."""
    words = {k.split()[-1] for k in LEFT_QUALIFIERS if k[0].isalpha()}
    words |= set(CHANGE_WORDS) | {"by", "to", "at", "between", "from", "aged", "age", "of"}
    words |= {"a", "an", "minus", "negative", "magnitude", "percent", "percents", "cent"}
    words |= {"dollar", "dollars", "euro", "euros"} | set(CURRENCY_PREFIXES)
    words |= {k.lower().rstrip(".") for k in CURRENCY_SYMBOLS if k[:1].isalpha()}
    return frozenset(words)


@lru_cache(maxsize=4096)
def _may_qualify(word: str) -> bool:
    """Could a left-context reading (qualifier, change, currency...) end with ``word``?

    Cached: the words before figures repeat ("said", "killed", "about").
    """
    return (
        word.lower() in _left_vocabulary()
        or currency_code(word) is not None
        or (len(word) == 4 and word[0] in "Mm" and currency_code(word[1:]) is not None)
    )


def _tail_phrase(
    toks: list[_Token], table: dict[str, str], last_words: dict[str, _KeyEnd], longest: int
) -> tuple[str, int]:
    """The longest run of last tokens that spells a key of ``table``: (key, tokens used).

    ``last_words`` maps the last word of every key to the words before it in those keys and
    the runs of words that end them (:func:`_last_words`): "crew of" ends no key of two words
    or more, so only "of" is looked up; and a run of last tokens is made one token longer only
    while it ends some key ("killed more than" ends none, so "more than" is the longest run
    tried), where each run up to ``longest`` tokens was joined and looked up.
    """
    end = last_words.get(toks[-1][0]) if toks else None
    if end is None:
        return "", 0  # the usual case, decided by one lookup
    last = toks[-1][0]
    found = (last, 1) if last in table else ("", 0)
    if len(toks) < 2 or toks[-2][0] not in end.before:
        # no key of two words or more ends with the last two tokens: the last alone, if any
        return found
    phrase = last
    k = 1
    limit = len(toks) if len(toks) < longest else longest  # min(len(toks), longest)
    while k < limit:
        phrase = toks[-k - 1][0] + " " + phrase
        if phrase not in end.tails:
            break  # no key ends with this run, nor with any longer one
        k += 1
        if phrase in table:
            found = (phrase, k)
    return found


class _KeyEnd(NamedTuple):
    """What the keys of a phrase table that end in one word say about the words before it."""

    before: frozenset[str]
    """The words right before it in such keys of two words or more."""
    tails: frozenset[str]
    """The runs of two words or more that end such keys: for "than", "more than", "no more
    than", "a little more than"..."""


def _last_words(table: dict[str, str]) -> dict[str, _KeyEnd]:
    """The last word of each key of a phrase table, with the words before it in those keys and
    the runs of words that end them."""
    before: dict[str, set[str]] = {}
    tails: dict[str, set[str]] = {}
    for key in table:
        words = key.split()
        before.setdefault(words[-1], set()).update(words[-2:-1])
        runs = (" ".join(words[-k:]) for k in range(2, len(words) + 1))
        tails.setdefault(words[-1], set()).update(runs)
    return {last: _KeyEnd(frozenset(before[last]), frozenset(tails[last])) for last in before}


_QUALIFIER_LAST_WORDS = _last_words(LEFT_QUALIFIERS)


def _skip_end(text: str, end: int) -> int:
    """Past a non-claim and what is glued to it ("COVID-19", "5G", "222-2222-2222", "22,24,26").

    A comma between digits is glued too: a list of references ("nrs. 22,24,26") is one
    non-claim, and "1,1,1,..." costs one reading per window instead of one per digit.
    """
    n = len(text)
    j = end
    limit = end + _WINDOW
    limit = limit if limit < n else n
    while j < limit and (
        text[j].isalnum() or text[j] in "-./" or (text[j] == "," and text[j + 1 : j + 2].isdigit())
    ):
        j += 1
    return j


# ---------------------------------------------------------------------------------------------
# Non-claims
# ---------------------------------------------------------------------------------------------


def _is_glued_non_claim(text: str, num: NumberRead) -> bool:
    """URLs, glued codes, clock times and phone numbers: what the characters of a figure and
    those around it show, without the words before it (:func:`_is_named_non_claim`)."""
    n = len(text)
    s, e = num.start, num.end
    prev = text[s - 1] if s > 0 else " "
    nxt = text[e] if e < n else " "
    if prev == " " and nxt == " " and text[e + 1 : e + 2].isalpha():
        # the usual figure, "said 84 people": blanks around it and a word after one; of the
        # tests below only the clock's can hold, and only where the word opens like one
        clock = _CLOCK.match(text, e) if text[e + 1 : e + 3] in _CLOCK_HEADS else None
        return clock is not None and _clock_like(num, clock.group())
    if prev not in " \t\n" and _in_url(text, s):
        return True
    # glued to a word before: "COVID-19", "SCP-173", "F-16"; not "$-5" or "(-5)"
    if prev in "-–/+" and s >= 2 and (text[s - 2].isalnum() or text[s - 2] == "^"):
        return True  # "COVID-19", "J1149.5+6663", the exponent of "0^-1" (no figure)
    if prev.isalpha():
        # glued to capitals: a currency code ("USD115") or a name ("G7", "MH17", "A380")
        j = s
        while j > 0 and s - j < 5 and text[j - 1].isupper():
            j -= 1
        return (j > 0 and text[j - 1].isalpha()) or currency_code(text[j:s]) is None
    if prev in ".:," and s >= 2 and text[s - 2].isdigit():
        return True  # "192.168", "10:30", the tail of a list "22,24,26"
    # glued to letters after that no unit reading claims: "5G", "13F", "3D", "24703L202"
    if nxt.isalpha():
        glued = _GLUED_LETTERS.match(text[e : e + 12])
        token = glued.group() if glued else ""
        if not _glued_unit_ok(token, text, e):
            return True
    # clock times: "10:30", "3pm", "3 p.m." (the date recogniser owns them); the pattern is
    # tried only where the two characters after the blanks can open one (most figures are
    # followed by a word: "people", "of", "after"); fewer than two, and more blanks may follow
    head = text[e : e + 4].lstrip()
    may_be_clock = len(head) < 2 or head[0] == ":" or head[:2] in _CLOCK_HEADS
    clock = _CLOCK.match(text, e) if may_be_clock else None
    if clock is not None and _clock_like(num, clock.group()):
        return True
    # phone numbers and dotted codes: "222-2222-2222", "192.168.1.2"
    # (asked only before a digit: most dots and hyphens after a figure end a sentence or
    # open a word; the pattern's \d is what str.isdecimal takes)
    return (
        nxt in "-." and text[e + 1 : e + 2].isdecimal() and _PHONE_LIKE.match(text, e) is not None
    )


def _is_named_non_claim(text: str, num: NumberRead, toks: list[_Token]) -> bool:
    """Names, references, addresses, dates and scores: what the words around a figure show
    ("Route 66", "the FTSE 100", "3 January", "123 Random Street", "won 3-1")."""
    s, e = num.start, num.end
    if s > 0 and text[s - 1].isalpha():
        return False  # glued to a currency code ("USD115"): decided by the glued reading
    # the usual last token is the word itself ("said 84"), taken without the call
    word = toks[-1][0] if toks and toks[-1][0][0].isalpha() else _word_before(toks)
    if word in _NAMED_BEFORE:
        return True  # "Route 66", "Boeing 737", "No. 5", "Jan. 3"
    # a designation: a capitalised name or a milestone noun one blank before the figure
    # ("an Ariane 6 rocket", "at Camp 3", "at mile 20"); the usual word before a figure is in
    # lower case (written as its lowered token) and no milestone, told without a call
    if word and (word != toks[-1][3] or word in MILESTONE_WORDS) and _designates(text, toks, s, e):
        return True
    # an acronym ends two characters before the figure (three before a line break): tested
    # inline, as most figures follow a word in lower case
    acronym = text[s - 2 : s - 1] in _ACRONYM_CHARS or text[s - 1 : s] == "\n"
    if acronym and _named_by_acronym(text, s, e):
        return True  # "the FTSE 100 fell", "the S&P 500"
    # the word after matters to a day before a month ("3 January") and to a figure before a
    # capitalised name ("123 Random Street"): it is read only when its first letter can be one
    day = e - s <= 2 and num.value.is_integer() and 1 <= num.value <= 31
    follower = text[e + 1 : e + 2]
    if (
        text[e : e + 1] == " "
        and follower.islower()
        and follower != "i"
        and not (day and follower in _MONTH_OR_NAME_HEADS)
    ):
        # the usual figure, "84 people": a lower-case word one blank after it opens no index
        # ("the Kestral 50 index"), no capitalised name and no score, nor a month here
        return False
    after = text[e : e + 4].lstrip()[:1]
    if (
        (not after or after in "iI")
        and _INDEX_AFTER.match(text, e) is not None
        and _CAPITALISED_BEFORE.search(text, max(0, s - 30), s) is not None
    ):
        return True  # "the Kestral 50 index"
    heads = _MONTH_OR_NAME_HEADS if day else _CAPITAL_HEADS
    right = _RIGHT_WORD.match(text, e) if text[e : e + 4].lstrip(_BLANKS)[:1] in heads else None
    if right is not None and day and right.group(1).lower().rstrip(".") in MONTHS:
        return True  # "3 January"
    if right is not None and right.group(1)[0].isupper() and not num.words:
        # "123 Random Street": a figure before a capitalised name ending in a street word
        tail = text[right.end() : right.end() + 30].split()
        words = [right.group(1), *tail[:2]]
        if any(w.lower().rstrip(".,") in STREET_WORDS for w in words[1:] + words[:1]):
            return True
    # a score has a dash right after the figure; the usual figure has none, tested inline
    dash = text[e : e + 2]
    return ("-" in dash or "–" in dash) and _is_score(text, num, toks)


_NAMED_BEFORE = NAME_PREFIXES | {prefix + "." for prefix in NAME_PREFIXES} | frozenset(MONTHS)
"""The words before a figure that make it a name or a day ("Route 66", "No. 5", "Jan. 3"): a
name's prefix, with or without its one dot (a left token ends in one dot at most), or a month
(tests/test_quantities_named_before.py)."""
_COUNT_FOLLOWERS = NAMED_FIGURE_FOLLOWERS | {
    word
    for phrases in PREDICATES.values()
    for word in phrases
    if " " not in word and not word.endswith("ing")
}
"""Words after a figure that keep it a count after a capitalised word: the grammar's own
("were", "of", "others") and every one-word predicate of a count that may follow its figure
("perished", "survived", "injured", "aboard"), the words the property reader would read it by.
Not the forms in -ing, which govern a figure after them ("a Superjet 100 carrying 87
people")."""
_SENTENCE_MARKS = frozenset(".!?:;\"'“”‘’(\n")
_GAPPING_WORDS = frozenset({",", "and", ";", "while", "whereas", "with", "vs", "versus"})
_CLOSING_MARKS = frozenset(".,;:)!?\"'”’")


def _designates(text: str, toks: list[_Token], s: int, e: int) -> bool:
    """The figure ending at ``e`` names a thing with the word before it: a capitalised name
    inside a sentence ("the Falcon 9 lifted off", "Space Launch Delta 45", "LockBit 3.0") or a
    milestone ("kilometre 130 of the race"), and nothing after it that the figure counts: a
    plural noun, a unit or a verb of a count ("told Reuters 12 were killed", "Ariane 6
    rockets" stay counts). A word opening its sentence ("Nearly 40", "Police 12") is no name."""
    low, k, end, written = toks[-1]
    if end != s - 1 or not low[0].isalpha():
        return False  # "Camp #3", "Camp  3"
    if low in MILESTONE_WORDS:
        # "a mile 20 times", "per km 3 euros": a unit of a figure before it is no milestone
        if _mark_or_word_left(text, k) in ("a", "an", "per", "each", "every", "one"):
            return False
        if text.startswith(" of ", e):
            return True  # "kilometre 130 of the race": of the course, not a part of a whole
    elif (
        not written[0].isupper()
        or low in _left_vocabulary()  # "About 40", "Nearly 50"
        or currency_code(written) is not None  # "EUR 125", "NOK 74,000"
        or low in MONTHS
        or low in WEEKDAYS
        or low in SCALE_LETTER_NAMES
        or low in NOUN_STOPWORDS
        or text[max(0, k - 3) : k].rstrip(_BLANKS)[-1:] in _SENTENCE_MARKS  # a line break too
        or k == 0
    ):
        return False
    elif _mark_or_word_left(text, k) in _GAPPING_WORDS and not _name_repeats(text, toks[-1]):
        # "Norris has 390 points, Piastri 366 and Verstappen 341": a figure whose noun a
        # list leaves out; unless the name repeats ("at Camp 3 and Camp 4")
        return False
    return not _counted_after(text, e)


def _name_repeats(text: str, tok: _Token) -> bool:
    """The name of ``tok`` and a figure came before it: "Camp 3 and Camp 4"."""
    written, k = tok[3], tok[1]
    at = text.rfind(written + " ", max(0, k - _WINDOW), k)
    return at >= 0 and _DIGIT_NEXT.match(text, at + len(written)) is not None


def _mark_or_word_left(text: str, k: int) -> str:
    """The mark or the word (lower case) right before ``k``, over blanks: ",", "and"."""
    before = text[max(0, k - 12) : k].rstrip(_BLANKS)
    if before[-1:].isalpha():
        return before.rsplit(None, 1)[-1].lower()
    return before[-1:]


def _counted_after(text: str, e: int) -> bool:
    """Something the figure ending at ``e`` may count or measure comes after it: a plural
    noun, a unit, a verb of a count, a capitalised word or a sign ("%", "-"); not the clause's
    end, "and", a singular noun ("6 rocket") or a verb ("9 lifted")."""
    nxt = text[e : e + 1]
    if not nxt or nxt in _CLOSING_MARKS:
        return False
    if nxt not in _BLANKS:
        return True  # "Falcon 9%", "Camp 3-4", "LockBit 3.0": read as before
    right = _RIGHT_WORD.match(text, e)
    if right is None:
        return text[e:].lstrip(_BLANKS)[:1] not in _CLOSING_MARKS
    word = right.group(1)
    if _plural_or_unit(word):
        return True
    # a capitalised word after it is left to the readings after the figure ("South 32 Ltd",
    # "Hamas 12 Israeli hostages")
    return word[0].isupper() or word in _COUNT_FOLLOWERS


def _plural_or_unit(word: str) -> bool:
    """ "rockets", "people", "km", "years": a noun a figure counts or a unit it measures in."""
    low = word.lower()
    if low in IRREGULAR_PLURALS or low in _PLURALS_WITHOUT_S:
        return True
    if len(low) > 2 and low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return True
    return lookup_word(low) is not None or lookup_symbol(word) is not None


def _named_by_acronym(text: str, s: int, e: int) -> bool:
    """ "FTSE 100", "S&P 500", "CAC 40": an acronym and a figure make a name. Not a currency
    code ("USD 200"), a headline's capitals ("AT LEAST 50 DEAD", "KILLED 50 PEOPLE") or an
    acronym before a counted noun ("NATO 30 members" is rare; "30 members" stays)."""
    # the usual case, decided without the search: no capital (or "&") and space before the
    # figure (with the search's end at ``s``, "$" also matches before a last newline)
    before = text[max(0, s - 3) : s]
    if before.endswith("\n"):
        before = before[:-1]
    if len(before) < 2 or before[-1] not in " \u00a0" or before[-2] not in _ACRONYM_CHARS:
        return False
    m = _ACRONYM_BEFORE.search(text, max(0, s - 12), s)
    if m is None:
        return False
    acronym = m.group(1)
    if currency_code(acronym) is not None or acronym.lower() in _left_vocabulary():
        return False
    after = _RIGHT_WORD.match(text, e)
    return after is None or not after.group(1).isupper()


def _in_url(text: str, s: int) -> bool:
    """The figure sits in a URL or a query string ("...?q=30%25", "www.x.com/2020/")."""
    lo = s - 100
    seg = text[lo if lo > 0 else 0 : s]
    # the last blank: max() of the three finds, as a conditional (see find_quantities)
    cut = seg.rfind(" ")
    line = seg.rfind("\n")
    cut = line if line > cut else cut
    tab = seg.rfind("\t")
    cut = tab if tab > cut else cut
    seg = seg[cut + 1 :]
    return "://" in seg or seg.startswith("www.") or "?" in seg or "%2" in seg


def _clock_like(num: NumberRead, clock: str) -> bool:
    if clock.startswith(":") or "o'clock" in clock.lower():
        return True
    v = num.value
    if v.is_integer():
        return 0 < v <= 12
    # "2.13 am" reads as a time (h.mm); "2.1 pm" and "2.123 pm" are picometres
    frac = round((v - int(v)) * 100, 6)
    return 0 < v <= 12 and frac.is_integer() and frac < 60 and num.step == 0.01


def _glued_unit_ok(token: str, text: str, e: int) -> bool:
    """Letters glued to a figure are a unit, magnitude, currency or ordinal suffix."""
    if not token:
        return True
    letters = token.rstrip("0123456789")
    if letters in ("st", "nd", "rd", "th"):
        return True
    if letters in ("s",):
        return False  # "1990s", "the 70s"
    if lookup_symbol(letters) or lookup_word(letters) or currency_code(letters):
        return token == letters or token[len(letters) :] in ("2", "3")
    if letters in PERCENT_WORDS:
        return token == letters  # "5pc", "3pct"
    if letters.lower() in ("yo", "yr", "yrs", "k", "m", "bn", "mn", "mln", "bln", "tn", "mil"):
        return True
    if letters[:1] in ("M", "m") and currency_code(letters[1:].upper()) is not None:
        return True  # "30MUSD"
    return token in ("C", "F") and _glued_scale(text, e) is not None


def _glued_scale(text: str, at: int) -> str | None:
    """ "46.7C", "95F", "20 F", "a high of 40C": a temperature scale right after the figure,
    glued or after one space.

    The letter alone is thin evidence, so a whole figure is a temperature only when a word
    about heat or weather is near, or when nothing makes the letter part of a name: a
    determiner before the figure ("the 13F filing", "a 5C battery"), a capitalised word after
    the letter ("23456 F Block") or a lower-case one that does not follow temperatures ("must
    13F be filed"). A word that names a
    form or a class before the figure ("Form 13F", "Grade 5C") is caught with the names.
    """
    if text[at : at + 1] == " ":
        at += 1
    letter = text[at : at + 1]
    after = text[at + 1 : at + 2]
    if letter not in ("C", "F") or after.isalnum() or after in ("/", "-", "'", "’", "&"):
        return None
    if after == "." and text[at + 2 : at + 3].isalpha():
        return None  # "20 F.B.I. agents"
    start = at - 1
    if text[start] == " ":
        start -= 1
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in ".,"):
        start -= 1
    figure = text[start:at].strip()
    if "." in figure or _temperature_context(text, start, at + 1):
        return "degree_Celsius" if letter == "C" else "degree_Fahrenheit"
    toks = _tokens_left(text, start, 2)
    if toks and toks[0][0].lower() in ("-", "−", "minus", "negative"):
        toks = toks[1:]
    if toks and toks[0][0].lower() in SCALE_LETTER_NAMES:
        return None
    nxt = _RIGHT_WORD.match(text, at + 1)
    if (
        nxt is not None
        and nxt.start(1) - at <= 2
        and (nxt.group(1)[0].isupper() or nxt.group(1) not in SCALE_LETTER_FOLLOWERS)
    ):
        return None  # "13F filings", "PA 23456 F Block": a name, a block, a form
    return "degree_Celsius" if letter == "C" else "degree_Fahrenheit"


def _tokens_left(text: str, at: int, count: int) -> list[tuple[str, int]]:
    """Up to ``count`` tokens left of ``at``, nearest first: (word or one sign, start). Reads at
    most 40 characters back, so the cost per figure is bounded whatever the text holds."""
    floor = at - 40 if at - 40 > 0 else 0
    out: list[tuple[str, int]] = []
    j = at
    while len(out) < count:
        while j > floor and text[j - 1] in " \t":
            j -= 1
        if j <= floor:
            break
        k = j
        while k > floor and (text[k - 1].isalpha() or text[k - 1] in "-'’"):
            k -= 1
        if k == j or not text[k:j].strip("-'’"):
            k = j - 1  # one sign: ",", "-", "."
        out.append((text[k:j], k))
        j = k
    return out


def _is_score(text: str, num: NumberRead, toks: list[_Token]) -> bool:
    """ "3-1", "21-14" near "won", "beat", "victory": a score, not a range. Asked only when a
    dash follows the figure (within two characters)."""
    m = _SCORE_SECOND.match(text[num.end : num.end + 8])
    if m is None or not num.value.is_integer() or num.value > 200 or num.words:
        return False
    second = float(m.group(1))
    if second < num.value and num.value < 200 and text[num.start - 1 : num.start] != "-":
        return True  # "3-1": no range runs downwards; "-78-0" is a range of negatives
    after = text[num.end : num.end + 40].lower()
    return any(t[0] in SCORE_WORDS for t in toks[-8:]) or any(
        w in SCORE_WORDS for w in _LOWER_RUN.findall(after)
    )


def _is_pronoun_one(text: str, num: NumberRead, toks: list[_Token]) -> bool:
    if num.value != 1 or text[num.start : num.end].lower() != "one":
        return False
    right = _RIGHT_WORD.match(text, num.end)
    if right is not None and (lookup_word(right.group(1)) or currency_word(right.group(1))):
        return False  # "that one mile": a measurement
    if _word_before(toks) in ONE_PRONOUN_BEFORE:
        return True
    return right is not None and right.group(1).lower() in ONE_PRONOUN_AFTER


# ---------------------------------------------------------------------------------------------
# Vague amounts and collective words
# ---------------------------------------------------------------------------------------------

_VAGUE = re.compile(
    r"(?:(?P<a>an?)\s+)?(?P<p>"
    + _phrase_alternation([p.removeprefix("a ") for p in VAGUE_AMOUNTS])
    + r")(?![\w])",
    re.IGNORECASE,
)


_VAGUE_HEADS = frozenset(phrase.removeprefix("a ")[:2] for phrase in VAGUE_AMOUNTS)
"""The first two letters of the vague amounts, without their article ("a few": "fe")."""


def _read_vague(text: str, pos: int, toks: list[_Token]) -> tuple[NumberMention | None, int] | None:
    """ "dozens of people", "hundreds of thousands", "several", "a few" -> a range count."""
    if not text[pos].isalpha():
        return None
    if text[pos] not in "aA" and text[pos : pos + 2].lower() not in _VAGUE_HEADS:
        return None  # "two", "six": no vague amount starts so (a trigger's letters are ASCII)
    m = _VAGUE.match(text, pos)
    if m is None:
        return None
    phrase = " ".join(m.group("p").lower().split())
    art = toks[-1] if toks and toks[-1][0] in ("a", "an") else None
    key = phrase
    start = pos
    if key not in VAGUE_AMOUNTS:
        key = "a " + phrase
        if key not in VAGUE_AMOUNTS:
            return None
        if art is None:
            return None
        start = art[1]
    elif art is not None and phrase in ("dozens", "hundreds", "thousands"):
        return None  # "a hundreds" is not English; let the number reader try
    end = m.end()
    low, high, _single, _src = VAGUE_AMOUNTS[key]
    # "several hundred", "a few thousand": the vague figure counts hundreds or thousands
    scale_word = _RIGHT_WORD.match(text, end)
    if scale_word is not None and scale_word.group(1).lower() in _VAGUE_SCALES:
        factor = SCALES[scale_word.group(1).lower()]
        low, high, end = low * factor, high * factor, scale_word.end()
    if phrase == "scores" and text[end : end + 4].lower() != " of ":
        return None, end  # "he scores", "the scores": a verb or a noun, not a vague amount
    # "hundreds of metres", "thousands of dollars": vague measurements
    unit: _Unit | None = None
    of = _OF.match(text, end)
    figure = NumberRead(low, start, end, 0.0, True)
    unit = _read_unit(text, figure, of.end() if of is not None else end)
    # "dozens of people", "hundreds were injured"; "several" and "a few" need their noun
    noun = None if unit is not None else _read_noun(text, end, allow_of=True)
    if (
        unit is None
        and noun is None
        and (phrase in ("several", "few", "handful", "couple of") or key.startswith("a "))
    ):
        return None, end
    rest = toks[:-1] if start != pos else toks
    _qual_key, used = _tail_phrase(rest, LEFT_QUALIFIERS, _QUALIFIER_LAST_WORDS, 5)
    kind, dimension = _kind_of(unit, False)
    mention = _make_mention(
        start=rest[-used][1] if used else start,
        end=unit.end if unit is not None else (noun[2] if noun else end),
        core_start=start,
        core_end=end,
        value=float(low),
        step=0.0,
        high=float(high),
        high_step=0.0,
        unit=unit,
        noun=noun,
        kind=kind,
        dimension=dimension,
        qual="range",
        direction=None,
        is_age=False,
        magnitude=False,
    )
    return mention, mention.end


_WORD_SCORE = re.compile(r"-(?:nil|all|love)(?![A-Za-z])", re.IGNORECASE)
_OF = re.compile(r"[ \t]+of[ \t]+", re.IGNORECASE)
_VAGUE_SCALES = frozenset({"hundred", "thousand", "million", "billion"})


def _read_collective(text: str, start: int, pos: int) -> tuple[NumberMention | None, int] | None:
    """ "twin blasts", "a pair of bombs", "a couple of people", "a trio of": exact counts."""
    w = _RIGHT_WORD.match(text, pos)
    if w is None or w.start(1) != pos:
        return None
    word = w.group(1).lower()
    if word not in COUNT_MULTIPLES or word in ("dozen", "score"):
        return None
    if word in ("pair", "pairs", "couple", "trio") and start == pos:
        return None, w.end()  # "pairs of", "couple" without an article: not a figure
    noun = _read_noun(text, w.end(), allow_of=word not in ("twin", "twins"))
    if noun is None and not (start != pos and word in ("pair", "couple")):
        return None, w.end()  # "a pair", "a couple" alone still count two ("a couple were")
    value = float(COUNT_MULTIPLES[word])
    of = _OF.match(text, w.end())
    unit = _read_unit(text, NumberRead(value, start, w.end(), 0.0, True), of.end()) if of else None
    if unit is not None:
        # "a couple of weeks", "a pair of miles": a measure, not a count
        kind, dimension = _kind_of(unit, False)
        measure = _make_mention(
            start=start,
            end=unit.end,
            core_start=start,
            core_end=w.end(),
            value=value,
            step=0.0,
            high=None,
            high_step=0.0,
            unit=unit,
            noun=None,
            kind=kind,
            dimension=dimension,
            qual=None,
            direction=None,
            is_age=False,
            magnitude=False,
        )
        return measure, unit.end
    end = noun[2] if noun else w.end()
    mention = NumberMention(
        start=start,
        end=end,
        core_start=start,
        core_end=w.end(),
        kind="count",
        qualifier="exact",
        stated_low=value,
        stated_high=value,
        stated_unit=noun[0] if noun else None,
        low=value,
        high=value,
        low_closed=True,
        high_closed=True,
        unit=noun[1] if noun else None,
        noun=noun[1] if noun else None,
        dimension="count",
    )
    return mention, end


# ---------------------------------------------------------------------------------------------
# Building one mention
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Left:
    """What the words left of a figure say about it."""

    start: int
    negative: bool = False
    currency: str | None = None
    currency_start: int = -1
    multiplier: float = 1.0
    qualifier: str | None = None
    between: str | None = None
    direction: str | None = None
    change_by: bool = False
    """The change names its size ("rose by 2C", "up 5%"), not its end point ("rose to 40C")."""
    change_prep: str | None = None
    """The preposition between the verb of change and the figure: "by", "to" or None."""
    change_from: bool = False
    """The figure is where a change started ("rose from 73 to 84"): a level, not a change."""
    is_age: bool = False
    percent_of: int = -1
    """Start of "percent of" right before the figure."""
    magnitude_word: int = -1
    """Start of "magnitude" right before the figure ("a magnitude 7.8 earthquake")."""


_AGE_WORDS = {
    "aged": "aged",
    "age": "age",
    "ages": "age",
    "age of": "age",
    "ages of": "age",
    "at age": "age",
}
_AGE_LAST_WORDS = _last_words(_AGE_WORDS)
_SIGNS = frozenset({"-", "−", "minus", "negative"})
_MINUS = ("-", "−")


def _opens_line(text: str, at: int) -> bool:
    """Only blanks between the start of the line and ``at``."""
    j = at - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n"


_PERIOD_AFTER = re.compile(
    r"[\w.,-]*[ \t]+(?:(?:a|an|the|past|last|next|coming)[ \t]+)?"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|seasons?|nights?"
    r"|quarters?)\b(?![ \t]+ago\b)",
    re.IGNORECASE,
)


def _over_is_more(text: str, before: list[_Token], figure: int) -> bool:
    """Whether "over" before a figure says "more than". After a verb it takes as a particle it
    does not ("rolled over 38 times", "took over 30 firms"), nor before a period unless a
    word of length comes first ("rose 9% over two years", "over 48 hours, the storm dumped"
    are across it; "for over two years", "took over an hour", "over two years ago" are more)."""
    prev = before[-1][0].lower() if before else ""
    if _PERIOD_AFTER.match(text, figure) is not None:
        return prev in OVER_MORE_LEADS
    return prev not in OVER_PARTICLE_VERBS


_NOTHING_LEFT = _Left(-1)
"""What :func:`_read_left` returns when no reading takes a token: one record for all such
figures (two in five), which :func:`_build` only reads; its start is the figure's own."""


def _read_left(text: str, toks: list[_Token], start: int) -> _Left:
    """Peel sign, currency, qualifier, "between"/"from", change verb and age off the left;
    :data:`_NOTHING_LEFT` when there is nothing to peel."""
    if not toks:
        return _NOTHING_LEFT  # nothing on the left: after a bracket, a comma, a digit
    if len(toks) == 1 and _reads_nothing(toks[0][3]):
        return _NOTHING_LEFT  # the usual case, one word that no reading takes ("said 84")
    left = _Left(start)
    # a sign or a currency ends the tokens only where the last is one of a few: most figures
    # with words on the left follow a qualifier or a verb ("more than 100", "rose 5%")
    last = toks[-1][0]
    if last in _SIGN_OR_CURRENCY_TOKENS or not last.isascii():
        rest = toks[: _read_sign_and_currency(text, toks, left, start)]
    else:
        rest = toks
    figure_start = left.start
    key, used = _tail_phrase(rest, LEFT_QUALIFIERS, _QUALIFIER_LAST_WORDS, 5)
    if (
        used
        and not key[0].isalpha()
        and text[rest[-used][1] - 1 : rest[-used][1]] in ("<", ">", "=")
    ):
        used = 0  # "<>30", "=>30": not a comparison anyone writes
    if used and key == "over" and not _over_is_more(text, rest[:-used], figure_start):
        used = 0  # "rose 9% over two years", "rolled over 38 times": not "more than"
    if used:
        left.qualifier = LEFT_QUALIFIERS[key]
        left.start = rest[-used][1]
        rest = rest[:-used]
    elif rest and rest[-1][0] in ("between", "from"):
        figure_start = left.start
        left.between = rest[-1][0]
        left.start = rest[-1][1]
        rest = rest[:-1]
    # change: "rose 5%", "rose by 5%", "the death toll rose to 84", "up 12%"
    j = len(rest)
    prep = None
    if j and rest[-1][0] in ("by", "to", "at"):
        prep = rest[-1][0]
        j -= 1
    if j and rest[j - 1][0] in CHANGE_WORDS:
        verb = rest[j - 1][0]
        if verb in ("up", "down", "higher", "lower") and prep is not None and prep != "by":
            pass  # "up to 700" is a bound, read above; "down at 5" is not a change
        elif left.between == "from":
            # "rose from 73 to 84": two levels, not a range, and 73 is no change
            left.between = None
            left.change_from = True
            left.start = figure_start
        elif prep != "at":
            left.direction = CHANGE_WORDS[verb]
            left.change_by = prep != "to"
            left.change_prep = prep
    if len(rest) >= 2 and rest[-1][0] == "of" and rest[-2][0] in ("percent", "percents", "cent"):
        first = rest[-3] if rest[-2][0] == "cent" and len(rest) >= 3 else rest[-2]
        if first[0] in ("percent", "percents", "per"):
            left.percent_of = first[1]
    if rest and rest[-1][0] == "magnitude" and left.qualifier is None:
        left.magnitude_word = rest[-1][1]
    # an age phrase ends with one of a few words: the usual token before a figure is none
    age_used = 0
    if rest and rest[-1][0] in _AGE_LAST_WORDS:
        _age_key, age_used = _tail_phrase(rest, _AGE_WORDS, _AGE_LAST_WORDS, 2)
    if age_used:
        left.is_age = True
        left.start = rest[-age_used][1]
    return left


def _read_sign_and_currency(text: str, toks: list[_Token], left: _Left, start: int) -> int:
    """The sign and the currency that end ``toks`` (:func:`_read_left`'s first readings), set
    on ``left``: how many tokens are left before them."""
    k = len(toks)
    # a token is glued to what follows it when it ends where that starts: toks[i][2] == at

    # sign: "-5", "minus five", "$-99.99"
    if (
        k
        and toks[k - 1][0] in _SIGNS
        and (
            toks[k - 1][0][0].isalpha()
            or toks[k - 1][2] == start
            or _opens_line(text, toks[k - 1][1])  # "- 1,200,000" at the start of a line
        )
        and (
            toks[k - 1][0][0].isalpha()
            or k == 1
            or toks[k - 2][2] != toks[k - 1][1]
            or not toks[k - 2][0][-1].isalnum()  # "<-30", "(-5)"; not "40-50" or "F-16"
        )
        # "T-minus 40 seconds" counts down: the time left, not a negative one
        and text[toks[k - 1][1] - 2 : toks[k - 1][1]] not in ("T-", "t-")
    ):
        left.negative = True
        left.start = toks[k - 1][1]
        k -= 1
    # currency before the figure: "$", "US$", "C$", "c $", "£", "USD", "MUSD", "Rs."
    if k:
        t, t_start = toks[k - 1][0], toks[k - 1][1]
        code: str | None = None
        used = 1
        if t == "$":
            code = "USD"
            if k >= 2:
                p, p_start, p_end = toks[k - 2][:3]
                pre = CURRENCY_PREFIXES.get(p)
                spaced_ok = len(p) > 1 or p == "c"
                if pre is not None and (p_end == t_start or spaced_ok):
                    code, used, t_start = pre, 2, p_start
        elif t in _LOWER_SYMBOLS:
            code = _LOWER_SYMBOLS[t]
        elif toks[k - 1][3] in CURRENCY_SYMBOLS:
            code = CURRENCY_SYMBOLS[toks[k - 1][3]]  # "Rs 500 crore"
        elif t.isalpha() and 3 <= len(t) <= 4:
            # codes are case-sensitive as written: "USD 200" yes, "ALL 5 solutions" no
            got = _code_with_millions(toks[k - 1][3])
            if got is not None:
                code, left.multiplier = got
        elif t in ("dollar", "dollars", "euro", "euros"):
            code = currency_word(t)
        if code is not None and code != "USD_cent":
            left.currency, left.currency_start = code, t_start
            left.start = t_start
            k -= used
            # a sign glued before the currency: "-$5"
            if not left.negative and k and toks[k - 1][0] in _MINUS and toks[k - 1][2] == t_start:
                left.negative = True
                left.start = toks[k - 1][1]
                k -= 1
    return k


def _currency_token_forms() -> frozenset[str]:
    """Every lower-case ASCII token that :func:`_read_sign_and_currency` may read as a currency:
    "$", a sign ("c$", "rs."), a code ("usd", "eur") or one in millions ("musd"), a word."""
    codes = {c.lower() for c in [*CURRENCY_SYMBOLS, *CURRENCY_CODES, *CURRENCY_CODES_LOWER]}
    threes = {c for c in codes if len(c) == 3}
    return frozenset(
        codes | {"m" + c for c in threes} | {"$", "dollar", "dollars", "euro", "euros"}
    )


_SIGN_OR_CURRENCY_TOKENS = _SIGNS | _currency_token_forms()
"""The lower-case ASCII tokens that may open a sign or a currency reading on the left of a
figure; any other token (or one beyond ASCII) leaves both readings with nothing to take."""


_LOWER_SYMBOLS = {k.lower(): v for k, v in CURRENCY_SYMBOLS.items() if not k.isalpha()}
_ONE_TOKEN_READINGS = (
    _SIGNS
    | {"$", "dollar", "dollars", "euro", "euros", "between", "from", "magnitude"}
    | set(_LOWER_SYMBOLS)
    | set(_QUALIFIER_LAST_WORDS)
    | set(CHANGE_WORDS)
    | set(_AGE_LAST_WORDS)
)
"""Every lower-case token that :func:`_read_left` can take alone: a sign, a currency, the end
of a qualifier, "between"/"from", a verb of change, "magnitude", the end of an age phrase."""


@lru_cache(maxsize=4096)
def _reads_nothing(written: str) -> bool:
    """Whether :func:`_read_left` takes nothing from a lone token written ``written`` ("said",
    "killed"): not one of :data:`_ONE_TOKEN_READINGS` in lower case (a token's first field),
    no currency sign as written, no currency code. Cached: the words before figures repeat,
    and the verdict depends on the word alone (tests/test_quantities_reads_nothing.py)."""
    low = written.lower()
    return (
        low not in _ONE_TOKEN_READINGS
        and written not in CURRENCY_SYMBOLS
        and not (low.isalpha() and 3 <= len(low) <= 4 and _code_with_millions(written) is not None)
    )


_CLAUSE_MARKS = ("", ".", ",", ";", ")", "\n")
"""What ends the text after a bare year ("in 1962.", "since 2007,"): no reading of
:func:`_build` starts with one of these, so none can make the year a quantity."""


def _bare_year(text: str, num: NumberRead, left: _Left) -> bool:
    """A year that nothing qualifies before the clause ends ("in 1962.", "since 2007,"): the
    calendar's, as :func:`_build` would decide after trying every reading on the right; decided
    here before them (years are a fifth of the figures that give no mention)."""
    return (
        not num.words
        and num.end - num.start == 4
        and 1000 <= num.value <= 2100
        and num.value.is_integer()
        and text[num.end : num.end + 1] in _CLAUSE_MARKS
        and _FOUR_DIGITS.fullmatch(text, num.start, num.end) is not None
        # no sign, currency, qualifier, change or age on the left
        and (left is _NOTHING_LEFT or left == _Left(num.start))
    )


def _build(text: str, num: NumberRead, toks: list[_Token]) -> tuple[NumberMention | None, int]:
    value = num.value
    step = num.step
    end = num.end

    # ---- left: sign, currency, qualifier, "between"/"from", change verb, age ----
    left = _read_left(text, toks, num.start)
    if num.end - num.start == 4 and _bare_year(text, num, left):
        return None, num.end  # a year has four characters: the usual figure skips the call
    start = num.start if left is _NOTHING_LEFT else left.start
    if left.negative and value > 0:
        value = -value
    # ---- right: unit, age, noun, range, right qualifier ----
    # The usual count ("said 84 people were"): a lower-case word one blank after the figure
    # that no reading before the counted noun opens with, and nothing on the left that one
    # of them needs. Each reading below would test its own head and give nothing; one
    # lookup of the word tells them all.
    quiet_left = (
        left.currency is None
        and not left.is_age
        and left.percent_of < 0
        and left.magnitude_word < 0
        and not (num.words and 0 < value < 1)
    )
    plain = _plain_right_word(text, end) if quiet_left else None
    if plain is not None:
        usual = _usual_count(text, num, plain, left, start, value)
        if usual is not None:
            return usual, usual.end
    elif quiet_left:
        mark = text[end : end + 1]
        if mark == "-":
            # a hyphened unit or age before a quiet word ("a 394-foot ferry", "the 47-year-old
            # driver"); _usual_measure finds nothing here: both its patterns open with a blank
            hyphened = _usual_hyphened(text, num, left, start, value)
            if hyphened is not None:
                return hyphened, hyphened.end
        elif mark == "%":
            # a percent before a quiet word ("50% of the city", "15% contained"); nor does
            # _usual_measure find anything here
            percent = _usual_percent(text, num, left, start, value)
            if percent is not None:
                return percent, percent.end
        else:
            if mark in _MARKS_AFTER_BARE:
                # a bare figure that a mark closes ("injuring 40, the", "rose to 131.")
                bare = _usual_bare_count(text, num, left, start, value)
                if bare is not None:
                    return bare
            # the usual measure ("500 yards were", "2,300 feet from"), told by the same left
            measure = _usual_measure(text, num, left, start, value)
            if measure is not None:
                return measure, measure.end
    unit: _Unit | None = None
    if left.currency is not None:
        unit = _Unit(left.currency, end, left.currency_start, stated=left.currency)
        value *= left.multiplier
        step *= left.multiplier
        # a magnitude glued after a currency ("$5m", "€10M", "$2.174T"): re-read with
        # suffixes; figures in digits were read without them, which stops short of this reading
        # only before an ambiguous suffix ("$600 million" is read whole already)
        again = (
            read_number(text, num.start, suffixes=True)
            if not text[num.start].isdigit() or ambiguous_suffix_at(text, num.end)
            else None
        )
        if again is not None and again.end > num.end and num.value:
            factor = again.value / num.value
            value, step, end = value * factor, again.step * left.multiplier, again.end
            num = again
    qual = left.qualifier
    between = left.between
    direction = left.direction
    is_age = left.is_age
    if unit is None and left.percent_of >= 0 and _clause_ends(text, end):
        # "per cent of twenty-two" (the order of spoken queries): the unit comes first
        unit = _Unit("percent", end, stated="percent")
        start = left.percent_of

    high_value: float | None = None
    high_step = 0.0
    noun: tuple[str, str, int] | None = None
    quiet_at = -1  # where no right qualifier can open (a quiet word, read after a unit)
    if plain is not None:
        r_end = end
        kind = dimension = "count"
    else:
        near = text[end : end + 3].lower()
        ratio = _OUT_OF.match(text, end) if " o" in near or " i" in near else None
        if ratio is not None and left.currency is None:
            # "three out of four voters", "one in five adults": proportions; "one over three"
            # (read aloud) a fraction, but only when nothing follows the divisor ("20 over three
            # days" is a duration); "in" never before a year ("3 in 2020")
            den = read_number(text, ratio.end(), suffixes=False)
            how = ratio.group(1).lower()
            proportion = (
                den is not None
                and how in ("out", "in")
                and 0 < value < den.value
                and (how == "out" or (value.is_integer() and _not_a_year(text, den)))
            )
            spoken = how == "over" and den is not None and _clause_ends(text, den.end)
            if den is not None and not den.ordinal and den.value and (proportion or spoken):
                value, step, end = value / den.value, 0.0, den.end
                num = NumberRead(value, num.start, end, 0.0, num.words, False, num.magnitude)
        r_end = end
        if unit is None:
            unit = _read_unit(text, num, end)
            if unit is None and num.words and 0 < value < 1:
                # "half an hour", "three quarters of a mile": a fraction of one unit
                of_a = _OF_A.match(text, end)
                if of_a is not None:
                    unit = _read_unit(text, num, of_a.end())
            if unit is None and _suffix_follows(text, end):
                again = read_number(text, num.start, suffixes=True)
                if again is not None and again.end > num.end and num.value:
                    # "5m people", "2mil SEK": the ambiguous suffix is a magnitude after all
                    value *= again.value / num.value
                    step, end, num = again.step, again.end, again
                    r_end = end
                    unit = _read_unit(text, num, end)
            if unit is None:
                m_near = "m" in text[end : end + 2].lower()
                mcode = _MILLION_CODE.match(text, end) if m_near else None
                if mcode is not None:
                    got = _code_with_millions(mcode.group(1))
                    if got is not None:
                        unit = _Unit(got[0], mcode.end(), stated=got[0])
                        value *= got[1]
                        step *= got[1]
            if unit is not None:
                r_end = unit.end
                if is_currency(unit.name):
                    mag = _TRAILING_MAGNITUDE.match(text, r_end)
                    if mag is not None:
                        # "75 USD million"
                        word = mag.group(1)
                        factor = SCALES.get(fold_case(word), 0.0) or MAGNITUDE_SUFFIXES[word]
                        value *= factor
                        step *= factor
                        r_end = mag.end()
        elif unit.start < 0 or unit.start >= num.start:
            r_end = unit.end
        if unit is not None and is_currency(unit.name):
            rate = _rate_denominator(text, r_end)
            if rate is not None:
                # "$15.4/hour", "$350 per kg", "50 cents per kWh": money per unit is a price or a
                # wage, measured in its own unit and never compared with a sum
                name = f"{unit.name} / {rate[0]}"
                unit = _Unit(name, rate[1], unit.start, stated=name)
                r_end = rate[1]
        # where one blank and a lower-case word that opens none of the readings below follow
        # the unit ("feet from", "% of the"), each of their tests is skipped while the reading
        # ends there (tests/test_quantities_quiet_word.py)
        quiet = _QUIET_WORD.match(text, r_end)
        quiet_at = r_end if quiet is not None and quiet.group(1) not in _AFTER_UNIT_OPENERS else -1
        below = (
            _BELOW_ZERO.match(text, r_end)
            if r_end != quiet_at and "below" in text[r_end : r_end + 8]
            else None
        )
        if below is not None and (unit is None or unit.name in _TEMPERATURES) and value > 0:
            # "10 degrees below zero", "2 below zero"
            value, r_end = -value, below.end()
            if unit is None:
                unit = _Unit("degree", r_end, stated="degree")
        half = (
            _AND_A_HALF.match(text, r_end)
            if unit is not None and r_end > end and r_end != quiet_at
            else None
        )
        if half is not None:
            value += 0.5  # "a day and a half", "two hours and a half"
            step, r_end = 0.0, half.end()
        elif unit is not None and unit.name in _COMPOUNDS and r_end > end:
            # "5 feet 2 inches", "an hour and 45 minutes", "13 dollars and 45 cents": one figure
            more = _read_compound(text, r_end, unit.name, and_ok=between is None)
            if more is not None:
                value += more[0]
                step = more[1]
                r_end = more[2]
        # an age opens with "year", "month", "week", "day" or "y(r)(s)" after blanks or a hyphen
        age_head = text[end : end + 4].lstrip(_AGE_RIGHT_BLANKS)[:1]
        age_m = _AGE_RIGHT.match(text, end) if age_head in _AGE_RIGHT_HEADS else None
        age_unit = None
        if age_m is not None and (unit is None or unit.name in _TIME_UNITS):
            age_unit = next(g for g in age_m.groups() if g is not None).lower()
            age_unit = {"yr": "year", "yrs": "year", "yo": "year", "y.o.": "year"}.get(
                age_unit, age_unit
            )
            unit = _Unit(age_unit, age_m.end(), stated=age_unit)
            r_end = age_m.end()
            is_age = True
        elif is_age and unit is None and not 0 <= value <= _OLDEST_AGE:
            is_age = False  # "the Middle Ages 1200 people": no one is 1,200 years old
            start = num.start
        elif is_age and unit is None:
            unit = _Unit("year", end, stated="year")
        elif is_age and unit is not None and unit.name not in _TIME_UNITS:
            is_age = False

        # a second currency sign after the figure ("10 $", "-15€", "100元")
        pm = (
            _PLUS_MINUS.match(text, r_end)
            if r_end != quiet_at
            and ("+" in text[r_end : r_end + 3] or "±" in text[r_end : r_end + 3])
            else None
        )
        if pm is not None and qual is None:
            # "9.83e-3 +/- 1e-5 km/s2", "3 ± 0.5 m": a figure with its margin
            margin = read_number(text, pm.end(), suffixes=False)
            if margin is not None and not margin.ordinal and margin.value > 0:
                u2 = _read_unit(text, margin, margin.end)
                if unit is None or u2 is None or u2.name == unit.name:
                    unit = unit or u2
                    high_value = value + margin.value
                    value -= margin.value
                    step = high_step = 0.0
                    r_end = u2.end if u2 is not None else margin.end
        sep = (
            _RANGE_SEP.match(text, r_end)
            if r_end != quiet_at and text[r_end : r_end + 4].lstrip(_BLANKS)[:1] in _RANGE_SEP_HEADS
            else None
        )
        if (
            sep is not None
            and sep.group("sep").lower() in ("to", "through", "thru")
            and (left.change_from or left.change_prep == "by")
            and not _unit_shared_by_range(text, num, value, unit, sep, between)
        ):
            sep = None  # "rose by 5 to 17", "rose from 12 to 17": a change or a start, then a level
        if (
            sep is not None
            and high_value is None
            and qual in (None, "approximately")
            and (not is_age or between is not None)  # "aged between 24 and 31"
        ):
            rng = _read_range_end(text, num, value, unit, sep, between)
            if rng is not None:
                if rng[0] != value:
                    step *= rng[0] / value  # the low end took the high end's scale
                value, high_value, high_step, unit, r_end = rng
        if (
            unit is None
            and high_value is None
            and not is_age
            and text[end : end + 5].lower() == " and "
        ):
            shared = _shared_unit(text, end)
            if shared is not None:
                # "45 and 50 mg": the unit written once belongs to both figures
                unit = _Unit(shared.name, end, stated=shared.stated)
        if (
            unit is not None
            and unit.name in ("degree_Celsius", "degree_Fahrenheit")
            and ((direction is not None and left.change_by) or _DIFFERENCE.match(text, r_end))
        ):
            # "rose by 2C", "1.5C of warming", "3C above average": a difference of temperature,
            # which converts without the offset
            unit = _Unit("delta_" + unit.name, unit.end, stated="delta_" + unit.name)
        if unit is None and num.words and 0 < value < 1 and high_value is None:
            point = _POINT_AFTER.match(text, r_end)
            if point is not None:
                # "a quarter-point cut", "half a point": a fraction of a percentage point
                unit = _Unit("percentage_point", point.end(), stated="percentage_point")
                r_end = point.end()
        if unit is None and left.magnitude_word >= 0:
            if left.magnitude_word < start:  # "magnitude 7.8": the scale is the noun
                start = left.magnitude_word
            noun = ("magnitude", "magnitude", r_end)
        # a count (no unit) is told without the call
        kind, dimension = ("count", "count") if unit is None else _kind_of(unit, is_age)
        if unit is not None and unit.name == "degree":
            if _temperature_context(text, start, r_end):
                # "temperatures of 40 degrees": a temperature whose scale the text does not give;
                # kept in degrees, apart from both angles and scaled temperatures
                dimension = _UNSCALED_TEMPERATURE
            elif not _angle_context(text, start, r_end):
                # "Madrid hit 95 degrees": neither an angle nor a temperature is guessed
                dimension = _UNSTATED_DEGREES
        if (
            unit is None
            and not is_age
            and noun is None
            and high_value is None
            and qual in (None, "exact", "approximately")
            and r_end != quiet_at
        ):
            near_plus = text[r_end : r_end + 6]
            plus_near = "lus" in near_plus or "+" in near_plus
            plus = _PLUS_AFTER.match(text, r_end) if plus_near else None
            if plus is not None and not _figure_follows(text, plus.end()):
                # "3,000-plus injured", "3,000 plus visitors": at least the figure, and the noun
                # comes after the "plus" ("2 plus 2" is a sum, not a bound)
                qual, r_end = "at_least", plus.end()
    if unit is None and not is_age and noun is None:
        noun = _read_noun(text, r_end, allow_of=True, one=value == 1, pair=plain)
        if noun is not None:
            r_end = noun[2]
    if noun is not None and noun[1] == "time" and high_value is None:
        per = _rate_denominator(text, noun[2])
        if per is not None and per[0] in _TIME_UNITS:
            # "four times per week", "three times a day": a frequency, counted per unit of time
            unit = _Unit(f"count / {per[0]}", per[1], stated=f"count / {per[0]}")
            noun, r_end = None, per[1]
            kind, dimension = "quantity", ""
    if unit is None and noun is None and qual is None and _apposed_age(text, num):
        # "The driver, 47, was taken to hospital": an age in apposition
        unit, is_age = _Unit("year", num.end, stated="year"), True
        kind, dimension = _kind_of(unit, is_age)
    # a fraction of a whole ("three-fifths of the farmland", "two thirds") is a proportion:
    # stated as written, normalised to percent so that it meets "60%" of another report
    proportion = unit is None and num.step == 0.0 and 0 < value < 1 and high_value is None
    # right qualifiers: "200 or more", "100+", "40-odd", "100 people or so"
    rq = (
        _RIGHT_QUALIFIER.match(text, r_end)
        if high_value is None
        and r_end != quiet_at
        and text[r_end : r_end + 4].lstrip(_BLANKS)[:1] in _RIGHT_QUALIFIER_HEADS
        else None
    )
    if rq is None and high_value is None and r_end != end and text.startswith("+", end):
        rq = _RIGHT_QUALIFIER.match(text, end)  # "100+ people": the plus right after the figure
    if rq is not None and rq.group("w") is not None and _figure_follows(text, rq.end()):
        rq = None  # "equal to 5000 or less than 6000": a second comparison, not a qualifier
    if rq is not None:
        if rq.group("plus") is not None:
            rqual = "at_least"
        elif rq.group("odd") is not None:
            rqual = "approximately"
        else:
            rqual = RIGHT_QUALIFIERS[" ".join(fold_case(rq.group("w")).split())]
        if rqual == "at_least_or_most":
            if qual in ("more_than", "at_least"):
                qual = "at_least"
                r_end = max(r_end, rq.end())
            elif qual in ("less_than", "at_most"):
                qual = "at_most"
                r_end = max(r_end, rq.end())
        elif qual is None or qual in ("exact", "approximately"):
            qual = rqual  # "about 500 or more" is at least 500
            r_end = max(r_end, rq.end())

    if high_value is not None:
        qual = "range"
    # ---- a year alone or before a singular noun: the calendar's, not a count ----
    if (
        unit is None
        and (noun is None or noun[0] == noun[1])  # "the 2017 assessment"; not "1500 people"
        and qual is None
        and direction is None
        and not num.words
        and value.is_integer()
        and 1000 <= value <= 2100
        and _FOUR_DIGITS.fullmatch(text[num.start : num.end]) is not None
    ):
        return None, num.end
    # "half" and "quarter" alone are idioms ("the first half", "a quarter past") unless
    # something quantifies them; "two thirds", "a fifth" are figures
    if (
        unit is None
        and qual is None
        and noun is None
        and text[num.start : num.end].lower() in ("half", "quarter", "a quarter")
        and text[num.end : num.end + 4].lower() != " of "  # "half of the districts"
    ):
        return None, num.end

    # By position, in the order of the parameters: the one call per figure with seventeen
    # keywords cost 9k instructions more than by position (3% of the scan).
    mention = _make_mention(
        start,
        r_end,  # end
        num.start,  # core_start
        num.end,  # core_end
        value,
        step,
        high_value,  # high
        high_step,
        unit,
        noun,
        kind,
        dimension,
        qual,
        direction,
        is_age,
        num.magnitude,  # magnitude
        proportion,
    )
    return mention, num.end if num.end > r_end else r_end


def _usual_count(
    text: str, num: NumberRead, plain: re.Match[str], left: _Left, start: int, value: float
) -> NumberMention | None:
    """The mention :func:`_build` makes of the usual count, a figure with a counted noun one
    blank after it ("said 84 people were", "more than 100 people", "Nineteen firefighters");
    None where some reading on the right may take part, which :func:`_build` then tries.

    ``plain`` is the match of :func:`_plain_right_word` after the figure, a lower-case word
    that opens no reading but the noun, and :func:`_build` finds it only where nothing on the
    left needs a reading on the right (no currency, age, "percent of" or "magnitude"): no
    unit, age, range, compound or sign after the figure is read, and of the left's readings
    only its start, sign (``value``), qualifier and change are kept. What is left of
    :func:`_build` is the noun, a right qualifier after it ("84 people or more") and the
    calendar's year ("the 2017 assessment"), each decided here or handed back
    (tests/test_quantities_usual_count.py proves the mentions equal).
    """
    if (0 < value < 1 and num.step == 0.0) or plain.group(1) == "of":
        return None  # "½ people": a proportion; "four of them": a partitive, read in full
    noun = _read_noun(text, num.end, allow_of=True, one=value == 1, pair=plain)
    if noun is None or noun[1] == "time" or (noun[0] == noun[1] and num.end - num.start == 4):
        return None  # no noun (an apposed age?), a frequency, a year before a singular noun
    end = noun[2]
    head = text[end : end + 4].lstrip(_BLANKS)[:1]
    if head in _RIGHT_QUALIFIER_HEADS and _RIGHT_QUALIFIER.match(text, end) is not None:
        return None  # "84 people or more"
    # the record _make_mention makes of a count of no unit, built here without its tests of
    # units, ranges and proportions
    qualifier, lo, hi, lo_closed, hi_closed = _qualified_interval(
        left.qualifier, value, value, num.step, 0.0, "count", None, False, num.magnitude
    )
    # the fields by position, in their order, as _make_mention passes them
    return NumberMention(
        start,
        end,
        num.start,
        num.end,
        "count",
        qualifier,
        value,
        value,
        noun[0],
        lo,
        hi,
        lo_closed,
        hi_closed,
        noun[1],
        noun[1],
        left.direction,
        "count",
        False,
    )


_MARKS_AFTER_BARE = frozenset(["", ",", ";", ":", ")", ".", "!", "?", "\n"])
"""What may close a figure for :func:`_usual_bare_count`: the text's end or a mark that opens
no reading on the right of a figure (each of them starts with a blank, a letter, a sign such as
"%", "-", "+" or "(", or reads a glued word)."""


def _usual_bare_count(
    text: str, num: NumberRead, left: _Left, start: int, value: float
) -> tuple[NumberMention | None, int] | None:
    """What :func:`_build` gives for a figure in digits that a mark closes right after it
    ("injuring 40, the", "rose to at least 93,", "The driver, 47, was"); None where it must
    read on, which only a figure in words does ("minus half,": the idiom of "half" alone).

    :func:`_build` asks it where nothing on the left needs a reading on the right (no
    currency, age, "percent of" or "magnitude"), as it asks :func:`_plain_right_word`, and
    only before one of :data:`_MARKS_AFTER_BARE`. There no reading on the right takes
    anything: no unit, proportion, magnitude suffix, age, range, margin, bound, noun or right
    qualifier opens with such a mark. What is left of :func:`_build` is the age in apposition,
    the calendar's year and the proportion of a fraction in digits, decided here as there
    (tests/test_quantities_usual_bare.py proves the results equal)."""
    if num.words:
        return None
    qual = left.qualifier
    unit: _Unit | None = None
    is_age = False
    kind = dimension = "count"
    if qual is None and _apposed_age(text, num):
        # "The driver, 47, was taken to hospital": an age in apposition
        unit, is_age = _Unit("year", num.end, stated="year"), True
        kind, dimension = _kind_of(unit, is_age)
    elif (
        qual is None
        and left.direction is None
        and value.is_integer()
        and 1000 <= value <= 2100
        and _FOUR_DIGITS.fullmatch(text, num.start, num.end) is not None
    ):
        return None, num.end  # a year alone: the calendar's, not a count
    mention = _make_mention(
        start,
        num.end,  # end
        num.start,  # core_start
        num.end,  # core_end
        value,
        num.step,
        None,  # high
        0.0,  # high_step
        unit,
        None,  # noun
        kind,
        dimension,
        qual,
        left.direction,
        is_age,
        num.magnitude,
        unit is None and num.step == 0.0 and 0 < value < 1,  # proportion
    )
    return mention, num.end


def _usual_measure(
    text: str, num: NumberRead, left: _Left, start: int, value: float
) -> NumberMention | None:
    """The mention :func:`_build` makes of the usual measure, a figure, one blank, a unit word
    and one blank and a quiet word ("500 yards were", "about 2,300 feet from", "12 inches of");
    None where some reading on the right may take part, which :func:`_build` then tries.

    :func:`_build` asks it where it asks :func:`_plain_right_word`, and that found no plain
    word: nothing on the left needs a reading on the right (no currency, age, "percent of" or
    "magnitude"). The unit is the one :func:`_read_unit` reads from the word alone
    (:func:`_lone_unit_name`); :func:`_usual_measure_unit` keeps only the units none of whose
    further readings can take part (no currency, temperature, percent, proportion or age); and
    after the quiet word (``_QUIET_WORD``, none of ``_AFTER_UNIT_OPENERS``) :func:`_build`
    skips its readings of a range, a margin, a bound or a qualifier, as here. The compound of
    smaller units ("5 feet 2 inches") needs a number after the unit, which a word of two
    letters or more that opens none (``NUMBER_WORD_HEADS``) rules out, as
    :func:`_read_compound` does (tests/test_quantities_usual_measure.py proves the mentions
    equal). A mark after the unit word ends the readings as the quiet word does ("5 hours,",
    "20 hectares."), but for a compound past a comma ("5 feet, 2 inches") and a unit reader
    that reads on past a point ("m. o." is a month): tests/test_quantities_usual_measure_marks.py.
    """
    end = num.end
    lone = _LONE_UNIT_WORD.match(text, end)
    if lone is None:
        # the unit word before a mark that ends the reading ("5 hours, and", "20 hectares.")
        marked = _UNIT_BEFORE_MARK.match(text, end)
        if marked is None:
            return None
        word, mark = marked.group(1, 2)
        name = _usual_measure_unit(word)
        if name is None:
            name = _time_unit_not_age(text, end, word)
            if name is None:
                return None
        if mark == "," and name in _COMPOUNDS and name not in _TIME_UNITS:
            return None  # "5 feet, 2 inches": a compound may go on past a comma
        if mark == "." and (len(word) < 3 or word.lower() in _phrase_starts()):
            return None  # the unit reader reads on past the point ("m. o.", "k. g.")
    else:
        if _unit_goes_on(lone.group(2)):
            return None
        name = _usual_measure_unit(lone.group(1))
        if name is None:
            name = _time_unit_not_age(text, end, lone.group(1))
            if name is None:
                return None
        return _measure_mention(text, num, left, start, value, name, lone.end(1), False)
    return _measure_mention(text, num, left, start, value, name, marked.end(1), True)


def _measure_mention(
    text: str,
    num: NumberRead,
    left: _Left,
    start: int,
    value: float,
    name: str,
    unit_end: int,
    marked: bool,
) -> NumberMention | None:
    """The mention of the usual measure (:func:`_usual_measure`, :func:`_usual_hyphened`) of
    the figure ``num`` and its unit ``name``, whose word ends at ``unit_end``; before a mark
    that ends the readings (``marked``) or before one blank and a quiet word (``_QUIET_WORD``,
    none of ``_AFTER_UNIT_OPENERS``, nor the start of a number after a unit of a compound),
    which is checked here: None where another word follows."""
    if not marked:
        quiet = _QUIET_WORD.match(text, unit_end)
        if quiet is None:
            return None
        word = quiet.group(1)
        if word in _AFTER_UNIT_OPENERS or (
            name in _COMPOUNDS and (len(word) < 2 or word[:2] in NUMBER_WORD_HEADS)
        ):
            return None
    unit = _Unit(name, unit_end, -1, name)
    kind, dimension = _kind_of(unit, False)
    return _make_mention(
        start,
        unit_end,  # end
        num.start,  # core_start
        num.end,  # core_end
        value,
        num.step,
        None,  # high
        0.0,  # high_step
        unit,
        None,  # noun
        kind,
        dimension,
        left.qualifier,
        left.direction,
        False,  # is_age
        num.magnitude,
        False,  # proportion
    )


_UNIT_BEFORE_MARK = re.compile(r" ([A-Za-z]+)([,;:)!?]|\.(?![A-Za-z]))")
"""A word between a blank and a mark after a figure: a comma, semicolon, colon, bracket, "!",
"?", or a point that no letter follows ("y.o.", "m.p.h" read on); not a line break, which
the readings of "per" and powers take for a blank ("5 metres\nper hour")."""

_MEASURE_OTHER_READINGS = frozenset(
    [
        *("out", "over", "in"),  # _OUT_OF: "one in five", "3 out of 4"
        *("year", "years", "month", "months", "week", "weeks", "day", "days"),  # _AGE_RIGHT
        *("yr", "yrs", "yo"),  # _AGE_RIGHT: "30 yrs old"
    ]
)
"""The words (lower case) after a figure and a blank that open a reading of :func:`_build`
before its unit's: a proportion or an age."""


@lru_cache(maxsize=4096)
def _usual_measure_unit(word: str) -> str | None:
    """The unit ``word`` alone names after a figure (:func:`_lone_unit_name`) when no other
    reading of :func:`_build` can take it: not a currency (a magnitude or rate may follow), a
    temperature or degree (a difference, a context), a percent nor a word that opens a
    proportion or an age; else None. Cached: unit words repeat."""
    if word.lower() in _MEASURE_OTHER_READINGS:
        return None
    return _usual_hyphened_unit(word)


@lru_cache(maxsize=4096)
def _usual_hyphened_unit(word: str) -> str | None:
    """:func:`_usual_measure_unit` after a hyphen ("5-day", "96-hour"), where no word opens a
    proportion (``_OUT_OF`` opens with a blank) and an age is read before the unit is asked
    (:func:`_usual_hyphened`). Cached: unit words repeat."""
    name = _lone_unit_name(word)
    if (
        not name
        or is_currency(name)
        or name in _TEMPERATURES
        or name in ("percent", "percentage_point", "basis_point")
    ):
        return None
    return name


def _usual_percent(
    text: str, num: NumberRead, left: _Left, start: int, value: float
) -> NumberMention | None:
    """The mention :func:`_build` makes of a figure glued to "%" before one blank and a quiet
    word ("50% of the city's", "It was 15% contained"); None where some other reading may take
    part, which :func:`_build` then tries. Asked where :func:`_usual_measure` is, with a "%"
    right after the figure.

    The unit reader reads the sign as percent (``_PERCENT_RIGHT``), and nothing but a unit
    opens with it: no proportion, age, compound or degree reading. After the quiet word
    (``_QUIET_WORD``, none of ``_AFTER_UNIT_OPENERS``) no range, margin, bound or qualifier is
    read, as in :func:`_usual_measure` (tests/test_quantities_usual_percent.py proves the
    mentions equal)."""
    end = num.end + 1
    quiet = _QUIET_WORD.match(text, end)
    if quiet is None or quiet.group(1) in _AFTER_UNIT_OPENERS:
        return None
    return _make_mention(
        start,
        end,
        num.start,  # core_start
        num.end,  # core_end
        value,
        num.step,
        None,  # high
        0.0,  # high_step
        _Unit("percent", end, -1, "percent"),
        None,  # noun
        "quantity",  # kind: _kind_of of a percent
        "percent",  # dimension
        left.qualifier,
        left.direction,
        False,  # is_age
        num.magnitude,
        False,  # proportion
    )


_AGE_UNIT_WORDS = frozenset(w + s for w in ("year", "month", "week", "day") for s in ("", "s"))
"""The words of _MEASURE_OTHER_READINGS that open an age only with the words after them
("5 years old", "5 years of age"): ``_AGE_RIGHT``, which the others open whatever follows
("5 yrs", "one in five")."""


def _time_unit_not_age(text: str, end: int, word: str) -> str | None:
    """The unit of a year, month, week or day ``word`` after a figure ending at ``end`` and a
    blank that no age reading takes ("four years ago", "in 60 years, the"), as
    :func:`_usual_measure_unit` gives it for other words; None for any other word, or where
    ``_AGE_RIGHT`` matches, which :func:`_build` then reads."""
    if word.lower() not in _AGE_UNIT_WORDS or _AGE_RIGHT.match(text, end) is not None:
        return None
    return _usual_hyphened_unit(word)


_HYPHENED_WORD = re.compile(r"-([A-Za-z]+) ([a-z]+)(?![A-Za-zµμΩ])")
"""A hyphen glued to a figure, a word glued to it, and one blank and a lower-case word:
``_LONE_UNIT_WORD`` with a hyphen for its first blank ("394-foot ferry")."""


def _usual_hyphened(
    text: str, num: NumberRead, left: _Left, start: int, value: float
) -> NumberMention | None:
    """The mention :func:`_build` makes of a figure glued to a hyphen and an age or a unit
    word, then one blank and a quiet word ("the 47-year-old driver", "a 394-foot ferry", "a
    20-mile radius"); None where some other reading may take part, which :func:`_build` then
    tries. Asked where :func:`_usual_measure` is, with a hyphen right after the figure.

    An age ("-year-old", ``_AGE_RIGHT``) is read as :func:`_build` reads it once the unit reader
    turned the hyphened time unit down; otherwise the unit reader, after the hyphen, reads the
    word as it reads it after a blank (:func:`_lone_unit_name`), with no "per" compound, and
    :func:`_usual_hyphened_unit` keeps the units that no further reading can take. After the
    quiet word (``_QUIET_WORD``, none of ``_AFTER_UNIT_OPENERS``) no range, margin, compound,
    bound or qualifier is read, as in :func:`_usual_measure`
    (tests/test_quantities_usual_hyphened.py proves the mentions equal)."""
    end = num.end
    age = _AGE_RIGHT.match(text, end)
    if age is not None:
        # "-year-old", "-week-old": the only forms of an age that open with a hyphen
        quiet = _QUIET_WORD.match(text, age.end())
        if quiet is None or quiet.group(1) in _AFTER_UNIT_OPENERS:
            return None
        name = age.group("u1").lower()
        unit = _Unit(name, age.end(), -1, name)
        kind, dimension = _kind_of(unit, True)
        return _make_mention(
            start,
            age.end(),  # end
            num.start,  # core_start
            end,  # core_end
            value,
            num.step,
            None,  # high
            0.0,  # high_step
            unit,
            None,  # noun
            kind,
            dimension,
            left.qualifier,
            left.direction,
            True,  # is_age
            num.magnitude,
            False,  # proportion
        )
    hyphened = _HYPHENED_WORD.match(text, end)
    if hyphened is None or _unit_goes_on(hyphened.group(2)):
        return None
    name = _usual_hyphened_unit(hyphened.group(1))
    if name is None:
        return None
    return _measure_mention(text, num, left, start, value, name, hyphened.end(1), False)


_PLUS_AFTER = re.compile(r"(?:[ \t]+|[ ]?-[ ]?)plus(?![\w-])|\+(?![\d+/=-])", re.IGNORECASE)
_APPOSITION_AFTER = re.compile(r"[ \t]*(?:[,;)]|\.(?![\d.]|[A-Za-z])|$)")
_COPULA_AFTER = re.compile(
    r"[ \t]*(?:[,;)!?]|\.(?![\d.]|[A-Za-z])|$|(?:when|at|and|but|as|while)(?![A-Za-z]))"
)


def _person_noun(word: str, *, names: bool) -> bool:
    """A noun of people ("driver", "man", "victims"), or with ``names`` a capitalised name."""
    low = word.lower()
    if low in AGE_PERSON_NOUNS or _lemma(low) in AGE_PERSON_NOUNS:
        return True
    return names and word[0].isupper() and low not in MONTHS


def _apposed_age(text: str, num: NumberRead) -> bool:
    """A whole figure 1-120 after a person and a comma, set off by a comma, a semicolon or the
    sentence's end: "Hamish Harding, 58, of Dubai", "The driver, 54, was", "a man, 19."; or
    after a person and "was"/"is" with nothing after it that makes it another quantity: "The
    victim was 45", "the man, who was 19, fled"."""
    if num.words or not num.value.is_integer() or not 1 <= num.value <= 120:
        return False
    toks = _tokens_left(text, num.start, 4)
    if len(toks) >= 2 and toks[0][0] == "," and text[num.start - 2 : num.start - 1] == ",":
        word, at = toks[1]
        if not word[:1].isalpha():
            return False
        # a capitalised word that opens its sentence is a name only when it is no sentence
        # adverb and a verb follows the figure's comma ("Hug, 40, won"; not "Overall, 45,
        # were hurt" nor "Overall, 45, or 12%, were hurt")
        opens = text[max(0, at - 2) : at].strip() in ("", ".", "!", "?")
        names = not opens or _opening_name(word, text, num.end)
        return _person_noun(word, names=names) and (
            _APPOSITION_AFTER.match(text, num.end) is not None
        )
    if not toks or toks[0][0] not in ("was", "is"):
        return False
    rest = toks[1:]
    if rest and rest[0][0] == "who":
        rest = rest[1:]
        if rest and rest[0][0] == ",":
            rest = rest[1:]
    return (
        bool(rest)
        and rest[0][0][:1].isalpha()
        and _person_noun(rest[0][0], names=False)
        and _COPULA_AFTER.match(text, num.end) is not None
    )


_VERB_AFTER_COMMA = re.compile(r", ([a-z]+)(?![A-Za-z])")


def _opening_name(word: str, text: str, end: int) -> bool:
    """ "Hug" in "Hug, 40, won his eighth title": a capitalised word opening its sentence is a
    name when it is no adverb or function word ("Overall", "Separately", "Of") and a word in
    lower case, no conjunction, follows the figure's comma."""
    low = word.lower()
    if (
        low.endswith("ly")
        or low in SENTENCE_ADVERBS
        or low in NOUN_STOPWORDS
        or low in _left_vocabulary()
    ):
        return False
    verb = _VERB_AFTER_COMMA.match(text, end)
    return verb is not None and verb.group(1) not in NOUN_STOPWORDS


def _code_with_millions(code: str) -> tuple[str, float] | None:
    """ "USD", "usd", "MUSD" (millions of dollars) -> (ISO code, multiplier)."""
    c = currency_code(code)
    if c is not None and len(code) == 3:
        return c, 1.0
    if len(code) == 4 and code[0] in "Mm":
        c = currency_code(code[1:].upper())
        if c is not None:
            return c, 1e6
    return None


def _kind_of(unit: _Unit | None, is_age: bool) -> tuple[str, str]:
    if unit is None:
        return "count", "count"
    if is_age:
        return "quantity", "[time]"
    if is_currency(unit.name):
        code = unit.name if len(unit.name) == 3 else CURRENCY_SUBUNITS[unit.name][0]
        return "quantity", f"currency:{code}"
    if unit.name in ("percent", "percentage_point", "basis_point"):
        return "quantity", unit.name
    if unit.name in _TIME_UNITS:
        return "duration", "[time]"
    return "quantity", ""


def _qualified_interval(
    qual: str | None,
    low: float,
    high: float,
    step: float,
    high_step: float,
    kind: str,
    unit: _Unit | None,
    is_age: bool,
    magnitude: bool,
) -> tuple[str, float | None, float | None, bool, bool]:
    """The qualifier a mention reports and the interval of the figures ``low``..``high``
    under it: :func:`_interval`, with "nearly" and "most of" reported as "approximately".
    Shared by :func:`_make_mention` and :func:`_usual_count`, which must give one record."""
    qualifier = qual or "exact"
    if (
        qualifier == "exact"
        and unit is None
        and kind == "count"
        and step < 10
        and low > 0
        and not (magnitude or is_age)
    ):
        # the usual count ("84 people"): exact, too fine to be round, [n, n] as _interval gives
        return qualifier, low, high, True, True
    lo, hi, lo_c, hi_c = _interval(
        qualifier, low, high, step, high_step, kind, unit, is_age, magnitude
    )
    if qualifier in ("nearly", "most_of"):
        qualifier = "approximately"
    return qualifier, lo, hi, lo_c, hi_c


def _make_mention(
    start: int,
    end: int,
    core_start: int,
    core_end: int,
    value: float,
    step: float,
    high: float | None,
    high_step: float,
    unit: _Unit | None,
    noun: tuple[str, str, int] | None,
    kind: str,
    dimension: str,
    qual: str | None,
    direction: str | None,
    is_age: bool,
    magnitude: bool,
    proportion: bool = False,
) -> NumberMention:
    stated_low, stated_high = value, value if high is None else high
    if stated_high < stated_low:
        stated_low, stated_high = stated_high, stated_low
    qualifier, lo, hi, lo_c, hi_c = _qualified_interval(
        qual, stated_low, stated_high, step, high_step, kind, unit, is_age, magnitude
    )
    stated_unit: str | None
    canonical_unit: str | None
    noun_lemma: str | None
    if proportion:
        kind, stated_unit, canonical_unit, dimension = "quantity", None, "percent", "percent"
        lo = None if lo is None else lo * 100
        hi = None if hi is None else hi * 100
        noun_lemma = noun[1] if noun else None
        is_age = False
    elif unit is None:
        kind, dimension = "count", "count"
        stated_unit = noun[0] if noun else None
        canonical_unit = noun_lemma = noun[1] if noun else None
        is_age = False
    else:
        stated_unit = unit.stated or unit.name
        noun_lemma = None
        unconverted = dimension in (_UNSCALED_TEMPERATURE, _UNSTATED_DEGREES)
        conv = None if unconverted else convert_interval(lo, hi, unit.name)
        if unit.name == "basis_point":
            # a basis point is a hundredth of a percentage point: "25 basis points" meets "a
            # quarter of a percentage point"
            conv = (
                None if lo is None else lo / 100,
                None if hi is None else hi / 100,
                "percentage_point",
                "percentage_point",
            )
        if conv is None:
            canonical_unit, dimension = unit.name, dimension or "unknown"
        else:
            lo, hi, canonical_unit, dimension = conv
    # Arguments by position, in the order of the fields (pinned by
    # tests/test_quantities_speed.py): by keyword the record costs a microsecond more to build.
    return NumberMention(
        start,
        end,
        core_start,
        core_end,
        kind,
        qualifier,
        stated_low,
        stated_high,
        stated_unit,
        lo,
        hi,
        lo_c,
        hi_c,
        canonical_unit,
        noun_lemma,
        direction,
        dimension,
        is_age,
    )


def _interval(
    qualifier: str,
    low: float,
    high: float,
    step: float,
    high_step: float,
    kind: str,
    unit: _Unit | None,
    is_age: bool,
    magnitude: bool,
) -> tuple[float | None, float | None, bool, bool]:
    """The normalised interval, in the stated unit, for a qualifier and the digits' precision.

    A measurement, or a count rounded by a magnitude word ("1.2 million people"), stands for
    the interval its digits imply. An exact count is exact ("170 others" is 170), except a round
    one of 1,000 or more, which has its digits' precision too (see :data:`ROUND_COUNT_MIN`): "a
    town of 12,000" is 11,500-12,500 and meets "all 11,500 residents". An approximate figure
    is widened by the larger of the tolerance and its digits' precision, counts included:
    "about 20 were hurt" is 15-25 and meets "23 people".
    """
    # each value is worked out only for the qualifiers that read it: the floor for those
    # below, the digits' precision for the range and the plain figure
    measured = kind != "count" or magnitude
    if qualifier == "range":
        # the finer of the two bounds' precisions is the writer's: "between 5 and 10 km"
        # runs from 4.5 to 10.5 km, not to 15 km as a lone "10 km" would
        fine = (
            (high_step if high_step < step else step)  # min(step, high_step)
            if step and high_step
            else (high_step if high_step > step else step)  # max(step, high_step)
        )
        edge = fine / 2 if measured else 0.0
        return low - edge, high + edge, True, RANGE_CLOSED_HIGH
    if qualifier == "more_than":
        return low, None, False, False
    if qualifier == "at_least":
        return low, None, True, False
    if qualifier == "nearly":
        return low - NEARLY_TOLERANCE * abs(low), low, True, False
    if qualifier == "most_of":
        return low / 2, low, False, True  # "the better part of": more than half, up to all
    can_be_negative = unit is not None and unit.name in (
        "degree_Celsius",
        "degree_Fahrenheit",
        "degree",
    )
    floor = None if can_be_negative or low < 0 else 0.0
    if qualifier == "less_than":
        return floor, low, True, False
    if qualifier == "at_most":
        return floor, low, True, True
    if qualifier == "approximately":
        half, near = step / 2, APPROXIMATE_TOLERANCE * abs(low)
        w = near if near > half else half  # max(half, near)
        return _above(floor, low - w), low + w, True, True
    if is_age:
        # an age is a count of whole years lived: a 62-year-old is 62 until the 63rd birthday
        return low, low + 1, True, False
    # not an age here: an age returned above
    round_count = kind == "count" and step >= 10 and min(abs(low), abs(high)) >= ROUND_COUNT_MIN
    half = step / 2 if measured or round_count else 0.0
    return _above(floor, low - half), high + half, True, True


def _above(floor: float | None, x: float) -> float:
    """``x``, but not below a floor of zero: "0%" is 0-0.5%, not -0.5-0.5%."""
    return x if floor is None or x > floor else floor


# ---------------------------------------------------------------------------------------------
# Units
# ---------------------------------------------------------------------------------------------

_COMPOUNDS = COMPOUND_PARTS
_COMPOUND_JOIN = re.compile(r"[ \t]*(?:,[ \t]*)?(?:and[ \t]+)?", re.IGNORECASE)


def _read_compound(
    text: str, at: int, unit: str, *, and_ok: bool = True
) -> tuple[float, float, int] | None:
    """The smaller units' parts after a figure and its unit: (value in the big unit, step, end).

    "2 yards 7 ft 10 inches": each part is in a unit smaller than the part before it, so the
    chain ends after a few parts whatever follows.
    """
    # the usual word after a unit ("300 metres long", "40 minutes after"): one blank and a
    # word that no number opens, where _read_part's join ends and that it refuses
    # (tests/test_quantities_compound_head.py)
    head = text[at + 1 : at + 3]
    if (
        text.startswith(" ", at)
        and head.isalpha()
        and head.isascii()
        and head.lower() not in NUMBER_WORD_HEADS
    ):
        return None
    total = 0.0
    step = 0.0
    scale = 1.0  # size of the current unit in the first unit
    current = unit
    end = at
    while current in _COMPOUNDS:
        part = _read_part(text, end, current, and_ok)
        if part is None:
            break
        small, value, u_end = part
        factor = _COMPOUNDS[current][small]
        total += value * factor * scale
        step = factor * scale
        scale *= factor
        current, end = small, u_end
    if end == at:
        return None
    return total, step, end


def _read_part(text: str, at: int, unit: str, and_ok: bool) -> tuple[str, float, int] | None:
    """One part of a compound after ``unit``: (its smaller unit, its figure, its end)."""
    smaller = _COMPOUNDS[unit]
    j = _COMPOUND_JOIN.match(text, at)
    k = j.end() if j is not None else at
    if not and_ok and "and" in text[at:k].lower():
        return None  # "between 5 km and 500 m": the range's two ends
    if "," in text[at:k] and unit in _TIME_UNITS:
        return None  # "3 years, 2 months, 14 days": a list of spans, not one duration
    if k >= len(text) or not (text[k].isdigit() or text[k].isalpha()):
        return None
    head = text[k : k + 2]
    if head.isalpha() and head.isascii() and head.lower() not in NUMBER_WORD_HEADS:
        return None  # "of", "in", "per": the usual word after a unit opens no number
    part = read_number(text, k, suffixes=False)
    if part is None or part.ordinal or part.magnitude:
        return None
    mark = _INCH_AFTER_FEET.match(text, part.end) if "inch" in smaller else None
    if mark is None and "foot" in smaller:
        mark = _FEET_AFTER_YARDS.match(text, part.end)
    if mark is not None:
        # "12 ft 2 in more or less", "2 yd 7'": after a larger unit the mark is the smaller one
        small, u_end = ("inch" if mark.group().strip()[:1] in 'i"″' else "foot"), mark.end()
    else:
        u = _read_unit(text, part, part.end)
        if u is None and _bare_subunit(text, at, k, unit, part):
            # "15 dollars 50.", "thirteen dollars forty five": the cents said without their
            # name, where nothing else can follow the figure
            u = _Unit(next(iter(smaller)), part.end)
        if u is None or u.name not in smaller:
            return None
        small, u_end = u.name, u.end
    if part.value * smaller[small] >= 1 and (unit in _TIME_UNITS or is_currency(unit)):
        return None  # "1 hour 90 minutes", "15 dollars 150 cents": not one figure
    return small, part.value, u_end


def _bare_subunit(text: str, at: int, k: int, unit: str, part: NumberRead) -> bool:
    """A figure after a sum of money is its cents: a whole 1-99 with no comma before it,
    two digits or words, and the clause ending right after it ("15 dollars and 50.")."""
    return (
        is_currency(unit)
        and "," not in text[at:k]
        and part.value.is_integer()
        and 1 <= part.value <= 99
        and (part.words or part.end - part.start == 2)
        and _clause_ends(text, part.end)
    )


_INCH_AFTER_FEET = re.compile(r"[ \t]?(?:in\.?|inch(?:es)?|\"|″)(?![A-Za-z])")
_FEET_AFTER_YARDS = re.compile(r"[′'](?![A-Za-z'\d])")


def _figure_follows(text: str, at: int) -> bool:
    """A figure (digits or a number word) starts right after ``at`` and some spaces."""
    g = _GAP.match(text, at)
    j = g.end() if g is not None else at
    if j < len(text) and text[j].isdigit():
        return True
    w = _RIGHT_WORD.match(text, j)
    return (
        w is not None
        and w.start(1) == j
        and (w.group(1).lower() in SMALL or w.group(1).lower() in TENS)
    )


_UNIT_WORD = re.compile(r"[A-Za-zµμΩ]+")


@lru_cache(maxsize=1)
def _unit_starts() -> frozenset[str]:
    """First words (lower case) of every unit, currency and percent phrase."""
    phrases = [w for words in UNIT_WORDS.values() for w in words]
    phrases += list(CURRENCY_WORDS) + list(CURRENCY_SUBUNITS) + list(PERCENT_WORDS)
    phrases += list(POWER_PREFIXES) + list(SYMBOLS) + [c.lower() for c in CURRENCY_CODES]
    phrases += ["percentage", "percents", "degree", "degrees", "deg", "basis", "pp"]
    phrases += list(INVERSE_SYMBOLS)
    return frozenset(
        p.split()[0].split("/")[0].rstrip(".").lower() for p in phrases if p[:1].isalpha()
    )


def _may_start_unit(text: str, j: int) -> bool:
    """Could a unit start with the word at ``j``? A cheap test before the full reading."""
    w = _UNIT_WORD.match(text, j)
    if w is None:
        return True
    word = w.group()
    if _word_may_start_unit(word):
        return True
    # a dotted abbreviation ("k.g."): the full reading decides
    return (
        len(word) <= 2
        and text.startswith(".", w.end())
        and text[w.end() + 1 : w.end() + 2].isalpha()
    )


@lru_cache(maxsize=4096)
def _word_may_start_unit(word: str) -> bool:
    """Could a unit, currency or percent name start with ``word``? Cached: the words after
    figures repeat ("people", "metres", "of")."""
    if word.lower() in _unit_starts() or lookup_symbol(word) is not None:
        return True
    if len(word) == 4 and word[0] in "Mm" and _code_with_millions(word) is not None:
        return True  # "30 MUSD"
    return len(word) > 2 and lookup_symbol(word.rstrip("s")) is not None


_PLAIN_RIGHT = re.compile(
    r" ([a-z]++)(?![A-Za-zµμΩ'’])"
    r"(?:[ \t\u00a0]*([A-Za-z][A-Za-z'’]*))?"  # the next word, as _WORD_PAIR's group 2
)
"""A lower-case word one blank after a figure, whole as every reader of the right side takes
it: not glued to a letter, a unit's sign or an apostrophe, where their notions of a word
differ (``_UNIT_WORD``, ``_RIGHT_WORD``, ``_WORD_PAIR``); and the word after it, when one
follows. Where it matches, ``_WORD_PAIR`` at the same place matches the same two words (one
blank, then the word whole, then the same pattern), so the counted noun's reader takes this
match for its own (tests/test_numbers_plain_right.py)."""

_RIGHT_OPENERS = (
    frozenset(["out", "over", "in"])  # a proportion or a fraction: "one in five", "3 out of 4"
    | frozenset(["to", "through", "thru", "and", "or"])  # a range, a shared unit: "45 and 50 mg"
    | frozenset(["below", "plus"])  # "2 below zero", "3,000 plus visitors"
    | frozenset(["year", "years", "month", "months", "week", "weeks", "day", "days"])  # ages
    | frozenset(["yr", "yrs", "yo", "y"])  # "aged 30 yrs", "5 y.o."
    | AMBIGUOUS_SUFFIXES  # "5 m people": a magnitude after all
)
"""The words that open a reading of :func:`_build` on the right of a figure other than the
counted noun, besides the units (``_word_may_start_unit``): after one blank, a lower-case word
opens ``_OUT_OF``, ``_RANGE_SEP``, ``_BELOW_ZERO``, ``_PLUS_AFTER``, ``_AGE_RIGHT`` or
``_AMBIGUOUS_SUFFIX`` only when it is one of these."""


def _plain_right_word(text: str, at: int) -> re.Match[str] | None:
    """The match of ``_PLAIN_RIGHT`` at ``at`` when its word is a lower-case word that opens no
    reading on the right of a figure but the counted noun (no unit, proportion, age, range...),
    else None: the usual count, "84 people were", whose readings :func:`_build` then skips, and
    whose noun :func:`_read_noun` reads from the same match."""
    if text[at : at + 1] != " ":
        return None
    m = _PLAIN_RIGHT.match(text, at)
    if m is None:
        return None
    word = m.group(1)
    if len(word) <= 2 and text.startswith(".", m.end(1)):
        return None  # a dotted abbreviation ("k.g."): the unit reading decides
    return m if _opens_no_right_reading(word) else None


@lru_cache(maxsize=4096)
def _opens_no_right_reading(word: str) -> bool:
    """Whether a lower-case ``word`` opens no reading on the right of a figure but the counted
    noun: neither one of :data:`_RIGHT_OPENERS` nor a unit's first word. Cached: the words
    after figures repeat."""
    return word not in _RIGHT_OPENERS and not _word_may_start_unit(word)


_AMBIGUOUS_SUFFIX = re.compile(r" ?(" + "|".join(sorted(AMBIGUOUS_SUFFIXES)) + r")(?![A-Za-z])")
_AMBIGUOUS_SUFFIX_FIRSTS = frozenset(s[0] for s in AMBIGUOUS_SUFFIXES)


def _suffix_follows(text: str, at: int) -> bool:
    """One of the magnitude suffixes that are also units ("5m", "2mil") follows ``at``."""
    if _AMBIGUOUS_SUFFIX_FIRSTS.isdisjoint(text[at : at + 2]):
        return False  # the usual case: no letter that starts one, glued or one space away
    return _AMBIGUOUS_SUFFIX.match(text, at) is not None


def _read_unit(text: str, num: NumberRead, at: int) -> _Unit | None:
    """The unit after a figure, or None: percent, currency, degrees, physical units."""
    if at == num.end:
        # the usual unit, "5 kilometres from the": a word between blanks whose reading the
        # word alone decides, and a lower-case word after it that no name goes on with
        lone = _LONE_UNIT_WORD.match(text, at)
        if lone is not None and not _unit_goes_on(lone.group(2)):
            name = _lone_unit_name(lone.group(1))
            if name is not None:
                return _Unit(name, lone.end(1), stated=name) if name else None
    return _read_unit_in_full(text, num, at)


_LONE_UNIT_WORD = re.compile(r" ([A-Za-z]+) ([a-z]+)(?![A-Za-zµμΩ])")
"""A word between blanks after a figure, and the lower-case word after it (whole, as the unit
reader's tokens take it)."""

_UNIT_DENOMINATOR_WORDS = frozenset(["per", "a", "an", "squared", "cubed"])
"""The words after a unit that make it a compound ("km per hour", "miles an hour") or give it a
power ("metres squared"): ``_PER`` and ``_POWER_SUFFIX`` after a blank."""

_CONTEXT_UNIT_WORDS = frozenset(["in", "am", "pm", "second", "turn", "turns", "pound", "pounds"])
"""Lower-case unit words whose reading the figure or the words around them decide
(:func:`_unit_reading_ok`, :func:`_money_reading_ok`): "5 in long" but "two in my car"."""


def _unit_goes_on(second: str) -> bool:
    """Whether a unit reading may take the lower-case word ``second`` after the unit's word: the
    second word of a name of several words ("miles per hour", "nautical miles"), or a word
    of ``_UNIT_DENOMINATOR_WORDS``."""
    return second in _phrase_seconds() or second in _UNIT_DENOMINATOR_WORDS


@lru_cache(maxsize=4096)
def _lone_unit_name(word: str) -> str | None:
    """The unit that ``word`` alone names after a figure and a blank, when a blank and a
    lower-case word that no unit goes on with follow it: "" for none, None when the figure or
    the next words still decide (percent, degrees, pounds, a power, a scale letter, "in").

    Cached: unit words repeat. The full reading is asked once per word, in a neutral text;
    tests/test_numbers_lone_units.py proves it equal to the full reading at every figure.
    """
    first = word[0]
    if (
        first in "pPbBdDCF"  # the percent, degree and scale readings ("per cent", "deg C")
        or word.lower() in _CONTEXT_UNIT_WORDS
        or _POWER_PREFIX.match(word + " ") is not None  # "sq ft", "cubic metres"
    ):
        return None
    text = f"2 {word} zz"
    unit = _read_unit_in_full(text, NumberRead(2.0, 0, 1, 1.0), 1)
    if unit is None:
        return ""
    # a reading that ends inside the word ("R" of "Rands" as a sign) is left to the full one
    return unit.name if unit.end == len(word) + 2 and unit.stated == unit.name else None


def _read_unit_in_full(text: str, num: NumberRead, at: int) -> _Unit | None:
    """:func:`_read_unit` without the shortcut for a lone word."""
    n = len(text)
    j = at
    while j < n and j - at < 3 and text[j] in " \t\u00a0":
        j += 1
    if j >= n or not (text[j].isalpha() or text[j] in _UNIT_START_CHARS):
        return None  # a unit starts with a letter or one of a few signs ("%", "°", "$")
    if at == num.end:
        # a scale letter is the first after the figure or after one space, where ``j`` is
        scale = _glued_scale(text, at) if text[j] in ("C", "F") else None
        if scale is not None:
            letter_end = at + 2 if text[at] == " " else at + 1  # "35C", "20 F"
            return _Unit(scale, letter_end, stated=scale)
        if text.startswith("''", at) and not text[at + 2 : at + 3].isalnum():
            return _Unit("inch", at + 2, stated="inch")  # 5'' typed for 5″
    if text[j].isalpha() and not _may_start_unit(text, j):
        return None  # most figures are followed by a noun: leave it quickly
    # the percent and degree readings start with one of a few characters after the blanks
    p = _PERCENT_RIGHT.match(text, at) if text[j] in "%pPbB" else None
    if p is not None:
        u = " ".join(p.group("u").lower().split())
        if ("point" in u or u == "pp") and "basis" not in u:  # "pp": percentage points
            return _Unit("percentage_point", p.end(), stated="percentage_point")
        if "basis" in u:
            return _Unit("basis_point", p.end(), stated="basis_point")
        return _Unit("percent", p.end(), stated="percent")
    d = _DEGREE_RIGHT.match(text, at) if text[j] in "°℃℉dD" else None
    if d is not None:
        if d.group("sym") is not None:
            sc = d.group("sc")
            sym = d.group("sym")
            if d.group("scw2") is not None:
                name = TEMPERATURE_SCALES[fold_case(d.group("scw2"))]
                return _Unit(name, d.end(), stated=name)
            if sym == "℃":
                name = "degree_Celsius"
            elif sym == "℉":
                name = "degree_Fahrenheit"
            else:
                name = TEMPERATURE_SCALES.get(sc.lower(), "degree") if sc else "degree"
            return _Unit(name, d.end(), stated=name)
        scw = d.group("scw")
        if scw is not None and scw.lower() in TEMPERATURE_SCALES:
            name = TEMPERATURE_SCALES[scw.lower()]
            return _Unit(name, d.end("scw"), stated=name)
        return _Unit("degree", d.end("word"), stated="degree")
    # currency after the figure: sign, code, word; ``j`` is still past the blanks after ``at``
    # (up to three, as ``_GAP`` takes them)
    if (j < n and text[j] in CURRENCY_SYMBOLS and text[j] != "$") or (
        text.startswith("$", j) and j == at
    ):
        sym = text[j]
        code = CURRENCY_SYMBOLS.get(sym)
        if code is not None and code != "USD_cent":
            return _Unit(code, j + 1, stated=code)
        if code == "USD_cent":
            return _Unit("cent", j + 1, stated="cent")
    if j < n and text[j] == "$" and (j == at or text[at:j].strip() == ""):
        return _Unit("USD", j + 1, stated="USD")
    for sym in _SCRIPT_SYMBOLS:
        if text.startswith(sym, j):
            return _Unit(CURRENCY_SYMBOLS[sym], j + len(sym), stated=CURRENCY_SYMBOLS[sym])
    return _read_unit_words(text, num, at)


@lru_cache(maxsize=4096)
def _unit_phrase(phrase: str) -> str | None:
    """A unit written in one or more words or symbols, without powers or "per"."""
    if phrase in PERCENT_WORDS:
        return PERCENT_WORDS[phrase]
    name = lookup_symbol(phrase) or lookup_word(phrase)
    if name is not None:
        return name
    return None


_UNIT_TOKENS = re.compile(r"[ \t\u00a0]{0,2}(?P<t>[A-Za-zµμΩ°′″'\"元][A-Za-zµμΩ]*\.?)")


def _read_unit_words(text: str, num: NumberRead, at: int) -> _Unit | None:
    """Physical units and currency words after a figure, with powers and "per" compounds."""
    n = len(text)
    i = at
    # a bracket opens within three characters, a hyphen within two ("8-metre", "5 (km)")
    near = text[i : i + 3]
    bracket = _BRACKET_OPEN.match(text, i) if not _BRACKETS.isdisjoint(near) else None
    hyphen = _HYPHEN_GAP.match(text, i) if "-" in near[:2] else None
    hyphenated = False
    if hyphen is not None and hyphen.end() < n and text[hyphen.end()].isalpha():
        i = hyphen.end()
        hyphenated = True
    elif bracket is not None:
        i = bracket.end()
    gap = _GAP.match(text, i)
    blanks_end = gap.end() if gap is not None else i
    glued = i == at and blanks_end == i
    got = _unit_atom(text, i, glued, num, blanks_end)
    if got is None:
        return None
    name, stated, j = got
    if hyphenated and name in _TIME_UNITS and _AGE_RIGHT.match(text, at) is not None:
        return None  # "62-year-old" is read as an age
    if bracket is not None and not hyphenated and i == bracket.end():
        close = _BRACKET_CLOSE.match(text, j)
        if close is None:
            return None
        j = close.end()
    # a currency word or code followed by a magnitude is handled by the caller
    if is_currency(name):
        return _Unit(name, j, stated=stated)
    # "per" compounds: "km/h", "miles per hour", "$15.4/hour", "188 miles an hour"
    for _ in range(2):  # "J/m^2 per year": two denominators at most
        per = _PER.match(text, j)
        if per is None or hyphenated:
            break
        den = _unit_atom(text, per.end(), True, None)
        if den is None:
            den = _time_symbol(text, per.end())  # "km/s2", "m/s", "km/h"
        if den is None or is_currency(den[0]):
            break
        name = f"{name} / {den[0]}"
        stated = name
        j = den[2]
    return _Unit(name, j, stated=stated)


def _unit_atom(
    text: str, i: int, glued: bool, num: NumberRead | None, blanks_end: int = -1
) -> tuple[str, str, int] | None:
    """One unit, possibly multi-word and with a power: (pint name, stated name, end).

    ``blanks_end``: where ``_GAP`` ends its match at ``i``, when the caller has matched it
    (:func:`_read_unit_words`); -1 to match it here."""
    n = len(text)
    if i >= n:
        return None
    if blanks_end < 0:
        gap = _GAP.match(text, i)
        blanks_end = gap.end() if gap is not None else i
    i = blanks_end
    power = 1
    m = _POWER_PREFIX.match(text[i : i + 10]) if text[i : i + 1] in _POWER_PREFIX_FIRSTS else None
    if m is not None:
        power = POWER_PREFIXES[fold_case(m.group(1))]
        i += m.end()
    if power == 1 and text[i : i + 1].isalpha() and "/" in text[i + 1 : i + 5]:
        # symbols written with a slash ("b/d", "mb/d" barrels a day): whole, before "mb" alone
        for sym in _SLASH_SYMBOLS:
            if text.startswith(sym, i) and not text[i + len(sym) : i + len(sym) + 1].isalnum():
                return SYMBOLS[sym], SYMBOLS[sym], i + len(sym)
    if power == 1:
        hy = _HYPHENED_UNIT.match(text, i) if "-" in text[i + 2 : i + 21] else None
        hy_name = lookup_word(hy.group()) if hy is not None else None
        if hy is not None and hy_name is not None:
            # "kilowatt-hours", "light-years": one unit, not the kilowatt before the hyphen
            return hy_name, hy_name, hy.end()
    # collect up to 3 tokens and try the longest phrase first
    # More tokens are read only after the first word of a name of several words ("nautical",
    # "us", "per") or after dotted letters ("k. g.", read as "kg"): the usual unit is one word.
    toks: list[tuple[str, int]] = []
    j = i
    starts_name = dotted = True
    for _ in range(3):
        t = _UNIT_TOKENS.match(text, j)
        if t is None:
            break
        word, j = t.group("t"), t.end("t")
        toks.append((word, j))
        if len(toks) == 1:
            starts_name = word.lower() in _phrase_starts()
        dotted = dotted and len(word) <= 2 and word.endswith(".")
        if (
            len(toks) == 2
            and not toks[0][0].endswith(".")
            and word.lower().rstrip(".") not in _phrase_seconds()
        ):
            # no name of several words goes on with this word ("kilometres from the"): the
            # longer phrases, each looked up as a unit and as money, cannot be one
            toks.pop()
            break
        if not (starts_name or dotted):
            break
    if toks and power == 1 and text[toks[0][1] : toks[0][1] + 1] in _INVERSE_MARKS:
        inverse = _inverse_unit(text, toks[0][0], toks[0][1])
        if inverse is not None:
            return inverse
    for k in range(len(toks), 0, -1):
        words = [w for w, _ in toks[:k]]
        end = toks[k - 1][1]
        phrase = " ".join(words)
        # a final dot is more often the sentence's than the abbreviation's: try without it first
        cands = [(phrase[:-1], end - 1), (phrase, end)] if phrase.endswith(".") else [(phrase, end)]
        if k > 1 and all(len(w) <= 2 and w.endswith(".") for w in words[:-1]):
            # "k.g.", "m.p.h.": "kg", "mph"; "a.m." and "p.m." are always the clock's
            collapsed = "".join(words).replace(".", "")
            if collapsed.lower() not in ("am", "pm"):
                cands.append((collapsed, end))
        for cand, e in cands:
            if (
                k == 1
                and cand.lower() in ("pound", "pounds")
                and _money_reading_ok(text, cand, e, num)
            ):
                return "GBP", "GBP", e
            name = _unit_phrase(cand)
            if name is None:
                # "dollars", "us dollars", "Swiss francs", "USD"
                money = _currency_after(cand)
                if money is not None and _money_reading_ok(text, cand, e, num):
                    return money, money, e
                continue
            if not _unit_reading_ok(text, cand, name, e, glued, num):
                continue
            if power == 1 and name in _LENGTHS:
                ps = _POWER_SUFFIX.match(text, e)
                if ps is not None:
                    squared = "2" in (ps.group("d"), ps.group("s")) or ps.group("w") == "squared"
                    power = 2 if squared or ps.group("s") == "²" else 3
                    e = ps.end()
            if power != 1:
                if _unit_phrase(cand) is None:
                    continue
                name = f"{name} ** {power}"
            return name, name, e
    return None


@lru_cache(maxsize=1)
def _phrase_seconds() -> frozenset[str]:
    """Second words (lower case, without a final dot) of the unit, percent and currency names
    of several words, each also with an "s" (a symbol's plural, "sq fts", is looked up)."""
    names = [*SYMBOLS, *SYMBOL_BASES, *PERCENT_WORDS, *CURRENCY_WORDS, *CURRENCY_SUBUNITS]
    names += [w for words in UNIT_WORDS.values() for w in words]
    seconds = {name.split(" ")[1].lower().rstrip(".") for name in names if " " in name}
    return frozenset(seconds | {second + "s" for second in seconds})


@lru_cache(maxsize=1)
def _phrase_starts() -> frozenset[str]:
    """First words (lower case) of the unit, percent and currency names of several words."""
    names = [*SYMBOLS, *PERCENT_WORDS, *CURRENCY_WORDS, *CURRENCY_SUBUNITS]
    names += [w for words in UNIT_WORDS.values() for w in words]
    return frozenset(name.split(" ")[0].lower() for name in names if " " in name)


_SLASH_SYMBOLS = sorted((s for s in SYMBOLS if "/" in s), key=len, reverse=True)
_HYPHENED_UNIT = re.compile(r"[A-Za-z]{2,20}-[A-Za-z]{2,20}")
_TIME_SYMBOL = re.compile(r"(s|h|hr|min)(2|\^2|²)?(?![A-Za-z\d])")


def _denominator_follows(text: str, at: int) -> bool:
    """A "/" and a unit right after ``at``: the symbol before it heads a compound ("J/m^2")."""
    if not text.startswith("/", at) or not text[at + 1 : at + 2].isalpha():
        return False
    return (
        _unit_atom(text, at + 1, True, None) is not None or _time_symbol(text, at + 1) is not None
    )


_AND = re.compile(r"[ \t]+and[ \t]+", re.IGNORECASE)


def _shared_unit(text: str, at: int) -> _Unit | None:
    """The unit of the next figure when only "and" separates them ("45 and 50 mg"); the caller
    has seen the " and " after ``at``."""
    m = _AND.match(text, at)
    if m is None or not text[m.end() : m.end() + 1].isdigit():
        return None
    nxt = read_number(text, m.end(), suffixes=False)
    if nxt is None or nxt.ordinal:
        return None
    u = _read_unit(text, nxt, nxt.end)
    return u if u is not None and u.name not in _TIME_UNITS else None


_INVERSE_MARKS = ("-", "−", "^", "⁻")
"""What can follow a symbol with an inverse power ("s-1", "fb−1", "m^-1", "cm⁻¹")."""
_INVERSE_POWER = re.compile(r"(?:\^?[-−]1|⁻¹)(?!\d|[.,]\d)")


def _inverse_unit(text: str, token: str, end: int) -> tuple[str, str, int] | None:
    """A symbol with an inverse power glued to it: "s-1", "fb−1", "cm⁻¹" -> "1 / second"."""
    if end >= len(text) or text[end] not in "-−^⁻":
        return None
    m = _INVERSE_POWER.match(text, end)
    if m is None:
        return None
    name = INVERSE_SYMBOLS.get(token) or lookup_symbol(token)
    if name is None or is_currency(name):
        return None
    name = f"1 / {name}"
    return name, name, m.end()


def _rate_denominator(text: str, at: int) -> tuple[str, int] | None:
    """The unit after "/", "per" or "a" that makes a sum of money a rate: (pint name, end)."""
    per = _PER.match(text, at)
    if per is None:
        return None
    den = _unit_atom(text, per.end(), True, None)
    if den is None:
        den = _time_symbol(text, per.end())
    if den is None or is_currency(den[0]) or den[0] in PERCENT_WORDS.values():
        return None
    return den[0], den[2]


def _time_symbol(text: str, at: int) -> tuple[str, str, int] | None:
    """A time symbol as the denominator of a rate: "/s", "/h", "/s2"."""
    m = _TIME_SYMBOL.match(text, at)
    if m is None:
        return None
    name = {"s": "second", "h": "hour", "hr": "hour", "min": "minute"}[m.group(1)]
    if m.group(2):
        name = f"{name} ** 2"
    return name, name, m.end()


def _currency_after(word: str) -> str | None:
    """A currency after a figure: "dollars", "euros", "USD", "rmb", "cents"."""
    w = currency_word(word)
    if w is not None:
        return w
    code = _code_with_millions(word)
    return code[0] if code is not None and code[1] == 1.0 else None


_OF_NOUN = re.compile(r"[ \t]+of[ \t]+([A-Za-z]+)")
_MONEY_OF_NOUNS = frozenset(
    [
        *("money", "taxpayers", "public", "funding", "funds", "cash", "aid", "investment"),
        *("spending", "savings", "debt", "debts", "damage", "revenue", "profit", "losses"),
    ]
)
"""Nouns after "pounds of" that make the pounds money ("pounds of taxpayers' money")."""


_POUND_NOTES = frozenset({"note", "notes", "coin", "coins"})
"""Nouns after "N-pound" that make it money: "a 5-pound note"; the rest weigh ("a 5-pound
bag")."""

_POUND_MONEY_CUES = (
    *("£", "sterling", "paid", "pay", "cost", "worth", "fine", "price", "sold", "fare"),
    *("wage", "salary", "fee", "rent", "ticket", "earn", "prize", "bill"),
)
"""Words around "pounds" that make them money: "the minimum wage rises to 12.71 pounds"."""


def _money_reading_ok(text: str, word: str, end: int, num: NumberRead | None) -> bool:
    """ "pounds" is money only with money around it ("£", "million pounds", "paid")."""
    if text[end : end + 1].isdigit():
        return False  # "3 USD50 cards": the code is written before the figure it prices
    low = word.lower()
    if low in ("pound", "pounds"):
        of = _OF_NOUN.match(text, end)
        if of is not None and of.group(1).lower() not in _MONEY_OF_NOUNS:
            return False  # "6.6 million pounds of grain" weighs; "pounds of taxpayers' money" pays
        if num is not None and num.magnitude:
            return True
        ctx = text[max(0, end - 80) : end + 40].lower()
        if low == "pound" and text[end - 6 : end - 5] == "-" and _WORD_NEXT.match(text, end):
            # "N-pound" before a noun weighs it ("sold in 1-pound packages", "a 5-pound bag");
            # money only with a sign around it or before a note or coin ("a 5-pound note")
            noun = _RIGHT_WORD.match(text, end)
            return "£" in ctx or (noun is not None and noun.group(1).lower() in _POUND_NOTES)
        if any(k in ctx for k in ("weigh", "heavy", "heavier", "lighter")):
            return "£" in ctx  # "the bag weighed 7.25 pounds"
        return any(k in ctx for k in _POUND_MONEY_CUES)
    # "the team won" is far likelier than the Korean currency after a figure
    return low != "won"


def _inside_quotes(text: str, at: int) -> bool:
    """An odd number of double quotes in the line before ``at``: we are inside a quotation."""
    seg = text[max(0, at - _WINDOW) : at]
    return seg[seg.rfind("\n") + 1 :].count('"') % 2 == 1


def _counted_plural(w: str) -> bool:
    """A plural noun after "2.3m" that makes the "m" millions ("5m people", "2.6m employees")."""
    return (
        w.islower()
        and w not in _DIMENSION_ADJECTIVES
        and w not in NOUN_STOPWORDS
        and ((w.endswith("s") and len(w) > 3) or w in _PLURALS_WITHOUT_S)
    )


def _unit_reading_ok(
    text: str, surface: str, name: str, end: int, glued: bool, num: NumberRead | None
) -> bool:
    """Context checks for the unit symbols and words that are also ordinary words."""
    after = text[end : end + 2]
    code_like = after[:1].isdigit() or (
        len(surface) == 1 and after[:1] == "-" and after[1:].isdigit()
    )
    if code_like and surface not in ("'", "′") and _POWER_SUFFIX.match(text, end) is None:
        return False  # part of a code: "24703 L-202", "24703 m212"; not "24703m2", "3km-5km"
    if surface in ("in", "in."):
        # "5 in long", "2 1/2 in thick", "12 ft 2 in": yes; "two in my car", "in 2020": no
        next_word = _next_word(text, end)
        if next_word and next_word not in _INCH_FOLLOWERS:
            return False
        return not _DIGIT_NEXT.match(text[end : end + 3])
    if surface in ("'", '"', "′", "″"):
        # primes glued to a figure are feet and inches; quote marks only before "long", "tall"
        # ('the class is "English 101".' is a quotation, not 101 inches)
        if glued and surface in ("′", "″"):
            return True
        if glued and surface == '"' and num is not None and not _inside_quotes(text, num.start):
            return True  # a 55" screen; not the close of 'the class "English 101"'
        if glued and surface == "'" and _SPACE_DIGIT.match(text[end : end + 2]):
            return True  # 5'10"
        return bool(_SIZE_WORD_NEXT.match(text[end : end + 8]))
    if surface in ("pm", "am"):
        # a clock time ("2 pm", "2.30 pm") unless the figure cannot be one: "2.1 pm", "2.123
        # am" are picometres and attometres
        written = text[num.start : num.end] if num is not None else ""
        whole, dot, frac = written.partition(".")
        return bool(dot) and whole.isdigit() and frac.isdigit() and len(frac) != 2
    nxt = _RIGHT_WORD.match(text, end) if surface == "m" and num is not None and glued else None
    if nxt is not None:
        # "5m people": millions; "1.8m tall", "48m.": metres
        w = nxt.group(1)
        if _counted_plural(w):
            return False
        if w.islower() and w not in _DIMENSION_ADJECTIVES and w not in NOUN_STOPWORDS:
            # one adjective between: "2.6m public employees"
            nxt2 = _RIGHT_WORD.match(text, nxt.end())
            if nxt2 is not None and _counted_plural(nxt2.group(1)):
                return False
    if surface in ("t", "s", "A", "N", "V", "W", "J", "L", "l", "h", "g", "B", "b", "m"):
        # a one-letter symbol must stand apart from the next word ("100t", "48m", "5 m x 1 m")
        if after[:1].isalpha():
            return False
        if (
            not glued
            and surface in ("s", "A", "N", "V", "J", "h", "B", "b")
            and not _denominator_follows(text, end)
        ):
            return False  # apart, an initial ("5 J"); before "/" and a unit, a unit ("20 J/m^2")
    low = surface.lower()
    if low in AMBIGUOUS_WORDS and not glued and name not in ("degree",):
        if low == "second" and num is not None and num.value != 1 and not num.words:
            return True
        if low in ("second",):
            return num is not None and num.value != 1
    return not (low in ("turn", "turns") and _next_word(text, end) in ("out", "up", "down", "to"))


def _next_word(text: str, at: int) -> str:
    """The word after ``at`` and some blanks, lower case, or "" (``_RIGHT_WORD``)."""
    nxt = _RIGHT_WORD.match(text, at)
    return nxt.group(1).lower() if nxt is not None else ""


# ---------------------------------------------------------------------------------------------
# Ranges
# ---------------------------------------------------------------------------------------------


def _unit_shared_by_range(
    text: str,
    num: NumberRead,
    value: float,
    unit: _Unit | None,
    sep: re.Match[str],
    between: str | None,
) -> bool:
    """ "rose by 5 to 10%": a unit written once after two bare figures makes them a range of
    change, where "rose by 5 to 17" is a change and the level it led to."""
    if unit is not None:
        return False
    rng = _read_range_end(text, num, value, unit, sep, between)
    return rng is not None and rng[3] is not None


def _changed_before(text: str, at: int) -> bool:
    """Whether a verb of change ("rose", "fell") ends right before ``at``."""
    before = text[max(0, at - 16) : at]
    if not before.endswith((" ", "\t")):
        return False
    words = before.split()
    return bool(words) and words[-1].lower() in CHANGE_WORDS


_YEAR_BEFORE_TO = re.compile(r"\b(?:in|In|during|since|by)[ \t]+(?:1[89]|20)\d\d$")
"""A year after a preposition of time, ending where a "to" range would start."""


def _read_range_end(
    text: str,
    num: NumberRead,
    value: float,
    unit: _Unit | None,
    sep: re.Match[str],
    between: str | None,
) -> tuple[float, float, float, _Unit | None, int] | None:
    """ "40-50", "between 40 and 50", "8- to 16-meter", "3 to 4 L", "two or three": (low,
    high, high's step, unit, end). A bare low end takes the scale that ends the high one when
    the range then still rises: "between 12 and 15 thousand", "2.5-3 million", "$1.2-1.5bn"."""
    word = sep.group("sep").lower()
    if word == "and" and between != "between":
        return None
    if word == "to" and _YEAR_BEFORE_TO.search(text, max(0, num.start - 8), num.end) is not None:
        return None  # "fell 24% in 2025 to about 61,000": a year, then the new level
    j = sep.end()
    # "8- to 16-meter": a dangling hyphen before "to"
    m = _DANGLING_TO.match(text[num.end : num.end + 8])
    if m is not None and word == "-":
        j = num.end + m.end()
    approx = _RANGE_APPROX.match(text, j)
    if approx is not None:
        j = approx.end()  # "between 2.0 g and about 7.0 g", "2 - ~7 grams"
    if j >= len(text):
        return None
    neg = 1.0
    if text[j] in "-−" and j + 1 < len(text) and text[j + 1].isdigit():
        neg = -1.0
        j += 1
    money, _, per = unit.name.partition(" / ") if unit is not None else ("", "", "")
    is_money = is_currency(money) if money else False
    if is_money:
        # "$350 to $680": the sign repeated on the second figure
        sym = text[j : j + 4]
        for s in _CURRENCY_LEFT_SYMBOLS:
            if sym.startswith(s) and CURRENCY_SYMBOLS[s] == money:
                j += len(s)
                while j < len(text) and text[j] == " ":
                    j += 1
                break
    if j >= len(text) or not (text[j].isdigit() or text[j].isalpha() or text[j] == "."):
        return None
    second = read_number(text, j, suffixes=is_money)
    if second is None or second.ordinal:
        return None
    if (
        (second.words != num.words or num.words)
        and word in ("-", "–", "—")
        and not (sep.group().startswith(" ") and sep.group().endswith(" "))
        and not (second.scale > 1 and not num.words)  # "2-3 million": digits, then a scale
    ):
        return None  # "three-nought-four": read out digit by digit, not a range
    y = neg * second.value
    end = second.end
    # the second figure's unit; the first takes it if it had none ("between 44 and 50 mg")
    u2 = _read_unit(text, second, end) if unit is None or not is_money else None
    if is_money and per:
        rate = _rate_denominator(text, end)
        if rate is None or rate[0] != per:
            return None  # "$350 per kg to $680": the second is a sum, or per another unit
        end = rate[1]
    if u2 is not None and unit is not None and u2.name != unit.name:
        return None  # "44 ml to 50 mg": two quantities, not a range
    if (
        u2 is None
        and unit is not None
        and unit.end > num.end
        and not is_money
        and (_WORD_NEXT.match(text, end) is not None or abs(y) > 10 * abs(value))
    ):
        return None  # "fell 1.8% to 7,412 points": the unit is the first figure's alone
    if u2 is not None and u2.name in _TIME_UNITS and _AGE_RIGHT.match(text, end) is not None:
        return None
    if second.magnitude and not num.magnitude and second.words and word in ("or",):
        return None
    x = value
    if second.scale > 1 and num.scale == 1 and not num.magnitude and 0 < x * second.scale <= y:
        x *= second.scale
    if word == "or" and not (y > x and (y - x) <= max(10.0, x)):
        return None
    if word == "to" and y > 10 * abs(x) and _changed_before(text, num.start):
        return None  # "claims rose 15,000 to 1.96 million": a change, then the new level
    # a falling "range" is a score or a code, unless it runs "from -18 to -34"
    falling = word in ("-", "–", "—", "to", "through", "thru", "~") and y <= x
    if falling and (between != "from" or (x >= 0 and y >= 0)):
        return None
    if word in ("-", "–", "—") and (
        _FOUR_DIGITS.fullmatch(text[num.start : num.end]) is not None
        and 1000 <= x <= 2100
        and (1000 <= y <= 2100 or y < 100)
    ):
        return None  # "2013-14", "1998-2001": years, the calendar's business
    if word in ("-", "–", "—") and _PHONE_LIKE.match(text, num.end) is not None:
        return None
    new_unit = unit if unit is not None else u2
    end_all = u2.end if u2 is not None else end
    if unit is not None and u2 is None and unit.end > num.end:
        end_all = end
    return x, y, second.step, new_unit, max(end_all, end)


_LOWER_BOUNDS = frozenset({"more_than", "at_least"})
_UPPER_BOUNDS = frozenset({"less_than", "at_most"})
_BOUNDS = _LOWER_BOUNDS | _UPPER_BOUNDS


def _merge_bounds(text: str, a: NumberMention, b: NumberMention) -> NumberMention | None:
    """ "more than 10 and less than 40" -> one range (10, 40)."""
    lower = _LOWER_BOUNDS
    upper = _UPPER_BOUNDS
    if not (
        (a.qualifier in lower and b.qualifier in upper)
        or (a.qualifier in upper and b.qualifier in lower)
    ):
        return None
    if a.kind != b.kind or (a.unit != b.unit and a.kind != "count"):
        return None
    gap = text[a.end : b.start]
    if len(gap) > 8 or _MERGE_GAP.fullmatch(gap) is None:
        return None
    lo_m, hi_m = (a, b) if a.qualifier in lower else (b, a)
    if lo_m.low is None or hi_m.high is None or lo_m.low >= hi_m.high:
        return None
    return NumberMention(
        start=a.start,
        end=b.end,
        core_start=a.core_start,
        core_end=b.core_end,
        kind=a.kind,
        qualifier="range",
        stated_low=lo_m.stated_low,
        stated_high=hi_m.stated_high,
        stated_unit=a.stated_unit or b.stated_unit,
        low=lo_m.low,
        high=hi_m.high,
        low_closed=lo_m.low_closed,
        high_closed=hi_m.high_closed,
        unit=a.unit or b.unit,
        noun=a.noun or b.noun,
        direction=a.direction,
        dimension=a.dimension,
        is_age=a.is_age,
    )


# ---------------------------------------------------------------------------------------------
# Counted nouns
# ---------------------------------------------------------------------------------------------


def _is_modifier(word: str, following: str, gap: int) -> bool:
    """Is ``word`` an adjective before the counted noun ``following``?

    "three more people", "12 Palestinian civilians", "two explosive devices": yes.
    "73 people killed", "170 others were": no.
    """
    nxt = following.lower()
    if gap != 1 or not following.isalpha() or nxt in NOUN_STOPWORDS or nxt.endswith(("ed", "ly")):
        return False
    low = word.lower()
    if low in NOUN_MODIFIERS:
        return True
    if not following.islower():
        return False
    if word[0].isupper():
        return True  # a nationality or a name before a common noun
    return not low.endswith("s") and low.endswith(ADJECTIVE_SUFFIXES)


_Span = tuple[str, int, int]
"""A word after a figure and its offsets: (word as written, start, end)."""


def _right_word(text: str, at: int) -> _Span | None:
    """The word ``_RIGHT_WORD`` finds at ``at`` (after any blanks), as a span."""
    m = _RIGHT_WORD.match(text, at)
    return None if m is None else (m.group(1), m.start(1), m.end())


def _read_noun(
    text: str,
    at: int,
    *,
    allow_of: bool,
    one: bool = False,
    pair: re.Match[str] | None = None,
) -> tuple[str, str, int] | None:
    """The counted noun after a figure: (as written, lower case; singular lemma; end).

    Adjectives before it are skipped ("two explosive devices"), a noun used as a modifier
    gives way to the head ("three police officers", "38 rail cars"), a hyphenated noun
    counts ("a six-storey block"), and a partitive names its group ("nine of the derailed
    cars"): whether such a part is the total is the integrating stage's question.

    ``pair`` is the match of ``_PLAIN_RIGHT`` at ``at`` when the caller has it: the same two
    words as ``_WORD_PAIR``'s there, not matched again.
    """
    if text.startswith("-", at) and at + 1 < len(text) and text[at + 1].isalpha():
        w = _RIGHT_WORD.match(text, at + 1)
        if w is None or not w.group(1).islower() or w.group(1) in NOUN_STOPWORDS:
            return None
        if w.group(1) in SMALL or w.group(1) in TENS or w.group(1) in ("nought", "oh"):
            return None  # "three-nought-four" is read out digit by digit
        if w.group(1) == "odd":
            return None  # "40-odd" is a right qualifier (about 40), not the noun counted
        low = w.group(1).lower()
        return low, _lemma(low), w.end()
    # The word after the figure and the one after it, in one match: most counted nouns are
    # followed by a lower-case stopword ("people were", "homes in"), which ends the reading
    # at the first word without a second look at the text.
    if pair is None:
        pair = _WORD_PAIR.match(text, at)
        if pair is None:
            return None  # no word one or two blanks away
    word_end = pair.end(1)
    if text[word_end : word_end + 1].isdigit():
        return None  # "3 USD50 cards": a code glued to the next figure is no noun
    word, following = pair.group(1, 2)
    low = word.lower()
    if (
        following is not None
        and following.islower()
        and following in NOUN_STOPWORDS
        and not (allow_of and low == "of")
        and not low.endswith(("'s", "’s"))
    ):
        # what the loop below decides at its first word: that word is the noun, or none is
        if len(word) > 24:
            return None
        lemma = _noun_lemma(low)
        return None if lemma is None else (low, lemma, word_end)
    # the words are read as spans, (word, start, end): the pair's two are those _RIGHT_WORD
    # finds at ``at`` and after the first, taken without matching them again
    cur: _Span = (word, pair.start(1), word_end)
    nxt: _Span | None = None if following is None else (following, pair.start(2), pair.end(2))
    if allow_of and low == "of":
        after_of = nxt
        if after_of is not None and after_of[0].lower() in _PARTITIVE_DETERMINERS:
            after_of = _right_word(text, after_of[2])
        if after_of is None:
            return None
        cur = after_of
        nxt = _right_word(text, cur[2])
    for _ in range(4):
        word = cur[0]
        low = word.lower()
        if (low in NOUN_STOPWORDS and low not in NOUN_MODIFIERS) or len(word) > 24:
            return None
        if nxt is None:
            break
        following = nxt[0]
        if following.islower() and following in NOUN_STOPWORDS and not low.endswith(("'s", "’s")):
            break  # the usual case, "people were": nothing modifies a lower-case stopword
        if (
            low.endswith(("'s", "’s"))
            or _is_modifier(word, following, nxt[1] - cur[2])
            or _capitalised_run(text, cur, nxt)
            or (not one and _is_noun_modifier(word, following, nxt[1] - cur[2]))
        ):
            cur = nxt
            nxt = _right_word(text, cur[2])
            continue
        break
    low = cur[0].lower()
    lemma = _noun_lemma(low)
    return None if lemma is None else (low, lemma, cur[2])


_WORD_PAIR = re.compile(
    r"[ \t\u00a0]{1,2}([A-Za-z][A-Za-z'’]*)"  # the word, as _RIGHT_WORD reads it
    r"(?:[ \t\u00a0]*([A-Za-z][A-Za-z'’]*))?"  # the next word, when one follows
)
"""``_RIGHT_WORD`` after one or two blanks (a counted noun's distance from its figure) and, when
it follows, ``_RIGHT_WORD`` again (group 2, else None)."""


@lru_cache(maxsize=8192)
def _noun_lemma(word: str) -> str | None:
    """The lemma of ``word`` (lower case) as a counted noun, or None when it can be none: a
    stopword, a month, a number word, not all letters. Cached: the words after figures
    repeat ("people", "of")."""
    if word in NOUN_STOPWORDS or word in MONTHS or not word.isalpha() or len(word) < 2:
        return None
    if (
        word in SMALL
        or word in TENS
        or word in SCALES
        or word in DENOMINATORS
        or word in MULTIPLIER_WORDS
    ):
        return None
    return _lemma(word)


def _capitalised_run(text: str, w: _Span, nxt: _Span) -> bool:
    """``w`` opens a run of capitalised words that ends in a lower-case noun, one space apart:
    "three Iranian Revolutionary Guard officers", "five Red Cross workers". Skipped like any
    adjective; a run that ends otherwise ("3 Americans Tuesday.") is no modifier."""
    if not (w[0][0].isupper() and nxt[0][0].isupper()):
        return False
    prev, cur = w, nxt
    for _ in range(3):
        if cur[1] - prev[2] != 1 or cur[0].lower() in MONTHS:
            return False
        if cur[0][0].islower():
            return cur[0].isalpha() and cur[0] not in NOUN_STOPWORDS
        after = _right_word(text, cur[2])
        if after is None:
            return False
        prev, cur = cur, after
    return False


_PARTITIVE_DETERMINERS = frozenset({"the", "these", "those", "its", "their", "our", "his", "her"})


def _is_noun_modifier(word: str, following: str, gap: int) -> bool:
    """A singular noun before a plural one is its modifier: "police officers", "rail cars"."""
    low, nxt = word.lower(), following.lower()
    return (
        gap == 1
        and following.islower()
        and following.isalpha()
        and len(nxt) > 3
        and nxt.endswith("s")
        and not nxt.endswith("ss")
        and nxt not in NOUN_STOPWORDS
        and (not low.endswith("s") or _singular_in_s(low))
        and low not in IRREGULAR_PLURALS
        and low not in NOUN_STOPWORDS
    ) or (gap == 1 and f"{low} {nxt}" in COMPOUND_NOUNS)


_SINGULARS_IN_S = frozenset(["measles", "mumps", "rabies", "diabetes", "news", "gas", "series"])


def _singular_in_s(word: str) -> bool:
    """A singular noun ending in "s" ("bus", "virus", "crisis", "measles"): "40 bus
    passengers" counts passengers, "142 measles cases" cases."""
    return word.endswith(("ss", "us", "is")) or word in _SINGULARS_IN_S


@lru_cache(maxsize=8192)
def _lemma(word: str) -> str:
    """Singular of a plural noun, by rule plus the irregular table.

    >>> _lemma("people"), _lemma("explosions"), _lemma("casualties"), _lemma("buses")
    ('person', 'explosion', 'casualty', 'bus')
    >>> _lemma("houses"), _lemma("warehouses"), _lemma("viruses")
    ('house', 'warehouse', 'virus')
    """
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ouses", "auses")) and len(word) > 5:
        return word[:-1]  # "houses", "warehouses", "causes"; not "buses"
    if word.endswith(("ches", "shes", "sses", "xes", "zes", "uses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


singular = _lemma
"""The singular the recogniser gives a counted noun: the reader names a total's noun so too."""
