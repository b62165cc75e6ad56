"""Hostile and awkward workbooks, built by the tests themselves: each ends in a clear answer
(exit 2 naming the file, or a row error), within seconds and bounded memory."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from typer.testing import Result

from conftest import run

HEADER: list[object] = ["Kabupaten/Kota", "Kode", "Jumlah Penduduk", "Peserta Terdaftar"]


def _workbook(tmp_path: Path, rows: Sequence[Sequence[object]], name: str = "w.xlsx") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    workbook.save(path)
    return path


def _rewrite(path: Path, part: str, change: Callable[[str], str]) -> None:
    """Rewrite one part of a workbook (``change`` maps its old text to the new)."""
    with zipfile.ZipFile(path) as archive:
        parts = {item.filename: archive.read(item.filename) for item in archive.infolist()}
    parts[part] = change(parts[part].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def _csv(result: Result) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_a_dimension_that_lies_does_not_pad_every_row(tmp_path: Path) -> None:
    path = _workbook(tmp_path, [HEADER, ["Kab. Sambas", "61.01", 650000, 551200]])
    _rewrite(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:XFD1048576"/>', xml),
    )
    result = run("batch", str(path), "-f", "csv")
    assert result.exit_code == 0, result.stderr
    assert _csv(result)[0]["registrants_needed"] == "85800"


def test_a_zip_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import jkngap.io.excel

    monkeypatch.setattr(jkngap.io.excel, "MAX_XML_BYTES", 1_000_000)
    path = _workbook(tmp_path, [HEADER, ["A", "1", 1, 1]])
    _rewrite(path, "xl/worksheets/sheet1.xml", lambda xml: xml + " " * 2_000_000)
    assert path.stat().st_size < 100_000  # small on disk, large unpacked
    result = run("batch", str(path))
    assert result.exit_code == 2
    assert "w.xlsx: the workbook unpacks to more than 1,000,000 bytes" in result.stderr


def test_entity_expansion_is_refused(tmp_path: Path) -> None:
    path = _workbook(tmp_path, [HEADER, ["A", "1", 1, 1]])
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )
    _rewrite(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: laughs + re.sub(r"^<\?xml[^>]*\?>", "", xml).replace(">A<", ">&lol2;<"),
    )
    result = run("batch", str(path))
    assert result.exit_code == 2
    assert "w.xlsx: not a readable Excel workbook" in result.stderr


def test_a_formula_whose_result_was_never_saved_is_named(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path, [HEADER, ["Kab. Sambas", "61.01", 650000, "=C2*0.9"], ["B", "61.02", 10, 9]]
    )
    result = run("batch", str(path), "-f", "csv")
    assert result.exit_code == 3
    rows = _csv(result)
    assert "column 'Peserta Terdaftar': '=C2*0.9' is a formula whose result" in rows[0]["error"]
    assert rows[1]["registrants_needed"] == "1"


def test_a_hidden_first_sheet_is_passed_over_and_said(tmp_path: Path) -> None:
    workbook = Workbook()
    hidden = workbook.active
    assert hidden is not None
    hidden.title = "lama"
    hidden.append(HEADER)
    hidden.append(["Old", "61.01", 1, 1])
    hidden.sheet_state = "hidden"
    shown = workbook.create_sheet("2025")
    shown.append(HEADER)
    shown.append(["Kab. Sambas", "61.01", 650000, 551200])
    path = tmp_path / "w.xlsx"
    workbook.save(path)
    result = run("batch", str(path), "-f", "csv")
    assert result.exit_code == 0
    assert _csv(result)[0]["region"] == "Kab. Sambas"
    assert "the first sheet, 'lama', is hidden: read '2025'" in result.stderr


def test_a_chartsheet_is_not_a_table(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADER)
    sheet.append(["A", "1", 1, 1])
    chart = BarChart()
    chart.add_data(Reference(sheet, min_col=3, min_row=1, max_row=2))
    workbook.create_chartsheet("Grafik").add_chart(chart)
    path = tmp_path / "w.xlsx"
    workbook.save(path)
    result = run("batch", str(path), "--sheet", "Grafik")
    assert result.exit_code == 2
    assert "'Grafik' is a chart" in result.stderr
    assert run("batch", str(path), "-f", "csv").exit_code == 0  # the first worksheet


def test_more_rows_than_excel_allows_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jkngap.io.excel

    monkeypatch.setattr(jkngap.io.excel, "MAX_ROWS", 3)
    path = _workbook(tmp_path, [HEADER, *[["A", "1", 10, 9]] * 4])
    result = run("batch", str(path), "-f", "csv")
    assert result.exit_code == 2
    assert "more than 3 rows" in result.stderr
    # Refused before any row is written: the header alone, no region and no total.
    assert result.stdout.splitlines()[1:] == []


def test_a_cell_longer_than_excel_allows_is_refused(tmp_path: Path) -> None:
    # openpyxl cuts what it writes to Excel's limit; a hostile file need not.
    path = _workbook(tmp_path, [HEADER, ["A", "1", 10, 9], ["LONG", "2", 10, 9]])
    _rewrite(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace("LONG", "x" * 40_000))
    result = run("batch", str(path), "-f", "csv")
    assert result.exit_code == 2
    assert "a cell on line 3 is longer than the 32,767 characters" in result.stderr


@pytest.mark.parametrize(
    "content",
    [b"PK\x03\x04not really a zip", b"PK\x03\x04" + b"\x00" * 100],
)
def test_a_broken_workbook_is_exit_2_naming_the_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(content)
    result = run("batch", str(path))
    assert result.exit_code == 2
    assert "broken.xlsx: not a readable Excel workbook" in result.stderr
