"""The ``factcheck`` command: thin wrappers that read files, call the library and print.

    factcheck compare REPORT... [--published ISO] [--json]
    factcheck extract FILE... [--published ISO] [--json]
    factcheck schema [report|claim|document]

Plain text files become one document each (id: the file name without extension); ``.jsonl``
files hold one document per line (``{"id", "text", "published", "source", "url"}``). A file
that cannot be read is reported on one line of stderr; the others are still processed, and
the exit status is 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from .errors import DocumentReadError, FactcheckError, PublishedDateError
from .models import Document

__all__ = ["main", "read_documents"]

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def read_documents(path: Path, published: dt.datetime | None) -> Iterator[Document]:
    """Documents of one file, streamed; raises DocumentReadError naming the file and line."""
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        yield from _read_jsonl(path)
        return
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DocumentReadError(f"cannot read {path}: {_why(exc)}") from exc
    yield Document(id=path.stem, text=text, published=published)


def _read_jsonl(path: Path) -> Iterator[Document]:
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise DocumentReadError(f"cannot read {path}: {_why(exc)}") from exc
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    if not isinstance(record, dict):
                        raise ValueError("a line must hold a JSON object")
                    yield Document.model_validate(record)
                except (ValueError, FactcheckError) as exc:
                    raise DocumentReadError(f"{path}:{number}: {_why(exc)}") from exc
        except UnicodeDecodeError as exc:
            raise DocumentReadError(f"cannot read {path}: {_why(exc)}") from exc


def _why(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return " ".join(str(exc).split())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factcheck",
        description="Compare the numbers and dates of several reports of one event.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, help_text in (
        ("compare", "group the claims of all files and print a verdict per group"),
        ("extract", "print the claims of each file"),
    ):
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("files", nargs="+", type=Path, metavar="FILE",
                       help="plain text files (one report each) or .jsonl documents")
        p.add_argument("--published", metavar="ISO",
                       help="publication date of the plain text files (e.g. 2024-01-03)")
        p.add_argument("--json", action="store_true",
                       help="write JSON (compare: the report; extract: one claim per line)")
    s = sub.add_parser("schema", help="print the JSON Schema of factcheck's JSON")
    s.add_argument("model", nargs="?", default="report", choices=("report", "claim", "document"))
    return parser


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None,
         stderr: TextIO | None = None) -> int:
    """Run the command line; returns the exit status (0, or 2 for bad input)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    args = _parser().parse_args(argv)
    if args.command == "schema":
        from .schema import json_schema

        print(json.dumps(json_schema(args.model), indent=2), file=out)
        return EXIT_OK

    problems: list[str] = []
    published: dt.datetime | None = None
    published_ok = True
    if args.published is not None:
        from .extract import parse_published

        try:
            published = parse_published(args.published)
        except PublishedDateError as exc:
            problems.append(f"bad --published: {exc}")
            published_ok = False

    def documents() -> Iterator[Document]:
        for path in args.files:
            if not published_ok and path.suffix.lower() not in (".jsonl", ".ndjson"):
                problems.append(f"{path}: skipped, it needs a valid --published")
                continue
            try:
                yield from read_documents(path, published)
            except DocumentReadError as exc:
                problems.append(str(exc))

    if args.command == "extract":
        _run_extract(documents(), as_json=args.json, out=out)
    else:
        _run_compare(documents(), as_json=args.json, out=out, problems=problems)
    for problem in problems:
        print(f"factcheck: error: {problem}", file=err)
    return EXIT_BAD_INPUT if problems else EXIT_OK


def _run_extract(docs: Iterator[Document], *, as_json: bool, out: TextIO) -> None:
    from .extract import extract
    from .report import render_claims

    for doc in docs:
        claims = extract(doc)
        if as_json:
            for claim in claims:
                print(json.dumps(claim.model_dump(mode="json"), ensure_ascii=False), file=out)
        elif claims:
            print(render_claims(claims), file=out)


def _run_compare(docs: Iterator[Document], *, as_json: bool, out: TextIO,
                 problems: list[str]) -> None:
    from .compare import compare
    from .report import render_json, render_text

    collected = []
    seen: set[str] = set()
    for doc in docs:
        if doc.id in seen:
            problems.append(f"document id {doc.id!r} appears twice; the second was skipped")
            continue
        seen.add(doc.id)
        collected.append(doc)
    report = compare(collected)
    print(render_json(report) if as_json else render_text(report), file=out)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
