"""Read one number where it starts in a text: digits, words, fractions, magnitudes, ordinals.

The recogniser (:mod:`factcheck.quantities`) calls :func:`read_number` at each candidate; other
stages call :func:`parse_number` on a whole string ("four" in "four years ago").
"""

from __future__ import annotations

import math
import re
import string
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .lexicon.numbers import (
    AMBIGUOUS_SUFFIXES,
    DENOMINATORS,
    DETERMINER_ONE,
    FRACTION_CHARS,
    MAGNITUDE_SUFFIXES,
    MULTIPLIER_WORDS,
    ORDINAL_WORDS,
    PLURAL_SCALES,
    SCALES,
    SLASH_UNITS,
    SMALL,
    TENS,
)

__all__ = [
    "NUMBER_WORD_HEADS",
    "NumberRead",
    "ambiguous_suffix_at",
    "parse_number",
    "parse_ordinal",
    "read_digit_number",
    "read_number",
]


class NumberRead(NamedTuple):
    """A number read from ``text[start:end]``.

    ``step`` is the place value of the last digit written ("2,300" -> 100, "1.5" -> 0.1,
    "1.2 million" -> 100,000; 0 for a value that is exact by its nature, like "a half"), so a
    measurement stands for ``value ± step / 2``. ``ordinal`` marks "fourth", "3rd": never a
    quantity. ``words`` is true when some of it is spelt in words.

    A named tuple: the recogniser makes one per candidate figure, and a tuple is built in half
    the time of a frozen dataclass, which sets its fields one by one.
    """

    value: float
    start: int
    end: int
    step: float
    words: bool = False
    ordinal: bool = False
    magnitude: bool = False
    """A magnitude of a million or more, or an abbreviated one, was read ("1.2 million", "3bn",
    "40k"): such figures are rounded."""
    scale: float = 1.0
    """The scale word or suffix the number ends in ("15 thousand" 1,000, "1.5bn" 1e9, "12
    hundred" 100; 1 for none): a bare figure before it in a range may share it ("between 12
    and 15 thousand")."""


_MAX_TOKENS = 40
"""No real number has more words; the cap bounds the work per candidate on hostile input."""

# One digit group with its separators; the separators are mandatory between groups, so the
# pattern is unambiguous, and its bounds cap the work per candidate (a megabyte of "1.1.1"
# is read a few groups at a time). Interpreted in Python (_read_digits).
_DIGITS = re.compile(r"\d{1,30}(?:[.,]\d{1,30}){0,8}")
_SEPARATOR = re.compile(r"[.,]")
_SPACE_GROUP = re.compile(r"[ \u00a0\u202f\u2009](\d{3})(?!\d|,\d{3})")
# after space groups, a decimal point or a decimal comma ("1 234 567,89", as in Europe); a
# comma before three digits would be a second kind of grouping, and is left alone
_DECIMAL_TAIL = re.compile(r"\.(\d+)|,(\d{1,2})(?!\d)")
_LEADING_POINT = re.compile(r"\.(\d+)")
_EXPONENT = re.compile(
    r"[eE]([-+]?\d{1,3})(?![\w])"
    r"|[ ]?[x×][ ]?10(?:\^[-+−]?|[-−])(?<=(?P<sign>.))(\d{1,3})(?!\d)"
    r"|\^([-+]{0,2}\d{1,3})(?!\d)"
    r"|[ ]?[x×][ ]?(?P<base>[2-9])\^(?P<bexp>\d{1,2})(?![\d.])"
)
_EXPONENT_HEADS = frozenset("0123456789+-")
"""What may follow a "^" in an exponent that :data:`_EXPONENT` reads."""
_SLASH_FRACTION = re.compile(r"/(\d{1,4})(?![\d/])")
_MIXED_FRACTION = re.compile(r"[ \u00a0]{1,3}(\d{1,2})/(\d{1,3})(?![\d/])")
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_SUFFIX = re.compile(r"[ \u00a0]{0,2}([A-Za-z]{1,4})(?![^\W\d_]|\.[A-Za-z])")
"""A magnitude after digits ("40k", "3 bn", typed with a double space "10  k"); not the first
letter of a dotted abbreviation ("1 k.g." is a kilogram) or of a symbol ("5 kΩ")."""
_WORD = re.compile(r"[A-Za-z]+")
# Between two words of one number: spaces, or a hyphen with optional spaces ("fifty - two").
_JOIN = re.compile(r"[ \t\u00a0]{0,4}(?:-[ \t]{0,3})?")
_JOIN_AND_WORD = re.compile(r"(?>" + _JOIN.pattern + r")(" + _WORD.pattern + ")")
"""``_JOIN`` and then ``_WORD`` where it ends, in one match: the join is atomic, as its own
match is (the longest), so no shorter join is tried when no word follows."""
_PLAIN_WORD = re.compile(
    r"([A-Za-z]+)(?:(?:[ \t\u00a0]{1,4}(?:-[ \t]{0,3})?|-[ \t]{0,3})([A-Za-z]+|&))?"
)
"""``_WORD``, then ``_JOIN`` where it is not empty and ``_WORD`` or "&" right after it (group
2; None where the join is empty or neither follows it): what :func:`_read_plain_word` reads
of a number word and the word after it. No shorter join ends at a letter or "&" (a join is
blanks and a hyphen), so the match is the three patterns' one after the other."""
_SPACES = re.compile(r"[ \t\u00a0]{1,4}")
_SPACED_WORD = re.compile(r"[ \t\u00a0]{1,4}([A-Za-z]+)")
"""The next word after a figure, as :func:`read_number` reads on (``_SPACES``, ``_WORD``)."""
_WORD_BLANKS = frozenset(" \t\u00a0")
"""What ``_SPACED_WORD`` opens with."""


def _trailing_zero_step(digits: str) -> float:
    """Place value of the last non-zero digit of an integer written as ``digits``."""
    stripped = digits.rstrip("0")
    if not stripped:
        return 1.0
    zeros = len(digits) - len(stripped)
    return _PLACE_VALUES[zeros] if zeros < len(_PLACE_VALUES) else float(10**zeros)


_PLACE_VALUES = tuple(float(10**zeros) for zeros in range(31))
"""10.0 ** n, exact, for the trailing zeros of a digit run (at most 30 digits)."""


