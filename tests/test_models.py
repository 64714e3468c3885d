"""The models: the JSON contract, its lossless round trip, its schema, and input errors."""

from __future__ import annotations

import datetime as dt

import pytest

import factcheck
from factcheck.models import Claim, DateInterval, NumberInterval


def test_report_json_round_trip_is_lossless(kerman_report: factcheck.Report) -> None:
    data = kerman_report.model_dump(mode="json")
    assert factcheck.Report.model_validate(data) == kerman_report
    assert factcheck.Report.model_validate_json(kerman_report.model_dump_json()) == kerman_report


def test_claim_json_has_the_fields_of_the_design(kerman_report: factcheck.Report) -> None:
    claim = kerman_report.groups[0].claims[0].model_dump(mode="json")
    for field in (
        "doc",
        "kind",
        "text",
        "start",
        "end",
        "property",
        "subject",
        "qualifier",
        "direction",
        "stated",
        "value",
    ):
        assert field in claim
    group = kerman_report.model_dump(mode="json")["groups"][0]
    for field in ("verdict", "consensus", "property", "subject", "claims", "reason"):
        assert field in group


@pytest.mark.parametrize(
    "value",
    [
        {"low": 73.0, "high": None, "low_closed": True, "high_closed": False, "unit": "person"},
        {"low": "2020-01-01T00:00:00", "high": "2020-02-01T00:00:00", "granularity": "month"},
        {"low": None, "high": "2000-01-01T00:00:00", "granularity": "year"},
    ],
    ids=["open-count", "month", "before-2000"],
)
def test_interval_kinds_survive_the_round_trip(value: dict[str, object]) -> None:
    claim = Claim(doc="a", kind="count", text="x", start=0, end=1, value=value)  # type: ignore[arg-type]
    again = Claim.model_validate(claim.model_dump(mode="json"))
    assert again == claim
    expected = DateInterval if "granularity" in value else NumberInterval
    assert isinstance(again.value, expected)


def test_claim_span_must_match_its_text() -> None:
    with pytest.raises(ValueError, match="length"):
        Claim(doc="a", kind="count", text="abc", start=0, end=2)


def test_report_rejects_a_claim_that_does_not_point_into_its_document() -> None:
    doc = factcheck.Document(id="a", text="Twelve people died.")
    claim = Claim(doc="a", kind="count", text="Eleven", start=0, end=6)
    group = factcheck.Group(verdict="single_source", property=None, subject=None, claims=(claim,))
    with pytest.raises(ValueError, match="does not match"):
        factcheck.Report(documents=(doc,), groups=(group,))


def test_models_are_frozen() -> None:
    doc = factcheck.Document(id="a", text="x")
    with pytest.raises(ValueError, match="frozen"):
        doc.text = "y"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2024-01-03", dt.datetime(2024, 1, 3)),
        ("2024-01-03T18:00:00Z", dt.datetime(2024, 1, 3, 18, tzinfo=dt.UTC)),
        (dt.date(2024, 1, 3), dt.datetime(2024, 1, 3)),
    ],
    ids=["date-string", "zulu", "date"],
)
def test_document_reads_publication_dates(published: object, expected: dt.datetime) -> None:
    assert factcheck.Document(id="a", text="x", published=published).published == expected


@pytest.mark.parametrize(
    ("kwargs", "error", "builtin", "words"),
    [
        ({"id": 1, "text": "x"}, factcheck.InputTypeError, TypeError, "str"),
        ({"id": "a", "text": None}, factcheck.InputTypeError, TypeError, "str"),
        ({"id": "a"}, factcheck.InputTypeError, TypeError, "text"),
        (
            {"id": "a", "text": "x", "published": "last Tuesday"},
            factcheck.InputValueError,
            ValueError,
            "ISO 8601",
        ),
        (
            {"id": "a", "text": "x", "published": 20240103},
            factcheck.InputTypeError,
            TypeError,
            "datetime",
        ),
    ],
    ids=["int-id", "none-text", "missing-text", "bad-published", "int-published"],
)
def test_document_errors_are_ours_and_builtin(
    kwargs: dict[str, object], error: type[Exception], builtin: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words) as info:
        factcheck.Document(**kwargs)  # type: ignore[arg-type]
    assert isinstance(info.value, builtin)
    assert isinstance(info.value, factcheck.FactcheckError)


def test_json_schema_describes_the_report() -> None:
    schema = factcheck.json_schema()
    assert schema["title"] == "Report"
    assert {"documents", "groups"} <= set(schema["properties"])
    assert factcheck.json_schema("claim")["title"] == "Claim"
    with pytest.raises(factcheck.InputValueError, match="knows"):
        factcheck.json_schema("verdict")
