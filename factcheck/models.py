"""The frozen pydantic models that carry documents, claims, groups and reports.

They are the JSON contract of DESIGN.md: ``model_dump(mode="json")`` writes it and
``model_validate`` reads it back without loss.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from functools import cache, partial
from typing import Annotated, Any, Literal, NoReturn, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import SchemaValidator, core_schema

from .errors import InputTypeError, InputValueError, PublishedDateError

__all__ = [
    "Claim",
    "DateInterval",
    "Document",
    "Granularity",
    "Group",
    "Interval",
    "Kind",
    "NumberInterval",
    "Qualifier",
    "Report",
    "Stated",
    "Verdict",
]

Qualifier = Literal[
    "exact", "approximately", "more_than", "at_least", "less_than", "at_most", "range"
]
"""How the words bound a figure: ``more than 100`` is ``more_than``, ``40-50`` is ``range``."""

Kind = Literal["count", "quantity", "date", "time", "duration"]
"""``count``: people, blasts, homes; ``quantity``: a physical unit, money or percent;
``date``: a calendar interval; ``time``: a time of day; ``duration``: a length of time."""

Granularity = Literal[
    "time", "day", "week", "month", "quarter", "season", "year", "decade", "century"
]

Verdict = Literal["agree", "compatible", "contradict", "single_source"]

Role = Literal["event", "subset", "background", "future"]
"""What a claim is about: the report's own ``event``; a ``subset`` of a total ("three policemen
among the dead"); a ``background`` fact (another event, a past date); a ``future`` plan."""

_FROZEN = ConfigDict(frozen=True, extra="forbid", defer_build=True)
"""Frozen and strict about extra fields. Schemas are built on first use, not at import: that
halves the cost of ``import factcheck`` for a command line that may never build a claim."""


class Stated(BaseModel):
    """A figure as written: ``around 2,300 feet`` is ``{low: 2300, high: 2300, unit: "foot"}``.

    ``unit`` is a pint unit name, a currency code, ``percent``, or for counts the counted noun.
    """

    model_config = _FROZEN

    low: float | None
    high: float | None
    unit: str | None = None


class NumberInterval(BaseModel):
    """A normalised numeric interval in canonical (SI) units; a ``None`` bound is unbounded."""

    model_config = _FROZEN

    low: float | None
    high: float | None
    low_closed: bool = True
    high_closed: bool = True
    unit: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> NumberInterval:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"interval low {self.low} is above high {self.high}")
        return self

    def contains(self, x: float) -> bool:
        """True when ``x`` lies inside the interval, honouring open bounds."""
        if self.low is not None and (x < self.low or (x == self.low and not self.low_closed)):
            return False
        return not (
            self.high is not None and (x > self.high or (x == self.high and not self.high_closed))
        )


class DateInterval(BaseModel):
    """A half-open calendar interval ``[low, high)`` of ISO 8601 strings, with its granularity.

    A ``None`` bound is open: ``since 2015`` has no ``high``.
    """

    model_config = _FROZEN

    low: str | None
    high: str | None
    granularity: Granularity

    def bounds(self) -> tuple[dt.datetime | None, dt.datetime | None]:
        """The bounds as datetimes (naive ones stay naive)."""
        return (
            dt.datetime.fromisoformat(self.low) if self.low else None,
            dt.datetime.fromisoformat(self.high) if self.high else None,
        )


def _interval_tag(value: Any) -> str:
    if isinstance(value, DateInterval):
        return "date"
    if isinstance(value, Mapping) and "granularity" in value:
        return "date"
    return "number"


Interval = Annotated[
    Annotated[NumberInterval, Tag("number")] | Annotated[DateInterval, Tag("date")],
    Discriminator(_interval_tag),
]
"""Either interval; JSON tells them apart by the ``granularity`` field of dates."""


class Claim(BaseModel):
    """One quantitative or temporal claim of a document, pointing at its exact words.

    ``document.text[start:end] == text`` always holds.
    """

    model_config = _FROZEN

    doc: str
    kind: Kind
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    property: str | None = None
    subject: str | None = None
    qualifier: Qualifier = "exact"
    direction: Literal["increase", "decrease"] | None = None
    stated: Stated | None = None
    value: Interval | None = None
    entity: str | None = None
    """What distinguishes this claim's thing from others of its kind ("first", "second")."""
    role: Role = "event"
    vague: bool = False
    """True for a vague amount ("dozens", "hundreds"): a wide range that never narrows a
    consensus that precise figures give."""
    note: str | None = None
    """Why the value is missing or uncertain, in words (an unresolved relative date, say)."""

    @model_validator(mode="after")
    def _span(self) -> Claim:
        if self.end < self.start:
            raise ValueError(f"claim end {self.end} is before its start {self.start}")
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"claim text {self.text!r} has length {len(self.text)}, "
                f"but its span [{self.start}, {self.end}) has length {self.end - self.start}"
            )
        return self


