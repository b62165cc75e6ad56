"""Region files read into records: each row's cells, its counts, and its gaps.

Every input row comes out, in order, with its line number; a row that cannot be read
carries an ``error`` naming the column and the text, and the others are still computed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

from jkngap.core.errors import InputError
from jkngap.core.model import Note, Record
from jkngap.core.numbers import read_count, read_percent
from jkngap.core.regions import (
    COUNT_KEYS,
    OUTPUT_KEYS,
    SUM_KEYS,
    TAIL_KEYS,
    Arrangement,
    Batch,
    RegionOptions,
    Totals,
    arrange,
    compute_row,
)
from jkngap.io.columns import PERCENT_COLUMNS, Columns
from jkngap.io.readers import Table

__all__ = ["RESERVED", "RegionRows", "batch", "count_cell", "record_keys"]


_GROUPED_DIGITS = re.compile(r"[0-9][0-9., ]*")


class _ColumnStyle:
    """Counts in one column must group thousands one way: 1.234 and 1,234 do not mix."""

    def __init__(self) -> None:
        self.separator: str | None = None

    def note(self, text: str, column: str) -> None:
        if not _GROUPED_DIGITS.fullmatch(text):
            return  # "1,5 juta" writes a decimal comma, not a thousands separator
        marks = {mark for mark in ".," if mark in text}
        if len(marks) != 1:
            return
        mark = marks.pop()
        if self.separator is None:
            self.separator = mark
        elif mark != self.separator:
            raise InputError(
                "batch.mixed_style",
                column=column,
                text=text,
                earlier=self.separator,
                here=mark,
            )


def count_cell(value: Any, column: str, style: _ColumnStyle) -> int | None:
    """A count from a cell: text as officials write it, or a spreadsheet's number."""
    if value is None:
        return None
    if type(value) is not str:
        if isinstance(value, bool):
            raise InputError("number.not_a_number", column=column, text=str(value))
        if isinstance(value, int):
            if value < 0:
                raise InputError("number.negative", column=column, text=str(value))
            return value
        if isinstance(value, float):
            # Whole values only, read exactly from their decimal form.
            if not value.is_integer():
                raise InputError("number.not_whole", column=column, text=repr(value))
            value = repr(value).removesuffix(".0")
        value = str(value)  # a JSON Decimal, or the float's text
    text = value.strip()
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return int(text)
    style.note(text, column)
    return read_count(text, column=column)


# Keys every record has, besides the input's own columns: an input column of one of these
# names keeps its text under a new name, never overwriting or splitting an output column.
RESERVED = frozenset(
    {"row", "source", "region", "code", *COUNT_KEYS, *OUTPUT_KEYS, *SUM_KEYS, *TAIL_KEYS}
)


def _free_name(name: str) -> str:
    """An input column's name in the output: renamed where the output uses it, or where
    machine formats would split it (``*_range`` becomes ``*_low`` and ``*_high``)."""
    if name in RESERVED or name.endswith("_range"):
        return f"{name} (input)"
    return name


