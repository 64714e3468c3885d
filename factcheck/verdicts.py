"""Verdicts: whether the claims of one group agree, are compatible, or contradict.

A stated figure stands for the interval its words imply. Two sources agree when each one's
stated figure lies inside the other's interval, are compatible when the intervals overlap, and
contradict when they are disjoint, unless a later report merely raised an earlier figure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .intervals import Bounds, bounds_of, contains_closure, hull, intersect, to_interval
from .models import Claim, DateInterval, Group

__all__ = ["EVOLVING_PROPERTIES", "judge"]

EVOLVING_PROPERTIES = frozenset(
    {"killed", "injured", "missing", "arrested", "evacuated", "displaced", "rescued"}
)
"""Tolls that grow as a story develops: a higher figure published later revises a lower one."""


@dataclass(frozen=True, slots=True)
class _Judged:
    claim: Claim
    value: Bounds
    stated: Bounds
    published: dt.datetime | None


def _stated(claim: Claim, value: Bounds) -> Bounds:
    """The figure as the words state it, in the value's units (a point, or the range)."""
    if isinstance(claim.value, DateInterval) or claim.qualifier == "range":
        return value
    if claim.qualifier in ("more_than", "at_least"):
        return Bounds(value.low, value.low)
    if claim.qualifier in ("less_than", "at_most"):
        return Bounds(value.high, value.high)
    mid = value.midpoint
    return Bounds(mid, mid) if mid is not None else value


def _open_side(claim: Claim) -> str | None:
    if claim.qualifier in ("more_than", "at_least"):
        return "up"
    if claim.qualifier in ("less_than", "at_most"):
        return "down"
    return None


def _quote(j: _Judged) -> str:
    return f"'{j.claim.text}' ({j.claim.doc})"


