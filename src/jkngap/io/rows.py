"""Region files read into records: each row's cells, its counts, and its gaps.

Every input row comes out, in order, with its line number; a row that cannot be read
carries an ``error`` naming the column and the text, and the others are still computed.
"""

from __future__ import annotations

import dataclasses
import itertools
import os
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

from jkngap.core.arrange import Arrangement, Batch
from jkngap.core.errors import Field, InputError
from jkngap.core.model import Note, Record
from jkngap.core.places import Places
from jkngap.core.regions import (
    COUNT_KEYS,
    EXTRA_SUMMED_KEYS,
    OUTPUT_KEYS,
    SUM_KEYS,
    SUMMED_KEYS,
    TAIL_KEYS,
    Block,
    Column,
    RegionOptions,
    Totals,
    compute_block,
    refused_rows,
    take,
)
from jkngap.io.asides import Asides
from jkngap.io.cells import MAX_COUNT_DIGITS, ColumnStyle, Oversized, check_row, count_cell
from jkngap.io.columns import Columns, free_name, unmapped
from jkngap.io.holding import on_disk
from jkngap.io.layout import Kept, Layout, Nesting, code_keys, total_named
from jkngap.io.placing import Placing
from jkngap.io.readers import BAD_BYTE, Table, bad_encoding, too_sparse
from jkngap.io.segmentcols import SEGMENT_KEYS, SegmentColumns

__all__ = ["BLOCK_ROWS", "RegionRows", "batch", "record_keys"]

# Rows read and computed together: large enough that each column's work runs in C, small
# enough that memory stays flat; fewer where a file has many columns, so that a block's
# cells stay within BLOCK_ROWS * 64.
BLOCK_ROWS = 256
# A block's column of plain digits whose sum reaches this holds a count too long to be one.
_LARGEST_COUNTS = 10**MAX_COUNT_DIGITS


NOBODY_REGISTERED = Note("note.active_none_registered")


