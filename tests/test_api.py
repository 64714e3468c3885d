"""The public surface: what ``factcheck`` exports, and the errors of its two functions."""

from __future__ import annotations

import subprocess
import sys

import pytest

import factcheck


def test_all_is_sorted_and_complete() -> None:
    assert list(factcheck.__all__) == sorted(factcheck.__all__)
    # Names that are not identifiers ("@py_builtins") are pytest's assertion rewriting at work.
    public = {n for n in dir(factcheck) if n.isidentifier() and not n.startswith("_")} - {
        "align",
        "cli",
        "compare",
        "dates",
        "errors",
        "extract",
        "intervals",
        "lexicon",
        "mentions",
        "models",
        "numbers",
        "patterns",
        "properties",
        "quantities",
        "report",
        "schema",
        "units",
        "verdicts",
        "testing",
        "pytest_plugin",
        "annotations",
    }
    assert public <= set(factcheck.__all__)
    for name in factcheck.__all__:
        assert hasattr(factcheck, name)


def test_import_does_not_load_pint_or_dateparser() -> None:
    code = (
        "import sys, factcheck; "
        "print(sorted(m for m in ('pint', 'dateparser') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "bad", [None, 42, b"bytes", ["a list"]], ids=["none", "int", "bytes", "list"]
)
def test_extract_rejects_what_is_not_text(bad: object) -> None:
    with pytest.raises(factcheck.InputTypeError, match=r"expected a str or a factcheck\.Document"):
        factcheck.extract(bad)  # type: ignore[arg-type]


def test_extract_rejects_a_bad_publication_date() -> None:
    with pytest.raises(factcheck.PublishedDateError, match="ISO 8601") as info:
        factcheck.extract("On Wednesday 12 people died.", published="Wednesday")
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    "bad", ["one string", 42, factcheck.Document(id="a", text="x")], ids=["str", "int", "document"]
)
def test_compare_wants_an_iterable_of_documents(bad: object) -> None:
    with pytest.raises(factcheck.InputTypeError, match="iterable"):
        factcheck.compare(bad)  # type: ignore[arg-type]


def test_compare_rejects_duplicate_ids() -> None:
    docs = [factcheck.Document(id="a", text="x"), factcheck.Document(id="a", text="y")]
    with pytest.raises(factcheck.InputValueError, match="share the id"):
        factcheck.compare(docs)


def test_text_with_nothing_to_extract_gives_no_claims() -> None:
    assert factcheck.extract("Nothing here but words.") == ()
    assert factcheck.extract("") == ()


def test_relative_dates_stay_unresolved_without_a_publication_date() -> None:
    claims = [c for c in factcheck.extract("The blasts struck on Wednesday.") if c.kind == "date"]
    assert claims, "the weekday is a date claim even when it cannot be resolved"
    assert claims[0].value is None
    assert claims[0].note


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("between 100 and 1000 grams", "quantity", "between 100 and 1000 grams"),
        ("between 1990 and 2000 people died", "count", "between 1990 and 2000 people"),
        ("the 2020 election", "date", "2020"),
        ("a 1998 report", "date", "1998"),
        ("killed in January 2020", "date", "January 2020"),
    ],
    ids=["measured-range", "count-range", "election-year", "report-year", "month-year"],
)
def test_dates_and_figures_settle_their_overlaps(text: str, kind: str, words: str) -> None:
    claims = factcheck.extract(text, published="2024-01-03")
    assert [(c.kind, c.text) for c in claims] == [(kind, words)]
