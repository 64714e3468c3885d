"""The pytest plugin of factcheck: fixtures that load source documents, and readable failures.

It is registered by the ``pytest11`` entry point, so every pytest run in an environment with
factcheck installed imports it: it imports only pytest and the standard library up front.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    import datetime as dt

    from factcheck.models import Document

__all__ = [
    "MARKER",
    "MARKER_HELP",
    "factcheck_load",
    "factcheck_sources",
    "pytest_assertrepr_compare",
    "pytest_configure",
]

MARKER = "factcheck_sources"
"""``@pytest.mark.factcheck_sources("reports.jsonl", "wire.txt", published="2024-01-03")``."""

# pytest rewrites the asserts of a module only when told before the module is imported. Loaded
# by its entry point, the plugin's whole distribution is marked already; loaded with
# ``-p factcheck.pytest_plugin`` or ``pytest_plugins`` from a checkout, it is not, and this is
# the first moment to do it. A module imported earlier cannot be rewritten, and registering it
# then would only raise a warning (an error under -W error).
if "factcheck.testing" not in sys.modules:
    pytest.register_assert_rewrite("factcheck.testing")


MARKER_HELP = (
    f"{MARKER}(*paths, published=None): the documents the factcheck_sources fixture loads: "
    ".jsonl files (one document per line), plain text files (one document each, dated by "
    "published=) or folders of them; relative paths start at the test file."
)


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``factcheck_sources`` marker, so ``--strict-markers`` accepts it."""
    config.addinivalue_line("markers", MARKER_HELP)


Loader = Callable[..., "tuple[Document, ...]"]


@pytest.fixture
def factcheck_load(request: pytest.FixtureRequest) -> Loader:
    """A function ``load(*paths, published=None)`` returning the Documents of those files.

    ``.jsonl`` files hold one document per line (``{"id", "text", "published", ...}``); any
    other file is one plain text document whose id is the file name without extension, dated
    by ``published``; a folder stands for its ``.jsonl`` and ``.txt`` files in name order.
    Relative paths start at the directory of the test file.
    """
    base = Path(request.path).parent

    def load(
        *paths: str | Path, published: dt.datetime | dt.date | str | None = None
    ) -> tuple[Document, ...]:
        __tracebackhide__ = True
        from factcheck.cli import read_documents
        from factcheck.errors import InputTypeError
        from factcheck.extract import parse_published

        if not paths:
            raise InputTypeError("factcheck_load() needs at least one path")
        when = parse_published(published) if published is not None else None
        documents: list[Document] = []
        for path in _expand(base, paths):
            documents.extend(read_documents(path, when))
        return tuple(documents)

    return load


@pytest.fixture
def factcheck_sources(
    request: pytest.FixtureRequest, factcheck_load: Loader
) -> tuple[Document, ...]:
    """The Documents named by the test's ``@pytest.mark.factcheck_sources(...)`` marker."""
    __tracebackhide__ = True
    marker = request.node.get_closest_marker(MARKER)
    if marker is None:
        pytest.fail(
            f"the factcheck_sources fixture needs @pytest.mark.{MARKER}('reports.jsonl', ...) "
            "on the test, its class or its module",
            pytrace=False,
        )
    documents: tuple[Document, ...] = factcheck_load(*marker.args, **marker.kwargs)
    return documents


def _expand(base: Path, paths: tuple[str | Path, ...]) -> list[Path]:
    from factcheck.errors import InputTypeError

    out: list[Path] = []
    for raw in paths:
        if not isinstance(raw, (str, Path)):
            raise InputTypeError(f"a source path must be a str or a Path, got {type(raw).__name__}")
        path = base / Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in (".jsonl", ".txt")))
        else:
            # A missing file is left to read_documents, whose error names it.
            out.append(path)
    return out


# --------------------------------------------------------------------------------------------
# Explanations of == between factcheck objects


def _is_model(value: object) -> bool:
    # A type check that needs no import: the models are only loaded once a test made some.
    return type(value).__module__ == "factcheck.models"


def pytest_assertrepr_compare(
    config: pytest.Config, op: str, left: object, right: object
) -> list[str] | None:
    """Explain ``==`` between Claims, Groups, Reports, Documents or intervals field by field."""
    if op != "==" or not (_is_model(left) and _is_model(right)):
        return None
    return explain(left, right)


