"""The dates of region files: each file's one date (``FILE@2025-07-01``, its title rows,
its name), or a long file's date column, whose rows are then read one date after another
(a sorted file streams; one that is not is held and read in date order)."""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jkngap.core.dates import Day, find_dates, read_day
from jkngap.core.errors import Field, InputError
from jkngap.core.model import Note, Record
from jkngap.io.columns import as_headers, normalise_header, role_of
from jkngap.io.holding import on_disk
from jkngap.io.readers import Table
from jkngap.io.tables import read_table

if TYPE_CHECKING:
    from jkngap.io.snapshots import Reading

__all__ = ["DATE_HEADERS", "Dated", "dated", "split_name_and_date"]

# Headers of a date column, compared as column headers are (case, spaces, punctuation).
DATE_HEADERS = as_headers(
    "date",
    "tanggal",
    "tgl",
    "per",
    "per tanggal",
    "periode",
    "bulan",
    "month",
    "as of",
    "tanggal data",
)
_FIGURE_ROLES = ("population", "registered", "active", "coverage", "active_rate")

Row = tuple[int, list[Any]]


def split_name_and_date(text: str) -> tuple[str, Day | None]:
    """``FILE@2025-07-01`` as the file and its date; a name holding "@" that is itself an
    existing file stays whole."""
    name, at, when = text.rpartition("@")
    if not at or not name or os.path.exists(text):
        return text, None
    try:
        day = read_day(when)
    except InputError as error:
        error.path = name
        raise
    if day is None:
        raise InputError("trend.date_unreadable", path=name, text=when)
    return name, day


@dataclass
class Dated:
    """One input: its table, and the dates it holds (ascending), each with its rows."""

    name: str
    table: Table
    dates: list[date]
    runs: Iterator[tuple[date, Table]]
    long: bool = False  # a file of many dates, read in parts by date


def _date_column(table: Table, wanted: str | None) -> int | None:
    """Where a file's date column is (None: a file of one date)."""
    headers = [normalise_header(str(name)) for name in table.header]
    if wanted is not None:
        if normalise_header(wanted) not in headers:
            raise InputError(
                "batch.missing_column",
                field="date_column",
                name=wanted,
                source=table.source,
                header=", ".join(map(str, table.header)),
            )
        return headers.index(normalise_header(wanted))
    found = [i for i, name in enumerate(headers) if name in DATE_HEADERS]
    if len(found) > 1:
        first, second = (table.header[i] for i in found[:2])
        raise InputError(
            "trend.two_date_columns",
            path=table.source,
            first=first,
            second=second,
            date_option=Field("date_column"),
        )
    return found[0] if found else None


def _figure_columns(table: Table, mapping: dict[str, str]) -> list[int]:
    """The columns that hold a figure: a row with any of them filled is a region's."""
    wanted = {normalise_header(header) for role, header in mapping.items() if role in _FIGURE_ROLES}
    return [
        i
        for i, name in enumerate(table.header)
        if role_of(name) in _FIGURE_ROLES or normalise_header(str(name)) in wanted
    ]


class _Dates:
    """The date of each row of a long file, read once per distinct cell."""

    def __init__(self, table: Table, index: int, figures: list[int]) -> None:
        self.source = table.source
        self.index = index
        self.column = str(table.header[index])
        self.figures = figures
        self.known: dict[Any, date | None] = {}
        self.month_only = False

    def __call__(self, row: Row) -> date | None:
        """The row's date; None for a row with no date and no figure (a note, a total),
        which goes with the rows around it. A row with figures and no date is refused."""
        try:
            day = self.known[row[1][self.index]]
        except (KeyError, IndexError, TypeError):
            cells = row[1]
            if len(cells) == 1 and isinstance(cells[0], InputError):
                return None  # a line the reader made no cells of: unread, in the run it is in
            day = self._read(row)
        if day is None:
            self._undated(row)
        return day

    def _read(self, row: Row) -> date | None:
        line, cells = row
        value = cells[self.index] if self.index < len(cells) else None
        try:
            found = read_day(value, column=self.column)
        except InputError as error:
            error.path, error.row = self.source, line
            raise
        day = found.day if found is not None else None
        self.month_only |= found is not None and found.month_only
        if len(self.known) < 10_000:  # a column of a few dates: each read once
            with contextlib.suppress(TypeError):
                self.known[value] = day
        return day

    def _undated(self, row: Row) -> None:
        line, cells = row
        filled = any(
            i < len(cells) and cells[i] not in (None, "") and str(cells[i]).strip()
            for i in self.figures
        )
        if filled:
            raise InputError("trend.row_without_date", path=self.source, row=line, name=self.column)


def _looked_through(
    name: str, reading: Reading, dates: _Dates
) -> tuple[list[date], list[int] | None]:
    """A text file's dates, read once before its rows: in order of first appearance, and,
    where each date's rows come together in ascending order (then it can stream), how
    many rows each date's run has (rows with no date go with the run they are in, or the
    first)."""
    with open(name, "rb") as stream:
        table = read_table(stream, source=name, name=name, layout=reading)
        try:
            order: list[date] = []
            lengths = [0]
            seen: set[date] = set()
            in_order = True
            for row in table.rows:
                day = dates(row)
                if day is not None and (not order or day != order[-1]):
                    if day in seen or (order and day < order[-1]):
                        in_order = False
                    elif order:
                        lengths.append(0)
                    if day not in seen:
                        seen.add(day)
                        order.append(day)
                lengths[-1] += 1
            return order, lengths if in_order else None
        finally:
            table.close()


