"""A group of options that takes another group: its options are the other's too, in its
place, and its value is built from the other's value (files' view: the view with --raw)."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from typer.testing import CliRunner

from jkngap.cli.groups import Group, grouped

NameOption = Annotated[str, typer.Option("--name")]
LoudOption = Annotated[bool, typer.Option("--loud")]
TimesOption = Annotated[int, typer.Option("--times")]


def _name(name: NameOption = "world", times: TimesOption = 1) -> dict[str, object]:
    return {"name": name, "times": times}


NAME = Group(_name)
NameOptions = Annotated[dict[str, object], NAME]


def _greeting(*, loud: LoudOption = False, who: NameOptions) -> dict[str, object]:
    return {**who, "loud": loud}


GreetingOptions = Annotated[dict[str, object], Group(_greeting)]
# The outer group keeping only some of the inner group's options: the others keep their
# defaults, even where the command has an option of the same name of its own.
ShortGreetingOptions = Annotated[dict[str, object], Group(_greeting).only("loud", "name")]


def _run(command: typer.models.CommandFunctionType, *args: str) -> object:
    app = typer.Typer()
    app.command()(grouped(command))
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_a_group_in_a_group_takes_the_inner_options_and_builds_on_its_value() -> None:
    def hello(*, greeting: GreetingOptions) -> None:
        typer.echo(json.dumps(greeting))

    said = _run(hello, "--loud", "--name", "Sambas", "--times", "3")
    assert said == {"name": "Sambas", "times": 3, "loud": True}
    assert _run(hello) == {"name": "world", "times": 1, "loud": False}
    shown = [parameter.name for parameter in Group(_greeting).parameters]
    assert shown == ["loud", "name", "times"]  # the inner group's options in its place


def test_options_an_outer_group_leaves_out_keep_their_defaults() -> None:
    def hello(*, greeting: ShortGreetingOptions, times: TimesOption = 7) -> None:
        typer.echo(json.dumps({**greeting, "own": times}))

    said = _run(hello, "--name", "Bengkayang", "--times", "5")
    assert said == {"name": "Bengkayang", "times": 1, "loud": False, "own": 5}
