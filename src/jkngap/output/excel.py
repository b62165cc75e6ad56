"""Excel workbooks an official would have made: headers in the chosen language, counts with
thousands separators, percentages as percentages, rupiah as money, columns wide enough,
a bold frozen header with filters, a total row that stands out, verdicts as words, a sheet
of notes (criteria, activity base, source, date, every warning), printed landscape and
fitted to the page width.

openpyxl (imported only here) makes the workbook: its styles, header rows, widths, filters,
print settings and the notes sheet. The data rows stream past it (``sheetrows``): each
column's style is asked of openpyxl once, and 84,000 rows are written in seconds rather than
the 35 s openpyxl's own cells take. Numbers stay numbers (a formula can use them); every text
cell is neutralised against formulas unless ``--raw``, and text is never a formula even then.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import tempfile
from collections.abc import Callable, Iterable
from datetime import date
from typing import IO, Any

from jkngap.core.model import Note, Record
from jkngap.output.cells import sentence
from jkngap.output.formats import Many, Result, View, is_many, result_records
from jkngap.output.machine import flat_columns, is_detail, safe_text
from jkngap.output.words import catalogue, format_target, translate

__all__ = ["header_text", "write_file"]

COUNT_FORMAT = "#,##0"
# Up to four decimals, as cut: Excel never shows 97.9999 % as 98.00 %.
PERCENT_FORMAT = "0.00##%"
MONEY_FORMAT = '"Rp"#,##0'
DATE_FORMAT = "yyyy-mm-dd"
# Rows read before the columns are sized (the rest stream after them).
SIZING_ROWS = 500
NARROWEST, WIDEST = 6, 48
HEADER_FILL = "DDE4EE"
TOTAL_FILL = "FFF2CC"


def header_text(key: str, lang: str) -> str:
    """A column's header in ``lang``: its label, ``(low)``/``(high)`` for a range's ends,
    the key itself for an input's own column."""
    words = catalogue(lang)
    english = catalogue("en")
    ends: list[tuple[str, str | None]] = [(key, None)]
    if key.endswith("_low"):
        ends.append((key[:-4], "low"))
    elif key.endswith("_high"):
        ends.append((key[:-5], "high"))
    for stem, end in ends:
        label = f"label.{stem}"
        if label in words or label in english:
            text = translate(label, lang)
            return text if end is None else f"{text} ({translate(f'bound.{end}', lang)})"
    return key


def _table(result: Result | Many) -> tuple[list[str], Iterable[Record]]:
    """The keys (flat: ranges as their two ends) and the records of the main sheet."""
    records = iter(result_records(result))
    first = next(records, None)
    if first is None:
        keys = list(getattr(result, "keys", ()))
        return keys, iter(())
    keys = [key for key, _ in flat_columns(first)]
    return keys, itertools.chain((first,), records)


def write_file(result: Result | Many, handle: IO[bytes], view: View, name: str) -> None:
    """The result as a workbook: its rows on the first sheet, its notes on the second."""
    from openpyxl import Workbook

    from jkngap.output.sheetrows import splice

    workbook = Workbook(write_only=True)
    with contextlib.ExitStack() as stack:
        parts: dict[Any, IO[bytes]] = {}  # by sheet

        def rows_file(sheet: Any) -> IO[bytes]:
            # Where the sheet's data rows go until the archive is put together.
            made = stack.enter_context(tempfile.TemporaryFile())
            parts[sheet] = made
            return made

        try:
            sheet = workbook.create_sheet(translate("sheet.results", view.lang))
            keys, records = _table(result)
            _print_setup(sheet)
            _write_rows(sheet, keys, records, view, rows_file(sheet), filtered=True)
            details = _detail_sheets(workbook, result, view, rows_file)
            _notes_sheet(workbook, result, view)
            built = stack.enter_context(tempfile.TemporaryFile())
            workbook.save(built)
        except BaseException:
            _abandon(workbook)
            raise
        named = {each.path.lstrip("/"): parts[each] for each in (sheet, *details)}
        splice(built, named, handle)


# Detail columns whose values are names a person reads in their language.
WORDED = frozenset({"segment", "paid_by", "category"})


def _detail_sheets(
    workbook: Any, result: Result | Many, view: View, rows_file: Callable[[Any], IO[bytes]]
) -> list[Any]:
    """A sheet for each detail table of a one-region result (segments, awards, milestones,
    findings), where its main sheet has no room for it."""
    if is_many(result) or callable(getattr(result, "rows", None)):
        return []  # a batch's rows, or a check's findings, are the main sheet already
    from jkngap.output.display import display

    sheets = []
    for key, value in result.record().items():  # type: ignore[union-attr]
        if not is_detail(value):
            continue
        title = re.sub(r"[\[\]:*?/\\]", " ", translate(f"title.{key}", view.lang))[:31]
        sheet = workbook.create_sheet(title)
        _print_setup(sheet)
        named = [
            {
                k: display(k, v, view.lang) if k in WORDED and v is not None else v
                for k, v in row.items()
            }
            for row in value
        ]
        keys = [k for k, _ in flat_columns(value[0])]
        _write_rows(sheet, keys, named, view, rows_file(sheet), filtered=False)
        sheets.append(sheet)
    return sheets


