"""Excel workbooks an official would have made: headers in the chosen language, counts with
thousands separators, percentages as percentages, rupiah as money, columns wide enough,
a bold frozen header with filters, a total row that stands out, verdicts and words in the
language, a sheet for each detail table, a sheet of notes (criteria, activity base,
source, date, every warning), printed landscape and fitted to the page width.

What each column holds comes from the field schema (:mod:`jkngap.output.fields`); how a
sheet is laid out, from the one seam over the workbook library
(:mod:`jkngap.output.workbook`). Numbers stay numbers (a formula can use them); every text
cell is neutralised against formulas unless ``--raw``, and text is never a formula even
then.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import IO, Any, NamedTuple

from jkngap.core.errors import InputError
from jkngap.core.model import Note, Record
from jkngap.core.numbers import read_percent
from jkngap.core.results import Many, Single
from jkngap.core.spans import Cut4
from jkngap.output.cells import cell_text, neutralise, number_text, sentence
from jkngap.output.display import (
    Heading,
    header_text,
    region_label,
    report_facts,
    report_title,
    spreadsheet_word,
)
from jkngap.output.fields import (
    FIELDS,
    READ_FIRST,
    WHOLE,
    Kind,
    field_of,
    flat_columns,
    flat_keys,
    is_detail,
)
from jkngap.output.formats import Shown, View
from jkngap.output.words import translate
from jkngap.output.workbook import Book, Sheet

__all__ = ["converter", "write_tables", "write_workbook"]

# Rows read before the columns are sized (the rest stream after them).
SIZING_ROWS = 500
NARROWEST, WIDEST = 6, 48
# What an official reads first, in this order, on the first sheet of many regions; the
# rest (with each row's line and name) on a detail sheet.
MAIN_COLUMNS = READ_FIRST
# A detail sheet's rows say which region they are: by line, name and code (a warning
# such as "code not in the Kepmendagri register" is read beside its code).
DETAIL_NAMES = ("row", "region", "code")
# A file's own column holding percentages ("Cakupan (%)"), written as numbers.
_PERCENT_HEADER = re.compile(r"%|\bpersen\b|\bpercent\b", re.IGNORECASE)


def write_workbook(result: Shown, handle: IO[bytes], view: View) -> None:
    """The result as a workbook: a title block and its rows on the first sheet (for many
    regions, the columns an official reads first, the rest on a detail sheet), a sheet for
    each of its detail tables, its notes on the last."""
    book = Book(handle)
    try:
        if isinstance(result, Many):
            _many_regions(book, result, view)
        else:
            _one_result(book, result, view)
        _notes_sheet(book, result, view)
    except BaseException:
        book.abandon()
        raise
    book.close()


def write_tables(
    result: Shown,
    handle: IO[bytes],
    view: View,
    tables: Iterable[tuple[str, list[str], Iterable[Record]]],
    *,
    opened_on: int = 0,
) -> None:
    """A workbook of several tables, each ``(sheet name, flat keys, records)`` on a sheet
    of its own under the report's title and facts, written in turn (each one's records
    read once the sheet before it is written), then the notes; it opens on the sheet
    ``opened_on``."""
    book = Book(handle)
    try:
        for index, (name, keys, records) in enumerate(tables):
            rows = iter(records)
            sample = list(itertools.islice(rows, SIZING_ROWS))
            columns = _columns(keys, sample, view)
            sheet = _sheet(book, name, columns)
            lines: list[tuple[str, str | None]] = [(report_title(result, view), None)]
            lines += report_facts(result, view)
            sheet.title_block(
                [(_text(a, view.raw), b and _text(b, view.raw)) for a, b in lines], gap=1
            )
            frozen = sum(1 for key in keys[:2] if key in ("code", "region"))
            sheet.write_header(columns.headers, frozen_columns=frozen, repeat_above=True)
            cells = _converter(columns, view.lang)
            for record in itertools.chain(sample, rows):
                sheet.write_row(cells(record), total=record.get("total") is not None)
            sheet.finish()
            if index == opened_on:
                sheet.activate()
        _notes_sheet(book, result, view)
    except BaseException:
        book.abandon()
        raise
    book.close()


class _Columns(NamedTuple):
    """A sheet's columns: their keys, kinds, headers, converters and widths."""

    keys: list[str]
    kinds: list[Kind]
    headers: list[str]
    convert: list[Callable[[Any], Any]]
    widths: list[float]


