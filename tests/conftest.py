"""Shared helpers: run the CLI as a user would and parse what it prints.

In-process runs go through Typer's CliRunner; a run as a process (:func:`run_process`)
gets the environment a user's shell has, not the test runner's: output buffered as Python
buffers it and bytecode kept (no ``PYTHONUNBUFFERED``, no ``PYTHONDONTWRITEBYTECODE``,
both taken out of this process's environment too, so that every child inherits a user's),
and a terminal, width and language set on purpose.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
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

# Set by test runners and CI images, never by a user's shell: unbuffered output hides a
# reader that goes away before the buffer is flushed, and no bytecode charges every run
# a compile of jkngap's modules.
RUNNER_ONLY = ("PYTHONUNBUFFERED", "PYTHONDONTWRITEBYTECODE")
for _name in RUNNER_ONLY:
    os.environ.pop(_name, None)


def user_environment(**extra: str) -> dict[str, str]:
    """The environment of a user's shell: this machine's, without RUNNER_ONLY, with a
    plain terminal of 100 columns, UTF-8 and no language preference (``extra`` on top)."""
    environment = {k: v for k, v in os.environ.items() if k not in RUNNER_ONLY}
    environment.update(
        {"TERM": "dumb", "COLUMNS": "100", "LANG": "C.UTF-8", "NO_COLOR": "1", "JKNGAP_LANG": ""}
    )
    environment.update(extra)
    return environment


def run_process(
    *args: str, env: dict[str, str] | None = None, **options: Any
) -> subprocess.CompletedProcess[str]:
    """``jkngap ARGS`` as a process, in a user's environment, its output captured as text
    (``options`` go to subprocess.run: input, stdout, timeout...)."""
    options.setdefault("capture_output", "stdout" not in options)
    options.setdefault("timeout", 300)
    return subprocess.run(
        [sys.executable, "-m", "jkngap", *args],
        check=False,
        text=True,
        env=env or user_environment(),
        **options,
    )


@pytest.fixture(autouse=True)
def _clean_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JKNGAP_LANG", raising=False)


def run(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None) -> Result:
    """Invoke ``jkngap ARGS`` in-process, standard output and error kept apart."""
    return CliRunner().invoke(app, list(args), input=input, env={**ENVIRONMENT, **(env or {})})


def run_json(*args: str) -> dict[str, Any]:
    """Run a command with ``-f json``, check it succeeded, and return the parsed object."""
    result = run(*args, "-f", "json")
    assert result.exit_code == 0, (result.exit_code, result.stdout, result.stderr)
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed


def header_row(sheet: Any) -> int:
    """The row (counted from 1) of a sheet's header: the last of the rows frozen above its
    data (a title block may stand above it)."""
    frozen = getattr(sheet, "freeze_panes", None)  # a read-only sheet does not say
    if frozen:
        return int("".join(char for char in frozen if char.isdigit())) - 1
    rows = list(sheet.iter_rows(max_row=40, values_only=True))
    if rows and sum(value is not None for value in rows[0]) == 1:  # a title, then facts
        blank = next(at for at, row in enumerate(rows) if all(v is None for v in row))
        return blank + 2
    return 1


def sheet_table(sheet: Any) -> list[dict[str, Any]]:
    """A sheet's rows under its header, as dicts by header (a read-only sheet may end a
    row at its last filled cell)."""
    rows = list(sheet.iter_rows(min_row=header_row(sheet), values_only=True))
    header = list(rows[0])
    return [
        dict(zip(header, [*row, *[None] * (len(header) - len(row))], strict=True))
        for row in rows[1:]
    ]
