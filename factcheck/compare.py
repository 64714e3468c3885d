"""compare(): documents in, a Report of grouped claims and verdicts out.

Copies of one wire story (identical or near-identical texts under different ids) are found
first, so that their claims count once: two outlets printing one agency's text are one source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from .errors import InputTypeError, InputValueError
from .extract import as_document, build_claims, find_mentions
from .lexicon.properties import CROWD_PROPERTIES, FLUCTUATING_PROPERTIES
from .models import Document, Group, Report

# compare() imports the stages it runs (dates, align, properties, verdicts) when it is first
# called, as extract.py does and for the same reason: their tables are built by the first
# call, not by every `import factcheck`.

__all__ = ["COPY_SIMILARITY", "VERDICT_ORDER", "compare", "wire_copies"]

VERDICT_ORDER = {"contradict": 0, "compatible": 1, "agree": 2, "single_source": 3}
"""The order a reader wants: what is wrong first, what only one source says last."""

COPY_SIMILARITY = 92.0
"""rapidfuzz ratio (0-100) of normalised texts above which two documents are one story.

Wire copies differ by a dateline, a byline or a trimmed last sentence; two outlets writing
their own reports of one event stay far below this (their wording differs throughout)."""

_MAY_FALL = FLUCTUATING_PROPERTIES | {"injured"}
"""Counts whose figure told as current ("still", "remaining") updates earlier ones: the
injured fall as some of them die, though their toll is otherwise read as one that grows."""

_PLACED_KINDS = frozenset(["count", "quantity"])
"""Claims whose clause may name where they were counted or measured ("arrested 20 people in
Lyon", "gusts reached 60 mph in Hamburg"): figures of two named places never clash."""

_EDGE_WORDS = 12
"""Words at each end of a text that block candidate copies: a copy keeps its start or its end."""

_MAX_BLOCK = 64
"""Past this many candidates in one block, each is compared with the block's first only."""

_NON_WORD = re.compile(r"[^0-9a-z]+")
_FIGURE = re.compile(r"\d[\d,.]*")


def _ratio(a: str, b: str) -> float:
    # Imported on first use: rapidfuzz is only needed when two texts might be copies.
    from rapidfuzz import fuzz

    return float(fuzz.ratio(a, b))


def _normal(text: str) -> str:
    return _NON_WORD.sub(" ", text.lower()).strip()


def wire_copies(docs: Iterable[Document]) -> dict[str, str]:
    """Map each document that copies an earlier one to the id of the story's first document.

    A copy has the same figures in the same order (it may trim or add a sentence without
    figures, or trim the last ones), and a normalised text at least
    ``COPY_SIMILARITY`` alike: a wire story reprinted with a new dateline is a copy; its
    update with a higher toll is a new report, and may revise or contradict the first.

    The first is the earliest published (input order breaks ties). Candidates are blocked by
    their first and last words, so the cost stays near-linear in the number of documents.
    """
    ordered = list(docs)
    rank = {d.id: i for i, d in enumerate(ordered)}
    texts = {d.id: _normal(d.text) for d in ordered}
    figures = {d.id: _FIGURE.findall(d.text) for d in ordered}
    parent = {d.id: d.id for d in ordered}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    blocks: dict[tuple[str, str], list[str]] = {}
    for d in ordered:
        words = texts[d.id].split()
        if len(words) < 8:
            continue  # too short to tell a copy from a coincidence
        blocks.setdefault(("head", " ".join(words[:_EDGE_WORDS])), []).append(d.id)
        blocks.setdefault(("tail", " ".join(words[-_EDGE_WORDS:])), []).append(d.id)
    for ids in blocks.values():
        if len(ids) < 2:
            continue
        pairs = (
            ((a, b) for i, a in enumerate(ids) for b in ids[i + 1 :])
            if len(ids) <= _MAX_BLOCK
            else ((ids[0], b) for b in ids[1:])
        )
        for a, b in pairs:
            ra, rb = root(a), root(b)
            if ra == rb:
                continue
            if not _same_figures(figures[a], figures[b]):
                continue  # an update with new figures is a new report, not a copy
            if _trimmed(texts[a], texts[b]) or _ratio(texts[a], texts[b]) >= COPY_SIMILARITY:
                parent[max(ra, rb, key=rank.__getitem__)] = min(ra, rb, key=rank.__getitem__)
    published = {d.id: d.published for d in ordered}
    stories: dict[str, list[str]] = {}
    for d in ordered:
        stories.setdefault(root(d.id), []).append(d.id)
    out: dict[str, str] = {}
    for members in stories.values():
        if len(members) < 2:
            continue
        first = min(members, key=lambda i: (_sort_time(published[i]), rank[i]))
        for m in members:
            if m != first:
                out[m] = first
    return out


def _trimmed(a: str, b: str) -> bool:
    """One text is the other with its end (or its dateline) cut, and keeps most of it."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return 2 * len(short) >= len(long) and (long.startswith(short) or long.endswith(short))


def _same_figures(a: list[str], b: list[str]) -> bool:
    """The figures of one text, in order, begin or end the other's: a copy may trim a last
    sentence or add a dateline, but never changes a figure it keeps."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return long[: len(short)] == short or long[len(long) - len(short) :] == short


def _sort_time(moment: Any) -> float:
    return moment.timestamp() if moment is not None else float("inf")


def compare(documents: Iterable[Document | str]) -> Report:
    """Extract the claims of every document, group those about the same thing, judge them.

    ``documents`` are :class:`Document` models (plain strings get the ids ``doc1``, ``doc2``...).
    Groups come ordered for a reader: contradictions, compatible ranges, agreements, then
    claims only one source makes. Copies of one wire story count as one source.
    """
    from . import dates
    from .align import align_groups
    from .properties import (
        cause_of,
        estimator_of,
        is_correction,
        is_current,
        payer_of,
        place_of,
    )
    from .verdicts import judge

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
    copies = wire_copies(docs)
    texts = {doc.id: doc.text for doc in docs}
    corrections: set[tuple[str, int]] = set()
    causes: dict[tuple[str, int], str] = {}
    places: dict[tuple[str, int], str] = {}
    payers: dict[tuple[str, int], str] = {}
    estimators: dict[tuple[str, int], str] = {}
    # One pass in reading order: the words around each claim are read while its document's
    # sentence table is at hand.
    for c in claims:
        text, key = texts[c.doc], (c.doc, c.start)
        if c.kind == "count":
            if is_correction(text, c.start) or (
                # "six are still missing": the current figure of a count that may fall; the
                # injured fall too as some of them die ("the remaining 27 injured")
                c.property in _MAY_FALL and is_current(text, c.start, c.end)
            ):
                corrections.add(key)
            if (cause := cause_of(text, c.start)) is not None:
                causes[key] = cause
        if c.kind in _PLACED_KINDS and (place := place_of(text, c.start, c.end)) is not None:
            places[key] = place
        if c.property in CROWD_PROPERTIES and (who := estimator_of(text, c.start, c.end)):
            estimators[key] = who
        if (c.property or "").startswith("money") and (payer := payer_of(text, c.start)):
            payers[key] = payer
    groups = [
        judge(
            g.claims,
            published,
            copies=copies,
            why_apart=g.note,
            corrections=corrections,
            causes=causes,
            places=places,
            payers=payers,
            estimators=estimators,
            texts=texts,
        )
        for g in align_groups(claims)
    ]
    position = {doc.id: i for i, doc in enumerate(docs)}
    groups.sort(key=lambda g: _reading_order(g, position))
    return Report(documents=tuple(docs), groups=tuple(groups))


def _reading_order(group: Group, position: Mapping[str, int]) -> tuple[int, int, int]:
    first = min(group.claims, key=lambda c: (position[c.doc], c.start))
    return (VERDICT_ORDER[group.verdict], position[first.doc], first.start)


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
