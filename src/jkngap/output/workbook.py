"""The one seam between jkngap and the library that writes workbooks: XlsxWriter, through
its public API, in constant-memory mode (each row goes to disk as it is written, so that
84,000 rows cost little memory), imported only here and only when a workbook is written.

What goes into a workbook (which sheets, which columns, in which words) is
:mod:`jkngap.output.excel`'s; here is how a sheet is laid out: lines of a title block above
the data, a header row (bold, shaded, wrapped; filtered, repeated on every printed page),
frozen rows and columns, column widths and number formats, data rows and total rows,
landscape A4 one page wide. Text is always written as text, never as a formula, a link
or a number, whatever it starts with; numbers stay numbers.

Excel's own limits are kept: 16,384 columns (more is refused before anything is written),
1,048,576 rows a sheet (the rows go on, under the header again, on a sheet of the same
name and a number), 32,767 characters a cell (cut, with a mark, after control characters
are written as escapes).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import IO, Any

from jkngap.core.errors import OutputError
from jkngap.output.fields import Kind

__all__ = ["CELL_CHARACTERS", "MAX_COLUMNS", "MAX_ROWS", "Book", "Sheet"]

# Excel's limits (Excel specifications and limits, Excel 2007 onward).
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
CELL_CHARACTERS = 32_767  # in UTF-16 units, as Excel counts
SHEET_NAME = 31

NUMBER_FORMATS = {
    Kind.COUNT: "#,##0",
    Kind.MONEY: '"Rp"#,##0',
    # Up to four decimals, as cut: Excel never shows 97.9999 % as 98.00 %.
    Kind.PERCENT: "0.00##%",
    Kind.TARGET: "0.00##%",
    Kind.DATE: "yyyy-mm-dd",
    Kind.LINE: "0",
}
HEADER_FILL = "#DDE4EE"
HEADER_LINE = 15  # points: a line of the header's text
TOTAL_FILL = "#FFF2CC"
# Characters XML 1.0 cannot carry, and control characters a cell would hide: written as
# escapes, as on a terminal.
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
_BAD_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")


def _shown(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def cell_text(text: str) -> str:
    """Text as a cell holds it: control characters as escapes, then cut at Excel's
    32,767 characters with a mark (Excel calls a longer cell's workbook damaged)."""
    if _HIDDEN.search(text):
        text = _HIDDEN.sub(_shown, text)
    if len(text) > CELL_CHARACTERS // 2 and _utf16(text) > CELL_CHARACTERS:
        while _utf16(text) > CELL_CHARACTERS - 1:
            text = text[: CELL_CHARACTERS - 1 - (_utf16(text) - len(text))]
        text += "…"
    return text


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def sheet_name(title: str) -> str:
    """A sheet's name Excel takes: no ``[]:*?/\\``, at most 31 characters."""
    return _BAD_SHEET_NAME.sub(" ", title)[:SHEET_NAME]


class Book:
    """A workbook being written into ``handle``; sheets are added in the order shown."""

    def __init__(self, handle: IO[bytes]) -> None:
        import xlsxwriter

        self.book = xlsxwriter.Workbook(
            handle,
            {
                "constant_memory": True,
                # Text stays text: never a formula, a link or a number, even with --raw.
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
                "use_zip64": True,  # a sheet of a million rows passes 4 GiB unpacked
            },
        )
        self.styles: dict[tuple[Kind | None, str], Any] = {}

    def style(self, kind: Kind | None, role: str = "cell") -> Any:
        """The format of a cell of ``kind``: a plain cell, a total's (bold, shaded), a
        header's (bold, shaded, wrapped), a title's (bold, larger) or a label's (bold)."""
        if role == "cell" and kind not in NUMBER_FORMATS:
            # A plain cell of text needs no format: none is written (a third of a cell's
            # cost in the library, 84,000 rows of names, codes and verdicts).
            return None
        key = (kind, role)
        if key not in self.styles:
            spec: dict[str, Any] = {}
            if kind in NUMBER_FORMATS:
                spec["num_format"] = NUMBER_FORMATS[kind]
            if role in ("total", "header", "label", "title"):
                spec["bold"] = True
            if role == "total":
                spec.update(bg_color=TOTAL_FILL, pattern=1)
            if role == "header":
                spec.update(bg_color=HEADER_FILL, pattern=1, text_wrap=True, valign="top")
            if role == "title":
                spec["font_size"] = 14
            self.styles[key] = self.book.add_format(spec)
        return self.styles[key]

    def sheet(self, name: str, kinds: Sequence[Kind] = ()) -> Sheet:
        """A new sheet whose columns hold ``kinds`` (counts, money, text...)."""
        if len(kinds) > MAX_COLUMNS:
            raise OutputError(
                "output.too_many_columns", field="output", count=len(kinds), most=MAX_COLUMNS
            )
        return Sheet(self, sheet_name(name), list(kinds))

    def close(self) -> None:
        self.book.close()

    def abandon(self) -> None:
        """Let go of a workbook that will not be finished (its file is removed): the
        library's temporary files of each sheet are closed by closing it, into the file
        that goes."""
        import contextlib

        with contextlib.suppress(Exception):  # the error that stopped it is the one to say
            self.book.close()


class Sheet:
    """One sheet: rows from the top, each written once (constant memory), in order."""

    def __init__(self, book: Book, name: str, kinds: list[Kind]) -> None:
        self.book = book
        self.name = name
        self.kinds = kinds
        self.sheet = book.book.add_worksheet(name)
        self.row = 0  # the next row to write
        self.header_at: int | None = None
        self.header: list[str] = []
        self.widths: list[float] = []
        self.parts = 1
        self._plain = [book.style(kind) for kind in kinds]
        self._total = [book.style(kind, "total") for kind in kinds]
        self._print_setup()

    def _print_setup(self) -> None:
        """Printed landscape on A4, one page wide, as long as it takes, each page numbered
        ("3 / 12") at its foot."""
        self.sheet.set_landscape()
        self.sheet.set_paper(9)  # A4
        self.sheet.fit_to_pages(1, 0)
        self.sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.7)
        self.sheet.set_footer("&R&P / &N")

    def activate(self) -> None:
        """The sheet the workbook opens on."""
        self.sheet.activate()

    def set_widths(self, widths: Sequence[float]) -> None:
        """Each column's width, in characters."""
        self.widths = list(widths)
        for column, width in enumerate(widths):
            self.sheet.set_column(column, column, width)

    def title_block(self, lines: Iterable[tuple[str, str | None]], *, gap: int = 0) -> None:
        """Lines above the data: (text, None) a title line, (label, text) a fact; then
        ``gap`` empty rows before what follows."""
        title, label = self.book.style(None, "title"), self.book.style(None, "label")
        for first, second in lines:
            if second is None:
                self.sheet.set_row(self.row, 20)  # the title's larger letters
            self.sheet.write_string(
                self.row, 0, cell_text(first), title if second is None else label
            )
            if second is not None:
                self.sheet.write_string(self.row, 1, cell_text(second))
            self.row += 1
        self.row += gap

    def write_header(
        self, texts: Sequence[str], *, frozen_columns: int = 0, repeat_above: bool = False
    ) -> None:
        """The header row: bold, shaded, wrapped; the rows above it and it stay in view
        (and the first ``frozen_columns`` columns: the region's name), and it is printed
        on every page (with the title block above it too, ``repeat_above``)."""
        self.header = list(texts)
        self.header_at = self.row
        style = self.book.style(None, "header")
        # As tall as its most wrapped header, so that no header runs into the first row.
        self.sheet.set_row(self.row, HEADER_LINE * self._header_lines(texts))
        for column, text in enumerate(texts):
            self.sheet.write_string(self.row, column, cell_text(text), style)
        self.row += 1
        self.sheet.freeze_panes(self.row, frozen_columns)
        self.sheet.repeat_rows(0 if repeat_above else self.header_at, self.header_at)

    def _header_lines(self, texts: Sequence[str]) -> int:
        """The lines the tallest header wraps to in its column's width."""
        import textwrap

        lines = 1
        for column, text in enumerate(texts):
            if column < len(self.widths):
                room = max(1, int(self.widths[column]) - 1)
                lines = max(lines, len(textwrap.wrap(text, room, break_on_hyphens=False)))
        return lines

    def write_rows(self, rows: Iterable[Sequence[Any]], total_at: int | None = None) -> None:
        """Data rows (see :meth:`write_row`); a row whose column ``total_at`` holds
        something is a total."""
        for values in rows:
            self.write_row(values, total=total_at is not None and values[total_at] is not None)

    def write_row(self, values: Sequence[Any], *, total: bool = False) -> None:
        """One data row: numbers as numbers, dates as dates, text as text, empty left empty
        (no cell written); a total bold and shaded across. Each cell goes by the writer of
        its type, with its column's format, straight to the library: 84,000 rows of a
        dozen cells each are most of a workbook's time."""
        if self.row >= MAX_ROWS:
            self._next_part()
        sheet, row = self.sheet, self.row
        styles = self._total if total else self._plain
        number, text = sheet.write_number, self._write_text
        for column, value in enumerate(values):
            kind = value.__class__
            if kind is int or kind is float:
                number(row, column, value, styles[column])
            elif value is None:
                if total:
                    sheet.write_blank(row, column, None, styles[column])
            elif kind is str:
                text(row, column, value, styles[column])
            elif isinstance(value, date):
                sheet.write_datetime(row, column, value, styles[column])
            else:  # nothing a converter makes, but never lost: as text
                text(row, column, str(value), styles[column])
        self.row += 1

    def _write_text(self, row: int, column: int, text: str, style: Any) -> None:
        self.sheet.write_string(row, column, cell_text(text), style)

    def _next_part(self) -> None:
        """The sheet is full (Excel's 1,048,576 rows): the rows go on, under the header
        again, on the next sheet of the same name."""
        self.finish()
        self.parts += 1
        suffix = f" ({self.parts})"
        self.sheet = self.book.book.add_worksheet(self.name[: SHEET_NAME - len(suffix)] + suffix)
        self.row = 0
        self._print_setup()
        if self.widths:
            self.set_widths(self.widths)
        if self.header_at is not None:
            self.write_header(self.header)

    def finish(self) -> None:
        """Filters over the header and every row under it."""
        if self.header_at is not None and self.header and self.row > self.header_at:
            self.sheet.autofilter(self.header_at, 0, self.row - 1, len(self.header) - 1)
