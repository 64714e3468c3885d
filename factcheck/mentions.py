"""What the recognisers hand to :mod:`factcheck.extract`: plain slotted records, cheap to make;
and what they share of a text they both read (:func:`letter_runs`).

The recognisers (:mod:`factcheck.quantities` for numbers, :mod:`factcheck.dates` for the
calendar) find mentions in one pass over the text; ``extract`` decides which win where they
overlap, attaches the property they measure, and turns the survivors into :class:`Claim` models.
Offsets are into the original text; ``start:end`` is the whole phrase a reader would quote
("more than 100 people"), ``core_start:core_end`` the figure itself ("100").
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, TypeVar, dataclass_transform

__all__ = ["DateMention", "LetterRuns", "NumberMention", "letter_runs", "record"]

_Record = TypeVar("_Record")


@dataclass_transform(frozen_default=True)
def record(cls: type[_Record]) -> type[_Record]:
    """A slotted dataclass that the type checker holds immutable (assigning a field is a mypy
    error) and that hashes by value, but that is built without ``frozen=True``.

    A frozen dataclass sets each field through ``object.__setattr__``: the recognisers make a
    record for every candidate figure and date, and that cost 4% of extraction. Nothing assigns
    to a record after it is made; ``dataclasses.replace`` makes a changed copy.
    """
    return dataclass(slots=True, unsafe_hash=True)(cls)


@record
class NumberMention:
    """A figure with its qualifier and its unit or counted noun.

    ``kind`` is ``count`` (no unit: people, blasts), ``quantity`` (a physical unit, money or
    percent) or ``duration`` (a time unit that is not an age).
    ``stated_*`` is the figure as written; ``low``..``high`` the normalised interval in
    canonical units (SI, currency code, ``percent``, or the counted noun for counts), with the
    precision of the digits and the qualifier already applied.
    """

    start: int
    end: int
    core_start: int
    core_end: int
    kind: str
    qualifier: str
    stated_low: float | None
    stated_high: float | None
    stated_unit: str | None
    low: float | None
    high: float | None
    low_closed: bool
    high_closed: bool
    unit: str | None
    noun: str | None = None
    """The counted noun or the thing measured, singular ("person", "explosion"), if any."""
    direction: str | None = None
    """``increase`` / ``decrease`` for a claim of change ("rose by 5%"), else None."""
    dimension: str | None = None
    """pint dimensionality of ``unit`` as a string ("[length]"), or "count", "percent",
    "currency:USD"."""
    is_age: bool = False


@record
class DateMention:
    """A calendar expression resolved (or not) against the publication date.

    ``low``/``high`` are ISO 8601 strings of the half-open interval ``[low, high)``; a ``None``
    bound is open (``since 2015``). ``kind`` is ``date`` or ``time`` (a time of day).
    When the expression cannot be resolved (a weekday without a publication date), ``low`` and
    ``high`` are None and ``note`` says why.
    """

    start: int
    end: int
    kind: str
    qualifier: str
    low: str | None
    high: str | None
    granularity: str
    note: str | None = None
    role: str = "event"
    """``event`` (the report's own event), ``background`` (a past fact), ``future`` (a plan)."""
    property: str | None = "event_date"
    """What the date is the date of: ``event_date``, ``event_time``, or another property."""
    anniversary: int | None = None
    """For "the fourth anniversary of X": 4, to be resolved once some claim dates X."""
    anchor: str | None = None
    """For an anniversary, the words naming X ("death"); for other dates, the event word near
    them ("death", "attack", "funeral") when the text says it."""


# ---------------------------------------------------------------------------------------------
# The runs of ASCII letters of a text, found once for both recognisers' trigger scans.
# find_dates and find_quantities read the same text one after the other, and each looks for its
# trigger words among the text's runs, split in C: the split makes one bytes object per word,
# and cost each scan about as much as the rest of it. letter_runs splits the text once; each
# recogniser meets the runs with its own set of words. The runs are of letters alone: a date
# trigger, a run of word characters, is among them when it is all letters, and the date scan
# finds it in the text as a run of word characters in its own bytes.
# ---------------------------------------------------------------------------------------------


class LetterRuns(NamedTuple):
    """A text's bytes and its runs of ASCII letters."""

    encoded: bytes
    """The text encoded to ASCII, one "?" for any other character: offsets are kept."""
    letters: bytes
    """``encoded`` with every byte that is no ASCII letter a blank, and a blank added at both
    ends: a run found between blanks at ``i`` starts at ``i + 1`` in ``letters``, at ``i`` in
    the text."""
    runs: list[bytes]
    """``letters.split()``, in order (a "?" is a blank: a letter beyond ASCII cuts a run, which
    each recogniser checks for itself)."""


_LETTER_BYTES = bytes(
    ord(ch) if ch in string.ascii_letters else ord(" ") for ch in map(chr, range(256))
)


# One text at a time: the recognisers read it one after the other. Its first parameter is
# named "text", so benchmarks/speed.py empties it before each timed pass.
@lru_cache(maxsize=1)
def letter_runs(text: str) -> LetterRuns:
    """The runs of ASCII letters of ``text``, with its encoded bytes."""
    encoded = text.encode("ascii", "replace")
    letters = b" " + encoded.translate(_LETTER_BYTES) + b" "
    return LetterRuns(encoded, letters, letters.split())
