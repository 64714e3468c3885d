"""Assertions that the numbers and dates of a text agree with its sources, usable without pytest.

Each helper raises :class:`ClaimAssertionError` (an ``AssertionError``) whose message quotes the
failing claim, its normalised value, the sources' words and values, and the verdict with its
reason. Under pytest, the ``factcheck`` plugin hides these frames so a failure points at your line.

    >>> from factcheck.testing import assert_claim
    >>> assert_claim("At least 73 people were killed.", "killed", ">= 73").text
    'At least 73 people'

The condition language of :func:`assert_claim` (:func:`parse_condition`)::

    condition := OP operand                    ">= 73", "< 1 km", "== 2024-01-03"
               | "between" operand "and" operand   "between 600 and 800 m"
               | "within" date                 "within 2024-01"
               | operand                       "2024-01-03"  (the same as "== 2024-01-03")
    OP        := ">=" | ">" | "<=" | "<" | "==" | "="  (also "≥", "≤")
    operand   := NUMBER [UNIT] | DATE
    NUMBER    := optional sign, digits with optional thousands commas and decimals: 2,300.5
    UNIT      := what the library reads in text: m, km, feet, miles, kg, %, USD, mph...
    DATE      := YYYY | YYYY-MM | YYYY-MM-DD   (a year, a month or a day)

A claim's value is an interval, and a condition holds when the claim *guarantees* it:

- ``>= x``, ``> x``, ``<= x``, ``< x``: every value of the interval satisfies the comparison
  ("more than 100" meets ``> 100`` and ``>= 73``; "about 70" does not meet ``>= 73``).
- ``== x``: the interval is bounded and holds ``x``; a stated figure stands for the interval
  its digits imply, so "around 2,300 feet" (686-716 m) meets ``== 700 m``.
- ``between a and b``: the whole interval lies inside ``[a, b]``; a unit written on one
  bound only applies to both ("between 600 and 800 m").
- A number with a unit is converted to the claim's canonical unit through
  :mod:`factcheck.units` (feet to metres, km/h to m/s, percent stays percent); a number
  without a unit is read in the claim's canonical unit (metres, seconds, kilograms, or the
  bare count). Money compares only within one currency.
- Dates: a bare date or ``== date`` holds when the claim's interval is exactly that year,
  month or day; ``>= d`` when the claim starts on or after the start of ``d``; ``> d`` when it
  starts after ``d`` ends; ``<= d`` when it ends by the end of ``d``; ``< d`` when it ends
  before ``d`` starts; ``between d1 and d2`` and ``within d`` when it lies inside the period.
  A four-digit number against a date claim is a year.

Unreadable conditions raise :class:`~factcheck.errors.InputValueError` naming the column.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from . import units
from .align import group_key, is_loose
from .compare import compare
from .errors import InputTypeError, InputValueError
from .extract import parse_published
from .lexicon.units import PERCENT_WORDS
from .models import Claim, DateInterval, Document, Group, NumberInterval, Report, Verdict
from .report import format_interval
from .verdicts import judge

__all__ = [
    "ClaimAssertionError",
    "Comparison",
    "Condition",
    "Failure",
    "Operand",
    "assert_claim",
    "assert_consistent",
    "assert_supported",
    "parse_condition",
]

TEXT_ID = "text"
"""The id given to the text under test (another id is chosen when a source already has it)."""

Problem = Literal["contradict", "unsupported", "unresolved", "not met"]
"""Why a claim fails: it contradicts a source, no source speaks to it, its value could not be
resolved (a weekday without a publication date), or it does not meet a condition."""


# --------------------------------------------------------------------------------------------
# Failures and their message


@dataclass(frozen=True, slots=True)
class Comparison:
    """One source claim set against the failing claim: its verdict and the reason for it."""

    source: Claim
    verdict: Verdict
    reason: str


@dataclass(frozen=True, slots=True)
class Failure:
    """One failing claim: what is wrong with it, why, and the claims it was compared with."""

    claim: Claim
    problem: Problem
    reason: str
    comparisons: tuple[Comparison, ...] = ()
    group: Group | None = None


class ClaimAssertionError(AssertionError):
    """A claim assertion failed. ``report`` is the comparison it was read from; ``failures``
    lists each failing claim. The message quotes every one of them."""

    def __init__(self, headline: str, report: Report, failures: Sequence[Failure]) -> None:
        self.report = report
        self.failures = tuple(failures)
        self.headline = headline
        super().__init__(_message(headline, self.failures))

    def __reduce__(self) -> tuple[Any, ...]:
        # The default rebuilds from the message alone; this error needs its parts (pickle and
        # copy use it, and so do tools that ship failures between processes).
        return (type(self), (self.headline, self.report, self.failures))


def _value(claim: Claim) -> str:
    shown = format_interval(claim.value)
    return f"{shown} ({claim.note})" if claim.value is None and claim.note else shown


def _describe(claim: Claim) -> str:
    what = ", ".join(x for x in (claim.property or "no property", claim.doc) if x)
    return f'"{claim.text}" ({what}) = {_value(claim)}'


def _message(headline: str, failures: Sequence[Failure]) -> str:
    lines = [headline]
    for f in failures:
        lines.append(f"- {_describe(f.claim)}")
        lines.append(f"  {f.problem}: {f.reason}")
        for c in f.comparisons:
            lines.append(
                f'    {c.source.doc}: "{c.source.text}" = {_value(c.source)} -> {c.verdict}'
            )
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# assert_supported and assert_consistent


def assert_supported(
    text: str | Document,
    sources: Document | str | Iterable[Document | str],
    *,
    allow_unsupported: bool = False,
    published: dt.datetime | dt.date | str | None = None,
) -> Report:
    """Assert that every claim of ``text`` is borne out by ``sources``; return the report.

    ``text`` is a string or a :class:`~factcheck.Document`; ``sources`` one or many Documents
    or strings (strings get the ids ``source1``, ``source2``...). The text and the sources go
    through :func:`factcheck.compare` together; each claim of the text is then judged against
    every source claim about the same thing. It fails when it contradicts a source (overlaps
    nothing that source says about the same thing), or, by default, when no source speaks to it
    or its value cannot be resolved (a weekday in a text with no publication date);
    ``allow_unsupported=True`` lets those two pass. ``published``
    dates the text and the sources given as strings, resolving their relative dates. Figures
    are compared as they stand: a text that raises a toll beyond its sources is not supported
    by them, however much later it was written.

    Raises :class:`ClaimAssertionError` naming each failing claim.
    """
    __tracebackhide__ = True
    if not isinstance(allow_unsupported, bool):
        raise InputTypeError(
            f"allow_unsupported must be True or False, got {type(allow_unsupported).__name__}"
        )
    when = parse_published(published) if published is not None else None
    source_docs = _source_documents(sources, when)
    text_doc = _text_document(text, when, {d.id for d in source_docs})
    report = compare([text_doc, *source_docs])
    blocks = _blocks(report)
    order = _order(report)
    mine = sorted(
        ((c, g) for g in report.groups for c in g.claims if c.doc == text_doc.id),
        key=lambda cg: (cg[0].start, cg[0].end),
    )
    failures = [
        failure
        for claim, group in mine
        for failure in _check_supported(claim, group, blocks, order, allow_unsupported)
    ]
    if failures:
        n = len(mine)
        raise ClaimAssertionError(
            f"{len(failures)} of {n} claims of the text {_are(len(failures))} not supported by "
            f"{_sources_phrase(source_docs)}:",
            report,
            failures,
        )
    return report


def assert_consistent(*documents: Document | str | Report | Iterable[Document | str]) -> Report:
    """Assert that no claims of ``documents`` contradict each other; return the report.

    Pass Documents or strings (``assert_consistent(a, b, c)``), one iterable of them, or a
    :class:`~factcheck.Report` already computed. Raises :class:`ClaimAssertionError` naming
    every contradicting group: each source's words and value, and the reason.
    """
    __tracebackhide__ = True
    if len(documents) == 1 and isinstance(documents[0], Report):
        report = documents[0]
    else:
        items: Sequence[Any] = documents
        if len(documents) == 1 and not isinstance(documents[0], (str, Document)):
            items = _as_list(documents[0], "assert_consistent()")
        for item in items:
            if not isinstance(item, (str, Document)):
                raise InputTypeError(
                    "assert_consistent() expects Documents, strings or one Report, "
                    f"got {type(item).__name__}"
                )
        report = compare(items)
    failures = [_contradiction(group, _order(report)) for group in report.contradictions]
    if failures:
        raise ClaimAssertionError(
            f"{len(failures)} {'group' if len(failures) == 1 else 'groups'} of claims "
            "contradict each other:",
            report,
            failures,
        )
    return report


def _are(n: int) -> str:
    return "is" if n == 1 else "are"


def _sources_phrase(docs: Sequence[Document]) -> str:
    ids = ", ".join(d.id for d in docs)
    return f"the source {ids}" if len(docs) == 1 else f"the sources ({ids})"


def _as_list(value: Any, where: str) -> list[Any]:
    if isinstance(value, (str, Document)):
        return [value]
    if not isinstance(value, Iterable):
        raise InputTypeError(
            f"{where} expects a Document, a str or an iterable of them, got {type(value).__name__}"
        )
    return list(value)


def _source_documents(sources: Any, when: dt.datetime | None) -> list[Document]:
    docs = []
    for i, item in enumerate(_as_list(sources, "assert_supported() sources"), 1):
        if isinstance(item, Document):
            docs.append(item)
        elif isinstance(item, str):
            docs.append(Document(id=f"source{i}", text=item, published=when))
        else:
            raise InputTypeError(
                f"assert_supported() sources must be Documents or strings, "
                f"got {type(item).__name__} at position {i}"
            )
    if not docs:
        raise InputValueError("assert_supported() needs at least one source")
    return docs


def _text_document(text: Any, when: dt.datetime | None, taken: set[str]) -> Document:
    if isinstance(text, Document):
        if when is not None:
            return text.model_copy(update={"published": when})
        return text
    if not isinstance(text, str):
        raise InputTypeError(
            f"assert_supported() expects the text as a str or a Document, got {type(text).__name__}"
        )
    # Sources are the user's; the text takes whichever id they left free.
    doc_id, n = TEXT_ID, 1
    while doc_id in taken:
        n += 1
        doc_id = f"{TEXT_ID}{n}"
    return Document(id=doc_id, text=text, published=when)


def _pair(a: Claim, b: Claim) -> Comparison:
    # The group's verdict covers the sources among themselves too; a text is judged only by
    # how it stands against each source claim, so judge the pair alone. No publication dates:
    # a text that raises a toll beyond its sources is news, not something they support.
    group = judge([a, b], {})
    return Comparison(b, group.verdict, group.reason)


def _order(report: Report) -> dict[str, int]:
    """Each document's position: messages list sources in the order the caller gave them."""
    return {d.id: i for i, d in enumerate(report.documents)}


