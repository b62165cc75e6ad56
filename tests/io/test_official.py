"""The workbook officials make, read as they mean it: title rows, percent cells holding the
exact quotient (typed, or cached by =E5/D5), a JUMLAH row of =SUM formulas, and Sumber:,
Keterangan: and *) notes in column A. `batch --check` agrees on every row, the total
counts the 14 kabupaten/kota of Kalimantan Barat, and the rows are those 14."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from conftest import run
from sheets import KALBAR, Cell, official_workbook, write_workbook


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    return official_workbook(tmp_path / "kalbar.xlsx")


def _regions(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in records if r["total"] is None and r["note"] is None and not r["error"]]


def test_check_agrees_on_every_row_and_the_total_is_the_fourteen(workbook: Path) -> None:
    result = run("batch", str(workbook), "--check", "-f", "json")
    assert result.exit_code == 0, result.stderr  # no row disagrees: not exit 1
    records = json.loads(result.stdout)
    regions = _regions(records)
    assert [(r["code"], r["region"]) for r in regions] == [(c, n) for c, n, *_ in KALBAR]
    assert all(r["consistent"] is True for r in regions)
    assert not any(r["check"] for r in records)
    total = records[-1]
    assert total["total"] == "all"
    assert (total["population"], total["registered"], total["active"]) == (
        5_646_268,
        5_241_084,
        3_562_079,
    )
    assert total["registrants_needed"] == 292_259  # as the register's Kalbar gives it
    assert total["note"] is None  # coverage from all 14 of 14: nothing left out to say
    # Every other row is named once, and none is a blank region.
    assert "rows that are not regions, left out of the sums: 1, 2, 19, 21, 22, 23" in (
        result.stderr
    )
    notes = {r["row"]: r["note"] for r in records if r["note"]}
    assert "Sumber: BPJS" in notes[21]
    assert "Keterangan: data sementara" in notes[22]
    assert "*) penduduk DKB" in notes[23]
    assert "own total" in notes[19]


@pytest.mark.parametrize("fmt", ["csv", "table"])
def test_no_note_is_a_region_in_any_output(workbook: Path, fmt: str) -> None:
    result = run("batch", str(workbook), "--all-rows", "-f", fmt)
    assert result.exit_code == 0, result.stderr
    if fmt == "table":
        numbered = [line.split()[0] for line in result.stdout.splitlines() if line[:3].strip()]
        numbered = [word for word in numbered if word.isdigit()]
        assert numbered == [str(line) for line in range(5, 19)]  # the 14, no blank "region"
        return
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    blank = [r for r in rows if not r["region"] and not r["code"] and not r["note"]]
    assert blank == []  # every row is a region, says what it is, or is the total
    assert sum(1 for r in rows if r["note"] == "" and r["total"] == "") == 14


def test_percent_cells_pass_through_as_numbers_at_their_shown_precision(
    workbook: Path, tmp_path: Path
) -> None:
    # Without --check the published percentages pass through: as numbers of the
    # decimals the file shows (84.10), not the text '84.1026187...%'.
    result = run("batch", str(workbook), "-f", "json")
    sambas = _regions(json.loads(result.stdout))[0]
    assert sambas["Cakupan (%)"] == 84.10
    assert sambas["Keaktifan (%)"] == 64.0
    excel = run("batch", str(workbook), "-f", "csv", "--excel", "--lang", "id")
    lines = excel.stdout.lstrip("\ufeff").splitlines()
    header = lines[0].split(";")
    first = next(line for line in lines if "Sambas" in line).split(";")
    assert first[header.index("Cakupan (%)")] == "84,10"
    target = tmp_path / "out.xlsx"
    assert run("batch", str(workbook), "-o", str(target)).exit_code == 0
    from openpyxl import load_workbook

    # The file's own column is not among those an official reads first: it is on the
    # detail sheet, under its header.
    book = load_workbook(target, read_only=True)
    rows = [list(row) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)]
    book.close()  # read-only keeps the file open: a ResourceWarning in a later test else
    at = next(index for index, row in enumerate(rows) if "Cakupan (%)" in row)
    column = rows[at].index("Cakupan (%)")
    values = {row[column] for row in rows[at + 1 : at + 16] if row[column] is not None}
    assert all(isinstance(value, int | float) for value in values), values
    assert Decimal("84.1") in {Decimal(str(v)) for v in values}


COUNTS = ["Kabupaten/Kota", "Kode", "Jumlah Penduduk", "Peserta Terdaftar", "Peserta Aktif"]


# Kota Singkawang: 246,130 of 249,954 is 98.4701185...%, whose float is no figure of its
# own decimals rounded (read so, --check called it a disagreement).
SINGKAWANG = (249954, 246130, 182382)
SHARE = 246130 / 249954


@pytest.mark.parametrize(
    ("coverage", "consistent"),
    [
        (Cell(SHARE, format="0.00%"), True),  # shown 98.47 %: two decimals, rounded
        (Cell(SHARE, format="0.0%"), True),  # 98.5 %
        (Cell(SHARE, format="0%"), True),  # 98 %
        (Cell(SHARE, "E2/D2", "0.00%"), True),  # a formula's cached result
        (Cell(SHARE * 100, format="0.00"), True),  # 98.47 in a column of percentages
        (Cell(SHARE * 100), True),  # General: the quotient, to a float's precision
        (Cell(SHARE), True),  # General, as a share of one
        (Cell(98.4701), True),  # General, typed to four decimals: the quotient rounded
        (Cell(0.9857, format="0.00%"), False),  # 98.57 %: a disagreement stays one
        (Cell(98.5702, format="0.00"), False),
        (Cell(98.4711), False),
    ],
)
def test_a_percent_cell_is_read_as_it_shows(
    tmp_path: Path, coverage: Cell, consistent: bool
) -> None:
    path = write_workbook(
        tmp_path / "w.xlsx",
        [
            (1, [*COUNTS, "Cakupan (%)"]),
            (2, ["Kota Singkawang", "61.72", *SINGKAWANG, coverage]),
        ],
    )
    result = run("batch", str(path), "--check", "-f", "json")
    assert result.exit_code == (0 if consistent else 1), result.stderr
    assert json.loads(result.stdout)[0]["consistent"] is consistent


def test_json_floats_agree_at_a_floats_precision(tmp_path: Path) -> None:
    rows = [
        {"kode": "61.72", "penduduk": 249954, "peserta": 246130, "cakupan": SHARE * 100},
        {"kode": "61.02", "penduduk": 314148, "peserta": 310096, "cakupan": 98.71},
        {"kode": "61.03", "penduduk": 499074, "peserta": 431936, "cakupan": 87.55},
    ]
    path = tmp_path / "f.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    result = run("batch", str(path), "--check", "-f", "json")
    assert result.exit_code == 1, result.stderr  # the third disagrees, as published
    consistent = [record["consistent"] for record in json.loads(result.stdout)[:3]]
    assert consistent == [True, True, False]


@pytest.mark.parametrize("column", [1, 2, 3, 5, 8])
def test_a_note_is_a_note_in_any_column_even_a_number_column(tmp_path: Path, column: int) -> None:
    # Officials write "*) ..." or "Sumber: ..." under whichever column it explains: under
    # the population (a number column), or past the last header. It is a note there too,
    # not a region whose population "is not a number" (exit 3).
    header = ["No", "Kode", "Kabupaten/Kota", "Jumlah Penduduk", "Peserta Terdaftar"]
    regions = [(2 + n, [n + 1, code, name, pop, reg]) for n, (code, name, pop, reg, _) in
               enumerate(KALBAR[:3])]  # fmt: skip
    note: list[object] = [None] * column + ["*) penduduk DKB Semester II 2024"]
    path = write_workbook(tmp_path / "w.xlsx", [(1, header), *regions, (6, note)])
    result = run("batch", str(path), "-f", "json")
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert [r["code"] for r in _regions(records)] == [c for c, *_ in KALBAR[:3]]
    noted = next(r for r in records if r["row"] == 6)
    assert "*) penduduk DKB" in (noted["note"] or "")
    assert noted["error"] is None
    assert records[-1]["population"] == sum(p for _, _, p, _, _ in KALBAR[:3])
    assert "not in the Kepmendagri register" not in result.stderr
    # A region with "*)" where its figure should be is a region whose figure is missing.
    region = [4, "61.04", "Kabupaten Ketapang", "*)", None]
    path = write_workbook(tmp_path / "r.xlsx", [(1, header), *regions, (5, region), (6, note)])
    marked = run("batch", str(path), "-f", "json")
    assert marked.exit_code == 3, marked.stderr
    row = next(r for r in json.loads(marked.stdout) if r["row"] == 5)
    assert "is not a number" in row["error"]


@pytest.mark.parametrize("number", [int, str, lambda n: f"({n})"])
def test_the_numbered_row_under_the_header_is_no_region(tmp_path: Path, number: Any) -> None:
    # Tables of the government number their columns on the row under the header: (1),
    # (2), ... Read as a region, it was "6 active is more than the 5 registered" (exit 3),
    # with a code '2' not in the register.
    header = ["No", "Kode", "Kabupaten/Kota", "Jumlah Penduduk", "Peserta Terdaftar"]
    header.append("Peserta Aktif")
    numbered = [number(n) for n in range(1, len(header) + 1)]
    regions = [(3 + n, [n + 1, code, name, pop, reg, act]) for n, (code, name, pop, reg, act)
               in enumerate(KALBAR[:3])]  # fmt: skip
    path = write_workbook(tmp_path / "w.xlsx", [(1, header), (2, numbered), *regions])
    result = run("batch", str(path), "-f", "json")
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert [r["code"] for r in _regions(records)] == [c for c, *_ in KALBAR[:3]]
    assert "the columns' numbers under the header" in (records[0]["note"] or "")
    assert records[0]["row"] == 2
    assert records[0]["error"] is None
    assert records[0]["warning"] is None  # its "code" 2 is no code stored as a number
    assert "not in the Kepmendagri register" not in result.stderr
    assert records[-1]["active"] == sum(a for *_, a in KALBAR[:3])


def test_a_jumlah_of_formulas_never_saved_is_the_files_total_not_a_bad_row(
    tmp_path: Path,
) -> None:
    # A workbook made by a program (openpyxl, pandas) keeps =SUM(...) without its result:
    # the JUMLAH row is the file's own total all the same, never summed, not exit 3.
    header = ["Kabupaten/Kota", "Kode", "Jumlah Penduduk", "Peserta Terdaftar"]
    regions = [(2 + n, [name, code, pop, reg]) for n, (code, name, pop, reg, _) in
               enumerate(KALBAR[:2])]  # fmt: skip
    jumlah = ["JUMLAH", None, Cell(None, "SUM(C2:C3)"), Cell(None, "SUM(D2:D3)")]
    path = write_workbook(tmp_path / "w.xlsx", [(1, header), *regions, (4, jumlah)])
    result = run("batch", str(path), "-f", "json")
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    total_row = next(r for r in records if r["row"] == 4)
    assert total_row["error"] is None
    assert "own total" in (total_row["note"] or "")
    assert "never saved" in (total_row["warning"] or "")
    assert records[-1]["population"] == 651246 + 314148
    assert records[-1]["note"] is None  # nothing left out as unreadable
    # A region's formula never saved stays its error: its figures are unknown.
    region = ["Kabupaten Sanggau", "61.03", Cell(None, "SUM(A1:A2)"), 431936]
    path = write_workbook(tmp_path / "r.xlsx", [(1, header), *regions, (4, region)])
    assert run("batch", str(path), "-f", "json").exit_code == 3
