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
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import IO, Any

from jkngap.core.model import Note, Record
from jkngap.core.results import Many, Single
from jkngap.core.spans import Cut4
from jkngap.output.cells import cell_text, neutralise, number_text, sentence
from jkngap.output.display import header_text, report_facts, spreadsheet_word
from jkngap.output.fields import WHOLE, Kind, field_of, flat_columns, flat_keys, is_detail
from jkngap.output.formats import Shown, View
from jkngap.output.words import translate
from jkngap.output.workbook import Book, Sheet

__all__ = ["converter", "write_tables", "write_workbook"]

# Rows read before the columns are sized (the rest stream after them).
SIZING_ROWS = 500
NARROWEST, WIDEST = 6, 48


def write_workbook(result: Shown, handle: IO[bytes], view: View) -> None:
    """The result as a workbook: its rows on the first sheet, a sheet for each of its
    detail tables, its notes on the last."""
    book = Book(handle)
    keys, records = _table(result)
    main = translate("sheet.results", view.lang)
    _write_table(book, main, keys, records, view, filtered=True)
    if isinstance(result, Single) and result.rows() == [result.record()]:
        _detail_sheets(book, result.record(), view)
    _notes_sheet(book, result, view)
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
    of its own, written in turn (each one's records read once the sheet before it is
    written), then the notes; it opens on the sheet ``opened_on``."""
    book = Book(handle)
    for index, (name, keys, records) in enumerate(tables):
        sheet = _write_table(book, name, keys, records, view, filtered=True)
        if index == opened_on:
            sheet.activate()
    _notes_sheet(book, result, view)
    book.close()


def _table(result: Shown) -> tuple[list[str], Iterable[Record]]:
    """The keys (flat: ranges as their two ends) and the records of the main sheet."""
    if isinstance(result, Many):
        return flat_keys(result.keys), result.records
    rows = result.rows()
    return ([key for key, _ in flat_columns(rows[0])] if rows else []), rows


def _detail_sheets(book: Book, record: Record, view: View) -> None:
    """A sheet for each detail table of a one-region result (segments, awards,
    milestones), where its main sheet has no room for it."""
    for key, value in record.items():
        if is_detail(value):
            title = translate(f"title.{key}", view.lang)
            keys = [k for k, _ in flat_columns(value[0])]
            _write_table(book, title, keys, value, view, filtered=False)


def _write_table(
    book: Book,
    name: str,
    keys: list[str],
    records: Iterable[Record],
    view: View,
    *,
    filtered: bool,
) -> Sheet:
    """A header, then the rows; the columns sized from the first rows."""
    lang, raw = view.lang, view.raw
    kinds = [field_of(key).kind for key in keys]
    sheet = book.sheet(name, kinds)
    convert = [converter(key, lang, raw) for key in keys]
    headers = [_text(header_text(key, lang), raw) for key in keys]
    rows = converted_rows(records, keys, convert, lang)
    first = list(itertools.islice(rows, SIZING_ROWS))
    widths = []
    for index, header in enumerate(headers):
        seen = [shown_width(row[index]) for row in first]
        widths.append(max(NARROWEST, min(WIDEST, max([min(len(header), 18), *seen]) + 2)))
    sheet.set_widths(widths)
    sheet.write_header(headers)
    sheet.write_rows(itertools.chain(first, rows), keys.index("total") if "total" in keys else None)
    if filtered:
        sheet.finish()
    return sheet


def _text(text: str, raw: bool) -> str:
    return text if raw else neutralise(text)


def converter(key: str, lang: str, raw: bool) -> Callable[[Any], Any]:
    """How a value of the column ``key`` becomes a cell's value (an int, a float, a date
    or text): quick for the values its kind mostly holds."""
    kind = field_of(key).kind

    def general(item: Any) -> Any:
        if item is None:
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


def converted_rows(
    records: Iterable[Record], keys: list[str], convert: list[Callable[[Any], Any]], lang: str
) -> Iterator[list[Any]]:
    """Each record's cells under the flat ``keys``, converted column by column; the total
    of every region named in the language."""
    region_at = keys.index("region") if "region" in keys else None
    everything = translate("total.all", lang)
    if not keys:
        return
    fetch = operator.itemgetter(*keys) if len(keys) > 1 else None
    for record in records:
        values: Any
        try:  # a record of flat values under the keys themselves: fetched in C
            values = fetch(record) if fetch is not None else [record[keys[0]]]
        except KeyError:  # ranges, or a record short of some keys (empty there)
            flat = dict(flat_columns(record))
            values = [flat.get(key) for key in keys]
        row = [change(value) for change, value in zip(convert, values, strict=True)]
        if region_at is not None and record.get("total") == "all":
            row[region_at] = everything
        yield row


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
