"""The two Kerman reports end to end: what issue 2 says compare() must report on them."""

from __future__ import annotations

import math

import factcheck
from factcheck.models import DateInterval, NumberInterval

from .conftest import group_with, groups_with


def test_killed_lower_bounds_are_compatible(kerman_report: factcheck.Report) -> None:
    group = group_with(kerman_report, "000", "more than 100 people")
    assert group is group_with(kerman_report, "004", "At least 73 people")
    assert group.property == "killed"
    assert group.verdict == "compatible"
    assert isinstance(group.consensus, NumberInterval)
    assert group.consensus.low == 100
    assert group.consensus.low_closed is False
    assert group.consensus.high is None
    assert "lower bounds" in group.reason


def test_injured_bound_and_figure_are_compatible(kerman_report: factcheck.Report) -> None:
    group = group_with(kerman_report, "000", "at least 140")
    assert group is group_with(kerman_report, "004", "170 others were injured")
    assert group.property == "injured"
    assert group.verdict == "compatible"
    assert isinstance(group.consensus, NumberInterval)
    assert (group.consensus.low, group.consensus.high) == (170, 170)


def test_two_explosions_and_twin_blasts_agree(kerman_report: factcheck.Report) -> None:
    group = group_with(kerman_report, "000", "Two explosions")
    assert group is group_with(kerman_report, "004", "twin blasts")
    assert group.verdict == "agree"


def test_january_2020_agrees(kerman_report: factcheck.Report) -> None:
    group = group_with(kerman_report, "000", "January 2020")
    assert group is group_with(kerman_report, "004", "January 2020")
    assert group.verdict == "agree"
    assert isinstance(group.consensus, DateInterval)
    assert group.consensus.granularity == "month"
    assert group.consensus.low is not None
    assert group.consensus.low.startswith("2020-01-01")


def test_the_two_distances_stay_apart(kerman_report: factcheck.Report) -> None:
    first = group_with(kerman_report, "000", "around 2,300 feet")
    second = group_with(kerman_report, "000", "around 2,000 feet")
    assert first is not second
    for group, metres in ((first, 701.04), (second, 609.6)):
        claim = group.claims[0]
        assert isinstance(claim.value, NumberInterval)
        assert claim.value.unit == "meter"
        assert claim.value.low is not None
        assert claim.value.high is not None
        assert claim.value.low < metres < claim.value.high
        assert math.isclose((claim.value.low + claim.value.high) / 2, metres, rel_tol=0.01)


def test_policemen_are_a_subset_not_the_toll(kerman_report: factcheck.Report) -> None:
    total = group_with(kerman_report, "000", "more than 100 people")
    for group in groups_with(kerman_report, "000", "three policemen"):
        assert group is not total


def test_most_important_people_are_not_the_dead(kerman_report: factcheck.Report) -> None:
    total = group_with(kerman_report, "000", "more than 100 people")
    for group in groups_with(kerman_report, "004", "hundred most important people"):
        assert group is not total
        assert group.property != "killed"


def test_no_contradiction(kerman_report: factcheck.Report) -> None:
    assert kerman_report.contradictions == ()


def test_every_group_says_why(kerman_report: factcheck.Report) -> None:
    for group in kerman_report.groups:
        assert group.reason


def test_groups_are_ordered_for_a_reader(kerman_report: factcheck.Report) -> None:
    order = ["contradict", "compatible", "agree", "single_source"]
    ranks = [order.index(g.verdict) for g in kerman_report.groups]
    assert ranks == sorted(ranks)
