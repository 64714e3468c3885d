"""Hypothesis properties of DESIGN.md: offsets point at the words, nothing crashes, verdicts
are symmetric and a document agrees with itself."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck

NEWS_WORDS = st.sampled_from(
    [
        "more than",
        "at least",
        "about",
        "around",
        "nearly",
        "up to",
        "between",
        "and",
        "-",
        "100",
        "2,300",
        "73",
        "1.5",
        "seventy-three",
        "a dozen",
        "twin",
        "two",
        "hundreds of",
        "people",
        "killed",
        "injured",
        "feet",
        "metres",
        "km",
        "$5m",
        "5%",
        "per cent",
        "January 2020",
        "Wednesday",
        "1998",
        "on",
        "the",
        "fourth anniversary",
        "of his death",
        "ago",
        "years",
        "last week",
        "10:30 a.m.",
        ".",
        ",",
        "\n",
        "Route 66",
        "COVID-19",
    ]
)
news_like = st.lists(NEWS_WORDS, max_size=30).map(" ".join)
any_text = st.one_of(st.text(max_size=300), news_like)
PUBLISHED = dt.datetime(2024, 1, 3, 18, tzinfo=dt.UTC)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_claims_point_at_their_words(text: str) -> None:
    for claim in factcheck.extract(text, published=PUBLISHED):
        assert text[claim.start : claim.end] == claim.text
        assert claim.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=500))
def test_no_string_makes_extraction_raise(text: str) -> None:
    factcheck.extract(text)
    factcheck.extract(text, published=PUBLISHED)


@settings(max_examples=100, deadline=None)
@given(news_like, news_like)
def test_comparison_is_symmetric(a: str, b: str) -> None:
    docs = [
        factcheck.Document(id="a", text=a, published=PUBLISHED),
        factcheck.Document(id="b", text=b, published=PUBLISHED),
    ]

    def verdicts(report: factcheck.Report) -> list[tuple[str, list[tuple[str, int]]]]:
        return sorted(
            (g.verdict, sorted((c.doc, c.start) for c in g.claims)) for g in report.groups
        )

    assert verdicts(factcheck.compare(docs)) == verdicts(factcheck.compare(docs[::-1]))


@settings(max_examples=100, deadline=None)
@given(news_like)
def test_a_report_agrees_with_its_copy(text: str) -> None:
    docs = [
        factcheck.Document(id="a", text=text, published=PUBLISHED),
        factcheck.Document(id="b", text=text, published=PUBLISHED),
    ]
    for group in factcheck.compare(docs).groups:
        assert group.verdict != "contradict", group.reason


@settings(max_examples=100, deadline=None)
@given(news_like)
def test_json_round_trip(text: str) -> None:
    report = factcheck.compare([factcheck.Document(id="a", text=text, published=PUBLISHED)])
    assert factcheck.Report.model_validate(report.model_dump(mode="json")) == report