def _abandon(workbook: Any) -> None:
    """Close a workbook's half-written sheets, so that nothing of them is left to complain
    when the error that stopped them is reported."""
    for sheet in workbook.worksheets:
        with contextlib.suppress(Exception):
            sheet.close()


def _write_rows(
    sheet: Any,
    keys: list[str],
    records: Iterable[Record],
    view: View,
    rows: IO[bytes],
    *,
    filtered: bool,
) -> None:
    """The header (by openpyxl) and the rows (into ``rows``, spliced in when the workbook is
    put together); the columns sized from the first rows, filters over them all."""
    from openpyxl.utils import get_column_letter

    from jkngap.output.sheetrows import (
        RowWriter,
        column_kind,
        converted_rows,
        converter,
        shown_width,
    )

    lang, raw = view.lang, view.raw
    kinds = [column_kind(key) for key in keys]
    convert = [converter(kind, lang, raw) for kind in kinds]
    headers = [safe_text(header_text(key, lang), raw) for key in keys]
    everything = translate("total.all", lang)
    stream = (
        {**r, "region": everything} if r.get("total") == "all" and "region" in r else r
        for r in records
    )
    converted = converted_rows(stream, convert)
    first = list(itertools.islice(converted, SIZING_ROWS))
    letters = [get_column_letter(index + 1) for index in range(len(keys))]
    for index, header in enumerate(headers):
        seen = [shown_width(row[index]) for row in first if index < len(row)]
        longest = max([min(len(header), 18), *seen])
        width = max(NARROWEST, min(WIDEST, longest + 2))
        sheet.column_dimensions[letters[index]].width = width
    sheet.freeze_panes = "A2"
    plain, total = _styles(sheet, kinds)
    sheet.append(_header_cells(sheet, headers))
    total_at = keys.index("total") if "total" in keys else None
    writer = RowWriter(rows, letters, plain, total, total_at)
    writer.write(itertools.chain(first, converted))
    if filtered and keys:
        sheet.auto_filter.ref = f"A1:{letters[-1]}{writer.written}"


def _header_cells(sheet: Any, headers: list[str]) -> list[Any]:
    """The header row: bold, shaded, wrapped."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    made = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = wrap
        made.append(cell)
    return made


FORMATS = {
    "count": COUNT_FORMAT,
    "percent": PERCENT_FORMAT,
    "money": MONEY_FORMAT,
    "date": DATE_FORMAT,
    "line": "0",
}


def _styles(sheet: Any, kinds: list[str]) -> tuple[list[int], list[int]]:
    """The workbook's style numbers for each column's cells: on a plain row, and on a total
    row (bold, shaded)."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    def numbers(fill: str | None) -> list[int]:
        made = []
        for kind in kinds:
            cell = WriteOnlyCell(sheet)
            if kind in FORMATS:
                cell.number_format = FORMATS[kind]
            if fill is not None:
                cell.font = Font(bold=True)
                cell.fill = PatternFill("solid", fgColor=fill)
            made.append(cell.style_id)
        return made

    return numbers(None), numbers(TOTAL_FILL)


def _print_setup(sheet: Any) -> None:
    """Printed landscape on A4, one page wide, the header on each page (set before the
    first row: a write-only sheet writes its properties first)."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"


def report_facts(result: Result | Many, view: View) -> list[tuple[str, str]]:
    """What a report says of itself, as (label, text): its title, the date, the criteria,
    the activity base, the files read and the source of the figures."""
    lang = view.lang
    facts = [(translate("label.report_date", lang), date.today().isoformat())]
    criteria = getattr(result, "criteria", None)
    if criteria is not None and not isinstance(criteria, str):
        facts.append(
            (
                translate("label.criteria", lang),
                translate(
                    "report.criteria",
                    lang,
                    name=criteria.name,
                    coverage=format_target(criteria.coverage_pct, lang),
                    activity=format_target(criteria.activity_pct, lang),
                ),
            )
        )
    options = getattr(result, "options", None)
    if options is not None:
        facts.append((translate("label.base", lang), translate(f"base.{options.base.value}", lang)))
    if view.inputs:
        facts.append((translate("label.source", lang), ", ".join(p.name for p in view.inputs)))
    if view.source:
        facts.append((translate("label.data_source", lang), view.source))
    return facts


def _notes_sheet(workbook: Any, result: Result | Many, view: View) -> None:
    """The second sheet: the report's facts, then every note and warning."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    lang, raw = view.lang, view.raw
    sheet = workbook.create_sheet(translate("sheet.notes", lang))
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = 100
    bold = Font(bold=True)

    def line(label: str, text: str) -> None:
        head = WriteOnlyCell(sheet, value=safe_text(label, raw))
        head.font = bold
        sheet.append([head, safe_text(text, raw)])

    if view.title:
        line(translate("label.title", lang), view.title)
    for label, text in report_facts(result, view):
        line(label, text)
    notes: list[Note] = list(result.notes)
    total = result.total() if is_many(result) else None  # type: ignore[union-attr]
    if total is not None and total.get("note"):
        notes.extend(total["note"])
    for note in notes:
        key = "label.warning" if note.warning else "label.note"
        line(translate(key, lang), sentence(note, lang))
