"""The docs cover the whole public surface, stay in step with the docstrings, and run."""

from __future__ import annotations

import argparse
import ast
import importlib.util
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

import factcheck
import factcheck.testing
from factcheck import cli

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))


def _gen_api() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_api", DOCS / "gen_api.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = cli._parser()
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(sub.choices)


def _python_blocks(page: Path) -> list[str]:
    """The source of each Python code block of a page, doctest prompts removed."""
    blocks = re.findall(r"^```python\n(.*?)^```", page.read_text(encoding="utf-8"), re.M | re.S)
    out = []
    for block in blocks:
        lines = block.splitlines()
        if any(line.startswith(">>>") for line in lines):
            lines = [line[4:] for line in lines if line.startswith((">>> ", "... ", ">>>"))]
        out.append("\n".join(lines))
    return out


@pytest.mark.parametrize("name", factcheck.__all__)
def test_every_public_name_is_in_the_api_reference(name: str) -> None:
    api = (DOCS / "api.md").read_text(encoding="utf-8")
    assert f"### `factcheck.{name}`" in api, f"factcheck.{name} is missing from docs/api.md"


@pytest.mark.parametrize("name", factcheck.testing.__all__)
def test_every_testing_helper_is_in_the_api_reference(name: str) -> None:
    api = (DOCS / "api.md").read_text(encoding="utf-8")
    assert f"### `factcheck.testing.{name}`" in api, f"{name} is missing from docs/api.md"


def test_the_api_reference_is_generated_from_the_current_docstrings() -> None:
    gen_api = _gen_api()
    page = (DOCS / "api.md").read_text(encoding="utf-8")
    assert page == gen_api.render(), "docs/api.md is out of date: run python docs/gen_api.py"


@pytest.mark.parametrize("command", sorted(_commands()))
def test_every_cli_command_and_option_is_in_the_cli_reference(command: str) -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert f"## `factcheck {command}`" in text, f"factcheck {command} is missing from docs/cli.md"
    section = text.split(f"## `factcheck {command}`", 1)[1].split("\n## ", 1)[0]
    for action in _commands()[command]._actions:
        for option in action.option_strings:
            if option in ("-h", "--help"):
                continue
            # An option shared with an earlier command may be described there.
            assert option in section or option in text, f"{command} {option} is not documented"
        if action.choices and not action.option_strings:
            for choice in action.choices:
                assert f"`{choice}`" in section, f"{command} {choice} is not documented"


def test_the_docs_check_catches_a_missing_public_name(monkeypatch: pytest.MonkeyPatch) -> None:
    # The checks above must fail when something new is not documented: add a public name.
    def brand_new() -> None:
        """A function nobody documented yet."""

    monkeypatch.setattr(factcheck, "brand_new", brand_new, raising=False)
    monkeypatch.setattr(factcheck, "__all__", [*factcheck.__all__, "brand_new"])
    page = (DOCS / "api.md").read_text(encoding="utf-8")
    assert "### `factcheck.brand_new`" not in page
    assert "### `factcheck.brand_new`" in _gen_api().render()


RELATIVE_DATE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow"
    r"|tonight|ago|last (?:week|month|year)|next (?:week|month|year)"
    # A month is relative unless its year is written ("March 11" is; "January 2020" is not).
    r"|(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan\.|feb\.|mar\.|apr\.|jun\.|jul\.|aug\.|sept?\.|oct\.|nov\.|dec\.)"
    r"(?!\s+(?:\d{1,2},?\s+)?\d{4}))",
    re.IGNORECASE,
)


def _unpinned_dates(code: str) -> list[str]:
    """Calls of extract()/Document()/assert_*() on literal text with a relative date and no
    ``published=``: their result would depend on a clock the library never reads."""
    found = []
    for node in ast.walk(ast.parse(code)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in ("extract", "Document", "assert_supported", "assert_claim"):
            continue
        if any(k.arg == "published" for k in node.keywords):
            continue
        texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
        texts += [k.value.value for k in node.keywords if isinstance(k.value, ast.Constant)]
        for text in texts:
            if isinstance(text, str) and RELATIVE_DATE.search(text):
                found.append(f"{name}({text!r})")
    return found


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_dates_in_examples_are_pinned_by_a_publication_date(page: Path) -> None:
    unpinned = [call for code in _python_blocks(page) for call in _unpinned_dates(code)]
    # The one example that shows what happens without a publication date is allowed.
    allowed = {"extract('The ship sank on Wednesday.')"}
    assert [c for c in unpinned if c not in allowed] == []


def test_the_date_check_finds_an_unpinned_weekday() -> None:
    assert _unpinned_dates('factcheck.extract("They met on Wednesday.")') == [
        "extract('They met on Wednesday.')"
    ]
    assert _unpinned_dates('extract("They met on Wednesday.", published="2024-01-03")') == []
    assert _unpinned_dates('extract("At least 73 people died.")') == []
    assert _unpinned_dates('Document(id="a", text="It sank on March 11.")') != []
    assert _unpinned_dates('Document(id="a", text="He died in January 2020.")') == []


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_links_between_pages_resolve(page: Path) -> None:
    for target in re.findall(r"\]\(([^)#:]+\.md)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
        assert (page.parent / target).exists(), f"{page.name} links to missing {target}"


def test_the_docs_collect_at_least_ten_examples_from_four_pages() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:randomly", "docs"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    items = [line for line in out.stdout.splitlines() if line.startswith("docs/")]
    per_page = Counter(line.split("::")[0] for line in items)
    assert len(items) >= 10, out.stdout + out.stderr
    assert len(per_page) >= 4, per_page
