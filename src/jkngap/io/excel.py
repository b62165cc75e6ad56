"""Excel workbooks read as region tables, with a hostile file's tricks refused in bounded time
and memory: a zip bomb, XML entity payloads (defusedxml, which openpyxl uses once it is
installed), a dimension that lies, more rows or longer cells than Excel itself allows,
rows numbered out of order (which openpyxl would drop without a word), shared text that
is not there, and formulas whose results were never saved. Whatever else openpyxl cannot
read, anywhere in the sheet, is refused naming the file and the line. openpyxl is
imported only here.

A number is read as its cell shows it where its format says how (``0.00%``: a percentage
of two decimals, rounded as Excel shows it), so that a percent cell holding the exact
quotient of two counts reads as the published figure, not as sixteen digits of it.
"""

from __future__ import annotations

import io
import math
import posixpath
import re
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from typing import IO, Any

from jkngap.core.errors import InputError, SystemReason
from jkngap.core.model import Note
from jkngap.core.reasons import workbook_reason
from jkngap.io.columns import is_percent_header
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
        _check_rows(data, worksheet.title, source)
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
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:  # none, or damaged
        raise InputError("batch.bad_xlsx", path=source, reason=_reason(error)) from None


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
        with warnings.catch_warnings():
            # What openpyxl says of a workbook it reads anyway (no default style, an
            # extension it does not know) is no message of jkngap's, nor a user's concern.
            warnings.simplefilter("ignore")
            return load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)
    except InputError:
        raise
    except Exception as error:  # noqa: BLE001 - whatever a broken workbook raises, it is exit 2
        raise InputError("batch.bad_xlsx", path=source, reason=_reason(error)) from None


def _reason(error: BaseException) -> Note | SystemReason | str:
    return workbook_reason(error, f"{type(error).__name__}: {error}"[:200])


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
    first: list[list[Any]] = []
    try:
        for row in worksheet.iter_rows(values_only=True, max_row=header_row or HEADER_SEARCH_LINES):
            first.append(list(row))
    except Exception as error:  # noqa: BLE001 - whatever a broken sheet raises, it is exit 2
        raise _unreadable(source, len(first) + 1, error) from None
    found = header_index(first, header_row, source)
    filled = filled_rows(first)
    header = ["" if cell is None else str(cell) for cell in first[found]]
    above = tuple((n + 1, first[n]) for n in filled if n < found)
    blank = [n + 1 for n in range(found) if n not in filled]
    formulas = _formula_rows(data, worksheet.title, found + 2, source) if data else None
    percent = [is_percent_header(name) for name in header]

    def rows() -> Iterator[tuple[int, list[Any]]]:
        cells_of = worksheet.iter_rows(min_row=found + 2)
        reached = found + 1  # the last line read whole: the next is named on a failure
        try:
            for line, cells in enumerate(cells_of, start=found + 2):
                if line > MAX_ROWS:
                    raise InputError("batch.xlsx_rows", path=source, most=MAX_ROWS)
                row = [
                    _value(cell, source, line, at < len(percent) and percent[at])
                    for at, cell in enumerate(cells)
                ]
                if formulas is not None:
                    _unsaved(row, next(formulas, ()))
                if any(value not in (None, "") for value in row):
                    yield line, row
                else:
                    blank.append(line)
                reached = line
        except InputError:
            raise
        except Exception as error:  # noqa: BLE001 - a workbook broken past its header is exit 2
            raise _unreadable(source, reached + 1, error) from None
        finally:
            workbook.close()

    return Table(header, rows(), source, workbook.close, above, blank)


# Python's refusal of an integer too long to convert, which openpyxl lets through: said
# as jkngap says a number no file of regions holds, not with Python's advice to a programmer.
_TOO_MANY_DIGITS = re.compile(r"integer string conversion.*?has (\d+) digits")


def _unreadable(source: str, line: int, error: BaseException) -> InputError:
    digits = _TOO_MANY_DIGITS.search(str(error)) if isinstance(error, ValueError) else None
    if digits is not None:
        return InputError("batch.oversized_number", path=source, line=line, digits=digits[1])
    return InputError("batch.bad_xlsx_row", path=source, line=line, reason=_reason(error))


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


def _value(cell: Any, source: str, line: int, percent_column: bool) -> Any:
    """A cell's value as jkngap reads it: text longer than Excel allows is refused; a
    number its format shows as a percentage (0.9282 shown as 92.82 %) is that percentage
    as a Decimal at the decimals shown, rounded as Excel rounds them; so is a number shown
    with fixed decimals in a column of percentages (92.8212 shown as 92.82). Any other
    number is the number stored."""
    value = cell.value
    kind = type(value)
    if kind is str:
        if len(value) > MAX_CELL_CHARACTERS:
            raise InputError("batch.xlsx_cell", path=source, line=line, most=MAX_CELL_CHARACTERS)
        return value
    if kind is not float and kind is not int:
        return value
    shown = _shown(cell.number_format)
    if shown is None or not math.isfinite(value) or abs(value) >= _LARGEST_SHOWN:
        return value
    is_percent, decimals = shown
    if is_percent:
        return _rounded(Decimal(repr(value)).scaleb(2), decimals)
    if percent_column and kind is float:
        return _rounded(Decimal(repr(value)), decimals)
    return value


