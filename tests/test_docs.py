"""Docs that cannot drift: the CLI reference is generated from the app, and every command
carries help text and an example."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import typer

from conftest import run
from jkngap.cli import app

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "docs" / "cli.md"
GENERATE = [
    sys.executable,
    "-m",
    "typer",
    "jkngap.cli",
    "utils",
    "docs",
    "--name",
    "jkngap",
    "--title",
    "jkngap command-line reference",
]
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_the_cli_reference_is_up_to_date(tmp_path: Path) -> None:
    fresh = tmp_path / "cli.md"
    subprocess.run([*GENERATE, "--output", str(fresh)], check=True, capture_output=True)
    assert fresh.read_text(encoding="utf-8") == REFERENCE.read_text(encoding="utf-8"), (
        "docs/cli.md is stale: regenerate it with "
        "python -m typer jkngap.cli utils docs --name jkngap "
        "--title 'jkngap command-line reference' --output docs/cli.md"
    )


def test_every_command_is_in_the_reference() -> None:
    reference = REFERENCE.read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"## `jkngap {command}`" in reference


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_text_and_an_example(command: str) -> None:
    click_command = typer.main.get_command(app).commands[command]  # type: ignore[attr-defined]
    assert click_command.help
    assert len(click_command.help) > 40
    assert click_command.epilog
    assert f"jkngap {command}" in click_command.epilog
    for parameter in click_command.params:
        if parameter.name not in ("ctx",):
            assert getattr(parameter, "help", None) or parameter.param_type_name == "argument", (
                parameter.name
            )
    shown = run(command, "--help")
    assert shown.exit_code == 0
    assert "Example" in shown.stdout
