"""The pytest plugin, exercised in real pytest sessions run in fresh directories (pytester)."""

from __future__ import annotations

import ast
import importlib.metadata
import subprocess
import sys
from pathlib import Path

import pytest

import factcheck

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[1]
KERMAN = ROOT.parent / "shared" / "corpus" / "kerman" / "documents.jsonl"
PACKAGE_HOME = Path(factcheck.__file__).resolve().parents[1]


def _installed() -> bool:
    entry_points = importlib.metadata.entry_points(group="pytest11")
    return any(ep.value == "factcheck.pytest_plugin" for ep in entry_points)


def _run(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, *args: str
) -> pytest.RunResult:
    """A pytest session in a fresh process, in pytester's directory, with the plugin loaded
    the way a user's would be: by its entry point when factcheck is installed, else by -p."""
    monkeypatch.setenv("PYTHONPATH", str(PACKAGE_HOME))
    plugin = [] if _installed() else ["-p", "factcheck.pytest_plugin"]
    return pytester.runpytest_subprocess(*plugin, "-p", "no:cacheprovider", *args)


KERMAN_TEST = """
import json
from pathlib import Path

from factcheck import Document
from factcheck.testing import assert_supported

SOURCES = [
    Document.model_validate(json.loads(line))
    for line in Path({path!r}).read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def test_summary():
    assert_supported({text!r}, SOURCES)
"""


@pytest.fixture
def kerman_path() -> str:
    if not KERMAN.exists():
        pytest.skip(f"{KERMAN} is missing: ../shared must be beside the project")
    return str(KERMAN)


def test_a_summary_with_the_wrong_toll_fails_and_says_why(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, kerman_path: str
) -> None:
    text = "Twin blasts in Kerman killed 50 people on Wednesday."
    pytester.makepyfile(test_summary=KERMAN_TEST.format(path=kerman_path, text=text))
    result = _run(pytester, monkeypatch)
    result.assert_outcomes(failed=1)
    output = result.stdout.str()
    assert '"50 people"' in output
    assert "more than 100" in output.lower()
    assert "At least 73" in output
    assert "contradict" in output
    # __tracebackhide__: the failure points at the user's line, not into factcheck.testing.
    result.stdout.fnmatch_lines([">       assert_supported(*", "E   *ClaimAssertionError: *"])
    assert "factcheck/testing.py:" not in output
    result.stdout.fnmatch_lines(["test_summary.py:*: ClaimAssertionError"])


def test_a_summary_within_the_sources_passes(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, kerman_path: str
) -> None:
    text = "Twin blasts in Kerman killed more than 100 people and injured at least 140."
    pytester.makepyfile(test_summary=KERMAN_TEST.format(path=kerman_path, text=text))
    result = _run(pytester, monkeypatch)
    result.assert_outcomes(passed=1)


def test_the_marker_loads_sources_beside_the_test_file(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports = pytester.mkdir("reports")
    (reports / "wire.jsonl").write_text(
        '{"id": "wire", "published": "2025-03-12", "text": "The fire killed 14 people."}\n',
        encoding="utf-8",
    )
    (reports / "coastguard.txt").write_text("At least 12 people died.", encoding="utf-8")
    pytester.makepyfile(
        test_marker="""
        import pytest
        from factcheck.testing import assert_supported

        @pytest.mark.factcheck_sources("reports/wire.jsonl")
        def test_one_file(factcheck_sources):
            assert [d.id for d in factcheck_sources] == ["wire"]
            assert factcheck_sources[0].published.year == 2025
            assert_supported("Fourteen people died.", factcheck_sources)

        @pytest.mark.factcheck_sources("reports", published="2025-03-11")
        def test_a_folder(factcheck_sources):
            assert [d.id for d in factcheck_sources] == ["coastguard", "wire"]
            assert str(factcheck_sources[0].published) == "2025-03-11 00:00:00"

        def test_the_factory(factcheck_load):
            assert len(factcheck_load("reports/coastguard.txt", "reports/wire.jsonl")) == 2

        def test_without_the_marker(factcheck_sources):
            pass

        @pytest.mark.factcheck_sources("reports/missing.jsonl")
        def test_a_missing_file(factcheck_sources):
            pass
        """
    )
    result = _run(pytester, monkeypatch, "--strict-markers", "-rE")
    result.assert_outcomes(passed=3, errors=2)
    result.stdout.fnmatch_lines(
        [
            "*the factcheck_sources fixture needs @pytest.mark.factcheck_sources(*",
            "*cannot read *missing.jsonl*",
        ],
        consecutive=False,
    )


def test_the_marker_is_registered(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _run(pytester, monkeypatch, "--markers")
    result.stdout.fnmatch_lines(["@pytest.mark.factcheck_sources(*paths, published=None): *"])


def test_comparing_models_explains_the_difference(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.makepyfile(
        test_models="""
        from factcheck.models import Claim, NumberInterval, Group

        def claim(text, low):
            return Claim(doc="a", kind="count", text=text, start=0, end=len(text),
                         property="killed", value=NumberInterval(low=low, high=low, unit="person"))

        def test_claims():
            assert claim("12 people", 12) == claim("14 people", 14)

        def test_groups():
            one = Group(verdict="agree", property="killed", subject=None,
                        claims=(claim("12 people", 12),))
            two = Group(verdict="contradict", property="killed", subject=None,
                        claims=(claim("12 people", 12), claim("9 people", 9)))
            assert one == two
        """
    )
    result = _run(pytester, monkeypatch)
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(
        [
            'E * "12 people" (killed, a: 12 person) == "14 people" (killed, a: 14 person)',
            "E *Differing fields:",
            "E *text: '12 people' != '14 people'",
            "E *value: 12 person != 14 person",
        ]
    )
    result.stdout.fnmatch_lines(
        [
            "E * Group agree killed (1 claims) == Group contradict killed (2 claims)",
            "E *verdict: 'agree' != 'contradict'",
            'E *claim only on the right: "9 people" (killed, a: 9 person)',
        ]
    )


def test_importing_the_plugin_is_cheap() -> None:
    # factcheck's own __init__ is kept cheap by the package; the plugin must add nothing heavy.
    heavy = ("pint", "dateparser", "rapidfuzz", "factcheck.testing")
    code = (
        "import sys, factcheck.pytest_plugin\n"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(PACKAGE_HOME), "PATH": "/usr/bin:/bin"},
    )
    assert out.stdout.strip() == "[]"


def test_the_plugin_imports_only_pytest_and_the_standard_library_up_front() -> None:
    source = (PACKAGE_HOME / "factcheck" / "pytest_plugin.py").read_text(encoding="utf-8")
    top_level = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Import):
            top_level += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            top_level.append(node.module)
    roots = {name.split(".")[0] for name in top_level}
    assert roots <= set(sys.stdlib_module_names) | {"pytest"}, roots


def test_the_entry_point_is_declared() -> None:
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["entry-points"]["pytest11"] == {"factcheck": "factcheck.pytest_plugin"}
