"""``models.trusted`` sets a model's slots through their descriptors and copies one set of
field names per class: each model must still own its fields set, as a validated one does."""

from __future__ import annotations

from factcheck.models import Claim, NumberInterval, Stated, trusted


def test_each_model_owns_its_fields_set() -> None:
    values = {"low": 1.0, "high": 2.0, "unit": None}
    first, second = trusted(Stated, dict(values)), trusted(Stated, dict(values))
    assert first.model_fields_set == second.model_fields_set == {"low", "high", "unit"}
    assert first.model_fields_set is not second.model_fields_set
    first.model_fields_set.add("extra")  # what pydantic's own copies may do to theirs
    assert trusted(Stated, dict(values)).model_fields_set == {"low", "high", "unit"}


def test_trusted_sets_every_slot_of_the_model() -> None:
    interval = trusted(NumberInterval, {"low": 1.0, "high": None})
    assert interval.__pydantic_extra__ is None
    assert interval.__pydantic_private__ is None
    assert interval.model_dump() == {
        "low": 1.0,
        "high": None,
        "low_closed": True,
        "high_closed": True,
        "unit": None,
    }
    assert interval.model_copy(update={"unit": "metre"}).unit == "metre"
    assert Claim.__new__ is object.__new__  # what trusted calls instead