# Past this a number is no percentage anyone shows, and is read as stored.
_LARGEST_SHOWN = 1e12
# A format's first section, its quoted text, escapes and [colours] or [conditions] gone.
_FORMAT_NOISE = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')
_DECIMALS = re.compile(r"[0#?]*\.([0#?]*)")


def _shown(number_format: str | None) -> tuple[bool, int] | None:
    """(whether it is a percentage, how many decimals it shows) of a number format, or
    None for one that shows no fixed decimals (General, scientific, text, a date)."""
    if not number_format or number_format == "General":
        return None
    section = _FORMAT_NOISE.sub("", number_format.split(";", 1)[0])
    lowered = section.lower()
    if "general" in lowered or "e+" in lowered or "e-" in lowered or "@" in section:
        return None
    if not any(mark in section for mark in "0#?"):
        return None
    found = _DECIMALS.search(section)
    return "%" in section, len(found[1]) if found else 0


def _rounded(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def _check_rows(data: bytes, title: str, source: str) -> None:
    """Refuse a sheet whose rows openpyxl would drop or misread without a word: a row
    numbered below 1, or not after the row before it (written twice, or going back), and
    a cell pointing at shared text before the first. Streams the sheet's XML a piece at a
    time, each piece ending where a row begins, so that no row is split between two."""
    try:
        _check_rows_of(data, title, source)
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:  # the sheet's part damaged
        raise InputError("batch.bad_xlsx", path=source, reason=_reason(error)) from None


def _check_rows_of(data: bytes, title: str, source: str) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        part = _sheet_part(archive, title)
        if part is None:
            return  # a layout openpyxl found and this does not: nothing more to check
        previous = 0
        with archive.open(part) as stream:
            pending = b""
            while True:
                chunk = stream.read(1 << 20)
                pending += chunk
                rows = list(_ROW.finditer(pending))
                # The last row may go on in the next piece, unless this is the end.
                cut = rows.pop().start() if chunk and rows else len(pending)
                numbers = []
                for row in rows:
                    written = _ROW_NUMBER.search(row[1])
                    previous = _next_row(written[1] if written else None, previous, source)
                    numbers.append((row.start(), previous))
                bad = _NEGATIVE_SHARED.search(pending, 0, cut)
                if bad is not None:
                    line = max((n for at, n in numbers if at < bad.start()), default=previous)
                    raise InputError("batch.xlsx_shared_text", path=source, line=line)
                pending = pending[cut:]
                if not chunk:
                    break


_PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"  # a namespace prefix, as some writers use
_ROW = re.compile(rb"<" + _PREFIX + rb"row\b([^>]*)>")
_ROW_NUMBER = re.compile(rb'\sr\s*=\s*["\']([^"\']*)')
_NEGATIVE_SHARED = re.compile(
    rb"<" + _PREFIX + rb'c\b[^>]*\st\s*=\s*["\']s["\'][^>]*>\s*<' + _PREFIX + rb"v>\s*-"
)


def _next_row(written: bytes | None, previous: int, source: str) -> int:
    """The number of the row after ``previous`` that says it is ``written`` (the next one
    where it says nothing, as openpyxl counts)."""
    if written is None:
        return previous + 1
    text = written.decode("ascii", "replace")
    if not text.isdigit() or int(text) < 1:
        raise InputError("batch.xlsx_row_number", path=source, number=text[:20])
    number = int(text)
    if number <= previous:
        raise InputError("batch.xlsx_row_order", path=source, line=number, previous=previous)
    return number


def _sheet_part(archive: zipfile.ZipFile, title: str) -> str | None:
    """The part of the archive that holds the sheet called ``title``, by the workbook's
    own relationships (None where they do not say)."""
    from defusedxml import ElementTree

    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package = "http://schemas.openxmlformats.org/package/2006/relationships"
    try:
        root = ElementTree.fromstring(archive.read("_rels/.rels"))
        book = next(
            rel.get("Target", "")
            for rel in root.iter(f"{{{package}}}Relationship")
            if rel.get("Type", "").endswith("/officeDocument")
        ).lstrip("/")
        folder = posixpath.dirname(book)
        links = ElementTree.fromstring(
            archive.read(posixpath.join(folder, "_rels", posixpath.basename(book) + ".rels"))
        )
        targets = {
            rel.get("Id"): rel.get("Target", "") for rel in links.iter(f"{{{package}}}Relationship")
        }
        sheet = next(
            node
            for node in ElementTree.fromstring(archive.read(book)).iter(f"{{{main}}}sheet")
            if node.get("name") == title
        )
        target = targets[sheet.get(f"{{{relations}}}id")]
    except (KeyError, StopIteration, ElementTree.ParseError):
        return None
    path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
    path = posixpath.normpath(path)
    return path if path in archive.namelist() else None
