"""``models.trusted_maker`` builds extract's claims with pydantic-core's constructor; a class
with an ``__init__`` of its own (Document) is built by ``trusted`` instead, before and after
its own schema is built."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.models import Document, trusted_maker


def test_documents_are_built_after_their_schema_is() -> None:
    assert factcheck.extract("Nothing here but words.") == ()
    Document(id="a", text="b")  # builds Document's own schema
    assert factcheck.extract("Nothing here but words.") == ()
    assert [c.text for c in factcheck.extract("12 people died.")] == ["12 people"]


def test_the_maker_turns_down_a_class_with_an_init_of_its_own() -> None:
    with pytest.raises(TypeError):
        trusted_maker(Document)
