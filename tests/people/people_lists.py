"""Lists of people for the tests: written as files, and read back plainly for the reference
implementation (jkngap.core.match.reference), which the engine must agree with."""

from __future__ import annotations

import csv
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from jkngap.core.match import ListRows
from jkngap.people.columns import find_columns

# The benchmarks' generator of lists is the tests' too.
BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
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
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        workbook = load_workbook(path, read_only=True)
        cells = [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
        workbook.close()
        header = ["" if c is None else str(c) for c in cells[0]]
        body = cells[1:]
    else:
        with path.open(encoding="utf-8", newline="") as stream:
            parsed = [row for row in csv.reader(stream) if row]
        header, body = parsed[0], parsed[1:]
    columns = find_columns(header, role, given or {}, str(path))
    index = {role: header.index(name) for role, name in columns.roles.items()}
    rows = [
        {column: (row[i] if i < len(row) else None) for column, i in index.items()} for row in body
    ]
    return ListRows(role, str(path), frozenset(columns.roles), rows)