def _columns(keys: list[str], sample: list[Record], view: View) -> _Columns:
    """The columns ``keys``, each converted by its kind (a file's column of percentages
    as numbers, where every value read reads as one), sized from the ``sample``."""
    lang, raw = view.lang, view.raw
    kinds, convert = [], []
    for key in keys:
        percentages = _percent_column(key, sample)
        kinds.append(Kind.PERCENT if percentages else field_of(key).kind)
        convert.append(_read_percent if percentages else converter(key, lang, raw))
    headers = [_text(header_text(key, lang), raw) for key in keys]
    cells = _converter(_Columns(keys, kinds, headers, convert, []), lang)
    rows = [cells(record) for record in sample]
    widths: list[float] = []
    for index, header in enumerate(headers):
        seen = [shown_width(row[index]) for row in rows]
        word = max((len(part) for part in header.split()), default=0)
        wanted = max([word + 1, min(len(header), 14), *seen]) + 2
        widths.append(max(NARROWEST, min(WIDEST, wanted)))
    return _Columns(keys, kinds, headers, convert, widths)


def _percent_column(key: str, sample: list[Record]) -> bool:
    """Whether ``key`` is a file's own column of percentages: its header says so, and each
    of its values read reads as a percentage (92,82, 92.82 %)."""
    if key in FIELDS or not _PERCENT_HEADER.search(key):
        return False
    values = [record.get(key) for record in sample]
    texts = [value for value in values if isinstance(value, str) and value.strip()]
    if not texts or any(value is not None and not isinstance(value, str) for value in values):
        return False
    try:
        for text in texts:
            read_percent(text)
    except InputError:
        return False
    return True


def _read_percent(value: Any) -> Any:
    if not isinstance(value, str) or not value.strip():
        return None
    return float(number_text(read_percent(value).percent)) / 100  # as the file wrote it


def _sheet(book: Book, name: str, columns: _Columns) -> Sheet:
    sheet = book.sheet(name, columns.kinds)
    sheet.set_widths(columns.widths)
    return sheet


def _many_regions(book: Book, result: Many, view: View) -> None:
    """Many regions in one pass: the first sheet (a title block, then the columns read
    first, one row per region and the totals) and the detail sheet (every row, with the
    rest of the columns) written side by side, row by row, so that memory stays flat.

    A column empty in every row is left out; which are is known from the first rows (all
    of them in a file that short); in a longer file a column empty there goes on the
    detail sheet, so that nothing a later row holds is lost."""
    keys = flat_keys(result.keys)
    records = iter(result.records)
    sample = list(itertools.islice(records, SIZING_ROWS + 1))
    whole = len(sample) <= SIZING_ROWS
    filled = {
        k for r in sample for k, value in flat_columns(r) if value is not None and value != ""
    }
    heading = Heading()
    for record in sample:
        heading.see(record)

    main = [key for key in MAIN_COLUMNS if key in keys and key in filled]
    rest = [
        key
        for key in keys
        if key not in main and key not in DETAIL_NAMES and (key in filled or not whole)
    ]
    first = _columns(main, sample, view)
    lines: list[tuple[str, str | None]] = [(report_title(result, view, heading), None)]
    lines += report_facts(result, view, heading)
    sheet = _sheet(book, translate("sheet.results", view.lang), first)
    sheet.title_block([(_text(a, view.raw), b and _text(b, view.raw)) for a, b in lines], gap=1)
    sheet.write_header(first.headers, frozen_columns=1, repeat_above=True)
    detail: Sheet | None = None
    if rest:
        second = _columns([key for key in DETAIL_NAMES if key in keys] + rest, sample, view)
        detail = _sheet(book, translate("sheet.details", view.lang), second)
        detail.write_header(second.headers, frozen_columns=len(second.keys) - len(rest))

    lang = view.lang
    main_rows = _converter(first, lang)
    detail_rows = _converter(second, lang) if detail is not None else None
    for record in itertools.chain(sample, records):
        total = record.get("total") is not None
        if total or record.get("note") is None or record.get("error") is not None:
            sheet.write_row(main_rows(record), total=total)
        if detail is not None and detail_rows is not None:
            detail.write_row(detail_rows(record), total=total)
    sheet.finish()
    if detail is not None:
        detail.finish()


def _converter(columns: _Columns, lang: str) -> Callable[[Record], list[Any]]:
    """A record's cells under ``columns``: fetched at once where its values are flat
    under the keys themselves, each converted by its column; a total named in the
    language."""
    keys, convert = columns.keys, columns.convert
    if not keys:
        return lambda record: []
    fetch = operator.itemgetter(*keys) if len(keys) > 1 else None
    region_at = keys.index("region") if "region" in keys else None
    pairs = list(zip(convert, range(len(keys)), strict=True))

    def cells(record: Record) -> list[Any]:
        values: Any
        try:  # a record of flat values under the keys themselves: fetched in C
            values = fetch(record) if fetch is not None else [record[keys[0]]]
        except KeyError:  # ranges, or a record short of some keys (empty there)
            flat = dict(flat_columns(record))
            values = [flat.get(key) for key in keys]
        row = [change(values[at]) for change, at in pairs]
        if region_at is not None and record.get("total") is not None:
            row[region_at] = region_label(record, lang)
        return row

    return cells


