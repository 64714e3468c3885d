"""The command line: compare and extract on files, JSON output, and bad input (exit 2)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import factcheck
from factcheck.cli import main

from .conftest import KERMAN, ROOT

EXAMPLE = ROOT / "examples" / "ferry-fire.jsonl"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_compare_prints_one_block_per_group_with_verdicts() -> None:
    code, out, err = run("compare", str(EXAMPLE))
    assert code == 0, err
    assert "COMPATIBLE" in out
    assert "killed" in out
    assert '"at least 12 people"' in out or "at least 12" in out
    assert out.rstrip().splitlines()[-1].startswith("2 documents,")


def test_compare_json_is_the_report_contract() -> None:
    code, out, _ = run("compare", "--json", str(KERMAN))
    assert code == 0
    data = json.loads(out)
    assert {"documents", "groups"} <= set(data)
    for group in data["groups"]:
        assert group["verdict"] in {"agree", "compatible", "contradict", "single_source"}
        for claim in group["claims"]:
            doc = next(d for d in data["documents"] if d["id"] == claim["doc"])
            assert doc["text"][claim["start"] : claim["end"]] == claim["text"]


def test_extract_json_lines(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("At least 73 people were killed on Wednesday.", encoding="utf-8")
    code, out, _ = run("extract", "--json", "--published", "2024-01-03", str(report))
    assert code == 0
    claims = [json.loads(line) for line in out.splitlines()]
    assert {c["doc"] for c in claims} == {"report"}
    assert any(c["property"] == "killed" for c in claims)
    days = [c for c in claims if c["kind"] == "date"]
    assert days
    assert days[0]["value"]["low"].startswith("2024-01-03")


def test_unreadable_file_reports_one_line_and_keeps_the_others(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Twelve people were killed.", encoding="utf-8")
    code, out, err = run("extract", str(tmp_path / "missing.txt"), str(good))
    assert code == 2
    assert "killed" in out
    assert err.count("\n") == 1
    assert "missing.txt" in err


def test_bad_jsonl_line_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "Two blasts."}\nnot json\n', encoding="utf-8")
    code, out, err = run("compare", str(bad), str(EXAMPLE))
    assert code == 2
    assert "bad.jsonl:2" in err
    assert "documents," in out


def test_bad_published_exits_2_after_the_other_files(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Twelve people were killed on Tuesday.", encoding="utf-8")
    code, out, err = run("compare", "--published", "yesterday", str(text), str(EXAMPLE))
    assert code == 2
    assert "bad --published" in err
    assert "ISO 8601" in err
    assert "documents," in out


def test_schema_command() -> None:
    code, out, _ = run("schema", "claim")
    assert code == 0
    assert json.loads(out)["title"] == "Claim"


@pytest.mark.parametrize("argv", [["compare"], ["frobnicate"]], ids=["no-files", "no-command"])
def test_bad_arguments_exit_2(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv, stdout=io.StringIO(), stderr=io.StringIO())
    assert info.value.code == 2


def test_console_script_runs() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "factcheck.cli", "compare", str(EXAMPLE)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "documents," in out.stdout


# ---------------------------------------------------------------------------------------------
# Streaming and the progress line (issue 7)
# ---------------------------------------------------------------------------------------------


class _Terminal(io.StringIO):
    """A stream that says it is a terminal, as a user's stderr is."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("source", [KERMAN, EXAMPLE], ids=["kerman", "example"])
def test_streamed_json_is_render_json(source: Path) -> None:
    from factcheck.cli import write_json
    from factcheck.report import render_json

    from .conftest import load_jsonl

    report = factcheck.compare(load_jsonl(source))
    out = io.StringIO()
    write_json(report, out)
    assert out.getvalue() == render_json(report) + "\n"


def test_streamed_json_of_an_empty_report() -> None:
    from factcheck.cli import write_json
    from factcheck.report import render_json

    report = factcheck.compare([factcheck.Document(id="a", text="Nothing to count here.")])
    out = io.StringIO()
    write_json(report, out)
    assert out.getvalue() == render_json(report) + "\n"


def test_extract_prints_each_document_before_reading_the_next(tmp_path: Path) -> None:
    lines = tmp_path / "docs.jsonl"
    lines.write_text(
        '{"id": "a", "text": "Twelve people were killed."}\n'
        '{"id": "b", "text": "Five people were injured."}\n',
        encoding="utf-8",
    )
    seen: list[str] = []

    class Out(io.StringIO):
        def write(self, s: str) -> int:
            seen.append(s)
            return super().write(s)

    from factcheck import cli

    read: list[str] = []
    original = cli.read_documents

    def spy(*args: object, **kwargs: object) -> object:
        for doc in original(*args, **kwargs):  # type: ignore[arg-type]
            read.append(doc.id)
            # the claims of the documents before this one are already written
            assert sum('"doc": "a"' in s for s in seen) == (1 if doc.id == "b" else 0)
            yield doc

    cli.read_documents = spy  # type: ignore[assignment]
    try:
        code = main(["extract", "--json", str(lines)], stdout=Out(), stderr=io.StringIO())
    finally:
        cli.read_documents = original
    assert code == 0
    assert read == ["a", "b"]