def explain(left: Any, right: Any) -> list[str]:
    """Lines that say how two factcheck models differ, quoting words and normalised values."""
    from factcheck.models import Claim, Document, Group, Report

    name_l, name_r = type(left).__name__, type(right).__name__
    if name_l != name_r:
        return [f"a factcheck {name_l} is never equal to a {name_r}"]
    if isinstance(left, Claim):
        lines = [f"{_claim(left)} == {_claim(right)}", "Differing fields:"]
        return lines + _fields(left, right)
    if isinstance(left, Group):
        lines = [f"{_group(left)} == {_group(right)}"]
        return lines + _group_diff(left, right)
    if isinstance(left, Report):
        return [f"Report of {_ids(left)} == Report of {_ids(right)}", *_report_diff(left, right)]
    if isinstance(left, Document):
        head = f"Document {left.id!r} == Document {right.id!r}"
    else:
        head = f"{_interval(left)} == {_interval(right)}"
    return [head, "Differing fields:", *_fields(left, right)]


def _interval(value: Any) -> str:
    from factcheck.report import format_interval

    return format_interval(value)


def _claim(claim: Any) -> str:
    return (
        f'"{claim.text}" ({claim.property or "no property"}, {claim.doc}: {_interval(claim.value)})'
    )


def _group(group: Any) -> str:
    return f"Group {group.verdict} {group.property or 'no property'} ({len(group.claims)} claims)"


def _ids(report: Any) -> str:
    return ", ".join(d.id for d in report.documents) or "no documents"


def _show(name: str, value: Any) -> str:
    from factcheck.models import DateInterval, NumberInterval

    if isinstance(value, (NumberInterval, DateInterval)) or (value is None and name in _INTERVALS):
        return _interval(value)
    return repr(value)


_INTERVALS = frozenset({"value", "consensus", "spread"})


def _fields(left: Any, right: Any) -> list[str]:
    lines = []
    for name in type(left).model_fields:
        a, b = getattr(left, name), getattr(right, name)
        if a != b and name != "claims":
            lines.append(f"  {name}: {_show(name, a)} != {_show(name, b)}")
    return lines or ["  (none: the models differ only in type)"]


def _claim_key(claim: Any) -> tuple[str, int, int]:
    return (claim.doc, claim.start, claim.end)


def _group_diff(left: Any, right: Any) -> list[str]:
    lines = ["Differing fields:", *[line for line in _fields(left, right) if "(none" not in line]]
    keys_l = {_claim_key(c): c for c in left.claims}
    keys_r = {_claim_key(c): c for c in right.claims}
    only_l = [c for k, c in keys_l.items() if k not in keys_r]
    only_r = [c for k, c in keys_r.items() if k not in keys_l]
    changed = [(c, keys_r[k]) for k, c in keys_l.items() if k in keys_r and c != keys_r[k]]
    for c in only_l:
        lines.append(f"  claim only on the left: {_claim(c)}")
    for c in only_r:
        lines.append(f"  claim only on the right: {_claim(c)}")
    for a, b in changed:
        lines.append(f"  claim {_claim(a)} differs:")
        lines.extend("  " + line for line in _fields(a, b))
    if len(lines) == 1:
        lines.append("  the claims are the same but in another order")
    return lines


def _report_diff(left: Any, right: Any) -> list[str]:
    lines = []
    ids_l = [d.id for d in left.documents]
    ids_r = [d.id for d in right.documents]
    if ids_l != ids_r:
        lines.append(f"documents: {ids_l} != {ids_r}")
    docs_r = {d.id: d for d in right.documents}
    for a in left.documents:
        b = docs_r.get(a.id)
        if b is not None and a != b:
            lines.append(f"document {a.id!r} differs:")
            lines.extend(_fields(a, b))

    def key(group: Any) -> tuple[tuple[str, int, int], ...]:
        return tuple(_claim_key(c) for c in group.claims)

    groups_r = {key(g): g for g in right.groups}
    groups_l = {key(g): g for g in left.groups}
    for g in left.groups:
        other = groups_r.get(key(g))
        if other is None:
            lines.append(f"group only on the left: {_group(g)}: {_words(g)}")
        elif other != g:
            lines.append(f"group {_words(g)} differs:")
            lines.extend("  " + line for line in _group_diff(g, other))
    for g in right.groups:
        if key(g) not in groups_l:
            lines.append(f"group only on the right: {_group(g)}: {_words(g)}")
    return lines or ["the groups are the same but in another order"]


def _words(group: Any) -> str:
    return ", ".join(f'"{c.text}" ({c.doc})' for c in group.claims)
