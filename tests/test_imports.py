"""Import discipline: the core stays free of Typer and Rich; scripts never pay for Rich."""

from __future__ import annotations

import subprocess
import sys

CORE_MODULES = ["jkngap", "jkngap.gaps", "jkngap.numbers", "jkngap.output", "jkngap.messages"]


def _modules_after(code: str) -> set[str]:
    completed = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(completed.stdout.split())


def test_the_core_imports_neither_typer_nor_rich() -> None:
    loaded = _modules_after("\n".join(f"import {name}" for name in CORE_MODULES))
    assert not {name for name in loaded if name.split(".")[0] in {"typer", "rich", "click"}}


def test_a_plain_calculation_does_not_import_rich() -> None:
    code = (
        "import sys\n"
        "from jkngap.cli import app\n"
        "try:\n"
        "    app(['needed', '--pop', '590393', '-f', 'plain'], prog_name='jkngap')\n"
        "except SystemExit:\n"
        "    pass\n"
    )
    loaded = _modules_after(code)
    assert "typer" in loaded
    assert "jkngap.gaps" in loaded
    # Nothing the answer does not need: no table, locale data, Excel, calendar or checker.
    heavy = {"rich", "babel", "openpyxl", "holidays"}
    assert not {name for name in loaded if name.split(".")[0] in heavy}
    assert not {"jkngap.agreement", "jkngap.plan", "jkngap.batch", "jkngap.table"} & loaded


def test_a_table_does_import_rich() -> None:
    # The check above is only worth something if this one can fail the other way.
    code = (
        "from jkngap.cli import app\n"
        "try:\n"
        "    app(['needed', '--pop', '590393', '-f', 'table'], prog_name='jkngap')\n"
        "except SystemExit:\n"
        "    pass\n"
    )
    assert "rich" in _modules_after(code)
