"""The workbook an official hands on: headers in the language, formats, widths, a frozen
bold header with filters, a total row that stands out, and a sheet of notes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import header_row, run, sheet_table

ROOT = Path(__file__).resolve().parents[2]
KALBAR = ROOT / "examples" / "kalbar-ilustrasi.csv"


def _open(path: Path) -> Any:
    from openpyxl import load_workbook

    return load_workbook(path)  # not read-only: styles, widths and settings are read too


@pytest.mark.parametrize(
    ("lang", "region", "coverage", "yes", "total", "details"),
    [
        ("en", "Region", "Coverage", "yes", "Total", "Details"),
        ("id", "Wilayah", "Cakupan kepesertaan", "ya", "Jumlah", "Rincian"),
    ],
)
def test_a_batch_workbook_is_formatted_for_people(
    tmp_path: Path, lang: str, region: str, coverage: str, yes: str, total: str, details: str
) -> None:
    from jkngap.output.display import header_text

    target = tmp_path / "kalbar.xlsx"
    assert run("batch", str(KALBAR), "-o", str(target), "--lang", lang).exit_code == 0
    workbook = _open(target)
    sheet, detail, notes = workbook.worksheets
    assert detail.title == details
    at = header_row(sheet)
    header = [cell.value for cell in sheet[at]]
    # The columns an official reads first, in that order; the rest on the detail sheet.
    first = ["region", "code", "population", "registered", "coverage_pct"]
    first += ["registrants_needed", "active", "activity_pct", "active_needed"]
    first += ["uhc", "uhc_prioritas"]
    assert header == [header_text(key, lang) for key in first]
    column = {name: index for index, name in enumerate(header)}
    row = sheet[at + 1]
    assert row[column[region]].value == "Kabupaten Sambas"
    population = row[2]
    assert population.value == 651246  # a number, not text
    assert population.number_format == "#,##0"
    share = row[column[coverage]]
    assert share.value == pytest.approx(547715 / 651246, abs=1e-6)
    assert share.number_format == "0.00##%"
    from openpyxl.utils import get_column_letter

    verdicts = {sheet.cell(at + n, column["UHC"] + 1).value for n in range(1, 15)}
    assert verdicts <= {yes, "no", "tidak"}
    # The header: bold, frozen with the region's column, filtered; as tall as it wraps.
    assert all(cell.font.b for cell in sheet[at])
    assert sheet.freeze_panes == f"B{at + 1}"
    assert sheet.auto_filter.ref == f"A{at}:{get_column_letter(len(header))}{sheet.max_row}"
    assert sheet.column_dimensions["A"].width >= len("Kabupaten Kayong Utara")
    assert sheet.row_dimensions[at].height >= 30  # two lines: no header runs into row one
    # The total row stands out.
    last = sheet[sheet.max_row]
    assert last[column[region]].value == total
    assert last[column[region]].font.b
    assert last[0].fill.fgColor.rgb.endswith("FFF2CC")
    assert not row[0].font.b
    # Printed landscape on A4, one page wide, the title block and header on every page.
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.paperSize == 9
    # One page wide: 1 is the file format's default, which a writer may leave unsaid.
    assert (sheet.page_setup.fitToWidth or 1) == 1
    assert sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == f"$1:${at}"
    assert "&P" in sheet.oddFooter.right.text  # pages numbered
    # The detail sheet: each row's line, name and code, then what the first sheet leaves
    # out (a warning on a code is read beside its code).
    rest = [cell.value for cell in detail[1]]
    assert rest[:3] == [header_text("row", lang), region, header_text("code", lang)]
    assert header_text("required_registered", lang) in rest
    assert not set(rest[3:]) & set(header)
    # The notes sheet: criteria, activity base, source file, date.
    facts = {row[0]: row[1] for row in notes.iter_rows(values_only=True)}
    assert any("98" in str(text) and "80" in str(text) for text in facts.values())
    assert "kalbar-ilustrasi.csv" in facts.values()
    assert len(facts) >= 4


def test_warnings_go_to_the_notes_sheet(tmp_path: Path) -> None:
    source = tmp_path / "f.csv"
    source.write_text("Nama,Kode,Penduduk\nKab. Bengkayang,61.02,100\n", encoding="utf-8")
    target = tmp_path / "f.xlsx"
    assert run("batch", str(source), "-o", str(target)).exit_code == 0
    notes = [row[1] for row in _open(target).worksheets[-1].iter_rows(values_only=True)]
    assert any("register" in str(text) for text in notes)


def test_money_is_rupiah_and_text_cells_are_neutralised(tmp_path: Path) -> None:
    target = tmp_path / "cost.xlsx"
    assert run("cost", "--people", "615079", "-o", str(target)).exit_code == 0
    sheet = _open(target).worksheets[0]
    at = header_row(sheet)
    header = [cell.value for cell in sheet[at]]
    budget = sheet[at + 1][header.index("Budget")]
    assert budget.value == 615079 * 42000 * 12
    assert budget.number_format == '"Rp"#,##0'
    source = tmp_path / "evil.csv"
    source.write_text("Nama,Penduduk\n=HYPERLINK(1),100\n", encoding="utf-8")
    evil = tmp_path / "evil.xlsx"
    assert run("batch", str(source), "-o", str(evil)).exit_code == 0
    cells = sheet_table(_open(evil).worksheets[0])[0].values()
    assert "'=HYPERLINK(1)" in cells


def _villages(path: Path, rows: int) -> None:
    """A long file: more rows than are read to size the columns or gathered per write,
    with text that XML must escape and cells left blank."""
    lines = ["desa,kode,penduduk,peserta,aktif"]
    for number in range(rows):
        population = 300 + number * 37 % 9000
        registered = population - number % 50
        active = registered * (60 + number % 40) // 100
        name = f"Desa {number}" if number % 7 else f" <Desa> & {number} "
        lines.append(f'"{name}",63.{number:06d},{population},{registered},{active}')
    lines.append("Desa kosong,63.x,,,")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _merged(book: Any, keys: list[str], lang: str) -> list[dict[str, Any]]:
    """Every row of a batch workbook by key: the detail sheet's (every row, in order),
    with the first sheet's columns for the rows it holds (regions, rows unread, totals)."""
    from jkngap.output.display import header_text

    named = {header_text(key, lang): key for key in keys}
    first, detail = (sheet_table(sheet) for sheet in book.worksheets[:2])
    regions = iter(first)
    merged = []
    for row in detail:
        record = {named[header]: value for header, value in row.items()}
        if record.get("total") or not record.get("note") or record.get("error"):
            record.update({named[header]: value for header, value in next(regions).items()})
        merged.append(record)
    assert next(regions, None) is None  # every row of the first sheet is one of them
    return merged