def _interpret_digits(raw: str) -> tuple[float, float, int]:
    """A run with separators like "2,300", "1.111,11", "12,34,567.89" -> (value, step, chars
    used); :func:`_read_digits` reads a run of bare digits itself.

    Fewer chars than ``len(raw)`` are used when the separators do not form one number
    ("22,24,26" is a list, "192.168.1.2" an address): the first group stands alone.
    """
    seps = [c for c in raw if c in ",."]
    groups = _SEPARATOR.split(raw)
    if len(set(seps)) == 2:
        # The last separator is the decimal mark; the others must be one kind of grouping.
        dec = seps[-1]
        thou = seps[0]
        if all(s == thou for s in seps[:-1]) and thou != dec and _valid_grouping(groups[:-1]):
            frac = groups[-1]
            value = float("".join(groups[:-1]) + "." + frac)
            return value, 10.0 ** -len(frac), len(raw)
        return float(groups[0]), _trailing_zero_step(groups[0]), len(groups[0])
    sep = seps[0]
    if len(seps) == 1:
        whole, frac = groups
        if sep == "," and len(frac) == 3 and whole != "0":
            value = float(whole + frac)
            return value, _trailing_zero_step(whole + frac), len(raw)
        # "1.5", and the decimal comma of "5,00" or "1,3".
        return float(whole + "." + frac), 10.0 ** -len(frac), len(raw)
    if _valid_grouping(groups):
        joined = "".join(groups)
        return float(joined), _trailing_zero_step(joined), len(raw)
    return float(groups[0]), _trailing_zero_step(groups[0]), len(groups[0])


def _valid_grouping(groups: list[str]) -> bool:
    """Western 1,234,567 or Indian 12,34,567 thousands grouping."""
    if not groups or len(groups[0]) > 3 or groups[0].startswith("0"):
        return len(groups) == 1
    if len(groups) == 1:
        return True
    if len(groups[-1]) != 3:
        return False
    middle = groups[1:-1]
    return all(len(g) == 3 for g in middle) or all(len(g) == 2 for g in middle)


def _finite_power(base: float, exponent: int, factor: float) -> float | None:
    """``factor * base ** exponent``, or None where it has no finite value: zero to a negative
    power, or a result beyond the largest float (float ``**`` raises for both, and a product
    may still overflow to infinity)."""
    try:
        value = factor * base**exponent
    except (ZeroDivisionError, OverflowError):
        return None
    return value if math.isfinite(value) else None


def _signed_exponent(written: str) -> int:
    """The exponent after "^", with up to two signs before its digits: each "-" turns it
    ("2^--3" is 2^3, "2^+-3" and "2^-+3" are 2^-3)."""
    digits = written.lstrip("+-")
    negative = written.count("-", 0, len(written) - len(digits)) % 2 == 1
    return -int(digits) if negative else int(digits)


def _read_digits(text: str, pos: int) -> tuple[float, float, int] | None:
    """Digits at ``pos`` with separators, exponent and fraction -> (value, step, end)."""
    if text.startswith(".", pos):
        lp = _LEADING_POINT.match(text, pos)
        if lp is None:
            return None
        return float("0." + lp.group(1)), 10.0 ** -len(lp.group(1)), lp.end()
    m = _DIGITS.match(text, pos)
    if m is None:
        return None
    raw = m.group()
    if raw.isdigit():
        # the usual "120"; a last digit other than 0 is a step of one without the call
        step = 1.0 if raw[-1] != "0" else _trailing_zero_step(raw)
        value, used = float(raw), len(raw)
    else:
        value, step, used = _interpret_digits(raw)
    end = pos + used
    # What follows decides which of the rarer forms can apply; most figures end in a space
    # before a word, and skip every regex below.
    nxt = text[end : end + 2]
    c = nxt[:1]
    if c == " " and nxt[1:].isalpha() and nxt != " x":
        return value, step, end  # the usual case, a word after one space ("120 people")
    plain = used == len(raw) and "," not in raw and "." not in raw
    if plain and len(raw) <= 3 and c in _GROUP_SPACES and nxt[1:].isdigit():
        # "1 000", "1 414 021 100": thin-space or space grouping of exact 3-digit groups.
        parts = [raw]
        j = end
        for _ in range(8):
            g = _SPACE_GROUP.match(text, j)
            if g is None:
                break
            parts.append(g.group(1))
            j = g.end()
        if len(parts) > 1:
            joined = "".join(parts)
            value, step, end = float(joined), _trailing_zero_step(joined), j
            tail = _DECIMAL_TAIL.match(text, end)
            if tail is not None:
                decimals = tail.group(1) or tail.group(2)
                value += float("0." + decimals)
                step, end = 10.0 ** -len(decimals), tail.end()
            nxt = text[end : end + 2]
            c = nxt[:1]
    if c in _EXPONENT_STARTS or (c == " " and nxt[1:] in ("x", "×")):
        e = _EXPONENT.match(text, end)
        if e is not None:
            # a power with no finite value ("0^-1", "7^999", "3x10^999") is no figure at all:
            # neither the digits before it nor an infinity stand for what the text says
            if e.group("base") is not None:
                # "8x2^10 bits": a power of another base, exact as written
                scaled = _finite_power(float(e.group("base")), int(e.group("bexp")), value)
                return None if scaled is None else (scaled, 0.0, e.end())
            if e.group(1) is not None or e.group(3) is not None:
                exp = int(e.group(1)) if e.group(1) is not None else int(e.group(3))
                if e.group(1) is None and e.group("sign") in "-−":
                    exp = -exp  # "2.48×10−5"
                scaled = _finite_power(10.0, exp, value)
                if scaled is None:
                    return None
                return scaled, step * 10.0**exp, e.end()
            power = _finite_power(value, _signed_exponent(e.group(4)), 1.0)
            return None if power is None else (power, 0.0, e.end())
        if c == "^" and nxt[1:] in _EXPONENT_HEADS:
            return None  # a power whose exponent is not read ("2^99999"): no figure, not "2"
    if plain and c == "/":
        f = _SLASH_FRACTION.match(text, end)
        if f is not None and int(f.group(1)):
            return value / int(f.group(1)), 0.0, f.end()
    if plain and c in (" ", "\u00a0") and "/" in text[end + 2 : end + 6]:
        # a mixed fraction's slash comes after one to three spaces and one or two digits
        f = _MIXED_FRACTION.match(text, end)
        if f is not None:
            num, den = int(f.group(1)), int(f.group(2))
            if den and num < den:
                return value + num / den, 0.0, f.end()
    if c in FRACTION_CHARS:
        return value + FRACTION_CHARS[c], 0.0, end + 1
    if plain and c in (" ", "\u00a0") and nxt[1:] in FRACTION_CHARS:
        return value + FRACTION_CHARS[nxt[1]], 0.0, end + 2  # "2 ½ inches"
    return value, step, end


