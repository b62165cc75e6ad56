"""Shared helpers: run the CLI as a user would and parse what it prints."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import settings
from typer.testing import CliRunner, Result

from jkngap.cli import app

# Properties prove answers, not speed: no per-example deadline on a busy 2-core machine
# (speed targets live in benchmarks/).
settings.register_profile("jkngap", deadline=None)
settings.load_profile("jkngap")
# `mutmut run` (pyproject.toml, [tool.mutmut]) runs the core's tests once per mutant, with
# --hypothesis-profile=mutation: 25 examples a property are enough there to kill a mutant,
# and a run stays within the hour. A property's own @settings still apply.
settings.register_profile("mutation", deadline=None, max_examples=25)

# A fixed, colourless terminal, and no language preference leaking in from the machine.
ENVIRONMENT = {"TERM": "dumb", "NO_COLOR": "1", "COLUMNS": "100", "LINES": "40", "JKNGAP_LANG": ""}


@pytest.fixture(autouse=True)
def _clean_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JKNGAP_LANG", raising=False)


def run(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
    """Invoke ``jkngap ARGS`` in-process, standard output and error kept apart."""
    return CliRunner().invoke(app, list(args), input=input, env={**ENVIRONMENT, **(env or {})})


def run_json(*args: str) -> dict[str, Any]:
    """Run a command with ``-f json``, check it succeeded, and return the parsed object."""
    result = run(*args, "-f", "json")
    assert result.exit_code == 0, (result.exit_code, result.stdout, result.stderr)
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed
