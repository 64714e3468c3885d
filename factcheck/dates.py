"""Dates and times of news text: found in one pass, resolved against the publication date.

``find_dates`` turns "Wednesday", "January 2020", "the 1990s", "10:30 a.m." into half-open
intervals with a granularity; ``resolve_anniversaries`` dates "the fourth anniversary of his death".

Policies a reader of the results needs to know:

* Direction. A weekday, a month or a day of a month without a year is the most recent one on or
  before the publication date, unless a cue word shortly before it says future ("will",
  "expected", "scheduled", "slated", "planned", "set for", "due on/by", "is to", "next"): then
  it is the first one on or after it. A month and day (or a day of the month) without a year
  whose next occurrence is at most two weeks after publication is that one even without a cue
  ("the vote on March 20", published March 13): a report names a coming date that way, while
  a date a year back carries its year or "last". A plan told in the past or as a bare
  participle ("was scheduled for March 10", "the vote, set for March 10, was postponed") is
  the nearest such day either way; "will", "is to", "is set for" point forward. "due to"
  before a noun is a cause, and "a set of" no cue.
* A weekday written with a day and no year ("Friday, March 28") may choose between the day's
  nearest past and nearest coming occurrence; it never moves the day to a year further off
  where the two agree. A weekday that fits neither ("Tuesday, March 12", published Thursday,
  March 13, 2025) is a slip: the day keeps its year, and ``note`` says the weekday does not
  match.
* Spans are the date's words: a sentence's full stop is left out ("to July." gives "July"),
  the dot of an abbreviation is kept ("Jan.", "10 a.m." at the end of a sentence). Digits
  glued after "<digits>." or "<digits>," are inside a number ("2.1 pm" is no 1 p.m.).
* "in N units" counts from publication only when a future word precedes it or the phrase stands
  alone (a headline, a note); elsewhere it is a duration ("the fire was out in 20 minutes").
  "last/next N hours" are whole clock hours next to the publication time; "upcoming two week"
  (a singular unit) is the nth unit, not a window.
* A weekday next to an offset is that weekday in the offset's week, weeks from Sunday as US
  usage counts them ("Monday two weeks from now", "3 weeks after Christmas on Friday").
* Holidays: fixed, computed (Western and Orthodox Easter, nth weekdays) or, for lunar and
  lunisolar calendars (Islamic, Jewish, Chinese New Year, Vesak), read from dated tables in the
  lexicon; outside a table's years there is no date, never a guess. A Jewish holiday runs from
  the evening it begins through its last day; an Islamic one covers the calculated day and the
  next, when countries that sight the moon keep it (a later report must not clash). "Labor Day
  weekend" is the long weekend the holiday makes.
* The present ("right now", "at present", a sentence-final "now") is the publication time and
  carries no property: it dates nothing the reports share, so it is never compared.
* Numeric dates are month first (US news style): 1/3/2024 is January 3; when the first number
  cannot be a month (22/04) it is the day. Two-part numeric dates (7/6) need a word that
  introduces a date, a weekday, a leading zero or a second part above 12, since "1/2" and "24/7"
  are rarely dates in news.
* Ranges include their last element: "from 2019 to 2021" is [2019-01-01, 2022-01-01), "between
  March and May" ends on June 1. A wider reading never makes a false contradiction.
* Open ranges keep the half-open reading: "since 2015" is at_least 2015-01-01, "after 2016" is
  at_least 2017-01-01, "before 2000" is less_than 2000-01-01, "until Friday" is less_than the
  Saturday (the whole Friday is in), "until 2 p.m." at_most 14:00. A deadline still ahead
  runs from the publication: "will be finished by the end of the year" is the range from the
  publication time to January 1 (a future date); "By Friday, 30 had died" stays open.
* Output. Day and coarser bounds are ISO dates ("2024-01-03"); finer ones (a time of day, "last
  night") are ISO datetimes that carry the offset of ``published`` when it is aware. A time of
  day without a date in the text is taken on the publication day (its note says so), or on the
  day before when it is later than the publication's time and told in the past ("The fire
  broke out at 11 p.m.", published at 9 a.m.).
* Without ``published``, anything relative stays unresolved (bounds None, ``note`` says why).
  The machine's clock is never read.
* What a date is the date of: ``role`` is ``future`` (a cue word, or after the publication
  day), ``background`` (ended more than a month before publication, or a whole past month or
  year such as "last year") or ``event``. An anniversary is the event's date. Event dates
  carry property ``event_date`` (``event_time`` for a time of day); background and future dates
  carry ``<anchor>_date`` ("death_date", "funeral_date") when an event word near them names
  what they date, else None, so that unrelated past dates are never grouped together.
  "the Nth anniversary of X" skips determiners, titles and capitalised names before the event
  word ("of General Maria Okafor's death").
* Cost. One compiled trigger regex scans the text; each trigger is parsed in a bounded window
  of tokens, so the work is linear, and the parse of a window is cached, so repeated
  sentences (wire copies, boilerplate) cost one lookup. The parse starts only at words right
  of the nearest word the grammar never reads ("police", "said"): no expression spans one.
* Every common form is resolved natively. dateparser (imported on first need) only reads a
  day-month-year run written together in an order the grammar does not know ("2020/Sep/23"),
  never free text; its answers are cached.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate
from types import CodeType, FunctionType
from typing import Literal, NamedTuple

from .errors import InputTypeError
from .lexicon import dates as lex
from .lexicon.properties import IRREGULAR_PAST_VERBS
from .mentions import DateMention, letter_runs, record
from .patterns import trie_regex

__all__ = ["find_dates", "resolve_anniversaries"]

# ---------------------------------------------------------------------------------------------
# The trigger: one compiled regex, cheap on text that holds no date. Word triggers are compiled
# as a trie so that the engine tests a few letters per position, not every word of the tables.


_TRIGGER_WORDS = sorted(
    {
        *lex.MONTHS,
        *lex.WEEKDAYS,
        *lex.SEASONS,
        *lex.RELATIVE_DAYS,
        *lex.NAMED_TIMES,
        *lex.PARTS_OF_DAY,
        *lex.HOLIDAY_TRIGGERS,
        *lex.DECADE_WORDS,
        *(w + "s" for w in lex.WEEKDAYS if len(w) > 4),  # "three Fridays from now"
        "oclock",
        "ago", "anniversary", "century", "centuries", "week", "weeks", "weekend", "month",
        "months", "year", "years", "quarter", "quarters", "qtr", "decade", "decades", "noonish",
        "fortnight", "day", "days", "hour", "hours", "minute", "minutes", "mins", "yr", "yrs",
        "wk", "wks", "seconds", "sec", "secs", "workweek", *lex.END_ABBREVIATIONS, "now",
        "moment", "present", "min", "thousand", "nineteen", "eighteen",
        "am", "pm", "a.m", "p.m", "q1", "q2", "q3", "q4", "h1", "h2", "clock", "past",
        *(w + " date" for w in lex.TO_DATE_WORDS), "this time",
    }
)  # fmt: skip
_TRIGGER_VARIANTS = sorted({v for w in _TRIGGER_WORDS for v in (w, w.capitalize(), w.upper())})


# Case variants instead of re.IGNORECASE: the engine scans several times faster without it.
# The match opens on the non-word character before the trigger (each trigger starts and ends
# with a word character, so this is the "\b" before it): a pattern that starts with a character
# class lets the engine skip the letters of every word in C, where a leading "\b" had a match
# tried at each of them (a fifth less time).
# On a text of ASCII characters the classes (\W, \d, \b) read the same with re.ASCII, which
# tests a character by a table lookup, not by Unicode's properties: the scan costs a tenth less.
@lru_cache(maxsize=2)
def _trigger(ascii_only: bool = False) -> re.Pattern[str]:
    """The scan's trigger, compiled on first use: ~9 ms, too dear for import."""
    return re.compile(
        r"\W(?:" + trie_regex(_TRIGGER_VARIANTS) + r"\b|" + _NUMBER_TRIGGER + ")",
        re.ASCII if ascii_only else 0,
    )


# A number that looks like a date or a time: the trigger's branch after its calendar words.
# _number_may_open (below) sums up which runs of digits it can open, by their length and the
# characters after them: change the two together (tests/test_dates_number_triggers.py).
_NUMBER_TRIGGER = (
    r"\d(?:"
    r"\d{3}s?\b|\d{7}\b"  # a year or a decade, 20240103
    r"|\d{0,3}[-/.:h]\d"  # numeric and ISO dates, clock times
    r"|\d? ?(?:[apAP] ?\.? ?[mM]\b|[oO]['’]?clock)"  # 3pm, 10 a.m., 3 p . m ., 10 o'clock
    r"|\d?(?:st|nd|rd|th)\b|\d?h\b|\d?[apAP]\b|\d?ish\b"  # the 18th, 15h, at 9p, 11ish
    r"|0 ?s\b|\d(?:\d\d)?[qQ][1-4]\b"  # the '90s, 1990 s, 18q4, 2018Q4
    r"|\d? \d\d\b)"  # "at 3 15", a clock time written as it is said
)
_NUMBER_TRIGGER_RX = re.compile(r"\W" + _NUMBER_TRIGGER)
"""The trigger where a number opens it: the calendar words' trie, which cannot match there, is
not tried."""
_NUMBER_TRIGGER_ASCII = re.compile(_NUMBER_TRIGGER_RX.pattern, re.ASCII)


# The trigger's matches without its scan. The engine tries the pattern at every non-word
# character, where its trie tests the next letter against each first letter in turn (~8M of
# the recogniser's 82M instructions per pass over the speed corpus); string methods find in C
# the few places where it can match, and the pattern is tried only there (a tenth less).
# A match opens on a non-word character, with a run of word characters right after it that
# * is a trigger word itself (its match is then known: the word, the trie taking no longer
#   variant, as none is that word followed by more);
# * opens a trigger of several runs ("a.m", "to date"), found by bytes.find and tried;
# * or starts with a digit, where the pattern's number branch is tried.
# The text is encoded to ASCII with one "?" for any other character, offsets kept, and mapped to
# bytes where each word character is itself and any other one a blank; a text with a word
# character beyond ASCII ("é", "٣") is left to the scan.
_WORD_ONLY_VARIANTS = frozenset(v for v in _TRIGGER_VARIANTS if re.fullmatch(r"\w+", v, re.ASCII))
_RUN_VARIANTS = tuple(
    (v.encode(), frozenset(run.encode() for run in re.findall(r"\w+", v)))
    for v in _TRIGGER_VARIANTS
    if v not in _WORD_ONLY_VARIANTS
)
"""Triggers of several runs of word characters, encoded, with their runs: each is looked up by
bytes.find and tried in a text that has all its runs."""
_BLANKED_VARIANTS = {
    v.encode(): b" " + v.encode() + b" " for v in _WORD_ONLY_VARIANTS if v.isalpha()
}
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_DIGIT_VARIANTS = tuple(
    (
        v.encode(),
        b" " + v.encode().translate(_DIGITS_AS_ZERO) + b" ",
        frozenset(run.encode() for run in re.findall("[A-Za-z]+", v)),
    )
    for v in sorted(_WORD_ONLY_VARIANTS)
    if not v.isalpha()
)
"""Trigger words with a digit ("q1", "H2"), with their form between blanks where every digit
reads "0" and their runs of letters: the runs of letters are the text's (shared with the
number scan), and a word with a digit is looked up in a text that has its letters."""
_LOOKED_UP_RUNS = frozenset(_BLANKED_VARIANTS).union(
    *(parts for _, parts in _RUN_VARIANTS), *(parts for _, _, parts in _DIGIT_VARIANTS)
)
"""The runs of letters whose presence the scan needs to know: the trigger words of letters
alone, the runs of letters of the others."""
_WORD_CHARS = string.ascii_letters + string.digits + "_"
_RUN_BYTES = bytes(ord(ch) if ch in _WORD_CHARS else ord(" ") for ch in map(chr, range(256)))
_RUNS_WITH_ZEROS = _RUN_BYTES.translate(_DIGITS_AS_ZERO)
"""Each word character to itself but a digit to "0", any other byte to a blank."""


def _trigger_starts(text: str) -> list[int]:
    """Where ``_trigger(text.isascii()).finditer(" " + text)`` matches start, in order."""
    padded = " " + text
    encoded, _, text_runs = letter_runs(text)  # made once, shared with the number scan
    if not text.isascii() and not _ascii_words(text, encoded):
        return [m.start() for m in _trigger().finditer(padded)]
    # each match at p opens on padded[p], so on the blank before its run: b" " + ... aligns them;
    # every digit reads "0", which no trigger word of letters holds
    words = b" " + encoded.translate(_RUNS_WITH_ZEROS) + b" "
    runs = _LOOKED_UP_RUNS.intersection(text_runs)
    # (start, end) of the matches of a trigger word; then the places where a match may start
    # but is not known, with -1 for the number branch to try and -2 for the whole pattern
    candidates: list[tuple[int, int]] = []
    for word in runs:
        blanked = _BLANKED_VARIANTS.get(word)
        if blanked is None:
            continue  # a run of a trigger of several, or of one with a digit
        # a trigger wherever it is a whole run of word characters, not where a digit or "_"
        # touches it ("2024May"): those runs of letters are not between blanks in ``words``
        at = words.find(blanked)
        while at >= 0:
            candidates.append((at, at + 1 + len(word)))
            at = words.find(blanked, at + len(word))  # the closing blank may open the next
    for variant, zeroed, parts in _DIGIT_VARIANTS:
        if parts <= runs:
            at = words.find(zeroed)
            while at >= 0:
                if encoded.startswith(variant, at):
                    candidates.append((at, at + 1 + len(variant)))
                at = words.find(zeroed, at + len(variant))
    # a run that starts with a digit: found by bytes.find, where a pattern's match object per
    # run cost twice as much; tried only where its digits and what follows them may open the
    # number branch (two in three of the runs cannot: "12 people", "300,000")
    at = words.find(b" 0")
    while at >= 0:
        if _number_may_open(words, encoded, at):
            candidates.append((at, -1))
        at = words.find(b" 0", at + 2)
    for variant, parts in _RUN_VARIANTS:
        if not parts <= runs:
            continue
        at = encoded.find(variant)
        while at >= 0:
            candidates.append((at, -2))
            at = encoded.find(variant, at + 1)
    candidates.sort()
    ascii_only = text.isascii()
    number = _NUMBER_TRIGGER_ASCII if ascii_only else _NUMBER_TRIGGER_RX
    starts: list[int] = []
    end = 0
    for at, known_end in candidates:
        if at < end:
            continue  # inside the last match: the scan goes on after it
        if known_end < 0:
            m = (number if known_end == -1 else _trigger(ascii_only)).match(padded, at)
            if m is None:
                continue
            known_end = m.end()
        starts.append(at)
        end = known_end
    return starts


# What may follow a run of digits where _NUMBER_TRIGGER can match it, by the run's length:
# * 4 or 8 digits: anything (a year, "20240103"); 5 to 7, or more than 8: nothing;
# * 1 to 3 digits: one of "-/.:" and a digit (its "\d{0,3}[-/.:h]\d": "100-200", "130.5",
#   "10:30"; not "47-year-old", "on May 10.", no other branch reads these marks);
# * 3 digits: else only "h";
# * 1 or 2 digits: else a character that opens one of its branches ("3pm", "18th", "15h",
#   "11ish", "18q4"), or a blank with one of them after it ("10 a.m.", "3 o'clock", "'90 s",
#   "at 3 15"), where "a" or "p" needs one of " .mM" after it ("10 a.m.", "3 p m"; not "50
#   people", "24 and"); not "12 people", "3,000", "5%".
# A subset of what the pattern reads: a run is never turned down where it may match
# (tests/test_dates_number_triggers.py tries the pattern wherever this says no, and
# tests/test_dates_number_marks.py after every run of one to three digits and every two or
# three characters of ASCII after it).
_AFTER_FEW_DIGITS = frozenset(b"h apAPoOsnrtiqQ")
_AFTER_FEW_DIGITS_BLANK = frozenset(b"oOs0123456789")
_DATE_MARKS = frozenset(b"-/.:")
_ASCII_DIGITS = frozenset(b"0123456789")
_AM_PM_LETTERS = frozenset(b"apAP")
_AFTER_AM_PM_LETTER = frozenset(b" .mM")


def _number_may_open(words: bytes, encoded: bytes, at: int) -> bool:
    """Whether the number branch of the trigger may match at ``at``, where ``words`` (the
    text's runs with every digit "0", between blanks) has a blank and then a digit: False only
    where it cannot. ``encoded`` is the text in ASCII; words[i] is encoded[i - 1]."""
    end = at + 2
    while words[end] == 48:  # "0": words ends with a blank, so the run ends before it
        end += 1
    digits = end - at - 1
    if digits == 4 or digits == 8:
        return True
    if digits > 3 or end > len(encoded):
        return False  # too long, or nothing after the run
    after = encoded[end - 1]
    if after in _DATE_MARKS:
        return end < len(encoded) and encoded[end] in _ASCII_DIGITS
    if digits == 3:
        return after == 104  # "h"
    if after == 32 and end < len(encoded):  # " "
        nxt = encoded[end]
        if nxt in _AM_PM_LETTERS:
            return end + 1 < len(encoded) and encoded[end + 1] in _AFTER_AM_PM_LETTER
        return nxt in _AFTER_FEW_DIGITS_BLANK
    return after in _AFTER_FEW_DIGITS


def _ascii_words(text: str, encoded: bytes) -> bool:
    """Whether no character that ``encoded`` replaced with "?" is a word character."""
    at = encoded.find(b"?")
    while at >= 0:
        ch = text[at]
        if ch.isalnum() or ch == "_":
            return False
        at = encoded.find(b"?", at + 1)
    return True


_ANCHOR_WORDS = trie_regex(
    sorted(
        {v for w in (*lex.ANCHOR_VERBS, *lex.ANCHOR_NOUNS) for v in (w, w.capitalize(), w.upper())}
    )
)
_CLAUSE_MARK = re.compile(r"[.;!?,]")  # where the event noun after a date must come before
# An event word with the non-word character before it (its boundary): like the trigger, a
# pattern that opens on a character class is tried only where the class matches, where a
# leading "\b" is tried at every character.
_ANCHOR_WORD_RX = re.compile(r"\W(" + _ANCHOR_WORDS + r")\b")  # ASCII text: _anchor_in_runs
# Words that can open a date expression left of its trigger ("between", "the", "early", "3").
_STARTS = frozenset(
    {
        *lex.MONTHS, *lex.WEEKDAYS, *lex.RELATIVE_DAYS, *lex.MODIFIERS, *lex.ORDINALS,
        *lex.SMALL_NUMBERS, *lex.OPEN_RANGES, *lex.COMPARISON_STARTS, *lex.HOLIDAYS,
        *lex.PARTS_OF_DAY, *lex.SEASONS, *lex.DECADE_WORDS, *lex.NAMED_TIMES, "between",
        "the", "early", "mid", "late", "end", "beginning", "start", "middle", "earlier",
        "in", "within", "day", "half", "quarter", "'", "year", "calendar", "cy", "q1", "q2",
        "q3", "q4", "starting", "more", "less", "right", "just", "at",
    }
)  # fmt: skip
# Bounded runs: a token never needs more, and a match tried at every position of a hostile
# run of digits or letters then stays linear.
# One group around the whole token: ``_TOKEN.split`` then keeps the tokens between the gaps.
# Every token opens with a non-blank, taken by one "\S" first: a pattern that opens with a
# character class lets the engine skip the blanks in C, where an alternation first had each
# branch tried and failed at every blank (a fifth of the split). Look-behinds then test that
# character as the branches' first would, in their order (tests/test_dates_speed.py checks it
# against the alternation): a word of ASCII small letters (not "q" or "h" first: "q1", "h2"
# are tokens of their own), "q1" to "h4", digits, letters, or the character alone. The first
# branch is a shortcut for the commonest token: a range of letters, then no letter of any kind
# after it, is several times cheaper to test than "[^\W\d_]"; any other run of letters (over
# 40, or with "é" or "K") fails it and is read by the general branches.
_TOKEN = re.compile(
    r"(\S(?:(?<=[a-gi-pr-z])[a-z]{0,39}(?![^\W\d_])"
    r"|(?<=(?i:[qh]))[1-4]\b|(?<=\d)\d{0,11}|(?<=[^\W\d_])[^\W\d_]{0,39}|))"
)
_TOKEN_ASCII = re.compile(_TOKEN.pattern, re.ASCII)  # the same on ASCII text, and cheaper
# The windows and bounds read for every trigger are cut with a conditional ("lo if lo > 0 else
# 0") where max() and min() would read better: in CPython 3.11 a call of either parses its
# keywords and iterates its arguments, some 1,200 instructions against 100 for the comparison.
# "b if b > a else a" is max(a, b) to the letter (the same comparison, the same operands).
_WINDOW_BEFORE = 60  # chars: enough for 8 tokens left of a trigger and a future cue
_WINDOW_AFTER = 60  # most expressions end within it; longer ones get a second, wider look
_WINDOW_LONGEST = 200
_ANCHOR_BEFORE = 150  # the event verb of "was killed by a U.S. drone strike in ... in January 2020"
_ANCHOR_NOUN_REACH = 60  # an event noun further back than this is another phrase's
_ANCHOR_AFTER = 40
_SENTENCE_MARKS = frozenset({".", ";", "!", "?"})
_MAX_LEFT = 8  # tokens an expression may reach left of its trigger ("between the 3rd of ...")
_RACE_TIME_LEADS = frozenset({"in", "of", "clocked", "timed", "time", "record"})
"""Words before an h:mm:ss that make it how long a race took, not a time of day."""
_CUE_TOKENS = 8  # how far back a future cue or an event verb is looked for
# "will" reaches further: "will continue to Bangkok on a replacement plane on Thursday"
_FUTURE_TOKENS = 14

# A day of a month written without a year this many days after publication is the coming one:
# a report names the date of an event a week or two ahead without a cue word ("the vote on
# March 20"), while a date a year back nearly always carries its year or "last".
_SOON_DAYS = 14
_ANNIVERSARY_REACH = 8  # tokens of titles and names between "anniversary of" and the event
# Shortened month and weekday names, whose dot is the word's ("Jan.", "Sept.", "Tue.").
_DOTTED_ABBREVIATIONS = frozenset(
    w
    for table in (lex.MONTHS, lex.WEEKDAYS)
    for w, n in table.items()
    if len(w) < max(len(x) for x, k in table.items() if k == n)
)

# ---------------------------------------------------------------------------------------------
# Values


# A record, not a frozen dataclass: immutable to the type checker, but built without a
# setattr call per field (a frozen one costs seven times as much to build, and the grammar
# builds a few hundred per page of text). Each change is a new value, by _replaced.
@record
class _V:
    """A parsed expression: naive wall-clock bounds of [low, high), or open on one side."""

    low: dt.datetime | None
    high: dt.datetime | None
    gran: str
    kind: str = "date"
    qualifier: str = "exact"
    year_given: bool = True
    anniversary: int | None = None
    anchor: str | None = None
    note: str | None = None
    ampm_free: bool = False
    """A clock time written without a.m./p.m. ("from 3:30 to 6 p.m."): it may be 12 h later."""
    on_pub_day: bool = False
    """A clock time placed on the publication day for want of a date in the text."""
    zone: float | None = None
    """The UTC offset in hours a clock time was written in ("8:00 GMT"), if it said one."""
    deictic: bool = False
    """ "right now", "at present": the publication time itself, never compared across reports."""


def _replaced(v: _V, **changes: object) -> _V:
    """``dataclasses.replace(v, **changes)``: a copy of ``v`` with ``changes`` set on it. The
    copy passes each field positionally; replace looks up every field's definition and passes
    each by keyword, some 27,000 instructions a call against some 6,200 here (one pass over the
    speed corpus asks 23 times). tests/test_dates_replaced.py proves both equal."""
    new = _V(
        v.low, v.high, v.gran, v.kind, v.qualifier, v.year_given, v.anniversary, v.anchor,
        v.note, v.ampm_free, v.on_pub_day, v.zone, v.deictic,
    )  # fmt: skip
    for name, value in changes.items():
        setattr(new, name, value)
    return new


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _d(y: int, m: int, d: int = 1) -> dt.datetime:
    return dt.datetime(y, m, d)


def _add_months(t: dt.datetime, n: int) -> dt.datetime:
    total = t.year * 12 + t.month - 1 + n
    y, m = divmod(total, 12)
    day = min(t.day, calendar.monthrange(y, m + 1)[1])
    return t.replace(year=y, month=m + 1, day=day)


def _add_years(t: dt.datetime, n: int) -> dt.datetime:
    return _add_months(t, 12 * n)


def _midnight(t: dt.datetime) -> dt.datetime:
    """``t.replace(hour=0, minute=0, second=0, microsecond=0)``: the start of ``t``'s day. The
    parser's times are naive and of fold 0, and for those the day's ordinal gives it in two
    calls that take no keywords, where replace parses its four keywords for some 5,700
    instructions a call (one pass over the speed corpus asks some 200 times); any other time
    takes replace (tests/test_dates_midnight.py proves both equal)."""
    if t.tzinfo is None and not t.fold:
        return dt.datetime.fromordinal(t.toordinal())
    return t.replace(hour=0, minute=0, second=0, microsecond=0)


def _day_start(t: dt.datetime) -> dt.datetime:
    """``t.replace(hour=0, minute=0, second=0)``: the start of ``t``'s day at ``t``'s
    microsecond, which is nearly always 0, and then the start is ``_midnight(t)``, without the
    replace's three keywords (tests/test_dates_midnight.py proves both equal)."""
    return _midnight(t) if not t.microsecond else t.replace(hour=0, minute=0, second=0)


def _day(t: dt.datetime) -> _V:
    t0 = _midnight(t)
    return _V(t0, t0 + _ONE_DAY, "day")


def _month(y: int, m: int) -> _V:
    start = _d(y, m)
    return _V(start, _add_months(start, 1), "month")


def _year(y: int) -> _V:
    return _V(_d(y, 1), _d(y + 1, 1), "year")


def _week(t: dt.datetime) -> _V:
    start = _midnight(t) - dt.timedelta(days=t.weekday())
    return _V(start, start + dt.timedelta(days=7), "week")


def _quarter(y: int, q: int) -> _V:
    start = _d(y, 3 * q - 2)
    return _V(start, _add_months(start, 3), "quarter")


def _season(y: int, name: str) -> _V:
    """The season that starts in year ``y`` (winter 2023 runs into 2024)."""
    (m1, d1), (m2, d2) = lex.SEASONS[name]
    return _V(_d(y, m1, d1), _d(y + 1 if m2 < m1 else y, m2, d2), "season")


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= y <= 9999 and 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _part(v: _V, which: str) -> _V:
    """The early / mid / late part of an interval ("late November", "mid-2023", "early 1990s").

    Month thirds follow duckling ("late March" from the 21st); RT's "mid" starts on the 10th.
    """
    if v.low is None or v.high is None:
        return v
    lo, hi = v.low, v.high
    if v.gran == "month":
        first, stop = lex.MONTH_PARTS[which]
        a = lo.replace(day=first)
        b = hi if stop == 0 else lo.replace(day=stop)
        return _replaced(v, low=a, high=b, gran="day")
    if v.gran in lex.PARTS_IN_MONTHS:
        m1, m2 = lex.PARTS_IN_MONTHS[v.gran][which]
        gran = {"year": "month", "decade": "year", "century": "decade"}[v.gran]
        return _replaced(v, low=_add_months(lo, m1), high=_add_months(lo, m2), gran=gran)
    if v.gran == "week":
        d1, d2 = lex.WEEK_PARTS[which]
        return _replaced(
            v, low=lo + dt.timedelta(days=d1), high=lo + dt.timedelta(days=d2), gran="day"
        )
    return v  # "early Thursday" stays the Thursday: the hour it means is not stated


# ---------------------------------------------------------------------------------------------
# Numbers: digits natively; number words through factcheck.numbers when it is there.


def _number_words() -> Callable[[str], float | None] | None:
    try:
        from .numbers import parse_number
    except ImportError:  # pragma: no cover - the numbers module ships with the package
        return None
    return parse_number


_PARSE_NUMBER = _number_words()
_NUMBER_WORDS = frozenset({*lex.SMALL_NUMBERS, "hundred", "thousand"})


class _Clock(NamedTuple):
    """A time of day; ``fixed`` when the hour cannot be 12 hours off (3 p.m., 15:00, noon)."""

    hour: int
    minute: int
    second: int
    grain: str
    fixed: bool
    utc_offset: float | None = None
    """Hours from UTC of the zone written after the time; for "ET" and "PT", which name no
    season, the standard offset, an hour more on days of US daylight saving time."""
    seasonal: bool = False


def _us_daylight_saving(day: dt.date) -> bool:
    """Whether US daylight saving time is in force on ``day`` (from the second Sunday of March
    to the first Sunday of November, the rule since 2007): "9:20 a.m. ET" in September is EDT."""
    march_1 = dt.date(day.year, 3, 1)
    start = march_1 + dt.timedelta(days=(6 - march_1.weekday()) % 7 + 7)
    november_1 = dt.date(day.year, 11, 1)
    end = november_1 + dt.timedelta(days=(6 - november_1.weekday()) % 7)
    return start <= day < end


class _NeedsReference(Exception):
    """Raised while resolving when the expression needs a publication date and there is none."""


# ---------------------------------------------------------------------------------------------
# The parser: a small recursive-descent grammar over the tokens of a local window. Each method
# takes a token index and returns (end index, value) or None; it never looks past the window.

_R = tuple[int, _V]


_T_PAD = 64
_T_PADDING = ("",) * _T_PAD