_WORDS_AFTER_DIGITS = frozenset(
    {"and", "point"} | set(SCALES) | set(PLURAL_SCALES) | set(MULTIPLIER_WORDS) | set(DENOMINATORS)
)
"""The words :func:`_accept_word` can take right after digits ("3 hundred", "2 and a half");
any other word ends the number."""
_GO_ON_AFTER_DIGITS = _WORDS_AFTER_DIGITS | frozenset(MAGNITUDE_SUFFIXES)
"""The words after digits and a space that may go on with the figure: those of the grammar
and the magnitudes ("3 hundred", "40 k")."""
_USUAL_FIGURE = re.compile(
    r"(?:([0-9]{1,15}+)|([1-9][0-9]{0,2}+(?:,[0-9]{3}){1,4}+)|([0-9]{1,15}+\.([0-9]{1,15}+)))"
    r" ([a-wyz][a-z]*+)(?![A-Za-z])"
)
"""ASCII digits (bare, grouped in thousands by commas or with a decimal point), one space and
a lower-case ASCII word, whole as ``_SPACED_WORD`` reads it: the digits are ``_DIGITS``'s
whole run (a space ends it), what :func:`_interpret_digits` reads whole, and a whole value
under 1e15 (kept as it is); the word opens neither an ordinal (a space comes first) nor an
exponent ("x 10^3", hence no "x"), and ends the figure unless it is a magnitude
(``_SUFFIX``: the whole word or nothing) or a word the grammar takes after digits."""
_CLOSED_FIGURE = re.compile(r"[0-9]{1,15}+(?=[,.](?!\d)|[;:)%!?\n])")
"""ASCII digits before a mark that no reading of digits goes on with: a comma or a dot
without a digit of any script after it (no group, no decimal), a semicolon, a colon, a
bracket, a percent sign, a "!" or "?", a line break; the digits are ``_DIGITS``'s whole run,
and no ordinal, magnitude, word, exponent, fraction or scale opens with the mark."""
_PLAIN_FIGURE = re.compile(_USUAL_FIGURE.pattern + "|(" + _CLOSED_FIGURE.pattern + ")")
"""``_USUAL_FIGURE`` (groups 1-5) or else ``_CLOSED_FIGURE`` (group 6), in one match: a miss
of the first cost a second call. Where the first matches the second cannot (its digits end
before a blank, or before a comma or dot and a digit), so the one match finds what the two
found in turn."""
# The runs of both patterns are possessive ("{1,15}+", "*+"): what follows each run can never
# be one more of its own characters (a blank, a point, a comma, a mark or a lookahead that
# refuses a letter), so giving characters back never finds a match, and the engine no longer
# tries it at every figure that a mark closes ("2019,": three branches gave back their digits
# one by one before the fourth matched). The same matches (tests/test_numbers_possessive.py).
_ORDINAL_FIRSTS = frozenset("sSnNrRtT\u017f")
_MAGNITUDE_FIRSTS = frozenset(s[0] for s in MAGNITUDE_SUFFIXES)
_NUMBER_WORD_INITIALS = frozenset(w[0] for w in [*SMALL, *TENS])
_WORDS_AFTER_WORDS = (
    _WORDS_AFTER_DIGITS
    | {"a", "an"}
    | set(SMALL)
    | set(TENS)
    | set(ORDINAL_WORDS)
    | {o + "s" for o in ORDINAL_WORDS}
)
"""A superset of the words that can go on after a number word ("twenty-two", "one third",
"twenty first"); any other word ends it."""
_FIRST_WORDS = frozenset(
    {"a", "an"} | set(SMALL) | set(TENS) | set(SCALES) | set(DENOMINATORS) | set(ORDINAL_WORDS)
)
"""The words a number can start with: those :func:`_accept_word` can take first ("a" before
a scale, units, tens, scales, denominators) and the ordinals read alone ("fourth")."""
NUMBER_WORD_HEADS = frozenset(w[:2] for w in _FIRST_WORDS if len(w) > 1)
"""The first two letters of every word of two or more letters a number can start with: a
word whose first two letters, ASCII, are none of these ("of", "in") starts no number, which a
caller can tell in C before it calls :func:`read_number`."""
_OF_A_SCALE = re.compile(r"[ \t]+of[ \t]+an?[ \t]+([A-Za-z]+)")
_GROUP_SPACES = frozenset(" \u00a0\u202f\u2009")
_EXPONENT_STARTS = frozenset("eE^xX×")


@dataclass(slots=True)
class _State:
    """Mutable accumulator of the word grammar; lives only inside one :func:`read_number`."""

    total: float = 0.0
    current: float = 0.0
    since_and: float = 0.0
    last: str = ""
    group_hundred: bool = False
    words: bool = False
    magnitude: bool = False
    exact_fraction: bool = False
    step: float | None = None
    and_scale: float = 0.0
    """The closing scale an "and" followed ("3 million and a half"), else 0."""
    skip_to: int = -1
    """Where a word that read ahead ("point five") ended."""
    den_prefix: float = 0.0
    """Tens read as the start of a compound ordinal denominator ("twenty" in "twenty-fifths")."""
    last_tens: float = 0.0
    tens_after_and: bool = False
    words_only: bool = True
    """No digits read: only then can an ordinal word end the number ("twenty-first")."""
    scale_seen: float = 0.0
    """The last scale applied ("million"; "lakh crore" is 1e12)."""

    @property
    def value(self) -> float:
        return self.total + self.current


def read_number(text: str, pos: int, *, suffixes: bool = True) -> NumberRead | None:
    """Read the longest number that starts at ``pos``; None when none starts there.

    ``suffixes`` allows the magnitude abbreviations that are also unit symbols ("5m", "3 g");
    the recogniser turns it off where a unit reading is more likely.

    >>> r = read_number("about 2,300 feet", 6)
    >>> r.value, r.end, r.step
    (2300.0, 11, 100.0)
    >>> read_number("a hundred and twelve", 0).value
    112.0
    >>> read_number("the fourth", 4).ordinal
    True
    """
    first = text[pos : pos + 1]
    if first.isdigit():
        plain = _read_plain_figure(text, pos)
        if plain is not None:
            return plain
    elif first.lower() in _NUMBER_WORD_INITIALS:
        plain = _read_plain_word(text, pos)
        if plain is not None:
            return plain
    if first.isalpha() and not _may_open_number(text, pos):
        return None  # "of", "from", "away": the grammar would stop before the first word
    return _read_in_full(text, pos, suffixes)


def read_digit_number(text: str, pos: int, suffixes: bool) -> NumberRead | None:
    """:func:`read_number` where ``text[pos]`` is a digit (``str.isdigit``), its own first test
    taken by the caller: the usual figure, then the grammar. Its arguments by position: the
    number recogniser reads three figures in four so, and its one call does the work of two (a
    slice, a call with a keyword) in :func:`read_number`."""
    plain = _read_plain_figure(text, pos)
    return plain if plain is not None else _read_in_full(text, pos, suffixes)