def _one_result(book: Book, result: Single, view: View) -> None:
    """One answer (or the register's list): a title block, its rows under the columns
    some row fills, and a sheet for each of its detail tables."""
    rows = result.rows()
    keys = [key for key, _ in flat_columns(rows[0])] if rows else []
    filled = {k for r in rows for k, value in flat_columns(r) if value is not None and value != ""}
    keys = [key for key in keys if key in filled]
    columns = _columns(keys, rows, view)
    lines: list[tuple[str, str | None]] = [(report_title(result, view), None)]
    lines += report_facts(result, view)
    sheet = _sheet(book, translate("sheet.results", view.lang), columns)
    sheet.title_block([(_text(a, view.raw), b and _text(b, view.raw)) for a, b in lines], gap=1)
    sheet.write_header(columns.headers, repeat_above=True)
    cells = _converter(columns, view.lang)
    for record in rows:
        sheet.write_row(cells(record))
    sheet.finish()
    if rows == [result.record()]:
        _detail_sheets(book, result.record(), view)


def _detail_sheets(book: Book, record: Record, view: View) -> None:
    """A sheet for each detail table of a one-region result (segments, awards,
    milestones), where its main sheet has no room for it."""
    for key, value in record.items():
        if is_detail(value):
            keys = [k for k, _ in flat_columns(value[0])]
            columns = _columns(keys, value, view)
            sheet = _sheet(book, translate(f"title.{key}", view.lang), columns)
            sheet.write_header(columns.headers)
            cells = _converter(columns, view.lang)
            for item in value:
                sheet.write_row(cells(item))


def _text(text: str, raw: bool) -> str:
    return text if raw else neutralise(text)


def converter(key: str, lang: str, raw: bool) -> Callable[[Any], Any]:
    """How a value of the column ``key`` becomes a cell's value (an int, a float, a date
    or text): quick for the values its kind mostly holds."""
    kind = field_of(key).kind

    def general(item: Any) -> Any:
        if item is None or item == "":
            return None
        if isinstance(item, int) and not isinstance(item, bool):
            return item
        if isinstance(item, Fraction | Cut4):
            return float(number_text(item))
        if isinstance(item, float):
            return item
        if isinstance(item, Decimal):  # a file's own figure at the decimals it showed
            return float(item)
        return _text(spreadsheet_word(key, item, lang), raw)

    if kind in WHOLE:

        def number(item: Any) -> Any:
            return item if type(item) is int or item is None else general(item)

        return number
    if kind in (Kind.PERCENT, Kind.TARGET):

        def share(item: Any) -> Any:
            if type(item) is Cut4:  # ten-thousandths of a percent: 947382 is 0.947382
                return int(item) / 1_000_000
            if isinstance(item, Fraction | int) and not isinstance(item, bool):
                return float(number_text(Fraction(item))) / 100  # as CSV writes it, cut
            return general(item)

        return share
    if kind is Kind.VERDICT:
        words = {True: _text(translate("yes", lang), raw), False: _text(translate("no", lang), raw)}

        def verdict(item: Any) -> Any:
            if item is None:
                return None
            return words[item] if item is True or item is False else general(item)

        return verdict
    if kind is Kind.TEXT:

        def text(item: Any) -> Any:
            if item.__class__ is str:
                return (item if raw else neutralise(item)) or None  # "" is an empty cell
            return general(item)

        return text
    if kind is Kind.DATE:

        def day(item: Any) -> Any:
            if isinstance(item, str):
                try:
                    return date.fromisoformat(item)
                except ValueError:
                    pass
            return general(item)

        return day

    return general


def shown_width(value: Any) -> int:
    """About how many characters a cell's value takes on screen."""
    if value is None:
        return 0
    if isinstance(value, float) and abs(value) < 10:
        return 9  # a percentage
    if isinstance(value, int | float):
        digits = len(str(abs(int(value))))
        return digits + (digits - 1) // 3 + 3
    if isinstance(value, date):
        return 10
    return max((len(line) for line in str(value).splitlines()), default=0)


def _notes_sheet(book: Book, result: Shown, view: View) -> None:
    """The last sheet: the report's title and facts, then every note and warning."""
    lang, raw = view.lang, view.raw
    sheet = book.sheet(translate("sheet.notes", lang), [Kind.TEXT, Kind.TEXT])
    sheet.set_widths([24, 100])
    lines: list[tuple[str, str | None]] = []
    if view.title:
        lines.append((translate("label.title", lang), view.title))
    lines += [(label, text) for label, text in report_facts(result, view)]
    notes: list[Note] = list(result.notes)
    total = result.total() if isinstance(result, Many) else None
    if total is not None and total.get("note"):
        notes.extend(total["note"])
    for note in notes:
        key = "label.warning" if note.warning else "label.note"
        lines.append((translate(key, lang), sentence(note, lang)))
    sheet.title_block((_text(label, raw), _text(cell_text(text), raw)) for label, text in lines)
