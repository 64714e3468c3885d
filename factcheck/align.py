"""Alignment: which claims of many documents measure the same thing.

Claims are blocked by a key (property, role, entity, unit or subject class), so grouping grows
linearly with the number of claims. A claim whose property is unknown is never grouped: a
false pairing is how false contradictions are born.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from .models import Claim

__all__ = ["align", "group_key"]


def group_key(claim: Claim) -> Hashable | None:
    """The key shared by claims that measure the same thing, or None to keep a claim alone."""
    if claim.value is None or claim.property is None:
        return None
    if claim.kind in ("date", "time"):
        # Background and planned dates group only with dates of the same anchor event
        # ("his death" in January 2020 in both reports).
        anchor = claim.subject if claim.role != "event" else None
        if claim.role != "event" and anchor is None:
            return None
        return (claim.kind, claim.property, claim.role, anchor)
    if claim.kind == "count":
        return ("count", claim.property, claim.role, claim.entity, claim.subject)
    unit = getattr(claim.value, "unit", None)
    return (claim.kind, claim.property, claim.role, claim.entity, unit)


def align(claims: Iterable[Claim]) -> list[list[Claim]]:
    """Groups of claims, in order of their first claim; ungroupable claims stand alone."""
    groups: dict[Hashable, list[Claim]] = {}
    alone: list[list[Claim]] = []
    order: list[list[Claim]] = []
    for claim in claims:
        key = group_key(claim)
        if key is None:
            single = [claim]
            alone.append(single)
            order.append(single)
            continue
        group = groups.get(key)
        if group is None:
            group = groups[key] = []
            order.append(group)
        group.append(claim)
    return order