def _read_in_full(text: str, pos: int, suffixes: bool) -> NumberRead | None:
    """:func:`read_number` by the word grammar, past its shortcuts for the usual figure and
    number word."""
    n = len(text)
    st = _State()
    i = pos
    end = pos
    tokens = 0
    while i < n and tokens < _MAX_TOKENS:
        tokens += 1
        ch = text[i]
        if ch.isdigit() or (ch == "." and st.last == "" and text[i + 1 : i + 2].isdigit()):
            if st.last not in ("", "hundred", "scale", "and"):
                break
            got = _read_digits(text, i)
            if got is None:
                break
            value, step, j = got
            st.words_only = False
            if st.last in ("hundred", "scale") and (
                not value.is_integer() or _peek_word(text, j) not in SCALES
            ):
                break  # "4 thousand 3 hundred" is one number; "$280 million 14.03%" is two
            o = _ORDINAL_SUFFIX.match(text, j)
            if o is not None and st.last == "" and float(value).is_integer():
                return NumberRead(value, pos, o.end(), 1.0, ordinal=True)
            st.current += value
            st.since_and += value
            st.step = step if st.last == "" else None
            st.last = "digits"
            end = i = j
            if st.step == 0.0:
                st.exact_fraction = True
            # a magnitude glued or one space away: "40k", "3bn", "10 bln", "2.33 k"
            sfx = _SUFFIX.match(text, i)
            if (
                sfx is not None
                and sfx.group(1) in MAGNITUDE_SUFFIXES
                and (suffixes or sfx.group(1) not in AMBIGUOUS_SUFFIXES)
                and not text.startswith(SLASH_UNITS, sfx.start(1))
            ):
                mult = MAGNITUDE_SUFFIXES[sfx.group(1)]
                st.current *= mult
                st.step = (step * mult) if st.step is not None else None
                st.magnitude = True
                st.scale_seen = mult
                st.last = "scale"
                end = i = sfx.end()
                break
            if text.startswith("-", i) and _peek_word(text, i + 1) in SCALES:
                i += 1  # "a $5-million fine", "Rs 120-crore": the hyphen joins its scale
                continue
            # "3 hundred", "13 lakh", "3 million and a half": words may carry on after digits.
            sp = _SPACES.match(text, i)
            if sp is None or sp.end() >= n or not text[sp.end()].isalpha():
                break
            after = _WORD.match(text, sp.end())
            if after is None or after.group().lower() not in _WORDS_AFTER_DIGITS:
                break  # the usual case, a noun or a verb ("120 people"): one set lookup
            i = sp.end()
            continue
        if ch in FRACTION_CHARS and st.last in ("", "and"):
            st.current += FRACTION_CHARS[ch]
            st.exact_fraction = True
            end = i = i + 1
            st.last = "fraction"
            break
        w = _WORD.match(text, i)
        if w is not None:
            word, w_start, w_end = w.group().lower(), w.start(), w.end()
        elif ch == "&" and st.words_only:
            word, w_start, w_end = "and", i, i + 1  # "two hundred & forty"
        else:
            break
        if not _accept_word(st, word, text, w_end):
            if (
                word in ORDINAL_WORDS
                and st.last in ("", "unit", "tens", "hundred", "scale", "and")
                and (st.last == "" or st.words_only)
            ):
                # "twenty-first", "one hundredth", "one hundred and fifth"; not "$280 million
                # first preferred"
                ordinal = _ordinal_value(st, word)
                if ordinal is not None:
                    return NumberRead(ordinal, pos, w_end, 1.0, words=True, ordinal=True)
            if st.words_only and st.last in ("unit", "teen", "tens") and word in SMALL:
                # a numerator, then a compound ordinal as its denominator: "one one hundred
                # fifth", "three one-thousandths"; a number word that cannot go on with the
                # figure so far is otherwise a second number ("one two")
                frac = _compound_fraction(st, text, w_start)
                if frac is not None:
                    end = frac
            break
        st.words = True
        i = w_end
        if st.skip_to > 0:
            i = st.skip_to
            st.skip_to = -1
        if st.last not in ("and", "article", "den_prefix"):
            # a dangling "and" or "a" is not part of the number unless more follows
            end = i
        if st.last == "fraction":
            of_scale = _OF_A_SCALE.match(text, i)
            if of_scale is not None and of_scale.group(1).lower() in SCALES:
                # "two thirds of a million"
                st.scale_seen = SCALES[of_scale.group(1).lower()]
                st.current *= st.scale_seen
                st.magnitude = True
                end = i = of_scale.end()
                break
            if _peek_word(text, i) not in SCALES:
                break
        # Continue over a joiner only if a number word or digit follows it.
        join = _JOIN.match(text, i)
        if join is None or join.end() == i or join.end() >= n:
            break
        nxt = join.end()
        if "-" in join.group() and not text[nxt].isalpha():
            break
        i = nxt
    if end == pos:
        return None
    if st.last == "scale" and st.words_only and text.startswith(", ", end):
        end = _comma_group(st, text, end)
    return _finish(st, pos, end)


def ambiguous_suffix_at(text: str, at: int) -> bool:
    """Whether a magnitude suffix that is also a unit ("m", "t", "G", "mil") follows ``at`` as
    :func:`read_number` reads one after digits: the only place where a reading with
    ``suffixes`` goes on past digits that the reading without them ends at ("$5m"; none of
    these words goes on a number without the suffix reading, tests/test_numbers_currency_suffix.py).
    """
    sfx = _SUFFIX.match(text, at)
    return sfx is not None and sfx.group(1) in AMBIGUOUS_SUFFIXES


