"""Every example in the package's docstrings runs and gives what it shows."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from types import ModuleType

import pytest

import factcheck


def _modules() -> list[ModuleType]:
    names = sorted(m.name for m in pkgutil.walk_packages(factcheck.__path__, prefix="factcheck."))
    return [importlib.import_module(name) for name in ["factcheck", *names]]


@pytest.mark.parametrize("module", _modules(), ids=lambda m: m.__name__)
def test_docstring_examples(module: ModuleType) -> None:
    failures, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failures == 0
