"""Run every Python code block of the Markdown pages in docs/ as a test, with sybil.

Blocks that start with ``>>>`` are doctests (their output is checked); other ``python``
blocks are run and must not raise. Each page runs in one namespace, from the project root,
so ``examples/ferry-fire.jsonl`` is found whatever directory pytest was started from.
"""

from __future__ import annotations

import doctest
import importlib
import os
from pathlib import Path
from typing import Any

import pytest
from sybil import Sybil
from sybil.parsers.markdown import PythonCodeBlockParser, SkipParser

ROOT = Path(__file__).resolve().parent.parent


def module_namespace(name: str) -> dict[str, Any]:
    """The globals a docstring example of module ``name`` runs with, as doctest gives them."""
    module = importlib.import_module(name)
    return {k: v for k, v in vars(module).items() if not k.startswith("__")}


def pytest_configure(config: pytest.Config) -> None:
    """Load factcheck's pytest plugin for the docs' examples when no entry point did.

    Installed, factcheck registers it through ``pytest11``; from a bare checkout on
    ``PYTHONPATH`` it is not, and the cookbook's ``@pytest.mark.factcheck_sources`` would be
    an unknown mark (an error under ``-W error``).
    """
    import factcheck.pytest_plugin as plugin

    if not config.pluginmanager.is_registered(plugin):
        config.pluginmanager.register(plugin, "factcheck")


def _setup(namespace: dict[str, Any]) -> None:
    namespace["_cwd"] = os.getcwd()
    namespace["module_namespace"] = module_namespace
    os.chdir(ROOT)


def _teardown(namespace: dict[str, Any]) -> None:
    os.chdir(namespace["_cwd"])


pytest_collect_file = Sybil(
    parsers=[
        PythonCodeBlockParser(doctest_optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE),
        SkipParser(),
    ],
    patterns=["*.md"],
    setup=_setup,
    teardown=_teardown,
).pytest()
