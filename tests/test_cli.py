"""The command line: compare and extract on files, JSON output, and bad input (exit 2)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

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
