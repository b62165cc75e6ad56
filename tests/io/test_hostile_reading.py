"""Hostile files, the reading side: sizes bounded on every line, memory bounded by the
text, work linear in rows and columns, every row read or the file refused naming it, and
exit 2 (never 70) on numbers no file of regions holds."""

from __future__ import annotations

import io
import json
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from conftest import run
from jkngap.core.regions import RegionOptions
from jkngap.io.jsonrows import json_table
from jkngap.io.rows import RegionRows, record_keys
from jkngap.io.tables import read_table
from sheets import Cell, write_workbook


def _refused(path: Path, *args: str) -> str:
    result = run("batch", str(path), "-f", "csv", "--no-register", *args)
    assert result.exit_code == 2, (result.exit_code, result.stdout[-300:], result.stderr)
    assert "a bug in jkngap" not in result.stderr
    return result.stderr


def test_a_line_too_long_is_refused_wherever_it_comes(tmp_path: Path) -> None:
    # Only the first 20 lines were measured: a line far down was read whole into memory.
    path = tmp_path / "late.csv"
    lines = ["desa,penduduk,peserta", *(f"Desa {n},100,90" for n in range(30_000))]
    path.write_text("\n".join([*lines, "Desa X,100," + "9" * 1_100_000, "Desa Y,1,1"]) + "\n")
    stderr = _refused(path)
    assert "late.csv: line 30,002 is longer than 1,048,576 characters" in stderr
    # CSV streams: the rows before the error are out already, and the user is told so.
    assert "standard output holds only the rows read before the error" in stderr
    # JSON is written whole or not at all, so there is nothing to warn of.
    whole = run("batch", str(path), "-f", "json", "--no-register")
    assert (whole.exit_code, whole.stdout) == (2, "")
    assert "standard output holds only" not in whole.stderr


def test_records_across_lines_and_every_line_end_still_read(tmp_path: Path) -> None:
    path = tmp_path / "ends.csv"
    for content in (
        b'desa,penduduk,peserta\r\n"Desa\nA",100,90\r\nB,100,80\r\n"C\x0bD",10,9\n',
        b'desa,penduduk,peserta\r"Desa\rA",100,90\rB,100,80\r"C\x0bD",10,9\r',  # old Mac
    ):
        path.write_bytes(content)
        result = run("batch", str(path), "-f", "json", "--no-register")
        assert result.exit_code == 0, result.stderr
        records = json.loads(result.stdout)
        assert [(r["row"], r["registered"]) for r in records[:-1]] == [(2, 90), (4, 80), (5, 9)]
    # A lone CR ending a line among LF line ends may be a cell cut in two: both rows
    # beside it are unread (tests/io/test_line_ends.py), the others still read.
    path.write_bytes(b'desa,penduduk,peserta\r\n"Desa\nA",100,90\rB,100,80\r\n"C\x0bD",10,9\n')
    result = run("batch", str(path), "-f", "json", "--no-register")
    assert result.exit_code == 3, result.stderr
    records = json.loads(result.stdout)
    assert [(r["row"], r["registered"]) for r in records[:-1]] == [(2, None), (4, None), (5, 9)]
    assert [bool(r["error"]) for r in records[:-1]] == [True, True, False]


def test_a_hundred_thousand_columns_are_read_in_linear_time() -> None:
    # Each column's name was searched for in a list of the others: 106 s for 1.2 MB.
    width = 100_000
    header = ",".join(["desa", "penduduk", "peserta", *(f"c{n}" for n in range(width))])
    row = ",".join(["A", "100", "90", *(["1"] * width)])
    table = read_table(io.BytesIO(f"{header}\n{row}\n".encode()), source="wide.csv")
    source = RegionRows(table, RegionOptions(), with_source=False)
    keys = record_keys([source], check=False)
    assert len(keys) == len(set(keys)) > width


