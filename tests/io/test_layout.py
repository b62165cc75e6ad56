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


def _run(tmp_path: Path, text: str, *args: str) -> Any:
    path = tmp_path / "f.csv"
    path.write_text(text, encoding="utf-8")
    return run("batch", str(path), "-f", "json", "--no-register", *args)


# As officials number their rows: the notes and the JUMLAH in the first column, "No".
NUMBERED = """\
No,Kabupaten/Kota,Kode,Penduduk,Peserta
1,Kab. Sambas,61.01,650000,551200
2,Kab. Bengkayang,61.07,300000,295800
,WILAYAH UTARA,,,
3,Kab. Landak,61.08,400000,392900
JUMLAH,,,1350000,1239901
Sumber: Dinkes Provinsi,,,,
*) data sementara,,,,
"""


def test_notes_totals_and_titles_are_found_in_any_column(tmp_path: Path) -> None:
    result = _run(tmp_path, NUMBERED)
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    by_row = {record["row"]: record for record in records}
    assert [r for r, record in by_row.items() if r and record["note"] is None] == [2, 3, 5]
    assert "own total" in by_row[6]["note"]  # JUMLAH in column No, its sums not the regions'
    assert "1,239,901 against 1,239,900" in by_row[6]["warning"]
    assert "a note in the file (Sumber: Dinkes Provinsi)" in by_row[7]["note"]
    assert "(*) data sementara)" in by_row[8]["note"]
    assert "WILAYAH UTARA" in by_row[4]["note"]  # a title between the data: no region
    total = records[-1]
    assert (total["population"], total["registered"]) == (1_350_000, 1_239_900)
    assert total["note"] is None  # coverage from all 3 of 3 regions, as it should say
    assert "not regions, left out of the sums: 4, 6, 7, 8" in result.stderr


def test_a_named_row_without_figures_is_still_a_region(tmp_path: Path) -> None:
    records = json.loads(_run(tmp_path, "Desa,Penduduk,Peserta\nA,100,90\nB,,\n").stdout)
    assert records[1]["note"] is None
    assert "coverage from the 1 of 2 regions" in records[-1]["note"]


def test_a_village_named_as_notes_begin_is_a_region_on_the_quick_path() -> None:
    # 271 villages of the register are called "Sumber ..." (Sumber Jaya, Sumberrejo): a
    # row with figures is never a note, and such names never take the slow path.
    from jkngap.io.layout import Layout

    names = ["Sumber Jaya", "Sumberrejo", "Catatan Baru", "Desa Keterangan", "Note"]
    counts = ([1000, 2500, 3100, 4200, 5300], [900, 2400, 3000, 4100, 5200], [None] * 5)
    layout = Layout()
    assert layout._plain(names, counts, None)  # the quick path
    assert layout.classify(names, counts, None) == ([None] * 5, {})


def test_a_jumlah_whose_sums_do_not_close_is_the_files_total_not_a_bad_row(
    tmp_path: Path,
) -> None:
    # More active than registered: a region so would be unreadable (exit 3).
    text = "Desa,Penduduk,Peserta,Aktif\nA,100,90,80\nB,100,95,85\nJUMLAH,200,185,190\n"
    result = _run(tmp_path, text)
    assert result.exit_code == 0, result.stderr
    jumlah = json.loads(result.stdout)[2]
    assert jumlah["error"] is None
    assert "own total" in jumlah["note"]
    assert "differs from the sum of the 2 regions above it" in jumlah["warning"]
    assert "190 against 165" in jumlah["warning"]


def test_group_by_makes_no_subtotal_of_the_files_own_total(tmp_path: Path) -> None:
    result = _run(tmp_path, REKAP, "--group-by", "uhc")
    records = json.loads(result.stdout)
    groups = [record["region"] for record in records if record["total"] == "group"]
    assert groups == ["false", "true"]  # the kabupaten's; none of JUMLAH and the notes
    assert [record["row"] for record in records if record["note"]][-3:] == [9, 10, 11]


def test_the_same_code_twice_is_said_on_standard_error(tmp_path: Path) -> None:
    text = "Kabupaten,Kode,Penduduk,Peserta\nA,61.01,100,99\nB,61.02,100,99\nC,61.01,100,99\n"
    result = _run(tmp_path, text)
    assert "rows whose code an earlier row has: 1 (4)" in result.stderr


@pytest.mark.parametrize("province_first", [True, False])
def test_a_province_beside_its_own_kabupaten_is_not_summed_twice(
    tmp_path: Path, province_first: bool
) -> None:
    kabupaten = "Kab. Sambas,61.01,650000,551200\nKab. Landak,61.08,400000,392900\n"
    province = "Kalimantan Barat,61,1050000,944100\n"
    body = province + kabupaten if province_first else kabupaten + province
    result = _run(tmp_path, "Wilayah,Kode,Penduduk,Peserta\n" + body)
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert (records[-1]["population"], records[-1]["registered"]) == (1_050_000, 944_100)
    line = 2 if province_first else 4
    assert (
        f"the parent of other rows' (their regions are summed through those rows): 1 ({line})"
        in (result.stderr)
    )
    if not province_first:  # said on the row where it comes after its children
        assert "left out of the total" in records[2]["warning"]


