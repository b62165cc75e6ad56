"""Excel workbooks read as region tables, with a hostile file's tricks refused in bounded time
and memory: a zip bomb, XML entity payloads (defusedxml, which openpyxl uses once it is
installed), a dimension that lies, more rows or longer cells than Excel itself allows, and
formulas whose results were never saved. openpyxl is imported only here.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from typing import IO, Any

from jkngap.core.errors import InputError
from jkngap.core.model import Note
from jkngap.io.readers import HEADER_SEARCH_LINES, Table, UnsavedFormula, filled_rows, header_index

__all__ = ["MAX_CELL_CHARACTERS", "MAX_ROWS", "MAX_XML_BYTES", "xlsx_table"]

MAX_ROWS = 1_048_576  # Excel's own limit: a sheet with more was not made by Excel
MAX_CELL_CHARACTERS = 32_767  # likewise for one cell
# What the workbook's parts may unpack to in all: a full sheet of a million villages is
# well under it; a zip bomb is far over.
MAX_XML_BYTES = 256 * 1024 * 1024
MAX_FILE_BYTES = 128 * 1024 * 1024  # the workbook itself, read into memory


def xlsx_table(binary: IO[bytes], source: str, sheet: str | None, header_row: int | None) -> Table:
    """The region table of one sheet: the one named, else the first visible worksheet."""
    data = binary.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InputError("batch.xlsx_too_large", path=source, most=MAX_FILE_BYTES)
    has_formulas = _inspect(data, source)
    workbook = _load(data, source, data_only=True)
    try:
        worksheet, notes = _worksheet(workbook, sheet, source)
        table = _table(workbook, worksheet, data if has_formulas else None, source, header_row)
        table.notes.extend(notes)
        return table
    except BaseException:
        workbook.close()
        raise


def _inspect(data: bytes, source: str) -> bool:
    """Refuse a workbook whose parts unpack past the cap; whether any sheet has formulas."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
            if sum(part.file_size for part in parts) > MAX_XML_BYTES:
                raise InputError("batch.xlsx_bomb", path=source, most=MAX_XML_BYTES)
            sheets = [part for part in parts if part.filename.startswith("xl/worksheets/")]
            return any(_has_formula(archive, part) for part in sheets)
    except zipfile.BadZipFile as error:
        raise InputError("batch.bad_xlsx", path=source, reason=str(error)) from None


def _has_formula(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> bool:
    with archive.open(part) as stream:
        tail = b""
        while chunk := stream.read(1 << 20):
            if b"<f>" in tail + chunk or b"<f " in tail + chunk:
                return True
            tail = chunk[-3:]
    return False


def _load(data: bytes, source: str, *, data_only: bool) -> Any:
    from openpyxl import load_workbook

    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)
    except InputError:
        raise
    except Exception as error:  # noqa: BLE001 - whatever a broken workbook raises, it is exit 2
        raise InputError("batch.bad_xlsx", path=source, reason=_reason(error)) from None


def _reason(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"[:200]


def _worksheet(workbook: Any, sheet: str | None, source: str) -> tuple[Any, list[Note]]:
    """The sheet asked for, or the first visible worksheet (saying so when it is not the
    first sheet); a chartsheet holds no table."""
    if sheet is not None:
        if sheet not in workbook.sheetnames:
            raise InputError(
                "batch.no_sheet", path=source, sheet=sheet, known=", ".join(workbook.sheetnames)
            )
        chosen = workbook[sheet]
        if chosen not in workbook.worksheets:
            raise InputError("batch.not_a_worksheet", path=source, sheet=sheet)
        return chosen, []
    visible = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
    if not visible:
        raise InputError("batch.no_visible_sheet", path=source)
    if visible[0] is workbook.worksheets[0]:
        return visible[0], []
    hidden = Note(
        "batch.hidden_sheet",
        {"name": source, "hidden": workbook.worksheets[0].title, "sheet": visible[0].title},
        warning=True,
    )
    return visible[0], [hidden]


def _table(
    workbook: Any, worksheet: Any, data: bytes | None, source: str, header_row: int | None
) -> Table:
    worksheet.reset_dimensions()  # a dimension that lies would pad every row to its width
    first = [
        list(row)
        for row in worksheet.iter_rows(values_only=True, max_row=header_row or HEADER_SEARCH_LINES)
    ]
    found = header_index(first, header_row, source)
    filled = filled_rows(first)
    header = ["" if cell is None else str(cell) for cell in first[found]]
    above = tuple((n + 1, first[n]) for n in filled if n < found)
    blank = [n + 1 for n in range(found) if n not in filled]
    formulas = _formula_rows(data, worksheet.title, found + 2, source) if data else None

    def rows() -> Iterator[tuple[int, list[Any]]]:
        cells_of = worksheet.iter_rows(min_row=found + 2)
        try:
            for line, cells in enumerate(cells_of, start=found + 2):
                if line > MAX_ROWS:
                    raise InputError("batch.xlsx_rows", path=source, most=MAX_ROWS)
                row = [_value(cell, source, line) for cell in cells]
                if formulas is not None:
                    _unsaved(row, next(formulas, ()))
                if any(value not in (None, "") for value in row):
                    yield line, row
                else:
                    blank.append(line)
        except InputError:
            raise
        except Exception as error:  # noqa: BLE001 - a workbook broken past its header is exit 2
            raise InputError("batch.bad_xlsx", path=source, reason=_reason(error)) from None
        finally:
            workbook.close()

    return Table(header, rows(), source, workbook.close, above, blank)


def _formula_rows(
    data: bytes, title: str, first_row: int, source: str
) -> Iterator[tuple[Any, ...]]:
    """The same sheet's cells as written (a formula as its text), row by row from
    ``first_row``, to tell a formula whose result was never saved from an empty cell."""
    workbook = _load(data, source, data_only=False)
    worksheet = workbook[title]
    worksheet.reset_dimensions()
    try:
        yield from worksheet.iter_rows(min_row=first_row, values_only=True)
    finally:
        workbook.close()


def _unsaved(row: list[Any], written: tuple[Any, ...]) -> None:
    """A cell with a formula and no saved result reads as empty: it is marked instead, so
    that a count there is named as missing, not taken as blank."""
    for index, (value, formula) in enumerate(zip(row, written, strict=False)):
        if value is None and isinstance(formula, str) and formula.startswith("="):
            row[index] = UnsavedFormula(formula)


def _value(cell: Any, source: str, line: int) -> Any:
    """A cell's value as jkngap reads it: a number shown as a percentage (0.9282 shown as
    92.82 %) becomes the text of that percentage, exactly, from the number's decimal form;
    text longer than Excel allows is refused."""
    value = cell.value
    if isinstance(value, str) and len(value) > MAX_CELL_CHARACTERS:
        raise InputError("batch.xlsx_cell", path=source, line=line, most=MAX_CELL_CHARACTERS)
    if (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and "%" in (cell.number_format or "")
    ):
        # Trailing zeros go: 0.9831 is 98.31 %, as precise as it was typed, not 98.3100 %.
        return f"{(Decimal(repr(value)) * 100).normalize():f}%"
    return value
