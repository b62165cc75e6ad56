"""Rows that are not regions: titles above the header, the file's own totals and subtotals,
notes below the data, blank lines. Each is kept or named, and never summed."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import run

# As officials export it: a title and a date above the header, a blank line, a JUMLAH row
# and notes below the data.
REKAP = """\
REKAPITULASI PESERTA JKN KALIMANTAN BARAT,,,
Posisi Juli 2025,,,

Kabupaten/Kota,Kode,Jumlah Penduduk,Peserta Terdaftar
Kab. Sambas,61.01,650000,551200
Kab. Bengkayang,61.07,300000,295800

Kab. Landak,61.08,400000,392900
JUMLAH,,1350000,1239900
Keterangan: data BPJS,,,
Sumber: Dinkes,,,
"""


def _batch(tmp_path: Path, text: str, *args: str, name: str = "f.csv") -> tuple[Any, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = run("batch", str(path), "-f", "json", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout), result.stderr


def test_a_real_export_is_read_below_its_title_and_its_total_is_not_summed(
    tmp_path: Path,
) -> None:
    records, stderr = _batch(tmp_path, REKAP)
    by_row = {record["row"]: record for record in records}
    # Every line is in the output but the blank ones, which are named.
    assert sorted(r for r in by_row if r) == [1, 2, 5, 6, 8, 9, 10, 11]
    assert "line above the header (REKAPITULASI" in by_row[1]["note"]
    assert by_row[9]["region"] == "JUMLAH"
    assert "own total" in by_row[9]["note"]
    assert by_row[9]["registrants_needed"] is None  # not computed as a region
    assert "a note in the file (Keterangan: data BPJS)" in by_row[10]["note"]
    total = records[-1]
    # The province is the three kabupaten, once: not 2,700,000 with its JUMLAH row.
    assert (total["population"], total["registered"]) == (1_350_000, 1_239_900)
    assert total["registrants_needed"] == 1_323_000 - 1_239_900
    assert "not regions, left out of the sums: 1, 2, 9, 10, 11" in stderr
    assert "blank lines skipped: 3, 7" in stderr


def test_a_published_total_that_differs_from_the_regions_is_reported(tmp_path: Path) -> None:
    records, stderr = _batch(tmp_path, REKAP.replace("JUMLAH,,1350000", "JUMLAH,,1350001"))
    jumlah = next(record for record in records if record["region"] == "JUMLAH")
    assert "differs from the sum of the 3 regions above it" in jumlah["warning"]
    assert "row 9: the file's total differs" in stderr
    assert "1,350,001 against 1,350,000" in jumlah["warning"]
    assert records[-1]["population"] == 1_350_000


def test_subtotals_and_an_unnamed_grand_total(tmp_path: Path) -> None:
    text = (
        "Kecamatan,Penduduk,Peserta\n"
        "A,100,90\nB,200,190\nC,300,280\nSub total,600,560\n"
        "D,100,95\nE,100,90\n,800,745\n"
    )
    records, _ = _batch(tmp_path, text)
    kinds = {record["row"]: record["note"] is not None for record in records if record["row"]}
    # C happens to equal A + B, but it is a named row among two regions: a region still.
    assert kinds == {2: False, 3: False, 4: False, 5: True, 6: False, 7: False, 8: True}
    total = records[-1]
    assert (total["population"], total["registered"]) == (800, 745)


def test_a_file_of_provinces_named_provinsi_is_all_regions(tmp_path: Path) -> None:
    text = "Provinsi,Penduduk,Peserta\nProvinsi Aceh,1000,990\nProvinsi Bali,2000,1990\n"
    text += "Provinsi Banten,3000,2950\n"
    records, _ = _batch(tmp_path, text)
    assert [record["note"] for record in records[:-1]] == [None, None, None]
    assert records[-1]["population"] == 6000


def test_the_header_row_can_be_given(tmp_path: Path) -> None:
    records, _ = _batch(tmp_path, REKAP, "--header-row", "4")
    assert records[-1]["population"] == 1_350_000
    path = tmp_path / "f.csv"
    refused = run("batch", str(path), "--header-row", "3")
    assert refused.exit_code == 2
    assert "--header-row" in refused.stderr
    assert "line 3 of the file is blank" in refused.stderr


def test_a_duplicate_code_is_a_warning_naming_both_rows(tmp_path: Path) -> None:
    text = (
        "Kabupaten,Kode,Penduduk,Peserta\nSambas,61.01,100,99\nMempawah,61.02,100,99\n"
        "Kab. Sambas,61.01,100,99\n"
    )
    records, _ = _batch(tmp_path, text)
    assert records[0]["warning"] is None
    assert "code 61.01 is also on row 2" in records[2]["warning"]


def test_the_same_answers_whatever_the_block_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jkngap.io.rows

    path = tmp_path / "rekap.csv"
    path.write_text(REKAP, encoding="utf-8")
    whole = run("batch", str(path), "-f", "csv").stdout
    for size in (1, 2, 3):
        monkeypatch.setattr(jkngap.io.rows, "BLOCK_ROWS", size)
        assert run("batch", str(path), "-f", "csv").stdout == whole, size


def test_a_workbook_with_a_merged_title_above_the_header(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Rekap peserta JKN 2025"])
    sheet.merge_cells("A1:D1")
    sheet.append([])
    sheet.append(["Kabupaten/Kota", "Kode", "Jumlah Penduduk", "Peserta Terdaftar"])
    sheet.append(["Kab. Sambas", "61.01", 650000, 551200])
    sheet.append(["Kab. Landak", "61.08", 400000, 392900])
    sheet.append(["JUMLAH", None, 1050000, 944100])
    path = tmp_path / "rekap.xlsx"
    workbook.save(path)
    result = run("batch", str(path), "-f", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["row"] == "1"
    assert "Rekap peserta JKN 2025" in rows[0]["note"]
    assert rows[-1]["population"] == "1050000"  # the two kabupaten, not with JUMLAH
    assert "not regions, left out of the sums: 1, 6" in result.stderr


def test_the_same_file_given_twice_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("desa,penduduk,peserta\nA,100,90\n", encoding="utf-8")
    link = tmp_path / "b.csv"
    link.symlink_to(path)
    result = run("batch", str(path), str(link), "-f", "csv")
    assert result.exit_code == 0
    assert f"{link} is given twice" in result.stderr
