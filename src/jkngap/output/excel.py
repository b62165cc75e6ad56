"""Excel workbooks an official would have made: headers in the chosen language, counts with
thousands separators, percentages as percentages, rupiah as money, columns wide enough,
a bold frozen header with filters, a total row that stands out, verdicts as words, a sheet
of notes (criteria, activity base, source, date, every warning), printed landscape and
fitted to the page width.

Written row by row (openpyxl's write-only mode, imported only here): one cell object per
column carries its style and is refilled for each row, so that 84,000 rows stream without
a style being worked out 2 million times. Numbers stay numbers (a formula can use them);
every text cell is neutralised against formulas unless ``--raw``.
"""

from __future__ import annotations

import contextlib
import itertools
import re
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import IO, Any

from jkngap.core.errors import JkngapError
from jkngap.core.model import Note, Record
from jkngap.core.spans import Cut4
from jkngap.output.cells import is_notes, number_text, sentence
from jkngap.output.formats import Many, Result, View, is_many, result_records
from jkngap.output.machine import INTEGER_KEYS, flat_columns, is_detail, safe_text
from jkngap.output.words import catalogue, format_target, translate

__all__ = ["header_text", "write_file"]

MONEY_KEYS = frozenset({"premium", "budget", "unspent", "budget_low", "budget_high"})
DATE_KEYS = frozenset({"from", "by", "date"})
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


def _kind(key: str) -> str:
    if key == "row":
        return "line"
    if key == "total":
        return "total"
    if key in MONEY_KEYS:
        return "money"
    if key in INTEGER_KEYS or (key.endswith(("_low", "_high")) and key[:-4] in INTEGER_KEYS):
        return "count"
    if key.endswith(("_pct", "_pct_low", "_pct_high")):
        return "percent"
    if key in DATE_KEYS:
        return "date"
    return "text"


def _converter(kind: str, lang: str, raw: bool) -> Callable[[Any], Any]:
    """How a value of a column of ``kind`` becomes a cell's value."""
    yes, no = translate("yes", lang), translate("no", lang)
    totals = {"all": translate("total.all", lang), "group": translate("total.group", lang)}

    def value(item: Any) -> Any:
        if item is None:
            return None
        if kind == "total":
            return totals.get(item, item)
        if isinstance(item, bool):
            return yes if item else no
        if isinstance(item, Cut4 | Fraction):
            return Decimal(number_text(item)) / 100 if kind == "percent" else item
        if isinstance(item, int | Decimal):
            return Decimal(item) / 100 if kind == "percent" else item
        if kind == "date" and isinstance(item, str):
            try:
                return date.fromisoformat(item)
            except ValueError:
                return safe_text(item, raw)
        if isinstance(item, Note | JkngapError) or is_notes(item):
            return safe_text(sentence(item, lang), raw)
        if isinstance(item, list | tuple):
            return safe_text(", ".join(str(part) for part in item), raw)
        return safe_text(item if isinstance(item, str) else str(item), raw)

    return value


def _shown_width(value: Any) -> int:
    """About how many characters a cell's value takes on screen."""
    if value is None:
        return 0
    if isinstance(value, Decimal) and abs(value) < 10:
        return 9  # a percentage
    if isinstance(value, int | Decimal):
        digits = len(str(abs(int(value))))
        return digits + (digits - 1) // 3 + 3
    if isinstance(value, date):
        return 10
    return max((len(line) for line in str(value).splitlines()), default=0)


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
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    try:
        sheet = workbook.create_sheet(translate("sheet.results", view.lang))
        keys, records = _table(result)
        _print_setup(sheet)
        rows = _write_rows(sheet, keys, records, view)
        if keys:
            last = get_column_letter(len(keys))
            sheet.auto_filter.ref = f"A1:{last}{max(rows, 1)}"
        _detail_sheets(workbook, result, view)
        _notes_sheet(workbook, result, view)
        workbook.save(handle)
    except BaseException:
        _abandon(workbook)
        raise


# Detail columns whose values are names a person reads in their language.
WORDED = frozenset({"segment", "paid_by", "category"})


def _detail_sheets(workbook: Any, result: Result | Many, view: View) -> None:
    """A sheet for each detail table of a one-region result (segments, awards, milestones,
    findings), where its main sheet has no room for it."""
    if is_many(result) or callable(getattr(result, "rows", None)):
        return  # a batch's rows, or a check's findings, are the main sheet already
    from jkngap.output.display import display

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
        _write_rows(sheet, [k for k, _ in flat_columns(value[0])], named, view)


def _abandon(workbook: Any) -> None:
    """Close a workbook's half-written sheets, so that nothing of them is left to complain
    when the error that stopped them is reported."""
    for sheet in workbook.worksheets:
        with contextlib.suppress(Exception):
            sheet.close()


def _write_rows(sheet: Any, keys: list[str], records: Iterable[Record], view: View) -> int:
    """Header and rows; the columns sized from the first rows. Returns the rows written."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    lang, raw = view.lang, view.raw
    kinds = [_kind(key) for key in keys]
    convert = [_converter(kind, lang, raw) for kind in kinds]
    formats = {"count": COUNT_FORMAT, "percent": PERCENT_FORMAT, "money": MONEY_FORMAT}
    formats["date"] = DATE_FORMAT
    formats["line"] = "0"
    headers = [safe_text(header_text(key, lang), raw) for key in keys]
    everything = translate("total.all", lang)
    stream = (
        {**r, "region": everything} if r.get("total") == "all" and "region" in r else r
        for r in records
    )
    first = [
        [convert[i](value) for i, (_, value) in enumerate(flat_columns(r))]
        for r in itertools.islice(stream, SIZING_ROWS)
    ]
    for index, header in enumerate(headers):
        seen = [_shown_width(row[index]) for row in first if index < len(row)]
        longest = max([min(len(header), 18), *seen])
        width = max(NARROWEST, min(WIDEST, longest + 2))
        sheet.column_dimensions[get_column_letter(index + 1)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = wrap
        header_cells.append(cell)
    sheet.append(header_cells)

    def cells(fill: str | None) -> list[Any]:
        made = []
        for kind in kinds:
            cell = WriteOnlyCell(sheet)
            if kind in formats:
                cell.number_format = formats[kind]
            if fill is not None:
                cell.font = bold
                cell.fill = PatternFill("solid", fgColor=fill)
            made.append(cell)
        return made

    plain, total = cells(None), cells(TOTAL_FILL)
    total_at = keys.index("total") if "total" in keys else None
    written = 1
    converted = itertools.chain(
        first,
        ([convert[i](v) for i, (_, v) in enumerate(flat_columns(r))] for r in stream),
    )
    for values in converted:
        row = total if total_at is not None and values[total_at] is not None else plain
        for cell, value in zip(row, values, strict=False):
            cell.value = value
        sheet.append(row)  # written at once: the same cells serve the next row
        written += 1
    return written


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
