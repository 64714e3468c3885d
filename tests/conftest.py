"""Shared fixtures: the Kerman reports of ../shared and a finder for claims by their words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import factcheck

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
KERMAN = SHARED / "corpus" / "kerman" / "documents.jsonl"


def load_jsonl(path: Path) -> list[factcheck.Document]:
    with path.open(encoding="utf-8") as handle:
        return [
            factcheck.Document.model_validate(json.loads(line)) for line in handle if line.strip()
        ]


@pytest.fixture(scope="session")
def kerman_documents() -> list[factcheck.Document]:
    if not KERMAN.exists():
        pytest.skip(f"{KERMAN} is missing: ../shared must be beside the project")
    return load_jsonl(KERMAN)


@pytest.fixture(scope="session")
def kerman_report(kerman_documents: list[factcheck.Document]) -> factcheck.Report:
    return factcheck.compare(kerman_documents)


def groups_with(report: factcheck.Report, doc_prefix: str, words: str) -> list[factcheck.Group]:
    """Groups holding a claim of a document (id starting with ``doc_prefix``) that overlaps the
    first occurrence of ``words`` in its text."""
    doc = next(d for d in report.documents if d.id.startswith(doc_prefix))
    start = doc.text.index(words)
    end = start + len(words)
    return [
        g
        for g in report.groups
        if any(c.doc == doc.id and c.start < end and start < c.end for c in g.claims)
    ]


def group_with(report: factcheck.Report, doc_prefix: str, words: str) -> factcheck.Group:
    found = groups_with(report, doc_prefix, words)
    assert len(found) == 1, f"{words!r} of {doc_prefix} is in {len(found)} groups: {found}"
    return found[0]
