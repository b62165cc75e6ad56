"""`--excel` CSV keeps codes as the text they are: Excel opens a bare 61.10 as the number
61.1 (another region), and in Indonesian 99.100 as 99100. Such cells are written as
Excel's text formula, ="61.10", and jkngap reads that formula back as its text."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from conftest import run

FILE = (
    "Kode,Kabupaten,Penduduk,Peserta,Aktif\n"
    "61.10,Kabupaten Melawi,100,90,70\n"  # one decimal mark
    "99.100,001,100,95,80\n"  # thousands in Indonesian; a name of digits
    "32.73.01.1001,Sukarasa,100,99,90\n"  # a village's code: no number, as it is
    "=1+2,Jahat,100,99,90\n"  # a formula of the file's own: neutralised, not kept
)
SEPARATORS = {"en": ",", "id": ";"}


def _excel(tmp_path: Path, lang: str) -> tuple[str, list[list[str]]]:
    path = tmp_path / "f.csv"
    path.write_text(FILE, encoding="utf-8")
    result = run("batch", str(path), "-f", "csv", "--excel", "--lang", lang)
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff")), delimiter=SEPARATORS[lang]))
    return result.stdout, rows


@pytest.mark.parametrize("lang", ["en", "id"])
def test_codes_a_spreadsheet_would_make_numbers_are_kept_as_text(tmp_path: Path, lang: str) -> None:
    _, rows = _excel(tmp_path, lang)
    header, *body = rows
    code, region = header.index("Code" if lang == "en" else "Kode"), 1
    cells = {row[0]: (row[region], row[code]) for row in body if row[0]}
    assert cells["2"] == ("Kabupaten Melawi", '="61.10"')
    assert cells["3"] == ('="001"', '="99.100"')
    assert cells["4"] == ("Sukarasa", "32.73.01.1001")
    assert cells["5"] == ("Jahat", "'=1+2")  # the file's own formula stays neutralised
    population = header.index("Population" if lang == "en" else "Penduduk")
    assert [row[population] for row in body if row[0]] == ["100"] * 4  # counts as counts


@pytest.mark.parametrize("lang", ["en", "id"])
def test_an_excel_csv_is_read_back_with_its_codes(tmp_path: Path, lang: str) -> None:
    """The --excel CSV handed back (a month's snapshot, say) reads as the file it came
    from: its codes as codes, its regions' counts as they were."""
    text, _ = _excel(tmp_path, lang)
    again = tmp_path / "again.csv"
    again.write_text(text, encoding="utf-8")
    result = run("batch", str(again), "-f", "json")
    assert result.exit_code == 0, result.stderr
    records = [r for r in json.loads(result.stdout) if r["total"] is None and r["note"] is None]
    assert [(r["code"], r["region"], r["registered"]) for r in records] == [
        ("61.10", "Kabupaten Melawi", 90),
        ("99.100", "001", 95),
        ("32.73.01.1001", "Sukarasa", 99),
        ("'=1+2", "Jahat", 99),
    ]
    assert records[0]["warning"] is None  # Melawi's code is the register's