def _in_order(claims: Iterable[Claim], order: Mapping[str, int]) -> list[Claim]:
    return sorted(claims, key=lambda c: (order.get(c.doc, len(order)), c.start, c.end))


def _blocks(report: Report) -> dict[Hashable, list[Claim]]:
    """Claims by alignment key. compare() may split one key into several groups (a report
    naming two values lands in two clusters); a text is checked against the whole key."""
    blocks: dict[Hashable, list[Claim]] = {}
    for group in report.groups:
        for claim in group.claims:
            key = group_key(claim)
            if key is not None:
                blocks.setdefault(key, []).append(claim)
    return blocks


def _check_supported(
    claim: Claim,
    group: Group,
    blocks: Mapping[Hashable, list[Claim]],
    order: Mapping[str, int],
    allow_unsupported: bool,
) -> list[Failure]:
    key = group_key(claim)
    same = blocks.get(key, []) if key is not None else group.claims
    others = _in_order((c for c in same if c.doc != claim.doc), order)
    if claim.value is None:
        if allow_unsupported:
            return []
        why = claim.note or "the value could not be resolved"
        return [Failure(claim, "unresolved", f"{why}; it cannot be checked", (), group)]
    if not others:
        if allow_unsupported:
            return []
        if claim.property is None:
            reason = "no source speaks to it (what it measures could not be read)"
        else:
            reason = f"no source states {claim.property}"
            if claim.subject:
                reason += f" of {claim.subject}"
            if claim.role != "event":
                reason += f" ({claim.role})"
        return [Failure(claim, "unsupported", reason, (), group)]
    comparisons = tuple(_pair(claim, other) for other in others)
    # As compare() judges documents: a source contradicts the claim only when nothing it says
    # about the same thing overlaps it. A report that names two days for one event is
    # ambiguous (or misread), and that is no ground for failing someone's test.
    by_doc: dict[str, list[Comparison]] = {}
    for c in comparisons:
        by_doc.setdefault(c.source.doc, []).append(c)
    against = [cs for cs in by_doc.values() if all(c.verdict == "contradict" for c in cs)]
    if not against:
        return []
    if is_loose(key):
        # Claims that share only a counted noun ("212 survivors") may agree but never
        # contradict (factcheck.align): without a match, the claim is merely unsupported.
        if allow_unsupported:
            return []
        reason = f"no source states a figure of {claim.subject} that overlaps it"
        return [Failure(claim, "unsupported", reason, comparisons, group)]
    return [Failure(claim, "contradict", against[0][0].reason, comparisons, group)]