class _Parser:
    def __init__(
        self, text: str, toks: list[str], starts: list[int], ends: list[int], ref: dt.datetime
    ) -> None:
        self.text = text
        self.toks = toks
        # t(i), the token at i or "" outside the window, as a bound list lookup: the grammar
        # reads some 60 tokens per trigger, and a C-level call costs a fraction of a method's.
        # Padding after the tokens answers "" for i in [-_T_PAD, n + _T_PAD): Python reads a
        # negative index from the end, where the padding is. The grammar never looks further.
        self.t: Callable[[int], str] = [*toks, *_T_PADDING].__getitem__
        self.starts = starts
        self.ends = ends
        self.n = len(toks)
        self.ref_dt = ref
        self.has_ref = True
        self._future = False
        self._cue_nearest = False
        self._cue_pending: int | None = None
        self.used_ref = False
        self.in_range = False
        self.ref_offset: dt.timedelta | None = None
        self._clock_unit: bool | None = None

    # -- the cue before the expression -------------------------------------------------------
    # Whether a future cue governs the expression is read from the words before its first
    # token, by _future_cue (~6,000 instructions); most attempts that fail never ask, so it is
    # worked out on the first read or write of ``future`` or ``cue_nearest``, not per attempt.
    def read_cue_before(self, s: int) -> None:
        """Let ``future`` and ``cue_nearest`` be those of an expression starting at token s."""
        self._cue_pending = s

    def _settle_cue(self) -> None:
        if self._cue_pending is not None:
            self._future, self._cue_nearest = self.cue_at(self._cue_pending)
            self._cue_pending = None

    def cue_at(self, s: int) -> tuple[bool, bool]:
        """``_future_cue`` of an expression starting at token ``s``, read left of the window
        too when the window cut its clause short."""
        future, nearest, stop = _cue_scan(self.toks, s, self)
        if (
            future
            or stop == "break"
            or s >= _FUTURE_TOKENS
            or not (self.starts and self.starts[0] > 0)
        ):
            return future, nearest
        return self._cue_left_of_window(s, read_to_start=stop == "end")

    def _cue_left_of_window(self, s: int, read_to_start: bool = False) -> tuple[bool, bool]:
        """``_future_cue`` over the words left of the window as well, when the window cut the
        clause of token ``s`` short: "will stage a long national walkout across all of its
        depots on Friday" has its "will" more than ``_WINDOW_BEFORE`` characters back. Only a
        clause that runs to the window's first word (few) is read again. ``read_to_start``:
        the caller's _cue_scan read every token before ``s`` and met no clause break, so they
        are not looked through again."""
        if not read_to_start:
            for i in range(s - 1, -1, -1):
                w = self.toks[i]
                if w in lex.CLAUSE_BREAKS and (w != "." or _sentence_end(self.toks, i)):
                    return False, False
        first = self.starts[0]
        reach = first - _WINDOW_BEFORE
        lo = self.text.find(" ", reach if reach > 0 else 0, first) + 1
        # _future_cue reads the last _FUTURE_TOKENS tokens and the one before them: s of them
        # are the window's, the rest lie in as many space-separated words left of it at most
        # (a word holds one token or more), so the words before those are not tokenised
        keep = _FUTURE_TOKENS + 1 - s
        words = self.text[lo:first].rsplit(None, keep)
        if len(words) > keep:
            lo += len(words[0])
        if _holds_no_cue(self.text[lo : self.starts[s]]):
            return False, False
        toks, starts, ends = _tokens(self.text, lo, self.starts[s])
        # a parser over the wider words reads their case: "May Day protests" holds no modal
        return _future_cue(toks, len(toks), _Parser(self.text, toks, starts, ends, self.ref_dt))

    @property
    def future(self) -> bool:
        """A cue says the expression lies ahead ("will", "is scheduled for")."""
        self._settle_cue()
        return self._future

    @future.setter
    def future(self, value: bool) -> None:
        self._settle_cue()  # cue_nearest is still the cue's own
        self._future = value

    @property
    def cue_nearest(self) -> bool:
        """The cue is a plan told in the past or as a bare participle ("was scheduled for",
        "the vote, set for March 10, was postponed"): the plan's day may have passed."""
        self._settle_cue()
        return self._cue_nearest

    @cue_nearest.setter
    def cue_nearest(self, value: bool) -> None:
        self._settle_cue()
        self._cue_nearest = value

    # -- token helpers ------------------------------------------------------------------------
    def raw(self, i: int) -> str:
        return self.text[self.starts[i] : self.ends[i]] if 0 <= i < self.n else ""

    def glued(self, i: int) -> bool:
        """Token i follows token i-1 with no space between."""
        return 0 < i < self.n and self.starts[i] == self.ends[i - 1]

    def ref(self) -> dt.datetime:
        self.used_ref = True
        if not self.has_ref:
            raise _NeedsReference
        return self.ref_dt

    def today(self) -> dt.datetime:
        return _midnight(self.ref())

    def skip(self, i: int, *words: str) -> int:
        # self.t(i) spelled out: the grammar skips some 15 times per trigger
        return i + 1 if 0 <= i < self.n and self.toks[i] in words else i

    def week_end(self, i: int) -> bool:
        """ "week-end" written with a hyphen at ``i``: the weekend, not the week."""
        return (
            self.t(i) == "week"
            and self.t(i + 1) == "-"
            and self.t(i + 2) == "end"
            and self.glued(i + 1)
            and self.glued(i + 2)
        )

    def digits(self, i: int, lo: int, hi: int, width: tuple[int, ...] = (1, 2)) -> int | None:
        s = self.t(i)
        if s.isdigit() and len(s) in width and lo <= int(s) <= hi:
            return int(s)
        return None

    def number(self, i: int) -> tuple[int, int] | None:
        """A cardinal in digits or words ("3", "three", "twenty-one", "a", "a couple of")."""
        s = self.t(i)
        if s.isdigit() and len(s) <= 4:
            return i + 1, int(s)
        if s in ("a", "an"):
            if self.t(i + 1) == "couple" or (self.t(i + 1) == "pair" and self.t(i + 2) == "of"):
                return self.skip(i + 2, "of"), 2
            if self.t(i + 1) == "few":
                return i + 2, 3
            return i + 1, 1
        if s == "couple" or (s == "pair" and self.t(i + 1) == "of"):
            return self.skip(i + 1, "of"), 2
        if s == "few":
            return i + 1, 3  # "the next few days": a nominal three, as duckling reads it
        if s not in _NUMBER_WORDS:
            return None
        j = i
        while (
            j < self.n and j < i + 6 and (self.t(j) in _NUMBER_WORDS or self.t(j) in ("-", "and"))
        ):
            j += 1
        while j > i:
            if self.t(j - 1) not in ("-", "and") and _PARSE_NUMBER is not None:
                v = _PARSE_NUMBER(self.text[self.starts[i] : self.ends[j - 1]])
                if v is not None and v == int(v):
                    return j, int(v)
            j -= 1
        return None

    def day_of_month(self, i: int) -> tuple[int, int] | None:
        """3, 03, 3rd, third, twenty-first, twenty nine."""
        s = self.t(i)
        if s.isdigit():
            if len(s) > 2 or not 1 <= int(s) <= 31:
                return None
            j = i + 1
            if self.t(j) in lex.ORDINAL_SUFFIXES and self.glued(j):
                j += 1
            return j, int(s)
        if s in lex.ORDINALS:
            return (i + 1, lex.ORDINALS[s]) if lex.ORDINALS[s] <= 31 else None
        if s in lex.TENS:
            j = self.skip(i + 1, "-")
            unit = self.t(j)
            base = lex.SMALL_NUMBERS[s]
            if unit in lex.ORDINALS and lex.ORDINALS[unit] < 10 and base + lex.ORDINALS[unit] <= 31:
                return j + 1, base + lex.ORDINALS[unit]
            if (
                unit in lex.SMALL_NUMBERS
                and 0 < lex.SMALL_NUMBERS[unit] < 10
                and unit not in ("a", "an")
            ) and base + lex.SMALL_NUMBERS[unit] <= 31:
                return j + 1, base + lex.SMALL_NUMBERS[unit]
            if base <= 31 and s in ("twenty", "thirty"):
                return i + 1, base
            return None
        if s in lex.SMALL_NUMBERS and s not in ("a", "an", "couple") and lex.SMALL_NUMBERS[s] <= 31:
            return i + 1, lex.SMALL_NUMBERS[s]
        if s.endswith("tieth") and s in lex.ORDINALS:
            return i + 1, lex.ORDINALS[s]
        return None

    def before_christ(self, i: int) -> bool:
        """ "BC", "BCE", "B.C." at ``i``: the era before year 1, which no date here can hold."""
        s = self.t(i)
        if s in ("bc", "bce"):
            after = i + 1
        elif s == "b" and self.t(i + 1) == "." and self.t(i + 2) == "c" and self.glued(i + 2):
            after = self.skip(i + 3, ".")
        else:
            return False
        return not self.raw(after)[:1].isupper()  # "in 2014 BC Hydro said": British Columbia

    def year(self, i: int) -> tuple[int, int] | None:
        s = self.t(i)
        if s.isdigit() and len(s) == 4 and 1000 <= int(s) <= 2199:
            if (
                self.t(i + 1) in (",", ".")
                and self.t(i + 2).isdigit()
                and self.glued(i + 1)
                and self.glued(i + 2)
            ):
                return None  # 2020.5, 2020,500; not "In 2021, 148 people died"
            if self.before_christ(i + 1):
                return None  # "in 2014 BC" is no year of ours
            return i + 1, int(s)
        return None

    def month_name(self, i: int, strict: bool = False) -> tuple[int, int] | None:
        s = self.t(i)
        m = lex.MONTHS.get(s)
        if m is None:
            return None
        if strict and s in lex.AMBIGUOUS_MONTHS and not self.raw(i)[:1].isupper():
            return None
        j = i + 1
        if self.t(j) == "." and self.glued(j) and len(s) <= 4:
            j += 1
        return j, m

    # -- the resolution policy ------------------------------------------------------------------
    def pick_year(self, month: int, day: int | None) -> int:
        """The year of a month (and day) given without one: past unless the text says future
        or the day is at most ``_SOON_DAYS`` ahead ("the vote on March 20", published March 13,
        is this year's). February 29 goes on to the nearest leap year in that direction."""
        ref = self.today()
        key = (month, day or 1)
        now = (ref.month, ref.day if day is not None else 1)
        ahead = ref.year if key >= now else ref.year + 1
        behind = ref.year if key <= now else ref.year - 1
        if self.future and self.cue_nearest and day is not None and _valid(behind, month, day):
            # "the vote, scheduled for March 10, was postponed" (published March 13): a plan
            # told in the past or as a bare participle is the nearest such day, either way
            if not _valid(ahead, month, day) or (ref - _d(behind, month, day)) < (
                _d(ahead, month, day) - ref
            ):
                return behind
            return ahead
        if self.future:
            year = ahead
        else:
            year = ref.year if key <= now else ref.year - 1
            if (
                day is not None
                and year != ahead
                and _valid(ahead, month, day)
                and (_d(ahead, month, day) - ref).days <= _SOON_DAYS
            ):
                return ahead
        while day is not None and not _valid(year, month, day) and abs(year - ref.year) < 8:
            year += 1 if self.future else -1
        return year

    def two_digit_year(self, yy: int) -> int:
        """'74 is 1974 and '24 is 2024: the century that puts it at most 10 years ahead."""
        ref_year = self.ref_dt.year if self.has_ref else 2000
        return 2000 + yy if 2000 + yy <= ref_year + 10 else 1900 + yy

    def weekday_date(self, wd: int, step: int | None = None) -> dt.datetime:
        ref = self.today()
        if step is None:
            if self.future:
                return ref + _DAYS_IN_A_WEEK[(wd - ref.weekday()) % 7]
            return ref - _DAYS_IN_A_WEEK[(ref.weekday() - wd) % 7]
        monday = ref - _DAYS_IN_A_WEEK[ref.weekday()]
        return monday + dt.timedelta(days=7 * step + wd)

    # -- grammar: the top level -----------------------------------------------------------------
    def expr(self, i: int) -> _R | None:
        s = self.t(i)
        if s in _FULL_WEEKDAYS and self.has_ref and self.bare_weekday(i):
            # "on Wednesday", "Tuesday's", "said on Monday that": what the full descent below
            # finds, without its some 60 calls (half the mentions are a weekday alone)
            return i + 1, _day(self.weekday_date(lex.WEEKDAYS[s]))
        if len(s) == 4 and s.isdigit() and self.has_ref and self.t(i + 1) not in _YEAR_GOES_ON:
            # "in 2019", "since 2020,": when absolute reads the year alone, no reading tried
            # before it finds more (a day, a time, an anniversary, an offset)
            r = self.numeric(i, False)
            if r is not None and r[0] == i + 1:
                return r
        if s == "the" or s in lex.ORDINALS or s.isdigit():
            r = self.anniversary(i)
            if r:
                return r
        if s == "between":
            r = self.range_between(i + 1)
            if r:
                return r
        if s in lex.OPEN_RANGES:
            r = self.open_range(i)
            if r:
                return r
        if s in ("starting", "beginning") and self.t(i + 1) in ("on", "in", "from"):
            r = self.open_range(i)
            if r:
                return r
        if s in ("more", "less") and self.t(i + 1) == "than":
            r = self.offset_bound(i + 2, more=s == "more")
            if r:
                return r
        comparison = None
        if s in lex.COMPARISON_STARTS:
            comparison = lex.COMPARISONS.get(" ".join(self.toks[i : i + 3]))
            comparison = comparison or lex.COMPARISONS.get(" ".join(self.toks[i : i + 2]))
        if comparison is not None:
            # "no later than January 1, 2010", "later than 2018", "earlier than March"
            word, width = comparison
            r = self.open_range(i + width - 1, as_word=word)
            if r:
                return r
        r = self.day_span(i) if s in _DAY_SPAN_FIRST or s.isdigit() else None
        if r is None and s in _DEICTIC_STARTS:
            r = self.deictic(i)
        if r:
            return r
        a = self.point(i)
        if a is None:
            return self.clock_span(i) if s in _CLOCK_SPAN_FIRST or s.isdigit() else None
        j, va = a
        iso_interval = (  # "2015-03-28 17:00:00/2015-03-29 21:00:00", ISO 8601's interval
            self.t(j) == "/"
            and va.gran in ("time", "day")
            and self.glued(j)
            and len(self.t(i)) == 4
            and len(self.t(j + 1)) == 4
        )
        if self.t(j) in lex.RANGE_JOINERS or iso_interval:
            b = self.range_end(j + 1, va)
            if b is not None:
                return b
        later = self.t(j + 1) in ("later", "after", "beyond")
        if (
            va.low is not None
            and later
            and (
                self.t(j) == "or"
                or (self.t(j) == "and" and self.t(j + 2) in ("", ".", ",", "!", "?"))
            )
        ):
            return j + 2, _replaced(va, high=None, qualifier="at_least")  # "2018 or later"
        if va.low is not None and self.t(j) in ("onwards", "onward"):
            return j + 1, _replaced(va, high=None, qualifier="at_least")  # "2015 onwards"
        if (
            va.low is not None
            and va.gran == "week"
            and self.t(j) == "on"
            and self.t(j + 1) in lex.WEEKDAYS
        ):
            # "the 1st week of Oct. on Friday": that weekday of that week
            return j + 2, _day(va.low + dt.timedelta(days=lex.WEEKDAYS[self.t(j + 1)]))
        if va.low is not None and va.kind == "time" and self.t(j) == "for":
            # "4pm for 30 mins": from that time for that long
            short = self.short_amount(j + 1)
            if short is not None:
                return short[0], _replaced(va, high=va.low + short[1], qualifier="range")
        return a

    def bare_weekday(self, i: int) -> bool:
        """Whether the weekday at ``i`` is read alone: no word after it, or after a comma after
        it, is one that a reading goes on with (_WEEKDAY_GOES_ON); after a dot, none but
        digits ("Monday.3"); after a comma and "the", only a day or such a word
        (_WEEKDAY_COMMA_ARTICLES)."""
        nxt = self.t(i + 1)
        if nxt == ".":  # "on Monday. The ...", "on Monday. A ..."
            return not self.t(i + 2).isdigit()
        if nxt == ",":  # "on Monday, police said"
            nxt = self.t(i + 2)
            if nxt in _WEEKDAY_COMMA_ARTICLES:  # "on Sunday, the ministry said"
                nxt = self.t(i + 3)
                return nxt not in _WEEKDAY_GOES_ON and not nxt.isdigit() and nxt not in lex.ORDINALS
        return nxt not in _WEEKDAY_GOES_ON and not nxt.isdigit()

    def clock_span(self, i: int) -> _R | None:
        """Two hours sharing the a.m./p.m. of the second: "3-4pm", "from 9 to 11 a.m."."""
        s = self.t(i)
        if s not in _CLOCK_SPAN_FIRST and not s.isdigit():
            return None  # most words after a day: no call to skip and bare_hour
        j = i + 1 if s in ("from", "between") else i
        first = self.bare_hour(j) if self.t(j).isdigit() or self.t(j) in lex.SMALL_NUMBERS else None
        if first is None or self.t(first[0]) not in ("-", "–", "to", "and", "until", "till"):
            return None
        second = self.clock(first[0] + 1)
        if second is None or not second[1].fixed:
            return None
        try:
            day = self.today()
        except _NeedsReference:
            return None
        note = _ON_PUBLICATION_DAY
        vb = self.at(day, second[1], note=note)
        c = first[1]
        hour = c.hour + 12 if second[1].hour >= 12 and c.hour < 12 else c.hour
        if hour > second[1].hour:
            hour -= 12  # "11-1pm" starts before noon
        va = self.at(day, c._replace(hour=max(hour, 0)), note=note)
        assert va.low is not None
        assert vb.high is not None
        if vb.high <= va.low:
            return None
        v = _replaced(vb, low=va.low, qualifier="range")
        return self.attach_day(second[0], v)

    def attach_day(self, j: int, v: _V) -> _R:
        """A day after a time: "1pm-2pm tomorrow", "3-4pm on Thursday"."""
        k = j + 1 if self.t(j) in ("on", ",") else j
        d = self.date_like(k) if self.t(k) else None
        if d is not None and d[1].low is not None and d[1].gran == "day":
            return d[0], self.move_to_day(v, d[1].low)
        return j, v

    def range_end(self, j: int, va: _V) -> _R | None:
        """The second end of a range whose first end is ``va``; ``j`` is after the joiner."""
        self.in_range = True
        try:
            b = self.now(j) or self.point(j)
        finally:
            self.in_range = False
        if b is None or va.low is None:
            if va.kind == "time" and va.gran == "time" and va.low is not None:
                # "8am until 6", "from 9 a.m. to 5": a bare hour ends the range at its next
                # occurrence after the start, the whole hour included
                h = self.bare_hour(j)
                if h is not None and h[1].utc_offset is None:
                    end = va.low.replace(hour=h[1].hour % 12, minute=0, second=0)
                    while end <= va.low:
                        end += dt.timedelta(hours=12)
                    return h[0], _replaced(va, high=end + dt.timedelta(hours=1), qualifier="range")
            # "July 13 to 15": a bare day takes the month of the first end
            if va.gran == "day" and va.low is not None:
                d = self.day_of_month(self.skip(j, "the"))
                if d and d[1] > va.low.day and _valid(va.low.year, va.low.month, d[1]):
                    end = va.low.replace(day=d[1]) + dt.timedelta(days=1)
                    return d[0], _V(va.low, end, "day", qualifier="range")
            return None
        k, vb = b
        if vb.low is None or vb.high is None:
            return None
        if va.gran == vb.gran == "day" and va.low - dt.timedelta(days=7) < vb.low < va.low:
            # "from next Monday to Friday": the Friday after that Monday
            week = dt.timedelta(days=7)
            vb = _V(vb.low + week, vb.high + week, vb.gran)
        if va.gran == "year" and vb.gran != "year" and vb.gran not in ("month", "day"):
            return None
        assert vb.low is not None
        assert vb.high is not None
        if (va.gran == "time") != (vb.gran == "time") and "time" in (va.kind, vb.kind):
            return None  # "3pm - this week" is two things
        if not va.year_given and not vb.year_given and va.gran in ("month", "day"):
            span = self.around_reference(va, vb)
            if span is not None:
                return k, _replaced(span, gran=va.gran)
        low, high = va.low, vb.high
        if (
            not va.year_given
            and not vb.year_given
            and va.gran in ("day", "month")
            and vb.low - low > _A_YEAR
        ):
            # each end took its own year ("2/29-3/1": the last leap day, then March 1 of this
            # year): the second end is the first one after the first end
            years = low.year - vb.low.year
            if _add_years(vb.low, years) < low:
                years += 1
            high = _add_years(high, years)
        if not va.year_given and vb.year_given and va.gran in ("day", "month"):
            low = low.replace(year=vb.low.year) if _valid(vb.low.year, low.month, low.day) else low
            if low >= vb.low:
                low = _add_years(low, -1)
        note = None
        if va.kind == "time" and vb.kind == "time":
            # one day and one zone said once for both ends: "9:30 - 11:00 CST on Thursday"
            if va.on_pub_day and not vb.on_pub_day:
                low += vb.low.replace(hour=0, minute=0, second=0) - low.replace(
                    hour=0, minute=0, second=0
                )
            if va.zone is None and vb.zone is not None and self.ref_offset is not None:
                low += self.ref_offset - dt.timedelta(hours=vb.zone)
            # a clock range ends at its second time, give or take the finer of the two
            # precisions: "3:30 to 6 p.m." ends at 18:01, "3-4pm" at 17:00
            assert va.high is not None
            high = vb.low + min(va.high - va.low, vb.high - vb.low)
            low, high = _clock_range(va, vb, low, high)
            note = va.note if va.on_pub_day and vb.on_pub_day else None
        if high <= low and not vb.year_given:
            high = _add_years(high, 1)
        if high <= low:
            return None
        gran = va.gran if _GRAIN_ORDER.get(va.gran, 0) <= _GRAIN_ORDER.get(vb.gran, 0) else vb.gran
        kind = "time" if "time" in (va.kind, vb.kind) else "date"
        return k, _V(low, high, gran, kind=kind, qualifier="range", note=note)

    def around_reference(self, va: _V, vb: _V) -> _V | None:
        """A range of months or days without a year ("from May to September") that can hold
        the publication date is read around it, whatever the direction of the words."""
        ref = self.today()
        assert va.low is not None
        assert vb.high is not None
        for year in (ref.year - 1, ref.year):
            if not _valid(year, va.low.month, va.low.day):
                continue
            low = va.low.replace(year=year)
            high = vb.high.replace(year=year) if vb.high.month != 1 or vb.gran != "month" else None
            high = high or vb.high.replace(year=year + 1)
            if high <= low:
                high = _add_years(high, 1)
            if low <= ref < high:
                return _V(low, high, va.gran, qualifier="range", year_given=False)
        return None

    def now(self, j: int) -> _R | None:
        """ "now", "today" as the end of a range ("between Jan 2019 and now", "to date"): the
        publication day, open at its start so that the range stops there."""
        if self.t(j) == "now" or (self.t(j) == "date" and self.t(j - 1) in ("to", "till", "until")):
            day = self.today()
            return j + 1, _V(day, day, "day")
        if self.t(j) in ("current", "present") and self.t(j + 1) in ("date", "day"):
            day = self.today()
            return j + 2, _V(day, day, "day")  # "from 2010-01-01 till current date"
        return None

    def deictic(self, i: int) -> _R | None:
        """ "right now", "just now", "at the moment", "at present", a sentence-final "now":
        the publication time. Such words date nothing the reports share, so the mention
        carries no property and is never compared (a claim for each "now" would be noise)."""
        s = self.t(i)
        if s in ("right", "just") and self.t(i + 1) == "now":
            end = i + 2
        elif (
            s == "now"
            and self.t(i + 1) in ("", ".", "!", "?", ";")
            and (self.t(i - 1) not in lex.BEFORE_NOW_NOT_DEICTIC)
        ):
            end = i + 1  # "Can we meet now?"; not "until now", "by now"
        elif s in lex.TO_DATE_WORDS and self.t(i + 1) == "date":
            # "300 have died to date": up to the publication, open before
            prev, nxt = self.t(i - 1), self.t(i + 2)
            if (
                prev == "up"
                or (prev == "-" and self.glued(i))
                or (nxt == "-" and self.glued(i + 2))  # "up-to-date", "to-date"
                or (nxt.isalnum() and nxt not in lex.AFTER_TO_DATE)  # "to date her", "to date 1"
            ):
                return None
            t = self.ref().replace(microsecond=0)
            return i + 2, _V(None, t, "time", kind="time", qualifier="at_most", deictic=True)
        elif s == "at" and self.t(i + 1) == "this" and self.t(i + 2) == "time":
            nxt = self.t(i + 3)  # "not open at this time"; not "at this time last year"
            if (
                nxt in lex.AFTER_THIS_TIME_NOT_DEICTIC
                or nxt in lex.AFTER_MOMENT_NOT_DEICTIC
                or nxt in lex.WEEKDAYS
                or nxt in lex.MONTHS
            ):
                return None
            end = i + 3
        elif s == "at":
            k = self.skip(i + 1, "the")
            end = k + 1 if self.t(k) in ("moment", "present", "minute") else k
            if self.t(k) == "present" and self.t(end) == "time" and k > i + 1:
                end += 1  # "at the present time"
            if (
                end == k
                or (self.t(k) != "present" and k == i + 1)  # "at present"; "at moment" is not
                or self.t(end) in lex.AFTER_MOMENT_NOT_DEICTIC
            ):
                return None  # "at the moment of the blast", "at the minute mark"
        else:
            return None
        t = self.ref().replace(microsecond=0)
        return end, _V(t, t + dt.timedelta(seconds=1), "time", kind="time", deictic=True)

    def range_between(self, i: int) -> _R | None:
        r = self.day_span(i, joiners=("and",))
        if r:
            return r
        a = self.now(i) or self.point(i)
        if a is None:
            return None
        j, va = a
        if va.qualifier == "range":
            return a  # "between 2014-2018"
        if self.t(j) in ("and", *lex.RANGE_JOINERS):
            return self.range_end(j + 1, va)
        return None

    def day_span(
        self,
        i: int,
        joiners: tuple[str, ...] = ("to", "-", "–", "through", "till", "until", "and", "&"),
    ) -> _R | None:
        """Ranges of days sharing one month: "13-15 July", "from 13th to 15th July", "on 18
        and 19 June" (both days, so the span from one to the other); "July 13 to 15" is
        handled by range_end."""
        j = self.skip(i, "from")
        j = self.skip(j, "the")
        d1 = self.day_of_month(j)
        if d1 is None or (not self.t(j).isdigit() and self.t(j) not in lex.ORDINALS):
            return None
        j = d1[0]
        joiner = self.t(j)
        if joiner not in joiners:
            return None
        j = self.skip(j + 1, "the")
        d2 = self.day_of_month(j)
        if d2 is None:
            return None
        j = self.skip(d2[0], "of")
        mo = self.month_name(j, strict=joiner in ("and", "&"))  # "2 and 3 may be enough"
        if mo is None:
            return None
        j = mo[0]
        y = self.year(self.skip(j, ","))
        if y:
            year, j, given = y[1], y[0], True
        else:
            year, given = self.pick_year(mo[1], d1[1]), False
        if not (_valid(year, mo[1], d1[1]) and _valid(year, mo[1], d2[1])) or d2[1] <= d1[1]:
            return None
        return j, _V(
            _d(year, mo[1], d1[1]),
            _d(year, mo[1], d2[1]) + dt.timedelta(days=1),
            "day",
            qualifier="range",
            year_given=given,
        )

    def open_range(self, i: int, as_word: str | None = None) -> _R | None:
        """since X, after X, before X, until X, by X; ``i`` is at the word (or at the last word
        of a comparison such as "no later than", read ``as_word``)."""
        word = as_word or self.t(i)
        j = i + 1
        if word in ("starting", "beginning"):
            j = self.skip(j, "on", "in", "from")
        if word == "from":
            # "from 2019 to 2021" is a range; "from 2 pm" alone is open
            r = self.day_span(i)
            if r:
                return r
            a = self.point(j)
            if a is None:
                return None
            k, va = a
            if self.t(k) in lex.RANGE_JOINERS:
                b = self.range_end(k + 1, va)
                if b:
                    return b
            return None  # "data from 2015": the date is 2015 itself; the scan starts again there
        qualifier, bound = lex.OPEN_RANGES[word]
        the = self.t(j) == "the"
        j = self.skip(j, "the")
        edge = self.t(j)
        a = self.point(j)
        if a is None:
            return None
        k, va = a
        if (the and va.kind == "time" and edge not in _PART_WORDS) or (
            word == "by" and self.t(k) in ("'", "’")
        ):
            # "after the 16:10 tremor", "by Friday's landslide": the date is a noun's; not "by
            # the end of the day"
            return None
        if va.low is None or va.high is None:
            return k, _replaced(va, qualifier=qualifier)
        if edge == "end" and word == "before":
            bound = "high"  # "before the end of the year" ends with the year
        elif edge in ("beginning", "start") and word == "after":
            return k, _replaced(va, low=va.low, high=None, qualifier="at_least")
        if bound == "low":
            if qualifier == "less_than":
                return k, _replaced(va, low=None, high=va.low, qualifier="less_than")
            return k, _replaced(va, high=None, qualifier="at_least")
        if qualifier == "more_than":
            return k, _replaced(va, low=va.high, high=None, qualifier="at_least")
        instant = va.kind == "time" and va.gran == "time"
        # a deadline at a clock time ends there ("by 2 p.m."); one said to the second ends
        # after it ("by the end of the day": 23:59:59 included)
        deadline = va.low if instant and va.high - va.low >= _A_MINUTE else va.high
        if (
            word == "by"
            and as_word is None
            and self.has_ref
            and deadline > self.ref_dt
            and not (_past_clause(self.toks, i, k) and not self.future)
        ):
            # "will be finished by the end of the year": from the publication to the deadline;
            # a deadline already past ("by Friday, 30 had died") or told in the past ("the
            # fire had consumed 2,100 acres by Wednesday evening") stays open
            self.future, self.cue_nearest = True, False
            return k, _replaced(va, low=self.ref_dt, high=deadline, qualifier="range")
        if instant:
            return k, _replaced(va, low=None, high=va.low, qualifier="at_most")
        return k, _replaced(va, low=None, qualifier="less_than")

    # -- grammar: one point in time, possibly with a time of day ---------------------------------
    def point(self, i: int) -> _R | None:
        s = self.t(i)
        if s.isdigit() or s in _CLOCK_OPENERS or self.t(i + 1) in _CLOCK_LINKS:
            r = self.time_first(i)
            if r:
                return r
        d = self.date_like(i)
        if d is None:
            return self.part_then_time(i) if s in _PART_THEN_TIME_FIRST else None
        j, v = d
        if self.t(j) in ("'", "’") and self.t(j + 1) == "s" and self.glued(j + 1):
            r = self.possessive_part(j + 2, v)
            if r is not None:
                return r  # "next year's first quarter"
        if v.low is not None and v.kind == "date" and v.gran in ("day", "time"):
            r = self.attach_time(j, v)
            if r:
                if self.t(i) == "late" and _is_night(r[1]):
                    return r[0], _late_night(r[1])  # "late Friday night"
                return r
        return d

    def at(self, day: dt.datetime, c: _Clock, pm_from: int = 0, note: str | None = None) -> _V:
        """The time ``c`` on ``day``; 12 h later when a part of day says afternoon or evening
        ("8 tonight"); moved into the publication's zone when ``c`` names another one."""
        hour = c.hour + 12 if not c.fixed and pm_from >= 12 and c.hour < 12 else c.hour
        t0 = day.replace(hour=hour, minute=c.minute, second=c.second, microsecond=0)
        if pm_from >= _EVENING_HOUR and c.fixed and not (hour or c.minute or c.second):
            t0 += _ONE_DAY  # "midnight on Tuesday night", "tonight at midnight": its end
        zone = c.utc_offset
        if zone is not None and c.seasonal and _us_daylight_saving(t0.date()):
            zone += 1
        if zone is not None and self.ref_offset is not None:
            t0 += self.ref_offset - dt.timedelta(hours=zone)
        free = not c.fixed and not pm_from
        return _V(
            t0,
            t0 + _GRAIN_DELTA[c.grain],
            "time",
            kind="time",
            note=note,
            ampm_free=free,
            on_pub_day=note is not None,
            zone=zone,
        )

    def attach_time(self, j: int, v: _V) -> _R | None:
        """A time of day or a part of day after a day: "Wednesday at 10:30 a.m.", "Tuesday
        night", "tonight at 8", "Jan. 3, 01:28", "last night at 8"."""
        assert v.low is not None
        base = _day_start(v.low)
        pm_from = v.low.hour if v.gran == "time" else 0  # "tonight at 8" is 20:00
        k = j
        pod = None
        if v.gran == "day":
            pod = self.part_of_day(self.skip(k, "early", "late")) or self.part_of_day_phrase(k)
            if pod is not None:
                k, pm_from = pod[0], pod[1][0]
            if self.t(k) in ("from", "between"):
                # "Thursday from 9:30 to 11:00": a range of times on that day
                r = self.expr(k)
                if r is not None and r[1].kind == "time" and r[1].low is not None:
                    return r[0], self.move_to_day(r[1], base)
            r = self.clock_span(self.skip(k, ","))  # "Thursday 3-4pm"
            if r is not None and r[1].low is not None:
                return r[0], self.move_to_day(r[1], base)
        link = self.t(k)
        k2 = k + 1 if link in (",", "at", "@", "around", "about", "-") else k
        if link == "," and self.t(k2) in ("at", "around", "about"):
            k2 += 1
        loose = self.t(k2 - 1) in ("at", "@", "around", "about") and k2 > k
        tm = self.clock(k2, loose=loose, words=k2 == k)  # "March 18 nine thirty"
        if tm is None and loose:
            tm = self.bare_hour(k2)
        if tm is not None:
            end, given = tm[0], v.year_given
            y = self.year(end) if not given and v.gran == "day" else None
            if y is not None and _valid(y[1], base.month, base.day):
                # "Wed Oct 26 15:50:06 2016": the year after the time is the day's
                end, base, given = y[0], base.replace(year=y[1]), True
            return end, _replaced(self.at(base, tm[1], pm_from), year_given=given)
        if pod is not None:
            h1, h2 = pod[1]
            return pod[0], _V(
                base + dt.timedelta(hours=h1),
                base + dt.timedelta(hours=h2),
                "time",
                year_given=v.year_given,
            )
        return None

    def move_to_day(self, v: _V, day: dt.datetime) -> _V:
        """The same clock times on another day: "9:30 - 11:00 on Thursday"."""
        assert v.low is not None
        shift = day - _midnight(v.low)
        high = v.high + shift if v.high is not None else None
        return _replaced(v, low=v.low + shift, high=high, on_pub_day=False, note=None)

    def time_first(self, i: int) -> _R | None:
        """A clock time, then maybe its day: "10:30 a.m. on Wednesday", "8am this morning",
        "8 tonight", "3 in the morning"."""
        tm = self.clock(i, loose=self.t(i - 1) in ("at", "@"))
        if tm is None:
            tm = self.bare_hour(i)
            if tm is None:
                return None
            nxt = self.t(tm[0])
            if not (
                nxt in lex.RELATIVE_DAYS
                or (nxt == "this" and self.t(tm[0] + 1) in lex.PARTS_OF_DAY)
                or self.part_of_day_phrase(tm[0]) is not None
            ):
                return None  # a bare number is a time only next to its day or part of day
        j, c = tm
        k = j + 1 if self.t(j) in ("on", ",", "of") else j
        d = self.date_on_clock_of(k, c)
        if d is None and self.t(j) in ("this", "in", "tomorrow", "tonight", "yesterday", "today"):
            d = self.date_like(j)
        pm_from = 0
        if d is None:
            pod = self.part_of_day_phrase(j)
            if pod is not None:
                j, pm_from = pod[0], pod[1][0]
        try:
            if d is not None and d[1].low is not None and d[1].gran in ("day", "time"):
                low, end = d[1].low, d[0]
                pm_from = low.hour if d[1].gran == "time" else 0
                pod = self.part_of_day(end) if d[1].gran == "day" else None
                if pod is not None:  # "five-thirty tomorrow evening"
                    end, pm_from = pod[0], pod[1][0]
                return end, self.at(low.replace(hour=0), c, pm_from)
            note = _ON_PUBLICATION_DAY
            return j, self.at(self.today(), c, pm_from, note)
        except _NeedsReference:
            note = "a time of day without a date; no publication date to place it on"
            return j, _V(None, None, "time", kind="time", note=note)

    def date_on_clock_of(self, k: int, c: _Clock) -> _R | None:
        """``date_like`` at token ``k``, its relative day read on the clock of the zone that
        ``c`` names: in "03:30 GMT on Wednesday", filed at 23:30 EDT on Tuesday, it is already
        Wednesday in GMT, and "8:41 a.m. Tokyo time on Monday" is Tokyo's Monday."""
        if c.utc_offset is None or self.ref_offset is None:
            return self.date_like(k)
        hours = c.utc_offset
        if c.seasonal and _us_daylight_saving(self.ref_dt.date()):
            hours += 1
        shift = dt.timedelta(hours=hours) - self.ref_offset
        if not shift:
            return self.date_like(k)
        saved = self.ref_dt
        self.ref_dt = saved + shift
        try:
            return self.date_like(k)
        finally:
            self.ref_dt = saved

    def part_then_time(self, i: int) -> _R | None:
        """A part of day, then its time: "in the evening at eight", "early morning @ 3"."""
        pod = self.part_of_day_phrase(i) or self.part_of_day(self.skip(i, "early", "late"))
        if pod is None:
            return None
        k = self.skip(pod[0], "at", "@", "around", "about")
        if k == pod[0]:
            return None
        tm = self.clock(k, loose=True) or self.bare_hour(k)
        if tm is None:
            return None
        try:
            note = _ON_PUBLICATION_DAY
            return tm[0], self.at(self.today(), tm[1], pod[1][0], note)
        except _NeedsReference:
            note = "a time of day without a date; no publication date to place it on"
            return tm[0], _V(None, None, "time", kind="time", note=note)

    def part_of_day(self, i: int) -> tuple[int, tuple[int, int]] | None:
        s = self.t(i)
        if s in lex.PARTS_OF_DAY:
            return i + 1, lex.PARTS_OF_DAY[s]
        return None

    def part_of_day_phrase(self, i: int) -> tuple[int, tuple[int, int]] | None:
        """in the morning, at night, in the early evening."""
        j = self.skip(self.skip(i, "in", "at"), "the")
        if j == i:
            return None
        return self.part_of_day(self.skip(j, "early", "late"))

    def bare_hour(self, i: int) -> tuple[int, _Clock] | None:
        """A bare hour after "at" next to a day: "Sat at 5", "last night at 8"."""
        s = self.t(i)
        if s.isdigit() and len(s) <= 2 and 1 <= int(s) <= 12:
            hour = int(s)
        elif (
            s in lex.SMALL_NUMBERS and s not in ("a", "an", "couple") and lex.SMALL_NUMBERS[s] <= 12
        ):
            hour = lex.SMALL_NUMBERS[s]
        else:
            return None
        nxt = self.t(i + 1)
        zone = self.raw(i + 1).upper()
        if zone in lex.TIMEZONES and len(zone) > 1:
            return i + 2, _Clock(
                hour,
                0,
                0,
                "hour",
                fixed=False,
                utc_offset=lex.TIMEZONES[zone],
                seasonal=zone in lex.SEASONAL_ZONES,
            )
        if nxt in ("to", "until", "till"):
            end = self.clock(i + 2)
            if end is None or not end[1].fixed:
                return None  # "at 5 to 6 people"; "from 9 to 11 a.m." is a range
        elif nxt.isalnum() and nxt not in _AFTER_BARE_HOUR and nxt not in lex.RELATIVE_DAYS:
            return None  # "at 5 locations"
        return self.skip(i + 1, "ish"), _Clock(hour, 0, 0, "hour", fixed=False)

    def clock(self, i: int, loose: bool = False, words: bool = False) -> tuple[int, _Clock] | None:
        """A time of day: 10:30, 10:30:15 a.m., 3pm, 10 o'clock, 15h00, noon, half past 3.

        ``loose`` (after "at") also takes 6.45 as a time. ``fixed`` in the result says whether
        the hour is unambiguous (a.m./p.m., a 24-hour or zero-padded hour, noon, midnight).
        """
        s = self.t(i)
        if not s.isdigit() and s not in _CLOCK_OPENERS and self.t(i + 1) not in _CLOCK_LINKS:
            return None  # each reading below needs one of these: most words fail at once
        loose = loose or self.in_range  # "9h30 - 11h": the second end reads like the first
        if (
            s.isdigit()
            and len(s) <= 2
            and 1 <= int(s) <= 12
            and self.t(i + 1) == "ish"
            and self.glued(i + 1)
            and self.meridiem(i + 2) is None  # "3ish pm" has its half of the day
        ):
            return i + 2, _Clock(int(s), 0, 0, "hour", fixed=False)  # "back 11ish"
        if s in lex.NAMED_TIMES or s == "noonish":
            return i + 1, _Clock(lex.NAMED_TIMES.get(s, 12), 0, 0, "minute", fixed=True)
        if s == "mid" and self.t(i + 1) in ("night", "day"):
            return i + 2, _Clock(0 if self.t(i + 1) == "night" else 12, 0, 0, "minute", fixed=True)
        if s in ("half", "quarter", "a") or self.t(i + 1) in _CLOCK_LINKS:
            return self.clock_words(i)
        if s in lex.TENS and self.t(i + 1) in ("-", *lex.SMALL_NUMBERS):
            n = self.number(i)  # "thirty-six minutes past eight"
            if n is not None and self.t(n[0]) in _CLOCK_LINKS:
                return self.clock_words(i)
        minute = second = 0
        grain = "minute"
        j = i + 1
        has_minutes = fixed = False
        if s.isdigit() and len(s) <= 2:
            if self.t(i - 1) == ":" and self.glued(i):
                return None  # the middle of "2:03:42": no time starts there
            hour = int(s)
            fixed = hour > 12 or (len(s) == 2 and s[0] == "0")
            sep = self.t(j)
            if sep == ":" and self.glued(j) and self.digits(j + 1, 0, 59, (2,)) is not None:
                minute, j, has_minutes = int(self.t(j + 1)), j + 2, True
                if (
                    self.t(j) == ":"
                    and self.glued(j)
                    and self.digits(j + 1, 0, 59, (2,)) is not None
                ):
                    second, grain, j = int(self.t(j + 1)), "second", j + 2
                    if self.t(i - 1) in _RACE_TIME_LEADS:
                        return None  # "won in 2:03:42", "a time of 2:21:40": a duration
                if (
                    self.t(j) == "."
                    and self.glued(j)
                    and self.t(j + 1).isdigit()
                    and self.glued(j + 1)
                ):
                    return None  # "a lap of 1:58.9", "2:10.34": tenths of a race time
            elif (
                loose
                and sep.isdigit()
                and len(sep) == 2
                and int(sep) <= 59
                and not self.glued(j)
                and self.spoken_minutes_end(j + 1)
            ):
                minute, j, has_minutes = int(sep), j + 1, True  # "at 3 15", as it is said
            elif (
                loose
                and sep == "."
                and self.glued(j)
                and self.glued(j + 1)
                and self.t(j + 1) in ("am", "pm")
            ):
                j += 1  # "at 9.am": the dot of a hurried "9 a.m."; not "version 2.am"
            elif sep == "." and self.glued(j) and self.glued(j + 1) and len(self.t(j + 1)) == 2:
                # 6.45 is a time only with a.m./p.m. or after "at", never before a unit
                if self.digits(j + 1, 0, 59, (2,)) is None or self.t(j + 2) in _NOT_AFTER_DOT_TIME:
                    return None
                minute, j = int(self.t(j + 1)), j + 2
                if not loose and self.meridiem(j) is None:
                    return None
                has_minutes = True
            elif sep == "h" and self.glued(j):
                j += 1
                if self.digits(j, 0, 59, (2,)) is not None and self.glued(j):
                    minute, j = int(self.t(j)), j + 1
                elif (
                    not loose
                    and hour <= 12
                    and not (self.raw(j).isupper() and self.raw(j) in lex.TIMEZONES)
                ):
                    # "for 3h" is a duration; "15h00", "19h", "at 3h" and "8h GMT" are times
                    return None
                has_minutes = fixed = True
        elif s.isdigit() and len(s) in (3, 4) and self.meridiem(i + 1) is not None:
            hour, minute = divmod(int(s), 100)
            has_minutes = True
        elif (
            s.isdigit()
            and len(s) == 4
            and (
                self.raw(i + 1).upper() in lex.TIMEZONES
                or self.t(i + 1) in ("hours", "hrs", "local")
                or (loose and s[0] == "0")
            )
        ):
            hour, minute = divmod(int(s), 100)  # military time: "at 2100 GMT", "0430 hours"
            has_minutes = fixed = True
            j = self.skip(i + 1, "hours", "hrs")
        elif (
            s in lex.SMALL_NUMBERS and s not in ("a", "an", "couple") and lex.SMALL_NUMBERS[s] <= 12
        ):
            hour = lex.SMALL_NUMBERS[s]
            mw = self.minute_words(j)
            if mw:
                j, minute = mw
                has_minutes = True
        else:
            return None
        if hour > 24 or minute > 59:
            return None
        if not has_minutes and s.isdigit():
            grain = "hour"  # "3 p.m." names the hour: [15:00, 16:00)
        if self.t(j) == "ish" and self.meridiem(j + 1) is not None:
            j += 1  # "3ish pm"
        mer = self.meridiem(j)
        if (
            mer is None
            and (has_minutes or (loose and s.isdigit()))  # 3:20p; after "at": "at 9p"
            and self.t(j) in ("a", "p")
            and self.glued(j)
            and not self.t(j + 1).isalpha()
        ):
            mer = (j + 1, self.t(j) == "p")  # 3:20p
        if mer is not None:
            j, pm = mer
            if not 1 <= hour <= 12:
                return None
            hour, fixed = hour % 12 + (12 if pm else 0), True
        elif self.t(j) == "oclock" or (self.t(j) == "o" and self.t(j + 2) == "clock"):
            j = j + 1 if self.t(j) == "oclock" else j + 3
            if hour > 12:
                return None
            mer = self.meridiem(j)  # "3 o'clock p.m."
            if mer is not None:
                j, hour, fixed = mer[0], hour % 12 + (12 if mer[1] else 0), True
        elif not has_minutes or (not s.isdigit() and not (loose or words)):
            return None  # a bare number is not a time; "nine thirty" is one only after "at"
        if hour == 24:
            hour = 0
        j = self.skip(j, "ish")
        offset = None
        zone = self.raw(j).upper()
        city = self.city_zone(j)
        if self.t(j) in lex.ZONE_WORDS and self.t(j + 1) == "time":
            zone = lex.ZONE_WORDS[self.t(j)]  # "7:30 p.m. Eastern time"
            offset, j = lex.TIMEZONES[zone], j + 2
        elif city is not None:
            j, zone = city  # "6:35 a.m. New York time"
            offset = lex.TIMEZONES[zone]
        elif zone in lex.TIMEZONES and (self.raw(j).isupper() or len(zone) > 2):
            offset, j = lex.TIMEZONES[zone], j + 1
        return j, _Clock(hour, minute, second, grain, fixed, offset, zone in lex.SEASONAL_ZONES)

    def city_zone(self, j: int) -> tuple[int, str] | None:
        """The end and zone of a city's time at token ``j`` ("New York time"), or None."""
        for n in (2, 1):
            words = tuple(self.t(j + k) for k in range(n))
            if words in lex.CITY_ZONES and self.t(j + n) == "time":
                return j + n + 1, lex.CITY_ZONES[words]
        return None

    def spoken_minutes_end(self, i: int) -> bool:
        """Whether a clock time written as said ("at 3 15") may end before token ``i``: at the
        end, at a.m./p.m. or at punctuation that starts no number ("at 12 15,000 people")."""
        s = self.t(i)
        if s == "" or self.meridiem(i) is not None:
            return True
        if s in (".", ",", ";", "!", "?", ")"):
            return not (self.glued(i) and self.glued(i + 1) and self.t(i + 1).isdigit())
        return False

    def minute_words(self, i: int) -> tuple[int, int] | None:
        """The minutes of "nine thirty", "twelve oh three", "seven twenty-seven", "five-thirty"."""
        if self.t(i) == "-" and self.glued(i):
            i += 1
        s = self.t(i)
        if s in ("oh", "o") and self.t(i + 1) in lex.SMALL_NUMBERS:
            v = lex.SMALL_NUMBERS[self.t(i + 1)]
            return (i + 2, v) if 1 <= v <= 9 else None
        if s in lex.SMALL_NUMBERS and s not in ("a", "an", "couple", "one", "two"):
            r = self.number(i)
            if r and 10 <= r[1] <= 59:
                return r
        return None

    def clock_words(self, i: int) -> tuple[int, _Clock] | None:
        """half past seven, a quarter to noon, 20 min past eight, ten past 9 in the evening.

        "1 to 11" is a range of numbers, not 10:59: with "to" or "before", the minutes must be
        a half, a quarter or say "minutes".
        """
        j = self.skip(i, "a")
        s = self.t(j)
        named = s in ("half", "quarter")
        if named:
            mins, j = (30 if s == "half" else 15), j + 1
        else:
            num = self.number(j) if s not in ("a", "an") else None
            if num is None or not 0 < num[1] < 60:
                return None
            mins, j = num[1], num[0]
            if self.t(j) in ("min", "mins", "minutes", "minute"):
                named, j = True, j + 1
        direction = self.t(j)
        if direction not in ("past", "after", "to", "till", "before"):
            return None
        k = j + 1
        s2 = self.t(k)
        if direction != "past" and not named and s2 not in lex.NAMED_TIMES:
            return None
        fixed = False
        if s2 in lex.NAMED_TIMES:
            end, h, fixed = k + 1, lex.NAMED_TIMES[s2], True
        else:
            num = self.number(k) if s2 not in ("a", "an") else None
            if num is None or not 1 <= num[1] <= 24:
                return None
            end, h = num
            mer = self.meridiem(end)
            if mer:
                end, pm = mer
                h, fixed = h % 12 + (12 if pm else 0), True
            elif self.t(end) == "oclock" or (self.t(end) == "o" and self.t(end + 2) == "clock"):
                end = end + 1 if self.t(end) == "oclock" else end + 3
            pod = self.part_of_day_phrase(end)
            if pod and not mer:
                end = pod[0]
                if pod[1][0] >= 12 and h < 12:
                    h += 12
                fixed = True
        total = (h * 60 + (mins if direction in ("past", "after") else -mins)) % (24 * 60)
        return end, _Clock(total // 60, total % 60, 0, "minute", fixed)

    def meridiem(self, i: int) -> tuple[int, bool] | None:
        """a.m. / pm / a m / p . m . / in the PM -> (end, is_pm)."""
        s = self.t(i)
        if s == "in" and self.t(i + 1) == "the" and self.t(i + 2) in ("am", "pm"):
            return i + 3, self.t(i + 2) == "pm"  # "from 3 to 4 in the PM"
        if s in ("am", "pm"):
            j = i + 1
            if self.t(j) == "." and self.glued(j):
                j += 1
            return j, s == "pm"
        if s in ("a", "p"):
            j = i + 1
            if self.t(j) == ".":
                j += 1
            if self.t(j) != "m":
                return None
            j += 1
            if self.t(j) == "." and self.glued(j):
                j += 1
            return j, s == "p"
        return None

    # -- grammar: a day or a coarser date --------------------------------------------------------
    def date_like(self, i: int) -> _R | None:
        s = self.t(i)
        try:
            if s in lex.RELATIVE_DAYS:
                return self.relative_day(i)
            if s in ("day", "the") and (self.t(i + 1) == "day" or s == "day"):
                # "the day after tomorrow", "day before yesterday"
                j = i + 1 if s == "day" else i + 2
                rel = self.t(j + 1)
                if self.t(j) in ("after", "before") and rel in lex.RELATIVE_DAYS:
                    shift = lex.RELATIVE_DAYS[rel] + (1 if self.t(j) == "after" else -1)
                    return j + 2, _day(self.today() + dt.timedelta(days=shift))
            if s == "the" and self.t(i + 1) == "week" and self.t(i + 2) in lex.WEEK_OF:
                k = self.skip(self.skip(i + 3, "on", "from"), "the")
                inner = self.point(k)
                dm = self.day_of_month(k) if inner is None and self.t(k - 1) == "the" else None
                if dm is not None and self.t(k + 1) in lex.ORDINAL_SUFFIXES:
                    inner = (dm[0], self.day_alone(dm[1]))  # "the week of the 18th"
                if inner and inner[1].low is not None and inner[1].gran == "day":
                    # the Monday week that holds the day, as Recognizers-Text reads "the week
                    # starting February 4" said of a Tuesday too
                    return inner[0], _week(inner[1].low)
            if self.t(i + 1 + (s == "the")) == "after" and self.t(i + 2 + (s == "the")) == "next":
                r = self.after_next(i)
                if r:
                    return r
            if s in lex.WEEKDAYS:
                return self.weekday(i)
            if s in lex.PARTS_OF_DAY and self.t(i + 1) == "of":
                return self.part_of(i)
            if s == "overnight" and self.t(self.skip(i + 1, "on")) in lex.WEEKDAYS:
                return self.part_of(i, self.skip(i + 1, "on"))
            if (
                s in ("the", "last", "first")
                or s in lex.ORDINALS
                or (s.isdigit() and self.t(i + 1) in lex.ORDINAL_SUFFIXES)
            ):
                r = self.nth_of(i)  # before "last week": "the last week of July"
                if r:
                    return r
            if s in lex.MODIFIERS:
                return self.modified(i)
            if s in _PART_WORDS:
                r = self.part_phrase(i)
                if r:
                    return r
            if s == "the":
                return self.after_the(i)
            if s.isdigit() or (s == "in" and self.t(i + 1).isdigit()):
                # a count in digits goes on only into the words of _AFTER_COUNT: "3 days ago",
                # "in 2.5 hours"; "in 1974," and "a 47-year-old" are no offset
                counted = self.t(i + 1 + (s == "in")) in _AFTER_COUNT
            else:
                counted = s in _AGO_FIRST
            r = self.ago(i) if counted else None
            if r:
                return r
            if s in ("this", "in", "last", "the", "within") or s in lex.PARTS_OF_DAY:
                return self.within(i) if s == "within" else None
            return self.absolute(i)
        except _NeedsReference:
            end = self.unresolved_end(i)
            if end is None:
                return None
            return end, _V(
                None, None, "day", note="relative date and no publication date to resolve it"
            )

    def after_next(self, i: int) -> _R | None:
        """ "the week after next", "March after next": one further on than "next" says (a
        weekday's is the weekday's own). Not "the week after next month's vote"."""
        j = self.skip(i, "the")
        end = j + 3
        w, then = self.t(j), self.t(end)
        if then in lex.UNITS or then in lex.MONTHS or then in lex.WEEKDAYS or then in ("'", "’"):
            return None
        if self.month_name(j, strict=True) is not None:
            ref, m = self.today(), lex.MONTHS[w]
            return end, _month((ref.year if m > ref.month else ref.year + 1) + 1, m)
        unit = lex.UNITS.get(w)
        if unit in ("week", "weekend", "fortnight", "month", "quarter", "year", "decade"):
            return end, self.unit_step(unit, 2)
        return None

    def part_of(self, i: int, day_at: int | None = None) -> _R | None:
        """ "the morning of Christmas 2013", "the evening of January 5": that part of the day;
        "overnight Tuesday", "overnight on Tuesday": Tuesday's night, as "the night of"."""
        d = self.point(self.skip(i + 2, "the") if day_at is None else day_at)
        if d is None or d[1].low is None or d[1].gran != "day" or d[1].qualifier != "exact":
            return None
        # "the night of Sept. 10" runs into the morning after: a storm or a dam burst "that
        # night" may be dated Sept. 11 by another report
        night = self.t(i) in ("night", "overnight")
        h1, h2 = lex.NIGHT_OF if night else lex.PARTS_OF_DAY[self.t(i)]
        base = d[1].low
        hours = dt.timedelta(hours=1)
        return d[0], _V(base + h1 * hours, base + h2 * hours, "time", year_given=d[1].year_given)

    def unresolved_end(self, i: int) -> int | None:
        """Where an expression that needs a publication date ends, parsed against a stand-in."""
        saved = (self.has_ref, self.ref_dt)
        self.has_ref, self.ref_dt = True, dt.datetime(2000, 6, 15, 12)
        try:
            r = self.date_like(i)
        finally:
            self.has_ref, self.ref_dt = saved
        return r[0] if r else None

    def relative_day(self, i: int) -> _R | None:
        s = self.t(i)
        day = self.today() + dt.timedelta(days=lex.RELATIVE_DAYS[s])
        v = _day(day)
        if s in ("tonight", "tonite"):
            j = i + 1
            if self.t(i - 1) == "late":
                late = day + dt.timedelta(hours=lex.LATE_NIGHT_HOUR)
                return j, _V(late, day + dt.timedelta(days=1), "time")
            return j, _V(day + dt.timedelta(hours=18), day + dt.timedelta(days=1), "time")
        return i + 1, v

    def weekday(self, i: int, step: int | None = None) -> _R | None:
        s = self.t(i)
        wd = lex.WEEKDAYS[s]
        j = i + 1
        if self.t(j) == "." and self.glued(j) and len(s) <= 4:
            j += 1
        # a full date after the weekday wins: "Tue May 9", "Friday 7/6", "Monday, Feb 18"
        k = self.skip(j, ",", "(")
        if self.t(k) == "-" and self.glued(k):
            k += 1
        # "Thursday 3-4pm", "Thu 9-11am": hours of the weekday, read by attach_time, not the
        # dates March 4 and September 11
        hours = self.clock_span(k) is not None
        full = self.absolute(k, after_weekday=True) if not hours else None
        if full is not None and self.t(full[0]) in lex.MONTHS:
            full = None  # "Thursday, 9-11 June": the days are June's
        if full is not None and full[1].gran == "day" and full[1].low is not None:
            end = self.skip(full[0], ")")
            return end, self.check_weekday(full[1], wd)
        k2 = self.skip(self.skip(j, ","), "the")
        dm = self.day_of_month(k2)
        # "Monday 21", "Tuesday the 19th"; not "Wednesday, two more"
        plain = self.t(k2 - 1) != "the" and not (
            self.t(k2).isdigit()
            and (self.t(k2 - 1) != "," or self.t(k2 + 1) in lex.ORDINAL_SUFFIXES)
        )
        if (
            dm is not None
            and not plain
            and not hours
            and self.clock(k2) is None
            and self.t(dm[0]) not in (":", "h")
            and not (self.t(dm[0]) in (".", ",", "/", "-") and self.glued(dm[0] + 1))
            and not (self.t(k2).isdigit() and self.t(dm[0]) in lex.UNITS)
        ):
            both = self.weekday_and_day(wd, dm[1])
            if both is not None:
                return dm[0], both
        if (
            step is None
            and (self.t(i - 1) in lex.ORDINALS or self.t(i - 1) == "last")
            and self.t(j) in ("after", "before")
        ):
            return None  # "the first Tuesday after the vote": counted from an undated event
        if s in lex.AMBIGUOUS_WEEKDAYS and step is None:
            prev = self.t(i - 1)
            nxt = self.t(j)
            if not (
                prev
                in ("on", "last", "next", "this", "of", "from", "until", "by", "and", "or", ",")
                or nxt in (",", "at", "@")
                or self.clock(j)
                or self.raw(i)[:1].isupper()
            ):
                return None
            if (s == "sun" or (s == "sat" and not self.raw(i)[:1].isupper())) and not (
                nxt in (",", "at", "@") or self.clock(j)
            ):
                return None
        # "sunday from last week", "tuesday of this week", "wednesday next week"
        if step is None and (self.t(j) in ("of", "from") or self.t(j) in lex.MODIFIERS):
            k = self.skip(j + 1 if self.t(j) in ("of", "from") else j, "the")
            mod = lex.MODIFIERS.get(self.t(k))
            if mod is not None and self.t(k + 1) in ("week", "wk"):
                return k + 2, _day(self.weekday_date(wd, mod))
        if step is None and self.t(j) == "after" and self.t(j + 1) == "next":
            return j + 2, _day(self.weekday_date(wd, 1))
        if step is None:
            k = self.skip(j, ",")
            if self.t(k).isdigit() or self.t(k) in lex.SMALL_NUMBERS or self.t(k) == "in":
                off = self.ago(k)
                if off is not None and off[1].gran == "day" and off[1].low is not None:
                    # "Monday two weeks from now": that weekday in the week of the offset day
                    return off[0], _day(_in_week_of(off[1].low, wd))
        return j, _day(self.weekday_date(wd, step))

    def check_weekday(self, v: _V, wd: int) -> _V:
        """A written day with its weekday ("Tuesday, March 12"). Without a year, the weekday
        may choose between the day's nearest past and nearest coming occurrence ("Friday,
        March 28" published Thursday, March 13, 2025 is this year's); it never moves the day
        further. A weekday that still does not fall on the day is reported in the note (the
        weekday or the day is a slip of the writer), never used to re-date it."""
        d = v.low
        if d is None or d.weekday() == wd:
            return v
        if not v.year_given:
            ref = self.today()
            y = d.year + (1 if d <= ref else -1)  # the occurrence on the other side
            if (
                _valid(y, d.month, d.day)
                and dt.date(y, d.month, d.day).weekday() == wd
                and not (self.future and not self.cue_nearest and y < d.year)
            ):
                return _day(_d(y, d.month, d.day)) if v.gran == "day" else v
        said, real = _WEEKDAY_NAMES[wd], _WEEKDAY_NAMES[d.weekday()]
        note = f"the weekday does not match: {said} written, {d.date().isoformat()} is a {real}"
        return _replaced(v, note=f"{v.note}; {note}" if v.note else note)

    def day_alone(self, day: int) -> _V:
        """ "on the 18th": past first, but the coming one when it is at most ``_SOON_DAYS``
        ahead, as for a month and day."""
        ref = self.today()
        cand = ref.replace(day=1)
        if not self.future:
            for first in (cand, _add_months(cand, 1)):
                if _valid(first.year, first.month, day):
                    c = first.replace(day=day)
                    if ref < c and (c - ref).days <= _SOON_DAYS:
                        return _replaced(_day(c), year_given=False)
        step = 1 if self.future else -1
        for _ in range(13):
            if _valid(cand.year, cand.month, day):
                c = cand.replace(day=day)
                if (c >= ref) if self.future else (c <= ref):
                    return _replaced(_day(c), year_given=False)
            cand = _add_months(cand, step)
        raise _NeedsReference  # pragma: no cover - every year has a day 1..31

    def weekday_and_day(self, wd: int, day: int) -> _V | None:
        """ "Monday 21": the nearest day 21 that is a Monday, either way (forward only when the
        words say future). The pair names one day, so nearness beats the past-first policy."""
        ref = self.today()
        first = ref.replace(day=1)
        best: dt.datetime | None = None
        for n in range(-24, 25):
            m = _add_months(first, n)
            if not _valid(m.year, m.month, day) or dt.date(m.year, m.month, day).weekday() != wd:
                continue
            cand = m.replace(day=day)
            if self.future and cand < ref:
                continue
            if best is None or abs((cand - ref).days) < abs((best - ref).days):
                best = cand
        return _day(best) if best is not None else None

    def modified(self, i: int) -> _R | None:
        """last/next/this + week, month, year, weekday, month name, season, quarter."""
        s = self.t(i)
        step = lex.MODIFIERS[s]
        j = i + 1
        if s == "this" and self.t(j) in ("past", "coming", "upcoming"):
            s = self.t(j)
            step = lex.MODIFIERS[s]
            j += 1
        if self.t(j) == "calendar" and self.t(j + 1) in ("year", "month", "week", "quarter"):
            j += 1  # "this calendar year" is the year
        nxt = self.t(j)
        if nxt in lex.WEEKDAYS:
            wd = lex.WEEKDAYS[nxt]
            if s in ("past", "previous") or (
                s == "this" and lex.MODIFIERS.get(self.t(i + 1)) == -1
            ):
                # "this past Wednesday", "past Wednesday": the most recent one strictly before
                ref = self.today()
                back = (ref.weekday() - wd) % 7 or 7
                d = ref - dt.timedelta(days=back)
                if s == "previous":
                    d = self.weekday_date(wd, -1)
                return j + 1, _day(d)
            if s in ("coming", "upcoming"):
                ref = self.today()
                fwd = (wd - ref.weekday()) % 7 or 7
                return j + 1, _day(ref + dt.timedelta(days=fwd))
            if s == "last" and self.t(j + 1) not in ("of", "in", "after", "before"):
                # "last Tuesday" said on a Thursday is last week's Tuesday to some readers
                # (Recognizers-Text) and two days ago to others: both days, never a guess
                ref = self.today()
                recent = ref - dt.timedelta(days=(ref.weekday() - wd) % 7 or 7)
                calendar = self.weekday_date(wd, -1)
                if recent != calendar:
                    end = j + 1
                    if self.t(end) == "." and self.glued(end) and len(nxt) <= 4:
                        end += 1  # "last Tue."
                    note = (
                        f"last {_WEEKDAY_NAMES[wd]} is {calendar.date().isoformat()} or "
                        f"{recent.date().isoformat()}, as readers count weeks"
                    )
                    span = _V(calendar, recent + dt.timedelta(days=1), "day", qualifier="range")
                    return end, _replaced(span, note=note)
            saved = self.future
            r = self.weekday(j, step=step)
            self.future = saved
            return r
        if nxt in lex.MONTHS:
            mo = self.month_name(j)
            if mo is None:
                return None
            if nxt in lex.AMBIGUOUS_MONTHS and not self.raw(j)[:1].isupper():
                after = self.t(mo[0])
                if not (after in ("", ".", ",", "?", "!", ";") or after.isdigit()):
                    return None  # "this may take", "this march"
            ref = self.today()
            m = mo[1]
            if step == 0:
                y = ref.year
            elif step > 0:
                y = ref.year if m > ref.month else ref.year + 1
            else:
                y = ref.year if m < ref.month else ref.year - 1
            dm = self.day_of_month(mo[0])
            if dm and _valid(y, m, dm[1]):
                return dm[0], _day(_d(y, m, dm[1]))
            return mo[0], _month(y, m)
        if nxt in lex.SEASONS:
            return self.season_rel(j, step)
        if step and (
            nxt in lex.ORDINALS or (nxt.isdigit() and self.t(j + 1) in lex.ORDINAL_SUFFIXES)
        ):
            dated = self.day_first(j)  # "next 6th of April": the next one after this year's
            if dated is not None and dated[1].low is not None and not dated[1].year_given:
                ref = self.today()
                low = dated[1].low.replace(year=ref.year)
                if step > 0 and low <= ref:
                    low = _add_years(low, 1)
                elif step < 0 and low >= ref:
                    low = _add_years(low, -1)
                return dated[0], _day(low)
        if nxt in lex.PARTS_OF_DAY and s in ("this", "last") and nxt not in lex.MEALS:
            # "this morning", "last night": parts of today and of yesterday
            h1, h2 = lex.PARTS_OF_DAY[nxt]
            day = self.today() - dt.timedelta(days=1 if s == "last" else 0)
            return j + 1, _V(day + dt.timedelta(hours=h1), day + dt.timedelta(hours=h2), "time")
        if nxt in lex.HOLIDAYS:
            return self.holiday(j, step=step)
        if nxt in ("working", "work") and self.t(j + 1) == "week":
            nxt, j = "workweek", j + 1  # "this working week": Monday to Friday
        if self.week_end(j):
            nxt, j = "weekend", j + 2  # "this week-end"
        unit = lex.UNITS.get(nxt)
        if unit is None:
            # "last two weeks", "next 3 days", "past 5 years": a window next to the reference
            num = self.number(j)
            if (
                num
                and step
                and num[1] >= 1
                and self.t(num[0]) in ("business", "working")
                and self.t(num[0] + 1) in ("days", "day")
            ):
                return num[0] + 2, self.business_days(num[1], step)
            if num and s == "last" and self.t(i - 1) in lex.BEFORE_LAST_AS_VERB:
                return None  # "the talks will last two hours": a duration
            if num and num[1] > 1 and step and self.t(num[0]) in _WINDOW_UNITS:
                # "upcoming two week": a singular unit counts to the nth one, not a window
                return num[0] + 1, self.unit_step(self.t(num[0]), step * num[1])
            if num and lex.UNITS.get(self.t(num[0])) in _WINDOW_UNITS and s != "this":
                return self.window(num[0] + 1, num[1], lex.UNITS[self.t(num[0])], step)
            if num and lex.UNITS.get(self.t(num[0])) in _CLOCK_UNITS and step:
                return self.clock_window(num[0] + 1, num[1], lex.UNITS[self.t(num[0])], step)
            return None
        j += 1
        if unit in _CLOCK_UNITS or (s == "this" and unit == "day") or nxt in _PLURAL_UNITS:
            return None  # "the coming days", "the last days of the war": how many is not said
        v = self.unit_step(unit, step)
        if unit == "week" and v.low is not None:
            # "next week Wednesday", "next week on Tuesday", "previous week - Monday"
            k = self.skip(j, "on", ",", "-")
            if self.t(j) in ("'", "’") and self.t(j + 1) == "s":
                k = j + 2  # "last week's Sunday"
            if self.t(k) in lex.WEEKDAYS and self.t(k) not in lex.AMBIGUOUS_WEEKDAYS | {"mon"}:
                return k + 1, _day(v.low + dt.timedelta(days=lex.WEEKDAYS[self.t(k)]))
            if self.t(k) in ("mon", "tue", "wed", "thu", "fri") and k == j:
                return k + 1, _day(v.low + dt.timedelta(days=lex.WEEKDAYS[self.t(k)]))
        return j, v

    def unit_step(self, unit: str, step: int) -> _V:
        ref = self.today()
        if unit == "day":
            return _day(ref + dt.timedelta(days=step))
        if unit == "week":
            return _week(ref + dt.timedelta(days=7 * step))
        if unit == "fortnight":
            w = _week(ref + dt.timedelta(days=14 * step))
            assert w.low is not None
            return _V(w.low, w.low + dt.timedelta(days=14), "week")
        if unit == "workweek":
            mon = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=7 * step)
            return _V(mon, mon + dt.timedelta(days=5), "day", qualifier="range")
        if unit == "weekend":
            sat = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=5 + 7 * step)
            return _V(sat, sat + dt.timedelta(days=2), "day")
        if unit == "month":
            m = _add_months(ref.replace(day=1), step)
            return _month(m.year, m.month)
        if unit == "quarter":
            q0 = (ref.month - 1) // 3 + step
            y, q = ref.year + q0 // 4, q0 % 4 + 1
            return _quarter(y, q)
        if unit == "year":
            return _year(ref.year + step)
        if unit == "decade":
            d0 = ref.year // 10 * 10 + 10 * step
            return _V(_d(d0, 1), _d(d0 + 10, 1), "decade")
        if unit == "century":
            c0 = (ref.year // 100 + step) * 100
            return _V(_d(c0, 1), _d(c0 + 100, 1), "century")
        if unit == "hour":
            h = self.ref().replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=step)
            return _V(h, h + dt.timedelta(hours=1), "time")
        raise _NeedsReference  # pragma: no cover - minutes are not steps a reader names

    def window(self, j: int, n: int, unit: str, step: int) -> _R:
        """ "the past 5 years": [ref - 5 years, ref); "next 3 days": [ref + 1 day, ref + 4 days).

        Quarters and decades are whole calendar ones ("the last 2 quarters" ends where the
        current quarter starts); days, weeks, months and years roll from the reference day.
        """
        ref = self.today()
        if unit in ("quarter", "decade"):
            cur = self.unit_step(unit, 0)
            assert cur.low is not None
            assert cur.high is not None
            if step < 0:
                return j, _V(self.shift(cur.low, -n, unit), cur.low, unit, qualifier="range")
            return j, _V(cur.high, self.shift(cur.high, n, unit), unit, qualifier="range")
        if step < 0:
            lo = self.shift(ref, -n, unit)
            return j, _V(lo, ref, "day", qualifier="range")
        start = ref + dt.timedelta(days=1)
        return j, _V(start, self.shift(start, n, unit), "day", qualifier="range")

    def business_days(self, n: int, step: int) -> _V:
        """ "the next 4 business days": Monday to Friday days after (or before) publication."""
        day = self.today()
        days: list[dt.datetime] = []
        while len(days) < n and len(days) < 366:
            day += dt.timedelta(days=1 if step > 0 else -1)
            if day.weekday() < 5:
                days.append(day)
        first, last = min(days), max(days)
        return _V(first, last + _ONE_DAY, "day", qualifier="range")

    def clock_window(self, j: int, n: int, unit: str, step: int) -> _R:
        """ "the last 2 hours", "the next 30 minutes": whole units of the clock next to the
        publication time, the current one left out (as for days: "next 3 days" starts
        tomorrow)."""
        size = dt.timedelta(seconds={"hour": 3600, "minute": 60, "second": 1}[unit])
        ref = self.ref().replace(microsecond=0)
        if unit in ("hour", "minute"):
            ref = ref.replace(second=0)
        if unit == "hour":
            ref = ref.replace(minute=0)
        if step < 0:
            return j, _V(ref - n * size, ref, "time", kind="time", qualifier="range")
        self.future = True
        return j, _V(ref + size, ref + (n + 1) * size, "time", kind="time", qualifier="range")

    @staticmethod
    def shift(t: dt.datetime, n: int, unit: str) -> dt.datetime:
        if unit == "day":
            return t + dt.timedelta(days=n)
        if unit == "week":
            return t + dt.timedelta(days=7 * n)
        if unit == "fortnight":
            return t + dt.timedelta(days=14 * n)
        if unit == "month":
            return _add_months(t, n)
        if unit == "quarter":
            return _add_months(t, 3 * n)
        if unit == "year":
            return _add_years(t, n)
        if unit == "decade":
            return _add_years(t, 10 * n)
        if unit == "hour":
            return t + dt.timedelta(hours=n)
        if unit == "minute":
            return t + dt.timedelta(minutes=n)
        return _add_years(t, 100 * n)

    def season_rel(self, j: int, step: int) -> _R:
        name = self.t(j)
        ref = self.today()
        cur = None
        for y in (ref.year - 1, ref.year):
            v = _season(y, name)
            assert v.low is not None
            assert v.high is not None
            if v.low <= ref < v.high:
                cur = y
        if step == 0:
            y = cur if cur is not None else ref.year
            if cur is None and name == "winter" and ref.month >= 12:
                y = ref.year
        elif step < 0:
            y = ref.year
            while True:
                v = _season(y, name)
                assert v.high is not None
                if v.high <= ref:
                    break
                y -= 1
        else:
            y = ref.year - 1
            while True:
                v = _season(y, name)
                assert v.low is not None
                if v.low > ref:
                    break
                y += 1
        return j + 1, _season(y, name)

    def ago(self, i: int) -> _R | None:
        """An offset, then maybe the weekday of its week: "in 3 days on Friday", "3 weeks after
        Christmas on Friday"."""
        r = self.ago_core(i)
        if r is None or r[1].gran != "day" or r[1].low is None or r[1].qualifier != "exact":
            return r
        k = r[0]
        if self.t(k) == "on" and self.t(k + 1) in lex.WEEKDAYS:
            wd = lex.WEEKDAYS[self.t(k + 1)]
            return k + 2, _day(_in_week_of(r[1].low, wd))
        return r

    def ago_core(self, i: int) -> _R | None:
        """ "three days ago", "two weeks earlier" (from publication), "in two weeks" (future),
        "three weeks from tomorrow", "two days before yesterday", "3 days starting Monday"."""
        j = i
        future_in = False
        if self.t(j) == "in":
            future_in = True
            j = self.skip(j + 1, "about", "around", "approximately", "roughly")
        short = self.short_amount(j)
        if short is not None:
            r = self.short_offset(i, short[0], short[1], future_in)
            if r is not None and j > i + 1:
                return r[0], _replaced(r[1], qualifier="approximately")  # "in about an hour"
            if r is not None:
                return r
        num = self.number(j)
        if num is None:
            return None
        k, n = num
        half = self.and_a_half(k)
        if half is not None:
            end, half_unit = half
            word = self.t(end)
            if future_in and (self.future or self.opens_text(i)):
                self.future = True
                return end, self.half_offset(n, half_unit, 1)  # "in a year and a half"
            if not future_in and word == "ago":
                return end + 1, self.half_offset(n, half_unit, -1)
            if not future_in and word == "from" and self.t(end + 1) == "now":
                return end + 2, self.half_offset(n, half_unit, 1)
            return None  # "lasted a year and a half" is a duration
        step = lex.MODIFIERS.get(self.t(k))
        plural = self.t(k + 1).endswith("s") or n == 1
        if step and plural and not future_in and lex.UNITS.get(self.t(k + 1)) in _WINDOW_UNITS:
            return self.window(k + 2, n, lex.UNITS[self.t(k + 1)], step)  # "the 5 upcoming years"
        if (
            step
            and not future_in
            and self.t(k) in lex.NTH_MODIFIERS
            and self.t(k + 1) in _WINDOW_UNITS
        ):
            return k + 2, self.unit_step(self.t(k + 1), step * n)  # "two upcoming week"
        unit = lex.UNITS.get(self.t(k))
        if unit is None:
            return self.weekdays_away(k, n)
        k += 1
        word = self.t(k)
        if future_in:
            if not self.future and not (word == "from" and self.t(k + 1) == "now"):
                if not self.opens_text(i):
                    return None  # "the first time in 10 years" is a duration
                self.future = True  # a phrase alone: "in 2 weeks" can only count from now
            if word == "from" and self.t(k + 1) == "now":
                k += 2
            elif word == "from" and self.t(k + 1) in lex.RELATIVE_DAYS and unit not in _CLOCK_UNITS:
                # "in two days from today", "in a week from tomorrow"
                base = self.today() + dt.timedelta(days=lex.RELATIVE_DAYS[self.t(k + 1)])
                return k + 2, _day(self.shift(base, n, unit))
            return k, self.offset(n, unit)
        if word in ("and", ","):
            r = self.compound_offset(k, n, unit)
            if r is not None:
                return r
        if word == "ago" or (word == "back" and self.t(k - 1) in lex.UNITS):
            return k + 1, self.offset(-n, unit, approx_years=True)
        if word == "from" and self.t(k + 1) == "now":
            return k + 2, self.offset(n, unit)
        if word == "hence":
            return k + 1, self.offset(n, unit)
        span = self.span_from(i, k, n, unit)
        if span is not None:
            return span
        if word in ("after", "before", "from") and self.t(k + 1) not in lex.RELATIVE_DAYS:
            d = self.point(k + 1)
            if d is not None and d[1].low is not None and d[1].gran == "day":
                sign = -1 if word == "before" else 1
                return d[0], _day(self.shift(d[1].low, sign * n, unit))
        if (
            word in ("from", "after", "before")
            and self.t(k + 1) in lex.RELATIVE_DAYS
            and unit not in ("hour", "minute")  # "3 minutes from today" is a duration and a day
        ):
            base = self.today() + dt.timedelta(days=lex.RELATIVE_DAYS[self.t(k + 1)])
            sign = -1 if word == "before" else 1
            return k + 2, _day(self.shift(base, sign * n, unit))
        return None

    def and_a_half(self, k: int) -> tuple[int, str] | None:
        """The unit of "a year and a half", "two and a half years" from ``k`` (after the
        number), and where the words end; None without "and a half"."""
        half = (
            self.t(k) == "and" and self.t(k + 1) in ("a", "an", "one") and self.t(k + 2) == "half"
        )
        unit = lex.UNITS.get(self.t(k + 3 if half else k))
        k = k + 4 if half else k + 1
        if not half and self.t(k) == "and" and self.t(k + 1) in ("a", "an"):
            half, k = self.t(k + 2) == "half", k + 3
        if not half or unit not in ("year", "month", "hour", "minute"):
            return None
        return k, str(unit)

    def half_offset(self, n: int, unit: str, sign: int) -> _V:
        """n and a half units from publication ("a year and a half ago"). Years and a half are
        read about three months either way, as whole years are read about six; months, hours
        and minutes name their day or minute."""
        if unit in ("hour", "minute"):
            minutes = (60 if unit == "hour" else 1) * (2 * n + 1) // 2
            t = self.ref().replace(second=0, microsecond=0)
            t += dt.timedelta(minutes=sign * minutes)
            return _V(t, t + dt.timedelta(minutes=1), "time", kind="time")
        ref = self.today()
        if unit == "month":
            return _day(_add_months(ref, sign * n) + dt.timedelta(days=sign * 15))
        mid = _add_months(ref, sign * (12 * n + 6))
        return _V(_add_months(mid, -3), _add_months(mid, 3), "month", qualifier="approximately")

    def compound_offset(self, k: int, n: int, unit: str) -> _R | None:
        """ "2 weeks and 2 days ago", "a year, three months from now": the parts add up; the
        smallest unit says how precise the result is ("3 years and 2 months ago" a month)."""
        parts = [(n, unit)]
        while self.t(k) in ("and", ",") and len(parts) < 4:
            num = self.number(self.skip(k + 1, "and"))
            more = lex.UNITS.get(self.t(num[0])) if num is not None else None
            if num is None or more is None or more == "second":
                return None
            parts.append((num[1], more))
            k = num[0] + 1
        clock = any(u in _CLOCK_UNITS for _, u in parts)  # "3 days and 4 hours ago"
        word = self.t(k)
        if word in ("ago", "hence"):
            end, sign = k + 1, -1 if word == "ago" else 1
        elif word == "from" and self.t(k + 1) == "now":
            end, sign = k + 2, 1
        else:
            return None  # "2 weeks and 2 days" alone is a duration
        t = self.ref().replace(second=0, microsecond=0) if clock else self.today()
        for count, u in parts:
            t = self.shift(t, sign * count, u)
        if clock:
            return end, _V(t, t + dt.timedelta(minutes=1), "time", kind="time")
        finest = min((u for _, u in parts), key=_UNIT_ORDER.index)
        if finest == "month":
            return end, _month(t.year, t.month)
        if finest in ("day", "week", "fortnight"):
            return end, _day(t)
        return None  # years and decades only: too rough to name a day

    def span_from(self, i: int, k: int, n: int, unit: str) -> _R | None:
        """ "3 days starting from next Monday", "2 weeks starting May 20th", "for 3 days from
        today", "for 1 week, from 20th dec": n units from that day on."""
        word = self.t(k)
        if unit not in _WINDOW_UNITS:
            return None
        if word in ("starting", "beginning", "commencing"):
            k2 = self.skip(k + 1, "from", "on", "in")
        elif self.t(i - 1) == "for" and (
            word == "from" or (word == "," and self.t(k + 1) == "from")
        ):
            k2 = k + 1 if word == "from" else k + 2
        else:
            return None
        d = self.point(k2)
        if d is None or d[1].low is None or d[1].gran != "day":
            return None
        low = d[1].low
        return d[0], _V(low, self.shift(low, n, unit), "day", qualifier="range")

    def short_offset(self, i: int, k: int, delta: dt.timedelta, future_in: bool) -> _R | None:
        """ "in 5 minutes", "in half an hour", "2 hours from now", "10 minutes ago": a clock
        time that far from the publication time. "in N units" counts from publication only
        when the words say future or the phrase stands alone; else it is a duration ("the
        fire was out in 20 minutes")."""
        word = self.t(k)
        sign = 1
        if word == "from" and self.t(k + 1) == "now":
            k += 2
        elif word == "from" and self.t(k + 1) == "right" and self.t(k + 2) == "now":
            k += 3
        elif word == "hence" and not future_in:
            k += 1
        elif word in ("ago", "earlier") and not future_in:
            k, sign = k + 1, -1
        elif word in ("from", "after", "before") and not future_in:
            # "15 minutes from 1pm", "10 minutes before noon": from a clock time
            c = self.time_first(k + 1)
            if c is None or c[1].low is None or c[1].kind != "time":
                return None
            sign = -1 if word == "before" else 1
            t = c[1].low + sign * delta
            return c[0], _replaced(c[1], low=t, high=t + dt.timedelta(minutes=1))
        elif not future_in:
            return None
        elif not self.future:
            if not self.opens_text(i):
                return None
            self.future = True
        t = self.ref().replace(microsecond=0) + sign * delta
        self.future = self.future or sign > 0
        grain = dt.timedelta(seconds=1) if delta.total_seconds() % 60 else dt.timedelta(minutes=1)
        if grain.total_seconds() == 60:
            t = t.replace(second=0)
        return k, _V(t, t + grain, "time", kind="time")

    def short_amount(self, j: int) -> tuple[int, dt.timedelta] | None:
        """An amount of hours, minutes or seconds, fractions included: "2 minutes", "a sec",
        "half an hour", "a quarter of an hour", "three-quarters of an hour", "2.5 hours",
        "2 and a half hours", "1/4 h"; returns the index after the unit and the amount."""
        if self._clock_unit is None:
            # most windows name no hours, minutes or seconds: then no short offset is tried
            self._clock_unit = not _CLOCK_WORDS.isdisjoint(self.toks)
        if not self._clock_unit:
            return None
        amount: float | None = None
        k = self.skip(j, "a", "an")
        w = self.t(k)
        if w in ("half", "quarter") or (
            w == "three" and self.t(self.skip(k + 1, "-")) == "quarters"
        ):
            k = self.skip(k + 1, "-") + 1 if w == "three" else k + 1
            amount = lex.UNIT_FRACTIONS[self.t(k - 1)]
            k = self.skip(self.skip(k, "of"), "a", "an")
        else:
            num = self.number(j)
            if num is None:
                return None
            k, n = num
            amount = float(n)
            nxt = self.t(k)
            if (
                nxt in (".", "/")
                and self.glued(k)
                and self.glued(k + 1)
                and self.t(k + 1).isdigit()
            ):
                frac = self.t(k + 1)
                if nxt == ".":
                    amount = float(f"{n}.{frac}")
                elif int(frac) > n:
                    amount = n / int(frac)  # 1/4 hour
                else:
                    return None
                k += 2
            elif nxt == "and" and self.t(k + 1) in ("a", "an") and self.t(k + 2) == "half":
                amount, k = amount + 0.5, k + 3
        k = self.skip(k, "more")  # "in 2 more minutes"
        w = self.t(k)
        unit = lex.UNITS.get(w)
        if unit is None and (
            w in lex.SECOND_WORDS or (w == "h" and (self.glued(k) or amount != int(amount)))
        ):
            unit = "second" if w in lex.SECOND_WORDS else "hour"  # "1h", "1/4 h"
        if unit not in ("hour", "minute", "second"):
            return None
        seconds = amount * {"hour": 3600, "minute": 60, "second": 1}[unit]
        if seconds != int(seconds) or not 0 < seconds <= 7 * 86400:
            return None
        return k + 1, dt.timedelta(seconds=int(seconds))

    def opens_text(self, i: int) -> bool:
        """Nothing but a line break before token ``i``: a phrase that stands alone (a headline,
        a note, a message), where "in 5 minutes" can only count from now."""
        if i == 0:
            return not self.text[: self.starts[0]].strip()
        return "\n" in self.text[self.ends[i - 1] : self.starts[i]]

    def weekdays_away(self, k: int, n: int) -> _R | None:
        """ "three Fridays from now", "2 Thursdays ago": the nth such weekday after or before
        the publication day."""
        plural = self.t(k)
        wd = lex.WEEKDAYS.get(plural[:-1]) if plural.endswith("s") else None
        word = self.t(k + 1)
        if wd is None or not 1 <= n <= 52:
            return None
        ref = self.today()
        if (word == "from" and self.t(k + 2) == "now") or word == "hence":
            first = ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)
            return k + (3 if word == "from" else 2), _day(first + dt.timedelta(days=7 * (n - 1)))
        if word in ("ago", "back"):
            last = ref - dt.timedelta(days=(ref.weekday() - wd) % 7 or 7)
            return k + 2, _day(last - dt.timedelta(days=7 * (n - 1)))
        return None

    def offset_bound(self, i: int, more: bool) -> _R | None:
        """ "more than 2 weeks before today", "less than 3 days after tomorrow": an open or a
        closed range from the offset of a day."""
        r = self.ago(i)
        num = self.number(i)
        if r is None or num is None or self.t(num[0] + 1) not in ("before", "after", "from"):
            return None
        end, v = r
        base = self.point(num[0] + 2)
        if v.low is None or v.high is None or base is None or base[1].low is None:
            return None
        origin = base[1].low
        if self.t(num[0] + 1) == "before":
            if more:
                return end, _V(None, v.low, "day", qualifier="less_than")
            return end, _V(v.low, origin, "day", qualifier="range")
        if more:
            return end, _V(v.low, None, "day", qualifier="at_least")
        return end, _V(origin, v.low, "day", qualifier="range")

    def within(self, i: int) -> _R | None:
        """ "within 9 months", "within the next 10 days": from the publication date on."""
        j = self.skip(self.skip(i + 1, "the"), "next", "coming")
        num = self.number(j)
        if num is None or lex.UNITS.get(self.t(num[0])) not in ("day", "week", "month", "year"):
            return None
        ahead = self.t(j - 1) in ("next", "coming")  # "within the next 10 days"
        if not ahead and not self.future and not self.opens_text(i):
            return None  # "the fire was contained within two days": a duration, as for "in"
        self.future, self.cue_nearest = True, False  # what lies within it is still to come
        ref = self.today()
        end = self.shift(ref, num[1], lex.UNITS[self.t(num[0])])
        # from the publication time, not from the start of its day: what is within two weeks
        # is still to come
        return num[0] + 1, _V(self.ref().replace(microsecond=0), end, "day", qualifier="range")

    def offset(self, n: int, unit: str, approx_years: bool = False) -> _V:
        """n units from the publication date. Days to months name the day; years are read
        "about" (DESIGN.md: "four years ago" is a year around it)."""
        if unit in ("hour", "minute"):
            t = self.ref().replace(second=0, microsecond=0)
            t = self.shift(t, n, unit)
            return _V(t, t + dt.timedelta(minutes=1), "time", kind="time")
        ref = self.today()
        if unit in ("year", "decade", "century") and approx_years:
            years = n * {"year": 1, "decade": 10, "century": 100}[unit]
            mid = _add_years(ref, years)
            return _V(_add_months(mid, -6), _add_months(mid, 6), "year", qualifier="approximately")
        return _day(self.shift(ref, n, unit))

    def part_phrase(self, i: int) -> _R | None:
        """early/mid/late X, the beginning/middle/end of X, earlier/later this month."""
        j = i
        s = self.t(j)
        if s in ("earlier", "later"):
            k = j + 1
            if self.t(k) in ("in", "this"):
                k = self.skip(self.skip(k, "in"), "the", "this")
                unit = lex.UNITS.get(self.t(k))
                if unit in ("week", "month", "year"):
                    # "earlier this month": its first half up to publication; "later this
                    # year": its second half from publication on (Recognizers-Text's reading)
                    ref = self.today()
                    v = self.unit_step(unit, 0)
                    assert v.low is not None
                    assert v.high is not None
                    half = _half_of(v.low, unit)
                    if s == "earlier":
                        return k + 1, _V(v.low, min(half, ref), "day", qualifier="range")
                    return k + 1, _V(max(half, ref), v.high, "day", qualifier="range")
            return None
        if s == "the":
            j += 1
            s = self.t(j)
        if s in lex.END_ABBREVIATIONS:  # EOD, EOM, EOY: the end of the current one
            unit = lex.END_ABBREVIATIONS[s]
            if unit == "day":
                return j + 1, self.end_of_day(self.today())
            return j + 1, _part(self.unit_step(unit, 0), "late")
        which = {
            "early": "early",
            "beginning": "early",
            "start": "early",
            "mid": "mid",
            "middle": "mid",
            "late": "late",
            "end": "late",
        }.get(s)
        if which is None:
            return None
        j += 1
        if s in ("beginning", "start", "middle", "end"):
            if self.t(j) != "of":
                return None
            j += 1
        j = self.skip(j, "-")
        j = self.skip(j, "the")
        inner = self.date_like(j) if self.t(j) not in ("early", "mid", "late") else None
        if inner is None:
            y = self.year(j)
            if y is not None:
                inner = (y[0], _year(y[1]))
            else:
                unit = lex.UNITS.get(self.t(j))
                if unit == "day" and s == "end":
                    return j + 1, self.end_of_day(self.today())  # "by the end of the day"
                if unit in ("week", "month", "year") and s in (
                    "beginning",
                    "start",
                    "middle",
                    "end",
                ):
                    inner = (j + 1, self.unit_step(unit, 0))
        if inner is None:
            return None
        k, v = inner
        if (
            s == "end"
            and v.gran == "day"
            and v.qualifier == "exact"
            and v.low is not None
            and v.high == v.low + _ONE_DAY
        ):
            return k, self.end_of_day(v.low)  # "the end of tomorrow": its last second
        if (
            v.gran == "day"
            and v.low is not None
            and which in ("early", "late")
            and s in ("early", "late")
        ):
            return k, v  # "early Thursday" keeps the day
        if s == "late" and _is_night(v):
            return k, _late_night(v)  # "late last night": its last hours, as "late tonight"
        return k, _part(v, which)

    @staticmethod
    def end_of_day(day: dt.datetime) -> _V:
        """The last second of a day: "end of day", "the end of tomorrow", "EOD"."""
        t = day.replace(hour=23, minute=59, second=59, microsecond=0)
        return _V(t, t + dt.timedelta(seconds=1), "time", kind="time")

    def nth_of(self, i: int) -> _R | None:
        """the third quarter of 2023, the first week of January, the last 3 weeks of this year,
        the 9th month of next year, the first ten days of last year, 4th quarter 2018."""
        j = self.skip(i, "the")
        s = self.t(j)
        count = 1
        if s == "last":
            nth, j = -1, j + 1
        elif s in lex.ORDINALS:
            nth, j = lex.ORDINALS[s], j + 1
        elif s.isdigit() and self.t(j + 1) in lex.ORDINAL_SUFFIXES and self.glued(j + 1):
            nth, j = int(s), j + 2
        else:
            return None
        if nth > 1 and self.t(j) == "last":
            nth, j = -nth, j + 1  # "the third last week of 2018": counted from the end
        num = self.number(j) if nth in (1, -1) and self.t(j) not in ("a", "an") else None
        if num is not None and lex.UNITS.get(self.t(num[0])) is not None:
            count, j = num[1], num[0]
        weekday = lex.WEEKDAYS.get(self.t(j)) if count == 1 else None
        weekend = count == 1 and (lex.UNITS.get(self.t(j)) == "weekend" or self.week_end(j))
        if weekend:
            # "the last weekend of October": its nth Saturday and the Sunday after
            weekday, j = lex.WEEKDAYS["saturday"], j + 2 * self.week_end(j)
        unit = lex.UNITS.get(self.t(j)) if weekday is None else "weekday"
        if self.t(j) == "half" and count == 1 and nth in (1, 2, -1) and self.t(j + 1) == "of":
            unit = "half"  # "the first half of 2023", "the second half of the year"
        if unit not in ("week", "month", "day", "quarter", "weekday", "half") or nth == 0:
            return None
        if weekday is not None and not weekend and self.t(j + 1) in ("after", "before"):
            return self.nth_weekday_from(j + 1, weekday, nth)
        if weekday is not None and self.t(j + 1) not in ("of", "in"):
            return None  # "last Sunday" alone is the modifier's
        j += 1
        k = self.skip(j, "of", ",", "in")
        if self.t(k) == "the" and self.t(k + 1) in ("month", "year"):
            return self.nth_in_outer(
                k + 2, self.unit_step(self.t(k + 1), 0), unit, nth, count, weekday, weekend
            )
        outer = (
            self.date_like(k)
            if self.t(k) not in ("the",) or self.t(k + 1) in lex.MODIFIERS
            else None
        )
        if outer is None:
            y = self.year(k)
            if y is not None:
                outer = (y[0], _year(y[1]))
        if outer is None:
            if unit != "quarter" or count != 1 or nth < 1:
                return None  # "the first half" of nothing named is no date
            if not 1 <= nth <= 4:
                return None
            ref = self.today()
            y0 = ref.year if (nth - 1) * 3 + 1 <= ref.month or self.future else ref.year - 1
            return j, _quarter(y0, nth)
        return self.nth_in_outer(outer[0], outer[1], unit, nth, count, weekday, weekend)

    def nth_weekday_from(self, k: int, weekday: int, nth: int) -> _R | None:
        """ "the first Tuesday after the first Monday in November", "the second Sunday before
        Easter 2024": counted from the day after (or before) a named day; ``k`` is at the
        word "after" or "before"."""
        d = self.point(k + 1)
        if d is None or d[1].low is None or d[1].gran != "day" or d[1].qualifier != "exact":
            return None
        base, n = d[1].low, abs(nth)  # "the last Friday before" is the first one before
        if self.t(k) == "after":
            if nth < 0:
                return None  # "the last Friday after X" names no day
            first = base + dt.timedelta(days=(weekday - base.weekday()) % 7 or 7)
            return d[0], _day(first + dt.timedelta(days=7 * (n - 1)))
        first = base - dt.timedelta(days=(base.weekday() - weekday) % 7 or 7)
        return d[0], _day(first - dt.timedelta(days=7 * (n - 1)))

    def possessive_part(self, k: int, outer: _V) -> _R | None:
        """ "next year's first quarter", "2019's second half", "last month's final week": the
        nth part named after a year, a quarter or a month in the possessive."""
        s = self.t(k)
        nth = -1 if s in ("last", "final") else lex.ORDINALS.get(s)
        if nth is None or not -1 <= nth <= 4 or nth == 0:
            return None
        unit = "half" if self.t(k + 1) == "half" else lex.UNITS.get(self.t(k + 1))
        if unit not in ("quarter", "month", "week", "half") or (unit == "half" and nth > 2):
            return None
        return self.nth_in_outer(k + 2, outer, str(unit), nth, 1, None)

    @staticmethod
    def nth_in_outer(
        end: int,
        ov: _V,
        unit: str,
        nth: int,
        count: int,
        weekday: int | None,
        weekend: bool = False,
    ) -> _R | None:
        if ov.low is None or ov.high is None or ov.gran not in ("month", "year", "quarter"):
            return None
        if unit == "half":
            if ov.gran == "quarter":
                return None
            mid = _half_of(ov.low, ov.gran)
            lo, hi = (ov.low, mid) if nth == 1 else (mid, ov.high)
            return end, _V(lo, hi, "month" if ov.gran == "year" else "day")
        if weekday is not None:
            v = _nth_weekday(ov.low, ov.high, weekday, nth)
            if v is not None and v.low is not None and weekend:
                v = _replaced(v, high=v.low + 2 * _ONE_DAY)
        else:
            v = _nth_in(ov.low, ov.high, unit, nth, count)
        return (end, v) if v is not None else None

    def after_the(self, i: int) -> _R | None:
        """the 1990s, the 19th century, the 1st of March, the summer of 2019, on the 18th."""
        j = i + 1
        r = self.absolute(j, cued=True)
        if r:
            return r
        if self.t(j) == "weekend" and self.t(j + 1) == "of":
            return self.weekend_of(j + 2)
        if self.t(j) == "weekend" and self.t(i - 1) in ("over", "on", "at", "during", "this"):
            # "over the weekend": the last one (or, said of the future, the next one)
            ref = self.today()
            sat = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)
            if self.future and sat + dt.timedelta(days=2) <= ref:
                sat += dt.timedelta(days=7)
            return j + 1, _V(sat, sat + dt.timedelta(days=2), "day")
        if self.t(i - 1) == "on" and self.t(j).isdigit() and self.t(j + 1) in lex.ORDINAL_SUFFIXES:
            # "on the 18th": a day of the current or of the last month ("on the 4th floor" is not)
            dm = self.day_of_month(j)
            if dm is not None and not (
                self.t(dm[0]).isalpha() and self.t(dm[0]) not in ("at", "and", "or")
            ):
                return dm[0], self.day_alone(dm[1])
        s = self.t(j)
        if s in lex.SEASONS:
            return self.season(j)
        return None

    # -- absolute dates ---------------------------------------------------------------------------
    def absolute(self, i: int, cued: bool = False, after_weekday: bool = False) -> _R | None:
        s = self.t(i)
        if not s:
            return None
        if s.isdigit():
            return self.numeric(i, cued or after_weekday, after_weekday)
        if s in ("'", "’") and self.t(i + 1).isdigit() and len(self.t(i + 1)) == 2:
            return self.apostrophe_decade(i)
        if s == "may" and self.t(i + 1) == "day" and self.raw(i + 1)[:1].isupper():
            return self.holiday(i)  # "May Day" is May 1, not the month
        if s in lex.MONTHS:
            return self.month_first(i, after_weekday)
        if s in lex.SEASONS:
            return self.season(i)
        if s in lex.ORDINALS or s in lex.TENS or s in lex.SMALL_NUMBERS:
            r = self.day_first(i)
            if r:
                return r
            r = self.century(i)
            if r or self.t(i - 1) not in ("in", "since", "until", "before", "after"):
                return r
            y = self.year_words(i)  # "in nineteen ninety six", not "in two thousand homes"
            if y is not None and (not self.t(y[0]).isalpha() or self.t(y[0]) in ("and", "or")):
                return y[0], _year(y[1])
        return self.absolute_rest(i) if s in _ABSOLUTE_REST_FIRST else None  # no small number

    def absolute_rest(self, i: int) -> _R | None:
        s = self.t(i)
        if s == "weekend" and self.t(i + 1) == "of":
            return self.weekend_of(i + 2)
        if s in ("week", "wk") and self.digits(i + 1, 1, 53) is not None:
            return self.week_number(i)
        if s.startswith("q") and len(s) == 2 and s[1] in "1234":
            return self.quarter_after_q(i, int(s[1]))
        if s in ("h1", "h2"):  # "H1 2023": a half year, only with its year
            y = self.year(self.skip(self.skip(i + 1, "of"), "-"))
            if y is not None:
                half = _d(y[1], 1 if s == "h1" else 7)
                return y[0], _V(half, _add_months(half, 6), "month")
        if s == "year" and (
            self.t(i + 1) == "end" or (self.t(i + 1) == "-" and self.t(i + 2) == "end")
        ):
            # "by year-end", "by year end", "year-end 2023", "the year end of 2020": the end of
            # that year, else of the current one
            k = i + 3 if self.t(i + 1) == "-" else i + 2
            y = self.year(self.skip(k, "of"))
            ref_year = self.today().year if y is None else y[1]
            return (y[0] if y else k), _part(_year(ref_year), "late")
        if s in ("year", "month") and self.t(i + 1) == "to" and self.t(i + 2) == "date":
            # "the year to date": from its start to publication, the reporter's own period
            first = self.unit_step(s, 0).low
            assert first is not None
            return i + 3, _V(first, self.today(), "day", qualifier="range", deictic=True)
        if s in ("year", "calendar", "cy") and (self.t(i + 1).isdigit() or self.t(i + 1) == "year"):
            j = self.skip(i + 1, "year")
            j = self.skip(j, "of")
            y = self.year(j)
            if y:
                return y[0], _year(y[1])
        if s in lex.HOLIDAYS:
            return self.holiday(i)
        if s in lex.DECADE_WORDS and self.t(i - 1) in ("the", "in", "early", "mid", "late", "-"):
            n = lex.DECADE_WORDS[s]
            ref_year = self.ref_dt.year if self.has_ref else 2000
            start = 2000 + n if 2000 + n + 10 <= ref_year else 1900 + n
            return i + 1, _V(_d(start, 1), _d(start + 10, 1), "decade")
        return None

    def week_number(self, i: int) -> _R | None:
        """ISO 8601 week numbers: "week 3 of 2027", "week 27 of last year", "calendar week 31".
        A bare "week 5" is as often a week of a season or a trial as of the year: it needs a
        year or the word "calendar" / "ISO" before it."""
        n = int(self.t(i + 1))
        j = i + 2
        k = self.skip(j, "of", "in", ",")
        y = self.year(k)
        if y is not None:
            year, j = y[1], y[0]
        elif self.t(k) in lex.MODIFIERS and self.t(k + 1) in ("year", "yr"):
            year, j = self.today().year + lex.MODIFIERS[self.t(k)], k + 2
        elif self.t(i - 1) in ("calendar", "iso"):
            # the direction policy: the latest such week begun by publication, unless future
            ref = self.today()
            year = ref.year
            if not self.future and _iso_week_start(year, n) > ref:
                year -= 1
            elif self.future and _iso_week_start(year, n) + 7 * _ONE_DAY <= ref:
                year += 1
        else:
            return None
        start = _iso_week_start(year, n)
        if (start + 3 * _ONE_DAY).year != year:
            return None  # week 53 of a year that has 52
        return j, _V(start, start + 7 * _ONE_DAY, "week")

    def quarter_after_q(self, i: int, q: int) -> _R | None:
        j = i + 1
        j2 = self.skip(self.skip(j, "of"), "-")
        y = self.year(j2)
        if y:
            return y[0], _quarter(y[1], q)
        if self.raw(i)[:1] == "Q":
            ref = self.today()
            y0 = ref.year if (q - 1) * 3 + 1 <= ref.month or self.future else ref.year - 1
            return j, _quarter(y0, q)
        return None

    def numeric(self, i: int, cued: bool, after_weekday: bool = False) -> _R | None:
        s = self.t(i)
        n1 = int(s)
        sep = self.t(i + 1)
        glued = self.glued(i + 1) and self.glued(i + 2)
        # "the 2019-20 season", "fiscal 2022/23": a span over two years, read as both years
        if (
            len(s) == 4
            and sep in ("-", "–", "/")
            and glued
            and len(self.t(i + 2)) == 2
            and self.t(i + 2).isdigit()
            and int(self.t(i + 2)) == (n1 + 1) % 100
            and 1000 <= n1 <= 2199
            and not (self.t(i + 3) in ("-", "/", ".", ":") and self.glued(i + 3))
            and not (self.t(i - 1) in ("-", "/", ".", ":") and self.glued(i))
        ):
            return i + 3, _V(_d(n1, 1), _d(n1 + 2, 1), "year", qualifier="range")
        # 2019-2021, 2014~2018: a range of years
        if len(s) == 4 and sep in ("-", "–", "~", "/") and len(self.t(i + 2)) == 4:
            ya, yb = self.year(i), self.year(i + 2)
            if (
                ya
                and yb
                and yb[1] > ya[1]
                and self.glued(i + 1) == self.glued(i + 2)
                and not (self.t(i - 1) in ("-", "/") and self.glued(i))
                and not (self.t(i + 3) in ("-", "/") and self.glued(i + 3))
            ):
                return i + 3, _V(_d(ya[1], 1), _d(yb[1] + 1, 1), "year", qualifier="range")
            return None
        # 2019-aug-01, 2020/Sep/23: year, month name, day written together
        if (
            len(s) == 4
            and 1000 <= n1 <= 2199
            and sep in ("-", "/", ".")
            and glued
            and self.t(i + 2) in lex.MONTHS
            and self.t(i + 3) == sep
            and self.glued(i + 3)
            and self.glued(i + 4)
            and not (self.t(i - 1) in ("-", "/", ".") and self.glued(i))
        ):
            day = self.digits(i + 4, 1, 31)
            mon = lex.MONTHS[self.t(i + 2)]
            if (
                day is not None
                and _valid(n1, mon, day)
                and not (self.glued(i + 5) and self.t(i + 5).isalnum())
            ):
                return i + 5, _day(_d(n1, mon, day))
        # ISO 2024-01-03, 2015-3-3, 2014-10, 2017-q1
        if len(s) == 4 and sep in ("-", "/", ".") and glued and self.t(i + 2).isdigit():
            before = self.t(i - 2)
            if (
                self.t(i - 1) in ("-", "/")
                and self.glued(i)
                and not self.in_range  # the second end of "2015-03-28 17:00/2015-03-29 21:00"
                and (
                    before.isdigit()
                    or (before.isalpha() and self.glued(i - 2) and self.t(i - 3).isdigit())
                )
            ):
                return None  # a phone number or a code: 138-2010-2015, 410c74a8-1687-4ea7
            m = self.digits(i + 2, 1, 12)
            if m is not None:
                if self.t(i + 3) == sep and self.glued(i + 3) and self.glued(i + 4):
                    d = self.digits(i + 4, 1, 31)
                    if d is not None and _valid(n1, m, d):
                        j = i + 5
                        return j, _day(_d(n1, m, d))  # a time after it: see attach_time
                    return None
                if (
                    sep in ("-", "/")
                    and self.t(i + 3) not in ("-", "/")
                    and 1000 <= n1 <= 2199
                    and len(self.t(i + 2)) in (1, 2)
                ):
                    return i + 3, _month(n1, m)  # 2014-10, 2014/10
            return None
        if (
            len(s) == 4
            and sep in ("-", " ")
            and self.t(i + 2 - (sep == " ")) in ("q1", "q2", "q3", "q4")
        ):
            k = i + 2 - (sep == " ")
            if 1000 <= n1 <= 2199:
                return k + 1, _quarter(n1, int(self.t(k)[1]))
        if len(s) == 2 and sep in ("q1", "q2", "q3", "q4") and self.glued(i + 1):
            return i + 2, _quarter(2000 + n1, int(sep[1]))
        # 1/3/2024 (month first), 22/04, 10.31.1974, 12-2015
        if len(s) <= 2 and sep in ("/", "-", ".") and glued and self.t(i + 2).isdigit():
            if self.t(i - 1) in ("/", "-", ".", ":", "+") and self.glued(i) and not self.in_range:
                return None  # the middle of a longer chain of numbers
            a, b = n1, int(self.t(i + 2))
            if (
                self.t(i + 3) == sep
                and self.glued(i + 3)
                and self.glued(i + 4)
                and self.t(i + 4).isdigit()
            ):
                c = self.t(i + 4)
                if self.t(i + 5) == sep and self.glued(i + 5) and self.t(i + 6).isdigit():
                    return None  # four numbers: a phone number, an IP address
                y = int(c) if len(c) == 4 else self.two_digit_year(int(c)) if len(c) == 2 else None
                if y is None:
                    return None
                m, d = (a, b) if a <= 12 else (b, a)
                if not _valid(y, m, d):
                    return None
                return i + 5, _day(_d(y, m, d))
            if self.t(i + 3) in (":",) or (sep == "." and not after_weekday):
                # 7.6 is a date only right after a weekday ("Friday 7.6"); "the 1.6-mile span"
                return None
            tb = self.t(i + 2)
            if sep in ("-", "/") and len(tb) == 4 and 1 <= a <= 12 and 1000 <= b <= 2199:
                return i + 3, _month(b, a)  # 12-2015, 2/2013
            if self.t(i + 3) in ("%", ".") and self.t(i + 4).isdigit():
                return None
            if f"{a}/{b}" in lex.NOT_DATES and sep == "/":
                return None
            if len(tb) > 2:
                return None
            leading_zero = s.startswith("0") or tb.startswith("0")
            # "from 10/1 to 11/7", "between 10/1-11/7": a word that opens a date is a cue too
            cued = cued or self.in_range or self.t(i - 1) in lex.SLASH_DATE_CUES
            if not (cued or leading_zero or (sep == "/" and (b > 12 or a > 12))):
                return None
            if sep == "-" and not cued:
                return None
            if (
                sep == "-"
                and not self.in_range
                and not after_weekday
                and self.t(i - 1) not in lex.SLASH_DATE_CUES
                and self.t(i + 3).isalpha()
                and self.raw(i + 3).islower()
            ):
                return None  # "the 2-1 win", "the 6-3 decision": a score or a tally
            m, d = (a, b) if a <= 12 else (b, a)
            if not 1 <= m <= 12 or not 1 <= d <= 31:
                return None
            year = self.year_after(i + 3) if self.t(i + 3) == "," else None  # 5/7, 2020
            if year is not None and _valid(year[1], m, d):
                return year[0], _day(_d(year[1], m, d))
            y = self.pick_year(m, d)
            if not _valid(y, m, d):
                return None
            return i + 3, _replaced(_day(_d(y, m, d)), year_given=False)
        if (
            len(s) == 8
            and 1900 <= int(s[:4]) <= 2199
            and _valid(int(s[:4]), int(s[4:6]), int(s[6:]))
        ):
            return i + 1, _day(_d(int(s[:4]), int(s[4:6]), int(s[6:])))
        if len(s) == 4:
            return self.bare_year(i, cued)
        if len(s) <= 2:
            r = self.day_first(i)
            if r:
                return r
            if (
                len(s) == 2
                and s.endswith("0")
                and self.t(i + 1) == "s"
                and self.t(i - 1) in ("'", "’", "the", "early", "mid", "late", "-")
                and not (self.t(i - 1) == "-" and self.t(i - 2) in lex.AGE_BAND_WORDS)
            ):
                return self.apostrophe_decade(i, bare=True)  # "the 90s"; "in his 60s" is an age
            return self.century(i)
        return None

    def bare_year(self, i: int, cued: bool) -> _R | None:
        y = self.year(i)
        if y is None:
            return None
        j, year = y
        # 1990s, 1990 s, 1990's
        if (
            self.t(j) == "s"
            and (self.glued(j) or self.t(j + 1) in (".", ",", ""))
            and year % 10 == 0
        ):
            return j + 1, _V(_d(year, 1), _d(year + 10, 1), "decade")
        if self.t(j) == "'" and self.t(j + 1) == "s" and year % 10 == 0:
            return j + 2, _V(_d(year, 1), _d(year + 10, 1), "decade")
        # 2017 q1, 2017 april
        q = self.t(j)
        if q == "-" and self.glued(j) and self.t(j + 1) in ("q1", "q2", "q3", "q4", "h1", "h2"):
            q, j = self.t(j + 1), j + 1
        if q in ("q1", "q2", "q3", "q4"):
            return j + 1, _quarter(year, int(q[1]))
        if q in ("h1", "h2"):
            start = _d(year, 1 if q == "h1" else 7)
            return j + 1, _V(start, _add_months(start, 6), "quarter")
        nxt = self.t(j)
        if nxt in lex.NOT_YEAR_FOLLOWERS or (nxt.isdigit() and not cued):
            return None
        if self.t(j) in ("%", ",") and self.t(j + 1).isdigit() and self.glued(j + 1):
            return None
        prev = self.t(i - 1)
        if prev in ("-", "/", ".", ":") and self.glued(i) and self.t(i - 2).isdigit():
            return None  # the tail of a phone number or a code: 555-2010-2015
        if self.t(j) in lex.RANGE_JOINERS and self.year(j + 1) is not None:
            cued = True  # "2014 to 2018"
        if self.t(j) in ("onwards", "onward") or (
            self.t(j) in ("or", "and") and self.t(j + 1) in ("later", "after", "beyond")
        ):
            cued = True  # "2015 onwards", "2018 or later"
        if prev in lex.NOT_YEAR_PRECEDERS:
            return None  # "$2020", "Route 2020", "Boeing 2020"
        if not cued and not self.year_context(i, j):
            return None
        mo = self.month_name(j, strict=True)
        if mo and self.t(j) != "may":
            dm = self.day_of_month(mo[0])
            if dm and _valid(year, mo[1], dm[1]):
                return dm[0], _day(_d(year, mo[1], dm[1]))
            return mo[0], _month(year, mo[1])
        return j, _year(year)

    def year_context(self, i: int, j: int) -> bool:
        """Whether the words around a bare four-digit number at ``i`` make it a year: a word
        that introduces a date before it ("in 1998", "since 2015", "mid-2023", "May 3, 2024"),
        or an article before it and a singular noun after it ("a 2017 assessment", "the 2020
        election"; "the 2000 people" is a count)."""
        prev, nxt = self.t(i - 1), self.t(j)
        if prev in lex.YEAR_CUES or prev in lex.MONTHS:
            return True
        if prev == "than" and self.t(i - 2) in ("later", "earlier", "sooner"):
            return True  # "later than 2018"; "more than 2018" is a count
        if prev == "as" and self.t(i - 2) == "early" and self.t(i - 3) == "as":
            return True  # "as early as 1998"; "as many as 2018" is a count
        if prev in ("-", "–", "(", "—") and self.glued(i):
            return True
        if prev == "," and self.t(i - 2) in lex.MONTHS:
            return True
        if prev in lex.YEAR_DETERMINERS or prev in ("’", "'"):
            capitalised = self.raw(j)[:1].isupper() and nxt not in lex.ANCHOR_NOUNS
            if (not nxt.isalpha() or capitalised) and nxt not in lex.PLURAL_EVENTS:
                return False
            return not (
                nxt.endswith("s") and nxt not in lex.PLURAL_EVENTS and not nxt.endswith("ss")
            )
        return False

    def apostrophe_decade(self, i: int, bare: bool = False) -> _R | None:
        k = i if bare else i + 1
        s = self.t(k)
        if not (len(s) == 2 and s.endswith("0")):
            return None
        j = k + 1
        if self.t(j) == "s":
            j += 1
        elif self.t(j) == "'" and self.t(j + 1) == "s":
            j += 2
        else:
            return None
        n = int(s)
        if self.has_ref:
            ref_year = self.ref_dt.year
            start = 2000 + n if 2000 + n <= ref_year else 1900 + n
        else:
            start = 1900 + n if n >= 30 else 2000 + n
        return j, _V(_d(start, 1), _d(start + 10, 1), "decade")

    def century(self, i: int) -> _R | None:
        s = self.t(i)
        n: int | None = None
        j = i
        if s.isdigit() and len(s) <= 2 and self.t(i + 1) in lex.ORDINAL_SUFFIXES:
            n, j = int(s), i + 2
        elif s in lex.ORDINALS:
            n, j = lex.ORDINALS[s], i + 1
        elif s in lex.TENS and self.t(i + 1) in ("-",) and self.t(i + 2) in lex.ORDINALS:
            n, j = lex.SMALL_NUMBERS[s] + lex.ORDINALS[self.t(i + 2)], i + 3
        elif s in lex.TENS and self.t(i + 1) in lex.ORDINALS:
            n, j = lex.SMALL_NUMBERS[s] + lex.ORDINALS[self.t(i + 1)], i + 2
        if n is None or not 1 <= n <= 30:
            return None
        j = self.skip(j, "-")
        if self.t(j) != "century" or self.before_christ(j + 1):
            return None  # "the fifth century BC" either
        start = (n - 1) * 100
        if start < 1:
            return None
        return j + 1, _V(_d(start, 1), _d(start + 100, 1), "century")

    def month_first(self, i: int, after_weekday: bool = False) -> _R | None:
        """January 3, 2024; Jan. 3rd; January 2020; Dec-2018; Oct/2; May twenty nine; March."""
        mo = self.month_name(i)
        if mo is None:
            return None
        j, m = mo
        s = self.t(i)
        y = self.year_after(j)
        if y is not None:
            return y[0], _month(y[1], m)
        k = j + 1 if self.t(j) in ("-", "/") and self.glued(j) else j
        if self.t(k) == "," and self.t(k + 2) in lex.ORDINAL_SUFFIXES:
            k += 1  # "October, 1st"
        k = self.skip(k, "the")
        dm = self.day_of_month(k)
        if (
            dm is not None
            and not (self.t(k).isdigit() and self.t(dm[0]) in _NOT_DAY_FOLLOWERS)
            and not (self.t(k).isdigit() and lex.UNITS.get(self.t(dm[0])) is not None)
        ):
            j2, day = dm
            y = self.year_after(j2)
            if y is not None and _valid(y[1], m, day):
                return y[0], _day(_d(y[1], m, day))
            year = self.pick_year(m, day)
            if not _valid(year, m, day):
                return None
            v = _replaced(_day(_d(year, m, day)), year_given=False)
            k = self.skip(j2, ",")
            wd = lex.WEEKDAYS.get(self.t(k)) if k > j2 and not after_weekday else None
            if wd is not None:  # "Jul 18, Fri"
                return k + 1, self.check_weekday(v, wd)
            return j2, v
        if self.raw(i)[:1].isupper() and not after_weekday:
            oy = self.offset_year(j)
            if oy is not None:
                return oy[0], _month(oy[1], m)  # "March in a year", "May two years ago"
        if s in lex.AMBIGUOUS_MONTHS or len(s) <= 4:
            prev = self.t(i - 1)
            if prev in ("this", "last", "next") and not self.in_range:
                return None  # "this May" is the modifier's; "this may take" is no date
            joined = self.t(j) in lex.RANGE_JOINERS and self.t(j + 1) in lex.MONTHS  # Jan-Feb
            cue = prev in lex.MONTH_CUES or self.in_range or joined
            after_the = prev == "the" and (
                self.t(i - 2) not in ("in", "of", "since", "until", "by")
                or not self.raw(i)[:1].isupper()  # "took part in the march": the walk
            )
            if (not cue or after_the) and (
                s in lex.AMBIGUOUS_MONTHS or not self.raw(i)[:1].isupper()
            ):
                return None
            if s == "may" and self.t(j) in _MODAL_FOLLOWERS:
                return None
        if after_weekday:
            return None
        year = self.pick_year(m, None)
        return j, _replaced(_month(year, m), year_given=False)

    def offset_year(self, j: int) -> tuple[int, int] | None:
        """The year an offset right after a named day or month lands in: "Thanksgiving 3
        months ago", "March in a year", "Christmas two years from now". After such a name,
        "in N units" counts from publication."""
        s = self.t(j)
        if not (s == "in" or s.isdigit() or s in lex.SMALL_NUMBERS):
            return None
        saved = self.future
        self.future = True
        try:
            r = self.ago_core(j)
        finally:
            self.future = saved
        if r is None or r[1].gran == "time":
            return None
        low, high = r[1].low, r[1].high
        if low is None:
            return None
        mid = low if high is None else low + (high - low) / 2
        return r[0], mid.year

    def year_after(self, k: int) -> tuple[int, int] | None:
        """The year that closes a date: ", 2024", " of 2024", " in 2024", "-2018", "/2018",
        " '24", " of 87", " nineteen eighty six", " two thousand and fifteen"."""
        j = k
        if self.t(j) in (",", "of", "in") or (self.t(j) in ("-", "/") and self.glued(j)):
            j += 1
        y = self.year(j)
        if y is not None:
            return y
        two = self.t(j + 1) if self.t(j) == "'" else self.t(j) if self.t(j - 1) == "of" else ""
        if two.isdigit() and len(two) == 2:
            year = self.two_digit_year(int(two))
            return (j + 2 if self.t(j) == "'" else j + 1), year
        return self.year_words(j)

    def year_words(self, j: int) -> tuple[int, int] | None:
        """A year in words after a month or a day: "nineteen eighty six", "two thousand and
        five", "seventeen hundred thirty three"."""
        if self.t(j) not in lex.SMALL_NUMBERS or self.t(j) in ("a", "an", "couple"):
            return None
        r = self.number(j)
        if r is None:
            return None
        end, v = r
        if 1000 <= v <= 2199:
            return end, v
        if 11 <= v <= 20:  # "nineteen eighty six"; "ten thirty" is a time, not 1030
            r2 = self.number(end)
            if r2 is not None and 10 <= r2[1] <= 99:
                return r2[0], v * 100 + r2[1]
        return None

    def day_first(self, i: int) -> _R | None:
        """3 January 2024, the 1st of March, second of Aug, 31-Oct-74, the 23rd day of May."""
        dm = self.day_of_month(i)
        if dm is None:
            return None
        prev = self.t(i - 1)
        if prev in ("$", "€", "£", "#") or (
            prev in (".", ",") and self.glued(i) and self.t(i - 2).isdigit()
        ):
            return None  # "$12 December 27", "6,107.31 August 2019": the number is not a day
        j, day = dm
        if self.t(j) == "day" and self.t(j + 1) == "of":
            j += 1
        if self.t(j) == "of" or (
            self.t(j) in lex.MODIFIERS and self.t(j + 1) == "month" and self.t(i - 1) == "the"
        ):
            # "the 20th of next month", "the 15th of the month", "the 21st this month"
            k = self.skip(self.skip(j, "of"), "the")
            step = lex.MODIFIERS.get(self.t(k), 0 if self.t(k) == "month" else None)
            unit_at = k + 1 if self.t(k) in lex.MODIFIERS else k
            if step is not None and self.t(unit_at) == "month":
                month = self.unit_step("month", step)
                assert month.low is not None
                if _valid(month.low.year, month.low.month, day):
                    return unit_at + 1, _day(month.low.replace(day=day))
        j = self.skip(j, "of")
        sep = self.t(j)
        if sep in ("-", "/") and self.glued(j):
            j += 1
        mo = self.month_name(j)
        if mo is None:
            return None
        k, m = mo
        y = self.year_after(k)
        if (
            y is None
            and self.t(j) in lex.AMBIGUOUS_MONTHS
            and not self.raw(j)[:1].isupper()
            and self.t(j - 1) != "of"
            and self.t(i - 1) not in ("on", "the")
        ):
            return None  # "at least 3 may die", "5 march through": a verb after a count
        if (
            y is None
            and self.t(j) in lex.AMBIGUOUS_MONTHS
            and not self.raw(j)[:1].isupper()
            and self.t(j - 1) != "of"
            and self.t(i).isalpha()
            and "on" not in (self.t(i - 1), self.t(i - 2))
        ):
            return None  # "the first march since 2020", "the second march": a noun counted
        if (
            not self.t(i).isdigit()
            and self.t(i) not in lex.ORDINALS
            and self.t(i - 1) != "the"
            and not (y is not None and (self.t(i - 1) == "on" or not self.t(k).isdigit()))
        ):
            # "two May" is not a date; "second of May", "on five May 1990" and a date all in
            # words ("twenty five January nineteen eighty six") are
            return None
        if y is None and sep in ("-", "/") and self.t(k) == sep and len(self.t(k + 1)) == 2:
            yy = int(self.t(k + 1)) if self.t(k + 1).isdigit() else -1
            y = (k + 2, 2000 + yy if yy < 50 else 1900 + yy) if yy >= 0 else None
        if y is not None and _valid(y[1], m, day):
            return y[0], _day(_d(y[1], m, day))
        year = self.pick_year(m, day)
        if not _valid(year, m, day):
            return None
        return k, _replaced(_day(_d(year, m, day)), year_given=False)

    def season(self, i: int) -> _R | None:
        name = self.t(i)
        j = i + 1
        k = self.skip(j, "of")
        y = self.year(k)
        if y is not None:
            return y[0], _season(y[1], name)
        prev = self.t(i - 1)
        if self.t(j) == "of":
            return None  # "the fall of Kabul", "the spring of discontent"
        if name in lex.AMBIGUOUS_SEASONS and not (
            prev == "the" and self.t(i - 2) in ("in", "during", "until", "since", "by", "over")
        ):
            return None  # "fall" and "spring" are seasons in "in the fall", not in "the fall"
        if prev not in ("the", "in", "this", "last", "next", "since", "until", "during", "of"):
            return None
        # the policy of the other undated words: the latest one begun by the publication day,
        # or, said of the future, the next one still to end
        ref = self.today()
        year = ref.year + 1
        while True:
            v = _season(year, name)
            assert v.low is not None
            assert v.high is not None
            if (v.high <= ref) if self.future else (v.low <= ref):
                return j, _season(year + 1, name) if self.future else v
            year -= 1

    def holiday(self, i: int, step: int | None = None) -> _R | None:
        """Fixed-date holidays (Christmas, Halloween...) and Thanksgiving, Easter; after
        last/next/this (``step``), the one before, after or in the year of publication."""
        j = i
        key = ""
        best: tuple[int, str] | None = None
        while j < self.n and j < i + 7:
            tok = self.t(j)
            if tok == "." and self.glued(j) and self.t(j - 1) in lex.ABBREVIATIONS:
                j += 1  # "St. Patrick's Day", "Martin Luther King Jr. Day"
                continue
            if tok in ("'", "’", "-"):
                # an apostrophe as in "New Year's" or inside a word ("b'av"); a hyphen inside
                # a name ("Eid al-Fitr"): both dropped from the key
                plural = self.glued(j) and self.t(j - 1).endswith("s")  # "Workers' Day"
                if tok != "-" and self.t(j + 1) != "s" and not self.glued(j + 1) and not plural:
                    break  # "Martin Luther King' day"
                j += 1
                continue
            nxt = (key + " " + tok).strip()
            if nxt not in lex.HOLIDAY_PREFIXES:
                break
            key = nxt
            j += 1
            if key in lex.HOLIDAY_DATES:
                best = (j, key)
        if best is None:
            return None
        j, key = best
        if key.startswith("new year") and self.t(i - 1) in lex.OTHER_NEW_YEARS:
            return None  # "Parsi New Year" is in August
        k = self.skip(j, "of")
        if self.t(k) == "in" and self.year(k + 1) is not None:
            k += 1  # "Diwali in 2019"
        y = self.year(k) or self.year_words(k)
        if (
            key in lex.AMBIGUOUS_HOLIDAYS
            and y is None
            and (self.t(i - 1) not in lex.MONTH_CUES or not self.raw(i)[:1].isupper())
        ):
            return None  # "she lent him money", "the pongal dish"; "during Lent", "lent 2018"
        of_year = lex.MODIFIERS.get(self.t(k)) if self.t(k + 1) in ("year", "yr") else None
        if y is not None:
            year, j = y[1], y[0]
        elif k > j and of_year is not None:
            year, j = self.today().year + of_year, k + 2  # "Thanksgiving of next year"
        elif step is None and (oy := self.offset_year(j)) is not None:
            year, j = oy[1], oy[0]  # "Thanksgiving 3 months ago", "Christmas in two years"
        else:
            ref = self.today()
            year = ref.year
            v = self.holiday_day(key, year)
            if v is None or v.low is None:
                return None
            future = self.future if step is None else step > 0
            if step != 0 and (v.low < ref if future else v.low > ref):
                year += 1 if future else -1
            elif step and v.low == ref:  # "next Christmas" said on Christmas Day
                year += step
        found = self.holiday_day(key, year)
        if found is not None and found.low is not None and self.t(j) == "weekend":
            after = self.year(j + 1) if y is None else None  # "Halloween weekend 2021"
            if after is not None:
                found = self.holiday_day(key, after[1])
                j = after[0] - 1
            if found is not None and found.low is not None:
                return j + 1, _weekend_around(found.low)  # "Labor Day weekend"
        return (j, found) if found is not None else None

    def weekend_of(self, k: int) -> _R | None:
        """ "the weekend of Halloween", "weekend of Thanksgiving 2023", "the weekend of May 4"."""
        d = self.point(self.skip(k, "the"))
        if d is None or d[1].low is None or d[1].gran != "day" or d[1].qualifier != "exact":
            return None
        return d[0], _weekend_around(d[1].low)

    @staticmethod
    def holiday_day(key: str, year: int) -> _V | None:
        """The day (or days) of a holiday in ``year``; None outside the years of its table."""
        kind, targs = lex.HOLIDAY_DATES[key]
        if kind in ("table", "ramadan", "last_friday", "tu_bishvat"):
            return _lunar_holiday(kind, targs, year)
        args = tuple(int(a) for a in targs)
        if kind == "fixed":
            return _day(_d(year, args[0], args[1]))
        if kind == "weekday":
            d = _d(year, args[0], args[1])
            if d.weekday() == 6:  # Sunday: the Monday, or for rule 1 the Saturday
                d += dt.timedelta(days=-1 if args[2] else 1)
            elif d.weekday() == 5 and not args[2]:
                d -= _ONE_DAY
            return _day(d)
        if kind == "drifting":
            # a year of 365 days without leap days, so the day moves back one day every four
            # Gregorian years from the day it fell on in a known year; the Gregorian centuries
            # without a leap day bound the rule
            month, day, known = args
            if not 1901 <= year <= 2099:
                return None
            return _day(_d(year, month, day) - dt.timedelta(days=(year - known) // 4))
        if kind in ("easter", "orthodox"):
            sunday = _easter(year) if kind == "easter" else _orthodox_easter(year)
            start = sunday + dt.timedelta(days=args[0])
            days = args[1] if len(args) > 1 else 1
            return _V(start, start + dt.timedelta(days=days), "day")
        # the n-th weekday of a month (n = -1: the last one), maybe shifted by some days
        month, wd, nth = args[0], args[1], args[2]
        if nth > 0:
            first = _d(year, month)
            d = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))
        else:
            last = _add_months(_d(year, month), 1) - _ONE_DAY
            d = last - dt.timedelta(days=(last.weekday() - wd) % 7)
        return _day(d + dt.timedelta(days=args[3] if len(args) > 3 else 0))

    def anniversary(self, i: int) -> _R | None:
        """ "the fourth anniversary of his death": resolved later, across documents."""
        j = self.skip(i, "the")
        s = self.t(j)
        n: int | None = None
        if s in lex.ORDINALS:
            n, j = lex.ORDINALS[s], j + 1
        elif s.isdigit() and self.t(j + 1) in lex.ORDINAL_SUFFIXES:
            n, j = int(s), j + 2
        elif s in lex.TENS and self.t(j + 1) in ("-",) and self.t(j + 2) in lex.ORDINALS:
            n, j = lex.SMALL_NUMBERS[s] + lex.ORDINALS[self.t(j + 2)], j + 3
        if n is None or self.t(j) != "anniversary" or self.t(j + 1) != "of":
            return None
        k = j + 2
        # determiners, titles, names and modifiers before the event: "of General Qassem
        # Okafor's death", "of Gen. Okafor's killing", "of a smaller blast", "of the
        # deadly 2004 tsunami"; a preposition or a clause word ends the search
        while k < j + 2 + _ANNIVERSARY_REACH and self.t(k) not in lex.ANCHOR_NOUNS:
            w = self.t(k)
            if (w.isalpha() or w.isdigit()) and w not in lex.ANNIVERSARY_STOPS:
                k += 1
            elif w == "-" and self.glued(k) and k > j + 2:
                k += 1  # "long-awaited"
            elif (
                w == "."
                and self.glued(k)
                and (self.t(k - 1) in lex.ABBREVIATIONS or len(self.t(k - 1)) == 1)
            ):
                k += 1  # "Gen.", "Dr."
            elif w in ("'", "’") and k > j + 2:
                k += 2 if self.t(k + 1) == "s" and self.glued(k + 1) else 1  # "Okafor's"
            else:
                break
        anchor = lex.ANCHOR_NOUNS.get(self.t(k))
        if anchor is None:
            return None
        return k + 1, _V(
            None,
            None,
            "year",
            anniversary=n,
            anchor=anchor,
            note=f"anniversary {n} of the {anchor}: dated once a claim dates the {anchor}",
        )