class RegionRows:
    """One output record per input row of one table, in input order."""

    def __init__(
        self,
        table: Table,
        options: RegionOptions,
        *,
        with_source: bool,
        places: Places | None = None,
        fill_population: bool = False,
    ) -> None:
        self.table = table
        self.options = options
        self.columns = Columns.find(
            table.header, options.columns, table.source, published=options.check
        )
        self.present = [role for role in COUNT_KEYS if role in self.columns.roles]
        self.passthrough = [(index, free_name(name)) for index, name in self.columns.passthrough]
        self.segments = SegmentColumns(table.header, self.columns.passthrough)
        # Counts in one column must group thousands one way, across every block.
        self.styles = {role: ColumnStyle() for role in COUNT_KEYS}
        self.layout = Layout()
        self.asides = Asides(table.header, self.columns.roles, self.present, self.styles)
        self.nesting = Nesting()
        self.left_out: set[int] = set()  # of the block just made: parents, not summed
        self.taken_out: list[Kept] = []  # earlier rows found to be parents by it
        self.given = self.padding = 0  # cells the file gives, and those padded to the header
        self.said: list[Note] = []  # warnings about rows, for standard error
        coded = places is not None and "code" in self.columns.roles
        self.places = Placing(places, fill_population) if coded and places else None
        self.fills = self.places is not None and fill_population
        self.said.extend(self._columns_said())
        self.keys: tuple[str, ...] = (
            "row",
            *(("source",) if with_source else ()),
            "region",
            "code",
            *COUNT_KEYS,
            *(("population_source",) if self.places and fill_population else ()),
            *[name for _, name in self.passthrough],
        )

    def blocks(
        self, totals: Totals, on_rows: Callable[[int], None] | None = None
    ) -> Iterator[Block]:
        """The table's rows, computed, a block of up to BLOCK_ROWS rows at a time; ``totals``
        sums the regions that could be read."""
        totals.has.update(self.present)  # a column the file has totals even when all empty
        totals.has.update(self.segments.totals())
        if self.fills:  # populations the register gives are summed like the file's own
            totals.has.add("population")
        read = 0
        if self.table.above:
            above = self._above()
            totals.skipped.extend(self._where(line) for line in above.columns["row"])
            yield above
        rows = iter(self.table.rows)
        size = max(1, min(BLOCK_ROWS, BLOCK_ROWS * 64 // max(1, len(self.table.header))))
        while chunk := list(itertools.islice(rows, size)):
            read += len(chunk)
            if on_rows is not None:
                on_rows(len(chunk))
            try:
                block = self._block(chunk)
            except Oversized as error:  # a hostile number: the file is refused, naming it
                line = chunk[error.row][0] if error.row is not None else None
                raise InputError(
                    error.key,
                    path=self.table.source,
                    column=error.column,
                    line=line,
                    **error.params,
                ) from None
            errors, notes = block.columns["error"], block.columns["note"]
            totals.errors += block.length - errors.count(None)
            if self.options.check:
                totals.disagree += block.columns["consistent"].count(False)
            good = _regions(errors, notes)
            if self.left_out:  # parents of other rows: their regions are summed already
                every = range(block.length) if good is None else good
                good = [i for i in every if i not in self.left_out]
            for kept in self.taken_out:
                totals.subtract(*kept[1:])
            totals.add_columns(*(take(block.columns[key], good) for key in SUMMED_KEYS))
            for key in EXTRA_SUMMED_KEYS if self.segments else ():
                totals.add_extra(key, take(block.columns[key], good))
            if notes.count(None) != block.length:
                totals.skipped.extend(
                    self._where(line)
                    for line, note, error in zip(block.columns["row"], notes, errors, strict=True)
                    if note is not None and error is None
                )
            yield block
        totals.blank.extend(self._where(line) for line in self.table.blank)
        if not read:
            self.said.append(Note("batch.no_rows", {"name": self.table.source}, warning=True))
        totals.found.extend([*self.table.notes, *self.said])
        totals.found.extend(self.layout.said(self.table.source))
        totals.found.extend(self.nesting.said(self.table.source))
        if self.places is not None:
            totals.found.extend(self.places.notes(self.table.source))

    def _columns_said(self) -> list[Note]:
        """What the header says to warn of: columns that look like a figure jkngap reads
        but does not map (and the --column that would), and a missing population."""
        source = self.table.source
        said = [
            Note(
                "batch.unmapped_column",
                {
                    "name": source,
                    "header": column,
                    "figure": Note(f"label.{role}"),
                    "role": role,
                    "column_option": Field("columns"),
                },
                warning=True,
            )
            for column, role in unmapped(
                self.table.header, self.columns, published=self.options.check
            )
        ]
        if "population" not in self.columns.roles and not self.fills:
            option = Field("fill_population")
            params = {"name": source, "fill_option": option}
            said.append(Note("batch.no_population", params, warning=True))
        return said

    def _where(self, line: int) -> str:
        """A row named in a message: its line, and its file where there are several."""
        return f"{self.table.source}:{line}" if "source" in self.keys else str(line)

    def _above(self) -> Block:
        """The lines above the header (a title, a date), each kept with a note."""
        lines = [line for line, _ in self.table.above]
        texts = [
            " ".join(str(cell).strip() for cell in cells if cell not in (None, ""))
            for _, cells in self.table.above
        ]
        notes = [Note("note.title_row", {"text": text}) for text in texts]
        columns: dict[str, Column] = {"row": lines, "note": notes}
        if "source" in self.keys:
            columns["source"] = [self.table.source] * len(lines)
        columns["error"] = [None] * len(lines)
        return Block(len(lines), columns)

    def _block(self, chunk: list[tuple[int, list[Any]]]) -> Block:
        """One block: each row's cells read into columns, its counts, and its gaps."""
        length = len(chunk)
        width = len(self.table.header)
        errors: list[InputError | None] = [None] * length
        warnings: list[tuple[Note, ...] | None] = [None] * length
        starts, cells_of = zip(*chunk, strict=True)  # in C: each row's line, and its cells
        rows: list[list[Any]] = list(cells_of)
        if set(map(len, rows)) != {width}:
            rows = self._even(rows, width, errors)
        else:
            self.given += length * width
        screen = self.table.screen
        if self.table.encoding is not None and (screen is None or screen.suspect):
            self._decoded(chunk)
        columns: dict[str, Column] = {"row": list(starts)}
        if "source" in self.keys:
            columns["source"] = [self.table.source] * length
        for role in ("region", "code"):
            columns[role] = self._text_column(rows, role, warnings)
        for index, name in self.passthrough:
            columns[name] = [cells[index] for cells in rows]
        numbered = self.asides.numbered(rows, columns, warnings)
        for role in COUNT_KEYS:
            columns[role] = self._count_column(rows, role, errors)
        self.asides.notes_in_figures(rows, columns, errors)
        self.asides.totals_unread(rows, columns, errors, warnings)
        if self.places is not None:
            named = "region" in self.columns.roles
            self.places.place(columns, warnings, named, lambda i: self._where(columns["row"][i]))
        if self.segments:
            self.segments.block(rows, columns, errors, warnings)
        population, registered, active = (columns[role] for role in COUNT_KEYS)
        names = columns["region"] if "region" in self.columns.roles else columns["code"]
        for i, refusal in refused_rows(population, registered, active):
            # The file's own JUMLAH whose sums do not close is its total, said to differ
            # from the regions (by classify below), not a region that cannot be read.
            if not total_named(names[i], rows[i]):
                errors[i] = refusal
        unreadable = [i for i, error in enumerate(errors) if error is not None]
        for i in unreadable:  # half-read figures would mislead
            population[i] = registered[i] = active[i] = warnings[i] = None
        codes = columns["code"] if "code" in self.columns.roles else None
        readable = None if errors.count(None) == length else [e is None for e in errors]
        counts = (population, registered, active)
        notes, differs = self.layout.classify(names, counts, readable, codes, rows)
        for i, note in numbered.items():
            notes[i] = note
        lines = columns["row"]
        self.said.extend(
            Note("batch.row_warning", {"line": self._where(lines[i]), "note": note}, warning=True)
            for i, note in differs.items()
        )
        where = [self._where(line) for line in lines] if "source" in self.keys else None
        keys = code_keys(columns["code"])
        found = {**differs, **self.layout.duplicates(keys, lines, where)}
        for i, note in found.items():
            warnings[i] = (*(warnings[i] or ()), note)
        skipped = [i for i, note in enumerate(notes) if note is not None]
        shown = [(population[i], registered[i], active[i]) for i in skipped]
        for i in skipped:  # the file's own total or a note: not computed, never summed
            population[i] = registered[i] = active[i] = None
        if 0 in registered and "active" in self.present:
            # In a file of active counts only: where it has none, its totals judge no
            # activity, and one region's would read as theirs.
            _nobody_active(registered, active, warnings)
        computed = compute_block(population, registered, active, self.options)
        for i, (pop, reg, act) in zip(skipped, shown, strict=True):
            population[i], registered[i], active[i] = pop, reg, act
        computed["warning"] = _merge(computed["warning"], warnings)
        columns.update(computed)
        columns["error"] = errors
        columns["note"] = notes
        if self.options.check:
            self._check(rows, columns, errors)
        if self.segments:
            self.segments.finish(columns)
        if codes is not None:
            self._nested(columns, keys, errors, notes)
        return Block(length, columns)

    def _nested(
        self, columns: dict[str, Column], keys: list[str], errors: Column, notes: Column
    ) -> None:
        """Rows whose code is another row's parent: left out of the total (said on the row
        where it comes after its children, on standard error always), and an earlier
        parent of this block's rows taken out of the sums again."""
        good = _regions(errors, notes)
        regions = range(len(errors)) if good is None else good
        codes = columns["code"]
        keys = take(keys, good)
        lines = columns["row"]

        def value_of(i: int) -> Kept:
            return (self._where(lines[i]), *(columns[key][i] for key in SUMMED_KEYS))

        out, earlier = self.nesting.block(keys, regions, value_of)
        self.left_out = set(out)
        self.taken_out = earlier
        warnings = columns["warning"]
        for i in out:
            note = Note("note.parent_left_out", {"code": codes[i].strip()}, warning=True)
            warnings[i] = (*(warnings[i] or ()), note)
            self.nesting.note(self._where(lines[i]))

    def _decoded(self, chunk: list[tuple[int, list[Any]]]) -> None:
        """A text file's byte that its encoding cannot decode: the file is refused, naming
        the line that holds it (checked over the whole block at once)."""
        cells = [cells for _, cells in chunk if not isinstance(cells[0], InputError)]
        try:  # UTF-8 encodes every character but the surrogate a bad byte became: in C
            "".join(map("".join, cells)).encode("utf-8")
        except UnicodeEncodeError:
            line = next(n for n, row in chunk if BAD_BYTE.search("".join(map(str, row))))
            assert self.table.encoding is not None
            raise bad_encoding(self.table.source, self.table.encoding, line) from None

    def _even(self, rows: list[list[Any]], width: int, errors: Column) -> list[list[Any]]:
        """Every row with as many cells as the header: short rows padded (unless the file
        is mostly padding: refused); a line the reader could not make cells of, or extra
        cells that hold something, is its row's error."""
        self.given += sum(map(len, rows))
        self.padding += sum(width - len(cells) for cells in rows if len(cells) < width)
        if too_sparse(self.given, self.given + self.padding):
            made = self.given + self.padding
            raise InputError(
                "batch.too_sparse", path=self.table.source, given=self.given, cells=made
            )
        even = []
        for i, cells in enumerate(rows):
            if len(cells) == 1 and isinstance(cells[0], InputError):
                errors[i] = cells[0]
                cells = [None] * width
            elif len(cells) < width:
                cells = [*cells, *([None] * (width - len(cells)))]
            elif len(cells) > width and any(str(cell).strip() for cell in cells[width:]):
                errors[i] = InputError("batch.extra_cells", count=len(cells) - width)
            even.append(cells)
        return even

    def _text_column(self, rows: list[list[Any]], role: str, warnings: Column) -> Column:
        """A name or code column as text; a code a spreadsheet stored as a number may have
        lost digits (61.10 reads 61.1, another region), which its row says."""
        index = self.columns.roles.get(role)
        if index is None:
            return [None] * len(rows)
        column = [cells[index] for cells in rows]
        if set(map(type, column)) <= {str, type(None)}:
            if '="' in "".join(filter(None, column)):  # Excel's text formula: its text
                column = [_excel_text(cell) for cell in column]
            return column
        for i, value in enumerate(column):
            if type(value) is not str and value is not None:
                column[i] = str(value)
                if role == "code" and isinstance(value, int | float | Decimal):
                    note = Note("note.code_as_number", {"code": column[i]}, warning=True)
                    warnings[i] = (*(warnings[i] or ()), note)
        return column

    def _count_column(self, rows: list[list[Any]], role: str, errors: Column) -> Column:
        """A count column as ints (None where empty); a cell that cannot be read is its
        row's error."""
        index = self.columns.roles.get(role)
        if index is None:
            return [None] * len(rows)
        cells = [row[index] for row in rows]
        try:
            joined = "".join(cells)
        except TypeError:
            joined = ""  # not all text: read cell by cell
        if joined.isdigit() and joined.isascii():
            # Plain digits, the common case of a long file: each cell is digits or empty
            # (and none too long, which their sum shows at once: they are all positive).
            try:
                whole = list(map(int, cells))
            except ValueError:
                pass
            else:
                if sum(whole) < _LARGEST_COUNTS:
                    return whole
        column = self.table.header[index]
        style = self.styles[role]
        counts: Column = []
        for i, cell in enumerate(cells):
            try:
                counts.append(None if errors[i] else count_cell(cell, column, style))
            except Oversized as error:
                error.row = i  # the row of the block, named with its line by blocks()
                raise
            except InputError as error:
                errors[i] = error
                counts.append(None)
        return counts

    def _check(self, rows: list[list[Any]], columns: dict[str, Column], errors: Column) -> None:
        """``--check``: each row's published percentages beside its counts."""
        consistent: Column = []
        findings: Column = []
        for i, cells in enumerate(rows):
            result: Record = {"consistent": None, "check": None}
            if errors[i] is None:
                counts = {role: columns[role][i] for role in COUNT_KEYS}
                try:
                    result = check_row(
                        cells, self.columns.roles, self.table.header, counts, self.options
                    )
                except Oversized as error:
                    error.row = i
                    raise
                except InputError as error:
                    errors[i] = error
            consistent.append(result["consistent"])
            findings.append(result["check"])
        columns["consistent"], columns["check"] = consistent, findings


def _nobody_active(registered: Column, active: Column, warnings: Column) -> None:
    """A region with nobody registered and no active count has none active, as
    ``status`` takes it: its activity needs are known, and its row says why."""
    for i, (reg, act) in enumerate(zip(registered, active, strict=True)):
        if reg == 0 and act is None:
            active[i] = 0
            warnings[i] = (*(warnings[i] or ()), NOBODY_REGISTERED)


# Excel's way to keep a code as text in a CSV, ="61.10", as jkngap's --excel CSV writes it.
_EXCEL_TEXT = re.compile(r'="([^"]*)"')


def _excel_text(cell: str | None) -> str | None:
    """A cell holding Excel's text formula, ``="61.10"``, as the text it shows."""
    found = _EXCEL_TEXT.fullmatch(cell.strip()) if cell else None
    return found[1] if found else cell


def _regions(errors: Column, notes: Column) -> list[int] | None:
    """The rows that are regions read whole: no error, no note (None when every row is)."""
    if errors.count(None) == len(errors) and notes.count(None) == len(notes):
        return None
    return [
        i for i, (e, n) in enumerate(zip(errors, notes, strict=True)) if e is None and n is None
    ]


def _merge(first: Column, second: Column) -> Column:
    """Two columns of notes, row by row."""
    if second.count(None) == len(second):
        return first
    if first.count(None) == len(first):  # a file of unknown codes: a warning a row, kept
        return second
    return [
        None if a is None and b is None else (*(a or ()), *(b or ()))
        for a, b in zip(first, second, strict=True)
    ]


def record_keys(sources: list[RegionRows], *, check: bool) -> tuple[str, ...]:
    """The keys of every record, in one order for every file: the inputs' columns first,
    then the computed columns and the bookkeeping."""
    keys: dict[str, None] = {}  # in order, each once: a dict, as a file may have 100,000
    for source in sources:
        keys.update(dict.fromkeys(source.keys))
    tail = [key for key in TAIL_KEYS if check or key not in ("consistent", "check")]
    segmented = SEGMENT_KEYS if any(source.segments for source in sources) else ()
    return (*keys, *OUTPUT_KEYS, *segmented, *SUM_KEYS, *tail)


def batch(
    tables: list[Table],
    options: RegionOptions,
    how: Arrangement | None = None,
    on_rows: Callable[[int], None] | None = None,
    *,
    places: Places | None = None,
    fill_population: bool = False,
) -> Batch:
    """Every row of every table, computed and arranged as ``how`` asks, then the total.

    With ``places`` (the register), each row's code is checked and its name compared, a
    file of codes alone gets the register's names, and ``fill_population`` takes a
    missing population of a province or kabupaten/kota from the register.

    Streams, a block of rows at a time, unless a sort or groups need the rows together.
    """
    how = how or Arrangement()
    if how.rollup is not None and fill_population and places is not None:
        how = dataclasses.replace(how, populations=_populations(places))
    several = len(tables) > 1
    sources = [
        RegionRows(
            table, options, with_source=several, places=places, fill_population=fill_population
        )
        for table in tables
    ]
    keys = record_keys(sources, check=options.check)
    if how.rollup is not None:
        if not any("code" in source.columns.roles for source in sources):
            raise InputError("batch.rollup_needs_code", field="rollup")
        at = keys.index("code") + 1
        keys = (*keys[:at], "rolled_up", *keys[at:])
    for column, field in ((how.sort, "sort"), (how.group_by, "group_by")):
        if column is not None and column not in keys:
            raise InputError(
                "batch.unknown_column", field=field, name=column, known=", ".join(keys)
            )
    totals = Totals(base=options.base)
    totals.found.extend(_twice(tables))
    blocks = itertools.chain.from_iterable(source.blocks(totals, on_rows) for source in sources)
    return Batch(keys, blocks, totals, options, how, on_disk)


def _populations(places: Places) -> Callable[[str], tuple[int, str] | None]:
    """The register's population of a code, and its source (None where it has none)."""

    def population(code: str) -> tuple[int, str] | None:
        region = places.regions([code]).get(code)
        if region is None or region.population is None:
            return None
        return region.population, region.population_source or places.source

    return population


def _twice(tables: list[Table]) -> list[Note]:
    """A file given twice (by the same name, or another name for it) would count its
    regions twice: a warning for each repeat."""
    seen: set[tuple[int, int] | str] = set()
    repeated = []
    for table in tables:
        try:
            status = os.stat(table.source)
            identity: tuple[int, int] | str = (status.st_dev, status.st_ino)
        except OSError:
            identity = table.source  # standard input
        if identity in seen:
            repeated.append(Note("batch.same_file_twice", {"name": table.source}, warning=True))
        seen.add(identity)
    return repeated
