"""compare(): documents in, a Report of grouped claims and verdicts out."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from . import dates
from .align import align
from .errors import InputTypeError, InputValueError
from .extract import as_document, build_claims, find_mentions
from .models import Document, Group, Report
from .verdicts import judge

__all__ = ["VERDICT_ORDER", "compare"]

VERDICT_ORDER = {"contradict": 0, "compatible": 1, "agree": 2, "single_source": 3}
"""The order a reader wants: what is wrong first, what only one source says last."""


def compare(documents: Iterable[Document | str]) -> Report:
    """Extract the claims of every document, group those about the same thing, judge them.

    ``documents`` are :class:`Document` models (plain strings get the ids ``doc1``, ``doc2``...).
    Groups come ordered for a reader: contradictions, compatible ranges, agreements, then
    claims only one source makes.
    """
    docs = _documents(documents)
    date_mentions = {}
    number_mentions = {}
    for doc in docs:
        date_mentions[doc.id], number_mentions[doc.id] = find_mentions(doc)
    # An anniversary in one report may be anchored by a date in another.
    resolved = dates.resolve_anniversaries(date_mentions)
    claims = [
        claim
        for doc in docs
        for claim in build_claims(doc, resolved[doc.id], number_mentions[doc.id])
    ]
    published = {doc.id: doc.published for doc in docs}
    groups = [judge(group, published) for group in align(claims)]
    groups.sort(key=_reading_order)
    return Report(documents=tuple(docs), groups=tuple(groups))


def _reading_order(group: Group) -> tuple[int, int]:
    first = group.claims[0]
    return (VERDICT_ORDER[group.verdict], first.start)


def _documents(documents: Any) -> list[Document]:
    if isinstance(documents, (str, Document)) or not isinstance(documents, Iterable):
        raise InputTypeError(
            "compare() expects an iterable of factcheck.Document (or str), "
            f"got {type(documents).__name__}"
        )
    docs = [as_document(d, default_id=f"doc{i}") for i, d in enumerate(documents, 1)]
    seen: set[str] = set()
    for doc in docs:
        if doc.id in seen:
            raise InputValueError(f"two documents share the id {doc.id!r}; ids must be unique")
        seen.add(doc.id)
    return docs