def test_no_progress_line_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    code, _, err = run("extract", str(EXAMPLE))
    assert code == 0
    assert err == ""


def test_progress_line_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck import cli

    monkeypatch.setattr(cli._Progress, "DELAY", 0.0)
    monkeypatch.setattr(cli._Progress, "INTERVAL", 0.0)
    files = []
    for i in range(3):
        path = tmp_path / f"r{i}.txt"
        path.write_text(f"{i + 2} people were killed.", encoding="utf-8")
        files.append(str(path))
    out, err = io.StringIO(), _Terminal()
    code = main(["extract", "--published", "2024-01-03", *files], stdout=out, stderr=err)
    assert code == 0
    assert "3/3 files" in err.getvalue()
    assert "100%" in err.getvalue()
    # the line is cleared at the end, so the terminal is left clean
    assert err.getvalue().endswith("\r\x1b[K")
    assert "killed" in out.getvalue()


def test_forced_progress_ends_with_the_last_state_and_errors_on_their_own_line(
    tmp_path: Path,
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Twelve people were killed.", encoding="utf-8")
    code, out, err = run("compare", "--progress", str(tmp_path / "missing.txt"), str(good))
    assert code == 2
    assert "documents," in out
    *bar, error, rest = err.split("\n")
    assert "2/2 files" in bar[-1]
    assert "comparing 1 document" in bar[-1]
    assert error.startswith("factcheck: error:")
    assert "missing.txt" in error
    assert rest == ""


def test_no_progress_flag_silences_it(tmp_path: Path) -> None:
    code, _, err = run("extract", "--no-progress", str(EXAMPLE))
    assert code == 0
    assert err == ""


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    lines = tmp_path / "many.jsonl"
    lines.write_text(
        "".join(
            json.dumps({"id": f"d{i}", "text": f"At least {i} people were killed."}) + "\n"
            for i in range(2000)
        ),
        encoding="utf-8",
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck.cli", "extract", "--json", str(lines)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    assert '"doc": "d0"' in proc.stdout.readline()
    proc.stdout.close()  # as `| head -1` does
    err = proc.stderr.read()
    proc.wait(timeout=120)
    proc.stderr.close()
    assert "Traceback" not in err
    assert "BrokenPipeError" not in err


def test_a_folder_stands_for_the_files_under_it(tmp_path: Path) -> None:
    feed = tmp_path / "feed"
    (feed / "day2").mkdir(parents=True)
    (feed / "a.txt").write_text("Twelve people were killed.", encoding="utf-8")
    (feed / "day2" / "b.jsonl").write_text(
        '{"id": "b", "text": "Five people were injured."}\n', encoding="utf-8"
    )
    (feed / ".hidden.txt").write_text("Nine people were killed.", encoding="utf-8")
    code, out, err = run("extract", "--json", str(feed))
    assert code == 0, err
    docs = [json.loads(line)["doc"] for line in out.splitlines()]
    assert docs == ["a", "b"]


def test_extract_memory_does_not_grow_with_the_number_of_documents(tmp_path: Path) -> None:
    # Streaming, checked by memory rather than time: four times the documents must not need
    # four times the memory (tracemalloc counts Python allocations, not the machine's load).
    # Every document has the same text, so the recognisers' caches of seen sentences do not
    # grow with their number: what grows would be what the command keeps.
    import tracemalloc

    def peak(n: int) -> int:
        lines = tmp_path / f"docs{n}.jsonl"
        lines.write_text(
            "".join(
                json.dumps({"id": f"d{i}", "text": "At least 73 people were killed. " * 20}) + "\n"
                for i in range(n)
            ),
            encoding="utf-8",
        )
        main(["extract", "--json", str(lines)], stdout=io.StringIO(), stderr=io.StringIO())
        out = io.StringIO()

        class Sink(io.StringIO):
            def write(self, s: str) -> int:
                return len(s)  # the output goes nowhere, as to a pipe

        tracemalloc.start()
        try:
            main(["extract", "--json", str(lines)], stdout=Sink(), stderr=out)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small, large = peak(100), peak(400)
    assert large < 2 * small, f"peak {large:,} B for 400 documents, {small:,} B for 100"
