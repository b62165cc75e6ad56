"""Why a list of people cannot be read, said in the message's language: DuckDB's and
openpyxl's (zipfile's, the XML parser's) reasons a user's bad file causes are the
catalogue's, in English and in Indonesian, with no English library words inside an
Indonesian message, and never a NIK from the file."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from people_lists import write_csv, write_xlsx

from conftest import run
from sheets import damaged, rewritten

NIKS = ("3601014101990002", "3601015512870113", "3674010101010001")
# Twelve digits or more together, or a NIK in groups of four (test_match_command's).
SECRET = re.compile(r"\d{12,}|\d{4}([ .\-])\d{4}\1\d{4}\1\d{4}")
# What the libraries say, which an Indonesian message must not hold.
LIBRARY_WORDS = re.compile(
    r"Error|error\b|sniff|Parquet file|magic|Footer|zip file|CRC|decompress|no item named|"
    r"unclosed|token|new-line|unquoted|Unable to read|invalid XML|Forbidden"
)
ROWS = [[nik, "36.01.01.2001"] for nik in NIKS]


def _workbook(folder: Path) -> Path:
    return write_xlsx(folder / "good.xlsx", ["NIK", "Kode Desa"], ROWS)


def _rewritten(folder: Path, name: str, change: Callable[[str, bytes], bytes | None]) -> Path:
    return rewritten(_workbook(folder), folder / name, change)


def _entity(folder: Path) -> Path:
    declared = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'

    def change(name: str, data: bytes) -> bytes:
        return declared + data if name.startswith("xl/worksheets/") else data

    return _rewritten(folder, "entity.xlsx", change)


def _truncated(folder: Path) -> Path:
    data = _workbook(folder).read_bytes()
    path = folder / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def _broken_sheet(folder: Path) -> Path:
    def change(name: str, data: bytes) -> bytes:
        return data[: len(data) // 2] if name.startswith("xl/worksheets/") else data

    return _rewritten(folder, "sheet.xlsx", change)


def _no_content_types(folder: Path) -> Path:
    return _rewritten(folder, "parts.xlsx", lambda n, d: None if n == "[Content_Types].xml" else d)


def _damaged(folder: Path) -> Path:
    return damaged(_workbook(folder), folder / "damaged.xlsx")


def _open_quote(folder: Path) -> Path:
    path = folder / "quote.csv"
    path.write_bytes(f'NIK,Kode Desa\n{NIKS[0]},"36.01.01.2001\n{NIKS[1]},36.01\n'.encode())
    return path


def _long_line(folder: Path) -> Path:
    path = folder / "long.csv"
    rows = "".join(f"{nik},36.01.01.2001\n" for nik in NIKS)
    path.write_text(f"NIK,Kode Desa\n{rows}{NIKS[0]},{'x' * 1_100_000}\n", encoding="utf-8")
    return path


def _not_parquet(folder: Path) -> Path:
    path = folder / "list.parquet"
    path.write_text(f"NIK,Kode Desa\n{NIKS[0]},36.01.01.2001\n", encoding="utf-8")
    return path


def _empty_parquet(folder: Path) -> Path:
    path = folder / "empty.parquet"
    path.write_bytes(b"")
    return path


def _cr_in_header(folder: Path) -> Path:
    # What the csv module says of a CR inside an unquoted header cell. (A workbook renamed
    # .csv said it only when its zip's timestamp held a CR byte: see the test below.)
    path = folder / "renamed.csv"
    path.write_bytes(b"NIK,Kode\rDesa\n" + f"{NIKS[0]},36.01.01.2001\n".encode())
    return path


@pytest.mark.parametrize(
    ("make", "english", "indonesian"),
    [
        (_truncated, "not a zip archive", "bukan arsip zip"),
        (_broken_sheet, "a part of it is not well-formed XML", "bukan XML yang utuh"),
        (_no_content_types, "a part every workbook has is missing", "bagian yang dimiliki"),
        (_damaged, "its compressed contents are damaged", "isi terkompresinya rusak"),
        (_entity, "it declares XML entities, which are refused", "mendeklarasikan entitas XML"),
        (_open_quote, "a quote opened and never closed", "kutip yang dibuka tetapi tidak"),
        (_long_line, "a line is longer than 1,048,576 bytes", "lebih panjang dari 1.048.576 bita"),
        (_not_parquet, "not a Parquet file, or one cut short", "bukan berkas Parquet"),
        (_empty_parquet, "not a Parquet file, or one cut short", "bukan berkas Parquet"),
        (_cr_in_header, "new-line character seen in unquoted", "pindah baris di dalam sel"),
    ],
)
def test_a_bad_list_is_refused_in_the_language_without_a_nik(
    tmp_path: Path, make: Callable[[Path], Path], english: str, indonesian: str
) -> None:
    population = make(tmp_path)
    members = write_csv(tmp_path / "m.csv", ["NIK"], [[NIKS[0]]])
    for lang, said in (("en", english), ("id", indonesian)):
        result = run(
            "match", "--population", str(population), "--members", str(members),
            "--no-register", "--lang", lang, "-f", "json",
        )  # fmt: skip
        assert result.exit_code == 2, result.stderr
        assert f"{population.name}: " in result.stderr
        assert said in result.stderr, result.stderr
        assert "a bug in jkngap" not in result.stderr
        assert not SECRET.search(result.stderr + result.stdout), result.stderr
        if lang == "id":
            assert not LIBRARY_WORDS.search(result.stderr), result.stderr


def test_a_workbook_renamed_csv_is_refused_in_the_language_without_a_nik(tmp_path: Path) -> None:
    # Its first "line" is zip bytes, which hold a CR or not as the clock moves: refused
    # either way (exit 2), naming the file, in the language's words, with no NIK.
    population = tmp_path / "renamed.csv"
    population.write_bytes(_workbook(tmp_path).read_bytes())
    members = write_csv(tmp_path / "m.csv", ["NIK"], [[NIKS[0]]])
    for lang in ("en", "id"):
        result = run(
            "match", "--population", str(population), "--members", str(members),
            "--no-register", "--lang", lang,
        )  # fmt: skip
        assert result.exit_code == 2, result.stderr
        assert f"{population.name}: " in result.stderr
        assert "a bug in jkngap" not in result.stderr
        assert not SECRET.search(result.stderr + result.stdout), result.stderr
        if lang == "id":
            assert not LIBRARY_WORDS.search(result.stderr), result.stderr