def test_a_header_says_what_it_does_not_map(tmp_path: Path) -> None:
    text = "Kabupaten,Kode,Jml Penduduk (DKB),Jml Peserta JKN,Aktif\nA,61.01,100,90,80\n"
    result = _run(tmp_path, text)
    stderr = result.stderr
    assert "the column 'Jml Penduduk (DKB)' is not read" in stderr
    assert '--column population="Jml Penduduk (DKB)"' in stderr
    assert '--column registered="Jml Peserta JKN"' in stderr
    assert "has no population column" in stderr
    assert "--fill-population takes kabupaten/kota and province populations" in stderr
    mapped = _run(tmp_path, text, "--column", "population=Jml Penduduk (DKB)")
    assert "Jml Penduduk" not in mapped.stderr
    assert "no population column" not in mapped.stderr


def test_a_header_only_file_says_it_has_no_rows(tmp_path: Path) -> None:
    result = _run(tmp_path, "Desa,Penduduk,Peserta\n")
    assert result.exit_code == 0
    assert "has a header but no rows of regions" in result.stderr


def _written(path: Path, lines: list[list[object]]) -> Path:
    """The rows as a CSV file or a workbook, by the path's extension."""
    from sheets import write_workbook

    if path.suffix == ".csv":
        with path.open("w", encoding="utf-8", newline="") as written:
            csv.writer(written).writerows(lines)
    else:
        write_workbook(path, list(enumerate(lines, start=1)))
    return path


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_notes_text_in_the_next_column_is_kept_with_its_label(tmp_path: Path, kind: str) -> None:
    lines: list[list[object]] = [
        ["Kabupaten/Kota", "Kode", "Jumlah Penduduk", "Peserta Terdaftar"],
        ["Kab. Sambas", "61.01", 650000, 551200],
        ["Kab. Bengkayang", "61.07", 300000, 295800],
        ["Keterangan:", "data BPJS per Juli 2025"],  # the label, its text in the next cell
        ["Sumber:", None, None, None, "Dinkes Provinsi"],  # past the header's last column
        ["Catatan:", None, "angka sementara Juli"],  # its text under a number column
        ["Ket.", "diolah Dinkes"],  # the short label, its dot no word's end
    ]
    path = _written(tmp_path / f"f.{kind}", lines)
    result = run("batch", str(path), "-f", "json")
    assert result.exit_code == 0, result.stderr
    by_row = {record["row"]: record for record in json.loads(result.stdout)}
    assert "a note in the file (Keterangan: data BPJS per Juli 2025)" in by_row[4]["note"]
    assert "a note in the file (Sumber: Dinkes Provinsi)" in by_row[5]["note"]
    # A note, not a region whose population "is not a number" (which would exit 3).
    assert by_row[6]["error"] is None
    assert "a note in the file (Catatan: angka sementara Juli)" in by_row[6]["note"]
    assert "a note in the file (Ket. diolah Dinkes)" in by_row[7]["note"]
    total = by_row[None]
    assert (total["population"], total["registered"]) == (950_000, 847_000)


def test_a_label_alone_says_its_colon_or_dot_so_a_desa_called_sumber_is_none() -> None:
    from jkngap.io.layout import is_label

    assert [is_label(t) for t in ("Keterangan:", "Sumber :", "Ket.", "*)")] == [True] * 4
    assert [is_label(t) for t in ("Sumber", "Sumber Jaya", "Keterangan: data")] == [False] * 3


@pytest.mark.parametrize(
    "line",
    [
        ["Keterangan:", "31", "Desember 2024"],  # a figure right after the label
        ["Keterangan:", "500", "4x0"],  # a region's figures after a label, one unreadable
    ],
)
def test_a_label_followed_by_a_figure_keeps_its_error_and_is_not_summed(
    tmp_path: Path, line: list[str]
) -> None:
    # Were its error dropped as a note's, its numbers would be summed as a region's.
    lines = [["desa", "penduduk", "terdaftar"], ["Sukamaju", "1000", "900"], line]
    path = tmp_path / "f.csv"
    with path.open("w", encoding="utf-8", newline="") as written:
        csv.writer(written).writerows(lines)
    result = run("batch", str(path), "-f", "json", "--no-register")
    assert result.exit_code == 3, result.stderr
    by_row = {record["row"]: record for record in json.loads(result.stdout)}
    assert by_row[3]["error"]
    assert (by_row[None]["population"], by_row[None]["registered"]) == (1000, 900)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
@pytest.mark.parametrize("active", [False, True])
def test_a_footnote_whose_words_hold_a_year_is_a_note_and_the_year_never_summed(
    tmp_path: Path, kind: str, active: bool
) -> None:
    # The year sits under the registered column; whether the file has an active column
    # (whose empty cells once sent the block down another path) changes nothing.
    header: list[object] = ["desa", "penduduk", "terdaftar", *["aktif"] * active]
    lines: list[list[object]] = [
        header,
        ["Sukamaju", 1000, 900] + [700] * active,
        ["Mekarsari", 1000, 950] + [800] * active,
        ["Sumber:", "BPJS Kesehatan Desember", 2024] + [None] * active,
    ]
    path = _written(tmp_path / f"f.{kind}", lines)
    result = run("batch", str(path), "-f", "json", "--no-register")
    assert result.exit_code == 0, result.stderr
    by_row = {record["row"]: record for record in json.loads(result.stdout)}
    assert by_row[4]["error"] is None
    assert "a note in the file (Sumber: BPJS Kesehatan Desember 2024)" in by_row[4]["note"]
    assert by_row[4]["registered"] is None
    assert (by_row[None]["population"], by_row[None]["registered"]) == (2000, 1850)