def _contradiction(group: Group, order: Mapping[str, int]) -> Failure:
    first, *rest = _in_order(group.claims, order)
    comparisons = tuple(_pair(first, c) for c in rest if c.doc != first.doc)
    return Failure(first, "contradict", group.reason, comparisons, group)


# --------------------------------------------------------------------------------------------
# assert_claim and its condition language


def assert_claim(
    text: str | Document,
    property: str,
    condition: str,
    *,
    published: dt.datetime | dt.date | str | None = None,
) -> Claim:
    """Assert that a claim of ``text`` about ``property`` meets ``condition``; return it.

    ``property`` is canonical (``killed``, ``injured``, ``distance``, ``event_date``...);
    ``condition`` is written in the language of this module's docstring (``">= 73"``,
    ``"between 600 and 800 m"``, ``"2024-01-03"``). ``published`` dates the text, so that
    "Wednesday" resolves. One claim meeting the condition is enough. Raises
    :class:`ClaimAssertionError` listing the claims of that property and why each falls short
    (or every property found, when none matches), and
    :class:`~factcheck.errors.InputValueError` for a condition it cannot read.
    """
    __tracebackhide__ = True
    if not isinstance(property, str):
        raise InputTypeError(
            f"assert_claim() property must be a str, got {type(property).__name__}"
        )
    parsed = parse_condition(condition)
    when = parse_published(published) if published is not None else None
    doc = _text_document(text, when, set())
    report = compare([doc])
    claims = sorted((c for g in report.groups for c in g.claims), key=lambda c: (c.start, c.end))
    candidates = [c for c in claims if c.property == property]
    failures = []
    for claim in candidates:
        ok, reason = parsed.check(claim)
        if ok:
            return claim
        failures.append(Failure(claim, "not met", reason))
    if failures:
        headline = f"no claim about {property} meets {parsed.text!r}:"
    else:
        found = ", ".join(f'{c.property or "no property"} ("{c.text}")' for c in claims)
        headline = (
            f"no claim of the text is about {property}; "
            f"{'it has ' + found if found else 'it has no claims at all'}"
        )
    raise ClaimAssertionError(headline, report, failures)