def test_a_json_object_of_a_hundred_thousand_keys_is_read_in_linear_time() -> None:
    # Each key was counted among the others: it did not finish in 15 minutes.
    item = {"desa": "A", "penduduk": 100, "peserta": 90, **{f"k{n}": n for n in range(100_000)}}
    table = json_table(io.BytesIO(json.dumps([item]).encode()), "keys.json", "utf-8")
    assert len(table.header) == 100_003
    [(number, cells)] = list(table.rows)
    assert (number, cells[:3], cells[-1]) == (1, ["A", 100, 90], 99_999)


def test_json_lines_of_distinct_keys_are_refused_not_expanded(tmp_path: Path) -> None:
    # 4,000 lines of a key each of their own: a table of 16 million empty cells.
    path = tmp_path / "distinct.jsonl"
    path.write_text(
        "".join(
            json.dumps({"desa": f"D{n}", "penduduk": 100, "peserta": 90, f"k{n}": 1}) + "\n"
            for n in range(4000)
        )
    )
    assert "would make a table of 16,012,000" in _refused(path)


def test_a_wide_header_over_short_rows_is_refused_not_expanded(tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    header = ",".join(["desa", "penduduk", "peserta", *(f"c{n}" for n in range(50_000))])
    path.write_text(header + "\n" + "A,100,90\n" * 2000)
    assert "not a table of regions" in _refused(path)


def test_a_json_array_is_held_as_its_text_not_as_python_objects() -> None:
    # A 128 MiB array peaked at 7 GiB (57 times the file) when parsed whole.
    items = [
        {"desa": f"Desa {n}", "kode": f"63.03.01.{n:04d}", "penduduk": 1000 + n, "peserta": 900}
        for n in range(40_000)
    ]
    data = json.dumps(items).encode()
    tracemalloc.start()
    try:
        table = json_table(io.BytesIO(data), "big.json", "utf-8")
        count = sum(1 for _ in table.rows)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 40_000
    assert peak < 4 * len(data), (peak, len(data))


@pytest.mark.parametrize(
    ("name", "content", "args", "needle"),
    [
        (
            "digits.csv",
            "desa,penduduk,peserta\nA,100,90\nB," + "9" * 4300 + ",90\n",
            (),
            "digits.csv: column 'penduduk': line 3: a number of 4,300 digits",
        ),
        (
            "bigint.json",
            '[{"desa": "A", "penduduk": 1' + "0" * 5000 + ', "peserta": 5}]',
            (),
            "bigint.json: column 'penduduk': line 1: a number of 5,001 digits",
        ),
        (
            "percent.csv",
            "desa,penduduk,peserta,cakupan\nA,100,90,90.0000000000000000000000000001\n",
            ("--check",),
            "percent.csv: column 'cakupan': line 2: a number of 30 digits",
        ),
        (
            "segment.csv",
            "desa,penduduk,peserta,pbpu\nA,100,90,1" + "0" * 30 + "\n",
            (),
            "column 'pbpu': line 2: a number of 31 digits",
        ),
    ],
)
def test_numbers_no_region_has_refuse_the_file(
    tmp_path: Path, name: str, content: str, args: tuple[str, ...], needle: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert needle in _refused(path, *args)


HEADER = ["desa", "penduduk", "peserta"]


@pytest.mark.parametrize(
    ("rows", "needle"),
    [
        # Rows openpyxl dropped without a word ("blank lines skipped").
        ([(1, HEADER), (-5, ["A", 100, 90]), (2, ["B", 100, 90])], "numbered '-5'"),
        ([(1, HEADER), (2, ["A", 100, 90]), (2, ["B", 100, 80])], "row 2 comes after row 2"),
        ([(1, HEADER), (3, ["A", 100, 90]), (2, ["B", 100, 80])], "row 2 comes after row 3"),
        # Cells openpyxl cannot read: exit 70 before.
        ([(1, HEADER), (2, ["A", 100, Cell("x", kind="b")])], "line 2 of the sheet cannot"),
        ([(1, HEADER), (2, ["A", 100, Cell("nodate", kind="d")])], "line 2 of the sheet cannot"),
        ([(1, HEADER), (2, ["A", 100, Cell("abc", kind="n")])], "line 2 of the sheet cannot"),
        ([(1, [*HEADER, Cell("x", kind="b")]), (2, ["A", 1, 1])], "line 1 of the sheet cannot"),
        ([(1, HEADER), (2, ["A", 100, 90]), (3, ["B", 1, Cell("9", kind="s")])], "line 3 of"),
        # A negative index read the last shared text, silently.
        ([(1, HEADER), (2, ["A", 100, 90]), (3, ["B", 1, Cell("-1", kind="s")])], "on line 3"),
    ],
)
def test_a_workbook_openpyxl_would_misread_is_refused_naming_the_row(
    tmp_path: Path, rows: list[tuple[int, list[object]]], needle: str
) -> None:
    path = write_workbook(tmp_path / "w.xlsx", rows, shared=["a"])
    stderr = _refused(path)
    assert needle in stderr
    assert "w.xlsx" in stderr


def test_a_number_cell_of_thousands_of_digits_is_said_in_jkngaps_words(tmp_path: Path) -> None:
    # Python refused to convert it and its advice to programmers reached the user.
    huge = Cell("9" * 4301, kind="n")
    path = write_workbook(
        tmp_path / "w.xlsx", [(1, HEADER), (2, ["A", 100, 90]), (3, ["B", 1, huge])]
    )
    stderr = _refused(path)
    assert "line 3: a number of 4301 digits" in stderr
    assert "sys." not in stderr
    assert "w.xlsx" in stderr


def test_a_cell_reference_openpyxl_cannot_read_is_exit_2(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "w.xlsx", [(1, HEADER), (2, ["A", 100, 90])])
    import zipfile

    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(b'r="B2"', b'r="B-"')
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert "line 2 of the sheet cannot be read" in _refused(path)


def test_a_header_of_no_known_column_is_named_in_a_bounded_message(tmp_path: Path) -> None:
    # 100,000 keys none of which jkngap reads: the refusal listed all of them (789 KB).
    path = tmp_path / "keys.json"
    path.write_text(json.dumps([{f"k{n}": n for n in range(100_000)}]))
    said = _refused(path)
    assert "in the header (k0, k1, k2, " in said
    assert "k19 (+99980)): name them" in said
    assert len(said) < 1000


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("s.csv", "kode,penduduk\n63.03,590393\n"),
        ("s.json", '[{"kode": "63.03", "penduduk": 590393}]'),
        # No extension: the first character is looked at to choose JSON or a table.
        ("s", "kode,penduduk\n63.03,590393\n"),
        ("s", '[{"kode": "63.03", "penduduk": 590393}]'),
    ],
)
def test_utf_16_without_its_byte_order_mark_is_an_encoding_message(
    tmp_path: Path, name: str, text: str
) -> None:
    """Python's UTF-16 decoder refuses a stream without its mark with a plain UnicodeError
    (not UnicodeDecodeError): said as any wrong encoding is, never a bug's exit 70."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    message = _refused(path, "--encoding", "utf-16")
    assert "is not valid utf-16" in message
    assert "--encoding" in message


def test_utf_16_standard_input_without_its_mark_is_an_encoding_message() -> None:
    # Standard input is looked at first (JSON or a table?): text that is no UTF-16 (no
    # zero byte) is still the encoding message there, never a bug's exit 70.
    data = b'[{"kode": "63.03", "penduduk": 590393}]'
    result = run("batch", "-", "--encoding", "utf-16", "--no-register", "-f", "csv", input=data)
    assert (result.exit_code, result.stdout) == (2, ""), result.stderr
    assert "is not valid utf-16" in result.stderr


_REGIONS = "kode,wilayah,penduduk,peserta\n63.03,Kabupaten Banjar,590393,580000\n"
_ARRAY = '[{"kode": "63.03", "penduduk": 590393}]'


def _batch_of(tmp_path: Path, name: str, data: bytes, *args: str) -> Any:
    """``batch`` of ``data`` as the file ``name`` (as standard input where it is "")."""
    if not name:
        return run("batch", "-", *args, input=data)
    path = tmp_path / name
    path.write_bytes(data)
    return run("batch", str(path), *args)


def _read_banjar(result: Any) -> None:
    assert result.exit_code == 0, result.stderr
    (record, _total) = json.loads(result.stdout)
    assert (record["code"], record["population"]) == ("63.03", 590393)


@pytest.mark.parametrize(
    ("name", "data", "given"),
    [
        # Excel's "Unicode text", with a tab: UTF-16 with its mark, read without --encoding.
        ("s.txt", _REGIONS.replace(",", "\t").encode("utf-16"), ()),
        ("s.csv", b"\xfe\xff" + _REGIONS.encode("utf-16-be"), ()),
        ("s.csv", _REGIONS.encode("utf-8-sig"), ("--encoding", "cp1252")),  # not "ï»¿kode"
        ("s.json", _ARRAY.encode("utf-16"), ()),
        ("", _ARRAY.encode("utf-16"), ()),  # stdin
    ],
)
def test_a_byte_order_mark_says_the_encoding(
    tmp_path: Path, name: str, data: bytes, given: tuple[str, ...]
) -> None:
    _read_banjar(_batch_of(tmp_path, name, data, *given, "-f", "json"))


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("bad.jsonl", b"not json\nalso not\n", "line 1 cannot be read: this line is not JSON"),
        ("ff.jsonl", b'\x0c{"penduduk": 1}\n', "line 1 cannot be read: this line is not JSON"),
        ("nums.jsonl", b"1\n2\n", "this item is not an object of column names and values"),
        ("nums.json", b"[1, 2]", "this item is not an object of column names and values"),
    ],
)
def test_json_with_no_object_at_all_says_why(
    tmp_path: Path, name: str, data: bytes, said: str
) -> None:
    # It said "no column of population ... in the header ()": true, and no help.
    path = tmp_path / name
    path.write_bytes(data)
    result = run("batch", str(path), "--no-register")
    assert result.exit_code == 2, result.stderr
    assert f"{name}: {said}" in result.stderr
    assert "in the header ()" not in result.stderr


@pytest.mark.parametrize("name", ["s.csv", "s.json", ""])
def test_utf_16_given_reads_a_file_without_its_mark_as_little_endian(
    tmp_path: Path, name: str
) -> None:
    # As Windows writes UTF-16, and as match reads a list: a file of UTF-16's zero bytes.
    # (A file with none, UTF-8 given as UTF-16, is still "not valid utf-16", above.)
    data = (_ARRAY if name == "s.json" else _REGIONS).encode("utf-16-le")
    _read_banjar(_batch_of(tmp_path, name, data, "--encoding", "utf-16", "-f", "json"))


@pytest.mark.parametrize("name", ["s.csv", "s.json", ""])
def test_utf_16_without_its_mark_read_as_utf_8_is_refused_saying_so(
    tmp_path: Path, name: str
) -> None:
    # Read as UTF-8 it gave rows of nonsense ("\x00K\x00a..."), unknown codes and cells
    # that are not numbers: refused at once, with the option that reads it.
    text = _ARRAY if name == "s.json" else _REGIONS
    result = _batch_of(tmp_path, name, text.encode("utf-16-le"), "--lang", "id")
    assert (result.exit_code, result.stdout) == (2, ""), result.stderr
    assert "tampaknya UTF-16" in result.stderr
    assert "--encoding utf-16" in result.stderr
    english = run("batch", "-", "--encoding", "cp1252", input=text.encode("utf-16-be"))
    assert english.exit_code == 2
    assert "looks like UTF-16 (every second byte is zero)" in english.stderr
    assert "read as cp1252: give --encoding utf-16" in english.stderr


def test_a_few_zero_bytes_in_utf_8_are_no_utf_16() -> None:
    data = b"kode,wilayah,penduduk\n63.03,A\x00\x00,590393\n"
    result = run("batch", "-", "-f", "json", input=data)
    assert "UTF-16" not in result.stderr