_AFTER_BARE_HOUR = frozenset({"o", "oclock", "tonight", "in", "this", "on", "and", "or", "ish"})
_NOT_AFTER_DOT_TIME = frozenset({"%", "percent", "per", "million", "billion", "m", "km"})
_WINDOW_UNITS = frozenset({"day", "week", "fortnight", "month", "quarter", "year", "decade"})
_PLURAL_UNITS = frozenset(w for w, u in lex.UNITS.items() if w != u and w.endswith("s"))
_CLOCK_UNITS = frozenset({"hour", "minute", "second"})
_DEICTIC_STARTS = frozenset({"right", "just", "now", "at", *lex.TO_DATE_WORDS})
_CLOCK_WORDS = frozenset(
    {*(w for w, u in lex.UNITS.items() if u in ("hour", "minute", "second")), "h", "second"}
)
# Starts that open one phrase only, with the word that must follow them.
_NARROW_STARTS = {
    "at": frozenset({"present", "the", "this"}),
    "right": frozenset({"now"}),
    "as": frozenset({"early"}),
    "just": frozenset({"now"}),
}
_PART_WORDS = frozenset(
    {"early", "mid", "late", "end", "beginning", "start", "middle", "the", "earlier", "later",
     *lex.END_ABBREVIATIONS}
)  # fmt: skip
_COARSE = frozenset({"month", "quarter", "season", "year", "decade", "century"})
_ONE_DAY = dt.timedelta(days=1)
_DAYS_IN_A_WEEK = tuple(dt.timedelta(days=n) for n in range(7))
"""``dt.timedelta(days=n)`` for n in 0..6, the days from a weekday to another: the constructor
parses its keyword for some 1,500 instructions a call, an item of a tuple costs nothing."""
_EVENING_HOUR = 18
"""A part of a day from this hour on (evening, night) ends at the midnight after it."""
_A_MONTH = dt.timedelta(days=31)
_A_YEAR = dt.timedelta(days=366)
_A_MINUTE = dt.timedelta(minutes=1)
_CLOCK_LINKS = frozenset({"min", "mins", "minutes", "past", "to", "after", "till"})
# The words that can open a time of day in _Parser.clock, besides digits and a word before one
# of _CLOCK_LINKS ("quarter past", "ten to").
_CLOCK_OPENERS = frozenset(
    {*lex.NAMED_TIMES, "noonish", "mid", "half", "quarter", "a", *lex.TENS, *lex.SMALL_NUMBERS}
)
# What may follow "in" where it opens an expression, worked out from the grammar: in
# _Parser.expr only point reads a leading "in": the future offset of ago_core ("in about two
# weeks", "in half an hour", "in 3 days": a hedge, a number, or a fraction of short_amount),
# the part of day of part_of_day_phrase ("in the early evening"), the clock_words that
# _Parser.clock tries on a word before one of _CLOCK_LINKS, and after_next ("in after next",
# rejected, behind "after"). Digits are let through apart. "in January" and "in 1987" are
# read from the month or the year, so the attempt from "in" is skipped.
_AFTER_IN = frozenset(
    {"about", "around", "approximately", "roughly", "the", "early", "late", "half", "quarter",
     "a", "an", "couple", "pair", "few", *_NUMBER_WORDS, *lex.PARTS_OF_DAY, *_CLOCK_LINKS}
)  # fmt: skip
_IN_YEAR_ENDS = frozenset({",", "."})
"""Marks after "in" and four digits ("in 2019, the plant", "in 1962. It"): the attempt from
"in" finds nothing there, whatever follows the mark (tests/test_dates_in_year.py), and the
year is read from its own token."""
# Plural units of days, hours, minutes and seconds open no expression, though each is a trigger
# (for the number before it: "3 hours ago"). Worked out from the grammar: of the readings in
# _Parser.expr, those that start at a unit word take only others ("weeks after next", "week
# 12", "year 2020", "the day after tomorrow"), and the rest need a number, a determiner, a
# preposition or a part of day first; "minutes past" is no clock time without its number.
_OPENS_NOTHING = frozenset({"days", "hours", "hrs", "minutes", "mins", "seconds", "secs"})
# The first words (besides digits) that the readings _Parser.expr, point and date_like try in
# turn can start with, from the first tests of each: a reading is not tried from another word
# (most starts are a weekday, a month, "the"), which saves its calls and theirs. Each set is
# checked against every word the grammar reads in tests/test_dates_speed.py.
_DAY_SPAN_FIRST = frozenset({"from", "the", *lex.ORDINALS})  # "from the 13th to 15th July"
_CLOCK_SPAN_FIRST = frozenset({"from", "between", *lex.SMALL_NUMBERS})  # "from 9 to 11 a.m."
_PART_THEN_TIME_FIRST = frozenset({"in", "at", "the", "early", "late", *lex.PARTS_OF_DAY})
_ABSOLUTE_REST_FIRST = frozenset(
    {"weekend", "week", "wk", "q1", "q2", "q3", "q4", "h1", "h2", "year", "month", "calendar",
     "cy", *lex.HOLIDAYS, *lex.DECADE_WORDS}
)  # fmt: skip
_AGO_FIRST = frozenset(
    {"in", "a", "an", "half", "quarter", "couple", "pair", "few", *_NUMBER_WORDS}
)  # "in 3 days", "half an hour ago", "a few weeks later"
# What ago_core can read right after a count in digits ("3", "in 3"); after any other token it
# finds nothing, and has no effect: a unit ("3 days ago", "in 3 days"), a short unit or its
# fraction ("2.5 hours", "1/4 h", "2 more minutes"), "and a half", a modifier before a unit
# ("the 5 upcoming years") or a weekday's plural ("2 Thursdays ago").
_AFTER_COUNT = frozenset(
    {
        *lex.UNITS, *lex.SECOND_WORDS, *lex.MODIFIERS, *(w + "s" for w in lex.WEEKDAYS),
        "h", ".", "/", "and", "more",
    }
)  # fmt: skip
# What a reading from a count before a unit ("3 days", "nine hours") can go on with; before any
# other word it finds nothing ("20 minutes apart", "nine hours to control the blaze"): ago_core's
# offsets ("3 days ago", "two hours earlier", "3 days before Monday", "3 days hence"), its
# compound offsets ("2 weeks and 2 days ago", "a year, three months from now") and span_from
# ("3 days starting Monday", "for 3 days, from today"); and _Parser.clock's times said as
# minutes to or past an hour ("20 minutes past 3pm", "a quarter to noon"), and the fractions
# of short_amount ("a quarter of an hour", "a quarter hour ago", "three quarters h").
# tests/test_dates_counts.py tries every grammar word after counts of each kind, before units
# of each kind.
_AFTER_UNIT = frozenset(
    {"ago", "back", "hence", "earlier", "later", "from", "after", "before", "since", "starting",
     "beginning", "commencing", "and", ",", "on", "'", "’", "of", *_CLOCK_LINKS, *_CLOCK_WORDS}
)  # fmt: skip
# What a reading from a count (up to three digits or a number word: _count) can go on with:
# the words of _AFTER_COUNT and the other number words ("twenty-one", "two hundred", "a couple"),
# a month or an ordinal suffix ("5 March", "3rd"), a time's meridiem, zone, link or part of day
# ("5 pm", "3 GMT", "five past", "8 tonight", "2 o'clock"), a range's joiner or second end ("3
# to 5 pm", "5 and 6 March") and a relative day ("5 today"); and any token not of letters alone
# (a mark: "3:30", "5/3", "5, 2020"; digits; the end). Before any other word the count is read
# alone, as nothing ("two people were hurt", "10 workers on Sunday").
# tests/test_dates_counts_alone.py tries every grammar word there, behind the words that change
# how a count is read.
_AFTER_A_COUNT = frozenset(
    {*_AFTER_COUNT, *_NUMBER_WORDS, *lex.MONTHS, *lex.ORDINALS, *lex.ORDINAL_SUFFIXES,
     *lex.RELATIVE_DAYS, *lex.PARTS_OF_DAY, *lex.NAMED_TIMES, *lex.RANGE_JOINERS,
     *(zone.lower() for zone in lex.TIMEZONES), *lex.ZONE_WORDS, *_CLOCK_LINKS,
     *_AFTER_BARE_HOUR, "am", "pm", "a", "p", "couple", "pair", "few", "of", "at"}
)  # fmt: skip
# Of the words of _AFTER_UNIT, those a reading goes on past only into a few words, with the
# words it goes on into (digits are let through apart). After a comma: a compound offset's
# next count ("a year, three months from now", "3 days, and 2 hours ago") or span_from's
# "from" ("for 1 week, from 20th dec"); after "to": _Parser.clock's hour, minutes to it ("20
# minutes to 3", "a quarter to noon"). Before any other word ("nine hours, and dead fish",
# "14 hours to bring the fire under control") the reading from the count finds nothing.
# tests/test_dates_counts.py tries every grammar word there.
# The words after "the" and a part of day ("the night at 9", "the evening around 8") that a
# reading from "the" goes on with: a clock time after the part of day. Before any other word
# ("the night.", "the afternoon in the city") the part of day is read from its own word.
# tests/test_dates_parts_of_day.py tries every grammar word there.
_AFTER_THE_PART_OF_DAY = frozenset({"at", "@", "about", "around"})
# The words after an open range, "the" and a part of day that a reading from the open range goes
# on with: those after "the", and a day ("after the afternoon of Monday", "after the overnight
# Friday", "after the overnight on Monday").
_AFTER_A_RANGE_THE_PART_OF_DAY = frozenset({*_AFTER_THE_PART_OF_DAY, "of", "on", *lex.WEEKDAYS})
_HALF_ARTICLES = frozenset({"a", "an", "one"})  # "and a half", "and one half"
# The words that make one count of two with "a" before them ("a few minutes", "a couple hours"):
# before a unit, the count reads on as a count of one token does (_count_reads_nothing).
# tests/test_dates_few.py tries every grammar word after the unit.
_FEW = frozenset({"few", "couple"})
# The words before "than" that bound a count ("more than three hours ago"): before a count and a
# unit, the bound reads on as the count does (_count_reads_nothing).
# tests/test_dates_few.py tries every grammar word after the unit.
_BOUNDS = frozenset({"more", "less"})
_ENDS_AN_ORDINAL = frozenset({".", ","})  # "after the first.": no "of March" can follow
_NUMBER_STARTS = frozenset({"pair", "few", *_NUMBER_WORDS})  # what _Parser.number reads first
_AFTER_UNIT_THEN = {
    ",": frozenset({"and", "from", *_NUMBER_STARTS}),
    "to": frozenset({*_NUMBER_STARTS, *lex.NAMED_TIMES}),
}
# The words after a weekday written in full that some reading goes on with: a date after it
# ("Monday, March 3", "Friday 7/6", "Tuesday the 19th"), a time or a part of day (weekday
# and attach_time: "Wednesday at 10:30", "Thursday 3-4pm", "Tuesday night", "Monday from 9 to
# 11"), a week ("Sunday of last week", "Wednesday next week", "Monday after next"), a range
# ("Monday to Friday", "Monday - Wednesday") and "onwards". Digits are let through apart.
# Before any other word, before a comma before any other word, and before a dot before any
# word but digits ("Monday.3"), the weekday is read alone, as the nearest such day
# (_Parser.bare_weekday).
# tests/test_dates_weekdays.py tries every grammar word there, spaced or glued, behind words
# that change the readings.
_WEEKDAY_GOES_ON = frozenset(
    {"(", ",", ".", "/", "@", "about", "around", "at", "before", "between", "early", "from",
     "in", "late", "of", "onward", "onwards", "the",
     *lex.MONTHS, *lex.HOLIDAYS, *lex.PARTS_OF_DAY, *lex.MEALS, *lex.MODIFIERS,
     *lex.NTH_MODIFIERS, *lex.RANGE_JOINERS, *_CLOCK_OPENERS, *_CLOCK_LINKS}
)  # fmt: skip
_WEEKDAY_COMMA_ARTICLES = frozenset({"the"})
"""Words after a weekday and a comma that go on into a date only before a day or a word of
_WEEKDAY_GOES_ON ("Monday, the 19th", "Monday, the nineteenth"); before any other word ("on
Sunday, the ministry said") the weekday is read alone (tests/test_dates_weekday_articles.py)."""
# The words after four digits that a reading other than the year's goes on with, or that the
# year's reading goes on past: a unit ("2019 hours", "1000 years ago"), a time zone or
# "local" (a time: "1900 GMT", "1430 local"), a range ("2019 to 2021", "2018 or later", "2015
# onwards"). Before any other word a year read alone ends where absolute reads it
# (_Parser.expr). tests/test_dates_years.py tries every grammar word there.
_YEAR_GOES_ON = frozenset(
    {*lex.UNITS, *lex.SECOND_WORDS, *(zone.lower() for zone in lex.TIMEZONES),
     *lex.RANGE_JOINERS, "and", "or", "onward", "onwards", "local"}
)  # fmt: skip
# The weekdays the shortcut takes: the full names, never a word ("sun", "wed") nor an
# abbreviation whose dot the weekday reads ("Tues.").
_FULL_WEEKDAYS = frozenset(name.lower() for name in _WEEKDAY_NAMES)
_GRAIN_DELTA = {
    "hour": dt.timedelta(hours=1),
    "second": dt.timedelta(seconds=1),
    "minute": dt.timedelta(minutes=1),
}
_GRAIN_ORDER = {
    g: k
    for k, g in enumerate(
        ("time", "day", "week", "month", "quarter", "season", "year", "decade", "century")
    )
}
_UNIT_ORDER = (
    "second", "minute", "hour", "day", "week", "fortnight", "workweek", "weekend", "month",
    "quarter", "year", "decade", "century",
)  # fmt: skip
# The words after a day of the month that make "May 5" no day ("May 5 people", "May 5:30",
# "May 5%"): built once, where month_first built the union on every call.
_NOT_DAY_FOLLOWERS = lex.NOT_YEAR_FOLLOWERS | {":", "%"}
_MODAL_FOLLOWERS = frozenset(
    {"be", "not", "have", "also", "well", "i", "we", "you", "he", "she", "it", "they", "take",
     "never", "still", "even", "help", "need", "get", "come", "go", "result", "differ", "ask"}
)  # fmt: skip


