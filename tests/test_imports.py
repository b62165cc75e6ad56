"""Import discipline: the rooms keep their arrows pointing down, and a command pays only for
what it runs (no Rich, Babel, Excel or other commands on a plain calculation)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORE_MODULES = [
    "jkngap",
    "jkngap.core.coverage",
    "jkngap.core.activity",
    "jkngap.core.status",
    "jkngap.core.plan",
    "jkngap.core.cost",
    "jkngap.core.check",
    "jkngap.core.regions",
    "jkngap.core.nik",
    "jkngap.core.match",
    "jkngap.core.disclosure",
]
OTHER_COMMANDS = {f"jkngap.cli.commands.{name}" for name in ("active", "status", "plan")} | {
    f"jkngap.cli.commands.{name}" for name in ("cost", "check", "batch", "match", "allocate")
}


def _modules_after(code: str) -> set[str]:
    completed = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(completed.stdout.split())


def _run_cli(*args: str) -> str:
    return (
        "from jkngap.cli import app\n"
        "try:\n"
        f"    app({list(args)!r}, prog_name='jkngap')\n"
        "except SystemExit:\n"
        "    pass\n"
    )


def test_the_core_imports_no_room_above_it_and_no_heavy_library() -> None:
    loaded = _modules_after("\n".join(f"import {name}" for name in CORE_MODULES))
    above = {"typer", "rich", "click", "babel", "openpyxl", "holidays", "duckdb"}
    assert not {name for name in loaded if name.split(".")[0] in above}
    assert not {name for name in loaded if name.startswith(("jkngap.cli", "jkngap.output"))}
    assert not {name for name in loaded if name.startswith(("jkngap.io", "jkngap.people"))}


def test_a_plain_calculation_imports_only_its_own_command() -> None:
    loaded = _modules_after(_run_cli("needed", "--pop", "590393", "-f", "plain"))
    assert "typer" in loaded
    assert "jkngap.cli.commands.needed" in loaded
    assert "jkngap.core.coverage" in loaded
    # Nothing the answer does not need: no table, locale data, Excel, calendar, other
    # commands, their core modules, or the reading of files.
    heavy = {"rich", "babel", "openpyxl", "holidays", "duckdb"}
    assert not {name for name in loaded if name.split(".")[0] in heavy}
    assert not {name for name in loaded if name.startswith("jkngap.people")}
    assert not OTHER_COMMANDS & loaded
    others = {"jkngap.core.plan", "jkngap.core.cost", "jkngap.core.check", "jkngap.core.regions"}
    assert not others & loaded
    assert not {name for name in loaded if name.startswith("jkngap.io")}
    assert not {"jkngap.output.terminal", "jkngap.output.display"} & loaded


def test_duckdb_is_loaded_only_when_lists_of_people_are_matched() -> None:
    # The room of lists of people loads neither DuckDB nor openpyxl until a match runs.
    loaded = _modules_after("import jkngap.people, jkngap.people.engine, jkngap.people.run")
    assert not {name for name in loaded if name.split(".")[0] in {"duckdb", "openpyxl"}}
    # ... and a match does load DuckDB: the check above can fail.
    ran = _modules_after(
        "from pathlib import Path\n"
        "from jkngap.people.engine import Engine\n"
        "from jkngap.people.private import private_folder\n"
        "with private_folder() as folder:\n"
        "    Engine(folder, []).close()"
    )
    assert "duckdb" in ran


def test_the_match_command_imports_duckdb_only_when_it_matches(tmp_path: Path) -> None:
    # Its help, and a refusal before any list is read, pay for neither DuckDB nor the room
    # of lists of people's engine; a match on the command line does load DuckDB.
    helped = _modules_after(_run_cli("match", "--help"))
    assert "jkngap.cli.commands.match" in helped
    assert not {name for name in helped if name.split(".")[0] in {"duckdb", "openpyxl"}}
    assert "jkngap.people.engine" not in helped
    population = tmp_path / "penduduk.csv"
    population.write_text("NIK,Kode Desa\n9999014101990001,36.01.01.2001\n", encoding="utf-8")
    members = tmp_path / "peserta.csv"
    members.write_text("NIK\n9999014101990001\n", encoding="utf-8")
    given = ["match", "--population", str(population), "--members", str(members)]
    refused = _modules_after(_run_cli(*given, "--rollup", "pulau", "-f", "plain"))
    assert "duckdb" not in refused
    matched = _modules_after(_run_cli(*given, "-f", "plain"))
    assert "duckdb" in matched
    assert "rich" not in matched


def test_a_table_does_import_rich() -> None:
    # The checks above are only worth something if this one can fail the other way.
    loaded = _modules_after(_run_cli("needed", "--pop", "590393", "-f", "table"))
    assert "rich" in loaded
    assert "jkngap.output.terminal" in loaded


def test_the_import_contracts_hold() -> None:
    # import-linter: cli over output and io, both over core; the core free of Typer, Rich,
    # Babel and openpyxl (the contracts live in pyproject.toml).
    linter = Path(sys.executable).with_name("lint-imports")
    completed = subprocess.run(
        [str(linter), "--config", str(ROOT / "pyproject.toml")],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "3 kept, 0 broken" in completed.stdout


def _cycles(room: str) -> set[frozenset[str]]:
    """The import circles among a room's modules, function-level imports included (they
    hide a circle from Python, not from a reader)."""
    import grimp

    graph = grimp.build_graph("jkngap", exclude_type_checking_imports=True)
    modules = {name for name in graph.modules if name.startswith(f"jkngap.{room}.")}
    return _circles(
        {name: graph.find_modules_directly_imported_by(name) & modules for name in modules}
    )


def _circles(edges: dict[str, set[str]]) -> set[frozenset[str]]:
    """Every circle of a graph of imports, each as the set of its modules."""
    found: set[frozenset[str]] = set()
    for start in sorted(edges):
        stack = [(start, [start])]
        while stack:
            name, path = stack.pop()
            for following in edges[name]:
                if following == start:
                    found.add(frozenset(path))
                elif following not in path and following > start:
                    stack.append((following, [*path, following]))
    return found


@pytest.mark.parametrize("room", ["core", "io", "data", "output", "cli"])
def test_no_room_imports_itself_in_a_circle(room: str) -> None:
    assert _cycles(room) == set()


def test_the_circle_finder_finds_a_circle() -> None:
    # The io room's two circles before the dispatch moved to io/tables.py, and one of three.
    before = {
        "readers": {"excel", "jsonrows", "columns"},
        "excel": {"readers", "columns"},
        "jsonrows": {"readers"},
        "columns": set(),
        "a": {"b"},
        "b": {"c"},
        "c": {"a"},
    }
    expected = {
        frozenset({"readers", "excel"}),
        frozenset({"readers", "jsonrows"}),
        frozenset({"a", "b", "c"}),
    }
    assert _circles(before) == expected
    assert _circles({"readers": {"columns"}, "columns": set()}) == set()