@dataclass(frozen=True, slots=True)
class Operand:
    """A number (with its unit) or a calendar period, as read from a condition.

    ``value`` is the number in ``unit`` (a canonical unit, or None when none was written);
    ``period`` is ``[start, end)`` for a date such as ``2024-01``. A four-digit year carries
    both readings; the claim it is checked against decides.
    """

    text: str
    value: float | None
    unit: str | None
    period: tuple[dt.datetime, dt.datetime] | None


Op = Literal["==", ">=", ">", "<=", "<", "between"]


@dataclass(frozen=True, slots=True)
class Condition:
    """A parsed condition: an operator and its operands. ``check(claim)`` applies it."""

    text: str
    op: Op
    operands: tuple[Operand, ...]

    def check(self, claim: Claim) -> tuple[bool, str]:
        """Whether ``claim`` meets the condition, and a sentence that says why (or why not)."""
        value = claim.value
        if value is None:
            return False, f"its value is unresolved ({claim.note or 'no value'})"
        if isinstance(value, DateInterval):
            return self._check_date(value)
        return self._check_number(value)

    def _check_date(self, value: DateInterval) -> tuple[bool, str]:
        periods = []
        for operand in self.operands:
            if operand.period is None:
                return False, (
                    f"it is a date ({format_interval(value)}); {operand.text!r} is not a date"
                )
            periods.append(operand.period)
        low, high = (_naive(b) for b in value.bounds())
        first, last = periods[0], periods[-1]
        holds: bool
        if self.op == "==":
            holds = low == first[0] and high == first[1]
        elif self.op == ">=":
            holds = low is not None and low >= first[0]
        elif self.op == ">":
            holds = low is not None and low >= first[1]
        elif self.op == "<=":
            holds = high is not None and high <= first[1]
        elif self.op == "<":
            holds = high is not None and high <= first[0]
        else:
            holds = low is not None and high is not None and first[0] <= low and high <= last[1]
        shown = f"{format_interval(value)} ({value.granularity})"
        return holds, f"{shown} {'meets' if holds else 'does not meet'} {self.text!r}"

    def _check_number(self, value: NumberInterval) -> tuple[bool, str]:
        xs = []
        for operand in self.operands:
            if operand.value is None:
                return False, (
                    f"it is a number ({format_interval(value)}); {operand.text!r} is a date"
                )
            if operand.unit is not None and operand.unit != value.unit:
                return False, (
                    f"its value {format_interval(value)} is in {value.unit or 'no unit'}, "
                    f"{operand.text!r} in {operand.unit}"
                )
            xs.append(operand.value)
        low = value.low if value.low is not None else -math.inf
        high = value.high if value.high is not None else math.inf
        low_closed = value.low_closed and value.low is not None
        high_closed = value.high_closed and value.high is not None
        x = xs[0]
        holds: bool
        if self.op == "==":
            holds = (
                math.isfinite(low)
                and math.isfinite(high)
                and (_ge(x, low) if low_closed else x > low and not _eq(x, low))
                and (_le(x, high) if high_closed else x < high and not _eq(x, high))
            )
        elif self.op == ">=":
            holds = _ge(low, x)
        elif self.op == ">":
            holds = (low > x and not _eq(low, x)) or (_eq(low, x) and not low_closed)
        elif self.op == "<=":
            holds = _le(high, x)
        elif self.op == "<":
            holds = (high < x and not _eq(high, x)) or (_eq(high, x) and not high_closed)
        else:
            holds = _ge(low, x) and _le(high, xs[-1])
        verb = "meets" if holds else "does not meet"
        return holds, f"{format_interval(value)} {verb} {self.text!r}"


