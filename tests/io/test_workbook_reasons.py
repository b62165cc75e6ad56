"""A region workbook that cannot be read says why in the message's language: zipfile's,
zlib's and the XML parser's reasons (a damaged archive, a part missing, broken XML) are the
catalogue's, never English library words inside an Indonesian message, and never a bug's
exit 70."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import run
from sheets import damaged, rewritten

LIBRARY_WORDS = re.compile(
    r"Error|error\b|zip file|CRC|decompress|no item named|unclosed|token|line \d+, column|"
    r"Unable to read|invalid XML|Forbidden"
)


def _workbook(folder: Path) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["desa", "penduduk", "peserta"])
    sheet.append(["A", 100, 90])
    path = folder / "good.xlsx"
    workbook.save(path)
    return path


def _rewritten(name: str, change: Callable[[str, bytes], bytes | None]) -> Callable[[Path], Path]:
    return lambda folder: rewritten(_workbook(folder), folder / name, change)


def _cut(prefix: str) -> Callable[[str, bytes], bytes]:
    return lambda name, data: data[: len(data) // 2] if name.startswith(prefix) else data


def _entity(name: str, data: bytes) -> bytes:
    declared = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'
    return declared + data if name.startswith("xl/worksheets/") else data


def _damaged(folder: Path) -> Path:
    return damaged(_workbook(folder), folder / "damaged.xlsx")


@pytest.mark.parametrize(
    ("make", "english", "indonesian"),
    [
        (
            _rewritten("sheet.xlsx", _cut("xl/worksheets/")),
            "a part of it is not well-formed XML",
            "bukan XML yang utuh",
        ),
        (
            _rewritten("book.xlsx", _cut("xl/workbook.xml")),
            "a part of it is not well-formed XML",
            "bukan XML yang utuh",
        ),
        (
            _rewritten("parts.xlsx", lambda n, d: None if n == "[Content_Types].xml" else d),
            "a part every workbook has is missing",
            "bagian yang dimiliki setiap buku kerja tidak ada",
        ),
        (_damaged, "its compressed contents are damaged", "isi terkompresinya rusak"),
        (  # defusedxml's refusal, under openpyxl's own ValueError
            _rewritten("entity.xlsx", _entity),
            "it declares XML entities, which are refused",
            "mendeklarasikan entitas XML, yang ditolak",
        ),
    ],
)
def test_a_broken_workbook_is_refused_in_the_language(
    tmp_path: Path, make: Callable[[Path], Path], english: str, indonesian: str
) -> None:
    path = make(tmp_path)
    for lang, said in (("en", english), ("id", indonesian)):
        result = run("batch", str(path), "-f", "json", "--no-register", "--lang", lang)
        assert result.exit_code == 2, result.stderr
        assert result.stderr.startswith(f"jkngap: {'galat' if lang == 'id' else 'error'}: ")
        assert f"{path}: " in result.stderr
        assert said in result.stderr, result.stderr
        if lang == "id":
            assert not LIBRARY_WORDS.search(result.stderr), result.stderr
