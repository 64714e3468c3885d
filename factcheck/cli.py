"""The ``factcheck`` command: thin wrappers that read files, call the library and print.

    factcheck compare REPORT... [--published ISO] [--json] [--progress | --no-progress]
    factcheck extract FILE... [--published ISO] [--json] [--progress | --no-progress]
    factcheck schema [report|claim|document]

Plain text files become one document each (id: the file name without extension); ``.jsonl``
files hold one document per line (``{"id", "text", "published", "source", "url"}``), read
line by line; a folder stands for the files under it. ``extract`` prints each document's
claims as soon as it has them; ``compare`` writes its JSON group by group. A file that cannot
be read is reported on one line of stderr; the others are still processed, and the exit
status is 2. On a terminal, a run that lasts more than half a second shows a progress line on
stderr.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import textwrap
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .errors import DocumentReadError, FactcheckError, PublishedDateError
from .models import Document

if TYPE_CHECKING:
    from .models import Report

__all__ = ["main", "read_documents"]

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def read_documents(
    path: Path,
    published: dt.datetime | None,
    *,
    on_read: Callable[[int], None] | None = None,
) -> Iterator[Document]:
    """Documents of one file, streamed; raises DocumentReadError naming the file and line.

    ``on_read`` is told how many characters each JSON line held, as it is read (progress).
    """
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        yield from _read_jsonl(path, on_read)
        return
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DocumentReadError(f"cannot read {path}: {_why(exc)}") from exc
    yield Document(id=path.stem, text=text, published=published)


def _read_jsonl(path: Path, on_read: Callable[[int], None] | None = None) -> Iterator[Document]:
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise DocumentReadError(f"cannot read {path}: {_why(exc)}") from exc
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                if on_read is not None:
                    on_read(len(line))
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
        p.add_argument(
            "files",
            nargs="+",
            type=Path,
            metavar="FILE",
            help="plain text files (one report each), .jsonl documents, or folders of them",
        )
        p.add_argument(
            "--published",
            metavar="ISO",
            help="publication date of the plain text files (e.g. 2024-01-03)",
        )
        p.add_argument(
            "--json",
            action="store_true",
            help="write JSON (compare: the report; extract: one claim per line)",
        )
        p.add_argument(
            "--progress",
            action=argparse.BooleanOptionalAction,
            default=None,
            help="show a progress line on stderr (default: on a terminal, for runs longer "
            "than half a second)",
        )
    s = sub.add_parser("schema", help="print the JSON Schema of factcheck's JSON")
    s.add_argument("model", nargs="?", default="report", choices=("report", "claim", "document"))
    return parser


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
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

    files = _expand(args.files)
    progress = _Progress(err, files, forced=args.progress)

    def documents() -> Iterator[Document]:
        for path in files:
            if not published_ok and path.suffix.lower() not in (".jsonl", ".ndjson"):
                problems.append(f"{path}: skipped, it needs a valid --published")
                progress.file_done(path)
                continue
            try:
                yield from read_documents(path, published, on_read=progress.read)
            except DocumentReadError as exc:
                problems.append(str(exc))
            progress.file_done(path)

    try:
        if args.command == "extract":
            _run_extract(documents(), as_json=args.json, out=out, progress=progress)
        else:
            _run_compare(
                documents(), as_json=args.json, out=out, problems=problems, progress=progress
            )
    except BrokenPipeError:
        # The reader stopped early (``factcheck extract ... | head``): what it wanted was
        # written, so stop quietly rather than with a traceback.
        _drop_output(out)
    finally:
        progress.close()
    for problem in problems:
        print(f"factcheck: error: {problem}", file=err)
    return EXIT_BAD_INPUT if problems else EXIT_OK


def _run_extract(
    docs: Iterator[Document], *, as_json: bool, out: TextIO, progress: _Progress
) -> None:
    from .extract import extract
    from .report import render_claims

    # One document at a time: its claims are printed before the next is read, so memory stays
    # that of the largest document and a later bad file loses nothing already printed.
    for doc in docs:
        claims = extract(doc)
        progress.before_output(out)
        if as_json:
            for claim in claims:
                print(json.dumps(claim.model_dump(mode="json"), ensure_ascii=False), file=out)
        elif claims:
            print(render_claims(claims), file=out)
        progress.update()


def _run_compare(
    docs: Iterator[Document],
    *,
    as_json: bool,
    out: TextIO,
    problems: list[str],
    progress: _Progress,
) -> None:
    from .compare import compare
    from .report import render_text

    collected = []
    seen: set[str] = set()
    for doc in docs:
        if doc.id in seen:
            problems.append(f"document id {doc.id!r} appears twice; the second was skipped")
            continue
        seen.add(doc.id)
        collected.append(doc)
        progress.update()
    n = len(collected)
    progress.status(f"comparing {n:,} document{'' if n == 1 else 's'}")
    report = compare(collected)
    del collected  # the report holds the documents now
    progress.before_output(out)
    if as_json:
        write_json(report, out)
    else:
        print(render_text(report), file=out)


def write_json(report: Report, out: TextIO) -> None:
    """Write ``render_json(report)`` and a newline, one document and one group at a time.

    The text is the same; building it whole would hold the report twice more in memory, as
    nested dicts and as one string, each several times the size of the input texts.
    """
    fields = list(type(report).model_fields)
    out.write("{\n")
    for i, name in enumerate(fields):
        items = getattr(report, name)
        out.write(f"  {json.dumps(name)}: ")
        if not items:
            out.write("[]")
        else:
            out.write("[\n")
            for j, item in enumerate(items):
                text = json.dumps(item.model_dump(mode="json"), ensure_ascii=False, indent=2)
                out.write(textwrap.indent(text, "    "))
                out.write(",\n" if j < len(items) - 1 else "\n")
            out.write("  ]")
        out.write(",\n" if i < len(fields) - 1 else "\n")
    out.write("}\n")


class _Progress:
    """One line on stderr: files and megabytes read of the total, rate and time left.

    Auto mode draws only on a terminal and only once the run has lasted ``DELAY`` seconds, so
    quick runs and redirected stderr stay clean; ``--progress`` draws from the start anywhere.
    Redrawn at most every ``INTERVAL`` seconds: drawing must cost nothing next to the work.
    """

    DELAY = 0.5
    INTERVAL = 0.1

    def __init__(self, stream: TextIO, files: Sequence[Path], *, forced: bool | None) -> None:
        self.stream = stream
        self.tty = _isatty(stream)
        self.enabled = forced if forced is not None else self.tty
        self.delay = 0.0 if forced else self.DELAY
        self.files = len(files)
        self.total = sum(_size(p) for p in files) if self.enabled else 0
        self.files_done = 0
        self.bytes_done = 0  # of the files finished
        self.chars_in_file = 0  # of the file being read (characters stand in for bytes)
        self.started = time.monotonic()
        self.last_draw = -1.0
        self.drawn = False
        self.note = ""

    def read(self, chars: int) -> None:
        self.chars_in_file += chars

    def file_done(self, path: Path) -> None:
        self.files_done += 1
        if self.enabled:
            self.bytes_done += _size(path)
        self.chars_in_file = 0
        self.update()

    def status(self, note: str) -> None:
        self.note = note
        self.update(force=True)

    def update(self, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.started < self.delay:
            return
        if not force and now - self.last_draw < self.INTERVAL:
            return
        self.last_draw = now
        self._draw(self._line(now))

    def before_output(self, out: TextIO) -> None:
        # Output to the same terminal would be written over the progress line: clear it first.
        if self.drawn and self.tty and _isatty(out):
            self._draw("")
            self.drawn = False

    def close(self) -> None:
        if not self.drawn:
            return
        if self.tty:
            self._draw("")
        else:
            self.update(force=True)
            self.stream.write("\n")
        self.stream.flush()
        self.drawn = False

    def _line(self, now: float) -> str:
        done = min(self.total, self.bytes_done + self.chars_in_file) if self.total else 0
        share = done / self.total if self.total else self.files_done / max(self.files, 1)
        width = 24
        filled = int(share * width)
        elapsed = max(now - self.started, 1e-9)
        rate = done / elapsed
        left = f", {_clock((self.total - done) / rate)} left" if rate > 0 and share < 1 else ""
        line = (
            f"factcheck [{'#' * filled}{'.' * (width - filled)}] {share:4.0%} "
            f"{self.files_done:,}/{self.files:,} files, {done / 1e6:,.1f}/{self.total / 1e6:,.1f}"
            f" MB, {rate / 1e6:,.1f} MB/s{left}"
        )
        return f"{line}; {self.note}" if self.note else line

    def _draw(self, line: str) -> None:
        # "\r" returns to the line's start; ESC[K clears what a longer line left behind.
        self.stream.write("\r" + line + ("\x1b[K" if self.tty else ""))
        self.stream.flush()
        self.drawn = bool(line)


def _expand(paths: Sequence[Path]) -> list[Path]:
    """Each folder stands for the files under it, in sorted order, hidden ones left out.

    A feed of thousands of files does not fit on a command line; its folder does.
    """
    out: list[Path] = []
    for path in paths:
        if not path.is_dir():
            out.append(path)
            continue
        for found in sorted(path.rglob("*")):
            hidden = any(part.startswith(".") for part in found.relative_to(path).parts)
            if found.is_file() and not hidden:
                out.append(found)
    return out


def _drop_output(out: TextIO) -> None:
    # Python flushes stdout once more at exit, which would fail again on the closed pipe.
    if out is sys.stdout:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or file-less stream is no terminal
        return False


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # unreadable files are reported when they are read


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