def test_every_cell_of_a_long_workbook_is_the_csv_figure(tmp_path: Path) -> None:
    """The workbook's rows are streamed as XML of their own: each cell, read back by
    openpyxl, is the number or text the CSV of the same run says."""
    import csv
    from decimal import Decimal

    source = tmp_path / "desa.csv"
    _villages(source, 2_600)
    book, table = tmp_path / "desa.xlsx", tmp_path / "desa.csv.out.csv"
    for target in (book, table):
        done = run("batch", str(source), "--no-register", "-o", str(target), "--raw")
        assert done.exit_code == 0, done.stderr
    with table.open(encoding="utf-8", newline="") as handle:
        expected = list(csv.DictReader(handle))
    keys = list(expected[0])
    workbook = _open(book)
    rows = _merged(workbook, keys, "en")
    assert len(rows) == len(expected) == 2_600 + 2  # a row unread, the total
    percents = {key for key in keys if key.endswith("_pct")}
    texts = {"region", "code", "warning", "note", "error", "total"}
    for got, want in zip(rows, expected, strict=True):
        for key in keys:
            text, value = want[key], got.get(key)
            if key in percents:
                assert (value is None) == (text == "")
                if value is not None:  # a fraction of one, as exact as the CSV's percent
                    assert Decimal(str(value)) * 100 == Decimal(text), (key, value, text)
            elif key in {"uhc", "uhc_prioritas"}:
                assert value == {"true": "yes", "false": "no", "": None}[text]
            elif key in texts or key == "total":
                assert (value or "") == (text if key != "total" else text and "Total")
            else:
                assert value == (int(text) if text else None), (key, value, text)
    assert rows[0]["region"] == " <Desa> & 0 "  # spaces kept, markup escaped
    sheet = workbook.worksheets[0]
    at = header_row(sheet)
    assert (
        sheet.auto_filter.ref
        == f"A{at}:{sheet.cell(at, sheet.max_column).column_letter}{sheet.max_row}"
    )


def test_control_characters_in_raw_text_do_not_stop_the_workbook(tmp_path: Path) -> None:
    """XML cannot carry them even with --raw: they are written as escapes (this stopped
    with an internal error, exit 70)."""
    source = tmp_path / "f.csv"
    source.write_bytes(b"Nama,Penduduk,Terdaftar\nA\x01b\x1b[31m,1000,990\n")
    target = tmp_path / "f.xlsx"
    done = run("batch", str(source), "--no-register", "--raw", "-o", str(target))
    assert done.exit_code == 0, done.stderr
    names = [row["Region"] for row in sheet_table(_open(target).worksheets[0])]
    assert "A\\x01b\\x1b[31m" in names


