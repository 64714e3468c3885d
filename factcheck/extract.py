"""extract(): text or Document in, claims out.

It runs the two recognisers (numbers, calendar), lets dates win where they overlap a number
("January 2020" is a month, not the figure 2020), reads each mention's property from its
clause, and builds the :class:`~factcheck.models.Claim` models.
"""

from __future__ import annotations

import bisect
import datetime as dt
import importlib
from collections.abc import Mapping, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from .errors import InputTypeError
from .lexicon.quantities import VAGUE_AMOUNTS
from .models import (
    Claim,
    DateInterval,
    Document,
    NumberInterval,
    Stated,
    parse_published,
    trusted,
    trusted_maker,
)

if TYPE_CHECKING:
    from . import dates, properties, quantities
    from .mentions import DateMention, NumberMention

# The recognisers (dates, quantities) and the property reader (properties) are imported when
# extract() or compare() first runs them, not with factcheck. Their tables (some 170 regular
# expressions and word lists) take about 70 ms to build, and many imports of factcheck never
# extract a claim: the pytest plugin loads with every test run, the CLI answers --help, a
# script only reads a Report's JSON. benchmarks/speed.py shows the import and the first call.


class _StageOnFirstUse:
    """Stands for a stage module until its first attribute is read, then gives way to it.

    The first read imports the module (under the import lock, so threads that race here get
    the one finished module) and binds it in this module's namespace in the stand-in's place:
    later calls find the module itself, at no cost. An import inside each function would do
    the same but pay some 0.4 to 2 us a call, several times for every text.
    """

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        module = importlib.import_module(f"{__package__}.{self._name}")
        globals()[self._name] = module
        return getattr(module, attribute)


if not TYPE_CHECKING:
    dates = _StageOnFirstUse("dates")
    properties = _StageOnFirstUse("properties")
    quantities = _StageOnFirstUse("quantities")

__all__ = ["extract", "parse_published"]  # parse_published lives in models; re-exported

DEFAULT_DOC_ID = "text"
"""The ``doc`` of claims extracted from a plain string."""


def extract(
    text_or_document: str | Document, *, published: dt.datetime | dt.date | str | None = None
) -> tuple[Claim, ...]:
    """Extract the quantitative and temporal claims of one text, in reading order.

    ``published`` resolves relative dates ("Wednesday", "four years ago"); it overrides the
    document's own. Without any, those dates stay unresolved and their ``note`` says so.

    >>> [c.text for c in extract("At least 73 people were killed on Wednesday.",
    ...                          published="2024-01-03")]
    ['At least 73 people', 'Wednesday']
    """
    document = as_document(text_or_document, published=published)
    date_mentions, number_mentions = find_mentions(document)
    resolved = dates.resolve_anniversaries({document.id: date_mentions})[document.id]
    return build_claims(document, resolved, number_mentions)


def as_document(
    text_or_document: Any, *, published: Any = None, default_id: str = DEFAULT_DOC_ID
) -> Document:
    """Accept a str or a Document (or a mapping with its fields); raise our error otherwise."""
    if type(text_or_document) is str:
        # A plain string (nearly every call): the model is valid as it stands, so it is built
        # without validation, with its date, where validating it and then copying it to add
        # the date took two to three times as long (some 5 us of a short paragraph's 500).
        # tests/test_extract_documents.py checks it is the model the general path makes.
        values: dict[str, Any] = {"id": default_id, "text": text_or_document}
        if published is not None:
            values["published"] = parse_published(published)
        return trusted(Document, values)
    if isinstance(text_or_document, Document):
        document = text_or_document
    elif isinstance(text_or_document, str):
        document = Document(id=default_id, text=text_or_document)
    elif isinstance(text_or_document, Mapping):
        document = Document(**dict(text_or_document))
    else:
        raise InputTypeError(
            f"expected a str or a factcheck.Document, got {type(text_or_document).__name__}"
        )
    if published is not None:
        document = document.model_copy(update={"published": parse_published(published)})
    return document


def find_mentions(document: Document) -> tuple[list[DateMention], list[NumberMention]]:
    """Both recognisers' mentions of one document, with overlaps settled (see ``_settle``)."""
    date_mentions = dates.find_dates(document.text, document.published)
    number_mentions = quantities.find_quantities(document.text)
    return _settle(document.text, date_mentions, number_mentions)


def _settle(
    text: str, date_mentions: list[DateMention], numbers: list[NumberMention]
) -> tuple[list[DateMention], list[NumberMention]]:
    """Where a date and a figure overlap, keep one.

    The date wins ("January 2020" is a month, not the figure 2020), except over a bare
    four-digit "year" that a measured figure or a range reads as a number: in "between 100
    and 1000 grams" and "between 1990 and 2000 people died", 1000 and 2000 are amounts.
    Both lists are sorted by start, so one merge-like sweep keeps this linear.
    """
    kept: list[NumberMention] = []
    dropped_dates: set[int] = set()
    j = 0
    for n in numbers:
        while j < len(date_mentions) and date_mentions[j].end <= n.start:
            j += 1
        k = j
        overlapping: list[int] = []
        while k < len(date_mentions) and date_mentions[k].start < n.end:
            if date_mentions[k].end > n.start:
                overlapping.append(k)
            k += 1
        if not overlapping:
            kept.append(n)
        elif _figure_beats_dates(text, n, [date_mentions[i] for i in overlapping]):
            kept.append(n)
            dropped_dates.update(overlapping)
    if not dropped_dates:
        return date_mentions, kept
    return [d for i, d in enumerate(date_mentions) if i not in dropped_dates], kept


