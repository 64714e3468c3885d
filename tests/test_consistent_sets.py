"""Reports that agree with each other by construction never contradict each other.

``benchmarks/cases/consistent-sets*.json`` hold 690 sets of two to four reports of one event,
written for this project by reviewers: every figure restates another in other words, units or
precision, or is about something else (an earlier event, a place, a forecast, a part), or is a
later update. A contradiction reported on any of them is a false one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import factcheck

CASES = Path(__file__).resolve().parent.parent / "benchmarks" / "cases"
SETS: list[dict[str, Any]] = [
    case
    for path in sorted(CASES.glob("consistent-sets*.json"))
    for case in json.loads(path.read_text(encoding="utf-8"))
]

KNOWN: dict[str, str] = {
    "c14-04": "another company's fine of another year ('the 4.34 billion euros imposed on Google in"
    " 2018') is read as this fine",
}
"""Sets on which compare() is known to report a false contradiction, with why (strict xfail)."""


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=KNOWN[c["id"]]))
        if c["id"] in KNOWN
        else c
        for c in SETS
    ],
    ids=[c["id"] for c in SETS],
)
def test_consistent_reports_never_contradict(case: dict[str, Any]) -> None:
    docs = [factcheck.Document(**d) for d in case["documents"]]
    report = factcheck.compare(docs)
    assert report.contradictions == (), [g.reason for g in report.contradictions]
