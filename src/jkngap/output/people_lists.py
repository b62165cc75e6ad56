"""Lists of people for field work (``match --list``): CSV, or a workbook whose NIK and KK
cells are text (so that Excel never turns them into numbers and loses their last digits).

The caller hands an open stream of a file only its owner can read
(:func:`jkngap.people.private.private_file`): nothing here opens a file or prints.
Every text cell is neutralised, so that no cell runs as a formula.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import IO, Any

from jkngap.core.model import Record
from jkngap.output.cells import neutralise
from jkngap.output.fields import Kind

__all__ = ["FORMATS", "write_people"]

FORMATS = ("csv", "xlsx")
# How each column of a list is written in a workbook (the rest are text).
_KINDS = {"row": Kind.LINE, "line": Kind.LINE, "copies": Kind.COUNT, "decile": Kind.COUNT}
_WORDS = {True: "true", False: "false"}


def _cell(value: Any) -> Any:
    """A value as a list's cell: numbers as they are, verdicts as words, text made safe."""
    if value is None or type(value) is int:
        return value
    if isinstance(value, bool):
        return _WORDS[value]
    return neutralise(str(value))


def _rows(records: Iterable[Record], columns: Sequence[str]) -> Iterable[list[Any]]:
    for record in records:
        yield [_cell(record[column]) for column in columns]


def write_people(
    records: Iterable[Record],
    columns: Sequence[str],
    stream: IO[Any],
    fmt: str,
    *,
    sheet: str = "people",
) -> int:
    """``records`` (each with ``columns``) into ``stream``: text for csv, bytes for xlsx.
    The number of people written."""
    written = 0

    def counted(rows: Iterable[list[Any]]) -> Iterable[list[Any]]:
        nonlocal written
        for row in rows:
            written += 1
            yield row

    rows = counted(_rows(records, columns))
    if fmt == "csv":
        _write_csv(rows, columns, stream)
    else:
        _write_xlsx(rows, columns, stream, sheet)
    return written


def _write_csv(rows: Iterable[list[Any]], columns: Sequence[str], stream: IO[str]) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(["" if cell is None else cell for cell in row] for row in rows)


def _write_xlsx(
    rows: Iterable[list[Any]], columns: Sequence[str], handle: IO[bytes], name: str
) -> None:
    from jkngap.output.workbook import Book, sheet_name

    book = Book(handle)
    kinds = [_KINDS.get(column, Kind.TEXT) for column in columns]
    sheet = book.sheet(sheet_name(name), kinds)
    sheet.write_header(list(columns), frozen_columns=0)
    sheet.write_rows(rows)
    sheet.finish()
    book.close()
