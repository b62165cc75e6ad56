"""The rows of a sheet: each column's values made cells (numbers stay numbers, truths become
words, text is neutralised), then streamed as SpreadsheetML. openpyxl builds the workbook
(styles, header, widths, filter, print settings, the other sheets); the data rows are
written here and spliced into openpyxl's sheet when the archive is put together.

openpyxl spends about 7 µs on each styled cell (a cell object, a style looked up, an
element built); 84,000 rows of 24 columns took 35 s. Here a cell is one formatted string,
its style an index openpyxl gave the column once.
"""

from __future__ import annotations

import itertools
import re
import shutil
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from typing import IO, Any

from jkngap.core.errors import JkngapError
from jkngap.core.model import Note, Record
from jkngap.core.spans import Cut4
from jkngap.output.cells import is_notes, number_text, sentence
from jkngap.output.machine import INTEGER_KEYS, flat_columns, neutralise, row_getter, safe_text
from jkngap.output.words import translate

__all__ = [
    "RowWriter",
    "column_kind",
    "converted_rows",
    "converter",
    "shown_width",
    "splice",
]

MONEY_KEYS = frozenset({"premium", "budget", "unspent", "budget_low", "budget_high"})
DATE_KEYS = frozenset({"from", "by", "date"})

# Characters XML 1.0 cannot carry at all, whatever the escaping.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_MARKUP = re.compile("[&<>]")
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_EPOCH = date(1899, 12, 30)  # day 0 of Excel's 1900 date system, as it counts
# The most characters Excel takes in one cell.
CELL_CHARACTERS = 32_767
# Rows gathered before a write: fewer, larger writes.
_BATCH = 2_000