def _naive(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is not None:
        return moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return moment


def _is_revision(a: _Judged, b: _Judged) -> bool:
    """A lower figure published earlier, a higher one later, on a toll that grows."""
    if a.claim.property not in EVOLVING_PROPERTIES or a.claim.kind != "count":
        return False
    if a.published is None or b.published is None or a.published == b.published:
        return False
    early, late = (a, b) if a.published < b.published else (b, a)
    # An earlier upper bound ("up to 600") caps the figure: a later one above it contradicts.
    if _open_side(early.claim) == "down":
        return False
    return early.value.high <= late.value.low


def _fmt_bound(x: float) -> str:
    return f"{x:,.6g}" if abs(x) < 1e15 else f"{x:.3g}"


def judge(claims: Sequence[Claim], published: Mapping[str, dt.datetime | None]) -> Group:
    """The verdict on one group of claims, with its consensus, spread and reason."""
    if len(claims) == 1 and claims[0].value is None:
        # An unresolved claim ("Wednesday" with no publication date) stands alone, and says why.
        only = claims[0]
        return Group(
            verdict="single_source",
            property=only.property,
            subject=only.subject,
            claims=(only,),
            reason=only.note or f"only {only.doc} states it, and its value is unknown",
        )
    judged = []
    for c in claims:
        assert c.value is not None  # alignment never groups claims without a value
        v = bounds_of(c.value)
        judged.append(_Judged(c, v, _stated(c, v), _naive(published.get(c.doc))))
    first = claims[0]
    like = first.value
    assert like is not None

    spread = judged[0].value
    for j in judged[1:]:
        spread = hull(spread, j.value)
    # A vague amount ("dozens") never narrows what precise figures say together.
    precise = [j for j in judged if not j.claim.vague] or judged
    consensus = _common(precise)

    def finish(verdict: str, reason: str, consensus: Bounds | None, **extra: object) -> Group:
        return Group(
            verdict=verdict,  # type: ignore[arg-type]
            property=first.property,
            subject=first.subject,
            claims=tuple(claims),
            consensus=to_interval(consensus, like) if consensus is not None else None,
            spread=to_interval(spread, like),
            reason=reason,
            **extra,  # type: ignore[arg-type]
        )

    docs = list(dict.fromkeys(c.doc for c in claims))
    if len(docs) == 1:
        return finish("single_source", f"only {docs[0]} states it", consensus)

    pairs = [
        (a, b) for i, a in enumerate(judged) for b in judged[i + 1 :] if a.claim.doc != b.claim.doc
    ]
    conflicts, revisions = _disjoint_documents(judged, docs)
    if conflicts:
        a, b = conflicts[0]
        outliers = _outliers(judged, docs)
        reason = f"{_quote(a)} and {_quote(b)} cannot both be true: their intervals do not overlap"
        if outliers:
            reason += f"; {', '.join(outliers)} stands apart from the other sources"
        return finish("contradict", reason, None, outliers=tuple(outliers))
    if revisions:
        early, latest = revisions[-1]
        reason = f"revised: {_quote(early)} was raised later to {_quote(latest)}"
        current = _common([j for j in judged if j.claim.doc == latest.claim.doc])
        return finish("compatible", reason, current, revision=True)

    agree = all(
        _open_side(a.claim) == _open_side(b.claim)
        and _inside(a.stated, b.value)
        and _inside(b.stated, a.value)
        for a, b in pairs
    )
    if agree:
        return finish("agree", _agree_reason(judged), consensus)
    return finish("compatible", _compatible_reason(pairs), consensus)


def _common(judged: Sequence[_Judged]) -> Bounds | None:
    """The intersection of all the claims' intervals, or None when some are disjoint."""
    common: Bounds | None = judged[0].value
    for j in judged[1:]:
        common = intersect(common, j.value) if common is not None else None
    return common


def _disjoint_documents(
    judged: list[_Judged], docs: list[str]
) -> tuple[list[tuple[_Judged, _Judged]], list[tuple[_Judged, _Judged]]]:
    """Pairs of documents that share no possible value: (contradictions, revisions).

    Documents, not claims, are compared: when a report names two days for one key ("Tuesday"
    and "Wednesday"), the key is ambiguous in it, and one of them overlapping the other
    report's day is enough to withhold a contradiction.
    """
    by_doc = {doc: [j for j in judged if j.claim.doc == doc] for doc in docs}
    conflicts, revisions = [], []
    for i, doc_a in enumerate(docs):
        for doc_b in docs[i + 1 :]:
            mine, theirs = by_doc[doc_a], by_doc[doc_b]
            if any(intersect(a.value, b.value) is not None for a in mine for b in theirs):
                continue
            a, b = mine[0], theirs[0]
            if all(_is_revision(x, y) for x in mine for y in theirs):
                # _is_revision held, so both have publication times and they differ.
                assert a.published is not None and b.published is not None
                revisions.append((a, b) if a.published < b.published else (b, a))
            else:
                conflicts.append((a, b))
    return conflicts, revisions


def _inside(stated: Bounds, value: Bounds) -> bool:
    return contains_closure(value, stated.low) and contains_closure(value, stated.high)


def _outliers(judged: list[_Judged], docs: list[str]) -> list[str]:
    """Documents whose claims overlap no other source's, when at least two others agree."""
    if len(docs) < 3:
        return []
    out = []
    for doc in docs:
        mine = [j for j in judged if j.claim.doc == doc]
        others = [j for j in judged if j.claim.doc != doc]
        if all(intersect(m.value, o.value) is None for m in mine for o in others) and all(
            intersect(x.value, y.value) is not None
            for i, x in enumerate(others)
            for y in others[i + 1 :]
        ):
            out.append(doc)
    return out


def _agree_reason(judged: list[_Judged]) -> str:
    quotes = list(dict.fromkeys(_quote(j) for j in judged))
    if len(quotes) == 1:
        return "the sources give the same figure"
    return f"{' and '.join(quotes[:3])} state the same figure within their precision"


def _compatible_reason(pairs: list[tuple[_Judged, _Judged]]) -> str:
    # Explain with precise figures first; a vague amount is the least informative side.
    pairs = [(a, b) for a, b in pairs if not (a.claim.vague or b.claim.vague)] or pairs
    a, b = next(((a, b) for a, b in pairs if not _inside(a.stated, b.value)), pairs[0])
    side_a, side_b = _open_side(a.claim), _open_side(b.claim)
    if side_a == side_b == "up":
        hi, lo = (a, b) if a.value.low >= b.value.low else (b, a)
        return f"both are lower bounds; {_quote(hi)} implies {_quote(lo)}"
    if side_a == side_b == "down":
        lo, hi = (a, b) if a.value.high <= b.value.high else (b, a)
        return f"both are upper bounds; {_quote(lo)} implies {_quote(hi)}"
    return (
        f"{_quote(a)} and {_quote(b)} overlap but state different figures; "
        "the consensus is what both allow"
    )