def _eq(a: float, b: float) -> bool:
    # Unit conversion leaves float noise (0.3048 * 2300): bounds this close are the same bound.
    return a == b or math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _ge(a: float, b: float) -> bool:
    return a >= b or _eq(a, b)


def _le(a: float, b: float) -> bool:
    return a <= b or _eq(a, b)


def _naive(moment: dt.datetime | None) -> dt.datetime | None:
    # Wall-clock time, as factcheck.intervals compares dates: "Jan. 3" is the same day anywhere.
    return moment.replace(tzinfo=None) if moment is not None else None


_OPS: tuple[tuple[str, Op], ...] = (
    (">=", ">="),
    ("≥", ">="),
    ("<=", "<="),
    ("≤", "<="),
    ("==", "=="),
    (">", ">"),
    ("<", "<"),
    ("=", "=="),
)
_SPACE = re.compile(r"\s*")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d.,-])")
_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,])|[+-]?\.\d+(?![\d,])")
_KEYWORD = re.compile(r"(between|and|within)\b", re.IGNORECASE)
_UNIT = re.compile(r"[^\s\d][^\s]*(?:\s+[^\s\d][^\s]*)*?(?=\s+and\b|\s*$)", re.IGNORECASE)


class _Reader:
    """A cursor over the condition; every error it raises names the column."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def skip(self) -> None:
        m = _SPACE.match(self.text, self.pos)
        self.pos = m.end() if m else self.pos

    def at_end(self) -> bool:
        self.skip()
        return self.pos >= len(self.text)

    def fail(self, expected: str) -> InputValueError:
        found = self.text[self.pos :]
        seen = f"found {found!r}" if found else "the condition ended"
        return InputValueError(
            f"cannot read the condition {self.text!r}: expected {expected} at column "
            f"{self.pos + 1}, {seen}. Conditions look like '>= 73', 'between 600 and 800 m' "
            "or '2024-01-03' (see factcheck.testing)"
        )

    def keyword(self, word: str) -> bool:
        self.skip()
        m = _KEYWORD.match(self.text, self.pos)
        if m and m.group(1).lower() == word:
            self.pos = m.end()
            return True
        return False

    def op(self) -> Op | None:
        self.skip()
        for sign, op in _OPS:
            if self.text.startswith(sign, self.pos):
                self.pos += len(sign)
                return op
        return None

    def operand(self, *, before_and: bool = False) -> tuple[Operand, str | None]:
        """An operand, and the unit as written after it (None when there is none).

        ``before_and``: the lower bound of ``between``, where "and" ends the operand.
        """
        self.skip()
        start = self.pos
        period = None
        m = _DATE.match(self.text, self.pos)
        if m and (m.group(2) or self._ends_operand(m.end())):
            period = _period(self, m)
            if m.group(2):
                self.pos = m.end()
                return Operand(m.group(0), None, None, period), None
        n = _NUMBER.match(self.text, self.pos)
        if n is None:
            raise self.fail("a number or a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        self.pos = n.end()
        number = float(n.group(0).replace(",", ""))
        if self.at_end() or (before_and and _KEYWORD.match(self.text, self.pos)):
            return Operand(n.group(0), number, None, period), None
        u = _UNIT.match(self.text, self.pos)
        if u is None:
            raise self.fail("a unit, 'and', or the end of the condition")
        converted = _convert(number, u.group(0))
        if converted is None:
            raise self.fail("a unit factcheck knows (m, km, feet, miles, kg, %, USD...)")
        self.pos = u.end()
        value, unit = converted
        return Operand(self.text[start : self.pos], value, unit, None), u.group(0)

    def _ends_operand(self, end: int) -> bool:
        rest = self.text[end:].strip()
        return rest == "" or rest.lower().startswith("and")


def _period(reader: _Reader, m: re.Match[str]) -> tuple[dt.datetime, dt.datetime]:
    year = int(m.group(1))
    try:
        if m.group(3):
            start = dt.datetime(year, int(m.group(2)), int(m.group(3)))
            return start, start + dt.timedelta(days=1)
        if m.group(2):
            month = int(m.group(2))
            start = dt.datetime(year, month, 1)
            end = dt.datetime(year + month // 12, month % 12 + 1, 1)
            return start, end
        return dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)
    except ValueError:
        reader.pos = m.start()
        raise reader.fail(f"a real calendar date, not {m.group(0)!r}") from None


def _convert(number: float, unit_text: str) -> tuple[float, str] | None:
    """``number unit_text`` in canonical units, through factcheck.units; None if unknown."""
    surface = unit_text.strip()
    name = (
        PERCENT_WORDS.get(surface.lower())
        or units.lookup_symbol(surface)
        or units.lookup_word(surface)
        or units.currency_code(surface)
        or units.currency_word(surface)
    )
    if name is None:
        return None
    converted = units.convert_interval(number, number, name)
    if converted is None:
        return None
    low, _high, canonical, _dimension = converted
    assert low is not None  # a finite number converts to a finite number
    return low, canonical


def parse_condition(text: str) -> Condition:
    """Read a condition of the language in this module's docstring.

    >>> parse_condition("between 600 and 800 m").operands[1].unit
    'meter'
    >>> parse_condition(">= 2,300 feet").operands[0].value
    701.04
    >>> parse_condition(">= lots")
    Traceback (most recent call last):
    ...
    factcheck.errors.InputValueError: cannot read the condition '>= lots': expected a number \