def _nth_in(lo: dt.datetime, hi: dt.datetime, unit: str, nth: int, count: int) -> _V | None:
    """The nth (or the last, nth=-1) ``count`` units inside [lo, hi).

    Weeks are Monday weeks numbered by their Thursday, as ISO 8601 numbers the weeks of a year
    (the first week of 2015 starts on 2014-12-29); months and quarters are calendar ones.
    """
    if unit == "week":
        first_thu = lo + dt.timedelta(days=(3 - lo.weekday()) % 7)
        last_thu = hi - dt.timedelta(days=1)
        last_thu -= dt.timedelta(days=(last_thu.weekday() - 3) % 7)
        if nth > 0:
            start = first_thu - dt.timedelta(days=3) + dt.timedelta(days=7 * (nth - 1))
        else:
            back = count - 1 - nth - 1  # nth = -k: k - 1 more weeks back
            start = last_thu - dt.timedelta(days=3) - dt.timedelta(days=7 * back)
        end = start + dt.timedelta(days=7 * count)
        if start > last_thu:
            return None
        return _V(start, end, "week")
    step = {"day": None, "month": 1, "quarter": 3}[unit]
    if step is None:
        back = count - nth - 1  # from the end: nth = -1 is the last ``count`` days
        start = lo + dt.timedelta(days=nth - 1) if nth > 0 else hi - dt.timedelta(days=back)
        end = start + dt.timedelta(days=count)
        gran = "day"
    else:
        back = count - nth - 1
        start = _add_months(lo, step * (nth - 1)) if nth > 0 else _add_months(hi, -step * back)
        end = _add_months(start, step * count)
        gran = unit
    if start < lo or end > hi:
        return None
    return _V(start, end, gran, qualifier="range" if count > 1 else "exact")


