"""Excel workbooks, written row by row (openpyxl's write-only mode, imported only here)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import IO, Any

from jkngap.core.spans import Cut4
from jkngap.output.cells import number_text
from jkngap.output.formats import Many, Result, View, result_records
from jkngap.output.machine import flat_columns, safe_text


def _xlsx_value(value: Any, raw: bool) -> Any:
    """A record value as an Excel cell: numbers stay numbers (exact Decimals), text safe."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, Fraction | Cut4):
        return Decimal(number_text(value))
    if isinstance(value, int | Decimal):
        return value
    return safe_text(value if isinstance(value, str) else safe_text(value, True), raw)


def write_file(result: Result | Many, handle: IO[bytes], view: View, name: str) -> None:
    """An Excel workbook of the result's rows, streamed."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("jkngap")
    header: list[str] | None = None
    for record in result_records(result):
        columns = list(flat_columns(record))
        if header is None:
            header = [safe_text(name, view.raw) for name, _ in columns]
            sheet.append(header)
        sheet.append([_xlsx_value(value, view.raw) for _, value in columns])
    workbook.save(handle)