def _figure_beats_dates(text: str, figure: NumberMention, overlapping: list[DateMention]) -> bool:
    measured = figure.kind in ("quantity", "duration") and figure.unit is not None
    if not (measured or figure.qualifier == "range"):
        return False
    return all(
        text[d.start : d.end].isdigit() and figure.start <= d.start and d.end <= figure.end
        for d in overlapping
    )


def _is_vague(text: str, mention: NumberMention) -> bool:
    if text[mention.core_start : mention.core_start + 1].isdigit():
        return False  # every vague amount is words: most figures open with a digit
    core = " ".join(text[mention.core_start : mention.core_end].lower().split())
    return core in VAGUE_AMOUNTS or core.removesuffix(" of") in VAGUE_AMOUNTS


def _spans_in_sentence(
    spans: tuple[tuple[int, int], ...], starts: list[int], sentence: tuple[int, int]
) -> tuple[tuple[int, int], ...]:
    """The background spans inside a figure's sentence, the only ones its reading looks at.

    Passing every span of the document made each figure scan all of them: quadratic in the
    length of a long text with many past-event dates.
    """
    s, e = sentence
    return spans[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]


# Every one is given all its model's fields, in their declared order, with no extra fields and
# its class's shared fields set: ``_claim((values, None, _CLAIM))``. The recognisers' records
# are valid as they are (offsets into the text, ordered intervals, floats): validating them
# again was a sixth of reading the claims. tests/test_trusted.py checks that these are the
# models validation makes.
_claim, _CLAIM = trusted_maker(Claim)
_date_interval, _DATE_INTERVAL = trusted_maker(DateInterval)
_number_interval, _NUMBER_INTERVAL = trusted_maker(NumberInterval)
_stated, _STATED = trusted_maker(Stated)


def build_claims(
    document: Document,
    date_mentions: Sequence[DateMention],
    number_mentions: Sequence[NumberMention],
) -> tuple[Claim, ...]:
    """Claims of one document from its (already resolved) mentions, in reading order."""
    read_date, read_number, figure_places = (
        properties.read_date,
        properties.read_number,
        properties.figure_places,
    )
    text = document.text
    background = tuple((m.start, m.end) for m in date_mentions if m.role == "background")
    starts = [b[0] for b in background]
    claims: list[Claim] = []

    doc = document.id

    # Each loop writes its claims' fields out in Claim's order, where a shared helper cost a
    # Python call per claim (some 1,100 of a claim's 25,000 instructions): keep the two dicts'
    # keys alike.
    for d in date_mentions:
        when = (
            _date_interval(
                ({"low": d.low, "high": d.high, "granularity": d.granularity}, None, _DATE_INTERVAL)
            )
            if d.low is not None or d.high is not None
            else None
        )
        reading = read_date(d, text)
        claims.append(
            _claim(
                (
                    {
                        "doc": doc,
                        "kind": d.kind,
                        "text": text[d.start : d.end],
                        "start": d.start,
                        "end": d.end,
                        "property": reading.property,
                        "subject": reading.subject,
                        "qualifier": d.qualifier,
                        "direction": None,
                        "stated": None,
                        "value": when,
                        "entity": reading.entity,
                        "role": reading.role,
                        "vague": False,
                        "note": d.note,
                    },
                    None,
                    _CLAIM,
                )
            )
        )
    for n, place in zip(number_mentions, figure_places(text, number_mentions), strict=True):
        near = _spans_in_sentence(background, starts, (place.s, place.e))
        amount = _number_interval(
            (
                {
                    "low": n.low,
                    "high": n.high,
                    "low_closed": n.low_closed if n.low is not None else False,
                    "high_closed": n.high_closed if n.high is not None else False,
                    "unit": n.unit,
                },
                None,
                _NUMBER_INTERVAL,
            )
        )
        stated = _stated(
            ({"low": n.stated_low, "high": n.stated_high, "unit": n.stated_unit}, None, _STATED)
        )
        reading = read_number(text, n, near, place=place)
        claims.append(
            _claim(
                (
                    {
                        "doc": doc,
                        "kind": n.kind,
                        "text": text[n.start : n.end],
                        "start": n.start,
                        "end": n.end,
                        "property": reading.property,
                        "subject": reading.subject,
                        "qualifier": n.qualifier,
                        "direction": n.direction,
                        "stated": stated,
                        "value": amount,
                        "entity": reading.entity,
                        "role": reading.role,
                        "vague": _is_vague(text, n),
                        "note": None,
                    },
                    None,
                    _CLAIM,
                )
            )
        )
    claims.sort(key=attrgetter("start", "end"))
    return tuple(claims)