def _runs(
    table: Table, order: list[date], lengths: list[int], dates: _Dates
) -> Iterator[tuple[date, Table]]:
    """A sorted long file's rows, one date's run after another, as they are read: each run
    as many rows as the first look counted (its first row's date checked again)."""
    rows = iter(table.rows)
    for number, (day, length) in enumerate(zip(order, lengths, strict=True)):
        first = next(rows, None)
        if first is None or dates(first) not in (day, None):
            raise InputError("trend.file_changed", path=table.source)
        run = itertools.chain([first], itertools.islice(rows, length - 1))
        yield day, _part(table, run, number == 0)
        for _ in run:  # a run the reader did not finish is read past
            pass
    if next(rows, None) is not None:
        raise InputError("trend.file_changed", path=table.source)


def _held(table: Table, dates: _Dates) -> tuple[list[date], Iterator[tuple[date, Table]]]:
    """A long file not sorted by date: every row held (on disk past SPILL_ROWS) and given
    back in date order (rows with no date stay beside the row before them)."""
    found: set[date] = set()

    def keyed() -> Iterator[Record]:
        waiting: list[Row] = []
        current: date | None = None
        for row in table.rows:
            day = dates(row)
            if day is None and current is None:
                waiting.append(row)
                continue
            current = day or current
            assert current is not None
            found.add(current)
            for held in (*waiting, row):
                yield {"day": current, "row": held}
            waiting.clear()
        for held in waiting:  # no dated row at all: refused below
            yield {"day": date.min, "row": held}

    ordered = on_disk(keyed(), lambda record: record["day"])
    head = next(ordered, None)  # reads the whole file: every date is known after it
    records = itertools.chain([head] if head is not None else [], ordered)

    def runs() -> Iterator[tuple[date, Table]]:
        first = True
        for day, group in itertools.groupby(records, key=lambda record: record["day"]):
            yield day, _part(table, (record["row"] for record in group), first)
            first = False

    return sorted(found), runs()


def _part(table: Table, rows: Iterator[Row], first: bool) -> Table:
    """One date's rows of a long file as a table of their own (its own totals found, its
    own duplicate codes): the title rows go with the first."""
    return Table(
        table.header,
        rows,
        table.source,
        above=table.above if first else (),
        blank=[],
        notes=[],
        encoding=table.encoding,
    )


def _file_date(table: Table, name: str) -> tuple[Day | None, str]:
    """A file's one date from its title rows, else its name; how it was found."""
    texts = [
        " ".join(str(cell) for cell in cells if cell not in (None, "")) for _, cells in table.above
    ]
    # The keys said: trend.several_dates_title, trend.several_dates_name.
    for how, text in (("title", " ".join(texts)), ("name", Path(name).stem.replace("_", " "))):
        found = find_dates(text)
        if len(found) > 1:
            shown = ", ".join(day.day.isoformat() for day in found)
            raise InputError(f"trend.several_dates_{how}", path=name, dates=shown)
        if found:
            return found[0], how
    return None, ""


def dated(
    name: str,
    given: Day | None,
    table: Table,
    reading: Reading,
    notes: list[Note],
    *,
    required: bool,
) -> Dated:
    """One input's dates and runs."""
    index = _date_column(table, reading.date_column)
    if index is None:
        day, how = (given, "given") if given is not None else _file_date(table, name)
        if day is None:
            if required:
                raise InputError("trend.no_date", path=name, name=name)
            return Dated(name, table, [date.min], iter([(date.min, table)]))
        if how in ("title", "name"):  # note.trend_date_from_title, note.trend_date_from_name
            params = {"name": name, "date": day.day.isoformat()}
            notes.append(Note(f"note.trend_date_from_{how}", params))
        if day.month_only:
            notes.append(Note("note.trend_month_only", {"name": name, "date": day.day.isoformat()}))
        return Dated(name, table, [day.day], iter([(day.day, table)]))
    dates = _Dates(table, index, _figure_columns(table, reading.options.columns))
    on_file = name != "-" and table.encoding is not None and os.path.isfile(name)
    order: list[date] = []
    lengths = None
    if on_file:
        order, lengths = _looked_through(name, reading, dates)
    if lengths is not None:
        runs: Iterator[tuple[date, Table]] = _runs(table, order, lengths, dates)
    else:
        order, runs = _held(table, dates)
        if on_file or len(order) > 1:
            notes.append(Note("note.trend_unsorted", {"name": name}))
    if not order:
        raise InputError("trend.no_date", path=name, name=name)
    if dates.month_only:
        notes.append(Note("note.trend_month_only", {"name": name, "date": order[0].isoformat()}))
    if given is not None:
        if given.day not in order:
            shown = ", ".join(day.isoformat() for day in order[:12])
            raise InputError(
                "trend.date_not_in_file", path=name, date=given.day.isoformat(), dates=shown
            )
        runs = _only(runs, given.day)
        order = [given.day]
    return Dated(name, table, order, runs, long=True)


def _only(runs: Iterator[tuple[date, Table]], wanted: date) -> Iterator[tuple[date, Table]]:
    """The run of one date (the rows of the others are read past, not kept)."""
    for day, table in runs:
        if day == wanted:
            yield day, table
            return
        for _ in table.rows:
            pass
