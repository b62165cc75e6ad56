"""Docs that cannot drift: the CLI reference is generated from the app, and every command
carries help text and an example."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.core import TyperGroup

from conftest import run
from jkngap.cli import app

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "docs" / "cli.md"
REFERENCE_ID = ROOT / "docs" / "cli.id.md"
_COMMAND = typer.main.get_command(app)
assert isinstance(_COMMAND, TyperGroup)  # the app's commands are a group
GROUP: TyperGroup = _COMMAND
CONTEXT = typer.Context(GROUP)
COMMANDS = GROUP.list_commands(CONTEXT)


def _command(name: str) -> Any:
    found = GROUP.get_command(CONTEXT, name)
    assert found is not None
    return found


def _runnable() -> list[tuple[str, Any]]:
    """Every command a user runs, by its words: a command of commands (allocate) by each
    of its own (allocate agents, allocate budget)."""
    found = []
    for name in COMMANDS:
        command = _command(name)
        if isinstance(command, TyperGroup):
            context = typer.Context(command)
            for inner in command.list_commands(context):
                found.append((f"{name} {inner}", command.get_command(context, inner)))
        else:
            found.append((name, command))
    return found


RUNNABLE = _runnable()
RUN_NAMES = [name for name, _ in RUNNABLE]


def test_the_cli_reference_is_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "docs" / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    assert generate.reference() == REFERENCE.read_text(encoding="utf-8"), (
        "docs/cli.md is stale: regenerate it with python docs/generate.py"
    )
    assert generate.reference("id") == REFERENCE_ID.read_text(encoding="utf-8"), (
        "docs/cli.id.md is stale: regenerate it with python docs/generate.py"
    )


def test_commands_are_listed_in_the_order_users_meet_them() -> None:
    from jkngap.cli import COMMANDS as ORDER

    assert list(ORDER) == COMMANDS
    assert COMMANDS[0] == "needed"
    # Every module under cli/commands is a command the app lists.
    modules = sorted(path.stem for path in (ROOT / "src/jkngap/cli/commands").glob("[a-z]*.py"))
    assert modules == sorted(COMMANDS)


def test_every_command_is_in_the_reference() -> None:
    reference = REFERENCE.read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"## `jkngap {command}`" in reference


@pytest.mark.parametrize("command", [*COMMANDS, *(n for n in RUN_NAMES if " " in n)])
def test_every_command_has_help_text_and_an_example(command: str) -> None:
    click_command = dict(RUNNABLE).get(command) or GROUP.get_command(CONTEXT, command)
    assert click_command is not None
    assert click_command.help
    assert len(click_command.help) > 40
    assert click_command.epilog
    assert f"jkngap {command}" in click_command.epilog
    for parameter in click_command.params:
        if parameter.name not in ("ctx",):
            assert getattr(parameter, "help", None) or parameter.param_type_name == "argument", (
                parameter.name
            )
    shown = run(*command.split(), "--help")
    assert shown.exit_code == 0
    assert "Example" in shown.stdout


def test_a_command_of_commands_lists_its_own() -> None:
    assert "allocate agents" in RUN_NAMES
    assert "allocate budget" in RUN_NAMES


@pytest.mark.parametrize("command", RUN_NAMES)
def test_the_output_option_names_every_extension_that_works(command: str) -> None:
    from jkngap.output.registry import EXTENSIONS

    option = next(p for p in dict(RUNNABLE)[command].params if p.name == "output")
    for extension in EXTENSIONS:
        assert extension in option.help, (command, extension)


def test_the_reference_lists_each_command_in_full() -> None:
    listing = REFERENCE.read_text(encoding="utf-8").split("## ")[0]
    for command in COMMANDS:
        line = next(line for line in listing.splitlines() if line.startswith(f"* `{command}`"))
        assert not line.endswith("..."), line
        assert line.endswith("."), line


@pytest.mark.parametrize("command", [*COMMANDS, *(n for n in RUN_NAMES if " " in n)])
def test_help_reads_cleanly_at_80_columns(command: str) -> None:
    from conftest import run

    text = run(*command.split(), "--help", env={"COLUMNS": "80"}).stdout
    assert max(len(line) for line in text.splitlines()) <= 80
    options = text[text.index("Options:") :]
    assert "<bool>" not in options
    assert "<str>" not in options
    assert "\\[" not in text  # no markup escapes shown to a reader
    assert "\n\n\n" not in text


def _squeezed(text: str) -> str:
    return "".join(text.split())  # wrapped at any width, the same words


@pytest.mark.parametrize("command", ["", *COMMANDS, *(n for n in RUN_NAMES if " " in n)])
def test_help_speaks_indonesian_with_lang_or_the_environment(command: str) -> None:
    from jkngap.output.words import catalogue

    words = command.split()
    indonesian = catalogue("id")
    pages = [run(*words, "--help", env={"JKNGAP_LANG": "id"}).stdout]
    # --lang after the help, and before it (at the top, on a command of commands too).
    pages.append(run(*words, "--help", "--lang", "id").stdout)
    pages.append(run(*words, "--lang", "id", "--help").stdout)
    path = ".".join(words) or "jkngap"
    found = dict(RUNNABLE).get(command) or (GROUP.get_command(CONTEXT, command) if words else GROUP)
    assert found is not None
    for page in pages:
        assert page.startswith("Penggunaan: jkngap")
        assert "Opsi:" in page
        for english in ("Usage:", "Options:", "Commands:", "[default:", "Show this message"):
            assert english not in page, english
        assert "[OPTIONS]" not in page
        squeezed = _squeezed(page)
        assert _squeezed(indonesian[f"help.command.{path}"]) in squeezed
        if words:
            assert "Contoh:" in page
        for parameter in found.params:
            if parameter.name in ("install_completion", "show_completion"):
                continue  # shown only where the shell supports it
            key = next(
                key
                for key in (f"help.option.{path}.{parameter.name}", f"help.option.{parameter.name}")
                if key in indonesian
            )
            expected = indonesian[key].format(languages="en, id", extensions="")
            assert _squeezed(expected.split("(")[0]) in squeezed, (command, parameter.name)


def test_lang_before_a_command_is_the_language_of_the_whole_run() -> None:
    missing = ["budget", "/no/such/file.csv", "--budget", "1"]
    for words in (["--lang", "id", "allocate", *missing], ["allocate", "--lang", "id", *missing]):
        result = run(*words)
        assert result.exit_code == 2
        assert "jkngap: galat: /no/such/file.csv: berkas tidak dapat dibuka" in result.stderr
    table = run("--lang", "id", "needed", "--pop", "590393", "-f", "table").stdout
    assert "Penduduk" in table
    assert "590.393" in table
    # A command's own --lang still decides its answer.
    own = run("--lang", "id", "needed", "--pop", "590393", "-f", "table", "--lang", "en")
    assert "Population" in own.stdout
    assert "590,393" in own.stdout


def test_the_english_help_is_the_catalogues_too() -> None:
    from jkngap.output.words import catalogue

    page = run("needed", "--help", env={"JKNGAP_LANG": "en"}).stdout
    assert page.startswith("Usage: jkngap needed [OPTIONS]")
    assert _squeezed(catalogue("en")["help.option.pop"]) in _squeezed(page)


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("command", ["", *COMMANDS, *(n for n in RUN_NAMES if " " in n)])
def test_help_is_never_broken_at_a_hyphen(command: str, lang: str) -> None:
    import re

    page = run(*command.split(), "--help", env={"COLUMNS": "80", "JKNGAP_LANG": lang}).stdout
    assert max(len(line) for line in page.splitlines()) <= 80
    # A line ending in a hyphen after a letter or digit is a word, an option, a default or
    # an example cut in two ("--registrants-", "national-").
    assert not [line for line in page.splitlines() if re.search(r"\w-$", line)]


def test_awards_shows_one_value_name_in_every_command() -> None:
    # --awards takes a preset everywhere (status showed YEAR where the others show PRESET).
    shown: dict[str, set[str]] = {}
    for _, command in RUNNABLE:
        for param in command.params:
            for name in param.opts:
                if name.startswith("--") and param.metavar is not None:
                    shown.setdefault(name, set()).add(param.metavar)
    assert shown["--awards"] == {"PRESET"}
