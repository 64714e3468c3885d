"""factcheck.testing: the condition language, and the three assertions on real reports."""

from __future__ import annotations

import datetime as dt
import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.errors import InputTypeError, InputValueError
from factcheck.models import Claim, DateInterval, Document, NumberInterval, Report
from factcheck.testing import (
    ClaimAssertionError,
    assert_claim,
    assert_consistent,
    assert_supported,
    parse_condition,
)

KERMAN = (
    Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "kerman" / "documents.jsonl"
)


@pytest.fixture(scope="module")
def kerman() -> list[Document]:
    if not KERMAN.exists():
        pytest.skip(f"{KERMAN} is missing: ../shared must be beside the project")
    lines = KERMAN.read_text(encoding="utf-8").splitlines()
    return [Document.model_validate(json.loads(line)) for line in lines if line.strip()]


# --------------------------------------------------------------------------------------------
# The condition language


def _day(y: int, m: int, d: int) -> dt.datetime:
    return dt.datetime(y, m, d)


@pytest.mark.parametrize(
    ("text", "op", "values", "unit"),
    [
        (">= 73", ">=", [73.0], None),
        ("> 100", ">", [100.0], None),
        ("<= 12", "<=", [12.0], None),
        ("< 1,000", "<", [1000.0], None),
        ("== 12", "==", [12.0], None),
        ("= 12", "==", [12.0], None),
        ("12", "==", [12.0], None),
        ("≥ 73", ">=", [73.0], None),
        ("  >=73  ", ">=", [73.0], None),
        ("-3.5", "==", [-3.5], None),
        ("5%", "==", [5.0], "percent"),
        ("== 10 USD", "==", [10.0], "USD"),
        ("between 600 and 800 m", "between", [600.0, 800.0], "meter"),
        ("between 600 m and 0.8 km", "between", [600.0, 800.0], "meter"),
        ("between 2 km and 3", "between", [2000.0, 3000.0], "meter"),
        ("BETWEEN 1 AND 2 miles", "between", [1609.344, 3218.688], "meter"),
        (">= 2,300 feet", ">=", [701.04], "meter"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_numeric_conditions_parse(
    text: str, op: str, values: list[float], unit: str | None
) -> None:
    condition = parse_condition(text)
    assert condition.op == op
    assert [o.value for o in condition.operands] == pytest.approx(values)
    assert {o.unit for o in condition.operands} == {unit}


@pytest.mark.parametrize(
    ("text", "op", "start", "end"),
    [
        ("2024-01-03", "==", _day(2024, 1, 3), _day(2024, 1, 4)),
        ("2024-01", "==", _day(2024, 1, 1), _day(2024, 2, 1)),
        ("2023-12", "==", _day(2023, 12, 1), _day(2024, 1, 1)),
        ("2024", "==", _day(2024, 1, 1), _day(2025, 1, 1)),
        (">= 2024-01-03", ">=", _day(2024, 1, 3), _day(2024, 1, 4)),
        ("within 2024-01", "between", _day(2024, 1, 1), _day(2024, 2, 1)),
        ("between 2020 and 2024-02", "between", _day(2020, 1, 1), _day(2024, 3, 1)),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_date_conditions_parse(text: str, op: str, start: dt.datetime, end: dt.datetime) -> None:
    condition = parse_condition(text)
    assert condition.op == op
    first, last = condition.operands[0].period, condition.operands[-1].period
    assert first is not None
    assert last is not None
    assert (first[0], last[1]) == (start, end)


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("", 1),
        (">= lots", 4),
        (">=", 3),
        ("between 5", 10),
        ("between 5 and", 14),
        ("between 5 ant 6", 11),
        ("5 parsecs ok", 3),
        ("2024-13", 1),
        ("2023-02-30", 1),
        ("within 5", 8),
        (">= 5 m and 6", 8),
        ("between 2020-01 and 5", 21),
        ("== 12 people", 7),
    ],
    ids=repr,
)
def test_bad_conditions_say_where(text: str, column: int) -> None:
    with pytest.raises(InputValueError, match=rf"at column {column}\b") as info:
        parse_condition(text)
    assert isinstance(info.value, ValueError)
    assert repr(text) in str(info.value)


def test_a_condition_must_be_a_string() -> None:
    with pytest.raises(InputTypeError, match="must be a str"):
        parse_condition(73)  # type: ignore[arg-type]


def _count(low: float | None, high: float | None, *, open_low: bool = False) -> Claim:
    value = NumberInterval(
        low=low,
        high=high,
        low_closed=low is not None and not open_low,
        high_closed=high is not None,
        unit="person",
    )
    return Claim(doc="t", kind="count", text="x", start=0, end=1, property="killed", value=value)


def _metres(low: float, high: float) -> Claim:
    value = NumberInterval(low=low, high=high, unit="meter")
    return Claim(
        doc="t", kind="quantity", text="x", start=0, end=1, property="distance", value=value
    )


def _date(low: str, high: str, granularity: str = "day") -> Claim:
    value = DateInterval(low=low, high=high, granularity=granularity)  # type: ignore[arg-type]
    return Claim(doc="t", kind="date", text="x", start=0, end=1, property="event_date", value=value)


MORE_THAN_100 = _count(100, None, open_low=True)
AT_LEAST_73 = _count(73, None)
EXACTLY_12 = _count(12, 12)
ABOUT_70 = _count(65, 75)
AROUND_2300_FEET = _metres(685.8, 716.28)
JAN_3 = _date("2024-01-03T00:00:00", "2024-01-04T00:00:00")
JAN_3_TEHRAN = _date("2024-01-03T00:00:00+03:30", "2024-01-04T00:00:00+03:30")
JANUARY = _date("2024-01-01T00:00:00", "2024-02-01T00:00:00", "month")


@pytest.mark.parametrize(
    ("claim", "condition", "holds"),
    [
        (MORE_THAN_100, "> 100", True),
        (MORE_THAN_100, ">= 73", True),
        (MORE_THAN_100, ">= 101", False),
        (MORE_THAN_100, "< 1000", False),
        (MORE_THAN_100, "== 150", False),
        (AT_LEAST_73, ">= 73", True),
        (AT_LEAST_73, "> 73", False),
        (AT_LEAST_73, "> 72.5", True),
        (EXACTLY_12, "== 12", True),
        (EXACTLY_12, "12", True),
        (EXACTLY_12, "== 13", False),
        (EXACTLY_12, "<= 12", True),
        (EXACTLY_12, "< 12", False),
        (EXACTLY_12, "between 10 and 12", True),
        (ABOUT_70, ">= 73", False),
        (ABOUT_70, "between 60 and 80", True),
        (ABOUT_70, "between 70 and 80", False),
        (ABOUT_70, "== 70", True),
        (AROUND_2300_FEET, "between 600 and 800 m", True),
        (AROUND_2300_FEET, "== 700 m", True),
        (AROUND_2300_FEET, "== 2,300 feet", True),
        (AROUND_2300_FEET, "== 900 m", False),
        (AROUND_2300_FEET, "> 0.5 km", True),
        (AROUND_2300_FEET, "< 2,000 feet", False),
        (AROUND_2300_FEET, "between 600 and 800", True),
        (AROUND_2300_FEET, "== 5 %", False),
        (AROUND_2300_FEET, "2024-01", False),
        (JAN_3, "2024-01-03", True),
        (JAN_3, "== 2024-01-03", True),
        (JAN_3, "2024-01-04", False),
        (JAN_3, "2024-01", False),
        (JAN_3, "within 2024-01", True),
        (JAN_3, "within 2024", True),
        (JAN_3, ">= 2024-01-03", True),
        (JAN_3, "> 2024-01-02", True),
        (JAN_3, "> 2024-01-03", False),
        (JAN_3, "< 2024-01-04", True),
        (JAN_3, "<= 2024-01-03", True),
        (JAN_3, "< 2024-01-03", False),
        (JAN_3, "between 2024-01-01 and 2024-01-03", True),
        (JAN_3, ">= 100", False),
        (JAN_3_TEHRAN, "2024-01-03", True),
        (JANUARY, "2024-01", True),
        (JANUARY, "2024-01-03", False),
        (JANUARY, "2024", False),
        (JANUARY, "within 2024", True),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_a_condition_holds_when_the_claim_guarantees_it(
    claim: Claim, condition: str, holds: bool
) -> None:
    ok, reason = parse_condition(condition).check(claim)
    assert ok is holds, reason
    assert ("does not meet" in reason) is not holds or "is a" in reason or " in " in reason


def test_an_unresolved_claim_meets_nothing() -> None:
    claim = Claim(
        doc="t",
        kind="date",
        text="Wednesday",
        start=0,
        end=9,
        property="event_date",
        note="no date",
    )
    ok, reason = parse_condition("2024-01-03").check(claim)
    assert not ok
    assert "unresolved (no date)" in reason


# --------------------------------------------------------------------------------------------
# assert_supported on the Kerman reports (the examples of issue 6)


def test_a_toll_outside_every_source_fails_and_quotes_them(kerman: list[Document]) -> None:
    with pytest.raises(ClaimAssertionError) as info:
        assert_supported(
            "Twin blasts in Kerman killed 50 people on Wednesday.", kerman, allow_unsupported=True
        )
    error = info.value
    message = str(error)
    assert '"50 people"' in message
    assert "50 person" in message
    assert "more than 100" in message.lower()
    assert "At least 73" in message
    assert "contradict" in message
    [failure] = error.failures
    assert failure.claim.text == "50 people"
    assert failure.problem == "contradict"
    assert {c.verdict for c in failure.comparisons} >= {"contradict"}
    assert isinstance(error.report, Report)
    assert isinstance(error, AssertionError)


def test_bounds_the_sources_share_pass(kerman: list[Document]) -> None:
    report = assert_supported(
        "Twin blasts in Kerman killed more than 100 people and injured at least 140.", kerman
    )
    texts = [c.text for g in report.groups for c in g.claims if c.doc == "text"]
    assert "more than 100 people" in texts
    assert any("at least 140" in t for t in texts)


def test_an_unresolved_weekday_fails_unless_allowed(kerman: list[Document]) -> None:
    text = "Two explosions struck the memorial on Wednesday."
    with pytest.raises(ClaimAssertionError, match="unresolved") as info:
        assert_supported(text, kerman)
    assert [f.claim.text for f in info.value.failures] == ["Wednesday"]
    assert_supported(text, kerman, allow_unsupported=True)


def test_the_publication_date_resolves_the_weekday(kerman: list[Document]) -> None:
    report = assert_supported(
        "Two explosions struck the memorial on Wednesday.", kerman, published="2024-01-03"
    )
    [weekday] = [c for g in report.groups for c in g.claims if c.doc == "text" and c.kind == "date"]
    assert isinstance(weekday.value, DateInterval)
    assert weekday.value.low is not None
    assert weekday.value.low.startswith("2024-01-03")


def test_a_figure_no_source_gives_is_unsupported(kerman: list[Document]) -> None:
    text = "The memorial drew 4,000 mourners."
    with pytest.raises(ClaimAssertionError, match="unsupported: no source") as info:
        assert_supported(text, kerman)
    assert "4,000 mourners" in str(info.value)
    assert_supported(text, kerman, allow_unsupported=True)


# --------------------------------------------------------------------------------------------
# assert_supported with sources as strings, and its arguments

MORNING = "A fire on the ferry killed at least 12 people, the coastguard said."
EVENING = "The fire killed 14 people and injured more than 35."


@pytest.mark.parametrize(
    ("text", "passes"),
    [
        ("The ferry fire killed 14 people.", True),
        ("The ferry fire killed at least 12 people.", True),
        ("The ferry fire killed 9 people.", False),
        ("The ferry fire killed 30 people.", False),
        ("The fire killed 14 people and injured 40.", True),
        ("The fire killed 14 people and injured 20.", False),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_string_sources(text: str, passes: bool) -> None:
    if passes:
        assert_supported(text, [MORNING, EVENING])
    else:
        with pytest.raises(ClaimAssertionError, match="contradict"):
            assert_supported(text, [MORNING, EVENING])


def test_a_single_source_may_be_passed_alone() -> None:
    assert_supported("Fourteen people died.", "The fire killed 14 people.")
    with pytest.raises(ClaimAssertionError, match='source1: "14 people"'):
        assert_supported("Twenty people died.", "The fire killed 14 people.")


def test_the_text_takes_a_free_id() -> None:
    source = Document(id="text", text="The fire killed 14 people.")
    report = assert_supported("The fire killed 14 people.", [source])
    assert [d.id for d in report.documents] == ["text2", "text"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: assert_supported(42, ["x"]), "text as a str or a Document, got int"),  # type: ignore[arg-type]
        (lambda: assert_supported("x", 42), "iterable of them, got int"),  # type: ignore[arg-type]
        (lambda: assert_supported("x", [42]), "got int at position 1"),  # type: ignore[list-item]
        (lambda: assert_supported("x", ["y"], allow_unsupported="no"), "True or False"),  # type: ignore[arg-type]
        (lambda: assert_consistent("x", 42), "Documents, strings or one Report"),  # type: ignore[arg-type]
        (lambda: assert_claim("x", None, ">= 1"), "property must be a str"),  # type: ignore[arg-type]
    ],
    ids=["text", "sources", "source-item", "option", "consistent", "property"],
)
def test_wrong_types_raise_type_errors(call: object, message: str) -> None:
    with pytest.raises(InputTypeError, match=message):
        call()  # type: ignore[operator]


def test_no_sources_is_a_value_error() -> None:
    with pytest.raises(InputValueError, match="at least one source"):
        assert_supported("x", [])


# --------------------------------------------------------------------------------------------
# assert_consistent


def test_the_kerman_reports_are_consistent(kerman: list[Document]) -> None:
    report = assert_consistent(*kerman)
    assert report.contradictions == ()
    assert assert_consistent(kerman).groups == report.groups
    assert assert_consistent(report) is report


def test_contradicting_reports_fail_with_both_figures() -> None:
    a = Document(id="a", text="The ferry fire killed at least 12 people.")
    b = Document(id="b", text="The ferry fire killed 9 people.")
    with pytest.raises(ClaimAssertionError) as info:
        assert_consistent(a, b)
    message = str(info.value)
    assert message.startswith("1 group of claims contradict each other:")
    assert '"at least 12 people"' in message
    assert '"9 people"' in message
    assert "cannot both be true" in message
    [failure] = info.value.failures
    assert failure.group is not None
    assert failure.group.verdict == "contradict"


# --------------------------------------------------------------------------------------------
# assert_claim


def test_assert_claim_returns_the_claim_that_meets_the_condition() -> None:
    claim = assert_claim("At least 73 people were killed.", "killed", ">= 73")
    assert claim.text == "At least 73 people"


def test_assert_claim_explains_a_claim_that_falls_short() -> None:
    with pytest.raises(ClaimAssertionError) as info:
        assert_claim("At least 73 people were killed.", "killed", "> 73")
    message = str(info.value)
    assert "no claim about killed meets '> 73'" in message
    assert '"At least 73 people"' in message
    assert "[73, ∞) person does not meet '> 73'" in message


def test_assert_claim_lists_what_the_text_measures_when_the_property_is_absent() -> None:
    with pytest.raises(ClaimAssertionError, match=r'it has killed \("At least 73 people"\)'):
        assert_claim("At least 73 people were killed.", "injured", ">= 1")
    with pytest.raises(ClaimAssertionError, match="it has no claims at all"):
        assert_claim("Nothing to see.", "killed", ">= 1")


def test_assert_claim_converts_units() -> None:
    text = "The first blast struck around 2,300 feet from the grave."
    assert assert_claim(text, "distance", "between 600 and 800 m").text == "around 2,300 feet"
    with pytest.raises(ClaimAssertionError, match="does not meet 'between 1 and 2 km'"):
        assert_claim(text, "distance", "between 1 and 2 km")


def test_assert_claim_dates_against_the_publication_date() -> None:
    text = "Two explosions struck the memorial on Wednesday."
    assert assert_claim(text, "event_date", "2024-01-03", published="2024-01-03").text
    with pytest.raises(ClaimAssertionError, match="unresolved"):
        assert_claim(text, "event_date", "2024-01-03")
    with pytest.raises(ClaimAssertionError, match="does not meet '2024-01'"):
        assert_claim(text, "event_date", "2024-01", published="2024-01-03")


def test_assert_claim_rejects_a_bad_condition_before_reading_the_text() -> None:
    with pytest.raises(InputValueError, match="column 4"):
        assert_claim("At least 73 people were killed.", "killed", ">= many")


# --------------------------------------------------------------------------------------------
# Usable without pytest


def test_the_helpers_work_without_pytest() -> None:
    code = (
        "import sys\n"
        "sys.modules['pytest'] = None  # any import of pytest now fails\n"
        "from factcheck.testing import assert_claim, ClaimAssertionError\n"
        "assert_claim('At least 73 people were killed.', 'killed', '>= 73')\n"
        "try:\n"
        "    assert_claim('At least 73 people were killed.', 'killed', '> 100')\n"
        "except AssertionError as e:\n"
        "    print(type(e).__name__)\n"
    )
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    assert out.stdout.strip() == "ClaimAssertionError"


def test_the_error_survives_pickling() -> None:
    with pytest.raises(ClaimAssertionError) as info:
        assert_claim("At least 73 people were killed.", "killed", "> 73")
    copy = pickle.loads(pickle.dumps(info.value))
    assert str(copy) == str(info.value)
    assert copy.failures == info.value.failures
    assert copy.report == info.value.report
