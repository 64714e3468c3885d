"""Interval arithmetic for verdicts: overlap, intersection, hull and containment.

Numbers and dates share one representation, :class:`Bounds`; dates become seconds of wall-clock
time, so that "Jan. 3" in Tehran and "Jan. 3" in London are the same day, as a reader means.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from .models import DateInterval, NumberInterval

__all__ = [
    "Bounds",
    "bounds_of",
    "contains",
    "hull",
    "instant_seconds",
    "intersect",
    "to_interval",
]

_EPOCH = dt.datetime(1970, 1, 1)


@dataclass(frozen=True, slots=True)
class Bounds:
    """An interval on the real line; infinite bounds stand for unbounded sides."""

    low: float
    high: float
    low_closed: bool = True
    high_closed: bool = True

    @property
    def bounded(self) -> bool:
        return math.isfinite(self.low) and math.isfinite(self.high)

    @property
    def midpoint(self) -> float | None:
        return (self.low + self.high) / 2 if self.bounded else None


def _wall_seconds(iso: str) -> float:
    # Wall-clock time: the offset is dropped on purpose (see module docstring).
    moment = dt.datetime.fromisoformat(iso).replace(tzinfo=None)
    return (moment - _EPOCH).total_seconds()


def instant_seconds(iso: str) -> float:
    """Seconds of the instant an ISO time names, in UTC: "14:32+00:00" and "10:32-04:00" are
    one. Used for times whose zone the words give; a naive time is taken as written."""
    moment = dt.datetime.fromisoformat(iso)
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return (moment - _EPOCH).total_seconds()


def _from_wall_seconds(seconds: float) -> str:
    return (_EPOCH + dt.timedelta(seconds=seconds)).isoformat()


def bounds_of(interval: NumberInterval | DateInterval) -> Bounds:
    """The :class:`Bounds` of a number interval, or of a date interval as wall-clock seconds."""
    if isinstance(interval, DateInterval):
        low = _wall_seconds(interval.low) if interval.low else -math.inf
        high = _wall_seconds(interval.high) if interval.high else math.inf
        # [low, high): a day ends where the next begins.
        return Bounds(low, high, True, False)
    return Bounds(
        interval.low if interval.low is not None else -math.inf,
        interval.high if interval.high is not None else math.inf,
        interval.low_closed if interval.low is not None else False,
        interval.high_closed if interval.high is not None else False,
    )


def contains(b: Bounds, x: float) -> bool:
    """True when ``x`` lies in ``b``, honouring open bounds."""
    if x < b.low or (x == b.low and not b.low_closed):
        return False
    return not (x > b.high or (x == b.high and not b.high_closed))


def intersect(a: Bounds, b: Bounds) -> Bounds | None:
    """The common part of two intervals, or None when they are disjoint."""
    if a.low > b.low:
        low, low_closed = a.low, a.low_closed
    elif b.low > a.low:
        low, low_closed = b.low, b.low_closed
    else:
        low, low_closed = a.low, a.low_closed and b.low_closed
    if a.high < b.high:
        high, high_closed = a.high, a.high_closed
    elif b.high < a.high:
        high, high_closed = b.high, b.high_closed
    else:
        high, high_closed = a.high, a.high_closed and b.high_closed
    if low > high or (low == high and not (low_closed and high_closed)):
        return None
    return Bounds(low, high, low_closed, high_closed)


def hull(a: Bounds, b: Bounds) -> Bounds:
    """The smallest interval holding both."""
    if a.low < b.low:
        low, low_closed = a.low, a.low_closed
    elif b.low < a.low:
        low, low_closed = b.low, b.low_closed
    else:
        low, low_closed = a.low, a.low_closed or b.low_closed
    if a.high > b.high:
        high, high_closed = a.high, a.high_closed
    elif b.high > a.high:
        high, high_closed = b.high, b.high_closed
    else:
        high, high_closed = a.high, a.high_closed or b.high_closed
    return Bounds(low, high, low_closed, high_closed)


def to_interval(b: Bounds, like: NumberInterval | DateInterval) -> NumberInterval | DateInterval:
    """Turn bounds back into the model of ``like`` (same unit, or same granularity)."""
    if isinstance(like, DateInterval):
        return DateInterval(
            low=_from_wall_seconds(b.low) if math.isfinite(b.low) else None,
            high=_from_wall_seconds(b.high) if math.isfinite(b.high) else None,
            granularity=like.granularity,
        )
    return NumberInterval(
        low=b.low if math.isfinite(b.low) else None,
        high=b.high if math.isfinite(b.high) else None,
        low_closed=b.low_closed if math.isfinite(b.low) else False,
        high_closed=b.high_closed if math.isfinite(b.high) else False,
        unit=like.unit,
    )
