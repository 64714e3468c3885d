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


_STAGES = ("align", "dates", "numbers", "properties", "quantities", "verdicts")
"""The modules whose tables the first extract() or compare() builds, not the import."""


@pytest.mark.parametrize(
    ("statement", "loaded"),
    [
        ("import factcheck", []),
        ("import factcheck.pytest_plugin", []),
        ("from factcheck import compare, extract, Document, Report", []),
        (
            "import factcheck; factcheck.extract('At least 73 people died.')",
            ["dates", "numbers", "properties", "quantities"],
        ),
        ("import factcheck; factcheck.compare(['73 died.', '74 died.'])", list(_STAGES)),
    ],
    ids=["import", "pytest-plugin", "from-import", "extract", "compare"],
)
def test_the_stages_load_with_the_first_call_that_runs_them(
    statement: str, loaded: list[str]
) -> None:
    # The import stays cheap for the pytest plugin, the CLI's --help and readers of the JSON;
    # the first call loads what it runs, and then works as any later call does.
    code = (
        f"import sys; {statement}; "
        f"print(sorted(m for m in {_STAGES!r} if 'factcheck.' + m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(sorted(loaded))


def test_first_calls_racing_in_threads_all_read_the_loaded_stages() -> None:
    # Eight threads make the process's first extract() at once: each must get the claims a
    # later call gets, none a half-built stage module.
    code = (
        "import threading, factcheck\n"
        "text = 'At least 73 people were killed on Wednesday, 2 km from the border.'\n"
        "barrier, results = threading.Barrier(8), []\n"
        "def first():\n"
        "    barrier.wait()\n"
        "    results.append(factcheck.extract(text, published='2024-01-03'))\n"
        "threads = [threading.Thread(target=first) for _ in range(8)]\n"
        "[t.start() for t in threads]; [t.join() for t in threads]\n"
        "later = factcheck.extract(text, published='2024-01-03')\n"
        "print(len(results), all(r == later for r in results), [c.text for c in later])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "8 True ['At least 73 people', 'Wednesday', '2 km']"


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
