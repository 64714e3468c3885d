"""Renderers: the text table, the JSON, and the HTML page that escapes document text."""

from __future__ import annotations

import json

import pytest

import factcheck
from factcheck.models import DateInterval, NumberInterval
from factcheck.report import format_interval, render_html, render_json, render_text


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (NumberInterval(low=73, high=None, high_closed=False, unit="person"), "[73, ∞) person"),
        (NumberInterval(low=650, high=750, unit="meter"), "650–750 m"),
        (NumberInterval(low=170, high=170, unit="person"), "170 person"),
        (NumberInterval(low=None, high=600, low_closed=False, unit="USD"), "(-∞, 600] USD"),
        (
            DateInterval(low="2024-01-03T00:00:00", high="2024-01-04T00:00:00", granularity="day"),
            "2024-01-03",
        ),
        (
            DateInterval(low="2015-01-01T00:00:00", high=None, granularity="year"),
            "[2015-01-01, …) year",
        ),
        (None, "unresolved"),
    ],
    ids=["lower-bound", "range", "point", "upper-bound", "day", "since", "unresolved"],
)
def test_format_interval(value: NumberInterval | DateInterval | None, shown: str) -> None:
    assert format_interval(value) == shown


def test_text_table_has_a_line_per_claim_and_a_summary(kerman_report: factcheck.Report) -> None:
    text = render_text(kerman_report)
    assert '"more than 100 people"' in text
    assert text.splitlines()[-1].startswith("2 documents,")


def test_json_is_the_model_dump(kerman_report: factcheck.Report) -> None:
    assert json.loads(render_json(kerman_report)) == kerman_report.model_dump(mode="json")


def test_html_escapes_every_piece_of_document_text() -> None:
    hostile = '<script>alert("x")</script> At least 12 people were killed & 40 injured.'
    report = factcheck.compare(
        [
            factcheck.Document(id="<b>a</b>", text=hostile, source="<i>wire</i>"),
            factcheck.Document(id="b", text="Twelve people were killed."),
        ]
    )
    page = render_html(report)
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    assert "<b>a</b>" not in page
    assert "<i>wire</i>" not in page
    assert "<mark>At least 12 people</mark>" in page