def test_a_cell_longer_than_excel_takes_is_cut_with_a_mark(tmp_path: Path) -> None:
    """Excel takes 32,767 characters in a cell and calls a workbook with more damaged; CSV
    and JSON keep the whole text."""
    source = tmp_path / "f.csv"
    source.write_text("Nama,Penduduk\n" + "Desa " * 8_000 + ",1000\n", encoding="utf-8")
    target = tmp_path / "f.xlsx"
    done = run("batch", str(source), "--no-register", "-o", str(target))
    assert done.exit_code == 0, done.stderr
    name = sheet_table(_open(target).worksheets[0])[0]["Region"]
    assert len(name) == 32_767
    assert name.startswith("Desa Desa")
    assert name.endswith("…")


@pytest.mark.parametrize("lang", ["en", "id"])
def test_every_cell_is_what_excel_csv_of_the_same_run_says(tmp_path: Path, lang: str) -> None:
    """The seam's equality test: the workbook, read back by openpyxl, holds in each cell
    what CSV for Excel in the same language holds (headers, words and verdicts in the
    language, numbers as numbers), row for row, its two sheets together."""
    import csv
    from decimal import Decimal

    from jkngap.output.display import header_text

    source = tmp_path / "desa.csv"
    _villages(source, 1_200)
    book, table = tmp_path / "desa.xlsx", tmp_path / "excel.csv"
    for target in (book, table):
        args = ["batch", str(source), "--no-register", "--lang", lang, "-o", str(target)]
        done = run(*args, "--excel")
        assert done.exit_code == 0, done.stderr
    separator, decimal = (";", ",") if lang == "id" else (",", ".")
    with table.open(encoding="utf-8-sig", newline="") as handle:
        expected = list(csv.reader(handle, delimiter=separator))
    machine = run("batch", str(source), "--no-register", "-f", "csv").stdout
    keys = machine.splitlines()[0].split(",")
    assert expected[0] == [header_text(key, lang) for key in keys]
    rows = _merged(_open(book), keys, lang)
    assert len(rows) == len(expected) - 1 == 1_200 + 2  # a row unread, the total
    for got, want in zip(rows, expected[1:], strict=True):
        for key, written in zip(keys, want, strict=True):
            # ="61.01" is how the CSV keeps a code as text: Excel shows 61.01, as the sheet.
            kept = written.startswith('="') and written.endswith('"')
            text = written[2:-1] if kept else written
            value = got.get(key)
            if key.endswith("_pct") and value is not None:  # a fraction of one, as exact
                assert Decimal(str(value)) * 100 == Decimal(text.replace(decimal, ".")), text
            elif isinstance(value, int):
                assert str(value) == text
            else:
                assert (value or "") == text, (key, value, text)


def test_the_seam_lays_out_a_title_block_frozen_columns_and_a_detail_sheet(
    tmp_path: Path,
) -> None:
    """What the next layout needs of the workbook seam: lines above the data, the header
    and the title block repeated on each printed page, the region's column frozen, a
    detail sheet; read back by openpyxl."""
    from jkngap.output.fields import Kind
    from jkngap.output.workbook import Book

    target = tmp_path / "laid-out.xlsx"
    with target.open("wb") as handle:
        book = Book(handle)
        sheet = book.sheet("Hasil", [Kind.TEXT, Kind.COUNT, Kind.PERCENT])
        sheet.title_block([("Rekapitulasi Kalimantan Barat", None), ("Sumber", "BPJS")])
        sheet.set_widths([24, 12, 10])
        sheet.write_header(["Wilayah", "Penduduk", "Cakupan"], frozen_columns=1, repeat_above=True)
        sheet.write_rows([["Kabupaten Sambas", 651246, 0.841026]])
        sheet.finish()
        detail = book.sheet("Rincian", [Kind.TEXT])
        detail.write_header(["Catatan"])
        detail.write_rows([["=not a formula"]])
        book.close()
    workbook = _open(target)
    main = workbook["Hasil"]
    assert main["A1"].value == "Rekapitulasi Kalimantan Barat"
    assert main["A1"].font.b
    assert (main["A2"].value, main["B2"].value) == ("Sumber", "BPJS")
    assert [cell.value for cell in main[3]] == ["Wilayah", "Penduduk", "Cakupan"]
    assert main.freeze_panes == "B4"
    assert main.print_title_rows == "$1:$3"
    assert main.auto_filter.ref == "A3:C4"
    assert main["B4"].number_format == "#,##0"
    assert main["C4"].number_format == "0.00##%"
    assert workbook["Rincian"]["A2"].value == "=not a formula"
    assert workbook["Rincian"]["A2"].data_type == "s"
