"""Lists of people for the tests: written as files, and read back plainly for the reference
implementation (jkngap.core.match.reference), which the engine must agree with."""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from jkngap.core.match import ListRows
from jkngap.people.columns import find_columns


def write_csv(
    path: Path, header: Sequence[str], rows: Sequence[Sequence[Any]], *, delimiter: str = ","
) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(["" if cell is None else cell for cell in row] for row in rows)
    return path


def write_xlsx(path: Path, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Data")
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def rows_of(path: Path, role: str, given: Mapping[str, str] | None = None) -> ListRows:
    """A list file read plainly (the csv module, openpyxl), its columns found by header,
    for the reference implementation."""
    if path.suffix == ".parquet":
        import duckdb

        relation = duckdb.sql(f"SELECT * FROM read_parquet('{path}')")
        assert relation is not None
        header = list(relation.columns)
        # A Parquet column of integers holds its NIKs whole: read as the text they are.
        body = [
            [str(c) if isinstance(c, int) and not isinstance(c, bool) else c for c in row]
            for row in relation.fetchall()
        ]
    elif path.suffix == ".xlsx":
        from openpyxl import load_workbook

        workbook = load_workbook(path, read_only=True)
        cells = [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
        workbook.close()
        header = ["" if c is None else str(c) for c in cells[0]]
        body = cells[1:]
    else:
        delimiter = "\t" if path.suffix == ".tsv" else ","
        with path.open(encoding="utf-8-sig", newline="") as stream:
            parsed = [row for row in csv.reader(stream, delimiter=delimiter) if row]
        header, body = parsed[0], parsed[1:]
    columns = find_columns(header, role, given or {}, str(path))
    index = {role: header.index(name) for role, name in columns.roles.items()}
    rows = [
        {column: (row[i] if i < len(row) else None) for column, i in index.items()} for row in body
    ]
    return ListRows(role, str(path), frozenset(columns.roles), rows)