def _shown(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _text(value: str) -> str:
    if len(value) > CELL_CHARACTERS:  # Excel would call the whole workbook damaged
        value = value[: CELL_CHARACTERS - 1] + "…"
    if _ILLEGAL.search(value):
        value = _ILLEGAL.sub(_shown, value)  # as an escape, as on a terminal
    if _MARKUP.search(value):
        value = _MARKUP.sub(lambda match: _ESCAPES[match[0]], value)
    if value != value.strip():
        return f'<is><t xml:space="preserve">{value}</t></is>'
    return f"<is><t>{value}</t></is>"


def _cell(ref: str, style: int, value: Any) -> str:
    """One cell's XML; its value a number, a date, a truth or text."""
    kind = type(value)
    if kind is int:
        return f'<c r="{ref}" s="{style}"><v>{value}</v></c>'
    if kind is Decimal:
        return f'<c r="{ref}" s="{style}"><v>{value:f}</v></c>'
    if kind is str:
        if not value:
            return f'<c r="{ref}" s="{style}"/>'
        return f'<c r="{ref}" s="{style}" t="inlineStr">{_text(value)}</c>'
    if kind is bool:
        return f'<c r="{ref}" s="{style}" t="b"><v>{int(value)}</v></c>'
    if kind is float:
        return f'<c r="{ref}" s="{style}"><v>{value!r}</v></c>'
    if isinstance(value, date) and not isinstance(value, datetime):
        return f'<c r="{ref}" s="{style}"><v>{(value - _EPOCH).days}</v></c>'
    if isinstance(value, int | Decimal):
        return _cell(ref, style, int(value) if isinstance(value, int) else Decimal(value))
    return _cell(ref, style, str(value))


def column_kind(key: str) -> str:
    """What a column holds, by its key: a line number, counts, money, percentages, dates,
    the total's mark, or text."""
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


def _general(kind: str, lang: str, raw: bool) -> Callable[[Any], Any]:
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
        if isinstance(item, Cut4 | Fraction):  # as CSV writes it, cut to four decimals
            shown = Decimal(number_text(item))
            return shown / 100 if kind == "percent" else shown
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


def converter(kind: str, lang: str, raw: bool) -> Callable[[Any], Any]:
    """How a value of a column of ``kind`` becomes a cell's value: quick for the values the
    column mostly holds (whole numbers, cut percentages, text, truths)."""
    general = _general(kind, lang, raw)
    if kind in ("count", "money", "line"):

        def number(item: Any) -> Any:
            return item if type(item) is int or item is None else general(item)

        return number
    if kind == "percent":

        def share(item: Any) -> Any:
            # Ten-thousandths of a percent: 947382 is 94.7382 %, the fraction 0.947382.
            return Decimal(int(item)).scaleb(-6) if type(item) is Cut4 else general(item)

        return share
    if kind == "text":
        words = {True: translate("yes", lang), False: translate("no", lang)}

        def text(item: Any) -> Any:
            known = type(item)
            if known is str:
                return item if raw else neutralise(item)
            if known is bool:
                return words[item]
            return general(item)

        return text
    return general


def converted_rows(
    records: Iterable[Record], convert: list[Callable[[Any], Any]]
) -> Iterator[list[Any]]:
    """Each record's cells, converted column by column; records of plain values fetched
    by their keys at once, others (ranges, details) through their flat columns."""
    pending = iter(records)
    first = next(pending, None)
    if first is None:
        return
    plan = list(first)
    simple = len(plan) == len(convert) and not any(
        key.endswith("_range") or isinstance(first[key], list) for key in plan
    )
    if not simple:
        for record in itertools.chain((first,), pending):
            flat = [value for _, value in flat_columns(record)]
            yield [change(value) for change, value in zip(convert, flat, strict=False)]
        return
    fetch = row_getter(plan)
    for record in itertools.chain((first,), pending):
        try:
            values = fetch(record)
        except KeyError:  # a row short of a column: empty there
            values = tuple(record.get(key) for key in plan)
        yield [change(value) for change, value in zip(convert, values, strict=True)]


def shown_width(value: Any) -> int:
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


class RowWriter:
    """Data rows from row 2 on, each cell styled by its column (``plain``), or by
    ``total`` on a row whose column ``total_at`` holds a value."""

    def __init__(
        self,
        stream: IO[bytes],
        letters: Sequence[str],
        plain: Sequence[int],
        total: Sequence[int],
        total_at: int | None,
    ) -> None:
        self.stream = stream
        self.columns = list(zip(letters, plain, total, strict=True))
        self.total_at = total_at
        self.written = 1  # the header, written by openpyxl

    def write(self, rows: Iterable[Sequence[Any]]) -> None:
        pending: list[str] = []
        cell: Callable[[str, int, Any], str] = _cell
        for values in rows:
            self.written += 1
            number = self.written
            is_total = self.total_at is not None and values[self.total_at] is not None
            parts = [f'<row r="{number}">']
            for (letter, plain, total), value in zip(self.columns, values, strict=False):
                if value is not None:
                    parts.append(cell(f"{letter}{number}", total if is_total else plain, value))
                elif is_total:  # shaded across, empty or not
                    parts.append(f'<c r="{letter}{number}" s="{total}"/>')
            parts.append("</row>")
            pending.append("".join(parts))
            if len(pending) >= _BATCH:
                self.stream.write("".join(pending).encode("utf-8"))
                pending.clear()
        self.stream.write("".join(pending).encode("utf-8"))


def splice(built: IO[bytes], parts: dict[str, IO[bytes]], handle: IO[bytes]) -> None:
    """openpyxl's archive ``built`` copied to ``handle``, the rows of each sheet in ``parts``
    (by its name in the archive) put at the end of its sheet data (its header row)."""
    with (
        zipfile.ZipFile(built) as source,
        zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            member = info.filename
            rows = parts.get(member)
            size = rows.seek(0, 2) if rows is not None else 0
            if rows is None or not size:
                target.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
                continue
            rows.seek(0)
            end = data.rfind(b"</sheetData>")
            if end < 0:  # pragma: no cover - openpyxl writes the header row
                raise AssertionError(f"no sheet data in {member}")
            large = size + len(data) > 2**31 - 1
            with target.open(member, "w", force_zip64=large) as sheet:
                sheet.write(data[:end])
                shutil.copyfileobj(rows, sheet, 1 << 20)
                sheet.write(data[end:])