def _may_open_number(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` is one of :data:`_FIRST_WORDS` (a letter beyond ASCII opens
    no word the grammar reads)."""
    word = _WORD.match(text, pos)
    return word is not None and word.group().lower() in _FIRST_WORDS


def _read_plain_figure(text: str, pos: int) -> NumberRead | None:
    """The usual figure, digits that nothing continues ("120 people", "2,300 feet", "5%"), read
    without the word grammar; None when a suffix or a word may go on ("3rd", "40k", "1.5
    million", "3 hundred"), which :func:`read_number` then reads in full.

    What :func:`read_number` would return for such digits: their value, tidied, and step.
    """
    plain = _PLAIN_FIGURE.match(text, pos)
    word = plain.group(5) if plain is not None else None
    if plain is not None and word is None:
        # a figure that a mark closes ("aged 54,", "in 2019.", "10:30", "5%"): the same
        digits = plain.group(6)
        step = 1.0 if digits[-1] != "0" else _trailing_zero_step(digits)
        end = pos + len(digits)
        return tuple.__new__(NumberRead, (float(digits), pos, end, step, False, False, False, 1.0))
    if plain is not None and (
        word not in _GO_ON_AFTER_DIGITS or (word == "and" and _and_ends_figure(text, plain.end()))
    ):
        # the usual figure of all: ASCII digits, one space and a lower-case word that ends
        # it ("84 people", "2,300 feet", "7.8 earthquake"), in one match; the tests below
        # would each find nothing. So too before an "and" that opens no fraction ("between 24
        # and 31", "40 and 50 people"): the grammar refuses the "and" and ends the figure at
        # the digits.
        value, step = _plain_digits(plain)
        end = plain.start(5) - 1
        return tuple.__new__(NumberRead, (value, pos, end, step, False, False, False, 1.0))
    if plain is not None and word in _SCALES_AFTER_DIGITS and _scale_ends_figure(text, plain.end()):
        # digits and a scale that nothing goes on with ("$45 million on", "1.2 billion.")
        return _plain_scaled_figure(plain, pos, _SCALES_AFTER_DIGITS[word])
    got = _read_digits(text, pos)
    if got is None:
        return None
    value, step, end = got
    # Each pattern below is tried only where its first character is, in one slice: the ordinal
    # and magnitude patterns where their first letter is (IGNORECASE lets the long s "ſ" match
    # an "s"; a suffix comes after at most two blanks), a word after blanks, a scale after a
    # hyphen.
    after = text[end : end + 3]
    if after[:1] in _ORDINAL_FIRSTS and _ORDINAL_SUFFIX.match(text, end) is not None:
        return None
    if after.lstrip(" \u00a0")[:1] in _MAGNITUDE_FIRSTS:
        suffix = _SUFFIX.match(text, end)
        if suffix is not None and suffix.group(1) in MAGNITUDE_SUFFIXES:
            return None
    if after[:1] in _WORD_BLANKS:
        word = _SPACED_WORD.match(text, end)
        if word is not None and word.group(1).lower() in _WORDS_AFTER_DIGITS:
            return None
    elif after[:1] == "-" and _peek_word(text, end + 1) in SCALES:
        return None  # "$5-million": the grammar joins the scale
    # all the fields, in order, built as the tuple a NumberRead is: the class's generated
    # ``__new__`` runs a Python frame for its defaults, a seventh of this reader's work
    # ``_tidy`` keeps a whole value under 1e15 as it is: the usual figure skips its call
    if not (value.is_integer() and -1e15 < value < 1e15):
        value = _tidy(value)
    return tuple.__new__(NumberRead, (value, pos, end, step, False, False, False, 1.0))


_SCALES_AFTER_DIGITS = {word: scale for word, scale in SCALES.items() if scale != 100}
"""The scales the word grammar applies to digits before it in one way ("45 million", "1.2
billion", "3 thousand", "13 lakh"): "hundred" has rules of its own."""
_WORDS_AFTER_SCALE = _WORDS_AFTER_DIGITS | frozenset(SMALL) | frozenset(TENS)
"""The words the grammar may take after digits and a scale: every word it takes after digits
("and", "point", a scale, a multiplier, a denominator) and the unit, teen and tens words ("4
million two hundred"). After any other word (a noun, "on", "a") it ends the figure at the
scale: :func:`_accept_word` refuses it, and no ordinal or fraction reading opens after digits."""
_SCALE_JOINS = frozenset(" \t\u00a0-")
"""What ``_JOIN`` opens with: after a scale, any other character (a mark, the end) ends the
figure there."""
_ASCII_LETTERS = frozenset(string.ascii_letters)


def _scale_ends_figure(text: str, at: int) -> bool:
    """Whether the word grammar ends a figure of digits and a scale at ``at``, the scale's end
    ("$45 million on", "1.2 billion.", "600 million, families"): a character no join opens
    with, or one blank and an ASCII word the grammar does not take after a scale. False
    where it may go on ("4 million 300 thousand", "3 million and a half", "$5 million-plus"),
    and where it is not told so cheaply (two blanks, a word beyond ASCII)."""
    nxt = text[at : at + 2]
    first = nxt[:1]
    if first not in _SCALE_JOINS:
        return True
    if first != " " or nxt[1:] not in _ASCII_LETTERS:
        return False
    following = _WORD.match(text, at + 1)
    return following is not None and following.group().lower() not in _WORDS_AFTER_SCALE


_FRACTION_HEADS = frozenset(SMALL) | frozenset(TENS) | frozenset(["a", "an"])
"""The words after "and" with which :func:`_fraction_follows` may find a fraction ("3 and a
half", "2 and three quarters"): after digits, the grammar takes an "and" only before one."""


def _and_ends_figure(text: str, at: int) -> bool:
    """Whether the word grammar refuses an "and" that ends at ``at`` after digits: it takes one
    only where :func:`_fraction_follows`, which needs one of :data:`_FRACTION_HEADS` next
    (tests/test_numbers_and_after_digits.py proves the reads equal)."""
    return _peek_word(text, at) not in _FRACTION_HEADS


def _plain_digits(plain: re.Match[str]) -> tuple[float, float]:
    """The value and step of the digits of ``plain``, a match of ``_PLAIN_FIGURE`` before a
    word, as :func:`_read_digits` works them out for digits before a blank and a letter."""
    digits, grouped, decimal, fraction = plain.group(1, 2, 3, 4)
    if digits is not None:
        step = 1.0 if digits[-1] != "0" else _trailing_zero_step(digits)
        return float(digits), step
    if grouped is not None:
        digits = grouped.replace(",", "")
        return float(digits), _trailing_zero_step(digits)
    return _tidy(float(decimal)), 10.0 ** -len(fraction)


def _plain_scaled_figure(plain: re.Match[str], pos: int, scale: float) -> NumberRead:
    """What the word grammar reads of the digits of ``plain`` (a match of ``_USUAL_FIGURE``
    at ``pos``) and the scale word after them, where nothing goes on after it: the digits'
    value and step, as :func:`_read_plain_figure` works them out, times the scale, as
    :func:`_accept_word` applies it ("(current or 1) * scale", the step times the scale) and
    :func:`_finish` tidies the value; words read, a magnitude from a million up, the scale's
    end (tests/test_numbers_scale_after_digits.py proves the reads equal)."""
    value, step = _plain_digits(plain)
    value = _tidy((value or 1.0) * scale)
    # built as a tuple, as :func:`_read_plain_figure` builds its figure
    return tuple.__new__(
        NumberRead, (value, pos, plain.end(), step * scale, True, False, scale >= 1e6, scale)
    )


def _read_plain_word(text: str, pos: int) -> NumberRead | None:
    """The usual number word, one unit, teen or tens word that no number word continues ("two
    people", "Eleven of them", "thirty years"), read without the word grammar; None otherwise
    ("twenty-two", "three hundred", "two thirds", "one and a half"), for :func:`read_number`.

    What :func:`read_number` would return for it: the word's value, step 1 (10 for tens).
    """
    # the word, the join after it and the word or "&" after a join, in one match where three
    # (_WORD, _JOIN, _WORD) found the same spans (tests/test_numbers_plain_word_match.py)
    w = _PLAIN_WORD.match(text, pos)
    if w is None:
        return None
    got = _PLAIN_WORD_READS.get(w.group(1).lower())
    if got is None:
        return None
    value, step = got
    follower = w.group(2)
    if follower is not None and (follower == "&" or follower.lower() in _WORDS_AFTER_WORDS):
        return None
    end = w.end(1)
    # built as a tuple, as :func:`_read_plain_figure` builds its figure
    return tuple.__new__(NumberRead, (value, pos, end, step, True, False, False, 1.0))


_PLAIN_WORD_READS = {
    word: (float(value), _trailing_zero_step(str(value)) if value else 1.0)
    for word, value in {**TENS, **SMALL}.items()
}
"""The value and step of each word :func:`_read_plain_word` reads alone, worked out once (a
unit or teen word wins over a tens word of the same spelling, as it always did): 1 but for
the round ones ("ten", "thirty": 10)."""


def _comma_group(st: _State, text: str, at: int) -> int:
    """Words after a comma that finish a number spelt in groups: "three million, two hundred
    and forty" is 3,000,240. Only a group of hundreds or more below the last scale joins: "a
    thousand, three of them children" is two numbers, and so is "one million, two million"."""
    k = at + 2
    first = _WORD.match(text, k)
    if first is None or first.group().lower() in DETERMINER_ONE:
        return at  # digits, or "one thousand, a hundred": a list
    rest = read_number(text, k, suffixes=False)
    if (
        rest is None
        or rest.ordinal
        or not rest.value.is_integer()
        or not 100 <= rest.value < st.scale_seen
    ):
        return at
    st.current += rest.value
    st.last = "group"  # the figure no longer ends in its scale
    return rest.end


def _ordinal_value(st: _State, word: str) -> float | None:
    """Value of an ordinal ending in ``word`` after the cardinal part read so far."""
    return _ordinal_of(st.value, ORDINAL_WORDS[word])


def _ordinal_of(base: float, o: int) -> float | None:
    """The compound ordinal of cardinal ``base`` and ordinal word value ``o`` ("one hundred"
    and "fifth" -> 105, "one" and "thousandth" -> 1,000), None when they do not combine."""
    if base == 0:
        return float(o)
    if (o < 100 and base >= 20 and base % 10 == 0) or (o < 20 and base % 100 == 0):
        return base + o
    if o in (100, 1000, 1_000_000):
        return base * o
    return None


def _finish(st: _State, start: int, end: int) -> NumberRead:
    value = st.value
    if st.exact_fraction:
        # a fraction is exact, but a fraction of a million is as round as its decimal ("half
        # a million" is 0.5 million, "one and a half million" 1.5 million)
        round_scale = st.magnitude and value >= st.scale_seen / 10
        step = st.scale_seen / 10 if round_scale else 0.0
    elif st.step is not None:
        step = st.step
    elif value.is_integer() and value != 0:
        step = _trailing_zero_step(str(int(value)))
    elif value == 0:
        step = 1.0
    else:
        step = 0.0
    scale = st.scale_seen if st.last == "scale" else 100.0 if st.last == "hundred" else 1.0
    # by position (value, start, end, step, words, ordinal, magnitude, scale): a named tuple
    # takes keywords at twice the cost
    return NumberRead(_tidy(value), start, end, step, st.words, False, st.magnitude, scale)


def _tidy(x: float) -> float:
    """Round away float noise (16.4 * 1e6 = 16399999.999999998) to 12 significant digits."""
    if x == 0 or not math.isfinite(x) or (x.is_integer() and abs(x) < 1e15):
        return x
    return float(f"{x:.12g}")


def _peek_word(text: str, i: int) -> str:
    """The next word after ``i`` (skipping spaces and a hyphen), lower case, or ""."""
    w = _JOIN_AND_WORD.match(text, i)
    return w.group(1).lower() if w is not None else ""


def _peek_is_number(text: str, i: int) -> bool:
    j = _JOIN.match(text, i)
    k = j.end() if j is not None else i
    if k < len(text) and (text[k].isdigit() or text[k] in FRACTION_CHARS):
        return True
    word = _peek_word(text, i)
    return word in SMALL or word in TENS or word in ("a", "an", "half", "one")


def _accept_word(st: _State, word: str, text: str, after: int) -> bool:
    """Apply ``word`` to the state if the grammar allows it here; False to stop before it."""
    last = st.last
    if last == "den_prefix":
        return _accept_compound_denominator(st, word, text, after)
    if word in ("a", "an"):
        nxt = _peek_word(text, after)
        if last in ("", "and") and (
            nxt in SCALES
            or nxt in MULTIPLIER_WORDS
            or nxt in DENOMINATORS
            or (nxt in TENS and _tens_then_ordinal(text, after))  # "a twenty-first"
        ):
            if last == "":
                st.current, st.since_and = 1.0, 1.0
            else:
                st.current += 1.0
                st.since_and = 1.0
            st.last = "article"
            return True
        if last == "fraction_half" and (nxt in MULTIPLIER_WORDS or nxt in SCALES):
            st.last = "article"  # "half a dozen", "half a million"
            return True
        return False
    if word == "and":
        if last in ("hundred", "scale") and st.words_only and _ordinal_after_and(text, after):
            st.last = "and"  # "one hundred and fifth": the ordinal ends the number
            return True
        if last in ("hundred", "scale", "unit", "tens", "teen", "digits") and _peek_is_number(
            text, after
        ):
            if last in ("unit", "tens", "teen", "digits") and not _fraction_follows(text, after):
                return False  # "one and two" is two numbers; "one and a half" is one
            if last == "hundred" and _hundred_follows(text, after):
                return False  # "3 hundred and 2 hundred" is two numbers
            if _zero_follows(text, after):
                return False  # "300 and 0": nobody adds a zero, so it is a second number
            if (
                last == "scale"
                and not st.words_only
                and _peek_word(text, after)[:1].isalpha()
                and not _fraction_follows(text, after)
            ):
                return False  # "Rs 5 lakh and two sureties": digits, then a count in words
            st.and_scale = st.scale_seen if last == "scale" else 0.0
            st.since_and = 0.0
            st.last = "and"
            return True
        return False
    if word == "point" and last in ("unit", "teen", "tens", "hundred", "digits", "scale"):
        return _read_point(st, text, after)
    if word in SMALL:
        v = SMALL[word]
        if v < 10:
            if last not in ("", "tens", "hundred", "scale", "and"):
                return False
            if last == "tens" and st.since_and % 10 != 0:
                return False
            kind = "unit"
        else:
            if last not in ("", "hundred", "scale", "and"):
                return False
            kind = "teen"
        st.current += v
        st.since_and += v
        st.last = kind
        return True
    if word in TENS:
        if last in ("unit", "tens", "teen", "article") and _ordinal_follows(text, after):
            # "one twenty-fifth", "three twenty-firsts": the tens open the denominator
            st.den_prefix = TENS[word]
            st.last = "den_prefix"
            return True
        if last not in ("", "hundred", "scale", "and"):
            return False
        st.current += TENS[word]
        st.since_and += TENS[word]
        st.last_tens, st.tens_after_and = TENS[word], last == "and"
        st.last = "tens"
        return True
    if word in SCALES or (word in PLURAL_SCALES and last != ""):
        scale = SCALES.get(word) or PLURAL_SCALES[word]
        if scale == 100:
            if st.group_hundred or last not in ("", "unit", "teen", "tens", "digits", "article"):
                return False
            st.current = (st.current or 1.0) * 100
            st.since_and = st.current
            st.group_hundred = True
            st.last = "hundred"
            st.step = None
            return True
        if last == "scale" and st.current == 0 and st.total:
            st.total *= scale  # "three lakh crore"
            if st.step is not None:
                st.step *= scale  # "1.2 lakh crore" is rounded to 0.1 lakh crore
            scale *= st.scale_seen
        elif last in (
            "",
            "unit",
            "teen",
            "tens",
            "digits",
            "hundred",
            "article",
            "fraction_half",
            "fraction",
        ):
            if st.step is not None and last == "digits":
                st.step *= scale
            st.total += (st.current or 1.0) * scale
            st.current = 0.0
        else:
            return False
        st.since_and = 0.0
        st.group_hundred = False
        # "1.2 million" is a rounded figure; "two thousand" is as exact as "2,000"
        st.magnitude = st.magnitude or scale >= 1e6
        st.scale_seen = scale
        st.last = "scale"
        return True
    if word in MULTIPLIER_WORDS and word != "gross":
        if last not in ("unit", "teen", "tens", "digits", "article", "hundred", "fraction_half"):
            return False
        if word == "score" and last not in ("unit", "teen", "tens"):
            return False  # "two score" and "three score years" are 40 and 60; "3 score" is not
        times = MULTIPLIER_WORDS[word]
        piece = st.since_and or 1.0
        st.current += piece * times - piece
        st.since_and = piece * times
        st.last = "multiplier"
        # "three dozen cars" is a round count, like "1.2 million": to half a dozen either way
        st.magnitude = True
        st.step = times / 2
        return True
    if word in DENOMINATORS:
        return _accept_denominator(st, word, text, after)
    return False


_ZERO = re.compile(r"(?:0|zero|nought|naught)(?![\w.,])", re.IGNORECASE)


def _ordinal_after_and(text: str, i: int) -> bool:
    """After "<hundred or scale> and": a unit or tens ordinal that is not the first half of a
    compound adjective ("one hundred and fifth", "a thousand and first"; not "and
    first-time")."""
    j = _JOIN.match(text, i)
    k = j.end() if j is not None else i
    w = _WORD.match(text, k)
    if w is None:
        return False
    o = ORDINAL_WORDS.get(w.group().lower())
    return o is not None and o < 100 and not text.startswith("-", w.end())


def _compound_fraction(st: _State, text: str, at: int) -> int | None:
    """A compound ordinal denominator at ``at`` after the numerator read so far: applies the
    fraction to ``st`` and returns its end, or None ("one" + "one hundred fifth" = 1/105,
    "three" + "one-thousandths" = 3/1000, "five" + "one hundred and twenty-fifths" = 5/125)."""
    got = _compound_denominator(text, at)
    if got is None:
        return None
    den, plural, end = got
    num = st.since_and
    if not 0 < num < den or (not plural and (num != 1.0 or not _fraction_context(text, end))):
        return None  # "two one hundredth anniversaries": two ordinals, not 2/100
    st.current = st.current - num + num / den
    st.since_and = num / den
    _close_fraction(st, text, end)
    return end


def _compound_denominator(text: str, at: int) -> tuple[float, bool, int] | None:
    """Cardinal words then an ordinal at ``at``: (denominator, plural, end), or None.

    "one hundred fifth" -> 105, "one-thousandths" -> 1,000 (plural), "one hundred and fifth"
    -> 105. A bare ordinal ("fifth") is not one: the caller reads those itself.
    """
    j = at
    cardinal_end = at
    for _ in range(_MAX_DENOMINATOR_WORDS):
        w = _WORD.match(text, j)
        if w is None:
            return None
        word = w.group().lower()
        plural = word.endswith("s") and word[:-1] in ORDINAL_WORDS
        o = ORDINAL_WORDS.get(word[:-1] if plural else word)
        if o is not None:
            if cardinal_end == at:
                return None
            base = read_number(text[at:cardinal_end], 0, suffixes=False)
            if base is None or base.ordinal or base.end != cardinal_end - at:
                return None
            and_between = "and" in text[cardinal_end : w.start()].lower()
            if and_between and o >= 100:
                return None
            den = _ordinal_of(base.value, o)
            if den is None or den <= base.value or not den.is_integer():
                return None
            return den, plural, w.end()
        if word == "and":
            if cardinal_end == at:
                return None
        elif word in SMALL or word in TENS or word in SCALES:
            cardinal_end = w.end()
        else:
            return None
        join = _JOIN.match(text, w.end())
        if join is None or join.end() == w.end():
            return None
        j = join.end()
    return None


_MAX_DENOMINATOR_WORDS = 8
"""Words of a compound ordinal denominator ("one hundred and twenty-fifths" has five)."""


def _zero_follows(text: str, i: int) -> bool:
    """After "and": a lone zero ("4 thousand 3 hundred and 0")."""
    j = _JOIN.match(text, i)
    return _ZERO.match(text, j.end() if j is not None else i) is not None


def _hundred_follows(text: str, i: int) -> bool:
    """After "and": a figure then "hundred" ("3 hundred and 2 hundred")."""
    j = _JOIN.match(text, i)
    k = j.end() if j is not None else i
    d = _DIGITS.match(text, k)
    w = d if d is not None else _WORD.match(text, k)
    return w is not None and _peek_word(text, w.end()) == "hundred"


def _fraction_follows(text: str, i: int) -> bool:
    """After "and": does a fraction follow ("three and three fifths", "one and a half")?"""
    nxt = _peek_word(text, i)
    if nxt in ("a", "an"):
        j = _JOIN.match(text, i)
        k = j.end() if j is not None else i
        w0 = _WORD.match(text, k)
        return w0 is not None and _peek_word(text, w0.end()) in DENOMINATORS
    if nxt not in SMALL and nxt not in TENS:
        return False
    j = _JOIN.match(text, i)
    k = j.end() if j is not None else i
    w = _WORD.match(text, k)
    if w is None:
        return False
    after_word = _peek_word(text, w.end())
    if nxt in TENS and after_word in SMALL:
        # "two and fifty-four hundredths": the numerator is a compound
        j2 = _JOIN.match(text, w.end())
        w2 = _WORD.match(text, j2.end() if j2 is not None else w.end())
        after_word = _peek_word(text, w2.end()) if w2 is not None else ""
    return after_word in DENOMINATORS or after_word in SCALES or after_word in MULTIPLIER_WORDS


def _accept_compound_denominator(st: _State, word: str, text: str, after: int) -> bool:
    """The ordinal after denominator tens: "twenty-first(s)", "twenty fifths"."""
    plural = word.endswith("s") and word[:-1] in ORDINAL_WORDS
    unit = ORDINAL_WORDS.get(word[:-1] if plural else word)
    if unit is None or unit >= 10:
        return False
    num = st.since_and or 1.0
    if not plural and (num != 1.0 or not _fraction_context(text, after)):
        return False
    den = st.den_prefix + unit
    st.current = st.current - st.since_and + num / den
    st.since_and = num / den
    st.den_prefix = 0.0
    _close_fraction(st, text, after)
    return True


def _tens_then_ordinal(text: str, at: int) -> bool:
    """The word after ``at`` is a tens word, and an ordinal follows it."""
    j = _JOIN.match(text, at)
    k = j.end() if j is not None else at
    w = _WORD.match(text, k)
    return w is not None and _ordinal_follows(text, w.end())


def _ordinal_follows(text: str, after: int) -> bool:
    nxt = _peek_word(text, after)
    return nxt in ORDINAL_WORDS or (nxt.endswith("s") and nxt[:-1] in ORDINAL_WORDS)


def _accept_denominator(st: _State, word: str, text: str, after: int) -> bool:
    den = DENOMINATORS[word]
    last = st.last
    plural = word.endswith("s")
    if word == "half":
        if last == "":
            # "half", "half a dozen", "half million"
            st.current, st.since_and = 0.5, 0.5
            st.last = "fraction_half"
            st.exact_fraction = True
            return True
        if last == "article" and st.since_and == 1.0:
            st.current -= 0.5  # "a half" after "and": 1 -> 0.5
            st.since_and = 0.5
            _close_fraction(st, text, after)
            return True
        if last in ("unit", "tens", "teen", "digits") and st.since_and == 1.0:
            st.current -= 0.5  # "and one half"
            st.since_and = 0.5
            _close_fraction(st, text, after)
            return True
        return False
    if word in ("quarter", "quarters") and last == "" and _peek_word(text, after) in SCALES:
        st.current, st.since_and = 0.25, 0.25
        st.last = "fraction_half"
        st.exact_fraction = True
        return True
    if last == "scale" and plural and den > st.value > 0:
        # "a hundred thousand trillionths" = 1e5 / 1e12: a scaled numerator over a larger
        # denominator (only plural, so "two thousand millionth" stays an ordinal)
        st.total, st.current = 0.0, st.value / den
        st.since_and = st.current
        _close_fraction(st, text, after)
        return True
    if last not in ("unit", "teen", "tens", "article", "digits", "hundred"):
        return False
    num = st.since_and
    if not plural and num != 1.0:
        return False
    if not plural and word not in ("quarter", "half") and not _fraction_context(text, after):
        return False  # "a sixth worker", "one third time": ordinals
    if last == "article":
        num = 1.0
    if last == "tens" and not st.tens_after_and and den < 10 and st.value > st.last_tens:
        # "one hundred thirty fifths" is 100/35: bare tens before a unit ordinal join it
        st.total, st.current = 0.0, (st.value - st.last_tens) / (st.last_tens + den)
        st.since_and = st.current
        _close_fraction(st, text, after)
        return True
    base = st.current - st.since_and
    if num >= den and (base or st.total):
        # an improper fraction takes the whole figure: "one hundred and thirty fifths" = 26
        st.current, st.total = st.value / den, 0.0
        st.since_and = st.current
        _close_fraction(st, text, after)
        return True
    # A proper fraction applies to the figure since the last "and" ("one hundred and three
    # quarters"), and after a scale ("one billion and three quarters million") to the scale.
    st.current = base + num / den
    st.since_and = num / den
    _close_fraction(st, text, after)
    return True


def _close_fraction(st: _State, text: str, after: int) -> None:
    """A fraction ends the number unless a scale follows; after "<scale> and" it is a fraction
    of that scale ("3 million and a half" = 3,500,000)."""
    st.exact_fraction = True
    st.last = "fraction"
    if st.and_scale and _peek_word(text, after) not in SCALES:
        st.current = st.current * st.and_scale
        st.and_scale = 0.0


def _fraction_context(text: str, after: int) -> bool:
    """After "a fifth": "of", a scale, or no word at all makes it a fraction, not an ordinal."""
    nxt = _peek_word(text, after)
    if not nxt:
        return True
    j = _JOIN.match(text, after)
    k = j.end() if j is not None else after
    if k > after and "-" in text[after:k]:
        return False  # "a fifth-generation"
    return nxt == "of" or nxt in SCALES or text[after : after + 1] in ".,;:!?)"


_POINT_DIGITS = re.compile(r"\d{1,12}(?![\w.,:/])")


def _read_point(st: _State, text: str, after: int) -> bool:
    """Spoken decimals: "two hundred point zero three", "five point five"."""
    digits = ""
    i = after
    if st.last == "digits" and st.step is not None and st.step >= 1:
        # "1 point 1": digits on both sides, read aloud; a run that goes on ("1 point 1.5",
        # "2 point 3,000") is something else
        j = _SPACES.match(text, after)
        d = _POINT_DIGITS.match(text, j.end()) if j is not None else None
        if d is None:
            return False
        st.current += float("0." + d.group())  # digits after a whole number
        st.step = 10.0 ** -len(d.group())
        st.last = "fraction"
        st.skip_to = d.end()
        return True
    for _ in range(12):
        j = _SPACES.match(text, i)
        if j is None:
            break
        w = _WORD.match(text, j.end())
        if w is None:
            break
        word = w.group().lower()
        if word in SMALL and SMALL[word] < 20:
            digits += str(SMALL[word])
        elif word == "oh":
            digits += "0"
        elif word in TENS:
            tens = TENS[word]
            k = _JOIN.match(text, w.end())
            w2 = _WORD.match(text, k.end()) if k is not None else None
            if w2 is not None and w2.group().lower() in SMALL and SMALL[w2.group().lower()] < 10:
                digits += str(tens + SMALL[w2.group().lower()])
                i = w2.end()
                continue
            digits += str(tens)
        else:
            break
        i = w.end()
    if not digits:
        return False
    frac = float("0." + digits)
    st.current += frac
    st.step = 10.0 ** -len(digits)
    st.last = "fraction"
    st.skip_to = i
    return True


@lru_cache(maxsize=4096)
def parse_number(text: str) -> float | None:
    """The value of a string that is one number and nothing else, in digits or in words.

    >>> parse_number("seventy-three"), parse_number("a dozen"), parse_number("2,300")
    (73.0, 12.0, 2300.0)
    >>> parse_number("four years") is None
    True
    """
    s = text.strip()
    if not s:
        return None
    sign = 1.0
    low = s.lower()
    for prefix in ("minus ", "negative ", "-", "−"):
        if low.startswith(prefix):
            sign, s = -1.0, s[len(prefix) :].lstrip()
            break
    r = read_number(s, 0)
    if r is None or r.ordinal or r.end != len(s):
        return None
    return sign * r.value


def parse_ordinal(text: str) -> int | None:
    """The value of a string that is one ordinal ("fourth", "3rd", "twenty-first"), else None.

    >>> parse_ordinal("twenty-first"), parse_ordinal("3rd"), parse_ordinal("three")
    (21, 3, None)
    """
    s = text.strip()
    r = read_number(s, 0)
    if r is None or not r.ordinal or r.end != len(s):
        return None
    return int(r.value)