class Document(BaseModel):
    """One report: its ``id``, ``text``, and optionally when and where it was published.

    ``published`` accepts a datetime, a date or an ISO 8601 string. Relative dates in the text
    ("Wednesday", "four years ago") are resolved against it; without it they stay unresolved.
    """

    model_config = _FROZEN

    id: str
    text: str
    published: dt.datetime | None = None
    source: str | None = None
    url: str | None = None

    def __init__(self, /, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise _friendly_error("Document", exc) from exc

    @field_validator("id", "text", mode="before")
    @classmethod
    def _strict_str(cls, v: Any) -> Any:
        if not isinstance(v, str):
            raise InputTypeError(f"Document id and text must be str, got {type(v).__name__}")
        return v

    @field_validator("published", mode="before")
    @classmethod
    def _published(cls, v: Any) -> Any:
        return None if v is None else parse_published(v)


class Group(BaseModel):
    """Claims of one or more documents that measure the same thing, with the verdict on them."""

    model_config = _FROZEN

    verdict: Verdict
    property: str | None
    subject: str | None
    claims: tuple[Claim, ...]
    consensus: Interval | None = None
    """What all claims allow together (their intersection), or None when they do not overlap."""
    spread: Interval | None = None
    """The hull of the claims' intervals: everything some source allows."""
    reason: str = ""
    """One line a person can read: why this verdict."""
    revision: bool = False
    """True when a later report raised an earlier figure (a toll revised upward)."""
    outliers: tuple[str, ...] = ()
    """Ids of documents whose figure disagrees with several agreeing sources."""


class Report(BaseModel):
    """The result of :func:`factcheck.compare`: the documents and the groups of their claims."""

    model_config = _FROZEN

    documents: tuple[Document, ...]
    groups: tuple[Group, ...]

    @model_validator(mode="after")
    def _claims_point_into_documents(self) -> Report:
        texts = {d.id: d.text for d in self.documents}
        for group in self.groups:
            for claim in group.claims:
                text = texts.get(claim.doc)
                if text is None:
                    raise ValueError(f"claim {claim.text!r} names unknown document {claim.doc!r}")
                if text[claim.start : claim.end] != claim.text:
                    raise ValueError(
                        f"claim {claim.text!r} does not match document {claim.doc!r} "
                        f"at [{claim.start}, {claim.end})"
                    )
        return self

    @property
    def contradictions(self) -> tuple[Group, ...]:
        """The groups whose verdict is ``contradict``."""
        return tuple(g for g in self.groups if g.verdict == "contradict")


_Model = TypeVar("_Model", bound=BaseModel)


def trusted(cls: type[_Model], values: dict[str, Any]) -> _Model:
    """The model ``cls.model_validate(values)`` returns, built without validating ``values``:
    for data our own code makes, already of each field's exact type and valid (extract's
    claims: ``tests/test_trusted.py`` checks they are the validated ones). Nested models must
    be models already; omitted fields take their defaults. ``values`` naming every field, in
    their declared order, becomes the model's own dict (the caller lets go of it): merging the
    defaults into a complete dict was a fifth of the call.

    Validation was a sixth of reading claims, and ``model_construct``, which resolves aliases
    and defaults field by field in Python, costs more than validating.
    """
    names, defaults = _fields(cls)
    if len(values) < len(defaults):
        return _build(cls, set(values), {**defaults, **values})  # fields in declared order
    return _build(cls, names, values)  # the fields set shared: see _FieldNames


def trusted_complete(cls: type[_Model]) -> Callable[[dict[str, Any]], _Model]:
    """``trusted`` bound to ``cls``, for values that name every field of it in their declared
    order: the fields are looked up and counted once. A partial of :func:`_build` is called in
    C, into one Python frame, as ``trusted`` is. (extract's claims are built with
    :func:`trusted_maker`, which spares that frame too.)"""
    return partial(_build, cls, _fields(cls)[0])


_Parts = tuple[dict[str, Any], None, set[str]]
"""What :func:`trusted_maker`'s makers take: a model's dict, its extra fields (None: the models
forbid extra fields) and its fields set."""


def trusted_maker(cls: type[_Model]) -> tuple[Callable[[_Parts], _Model], set[str]]:
    """The maker of ``trusted(cls, values)`` for ``values`` naming every field of ``cls`` in
    their declared order, and the fields set to give it: ``make((values, None, fields))``.
    extract's claims and their intervals and figures are built so, some 1,200 models a pass of
    the speed corpus, where :func:`trusted_complete` costs each a Python frame."""
    return _maker(cls), _fields(cls)[0]


def _build(cls: type[_Model], fields_set: set[str], values: dict[str, Any]) -> _Model:
    model = _new(cls)
    _set_fields_set(model, fields_set)
    _set_dict(model, values)
    _set_extra(model, None)
    _set_private(model, None)
    return model


# ``BaseModel`` declares no ``__new__``. The four slots of every model are set through their
# own descriptors: ``object.__setattr__`` is a slot wrapper that copies its arguments into a
# new tuple and looks the name up in the type on every call: a third of the call, spent on four
# assignments (tests/test_trusted.py checks the models are the validated ones).
_new = object.__new__
_SLOTS = BaseModel.__dict__
_set_fields_set: Callable[[BaseModel, set[str]], None] = _SLOTS["__pydantic_fields_set__"].__set__
_set_dict: Callable[[BaseModel, dict[str, Any]], None] = _SLOTS["__dict__"].__set__
_set_extra: Callable[[BaseModel, None], None] = _SLOTS["__pydantic_extra__"].__set__
_set_private: Callable[[BaseModel, None], None] = _SLOTS["__pydantic_private__"].__set__


@cache
def _maker(cls: type[_Model]) -> Callable[[_Parts], _Model]:
    """pydantic-core's own constructor of ``cls``, which validates nothing.

    A model schema runs its inner schema on the input and takes what it gives back as the
    model's dict, its extra fields and its fields set, which it sets, with no private
    attributes, on a new instance of ``cls`` (what ``model_validate`` does once the fields are
    validated). Its inner schema here, ``any``, hands the input on as it is: one call in C
    makes the model, where :func:`_build`, setting its four slots through their descriptors
    from Python, costs five C calls of some 1,000 instructions each (tests/test_trusted.py and
    tests/test_reading_models.py check the models are the validated ones).
    """
    if cls.__pydantic_custom_init__:
        # Document: once its own schema is built, the constructor turns the parts down
        raise TypeError(f"{cls.__name__} has an __init__ of its own: build it with trusted()")
    schema = core_schema.model_schema(cls, core_schema.any_schema())
    make: Callable[[_Parts], _Model] = SchemaValidator(schema).validate_python
    return make


class _FieldNames(set[str]):
    """The names of all of a model's fields: the fields set of every model that ``trusted``
    builds complete, one set shared by them all, and so read-only.

    A set of its own for each claim, its interval and its figure was 7% of reading and
    building the claims: made, then traversed by every garbage collection while the claims
    lived. Pydantic never changes a frozen model's fields set; ``model_copy`` copies it first,
    and a copy of this one is a plain set.
    """

    __slots__ = ()

    def _read_only(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError("a trusted model's fields set is shared: change a copy of it")

    add = discard = remove = pop = clear = update = _read_only
    difference_update = intersection_update = symmetric_difference_update = _read_only
    __ior__ = __iand__ = __isub__ = __ixor__ = _read_only

    def __copy__(self) -> set[str]:
        return set(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> set[str]:
        return set(self)

    def __reduce__(self) -> tuple[type[set[str]], tuple[list[str]]]:
        return set, (list(self),)  # unpickled, the model owns a plain set


@cache
def _fields(cls: type[BaseModel]) -> tuple[_FieldNames, dict[str, Any]]:
    """The names of a model's fields, and each field's default in declared order (a required
    field's stands till it is given)."""
    defaults = {name: field.default for name, field in cls.model_fields.items()}
    return _FieldNames(defaults), defaults


def parse_published(value: Any) -> dt.datetime:
    """A publication date from a datetime, a date or an ISO 8601 string.

    >>> parse_published("2024-01-03T18:00:00Z")
    datetime.datetime(2024, 1, 3, 18, 0, tzinfo=datetime.timezone.utc)
    """
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise PublishedDateError(
                "published must be an ISO 8601 date or datetime such as 2024-01-03 or "
                f"2024-01-03T18:00:00+00:00, got {value!r}"
            ) from None
    raise InputTypeError(
        f"published must be a datetime, a date or an ISO 8601 string, got {type(value).__name__}"
    )


def _friendly_error(model: str, exc: ValidationError) -> InputTypeError | InputValueError:
    """Turn pydantic's error into ours: a TypeError for wrong types, else a ValueError."""
    problems = []
    wrong_type = False
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or model
        problems.append(f"{model}.{where}: {err['msg']}")
        if err["type"].endswith("_type") or err["type"] in {"missing", "model_type"}:
            wrong_type = True
    message = "; ".join(problems)
    return InputTypeError(message) if wrong_type else InputValueError(message)