def _is_night(v: _V) -> bool:
    """Whether ``v`` is the night of one day, from its evening to midnight."""
    return (
        v.gran == "time"
        and v.low is not None
        and v.high is not None
        and v.low.hour == lex.PARTS_OF_DAY["night"][0]
        and v.low.minute == 0
        and v.high == v.low.replace(hour=0) + _ONE_DAY
    )


def _late_night(v: _V) -> _V:
    assert v.high is not None
    return _replaced(v, low=v.high - dt.timedelta(hours=24 - lex.LATE_NIGHT_HOUR))


def _half_of(start: dt.datetime, unit: str) -> dt.datetime:
    """Where the later part of a week, month or year begins: Thursday, the 16th, July 1."""
    if unit == "week":
        return start + dt.timedelta(days=3)
    if unit == "month":
        return start.replace(day=16)
    return start.replace(month=7)


def _clock_range(
    va: _V, vb: _V, low: dt.datetime, high: dt.datetime
) -> tuple[dt.datetime, dt.datetime]:
    """A.m./p.m. said once for both ends: "from 3:30 to 6 p.m.", "8am until 6"."""
    half = dt.timedelta(hours=12)
    assert vb.low is not None
    if va.ampm_free and vb.low.hour >= 12 and low.hour < 12 and low + half <= vb.low:
        low += half
    elif vb.ampm_free and high <= low + dt.timedelta(hours=1) and high + half > low:
        high += half  # "8am until 6", "11:30-1:30"
    return low, high


