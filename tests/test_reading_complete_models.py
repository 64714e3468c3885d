"""``models.trusted_complete`` binds ``trusted`` to a class for values naming all its fields:
the models it builds must be those ``trusted`` builds (and validation: tests/test_trusted.py
checks extract's claims, which it now builds)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from factcheck.models import Claim, DateInterval, NumberInterval, Stated, trusted, trusted_complete

STATED = {"low": 1.0, "high": 2.0, "unit": "metre"}
AMOUNT = {"low": 1.0, "high": None, "low_closed": True, "high_closed": False, "unit": None}
WHEN = {"low": "2024-01-03", "high": "2024-01-04", "granularity": "day"}


def _state(model: BaseModel) -> tuple[Any, ...]:
    return (
        type(model),
        model.__dict__,
        model.model_fields_set,
        model.__pydantic_extra__,
        model.__pydantic_private__,
    )


def test_the_bound_models_are_trusted_ones() -> None:
    models: list[tuple[type[BaseModel], dict[str, Any]]] = [
        (Stated, STATED),
        (NumberInterval, AMOUNT),
        (DateInterval, WHEN),
    ]
    for cls, values in models:
        bound, plain = trusted_complete(cls)(dict(values)), trusted(cls, dict(values))
        assert _state(bound) == _state(plain)
        assert bound.model_fields_set is plain.model_fields_set  # the shared read-only set
        assert bound == cls.model_validate(values)


def test_a_bound_claim_is_a_trusted_one() -> None:
    values = {
        "doc": "text",
        "kind": "count",
        "text": "12 people",
        "start": 0,
        "end": 9,
        "property": "killed",
        "subject": "person",
        "qualifier": "exact",
        "direction": None,
        "stated": trusted_complete(Stated)(dict(STATED)),
        "value": trusted_complete(NumberInterval)(dict(AMOUNT)),
        "entity": None,
        "role": "event",
        "vague": False,
        "note": None,
    }
    bound = trusted_complete(Claim)(dict(values))
    assert _state(bound) == _state(trusted(Claim, dict(values)))
    assert bound == Claim.model_validate(bound.model_dump())
