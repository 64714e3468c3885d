"""The README's Python example runs, and its setup commands are the ones CI runs."""

from __future__ import annotations

import doctest
import re

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_python_example_runs() -> None:
    blocks = re.findall(r"```python\n(.*?)```", README, flags=re.S)
    assert blocks, "the README shows a Python example"
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    namespace: dict[str, object] = {}  # the blocks build on each other, as a reader reads them
    for i, block in enumerate(blocks):
        test = parser.get_doctest(block, namespace, f"README block {i}", "README.md", 0)
        runner.run(test, clear_globs=False)
        namespace = test.globs  # DocTest copies its globals: carry them to the next block
    result = runner.summarize(verbose=False)
    assert result.failed == 0


def test_ci_runs_the_readme_test_command() -> None:
    commands = re.findall(r"```sh\n(.*?)```", README, flags=re.S)
    assert len(commands) == 2, "two commands: install-and-run, then the tests"
    test_command = commands[1].strip()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()
    assert "factcheck compare examples/" in commands[0]