or a date (YYYY, YYYY-MM or YYYY-MM-DD) at column 4, found 'lots'. Conditions look like \
'>= 73', 'between 600 and 800 m' or '2024-01-03' (see factcheck.testing)
    """
    if not isinstance(text, str):
        raise InputTypeError(f"a condition must be a str, got {type(text).__name__}")
    reader = _Reader(text)
    if reader.at_end():
        raise reader.fail("a condition")
    op: Op
    operands: tuple[Operand, ...]
    if reader.keyword("between"):
        low, low_unit = reader.operand(before_and=True)
        if not reader.keyword("and"):
            raise reader.fail("'and' after the lower bound")
        high, high_unit = reader.operand()
        low, high = _share_unit(reader, low, high, low_unit, high_unit)
        op, operands = "between", (low, high)
    elif reader.keyword("within"):
        period, _ = reader.operand()
        if period.period is None:
            reader.pos = text.index(period.text)
            raise reader.fail("a date after 'within'")
        op, operands = "between", (period, period)
    else:
        op = reader.op() or "=="
        operand, _ = reader.operand()
        operands = (operand,)
    if not reader.at_end():
        raise reader.fail("the end of the condition")
    return Condition(text.strip(), op, operands)


def _share_unit(
    reader: _Reader, low: Operand, high: Operand, low_unit: str | None, high_unit: str | None
) -> tuple[Operand, Operand]:
    """``between 600 and 800 m``: a unit written on one bound only applies to both."""
    numbers = low.value is not None and high.value is not None
    dates = low.period is not None and high.period is not None
    if not (numbers or dates):
        reader.pos = reader.text.rindex(high.text)
        raise reader.fail("two numbers or two dates, not one of each")
    if high_unit is not None and low_unit is None and low.value is not None:
        low = _with_unit(reader, low, high_unit)
    elif low_unit is not None and high_unit is None and high.value is not None:
        high = _with_unit(reader, high, low_unit)
    return low, high


def _with_unit(reader: _Reader, operand: Operand, unit_text: str) -> Operand:
    assert operand.value is not None  # only numbers take a unit
    converted = _convert(operand.value, unit_text)
    if converted is None:  # pragma: no cover - the unit converted the other bound already
        raise reader.fail(f"a unit that fits {operand.text!r}")
    return Operand(f"{operand.text} {unit_text}", converted[0], converted[1], None)
