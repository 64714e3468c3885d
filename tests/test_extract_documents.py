"""``as_document`` builds the Document of a plain string without validating it: it must be the
very model that validating the string and then adding the publication date makes, with the
same fields set, and refuse a bad date with the same error."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck.extract import DEFAULT_DOC_ID, as_document
from factcheck.models import Document, parse_published

PUBLISHED_VALUES: list[Any] = [
    None,
    "2024-01-03",
    "2024-01-03T18:00:00Z",
    " 2024-01-03T12:00:00+00:00 ",
    "2024-01-03T12:00:00+05:30",
    dt.date(2024, 1, 3),
    dt.datetime(2024, 1, 3, 18, 0),
    dt.datetime(2024, 1, 3, 18, 0, tzinfo=dt.UTC),
]


def validated(text: str, published: Any, doc_id: str = DEFAULT_DOC_ID) -> Document:
    """The general path: a validated model, copied with the date when there is one."""
    document = Document(id=doc_id, text=text)
    if published is not None:
        document = document.model_copy(update={"published": parse_published(published)})
    return document


def assert_same(made: Document, expected: Document) -> None:
    assert made == expected
    assert made.model_fields_set == expected.model_fields_set
    assert list(made.__dict__) == list(expected.__dict__)  # declared order, defaults in
    assert made.model_dump_json() == expected.model_dump_json()
    assert made.model_extra is None
    assert made.__pydantic_private__ is None


@pytest.mark.parametrize("published", PUBLISHED_VALUES)
@pytest.mark.parametrize("text", ["", "x", "At least 73 people were killed on Wednesday."])
def test_a_string_makes_the_validated_document(text: str, published: Any) -> None:
    assert_same(as_document(text, published=published), validated(text, published))
    assert_same(
        as_document(text, published=published, default_id="doc7"),
        validated(text, published, "doc7"),
    )


@given(st.text(), st.sampled_from(PUBLISHED_VALUES))
def test_any_string_makes_the_validated_document(text: str, published: Any) -> None:
    assert_same(as_document(text, published=published), validated(text, published))


def test_the_document_is_frozen_like_a_validated_one() -> None:
    document = as_document("Two people died.", published="2024-01-03")
    with pytest.raises(Exception, match="frozen"):
        document.text = "Three people died."  # type: ignore[misc]


@pytest.mark.parametrize(
    ("published", "error"),
    [
        ("yesterday", factcheck.PublishedDateError),
        ("2024-13-40", factcheck.PublishedDateError),
        (20240103, factcheck.InputTypeError),
    ],
)
def test_a_bad_date_is_refused_as_before(published: Any, error: type[Exception]) -> None:
    with pytest.raises(error) as made:
        as_document("Two people died.", published=published)
    with pytest.raises(error) as expected:
        validated("Two people died.", published)
    assert str(made.value) == str(expected.value)


def test_a_str_subclass_takes_the_validating_path() -> None:
    class Text(str):
        pass

    made = as_document(Text("Two people died."), published="2024-01-03")
    assert_same(made, validated(Text("Two people died."), "2024-01-03"))