def _in_week_of(day: dt.datetime, wd: int) -> dt.datetime:
    """Weekday ``wd`` of the week of ``day``, weeks from Sunday as US usage counts them
    ("Sunday 3 weeks after January 15th" is the Sunday that opens that week)."""
    sunday = day - dt.timedelta(days=(day.weekday() + 1) % 7)
    return sunday + dt.timedelta(days=(wd + 1) % 7)


def _weekend_around(day: dt.datetime) -> _V:
    """The long weekend a holiday makes: a Monday or Tuesday joins the weekend before it, a
    Wednesday to Friday the one after it ("Thanksgiving weekend" runs Thursday to Sunday)."""
    wd = day.weekday()
    if wd <= 1:
        start, end = day - dt.timedelta(days=wd + 2), day + _ONE_DAY
    elif wd <= 4:
        start, end = day, day + dt.timedelta(days=7 - wd)
    else:
        start = day - dt.timedelta(days=wd - 5)
        end = start + 2 * _ONE_DAY
    return _V(start, end, "day", qualifier="range")


def _iso_week_start(year: int, n: int) -> dt.datetime:
    """The Monday of week ``n`` of ISO year ``year`` (week 1 holds January 4)."""
    jan4 = _d(year, 1, 4)
    return jan4 - dt.timedelta(days=jan4.weekday()) + dt.timedelta(days=7 * (n - 1))


def _nth_weekday(lo: dt.datetime, hi: dt.datetime, wd: int, nth: int) -> _V | None:
    """The nth (nth=-1: the last) weekday ``wd`` in [lo, hi): "the first Monday of September"."""
    if nth > 0:
        d = lo + dt.timedelta(days=(wd - lo.weekday()) % 7 + 7 * (nth - 1))
    else:
        last = hi - _ONE_DAY
        d = last - dt.timedelta(days=(last.weekday() - wd) % 7 + 7 * (-nth - 1))
    return _day(d) if lo <= d < hi else None


def _lunar_holiday(kind: str, args: tuple[str | int, ...], year: int) -> _V | None:
    """A holiday of a lunar or lunisolar calendar in ``year``, from lex.LUNAR_TABLES."""
    if kind == "ramadan":  # from its first day to Eid al-Fitr, a day later where sighted later
        a, b = _table_day("ramadan", year), _table_day("eid_al_fitr", year)
        if a is None or b is None or b <= a:
            return None
        return _V(a, b + _ONE_DAY, "day")
    if kind == "last_friday":  # the last Friday before the day of the table
        d = _table_day(str(args[0]), year)
        if d is None:
            return None
        return _day(d - dt.timedelta(days=(d.weekday() - 4) % 7 or 7))
    if kind == "tu_bishvat":
        # 15 Shevat: 59 days before 15 Nisan, 89 in a leap year (Adar I comes between), dated
        # from its evening like the other Jewish days
        d = _table_day("passover", year)
        if d is None:
            return None
        leap = (7 * (year + 3760) + 1) % 19 < 7  # the Hebrew year of that spring
        eve = d - dt.timedelta(days=(89 if leap else 59) + 1)
        return _V(eve, eve + 2 * _ONE_DAY, "day")
    name, shift, days = str(args[0]), int(args[1]), int(args[2])
    d = _table_day(name, year)
    if d is None:
        return None
    start = d + dt.timedelta(days=shift)
    return _V(start, start + dt.timedelta(days=days), "day")