class RegionRows:
    """One output record per input row of one table, in input order."""

    def __init__(self, table: Table, options: RegionOptions, *, with_source: bool) -> None:
        self.table = table
        self.options = options
        self.columns = Columns.find(
            table.header, options.columns, table.source, published=options.check
        )
        self.present = [role for role in COUNT_KEYS if role in self.columns.roles]
        self.passthrough = [(index, _free_name(name)) for index, name in self.columns.passthrough]
        self.keys: tuple[str, ...] = (
            "row",
            *(("source",) if with_source else ()),
            "region",
            "code",
            *COUNT_KEYS,
            *[name for _, name in self.passthrough],
        )

    def records(
        self, totals: Totals, keys: tuple[str, ...], on_row: Callable[[], None] | None = None
    ) -> Iterator[Record]:
        """The records under ``keys`` (several files share one set); ``totals`` sums the
        rows that could be read. The loop is the hot path of a village file: it does the
        least per row (the arithmetic itself is the kernel's, in compute_row)."""
        roles = self.columns.roles
        header = self.table.header
        options = self.options
        totals.has.update(self.present)  # a column the file has totals even when all empty
        text_roles = [(role, roles[role]) for role in ("region", "code") if role in roles]
        count_specs = [
            (role, roles[role], header[roles[role]], _ColumnStyle()) for role in self.present
        ]
        template = dict.fromkeys(keys)
        if "source" in template:
            template["source"] = self.table.source
        width = len(header)
        add = totals.add_counts
        for line, cells in self.table.rows:
            if on_row is not None:
                on_row()
            record = template.copy()
            record["row"] = line
            if len(cells) != width:
                if len(cells) == 1 and isinstance(cells[0], InputError):
                    record["error"] = cells[0]
                    totals.errors += 1
                    yield record
                    continue
                if len(cells) < width:
                    cells = [*cells, *([None] * (width - len(cells)))]
            for role, index in text_roles:
                value = cells[index]
                if type(value) is not str and value is not None:
                    value = self._stored_as_number(role, value, record)
                record[role] = value
            for index, name in self.passthrough:
                record[name] = cells[index]
            try:
                for role, index, column, style in count_specs:
                    cell = cells[index]
                    # Plain digits, the common case of a long file, skip the full reader.
                    if type(cell) is str and cell.isdigit() and cell.isascii():
                        record[role] = int(cell)
                    else:
                        record[role] = count_cell(cell, column, style)
                if len(cells) > width and any(str(cell).strip() for cell in cells[width:]):
                    raise InputError("batch.extra_cells", count=len(cells) - width)
                compute_row(
                    record["population"], record["registered"], record["active"], options, record
                )
                if options.check:
                    record.update(_check_row(cells, roles, header, record, options))
            except InputError as error:
                for key in (*COUNT_KEYS, *OUTPUT_KEYS, "warning"):
                    record[key] = None  # half-read figures would mislead
                record["error"] = error
                totals.errors += 1
                yield record
                continue
            add(
                record["population"],
                record["registered"],
                record["active"],
                record["registrants_needed"],
                record["active_needed"],
            )
            yield record

    @staticmethod
    def _stored_as_number(role: str, value: Any, record: Record) -> str:
        """A name or code a spreadsheet stored as a number, as text; a code so stored may
        have lost digits (61.10 reads 61.1, another region), which the row says."""
        text = str(value)
        if role == "code" and isinstance(value, int | float | Decimal):
            note = Note("note.code_as_number", {"code": text}, warning=True)
            record["warning"] = (*(record["warning"] or ()), note)
        return text


def record_keys(sources: list[RegionRows], *, check: bool) -> tuple[str, ...]:
    """The keys of every record, in one order for every file: the inputs' columns first,
    then the computed columns and the bookkeeping."""
    keys: list[str] = []
    for source in sources:
        keys.extend(key for key in source.keys if key not in keys)
    tail = [key for key in TAIL_KEYS if check or key not in ("consistent", "check")]
    return (*keys, *OUTPUT_KEYS, *SUM_KEYS, *tail)


def _check_row(
    cells: list[Any],
    roles: dict[str, int],
    header: list[str],
    counts: Record,
    options: RegionOptions,
) -> Record:
    """Published percentages beside the counts: do they agree? (``--check``)"""
    from jkngap.core.check import check

    published = {}
    for role in PERCENT_COLUMNS:
        if role in roles and cells[roles[role]] not in (None, ""):
            published[role] = read_percent(str(cells[roles[role]]), column=header[roles[role]])
    if not published:
        return {"consistent": None, "check": None}
    try:
        result = check(
            population=counts.get("population"),
            registered=counts.get("registered"),
            active=counts.get("active"),
            target=options.criteria.coverage_pct,
            active_target=options.criteria.activity_pct,
            base=options.base,
            coverage=published.get("coverage"),
            active_rate=published.get("active_rate"),
        )
    except InputError:
        return {"consistent": None, "check": None}
    disagreements = [finding.message for finding in result.findings if not finding.agree]
    return {"consistent": result.consistent, "check": disagreements[0] if disagreements else None}


def batch(
    tables: list[Table],
    options: RegionOptions,
    how: Arrangement | None = None,
    on_row: Callable[[], None] | None = None,
) -> Batch:
    """Every row of every table, computed and arranged as ``how`` asks, then the total.

    Streams unless a sort or groups need the rows together.
    """
    how = how or Arrangement()
    sources = [RegionRows(table, options, with_source=len(tables) > 1) for table in tables]
    keys = record_keys(sources, check=options.check)
    for column, field in ((how.sort, "sort"), (how.group_by, "group_by")):
        if column is not None and column not in keys:
            raise InputError(
                "batch.unknown_column", field=field, name=column, known=", ".join(keys)
            )
    totals = Totals(base=options.base)

    rows = itertools.chain.from_iterable(
        source.records(totals, keys, on_row) for source in sources
    )
    return Batch(keys, arrange(rows, totals, options, keys, how), totals, options.criteria)
