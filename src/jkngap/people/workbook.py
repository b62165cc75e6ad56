"""A workbook of people, streamed into a CSV of jkngap's own in the private folder, for
DuckDB to read (it reads no workbook without an extension, and none is downloaded).

openpyxl reads the sheet in read-only mode, a row at a time, so memory stays flat; a
hostile file's tricks are refused in bounded time and memory: a zip bomb, a sheet with
more rows or longer cells than Excel itself allows (XML entity payloads are defusedxml's,
which openpyxl uses once it is installed). A NIK cell that was a *number* is marked in a
column of its own: that is how a NIK Excel rounded (16 digits ending in 0) is told from a
real NIK ending in 0.
"""

from __future__ import annotations

import csv
import itertools
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jkngap.core.errors import InputError
from jkngap.core.match import cell_text
from jkngap.core.reasons import workbook_reason
from jkngap.people.columns import normalise_header

if TYPE_CHECKING:
    from jkngap.people.textlists import Source

__all__ = ["MAX_CELL_CHARACTERS", "MAX_ROWS", "MAX_UNPACKED_BYTES", "workbook_csv"]

MAX_ROWS = 1_048_576  # Excel's own limit
MAX_CELL_CHARACTERS = 32_767  # likewise
# A full sheet of a million people with ten columns unpacks to well under this.
MAX_UNPACKED_BYTES = 2 * 1024**3
HEADER_SEARCH_ROWS = 20


def _inspect(path: str, shown: str) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            if sum(part.file_size for part in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise InputError("match.workbook_bomb", path=shown, most=MAX_UNPACKED_BYTES)
    except (zipfile.BadZipFile, OSError) as error:
        raise InputError("match.bad_workbook", path=shown, reason=_reason(error)) from None


def _reason(error: Exception) -> Any:
    """The catalogue's reason (a damaged archive, broken XML, the system's), else the
    library's error by its name alone: its text may quote a cell, and a cell may hold
    personal data."""
    return workbook_reason(error, type(error).__name__)


def _header_at(rows: list[tuple[Any, ...]], niks: set[str]) -> int:
    """The header's row among the first: the first naming a NIK column (``niks``, as
    headers normalise), else the first that is not blank (titles above the header are
    not the header)."""
    filled = [n for n, row in enumerate(rows) if any(cell not in (None, "") for cell in row)]
    for n in filled:
        if any(normalise_header(str(cell)) in niks for cell in rows[n] if cell):
            return n
    return filled[0] if filled else -1


def workbook_csv(source: Source, folder: Path, shown: str) -> tuple[Path, list[str]]:
    """The sheet (the one named, else the first) as a CSV in ``folder``: its header, then
    every row after it, and a last column "1" where the row's NIK cell was a number. The
    NIK column is found here by header, the same way the list's columns are."""
    from openpyxl import load_workbook

    _inspect(source.path, shown)
    # Opened here, and closed here however reading ends: openpyxl leaves the file it
    # opened itself open when the workbook proves broken.
    with open(source.path, "rb") as stream:
        try:
            workbook = load_workbook(stream, read_only=True, data_only=True)
        except Exception as error:  # noqa: BLE001 - whatever a broken workbook raises: exit 2
            raise InputError("match.bad_workbook", path=shown, reason=_reason(error)) from None
        return _written(source, workbook, folder, shown)


def _written(source: Source, workbook: Any, folder: Path, shown: str) -> tuple[Path, list[str]]:
    """The sheet of ``workbook`` written as a CSV in ``folder``, and its header."""
    from jkngap.people.columns import ALIASES
    from jkngap.people.textlists import MAX_FIELDS

    target = folder / f"{source.role}.csv"
    try:
        if source.sheet is not None and source.sheet not in workbook.sheetnames:
            raise InputError("match.no_sheet", path=shown, sheet=source.sheet)
        sheet = workbook[source.sheet] if source.sheet else workbook.worksheets[0]
        sheet.reset_dimensions()  # a dimension that lies would pad every row to its width
        rows = sheet.iter_rows(values_only=True)
        wanted = {source.columns.get(role, "") for role in ("nik", "nik_hash")}
        wanted |= set(ALIASES["nik"]) | set(ALIASES["nik_hash"])
        wanted_keys = {normalise_header(name) for name in wanted if name}
        first = list(itertools.islice(rows, HEADER_SEARCH_ROWS))
        at = _header_at(first, wanted_keys)
        if at < 0:
            raise InputError("match.empty_file", path=shown)
        header = ["" if cell is None else str(cell) for cell in first[at]]
        if len(header) > MAX_FIELDS:  # each row below is written as wide as the header
            raise InputError("match.too_many_fields", path=shown, line=at + 1, most=MAX_FIELDS)
        niks = [i for i, name in enumerate(header) if normalise_header(name) in wanted_keys]
        with target.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow([*header, "numeric"])
            line = at + 1
            for row in [*first[at + 1 :], *rows]:
                line += 1
                if line > MAX_ROWS:
                    raise InputError("match.workbook_rows", path=shown, most=MAX_ROWS)
                writer.writerow(_cells(row, len(header), niks, shown, line))
    except InputError:
        raise
    except Exception as error:  # noqa: BLE001 - a workbook broken past its header is exit 2
        raise InputError("match.bad_workbook", path=shown, reason=_reason(error)) from None
    finally:
        workbook.close()
    return target, header


def _cells(row: tuple[Any, ...], width: int, niks: list[int], shown: str, line: int) -> list[Any]:
    cells = list(row[:width]) + [None] * (width - len(row))
    numeric = any(
        isinstance(cells[i], int | float) and not isinstance(cells[i], bool) for i in niks
    )
    texts = []
    for cell in cells:
        text = cell_text(cell)
        if text is not None and len(text) > MAX_CELL_CHARACTERS:
            raise InputError("match.workbook_cell", path=shown, line=line, most=MAX_CELL_CHARACTERS)
        texts.append(text)
    return [*texts, "1" if numeric else ""]
