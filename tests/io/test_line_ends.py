"""Line ends: a lone carriage return (CR) left inside a cell of a file whose lines end in a
line feed cuts its row in two, as the csv module reads old Mac files. Neither part may
enter a total: both are rows that cannot be read (exit 3), naming the file and the line.
A CR inside quotes, a whole file of CR line ends (old Mac) and JSON stay read as they are.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import run
from jkngap.io.readers import CHUNK_CHARACTERS, HEADER_SEARCH_LINES

HEADER = ["desa", "penduduk", "peserta"]


def _text(rows: list[list[str]], mark: str, end: str) -> str:
    return "".join(mark.join(cells) + end for cells in [HEADER, *rows])


def _records(*args: str, code: int, input: str | None = None) -> list[dict[str, Any]]:
    result = run("batch", *args, "-f", "json", "--no-register", input=input)
    assert result.exit_code == code, result.stderr
    records: list[dict[str, Any]] = json.loads(result.stdout)
    return records


def _cut_rows(records: list[dict[str, Any]]) -> dict[int, str]:
    return {record["row"]: record["error"] for record in records if record["error"]}


@pytest.mark.parametrize("end", ["\n", "\r\n"])
@pytest.mark.parametrize(("extension", "mark"), [(".csv", ","), (".tsv", "\t"), (".csv", ";")])
def test_a_row_cut_by_a_lone_cr_is_kept_out_of_the_total(
    tmp_path: Path, end: str, extension: str, mark: str
) -> None:
    # Row 3 was "B,100,90" before a hand edit left a CR after its "1": read as two rows,
    # "B,1" and "00,90", it would add a region of 1 person and one of 90 to the total.
    rows = [["A", "100", "90"], ["B", "1\r00", "90"], ["C", "50", "40"]]
    path = tmp_path / f"desa{extension}"
    path.write_bytes(_text(rows, mark, end).encode())
    records = _records(str(path), code=3)
    said = f"{path}: line 3 ends in a lone carriage return (CR)"
    assert [record["row"] for record in records[:-1]] == [2, 3, 4, 5]
    assert [record["region"] for record in records[:-1]] == ["A", None, None, "C"]
    cut = _cut_rows(records)
    assert set(cut) == {3, 4}
    assert all(error.startswith(said) for error in cut.values()), cut
    total = records[-1]
    assert total["total"] == "all"
    assert (total["population"], total["registered"]) == (150, 130)  # A and C alone
    assert total["registrants_needed"] == 147 - 130  # ceil(0.98 * 150) = 147


def test_the_cut_is_said_in_indonesian(tmp_path: Path) -> None:
    # Machine formats keep English errors; the table says each row's in the language.
    path = tmp_path / "desa.csv"
    path.write_bytes(b"desa,penduduk,peserta\nA,100,90\nB,1\r00,90\n")
    result = run(
        "batch", str(path), "-f", "table", "--no-register", "--lang", "id",
        env={"COLUMNS": "1000"},
    )  # fmt: skip
    assert result.exit_code == 3, result.stderr
    said = f"{path}: baris 3 diakhiri carriage return (CR) tunggal, padahal baris lain"
    footnotes = [line for line in result.stdout.splitlines() if said in line]
    assert [line.split(":", 1)[0] for line in footnotes] == ["* baris 3", "* baris 4"]
    assert not any("ends in" in line or "cut in two" in line for line in footnotes)


def test_a_cut_far_down_the_file_is_found(tmp_path: Path) -> None:
    # Past the lines the header is looked for among and past the first chunk read.
    many = [[f"D{n}", "100", "90"] for n in range(30_000)]
    rows = [*many, ["B", "1\r00", "90"], ["C", "50", "40"]]
    path = tmp_path / "desa.csv"
    path.write_bytes(_text(rows, ",", "\r\n").encode())
    assert path.stat().st_size > CHUNK_CHARACTERS
    records = _records(str(path), code=3)
    assert set(_cut_rows(records)) == {30_002, 30_003}
    total = records[-1]
    assert (total["population"], total["registered"]) == (100 * 30_000 + 50, 90 * 30_000 + 40)


def test_a_cr_among_the_first_lines_is_found(tmp_path: Path) -> None:
    # The header is looked for among the first lines, which are read apart from the rest.
    path = tmp_path / "desa.csv"
    path.write_bytes(b"desa,penduduk,peserta\nB,1\r00,90\n")
    records = _records(str(path), code=3)
    assert set(_cut_rows(records)) == {2, 3}
    assert records[-1]["population"] is None  # nothing read: no region to total


def test_a_crlf_split_between_two_chunks_is_one_line_end(tmp_path: Path) -> None:
    # A chunk that ends between the CR and the LF of one line end: not a lone CR.
    first = [[f"D{n:02d}", "100", "90"] for n in range(HEADER_SEARCH_LINES - 1)]
    head = _text(first, ",", "\r\n")
    row = "E0000,100,90\r\n"
    # The first line of the rest is padded so that the first chunk ends on a row's CR.
    pad = next(n for n in range(len(row)) if (CHUNK_CHARACTERS - n - 10) % len(row) == 13)
    rest = f"P{'x' * pad},100,90\r\n" + row * (2 * CHUNK_CHARACTERS // len(row))
    assert rest[CHUNK_CHARACTERS - 1 : CHUNK_CHARACTERS + 1] == "\r\n"
    path = tmp_path / "desa.csv"
    path.write_bytes((head + rest).encode())
    records = _records(str(path), code=0)
    assert not _cut_rows(records)
    regions = len(first) + 1 + 2 * CHUNK_CHARACTERS // len(row)
    assert records[-1]["population"] == 100 * regions


def test_a_cr_inside_quotes_is_part_of_the_cell(tmp_path: Path) -> None:
    path = tmp_path / "desa.csv"
    path.write_bytes(b'desa,penduduk,peserta\nA,100,90\n"Desa\rBaru",200,190\n')
    records = _records(str(path), code=0)
    assert [record["region"] for record in records[:-1]] == ["A", "Desa\rBaru"]
    assert (records[-1]["population"], records[-1]["registered"]) == (300, 280)


@pytest.mark.parametrize("extension", [".csv", ".tsv"])
def test_an_old_mac_file_of_cr_line_ends_is_read(tmp_path: Path, extension: str) -> None:
    mark = "\t" if extension == ".tsv" else ","
    rows = [["A", "100", "90"], ["B", "100", "90"], ["C", "50", "40"]]
    path = tmp_path / f"mac{extension}"
    path.write_bytes(_text(rows, mark, "\r").encode())
    records = _records(str(path), code=0)
    assert [record["row"] for record in records[:-1]] == [2, 3, 4]
    assert (records[-1]["population"], records[-1]["registered"]) == (250, 220)


def test_a_cut_row_on_standard_input(tmp_path: Path) -> None:
    records = _records("-", code=3, input="desa,penduduk,peserta\nA,100,90\nB,1\r00,90\n")
    cut = _cut_rows(records)
    assert set(cut) == {3, 4}
    assert all(": line 3 ends in a lone carriage return" in error for error in cut.values())
    assert (records[-1]["population"], records[-1]["registered"]) == (100, 90)


def test_json_with_crs_is_read_as_before(tmp_path: Path) -> None:
    # In JSON a CR is white space between values, and JSON lines may end in CR LF: the
    # text reader's check for a lone CR is not JSON's.
    array = tmp_path / "desa.json"
    array.write_bytes(
        b'[{"desa": "A", "penduduk": 100,\r"peserta": 90},\r'
        b'{"desa": "B", "penduduk": 100, "peserta": 90}]\n'
    )
    lines = tmp_path / "desa.jsonl"
    lines.write_bytes(
        b'{"desa": "A", "penduduk": 100, "peserta": 90}\r\n'
        b'{"desa": "B", "penduduk": 100, "peserta": 90}\r\n'
    )
    mac = tmp_path / "mac.jsonl"  # JSON lines of CR line ends alone (old Mac)
    mac.write_bytes(lines.read_bytes().replace(b"\r\n", b"\r"))
    for path in (array, lines, mac):
        records = _records(str(path), code=0)
        assert [record["region"] for record in records[:-1]] == ["A", "B"]
        assert records[-1]["population"] == 200
    one = tmp_path / "one.jsonl"  # one line, a CR inside it, no line feed: one value
    one.write_bytes(b'{"desa": "A", "penduduk": 100,\r"peserta": 90}')
    (record, total) = _records(str(one), code=0)
    assert (record["region"], record["registered"], total["population"]) == ("A", 90, 100)


def test_json_lines_end_at_a_line_feed_only(tmp_path: Path) -> None:
    # A CR between a line's values is white space, a U+2028 in a string is text, and a CR
    # inside a string is one line that is not JSON, named by the line an editor shows.
    path = tmp_path / "desa.jsonl"
    path.write_bytes(
        b'{"desa": "A",\r"penduduk": 100, "peserta": 90}\n'
        b'{"desa": "B\xe2\x80\xa8C", "penduduk": 100,\r"peserta": 90}\r\n'
        b'{"desa": "D\rE", "penduduk": 100, "peserta": 90}\n'
        b'{"desa": "F", "penduduk": 100, "peserta": 90}\n'
    )
    records = _records(str(path), code=3)
    assert [record["row"] for record in records[:-1]] == [1, 2, 3, 4]
    assert [record["region"] for record in records[:-1]] == ["A", "B\u2028C", None, "F"]
    assert "Invalid control character" in records[2]["error"]
    assert records[-1]["population"] == 300


def test_an_old_mac_json_array_counts_its_lines(tmp_path: Path) -> None:
    array = tmp_path / "desa.json"
    array.write_bytes(b'[{"desa": "A", "penduduk": 100},\r\r{"desa": "B", "penduduk": 1OO}]\r')
    result = run("batch", str(array), "--no-register")
    assert result.exit_code == 2
    assert "line 3" in result.stderr, result.stderr


TREND_HEADER = b"kode,wilayah,penduduk,peserta,aktif\n"


def test_trend_and_compare_keep_a_cut_row_out_too(tmp_path: Path) -> None:
    first = tmp_path / "juli.csv"
    first.write_bytes(TREND_HEADER + b"63.03,Kab. Banjar,590393,560000,420000\n")
    second = tmp_path / "agustus.csv"
    second.write_bytes(TREND_HEADER + b"63.03,Kab. Banjar,590393,56\r1000,421000\n")
    said = "line 2 ends in a lone carriage return (CR)"
    trend = run("trend", f"{first}@2025-07-01", f"{second}@2025-08-01", "-f", "json")
    assert trend.exit_code == 3, trend.stderr
    records = json.loads(trend.stdout)
    banjar = next(record for record in records if record["code"] == "63.03")
    assert banjar["missing_dates"] == ["2025-08-01"]  # the cut snapshot is not a figure
    assert banjar["registered_last"] == 560000  # never 56
    halves = [record for record in records if record["code"] is None and not record["total"]]
    assert len(halves) == 2  # each its own unread row, not one region given twice
    assert all(said in record["warning"] for record in halves)
    assert f"{second}:2, {second}:3" in trend.stderr
    assert records[-1]["registered_last"] == 560000
    compare = run("compare", str(first), str(second), "-f", "json")
    assert compare.exit_code == 3, compare.stderr
    compared = json.loads(compare.stdout)
    assert [record["registered_b"] for record in compared] == [None, None, None]
    errors = [record["error"] for record in compared if record["error"]]
    assert len(errors) == 2
    assert all(error.startswith(f"{second}: {said}") for error in errors)


def test_a_cut_row_of_a_long_trend_file_is_unread_not_a_date(tmp_path: Path) -> None:
    # Its cells are the reader's error: never read as a date ("'...' is not a date").
    path = tmp_path / "bulanan.csv"
    path.write_bytes(
        b"tanggal," + TREND_HEADER
        + b"2025-07-01,63.03,Kab. Banjar,590393,560000,420000\n"
        + b"2025-08-01,63.03,Kab. Banjar,590393,56\r1000,421000\n"
        + b"2025-09-01,63.03,Kab. Banjar,590393,562000,422000\n"
    )  # fmt: skip
    result = run("trend", str(path), "-f", "json")
    assert result.exit_code == 3, result.stderr
    records = json.loads(result.stdout)
    banjar = next(record for record in records if record["code"] == "63.03")
    assert (banjar["registered_first"], banjar["registered_last"]) == (560000, 562000)
    assert f"{path}:3, {path}:4" in result.stderr
    assert "not a date" not in result.stderr