@lru_cache(maxsize=4096)
def _table_day(name: str, year: int) -> dt.datetime | None:
    first, dates = lex.LUNAR_TABLES[name]
    k = year - first
    if not 0 <= k < len(dates) // 5:
        return None
    mmdd = dates[5 * k : 5 * k + 4]
    if mmdd == "0000":
        return None  # none that year
    return _d(year, int(mmdd[:2]), int(mmdd[2:]))


def _orthodox_easter(year: int) -> dt.datetime:
    """Orthodox Easter: the Julian computus (Meeus), moved to the Gregorian calendar."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian_gap = year // 100 - year // 400 - 2  # 13 days from 1900 to 2099
    return _d(year, month, day + 1) + dt.timedelta(days=julian_gap)


def _easter(year: int) -> dt.datetime:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return _d(year, month, day + 1)


# ---------------------------------------------------------------------------------------------
# The pass over the text


def find_dates(text: str, published: dt.datetime | None) -> list[DateMention]:
    """Every date and time of ``text``, resolved against ``published``; sorted, non-overlapping.

    >>> [m.low for m in find_dates("Twin blasts on Wednesday.", dt.datetime(2024, 1, 3))]
    ['2024-01-03']
    """
    if not isinstance(text, str):
        raise InputTypeError(f"find_dates expects the text as a str, got {type(text).__name__}")
    if published is not None and not isinstance(published, dt.datetime):
        raise InputTypeError(
            f"find_dates expects published as a datetime or None, got {type(published).__name__}"
        )
    out: list[DateMention] = []
    last_end = 0
    ref = _reference(_in_dateline_zone(published, text))
    # a space before the text opens a trigger at its start; each match then starts one
    # character before its trigger, which is where the trigger starts in the text
    for pos in _trigger_starts(text):
        if pos < last_end:
            continue
        if text[pos - 1] == "-" and pos > 1 and _age_unit_at(text, pos, last_end):
            continue  # "a 73-year-old man": the window reads nothing, and is not tokenised
        # a digit first (a trigger's letters sort after "9") and a dot after one to three
        # digits: a guard of two C calls, as most triggers are words
        if (
            text[pos] <= "9"
            and text.find(".", pos + 1, pos + 4) > 0
            and _decimal_at(text, pos, ref)
        ):
            continue  # "1.6 kilometres", "$9.36 billion": the same
        # Everything the parse of this trigger can see, as the key of a cache: wire copies and
        # boilerplate repeat the same sentences, and a repeated sentence is parsed once.
        lo = pos - _WINDOW_BEFORE - _ANCHOR_BEFORE
        lo = lo if lo > 0 else 0
        while lo > 0 and text[lo - 1].isalnum():  # a whole word, as the full text shows it
            lo -= 1
        hi = pos + _WINDOW_LONGEST + _ANCHOR_AFTER
        floor = last_end - lo
        found = _mention_cached(text[lo:hi], pos - lo, floor if floor > 0 else 0, ref)
        if found is not None:
            mention = _moved(found, lo) if lo else found
            out.append(mention)
            last_end = mention.end
    return out


# The unit of an age written as one hyphened word, from the trigger on: "year-old" of "a
# 73-year-old man", "day-old" of "a 3-day-old fire" (ASCII letters, then "-old" that no word
# character goes on from).
_AGE_UNIT_RX = re.compile(r"([A-Za-z]{1,12})-[Oo][Ll][Dd](?!\w)")


def _age_unit_at(text: str, pos: int, last_end: int) -> bool:
    """Whether the trigger at ``pos`` is the unit of an age written as one hyphened word, after
    a blank (or the text's start) and a count of up to three digits: " 73-year-old", "\n3-day-old";
    the whole word at or after ``last_end``. Then _mention_at finds nothing there, and the
    window is not tokenised (a fifth of the windows that find nothing): the unit reads nothing
    (_hyphened_age_unit), nor does the count or the article before it (_hyphened_measure),
    and the "-" opens nothing. A reading from further left would have to read across the
    count; tests/test_dates_age_windows.py reads every text of the speed corpus, the
    fingerprint texts, the date suites' texts and made-up phrases around such ages with and
    without this shortcut."""
    m = _AGE_UNIT_RX.match(text, pos)
    if m is None or m.group(1).lower() not in _HYPHENED_UNITS:
        return False
    i = pos - 1  # the hyphen; the count is text[i:pos - 1]
    while i > 0 and pos - i <= 4 and "0" <= text[i - 1] <= "9":
        i -= 1
    if not 1 <= pos - 1 - i <= 3:
        return False  # no count, or over three digits ("12345-year-old")
    if i == 0:
        return last_end == 0
    return text[i - 1] in " \n" and i - 1 >= last_end


# A decimal, the rest of its word and the word after it, from the trigger on: "1.6 kilometres",
# "9.36 billion.", "1.6-mile span", "3.5% of".
_DECIMAL_HEAD = re.compile(r"[0-9]{1,3}\.[0-9]{1,12}(?![0-9])\S*(?:\s+\S+)?")


def _decimal_at(text: str, pos: int, ref: _Reference) -> bool:
    """Whether the trigger at ``pos`` is a decimal of up to three digits before the dot, after
    a blank, "$", "(" or the text's start, that _decimal_reads_nothing finds opens no reading
    ("1.6 kilometres", "7.8 earthquake", "$9.36 billion"). Then _mention_at finds nothing
    there, and the window is not tokenised (a seventh of the windows that find nothing): its
    attempt from the decimal is the one _decimal_reads_nothing skips, the dot and the digits
    after it are inside a number (_inside_number). _decimal_reads_nothing reads the decimal's
    three tokens and the next one, which the words from ``pos`` to the end of the next word
    give as the window's tokens do (no token spans a blank). A reading from further left would
    have to read across the decimal; tests/test_dates_decimal_windows.py reads every text of
    the speed corpus, the fingerprint texts, the date suites' texts and made-up phrases around
    decimals with and without this shortcut."""
    if pos and text[pos - 1] not in " \n$(":
        return False
    m = _DECIMAL_HEAD.match(text, pos)
    if m is None:
        return False
    end = m.end()
    if not text[pos:end].isascii():
        return False  # lower() of other letters may read their neighbours
    toks, starts, ends = _tokens(text, pos, end)
    return _decimal_reads_nothing(_Parser(text, toks, starts, ends, ref.wall), 0)


_DATELINE_REACH = 80
"""Characters from a text's start to the dash that ends its dateline, at most."""
_DATELINE_DASHES = (" - ", " -- ", " \u2013 ", " \u2014 ")


def _dateline_city(text: str) -> tuple[str, ...] | None:
    """The lower-case words of the place of a wire dateline that opens ``text``, when they are
    a city of ``CITY_ZONES`` ("TOKYO (AP) -", "NEW DELHI, Sept. 3 (Reuters) -", "TOKYO -"):
    the place in capitals, then an optional date after a comma, an agency in brackets, a dash.
    Reads at most ``_DATELINE_REACH`` characters: linear on any text."""
    head = text[: _DATELINE_REACH + 4].lstrip()
    if not head[:1].isupper():
        return None  # most texts: no capital, no dateline
    cut = min((i for i in (head.find(d) for d in _DATELINE_DASHES) if i > 0), default=-1)
    if cut < 0 or cut > _DATELINE_REACH or "\n" in head[:cut]:
        return None
    place = head[:cut].split(",", 1)[0].split("(", 1)[0].strip()
    if not place.isupper():
        return None  # "Rescuers said -": not a dateline's place
    words = tuple(place.lower().split())
    return words if words in lex.CITY_ZONES else None


def _in_dateline_zone(published: dt.datetime | None, text: str) -> dt.datetime | None:
    """``published`` as the clock of the city of the text's dateline when the zone of that city
    is known: a wire report filed from Tokyo tells Tokyo's days, so its "Monday" and its
    "8:41 a.m. local time" are Tokyo's even when the report was stamped in New York on what was
    still Sunday there. ``published`` itself when it has no offset or there is no such
    dateline."""
    if published is None or published.utcoffset() is None:
        return published
    city = _dateline_city(text)
    if city is None:
        return published
    zone = lex.CITY_ZONES[city]
    hours = lex.TIMEZONES[zone]
    if zone in lex.SEASONAL_ZONES:
        # the zone's standard offset first, then its summer hour on days of US daylight saving
        standard = published.astimezone(dt.timezone(dt.timedelta(hours=hours)))
        hours += _us_daylight_saving(standard.date())
    return published.astimezone(dt.timezone(dt.timedelta(hours=hours)))


def _moved(m: DateMention, by: int) -> DateMention:
    """``m`` found ``by`` characters further on: each field spelled out, as dataclasses.replace
    costs twice as much (tests/test_dates_speed.py checks that no field is left out)."""
    return DateMention(
        m.start + by,
        m.end + by,
        m.kind,
        m.qualifier,
        m.low,
        m.high,
        m.granularity,
        m.note,
        m.role,
        m.property,
        m.anniversary,
        m.anchor,
    )


class _Reference(NamedTuple):
    """The publication time as the parse reads it, worked out once per text, not per trigger.
    Part of the key of the parse cache, with the UTC offset: equal instants in other zones are
    other wall-clock times."""

    published: dt.datetime | None
    offset: dt.timedelta | None
    wall: dt.datetime
    """The naive wall-clock time of publication; a stand-in when there is none."""
    midnight: dt.datetime | None
    """The naive start of the publication day."""


def _reference(published: dt.datetime | None) -> _Reference:
    if published is None:
        return _Reference(None, None, dt.datetime(2000, 1, 1), None)
    return _Reference(
        published,
        published.utcoffset(),
        published.replace(tzinfo=None),
        # dt.datetime(published.year, published.month, published.day) without the
        # constructor's keyword parsing: naive, of fold 0, whatever the zone and fold
        dt.datetime.fromordinal(published.toordinal()),
    )


@lru_cache(maxsize=8192)
def _mention_cached(chunk: str, pos: int, floor: int, ref: _Reference) -> DateMention | None:
    try:
        return _mention_at(chunk, pos, floor, ref)
    except (ValueError, OverflowError):
        return None  # a date beyond year 9999 or before year 1: no mention, never a crash


def _window(text: str, pos: int, floor: int, before: int, after: int) -> tuple[int, int]:
    """Bounds of the local window around ``pos``, cut where no word is split."""
    lo = pos - before
    if lo > floor:
        sp = text.find(" ", lo, pos)
        if sp != -1:
            lo = sp + 1
        else:  # no space (a URL, a code): still keep the left context, from a word start
            while lo < pos and text[lo - 1].isalnum():
                lo += 1
    else:
        lo = floor
    hi = pos + after
    if hi < len(text):
        sp = text.rfind(" ", pos, hi)
        hi = sp if sp > pos else hi
    else:
        hi = len(text)
    return lo, hi


def _tokens(text: str, lo: int, hi: int) -> tuple[list[str], list[int], list[int]]:
    """Lower-cased tokens of text[lo:hi] with their offsets in ``text``."""
    chunk = text[lo:hi]
    lowered = chunk.lower()
    if lowered.isascii():
        # a line break is a blank as " " is, and of the same length
        blanked = lowered.replace("\n", " ") if "\n" in lowered else lowered
        if blanked.isprintable():  # no other blank: most news text
            return _tokens_by_words(blanked, lo)
    # split gives [gap, token, gap, token, ..., gap] (gaps are whitespace, maybe empty): the
    # offsets are running sums of the lengths, all computed in C, not one match object each
    if len(lowered) != len(chunk):  # a letter whose lower case is longer ("İ"): token by token
        parts = _TOKEN.split(chunk)
        toks = [t.lower() for t in parts[1::2]]
    else:
        parts = (_TOKEN_ASCII if lowered.isascii() else _TOKEN).split(lowered)
        toks = parts[1::2]
    bounds = list(accumulate(map(len, parts), initial=lo))
    return toks, bounds[1:-1:2], bounds[2::2]


# A word of two runs and one mark between them, each run within the pattern's bounds (40
# letters, 12 digits): "sunday's", "31,000", "al-quds", "10:30", "km/h", "47-year" (a third
# of the words that are neither a run nor a run and a mark). The pattern splits it into the
# same three tokens: a run of ASCII small letters or of digits ends at the mark, which is a
# token alone; the tokens "q1" and "h2" are a letter and a digit with no mark between. One
# match for the three, where the pattern's findall set up a match per token and cost three
# times as much (tests/test_dates_two_runs.py checks it against the pattern).
_TWO_RUNS = re.compile(r"([a-z]{1,40}|[0-9]{1,12})([^a-z0-9])([a-z]{1,40}|[0-9]{1,12})").fullmatch


def _tokens_by_words(lowered: str, lo: int) -> tuple[list[str], list[int], list[int]]:
    """``_tokens`` of an ASCII window whose only blank is " ": str.split cuts its words in C,
    and a word of letters or of digits alone (most words) is one token as it stands, as is
    such a word before one mark ("sunday,", "said."); only the others ("10:30", "3pm",
    "monday's") go through the pattern, each word on its own. The pattern's split costs some
    2,000 instructions per token (the engine sets up each match anew), a word taken as it
    stands a fifth of that. No token spans a blank, and the pattern reads the end of a word
    alike before a blank and at the end of the string, so each word gives the tokens the whole
    window's split gives there (tests/test_dates_speed.py checks it)."""
    toks: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = lo
    for word in lowered.split(" "):
        n = len(word)
        end = at + n
        # one token as it stands: letters or digits alone, within the pattern's bounds on their
        # runs (40 letters, 12 digits); tested inline, here and for the stem before one mark,
        # as a call per word cost more than the test
        if (n <= 40 and word.isalpha()) or (n <= 12 and word.isdigit()):
            toks.append(word)
            starts.append(at)
            ends.append(end)
        elif (
            n > 1
            and not word[-1].isalnum()
            and ((n <= 41 and (stem := word[:-1]).isalpha()) or (n <= 13 and stem.isdigit()))
        ):
            toks += (stem, word[-1])
            starts += (at, end - 1)
            ends += (end - 1, end)
        elif n > 2 and (two := _TWO_RUNS(word)) is not None:
            head, mark, tail = two.groups()
            cut = at + len(head)
            toks += (head, mark, tail)
            starts += (at, cut, cut + 1)
            ends += (cut, cut + 1, end)
        elif n:
            for tok in _TOKEN_ASCII.findall(word):
                toks.append(tok)
                starts.append(at)
                at += len(tok)
                ends.append(at)
        at = end + 1
    return toks, starts, ends


def _mention_at(
    text: str, pos: int, floor: int, ref: _Reference, after: int = _WINDOW_AFTER
) -> DateMention | None:
    lo, hi = _window(text, pos, floor, _WINDOW_BEFORE, after)
    toks, starts, ends = _tokens(text, lo, hi)
    k = bisect.bisect_left(starts, pos)
    if k >= len(toks):
        return None
    p = _Parser(text, toks, starts, ends, ref.wall)
    p.has_ref = ref.published is not None
    p.ref_offset = ref.offset
    first = k - _MAX_LEFT if k > _MAX_LEFT else 0
    bridge = _grammar_words()
    for b in range(k - 1, first - 1, -1):
        if toks[b] not in bridge and not toks[b].isdigit():
            first = b + 1  # no expression spans a word the grammar never reads
            break
    for s in range(first, k + 1):
        # each start's word and the next, read once for the tests below
        tok, nxt = toks[s], p.t(s + 1)
        # an expression starts at a word that can open one; most words left of a trigger cannot
        if s < k:
            if tok not in _STARTS and not tok.isdigit():
                continue
            if tok in _NARROW_STARTS and nxt not in _NARROW_STARTS[tok]:
                continue  # "at" opens only "at present", "at the moment"; "right" only "right now"
            if tok == "in":
                if nxt not in _AFTER_IN and not nxt.isdigit():
                    continue  # "in January", "in Monday's vote": read from the month, the weekday
                if p.t(s + 2) in _IN_YEAR_ENDS and len(nxt) == 4 and nxt.isdigit():
                    continue  # "in 2019,", "in 1962.": read from the year (test_dates_in_year.py)
            if tok in _NOT_BEFORE_A_DAYS_OWN and nxt in lex.WEEKDAYS and _days_own(p, s + 1):
                continue  # "from Sunday's ferry disaster", "by Friday's landslide": read at the day
        if _inside_number(p, s) or tok in _OPENS_NOTHING:
            continue  # the "1" of "2.1 pm", the "300" of "2,300": no expression starts there
        if (nxt == "-" or tok in _HYPHENED_ARTICLES) and (
            _hyphened_measure(p, s) or _hyphened_age_unit(p, s)
        ):
            continue  # "a 73-year-old man", "a 96-hour supply": a measure, no date
        if nxt == "-" and _phone_number(p, s):
            continue  # "1-800-555-0199", "918-555-0142": a phone number, no date
        if nxt == "." and _decimal_reads_nothing(p, s):
            continue  # "1.6 kilometres", "7.8 earthquake", "$9.36 billion"
        if tok == "the" and _the_reads_nothing(p, s, _AFTER_THE_PART_OF_DAY):
            continue  # "the night.", "the 16:10 tremor": read from the part of day, the clock
        if (
            nxt == "the"
            and tok in lex.OPEN_RANGES
            and _the_reads_nothing(p, s + 1, _AFTER_A_RANGE_THE_PART_OF_DAY)
        ):
            continue  # "through the night.", "after the 16:10 tremor"
        if nxt == "," and _thousands(p, s):
            continue  # "11,000 people", "5,000 on Tuesday": a figure in thousands, no date
        if nxt not in _AFTER_A_COUNT and nxt.isalpha() and _count(tok):
            continue  # "two people were hurt", "10 workers on Sunday": a count alone, no date
        if nxt in lex.UNITS and _count(tok) and _count_reads_nothing(p, s):
            continue  # "20 minutes apart", "nine hours to control": a duration, no date
        if (
            nxt in _FEW
            and tok in ("a", "an")
            and p.t(s + 2) in lex.UNITS
            and _count_reads_nothing(p, s + 1)
        ):
            continue  # "a few minutes apart", "a couple hours to": a duration, no date
        if (
            nxt == "than"
            and tok in _BOUNDS
            and p.t(s + 3) in lex.UNITS
            and _count(p.t(s + 2))
            and _count_reads_nothing(p, s + 2)
        ):
            continue  # "more than three hours to bring": a duration, no date
        if nxt == "and" and _count(tok) and _half_reads_nothing(p, s):
            continue  # "three and a half hours to bring": a duration, no date
        p.read_cue_before(s)
        p.used_ref = False
        try:
            r = p.expr(s)
        except (_NeedsReference, ValueError, OverflowError):
            r = None
        if r is None or r[0] <= k:
            continue
        end_idx, v = r
        if toks[end_idx - 1].isdigit() and _PERCENT_AFTER.match(text, ends[end_idx - 1]):
            continue  # "rose by 5-10%", "5/10 percent": figures, not May 10
        if p.t(end_idx) == "local" and _told_in_local_time(p, end_idx, v):
            local = _on_a_local_clock(p, s, end_idx, ref)
            if local is not None:
                return _to_mention(p, s, end_idx, *local)
        if end_idx >= len(toks) - 1 and hi < len(text) and after < _WINDOW_LONGEST:
            # the expression may go on past the window ("between the end of March and ...")
            return _mention_at(text, pos, floor, ref, _WINDOW_LONGEST)
        return _to_mention(p, s, end_idx, v, ref)
    odd = _odd_numeric_date(p, k)
    if odd is not None:
        return _to_mention(p, odd[0], odd[1], odd[2], ref)
    return None


def _told_in_local_time(p: _Parser, end: int, v: _V) -> bool:
    """Whether the reading ``v`` ending at token ``end`` is a relative day told in "local
    time", for _on_a_local_clock to read again. Not a time of day alone (``on_pub_day``):
    read again on another clock it stays one, for which _on_a_local_clock answers None
    (tests/test_dates_local_time.py reads texts alike with and without this test)."""
    return p.used_ref and not v.on_pub_day and p.t(end) == "local" and p.t(end + 1) == "time"


_LATEST_OFFSET = dt.timedelta(hours=14)
"""The furthest any zone runs ahead of UTC (Kiribati): the latest day it may be anywhere."""


def _on_a_local_clock(
    p: _Parser, s: int, end: int, ref: _Reference
) -> tuple[_V, _Reference] | None:
    """The relative day of tokens ``s``..``end`` told in "local time" of a zone the text does
    not name ("burst on Wednesday morning local time", filed at 23:30 EDT on Tuesday): the
    place's day may already be the next one, so the day is read on the clock furthest ahead
    at the publication instant, the last such day anywhere; the writer's own day would be a
    week early. With the value, the publication as read on that clock, against which the
    day's role is told (a day ahead of the writer's is not therefore a future one). None
    when there is no offset to start from, or for a time of day without a day ("at 9 a.m.
    local time"), whose day the text does not tell."""
    if ref.offset is None or ref.midnight is None:
        return None
    wall = ref.wall + (_LATEST_OFFSET - ref.offset)
    saved = p.ref_dt
    p.ref_dt = wall
    p.read_cue_before(s)
    try:
        r = p.expr(s)
    except (_NeedsReference, ValueError, OverflowError):
        r = None
    finally:
        p.ref_dt = saved
    if r is None or r[0] != end or r[1].on_pub_day:
        return None
    return r[1], ref._replace(wall=wall, midnight=dt.datetime(wall.year, wall.month, wall.day))


_PERCENT_AFTER = re.compile(r"[ \t]?(?:%|per ?cent\b|percent\b|pc\b)", re.IGNORECASE)


_CONTEXT_READERS = frozenset({"_future_cue", "_cue_scan"})
"""Functions the parser calls on the words before an expression, not on its own words."""


@lru_cache(maxsize=1)
def _grammar_words() -> frozenset[str]:
    """Every token the grammar can read: the words written in the code of _Parser and of the
    functions of this module it calls (their docstrings left out), and the words of every
    table, here or in the lexicon, that this code names. The parse of an expression reads
    tokens one by one and each must be one of these, a number or punctuation, so a word
    outside them ends every expression: none that covers a trigger starts left of it.
    The tables only the rest of the module reads (the event words of _anchor_near, the cues
    of _future_cue) are not the grammar's: "killed" in "the number of people killed in
    Monday's quake" bridges nothing, and no parse is tried from "the". The parser asks
    _future_cue (_CONTEXT_READERS) only of the words before an expression's first token, never
    of the words within it, so its tables are not followed either."""
    found: set[str] = set()
    module, lexicon = globals(), vars(lex)
    todo: list[tuple[CodeType, object]] = [(fn.__code__, fn.__doc__) for fn in _functions(_Parser)]
    seen_code: set[CodeType] = set()
    seen_names = set(_CONTEXT_READERS)
    while todo:
        code, doc = todo.pop()
        if code in seen_code:
            continue
        seen_code.add(code)
        for c in code.co_consts:
            if isinstance(c, CodeType):
                todo.append((c, None))
            elif c is not doc:
                _add_words(c, found)
        # the globals, lexicon tables and attributes the code names (an attribute's name that
        # is also a table's takes the table in: more words, never fewer)
        for name in set(code.co_names) - seen_names:
            seen_names.add(name)
            for table in (module, lexicon):
                value = table.get(name)
                if name.startswith("__") or value is None:
                    continue
                if isinstance(value, FunctionType) and value.__module__ == __name__:
                    todo.append((value.__code__, value.__doc__))
                elif isinstance(value, type) and value.__module__ == __name__:
                    todo.extend((fn.__code__, fn.__doc__) for fn in _functions(value))
                elif not isinstance(value, (FunctionType, type)):
                    _add_words(value, found)
    return frozenset(found)


def _add_words(value: object, found: set[str]) -> None:
    """Add to ``found`` the tokens of a constant or table: its strings, a mapping's keys and
    values, a collection's members."""
    if isinstance(value, str):
        found.update(_TOKEN.findall(value.lower()))
    elif isinstance(value, Mapping):
        for k, v in value.items():
            _add_words(k, found)
            _add_words(v, found)
    elif isinstance(value, (set, frozenset, tuple, list)):
        for v in value:
            _add_words(v, found)


def _functions(cls: type) -> list[FunctionType]:
    """The functions of the class ``cls``: its methods and static methods."""
    members = (m.__func__ if isinstance(m, staticmethod) else m for m in vars(cls).values())
    return [fn for fn in members if isinstance(fn, FunctionType)]


def _inside_number(p: _Parser, s: int) -> bool:
    """Token ``s`` is digits glued after "<digits>." or "<digits>,": a decimal or a thousands
    group, never an hour or a day of its own."""
    return (
        s >= 2
        and p.toks[s].isdigit()
        and p.toks[s - 1] in (".", ",")
        and p.toks[s - 2].isdigit()
        and p.glued(s)
        and p.glued(s - 1)
    )


def _the_reads_nothing(p: _Parser, i: int, goes_on: frozenset[str]) -> bool:
    """Token ``i``, "the", or the open range before it, opens no reading ("the night.",
    "through the night.", "after the 16:10 tremor"): a part of day follows "the" and then a
    word outside ``goes_on``, the words a reading from there goes on with
    (_AFTER_THE_PART_OF_DAY from "the", _AFTER_A_RANGE_THE_PART_OF_DAY from an open range),
    or a clock written with a colon ("16:10", "4:30"), which no reading takes after "the"
    whatever follows. The part of day, the clock, is read from its own word as before.
    tests/test_dates_parts_of_day.py and tests/test_dates_the_clock.py try every grammar word
    after them, behind every open range."""
    after = p.t(i + 1)
    if after in lex.PARTS_OF_DAY:
        return p.t(i + 2) not in goes_on
    minutes = p.t(i + 3)
    return (
        p.t(i + 2) == ":"
        and len(minutes) == 2
        and len(after) <= 2
        and after.isdigit()
        and minutes.isdigit()
        and p.glued(i + 2)
        and p.glued(i + 3)
    )


def _thousands(p: _Parser, s: int) -> bool:
    """Token ``s`` opens a figure written in thousands groups ("11,000", "5,000", the "1" of
    "1,000,000"): up to three digits, a comma and three digits, glued. No reading takes such a
    figure (a day, an hour or a year before a comma is followed by a blank), so the attempt from
    ``s`` finds nothing whatever follows; tests/test_dates_thousands.py tries every grammar word
    after the group, spaced and glued, behind the words that change how a number is read."""
    group = p.t(s + 2)
    return (
        len(group) == 3
        and p.t(s + 1) == ","
        and group.isdigit()
        and p.toks[s].isdigit()
        and len(p.toks[s]) <= 3
        and p.glued(s + 1)
        and p.glued(s + 2)
    )


def _decimal_reads_nothing(p: _Parser, s: int) -> bool:
    """Token ``s`` opens a decimal ("1.6", "9.36") before a word no reading from it goes on
    with, so that the attempt from ``s`` finds nothing. Worked out from the grammar: a decimal
    is read as a count by short_amount ("2.5 hours ago", "in 1.5 more minutes"), so before a
    word of _AFTER_COUNT, as a dotted date before another dot ("1.6.2024"), and as a dotted
    time by _Parser.clock only with two digits after the dot ("at 7.30", "7.30 tonight"), and
    not before a word of _NOT_AFTER_DOT_TIME. tests/test_dates_decimals.py tries every grammar
    word after decimals of each width, behind words that change the readings ("at", "in")."""
    frac = p.t(s + 2)
    if not (p.toks[s].isdigit() and frac.isdigit() and p.glued(s + 1) and p.glued(s + 2)):
        return False
    after = p.t(s + 3)
    if len(frac) == 2:
        return after in _NOT_AFTER_DOT_TIME
    return after not in _AFTER_COUNT


# Units a count glued to by a hyphen makes a measure no reading goes on from ("73-year-old", "a
# 96-hour supply"); a quarter is read as a clock's ("3-quarter past 5 pm" as "quarter past").
_HYPHENED_UNITS = frozenset(lex.UNITS) - {"quarter", "quarters", "qtr", "qtrs"}
_HYPHENED_ARTICLES = frozenset({"a", "an", "the"})


def _hyphened_measure(p: _Parser, s: int) -> bool:
    """Token ``s`` opens a measure written as one hyphened word, or an article before one ("a
    73-year-old man", "the 24-hour strike"): a count of up to three digits, a hyphen and a unit
    of _HYPHENED_UNITS, glued, so that the attempt from ``s`` finds nothing whatever follows.
    tests/test_dates_hyphened_measures.py tries every grammar word after the unit, behind the
    words and marks that change how a count is read."""
    i = s + 1 if p.toks[s] in _HYPHENED_ARTICLES else s
    count = p.t(i)
    return (
        p.t(i + 1) == "-"
        and p.t(i + 2) in _HYPHENED_UNITS
        and count.isdigit()
        and len(count) <= 3
        and p.glued(i + 1)
        and p.glued(i + 2)
    )


def _hyphened_age_unit(p: _Parser, s: int) -> bool:
    """Token ``s`` is the unit of an age written as one hyphened word ("73-year-old",
    "a 3-day-old fire"): glued to "-old" after a measure of _hyphened_measure, so that the
    attempt from ``s`` (the trigger there) finds nothing whatever follows. Other words glued
    after the unit are read on ("3-year-end"). tests/test_dates_hyphened_measures.py tries
    every grammar word after "old", behind the words that change how a count is read."""
    return (
        s >= 2
        and p.t(s + 2) == "old"
        and p.t(s + 1) == "-"
        and p.t(s - 1) == "-"
        and p.glued(s + 1)
        and p.glued(s + 2)
        and _hyphened_measure(p, s - 2)
    )


def _phone_number(p: _Parser, s: int) -> bool:
    """Token ``s`` is the first or the middle of three groups of digits glued by hyphens whose
    middle one has three digits, not led by a zero ("918-555-0142"; the "1", the "800" and the
    "555" of "1-800-555-0199"): no date, time or count has such a part there (a month may be
    written "010"), so that the attempt from ``s`` finds nothing whatever follows.
    tests/test_dates_phone_numbers.py tries every grammar word after the groups, behind the
    words that change how a number is read."""
    return _phone_groups(p, s) or (s >= 2 and _phone_groups(p, s - 2))


def _phone_groups(p: _Parser, i: int) -> bool:
    """Tokens ``i``..``i + 4``: digits, "-", three digits not led by a zero, "-", digits, glued."""
    middle = p.t(i + 2)
    return (
        len(middle) == 3
        and p.t(i + 1) == "-"
        and p.t(i + 3) == "-"
        and middle.isdigit()
        and middle[0] != "0"
        and p.toks[i].isdigit()
        and p.t(i + 4).isdigit()
        and p.glued(i + 1)
        and p.glued(i + 2)
        and p.glued(i + 3)
        and p.glued(i + 4)
    )


# Starts that read nothing before a weekday's possessive ("from Sunday's ferry disaster", "by
# Friday's landslide"): the day is read from its own token, as the day of the thing it owns.
# tests/test_dates_days_own.py tries every grammar word after the possessive.
_NOT_BEFORE_A_DAYS_OWN = frozenset({"from", "by"})


def _days_own(p: _Parser, i: int) -> bool:
    """Token ``i`` is followed by a possessive "'s" ("’s") glued to it."""
    return p.t(i + 1) in ("'", "’") and p.t(i + 2) == "s" and p.glued(i + 1) and p.glued(i + 2)


def _count_reads_nothing(p: _Parser, s: int) -> bool:
    """Token ``s``, a count before a unit, opens no reading: the word after the unit is none
    that a reading goes on with (_AFTER_UNIT), or one of _AFTER_UNIT_THEN before a word it
    does not go on into ("nine hours, and", "14 hours to bring"), or "after" or "before"
    before no point (_no_point_after: "20 minutes after the first,"), or "and" (", and")
    before no count that reads on (_nothing_after_and: "nine hours, and dead")."""
    word = p.t(s + 2)
    if word not in _AFTER_UNIT:
        return True
    if word in ("after", "before"):
        return _no_point_after(p, s + 3)
    if word == "and" or (word == "," and p.t(s + 3) == "and"):
        return _nothing_after_and(p, s + 3 if word == "and" else s + 4)
    then = _AFTER_UNIT_THEN.get(word)
    return then is not None and (nxt := p.t(s + 3)) not in then and not nxt.isdigit()


def _nothing_after_and(p: _Parser, j: int) -> bool:
    """Token ``j`` follows "and" (", and") after a count and a unit ("for nine hours, and dead
    fish", "an hour and 45 minutes into the flight"), so that the attempt from the count finds
    nothing. A reading goes on past the "and" only into another count ("3 days, and 2 hours
    ago", "an hour and a half ago"): nothing is found when no count follows, or when a count
    and a unit follow that read nothing themselves (_count_reads_nothing).
    tests/test_dates_counts_and.py tries every grammar word after the "and", and after a second
    count and unit, behind the words that change how a count is read."""
    count = p.t(j)
    if count not in _NUMBER_STARTS and not count.isdigit():
        return True
    return p.t(j + 1) in lex.UNITS and _count(count) and _count_reads_nothing(p, j)


def _half_reads_nothing(p: _Parser, s: int) -> bool:
    """Token ``s``, a count before "and a half" and a unit ("three and a half hours to bring"),
    opens no reading: the word after the unit is one _count_reads_nothing finds no reading goes
    on with after a count's unit (the readings of a count and a half go on into fewer words:
    "ago", "from now", "earlier", "after"). tests/test_dates_halves.py tries every grammar
    word after the unit, behind the words that change how a count is read."""
    return (
        p.t(s + 2) in _HALF_ARTICLES
        and p.t(s + 3) == "half"
        and p.t(s + 4) in lex.UNITS
        and _count_reads_nothing(p, s + 3)
    )


def _no_point_after(p: _Parser, k: int) -> bool:
    """Token ``k``, after "after" or "before" behind a count and a unit, opens no point that
    a reading could count from: "it" ("105 minutes after it began"), or "the" and an ordinal
    before a comma or a dot ("three minutes after the first."). Before any other word the
    reading goes on as before. tests/test_dates_counts_after.py tries every grammar word
    after them."""
    word = p.t(k)
    return word == "it" or (
        word == "the" and p.t(k + 1) in lex.ORDINALS and p.t(k + 2) in _ENDS_AN_ORDINAL
    )


def _count(tok: str) -> bool:
    """A count of one token, as _AFTER_UNIT's proof tries it: up to 3 digits, or a number word."""
    return (tok.isdigit() and len(tok) <= 3) or tok in _NUMBER_WORDS


def _odd_numeric_date(p: _Parser, k: int) -> tuple[int, int, _V] | None:
    """A written-together date in an order the grammar does not know ("2020/Sep/23",
    "23-2020-September"), handed to dateparser: only such a run of digits, month names and
    separators with a day, a month and a year, never free text."""
    toks = p.toks
    if not _odd_part(toks[k]):
        return None
    a, b = k, k + 1
    while a > 0 and k - a < 5 and _odd_part(toks[a - 1]) and p.glued(a):
        a -= 1
    while b < len(toks) and b - k < 5 and _odd_part(toks[b]) and p.glued(b):
        b += 1
    while a < b and not toks[a].isalnum():
        a += 1
    while b > a and not toks[b - 1].isalnum():
        b -= 1
    parts = toks[a:b]
    digits = sum(t.isdigit() for t in parts)
    if b - a < 5 or digits != 2 or sum(t in lex.MONTHS for t in parts) != 1:
        return None
    day = _dateparser_day(p.text[p.starts[a] : p.ends[b - 1]])
    if day is None:
        return None
    return a, b, _day(dt.datetime(day.year, day.month, day.day))


def _odd_part(tok: str) -> bool:
    return (tok.isdigit() and len(tok) <= 4) or tok in lex.MONTHS or tok in ("-", "/", ".")


@lru_cache(maxsize=1024)
def _dateparser_day(words: str) -> dt.date | None:
    """dateparser on the few words of one date (imported here: it is slow to import)."""
    import dateparser

    found = dateparser.parse(
        words,
        languages=["en"],
        settings={
            "PREFER_DAY_OF_MONTH": "first",
            "REQUIRE_PARTS": ["day", "month", "year"],
            "RETURN_TIME_AS_PERIOD": True,
        },
    )
    return found.date() if isinstance(found, dt.datetime) else None


def _sentence_end(toks: list[str], i: int) -> bool:
    """Whether the "." at ``i`` ends a sentence rather than "U.S.", "Gen." or the point of
    "12.5"."""
    prev = toks[i - 1] if i > 0 else ""
    if len(prev) == 1 or prev in lex.ABBREVIATIONS:
        return False
    return not (prev.isdigit() and i + 1 < len(toks) and toks[i + 1].isdigit())


# Every word _future_cue reads a cue or a clause break from.
_CUE_WORDS = frozenset(
    {
        *lex.CLAUSE_BREAKS, *lex.FUTURE_CUES, "to", *lex.MODAL_FUTURE_CUES,
        *lex.PRESENT_SCHEDULE_VERBS, *lex.DEFERRAL_PARTICLES,
    }
)  # fmt: skip


def _future_cue(toks: list[str], s: int, p: _Parser | None = None) -> tuple[bool, bool]:
    """Whether a cue word shortly before token ``s`` says future, and whether it only says
    planned: a past tense ("was scheduled for", "was to") or a participle with no present or
    future auxiliary ("the vote, set for March 10, was postponed"), where the day may be past.
    "will", "is to", "is scheduled for" point forward."""
    future, nearest, _ = _cue_scan(toks, s, p)
    return future, nearest


_CueStop = Literal["cue", "break", "end"]
"""Where _cue_scan stopped: at a word that decides, at a clause break, or at the end of its
reach with neither."""


def _cue_scan(toks: list[str], s: int, p: _Parser | None = None) -> tuple[bool, bool, _CueStop]:
    """_future_cue, and where its look stopped: _Parser.cue_at reads the words left of the
    window only when no clause break ended the look ("break"), and needs not look for one
    again when the look read every token before ``s`` ("end" with ``s`` within reach)."""
    stop = s - 1 - _FUTURE_TOKENS
    for i in range(s - 1, stop if stop > -1 else -1, -1):
        w = toks[i]
        if w not in _CUE_WORDS:
            continue  # most words: one lookup, not one per kind of cue below
        if w in lex.CLAUSE_BREAKS and (w != "." or _sentence_end(toks, i)):
            return False, False, "break"
        if s - i > _CUE_TOKENS and (
            not (
                w in lex.FAR_FUTURE_CUES
                or (w in lex.FUTURE_CUES and i + 1 < len(toks) and toks[i + 1] == "to")
            )
            or not _plain_words(toks, i + 1, s)
        ):
            # past the usual reach only "will" or a cue's infinitive still governs the clause:
            # "is forecast to crest at 40 feet in St. Louis on Friday"
            continue
        if w in lex.FUTURE_CUES:
            if w in lex.CONDITIONAL_FUTURE_CUES:
                nxt = toks[i + 1] if i + 1 < len(toks) else ""
                if nxt not in lex.CONDITIONAL_FUTURE_CUES[w]:
                    continue  # "a set of", "the record set in 2019"
                if w == "due" and nxt == "to":
                    after = toks[i + 2] if i + 2 < len(toks) else ""
                    if after not in lex.SCHEDULE_VERBS:
                        continue  # "due to the storm": a cause
            prev = toks[i - 1] if i > 0 else ""
            nearest = prev in lex.PAST_AUXILIARIES or (
                w in lex.PLAN_PARTICIPLES and prev not in lex.PRESENT_AUXILIARIES
            )
            return True, nearest, "cue"
        if w in lex.DEFERRAL_PARTICLES:
            if (
                i > 0
                and toks[i - 1] in lex.DEFERRAL_PARTICLES[w]
                and i + 1 < len(toks)
                and toks[i + 1] in lex.DEFERRAL_TARGETS
            ):
                return True, False, "cue"  # "the hearing was put off to Monday"
            continue
        if w == "to" and i > 0 and toks[i - 1] in lex.FUTURE_TO_SUBJECTS:
            return True, toks[i - 1] in lex.PAST_AUXILIARIES, "cue"  # "the vote is to be held on"
        if w in lex.MODAL_FUTURE_CUES and (p is None or p.raw(i) == w):
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt.isalpha() and nxt not in lex.MODAL_PAST_WORDS and nxt not in lex.MONTHS:
                return True, False, "cue"  # "the walkout could end on Thursday"
        if w in lex.PRESENT_SCHEDULE_VERBS:
            if i > 0 and toks[i - 1] in ("did", "not", "t"):
                return False, False, "cue"  # "the rains did not start on Monday": past
            return True, False, "cue"  # "the race starts on July 5", "hearings resume on April 7"
    return False, False, "end"


# The words of which one must be a token for _future_cue to say future ("is" and its like
# only before "to"), as bytes: _holds_no_cue reads ASCII text as bytes, where translate and
# split run at C speed and cost a third of tokenising the text.
_SAYS_FUTURE = frozenset(
    w.encode()
    for w in (
        *lex.FUTURE_CUES, *lex.DEFERRAL_PARTICLES, *lex.MODAL_FUTURE_CUES,
        *lex.PRESENT_SCHEDULE_VERBS,
    )
)  # fmt: skip
_FUTURE_TO_SUBJECTS = frozenset(w.encode() for w in lex.FUTURE_TO_SUBJECTS)
# Each ASCII letter to its lower case, any other byte to a blank: the text's runs of letters
# in lower case from one translate, where str.lower() and a translate made two passes.
_LETTERS_LOWERED = bytes(
    c + 32 if 0x41 <= c <= 0x5A else c if 0x61 <= c <= 0x7A else 32 for c in range(256)
)
_LONGEST_TOKEN = 40  # letters: the tokeniser cuts a longer run of letters into such tokens


def _holds_no_cue(words: str) -> bool:
    """True when ``words`` (ASCII) surely hold no token that makes _future_cue say future:
    each letter token is a run of letters between non-letters, or a part of a run longer than
    ``_LONGEST_TOKEN``; False when they may (or are not ASCII). The runs are read as split
    gives them: each test answers for the list as for the set of its runs, and building the
    set cost more than reading the repeats; max() without "default", which it parsed."""
    if not words.isascii():
        return False
    runs = words.encode().translate(_LETTERS_LOWERED).split()  # repeats and all (see above)
    if not _SAYS_FUTURE.isdisjoint(runs):
        return False
    if b"to" in runs and not _FUTURE_TO_SUBJECTS.isdisjoint(runs):
        return False
    return not runs or max(map(len, runs)) <= _LONGEST_TOKEN


def _plain_words(toks: list[str], i: int, s: int) -> bool:
    """Whether tokens ``i``..``s`` hold no relative pronoun and no past tense or participle
    that could tell of an earlier event ("will face the man who beat him on Thursday", "will
    question the men arrested on Thursday"): only then does a "will" further back govern."""
    return not any(
        w in lex.RELATIVE_WORDS or w in lex.ANCHOR_VERBS or (len(w) > 3 and w.endswith("ed"))
        for w in toks[i:s]
    )


def _told_as_past(toks: list[str], s: int) -> bool:
    """Whether a past tense governs token ``s``: "was", "had", an event verb ("struck") or a
    past in "-ed" shortly before it in its clause ("The fire broke out at 11 p.m."), not a
    present ("Polls close at 8 p.m.")."""
    for i in range(s - 1, max(-1, s - 1 - _CUE_TOKENS), -1):
        w = toks[i]
        if w in lex.CLAUSE_BREAKS and (w != "." or _sentence_end(toks, i)):
            return False
        if (
            w in lex.PAST_AUXILIARIES
            or w in IRREGULAR_PAST_VERBS
            or w in lex.ANCHOR_VERBS
            or (len(w) > 3 and w.endswith("ed") and w not in lex.PLAN_PARTICIPLES)
        ):
            return True
    return False


def _past_clause(toks: list[str], s: int, e: int) -> bool:
    """Whether the words around tokens ``s``-``e`` are told in the past: "had", "was", "were"
    shortly before them in their clause, or shortly after them in their sentence ("By the end
    of the day, 30 had died")."""
    for i in range(s - 1, max(-1, s - 1 - _CUE_TOKENS), -1):
        w = toks[i]
        if w in lex.CLAUSE_BREAKS and (w != "." or _sentence_end(toks, i)):
            break
        if w in lex.PAST_AUXILIARIES or w == "did":
            return True
    for i in range(e, min(len(toks), e + _CUE_TOKENS)):
        w = toks[i]
        if w in _SENTENCE_MARKS and (w != "." or _sentence_end(toks, i)):
            break
        if w in lex.PAST_AUXILIARIES or w == "did":
            return True
    return False


def _anchor_near(text: str, start: int, end: int) -> str | None:
    """The event word the date attaches to: the nearest event verb before it in its sentence
    ("was killed by a U.S. drone strike in Baghdad in January 2020": the death), else the
    nearest event noun just before it, else one right after it ("Wednesday's blasts")."""
    # only the date's own sentence: the scan starts after the last full stop before it
    if text.isascii():
        return _anchor_in_runs(text, start, end)
    lo = _sentence_start(text, start - _ANCHOR_BEFORE if start > _ANCHOR_BEFORE else 0, start)
    verb: str | None = None
    noun: str | None = None
    noun_at = -1
    # text[lo:start] with the character before it (a space before the text's first word)
    padded = " " + text
    for m in _ANCHOR_WORD_RX.finditer(padded, lo, start + 1):
        w = m.group(1).lower()
        if w in lex.ANCHOR_VERBS:
            verb = lex.ANCHOR_VERBS[w]
        else:
            noun, noun_at = lex.ANCHOR_NOUNS[w], m.start(1) - 1
    if verb is not None:
        return verb
    if noun is not None and start - noun_at <= _ANCHOR_NOUN_REACH:
        return noun
    for m in _ANCHOR_WORD_RX.finditer(padded, end, _clause_end(text, end) + 1):
        w = m.group(1).lower()
        if w in lex.ANCHOR_NOUNS:
            return lex.ANCHOR_NOUNS[w]
    return None


def _clause_end(text: str, end: int) -> int:
    """Where the words after a date that an event noun may come from end: the first comma or
    mark after ``end``, at most ``_ANCHOR_AFTER`` characters on."""
    hi = end + _ANCHOR_AFTER
    hi = hi if hi < len(text) else len(text)
    mark = _CLAUSE_MARK.search(text, end, hi)
    return hi if mark is None else mark.start()


# The event words as _ANCHOR_WORD_RX matches them (lower case, capitalised, upper case), as
# bytes, with the verb or noun each stands for; and the sets of them, for C-level intersections
# (a dict's keys intersected with a list copy the keys first).
_ANCHOR_VERB_RUNS = {
    v.encode(): sense
    for w, sense in lex.ANCHOR_VERBS.items()
    for v in (w, w.capitalize(), w.upper())
}
_ANCHOR_NOUN_RUNS = {
    v.encode(): sense
    for w, sense in lex.ANCHOR_NOUNS.items()
    for v in (w, w.capitalize(), w.upper())
}
_ANCHOR_VERB_SET = frozenset(_ANCHOR_VERB_RUNS)
_ANCHOR_NOUN_SET = frozenset(_ANCHOR_NOUN_RUNS)
_ANCHOR_RUN_SET = _ANCHOR_VERB_SET | _ANCHOR_NOUN_SET
# _RUN_BYTES, but a sentence's end to a blank find() tells from the others: ";", "!" and "?"
# to a vertical tab, "." to a form feed (both blanks to split())
_RUN_OR_SENTENCE_BYTES = bytes(
    0x0B if chr(c) in ";!?" else 0x0C if chr(c) == "." else b for c, b in enumerate(_RUN_BYTES)
)
# _RUN_BYTES, but a clause mark of _CLAUSE_MARK to a tab: a blank to split() that find() tells
# from the others, which are spaces (a tab of the text is a space here)
_RUN_OR_MARK_BYTES = bytes(
    ord("\t") if _CLAUSE_MARK.fullmatch(chr(c)) else b for c, b in enumerate(_RUN_BYTES)
)


def _anchor_in_runs(text: str, start: int, end: int) -> str | None:
    """``_anchor_near``'s reading of an ASCII ``text``: the event words before the date in its
    sentence, text[lo:start] (lo is _sentence_start's), after it up to _clause_end.
    _ANCHOR_WORD_RX matches an event word, all letters, after a non-word character and before
    a word boundary: a whole run of word characters, which one translate and split of the span
    give as bytes, in C; a set intersection then shows whether the span holds any event word
    at all (most hold none), where the pattern tried its alternation of 98 words after every
    blank and mark. A run cut by the span's start is no word of the pattern (the character
    before it is a word character), one cut by its end is (the pattern's end is a word
    boundary). tests/test_dates_anchor_runs.py checks it against the pattern's reading."""
    # The _ANCHOR_BEFORE characters before the date and the one before them (a blank before
    # the text: the pattern's non-word character), translated once: the sentence's start is
    # found in them as _sentence_start finds it in the text, where its four str.rfind calls
    # over a range cost some 1,800 instructions each; the span is then their end.
    reach = start - _ANCHOR_BEFORE if start > _ANCHOR_BEFORE else 0
    region = (text[reach - 1 : start] if reach else " " + text[:start]).encode()
    region = region.translate(_RUN_OR_SENTENCE_BYTES)  # region[i] is text[reach - 1 + i]
    mark = region.rfind(b"\x0b", 1)  # ";", "!", "?"
    dot = region.rfind(b"\x0c", 1)
    while dot > mark and not _dot_ends_sentence(text, reach - 1 + dot):
        dot = region.rfind(b"\x0c", 1, dot)  # "U.S.", "Gen.": the one before
    last = dot if dot > mark else mark
    # text[lo - 1 : start] with lo just after the sentence's last mark, else text[reach - 1:]
    before = region[last:] if last > 0 else region
    lo = reach + last if last > 0 else reach
    runs = before.split()
    if runs and not before[:1].isspace():
        del runs[0]  # the end of a word that starts before the span
    # the event words of the span, verbs and nouns, hashed once: most spans hold none
    found = _ANCHOR_RUN_SET.intersection(runs)
    if found:
        if not _ANCHOR_VERB_SET.isdisjoint(found):
            # the nearest verb before the date: the last one in the span (there is one: the
            # intersection found it). Here and below a loop, not next() over a generator,
            # whose frame cost some 2,000 instructions a date.
            for run in reversed(runs):
                if run in _ANCHOR_VERB_RUNS:
                    return _ANCHOR_VERB_RUNS[run]
        # no verb: every event word found is a noun; where the last starts: its last whole
        # run in the span
        for found_last in reversed(runs):
            if found_last in found:
                break
        noun_at = lo + (before + b" ").translate(_RUN_BYTES).rfind(b" " + found_last + b" ")
        if start - noun_at <= _ANCHOR_NOUN_REACH:
            return _ANCHOR_NOUN_RUNS[found_last]
    # the words after the date up to _clause_end: _ANCHOR_AFTER characters at most, cut at the
    # first clause mark from ``end`` on, which _RUN_OR_MARK_BYTES makes a tab (a blank to
    # split(), found by one find in C, where _clause_end's pattern search cost 3,000
    # instructions or so)
    hi = end + _ANCHOR_AFTER
    hi = hi if hi < len(text) else len(text)
    after = (text[end - 1 : hi] if end else " " + text[:hi]).encode().translate(_RUN_OR_MARK_BYTES)
    stop = after.find(b"\t", 1)  # after[i] is text[end - 1 + i]
    if stop > 0:
        after = after[:stop]
    runs = after.split()
    if runs and not after[:1].isspace():
        del runs[0]
    if not _ANCHOR_NOUN_SET.isdisjoint(runs):
        for run in runs:  # the first event noun after the date
            if run in _ANCHOR_NOUN_RUNS:
                return _ANCHOR_NOUN_RUNS[run]
    return None


def _sentence_start(text: str, lo: int, hi: int) -> int:
    """Just after the last mark that ends a sentence in text[lo:hi], else ``lo``."""
    # ";", "!" and "?" always end one (_SENTENCE_MARKS); a "." unless it is an abbreviation's
    mark = text.rfind(";", lo, hi)
    for other in (text.rfind("!", lo, hi), text.rfind("?", lo, hi)):
        mark = other if other > mark else mark
    dot = text.rfind(".", lo, hi)
    while dot > mark and not _dot_ends_sentence(text, dot):
        dot = text.rfind(".", lo, dot)  # "U.S.", "Gen.": the one before
    last = dot if dot > mark else mark
    return last + 1 if last >= 0 else lo


_ABBREVIATION_REACH = max(map(len, lex.ABBREVIATIONS)) + 1
"""Characters of the word before a "." that tell whether it is an abbreviation: a word cut to
one more than the longest abbreviation is none, as the whole word is none."""


def _dot_ends_sentence(text: str, i: int) -> bool:
    """Whether the "." at ``i`` ends a sentence rather than "U.S." or "Gen.": the word before
    it, its run of alphanumerics, is neither one letter nor an abbreviation. The run is taken
    from the last ``_ABBREVIATION_REACH`` characters, cut at their last " " in C: a run longer
    than that is cut to that many, and lower() never shortens a string, so the cut run is no
    abbreviation and no single letter, as the whole run is not. Only a word with some other
    mark in it ("U.S", "(Gen") is walked back character by character, as every word was
    (tests/test_dates_sentence_dots.py proves it the same)."""
    lo = i - _ABBREVIATION_REACH if i > _ABBREVIATION_REACH else 0
    word = text[lo:i].rpartition(" ")[2]
    if word and not word.isalnum():
        j = i
        while j > lo and text[j - 1].isalnum():
            j -= 1
        word = text[j:i]
    word = word.lower()
    return not (len(word) == 1 and word.isalpha()) and word not in lex.ABBREVIATIONS


def _abbreviation_dot(p: _Parser, i: int) -> bool:
    """Whether the "." at token ``i`` is part of an abbreviation: "Jan.", "Tue.", "a.m."."""
    prev = p.t(i - 1)
    if not p.glued(i):
        return False
    if prev in _DOTTED_ABBREVIATIONS:
        return True
    return len(prev) == 1 and prev.isalpha() and p.t(i - 2) == "." and p.glued(i - 1)


@lru_cache(maxsize=64)
def _offset_text(tz: dt.timezone) -> str:
    """What isoformat writes after the time of a fixed-offset zone ("+00:00", "-04:00"): the
    same for every time, as the zone's offset is."""
    return dt.datetime(2000, 1, 1, tzinfo=tz).isoformat()[19:]


def _iso(t: dt.datetime | None, fine: bool, tz: dt.tzinfo | None) -> str | None:
    """``t`` written in ISO 8601 (its day alone unless ``fine``) as a time of zone ``tz``:
    ``t.replace(tzinfo=tz).isoformat()``. For a fixed-offset zone (every publication time
    with an offset parsed from text, and dt.timezone.utc) the offset's text is appended to the
    naive time's, where replace parsed its keyword (some 3,000 instructions a call); a zone
    whose offset moves with the date (zoneinfo) still takes replace (tests/test_dates_iso.py
    proves both equal)."""
    if t is None:
        return None
    if not fine:
        return t.date().isoformat()
    if tz is None:
        return t.isoformat()
    if type(tz) is dt.timezone and t.tzinfo is None:
        return t.isoformat() + _offset_text(tz)
    return t.replace(tzinfo=tz).isoformat()


def _has_clock(t: dt.datetime | None) -> bool:
    """Whether ``t`` is past the midnight of its day (to the second)."""
    return t is not None and bool(t.hour or t.minute or t.second)


_ON_PUBLICATION_DAY = "a time of day without a date: taken on the publication day"
_ON_THE_DAY_BEFORE = (
    "a time of day without a date, later than the publication and told as past: taken on the "
    "day before it"
)


def _to_mention(p: _Parser, s: int, e: int, v: _V, ref: _Reference) -> DateMention:
    attributive = e < len(p.toks) and p.toks[e].isalpha() and p.raw(e).islower()
    if (
        p.toks[s] == "the"
        and attributive
        and (p.toks[s + 1] in lex.MONTHS or p.toks[s + 1].isdigit())
    ):
        s += 1  # "the 2020 election", "the Feb. 3, 2023 derailment": "the" is the noun's
    start, end = p.starts[s], p.ends[e - 1]
    # trailing punctuation that closes nothing is not part of the words; a final "." is the
    # sentence's ("12 months to July.", "at 10pm.") unless an abbreviation of the span needs it
    # ("Jan.", "10 a.m.": there the one dot both ends the word and the sentence)
    while e - 1 > s and (
        p.toks[e - 1] in (",", "(", "-", "@")
        or (p.toks[e - 1] == "." and not _abbreviation_dot(p, e - 1))
    ):
        e -= 1
        end = p.ends[e - 1]
    low, high, note = v.low, v.high, v.note
    if ref.published is None and p.used_ref and (low is not None or high is not None):
        low = high = None
        note = "relative date and no publication date to resolve it"
    if (
        note == _ON_PUBLICATION_DAY
        and low is not None
        and ref.midnight is not None
        and ref.wall != ref.midnight  # a publication without its time says nothing of the hour
        and low > ref.wall
        and not p.future
        and _told_as_past(p.toks, s)
    ):
        # "The fire broke out at 11 p.m.", published at 9 a.m.: the night before
        low = low - _ONE_DAY
        high = high - _ONE_DAY if high is not None else None
        note = _ON_THE_DAY_BEFORE
    fine = _has_clock(low) or _has_clock(high) or v.gran == "time"
    tz = ref.published.tzinfo if ref.published is not None else None
    role = "event"
    ref_day = ref.midnight
    # the report's event is near its publication; a date that ended a month before is background
    ends = high if high is not None else low
    past = ref_day is not None and ends is not None and ends <= ref_day
    # the cue is read last, here and above: it is worked out on its first read (some 30,000
    # instructions with the look left of the window), and the tests before it decide alone
    # for a date after the publication day and for one over before it (a third of them)
    if (ref_day is not None and low is not None and low >= ref_day + _ONE_DAY) or (
        not past and p.future and not p.cue_nearest
    ):
        # a cue says ahead, unless the date is over before the publication day: "demand we
        # did not expect a year ago", "will be retried for a 2009 killing"
        role = "future"
    elif (
        ref_day is not None
        and ends is not None
        and (ends <= ref_day - _A_MONTH or (ends <= ref_day and v.gran in _COARSE))
    ):  # "last year" is background even two days into January
        role = "background"
    if v.anniversary is not None:
        role = "event"
    anchor = v.anchor or _anchor_near(p.text, start, end)
    kind = v.kind
    if v.deictic:
        prop: str | None = None
    elif role == "event":
        prop = "event_time" if kind == "time" else "event_date"
    else:
        prop = f"{anchor}_date" if anchor else None
    # the fields in their order, positional: a Python __init__ matches each keyword by name,
    # some 6,000 instructions a mention (tests/test_dates_speed.py checks the order)
    return DateMention(
        start,
        end,
        kind,
        v.qualifier,
        _iso(low, fine, tz),
        _iso(high, fine, tz),
        v.gran,
        note,
        role,
        prop,
        v.anniversary,
        anchor,
    )


# ---------------------------------------------------------------------------------------------
# Anniversaries, across documents


def resolve_anniversaries(
    mentions_by_doc: Mapping[str, Sequence[DateMention]],
) -> dict[str, list[DateMention]]:
    """Date every "Nth anniversary of X" from a mention that dates X (same document first).

    A mention dates X when its anchor is X, it is resolved and closed ("was killed in January
    2020" dates the death) and it is a background date: an event whose Nth anniversary is
    reported lies years back, so a date of the report's own days ("said on Monday that the
    explosion ...") is the anniversary's, not the event's. Unresolvable anniversaries are
    returned unchanged, bounds None.
    """
    dated: dict[str, list[tuple[str, DateMention]]] = {}
    for doc in sorted(mentions_by_doc):
        for m in mentions_by_doc[doc]:
            if (
                m.anniversary is None
                and m.anchor
                and m.low
                and m.high
                and m.qualifier == "exact"
                and m.role == "background"
            ):
                dated.setdefault(m.anchor, []).append((doc, m))
    out: dict[str, list[DateMention]] = {}
    for doc, mentions in mentions_by_doc.items():
        res: list[DateMention] = []
        for m in mentions:
            if m.anniversary is None or m.anchor is None or m.low is not None:
                res.append(m)
                continue
            # the same document's word first, then the most precise date of the event
            cands = sorted(
                dated.get(m.anchor, []),
                key=lambda dc: (dc[0] != doc, _GRAIN_ORDER.get(dc[1].granularity, 99)),
            )
            if not cands:
                res.append(m)
                continue
            src = cands[0][1]
            assert src.low is not None
            assert src.high is not None
            try:
                low, high = _shift_iso(src.low, m.anniversary), _shift_iso(src.high, m.anniversary)
            except (ValueError, OverflowError):
                res.append(m)  # past year 9999
                continue
            note = f"the {m.anchor} ({src.low}) plus {m.anniversary} years"
            res.append(replace(m, low=low, high=high, granularity=src.granularity, note=note))
        out[doc] = res
    return out


@lru_cache(maxsize=1024)
def _shift_iso(iso: str, years: int) -> str:
    if "T" in iso:
        t = dt.datetime.fromisoformat(iso)
        return _add_years(t.replace(tzinfo=None), years).replace(tzinfo=t.tzinfo).isoformat()
    return _add_years(dt.datetime.fromisoformat(iso), years).date().isoformat()
