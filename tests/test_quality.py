"""The code meets the project's bar: ruff clean and formatted, mypy strict clean.

These run the tools the `test` extra installs, so a change that breaks the bar fails CI.
"""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT

PATHS = ["factcheck", "tests", "benchmarks", "docs"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_ruff_check() -> None:
    result = _run("ruff", "check", *PATHS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = _run("ruff", "format", "--check", *PATHS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict() -> None:
    result = _run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr
