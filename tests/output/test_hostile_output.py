"""A failing environment and hostile text on the way out: a full disk, a terminal that
cannot show a character, a name that looks like mathematics or a formula, a cell or a
sheet beyond Excel's limits, a signal to stop half-way, a language that does not exist.
Each ends in the documented exit code with a clear message, never a bug's 70."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from conftest import run, sheet_table

JKNGAP = [sys.executable, "-m", "jkngap"]


def _cli(*args: str, env: dict[str, str] | None = None, **kwargs: Any) -> Any:
    environment = {**os.environ, "JKNGAP_LANG": "", "COLUMNS": "100", **(env or {})}
    return subprocess.run(
        [*JKNGAP, *args], capture_output=True, text=True, env=environment, check=False, **kwargs
    )


def _open(path: Path) -> Any:
    from openpyxl import load_workbook

    return load_workbook(path)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_full_disk_on_standard_output_is_exit_2() -> None:
    with open("/dev/full", "w", encoding="utf-8") as full:
        done = subprocess.run(
            [*JKNGAP, "needed", "--pop", "590393", "-f", "csv"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert done.returncode == 2, done.stderr
    assert "standard output" in done.stderr
    assert "No space left on device" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_terminal_that_cannot_show_the_bars_or_a_name_gets_a_table_all_the_same(
    tmp_path: Path,
) -> None:
    source = tmp_path / "desa.csv"
    source.write_text("Nama,Penduduk,Terdaftar\nDesa Ñangka,1000,900\n", encoding="utf-8")
    env = {"PYTHONIOENCODING": "ascii"}
    table = _cli("batch", str(source), "--no-register", "-f", "table", env=env)
    assert table.returncode == 0, table.stderr
    assert "Desa ?angka" in table.stdout
    assert "| 90.00 %" in table.stdout  # the bar in ASCII, its target mark a bar
    status = _cli("status", "-p", "1000", "-r", "990", "-f", "table", env=env)
    assert status.returncode == 0, status.stderr
    # A machine format cannot drop a character: it refuses, naming the encoding.
    machine = _cli("batch", str(source), "--no-register", "-f", "csv", env=env)
    assert machine.returncode == 2
    assert "ascii" in machine.stderr
    assert "PYTHONIOENCODING" in machine.stderr


def test_a_name_that_looks_like_mathematics_is_drawn_as_written(tmp_path: Path) -> None:
    source = tmp_path / "f.csv"
    source.write_text("Nama,Penduduk,Terdaftar\nKab $\\frac{1$,1000,990\n", encoding="utf-8")
    chart = tmp_path / "chart.svg"
    done = run("batch", str(source), "--no-register", "-o", str(chart))
    assert done.exit_code == 0, done.stderr
    assert "Kab $\\frac{1$" in chart.read_text(encoding="utf-8")


def test_more_columns_than_excel_takes_are_refused_before_writing(tmp_path: Path) -> None:
    from jkngap.output.workbook import MAX_COLUMNS

    columns = [f"c{n}" for n in range(MAX_COLUMNS)]
    source = tmp_path / "wide.csv"
    source.write_text(
        ",".join(["Nama", "Penduduk", *columns]) + "\n" + ",".join(["A", "10", *"1" * MAX_COLUMNS])
    )
    target = tmp_path / "wide.xlsx"
    done = run("batch", str(source), "--no-register", "-o", str(target))
    assert done.exit_code == 2, done.stderr
    assert "16,384" in done.stderr
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wide.csv"]


def test_rows_beyond_a_sheet_go_on_under_the_header_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jkngap.output.workbook

    monkeypatch.setattr(jkngap.output.workbook, "MAX_ROWS", 12)  # a million rows, in small
    source = tmp_path / "desa.csv"
    lines = [f"Desa {n},{1000 + n},{900 + n}" for n in range(20)]
    source.write_text("Nama,Penduduk,Terdaftar\n" + "\n".join(lines) + "\n", encoding="utf-8")
    target = tmp_path / "desa.xlsx"
    assert run("batch", str(source), "--no-register", "-o", str(target)).exit_code == 0
    book = _open(target)
    results = ["Results", "Results (2)", "Results (3)"]
    assert [name for name in book.sheetnames if name.startswith("Results")] == results
    assert book.sheetnames[-1] == "Notes"
    parts = [sheet_table(book[name]) for name in results]
    assert all(part[0].keys() == parts[0][0].keys() for part in parts)  # the header on each
    names = [row["Region"] for part in parts for row in part]
    assert names == [f"Desa {n}" for n in range(20)] + ["Total"]
    details = [sheet_table(book[name]) for name in book.sheetnames if name.startswith("Details")]
    assert [row["Row"] for part in details for row in part] == [*range(2, 22), None]


def test_a_cell_that_grows_past_excels_limit_when_escaped_is_cut(tmp_path: Path) -> None:
    source = tmp_path / "f.csv"
    source.write_bytes(b"Nama,Penduduk\n" + b"\x01" * 20_000 + b",1000\n")
    target = tmp_path / "f.xlsx"
    done = run("batch", str(source), "--no-register", "--raw", "-o", str(target))
    assert done.exit_code == 0, done.stderr
    name = sheet_table(_open(target).worksheets[0])[0]["Region"]
    assert len(name) == 32_767
    assert name.startswith("\\x01\\x01")
    assert name.endswith("…")


def test_with_raw_no_header_or_title_becomes_a_formula(tmp_path: Path) -> None:
    source = tmp_path / "f.csv"
    source.write_text("Nama,Penduduk,=1+2\nA,100,=3+4\n", encoding="utf-8")
    target = tmp_path / "f.xlsx"
    title = '=HYPERLINK("http://example.com")'
    done = run("batch", str(source), "--no-register", "--raw", "--title", title, "-o", str(target))
    assert done.exit_code == 0, done.stderr
    book = _open(target)
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    texts = {cell.value for cell in cells}
    assert {"=1+2", "=3+4", title} <= texts  # kept as the text they are, as asked


def test_a_bare_carriage_return_kept_by_raw_is_quoted(tmp_path: Path) -> None:
    source = tmp_path / "f.csv"
    source.write_bytes(b'Nama,Penduduk\n"A\rB",100\nC,200\n')
    for order in ([], ["--sort", "population"]):  # rows in order, and arranged
        done = run("batch", str(source), "--no-register", "--raw", "-f", "csv", *order)
        assert done.exit_code == 0, done.stderr
        rows = list(csv.reader(io.StringIO(done.stdout, newline="")))
        assert [row[1] for row in rows[1:3]] == ["A\rB", "C"]


def test_a_no_break_space_before_a_formula_is_neutralised_on_every_path(tmp_path: Path) -> None:
    source = tmp_path / "f.csv"
    source.write_text("Nama,Penduduk\n\u00a0=HYPERLINK(1),100\n", encoding="utf-8")
    for order in ([], ["--sort", "population"], ["-o", str(tmp_path / "f.xlsx")]):
        done = run("batch", str(source), "--no-register", "-f", "csv", *order)
        assert done.exit_code == 0, done.stderr
        if order[:1] == ["-o"]:
            names = [row["Region"] for row in sheet_table(_open(tmp_path / "f.xlsx").worksheets[0])]
        else:
            names = [row[1] for row in csv.reader(io.StringIO(done.stdout))]
        assert "'\u00a0=HYPERLINK(1)" in names, (order, names)


def test_sigterm_while_writing_leaves_no_partial_file(tmp_path: Path) -> None:
    source = tmp_path / "desa.csv"
    lines = [f"Desa {n},63.{n:06d},{1000 + n % 700},{900 + n % 500}" for n in range(60_000)]
    source.write_text("Nama,Kode,Penduduk,Terdaftar\n" + "\n".join(lines) + "\n", "utf-8")
    target = tmp_path / "desa.xlsx"
    process = subprocess.Popen(
        [*JKNGAP, "batch", str(source), "--no-register", "-o", str(target)],
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob("*.partial")) and time.monotonic() < deadline:
        assert process.poll() is None, "it ended before it could be stopped"
        time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM, stderr
    assert "Traceback" not in stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["desa.csv"]


def test_json_on_standard_output_is_whole_or_nothing(tmp_path: Path) -> None:
    """A bad byte deep in a file: the run stops with exit 2, and standard output holds no
    half of a JSON list that a program would take for a short answer."""
    source = tmp_path / "desa.csv"
    lines = [f"Desa {n},1000,900".encode() for n in range(9_000)]
    lines[8_500] = b"Desa \xff,1000,900"
    source.write_bytes(b"Nama,Penduduk,Terdaftar\n" + b"\n".join(lines) + b"\n")
    done = run("batch", str(source), "--no-register", "-f", "json")
    assert done.exit_code == 2, done.stderr
    assert done.stdout == ""
    assert "line 8,502" in done.stderr  # the line that holds the byte
    whole = run("batch", str(source), "--no-register", "-f", "json", "--encoding", "latin-1")
    assert whole.exit_code == 0
    assert len(json.loads(whole.stdout)) == 9_001


def test_an_unknown_language_in_the_environment_is_said_once(tmp_path: Path) -> None:
    done = run("needed", "--pop", "590393", "-f", "table", env={"JKNGAP_LANG": "xx"})
    assert done.exit_code == 0
    warnings = [line for line in done.stderr.splitlines() if "JKNGAP_LANG" in line]
    assert len(warnings) == 1
    assert "'xx'" in warnings[0]
    assert "Population" in done.stdout  # English
    assert run("needed", "--pop", "1", env={"JKNGAP_LANG": "id_ID.UTF-8"}).stderr == ""
