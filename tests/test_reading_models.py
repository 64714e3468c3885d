"""``models.trusted`` builds models without validating them (pydantic-core's constructor sets
their slots to the values given), and the models it builds complete share one read-only
fields set per class: pydantic must work with them as with the
validated models, and no model's fields set may change another's."""

from __future__ import annotations

import copy
import pickle

import pytest

import factcheck
from factcheck.models import Claim, NumberInterval, Stated, trusted

COMPLETE = {"low": 1.0, "high": 2.0, "unit": None}


def test_complete_models_share_a_read_only_fields_set() -> None:
    first, second = trusted(Stated, dict(COMPLETE)), trusted(Stated, dict(COMPLETE))
    assert first.model_fields_set == Stated.model_validate(COMPLETE).model_fields_set
    assert first.model_fields_set is second.model_fields_set
    shared = first.model_fields_set
    for change in (
        lambda: shared.add("x"),
        lambda: shared.update({"x"}),
        lambda: shared.discard("low"),
        lambda: shared.clear(),
        lambda: shared.__ior__({"x"}),
        lambda: shared.difference_update({"low"}),
    ):
        with pytest.raises(TypeError):
            change()
    assert second.model_fields_set == {"low", "high", "unit"}


def test_a_partial_model_owns_its_fields_set() -> None:
    values = {"low": 1.0, "high": None}
    built = trusted(NumberInterval, values)
    assert built.model_fields_set == {"low", "high"}
    built.model_fields_set.add("unit")  # a plain set, as validation makes
    assert trusted(NumberInterval, values).model_fields_set == {"low", "high"}


def test_pydantic_copies_the_shared_fields_set_before_changing_it() -> None:
    stated = trusted(Stated, dict(COMPLETE))
    changed = stated.model_copy(update={"unit": "metre"})
    assert changed.unit == "metre"
    assert stated.unit is None
    assert type(changed.model_fields_set) is set
    for again in (copy.copy(stated), copy.deepcopy(stated), pickle.loads(pickle.dumps(stated))):
        assert again == stated
        assert type(again.model_fields_set) is set
    assert stated.model_dump(exclude_unset=True) == COMPLETE
    assert stated.model_fields_set == {"low", "high", "unit"}


def test_extracted_claims_dump_as_validated_ones() -> None:
    text = "At least 73 people were killed on Wednesday, up from 40."
    for claim in factcheck.extract(text, published="2024-01-03"):
        again = Claim.model_validate(claim.model_dump())
        unset = again.model_dump_json(exclude_unset=True)
        assert claim.model_dump_json(exclude_unset=True) == unset


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
    assert Claim.__new__ is object.__new__  # what trusted calls instead
