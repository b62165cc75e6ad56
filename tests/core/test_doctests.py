"""The examples in the code's own docstrings run, so they cannot drift."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import jkngap

# Every module in every package but __main__, which runs the app when imported.
MODULES = [
    "jkngap",
    *(
        module.name
        for module in pkgutil.walk_packages(jkngap.__path__, prefix="jkngap.")
        if module.name != "jkngap.__main__"
    ),
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    failed, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failed == 0


def test_there_are_docstring_examples() -> None:
    finder = doctest.DocTestFinder()
    examples = sum(
        len(test.examples)
        for name in MODULES
        for test in finder.find(importlib.import_module(name))
    )
    assert examples >= 3
