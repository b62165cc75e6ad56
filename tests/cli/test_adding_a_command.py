"""Adding a command is one core module, one command module, its words and its fields
(CONTRIBUTING.md's worked example, run): every format works at once."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import run

CORE = """
from dataclasses import dataclass
from fractions import Fraction

from jkngap.core.model import Note, Record, checked_count
from jkngap.core.results import Single


@dataclass(frozen=True)
class Reach(Single):
    population: int
    registered: int
    added: int
    notes: tuple[Note, ...] = ()

    kind = "reach"

    def record(self) -> Record:
        after = self.registered + self.added
        return {
            "population": self.population,
            "registered": self.registered,
            "added": self.added,
            "coverage_pct": Fraction(100 * after, self.population),
        }

    def headline(self) -> Fraction:
        return self.record()["coverage_pct"]


def reach(*, population: int, registered: int, added: int) -> Reach:
    return Reach(
        checked_count(population, "population", positive=True),
        checked_count(registered, "registered"),
        checked_count(added, "added"),
    )
"""

COMMAND = '''
from typing import Annotated

from jkngap.cli import options as o
from jkngap.cli.app import Answer, command_app
from jkngap.core.reach import reach

app = command_app("reach", "jkngap reach --pop 590393 --registered 560000 --added 20000")
AddedOption = Annotated[str | None, o.count_option("--added")]


@app.define
def reach_command(
    *,
    place: o.PlaceOptions,
    figures: Annotated[o.Figures, o.FIGURES.only("registered")],
    added: AddedOption = None,
    view: o.ViewOptions,
) -> Answer:
    """The coverage a region reaches with more registrants."""
    result = reach(
        population=place.population,
        registered=figures.registered,
        added=o.count_from(added, "added"),
    )
    return o.answer(o.placed(result, place), view)
'''


@pytest.fixture
def reach_added(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    import importlib

    import jkngap.cli.commands
    import jkngap.core
    from jkngap.output.fields import FIELDS, Field, Kind
    from jkngap.output.words import catalogue

    for folder, text in (("core", CORE), ("commands", COMMAND)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "reach.py").write_text(text, encoding="utf-8")
    # 1. one core module and 2. one command module (and its name in COMMANDS)
    monkeypatch.setattr(jkngap.core, "__path__", [*jkngap.core.__path__, str(tmp_path / "core")])
    commands = jkngap.cli.commands
    monkeypatch.setattr(commands, "__path__", [*commands.__path__, str(tmp_path / "commands")])
    app = importlib.import_module("jkngap.cli.app")  # the package's `app` is the Typer app
    monkeypatch.setattr(app, "COMMANDS", (*app.COMMANDS, "reach"))
    # 3. its words, in every catalogue
    for lang, words in (
        ("en", ("Coverage with more", "Added", "The coverage with more.", "More registrants.")),
        ("id", ("Cakupan", "Tambahan", "Cakupan dengan tambahan.", "Tambahan peserta.")),
    ):
        monkeypatch.setitem(catalogue(lang), "title.reach", words[0])
        monkeypatch.setitem(catalogue(lang), "label.added", words[1])
        monkeypatch.setitem(catalogue(lang), "help.command.reach", words[2])
        monkeypatch.setitem(catalogue(lang), "help.option.added", words[3])
    # 4. its fields, one line each
    monkeypatch.setitem(FIELDS, "added", Field("added", Kind.COUNT))
    yield
    for name in ("jkngap.core.reach", "jkngap.cli.commands.reach"):
        sys.modules.pop(name, None)


def test_a_new_command_takes_every_format_at_once(reach_added: None, tmp_path: Path) -> None:
    args = ["reach", "--pop", "590.393", "--registered", "560000", "--added", "20000"]
    data = json.loads(run(*args, "-f", "json").stdout)
    assert data == {
        "population": 590393,
        "registered": 560000,
        "added": 20000,
        "coverage_pct": 98.2396,
        "notes": [],  # every answer's JSON says what its table says below itself
    }
    assert run(*args, "-f", "plain").stdout == "98.2396\n"
    assert run(*args, "-f", "csv").stdout.splitlines()[1] == "590393,560000,20000,98.2396"
    table = run(*args, "-f", "table", "--lang", "id").stdout
    assert "Tambahan" in table
    assert "98,23 %" in table
    target = tmp_path / "reach.xlsx"
    assert run(*args, "-o", str(target)).exit_code == 0
    wrong = run("reach", "--pop", "x")
    assert wrong.exit_code == 2
    assert "--pop" in wrong.stderr
    assert "jkngap reach" in run("reach", "--help").stdout
    shown = run("reach", "--help", "--lang", "id").stdout.split()
    assert shown[shown.index("--added") :][:4] == ["--added", "JUMLAH", "Tambahan", "peserta."]
