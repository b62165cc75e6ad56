"""Region files read as snapshots: each snapshot's date, and its regions read by the batch
pipeline (:class:`~jkngap.io.rows.RegionRows`: counts, codes against the register, the
file's own total rows and notes found and left out).

A snapshot's date comes from, in this order (:mod:`jkngap.io.dated`): ``FILE@2025-07-01``
as typed; a date column (``date``, ``tanggal``, ``per``, ``periode``, ``bulan``), which
makes one file hold many snapshots; a date in the file's title rows; a date in its name.
A long file sorted by date streams one date after another; one that is not (sorted by
region, say) is held (on disk past 100,000 rows) and read in date order. A text file on
disk is looked through once for its dates first, so that a sorted one can stream.

Populations: each snapshot's own column where it has one; else the population file of the
latest date on or before the snapshot's (``population_files``); else, with
``fill_population``, the register's. Each row says which it used.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import IO, Any

from jkngap.core.compare import Side
from jkngap.core.errors import InputError
from jkngap.core.model import Note
from jkngap.core.numbers import Reported, read_percent
from jkngap.core.places import Places, normal_code, split_name
from jkngap.core.regions import RegionOptions, Totals
from jkngap.core.series import COUNTS, Rows, Snapshot
from jkngap.core.trend import MOST_DATES
from jkngap.io.columns import role_of
from jkngap.io.dated import Dated, dated, split_name_and_date
from jkngap.io.inputs import Progress, open_inputs
from jkngap.io.readers import Table
from jkngap.io.rows import RegionRows

__all__ = [
    "Reading",
    "Snapshots",
    "read_side",
    "read_snapshots",
    "split_name_and_date",
]

# A file of published percentages alone has no count column, which the batch reader asks
# for: an empty registered column under this header lets it read the rows.
_EMPTY_COUNT = "peserta"


@dataclass
class Reading:
    """How every input is read: the batch reader's options, the register, populations."""

    options: RegionOptions = field(default_factory=RegionOptions)
    encoding: str = "utf-8-sig"
    delimiter: str | None = None
    sheet: str | None = None
    header_row: int | None = None
    places: Places | None = None
    fill_population: bool = False
    # A region's code from its name, where a file has names only (the register's help).
    find_code: Callable[[str], str | None] | None = None
    population_files: list[str] = field(default_factory=list)
    date_column: str | None = None  # the header of the date column, where not a usual one


class Snapshots:
    """The snapshots of every input, in date order; their dates are known before any
    row is read, and ``notes`` fills up as they are."""

    def __init__(
        self,
        sources: list[Dated],
        reading: Reading,
        notes: list[Note],
        on_rows: Callable[[int], None] | None = None,
    ) -> None:
        self.sources = sources
        self.on_rows = on_rows
        self.reading = reading
        self.notes = notes
        owner: dict[date, Dated] = {}
        for source in sources:
            for day in source.dates:
                if day in owner:
                    raise InputError(
                        "trend.same_date",
                        date=day.isoformat(),
                        first=owner[day].name,
                        second=source.name,
                        previous=day.isoformat(),
                    )
                owner[day] = source
        self.dates = sorted(owner)
        if len(self.dates) > MOST_DATES:
            raise InputError("trend.too_many_dates", path=sources[-1].name, most=MOST_DATES)
        self._owner = owner
        self.populations = _Populations(reading, notes)
        self.keys = _Keys(reading)

    def __iter__(self) -> Iterator[Snapshot]:
        for day in self.dates:
            source = self._owner[day]
            run_day, table = next(source.runs)
            assert run_day == day, (run_day, day)
            yield _snapshot(day, source.name, table, self, self.on_rows)
        for source in self.sources:  # a long file's blank lines and notes, said once
            if source.long:
                table = source.table
                self.notes.extend(_said(table.source, [str(n) for n in table.blank], table.notes))


def _with_empty_count(table: Table) -> tuple[Table, bool]:
    """A table of published percentages alone, with an empty registered column (and
    whether it was added)."""
    header = [str(name) for name in table.header]
    if any(role_of(name) in COUNTS for name in header):
        return table, False
    if not any(role_of(name) in ("coverage", "active_rate") for name in header):
        return table, False
    rows = ((line, [*cells, ""]) for line, cells in table.rows)
    widened = Table(
        [*header, _EMPTY_COUNT],
        rows,
        table.source,
        close=table.close,
        above=table.above,
        blank=table.blank,
        notes=table.notes,
        encoding=table.encoding,
    )
    return widened, True


class _Populations:
    """Population files by date: each region's population, from the one of the latest
    date on or before a snapshot's."""

    def __init__(self, reading: Reading, notes: list[Note]) -> None:
        self.reading = reading
        self.notes = notes
        self.by_date: list[tuple[date, str, dict[str, int]]] | None = None
        self.said: set[str] = set()

    def load(self) -> None:
        reading = self.reading
        self.by_date = []
        with contextlib.ExitStack() as stack:
            snapshots = read_snapshots(
                reading.population_files,
                stack,
                stdin=None,
                # The population files' own populations; no register's in their place.
                reading=replace(
                    reading, fill_population=False, population_files=[], date_column=None
                ),
                single=False,
            )
            for snapshot in snapshots:
                counts: dict[str, int] = {}
                for rows in snapshot.blocks:
                    for key, population in zip(rows.keys, rows.population, strict=True):
                        if population is not None:
                            counts[key] = population
                label = f"{snapshot.source} ({snapshot.day.isoformat()})"
                self.by_date.append((snapshot.day, label, counts))
            self.notes.extend(snapshots.notes)

    def of(self, day: date) -> tuple[str, dict[str, int]] | None:
        """The population file for a snapshot of ``day``: the latest dated on or before
        it, else the earliest (and a warning that it is later)."""
        if not self.reading.population_files:
            return None
        if self.by_date is None:
            self.load()
        assert self.by_date is not None
        before = [entry for entry in self.by_date if entry[0] <= day]
        if before:
            _, label, counts = before[-1]
            return label, counts
        _, label, counts = self.by_date[0]
        if label not in self.said:
            self.said.add(label)
            params = {"name": label, "date": day.isoformat()}
            self.notes.append(Note("note.trend_population_later", params, warning=True))
        return label, counts


def _snapshot(
    day: date,
    name: str,
    table: Table,
    run: Snapshots,
    on_rows: Callable[[int], None] | None,
) -> Snapshot:
    """One date's rows read by the batch pipeline, as a snapshot."""
    reading, populations, notes = run.reading, run.populations, run.notes
    table, widened = _with_empty_count(table)
    rows = RegionRows(
        table,
        reading.options,
        with_source=False,
        places=reading.places,
        fill_population=reading.fill_population and not reading.population_files,
    )
    has = set(rows.present) - ({"registered"} if widened else set())
    population = populations.of(day)
    if population is not None or (reading.fill_population and rows.places is not None):
        has.add("population")
    return Snapshot(
        day,
        name,
        _blocks(rows, table, reading, population, notes, on_rows, run.keys),
        frozenset(has),
    )


def _percent_columns(rows: RegionRows, table: Table) -> dict[str, tuple[str, str]]:
    """The published percentage columns among those passing through: role -> (the
    block's column, the header)."""
    found: dict[str, tuple[str, str]] = {}
    for index, name in rows.passthrough:
        role = role_of(table.header[index])
        if role in ("coverage", "active_rate") and role not in found:
            found[role] = (name, str(table.header[index]))
    return found


def _blocks(
    region_rows: RegionRows,
    table: Table,
    reading: Reading,
    population: tuple[str, dict[str, int]] | None,
    notes: list[Note],
    on_rows: Callable[[int], None] | None,
    keys_of: _Keys,
) -> Iterator[Rows]:
    """The rows of one date, a block at a time, as the engine takes them: rows that are
    not regions (the file's total, notes, titles) are left out and named in a note."""
    totals = Totals(base=reading.options.base)
    percents = _percent_columns(region_rows, table)
    own = "population" in region_rows.present
    for block in region_rows.blocks(totals, on_rows):
        columns = block.columns
        notes_of = columns["note"]
        if notes_of.count(None) == block.length:
            keep = list(range(block.length))
        else:  # a total, a note or a title: not a region (an unreadable row is)
            keep = [i for i, note in enumerate(notes_of) if note is None or columns["error"][i]]
        if not keep:
            continue
        taken = _Taken(columns, keep, block.length)
        errors: list[InputError | None] = taken("error")
        codes, region_names = taken("code"), taken("region")
        keys = keys_of.column(codes, region_names)
        lines = taken("row")
        if errors.count(None) != len(errors):
            _unnamed_apart(keys, errors, codes, region_names, lines, table.source)
        population_column = taken("population")
        sources: list[str | None] = taken("population_source")
        if own and None not in population_column and sources.count(None) == len(sources):
            sources = [table.source] * len(sources)  # the file's own column: its source
        elif own:
            for i, value in enumerate(population_column):
                if value is not None and sources[i] is None:
                    sources[i] = table.source
        if reading.fill_population and not reading.population_files:
            _from_register(reading, region_rows, keys, codes, population_column, sources)
        if population is not None:
            label, counts = population
            for i, key in enumerate(keys):
                if population_column[i] is None and key in counts:
                    population_column[i] = counts[key]
                    sources[i] = label
        published: dict[str, list[Reported | None] | None] = {"coverage": None, "active_rate": None}
        for role, (column, header) in percents.items():
            published[role] = _percents(taken(column), header, errors)
        yield Rows(
            lines=lines,
            keys=keys,
            codes=codes,
            names=region_names,
            population=population_column,
            registered=taken("registered"),
            active=taken("active"),
            coverage=published["coverage"],
            active_rate=published["active_rate"],
            population_source=sources if sources.count(None) < len(sources) else None,
            errors=errors if any(error is not None for error in errors) else None,
            warnings=taken("warning"),
        )
    if totals.skipped:
        rows = [f"{table.source}:{row}" for row in totals.skipped]
        notes.append(Note("batch.skipped_rows", {"rows": _listed(rows)}, True))
    notes.extend(_said(table.source, totals.blank, totals.found))


def _unnamed_apart(
    keys: list[str],
    errors: list[InputError | None],
    codes: list[Any],
    names: list[Any],
    lines: list[int],
    source: str,
) -> None:
    """An unreadable row with neither code nor name (a line the reader could make no
    cells of) is a region of its own, marked unread: two of them are not one region
    given twice. Its key is where it is, as messages name a row."""
    for i, error in enumerate(errors):
        if error is not None and not _written(codes[i]) and not _written(names[i]):
            keys[i] = f"{source}:{lines[i]}"


def _written(cell: Any) -> bool:
    return cell is not None and str(cell).strip() != ""


def _said(source: str, blank: list[str], found: list[Note]) -> list[Note]:
    """What reading a file found to say: its blank lines, and its notes."""
    if not blank:
        return list(found)
    lines = _listed([f"{source}:{line}" for line in blank])
    return [Note("batch.blank_lines", {"lines": lines}, True), *found]


def _listed(items: list[str], most: int = 10) -> str:
    """Rows named in a message: the first few, and how many more."""
    shown = ", ".join(items[:most])
    return f"{shown} (+{len(items) - most})" if len(items) > most else shown


def _from_register(
    reading: Reading,
    region_rows: RegionRows,
    keys: list[str],
    codes: list[Any],
    population: list[int | None],
    sources: list[str | None],
) -> None:
    """A file of names alone: the register's population (and code) for the regions its
    names found (a file with codes has them from the batch reader)."""
    places = reading.places
    if places is None or region_rows.places is not None:
        return
    found = places.regions({key for key in keys if normal_code(key) == key})
    for i, key in enumerate(keys):
        region = found.get(key)
        if region is None:
            continue
        codes[i] = codes[i] or region.code
        if population[i] is None and region.population is not None:
            population[i] = region.population
            sources[i] = places.source


class _Taken:
    """A block's columns at the rows kept (every row, without a copy, where all are)."""

    def __init__(self, columns: dict[str, list[Any]], keep: list[int], length: int) -> None:
        self.columns = columns
        self.keep = None if len(keep) == length else keep
        self.length = length

    def __call__(self, key: str) -> list[Any]:
        column = self.columns.get(key) or [None] * self.length
        return column if self.keep is None else [column[i] for i in self.keep]


def _percents(
    cells: list[Any], header: str, errors: list[InputError | None]
) -> list[Reported | None]:
    """Published percentages of a column (a cell that cannot be read is its row's error)."""
    read: list[Reported | None] = []
    for i, cell in enumerate(cells):
        text = "" if cell is None else str(cell).strip()
        if not text or errors[i] is not None:
            read.append(None)
            continue
        try:
            read.append(read_percent(text, column=header))
        except InputError as error:
            errors[i] = error
            read.append(None)
    return read


class _Keys:
    """How a region is matched across snapshots: its code as the register writes it;
    without one, the register's code for its name where exactly one region has it; else
    its name, as names compare. Each code or name is worked out once per run."""

    MOST = 200_000  # past this many, keys are worked out again rather than remembered

    def __init__(self, reading: Reading) -> None:
        self.find_code = reading.find_code
        self.codes: dict[str, str] = {}
        self.names: dict[str, str] = {}

    def column(self, codes: list[Any], names: list[Any]) -> list[str]:
        known = self.codes
        if set(map(type, codes)) == {str}:
            try:
                return [known[code] for code in codes]  # every code seen at an earlier date
            except KeyError:
                pass
        return [self.key(code, name) for code, name in zip(codes, names, strict=True)]

    def key(self, code: Any, name: Any) -> str:
        if isinstance(code, str) and code in self.codes:
            return self.codes[code]
        text = "" if code is None else str(code).strip()
        if text:
            key = normal_code(text) or text
            if isinstance(code, str) and len(self.codes) < self.MOST:
                self.codes[code] = key
            return key
        written = "" if name is None else str(name).strip()
        if written not in self.names:
            found = self.find_code(written) if self.find_code is not None and written else None
            kind, core = split_name(written)
            key = found or f"{kind or ''}:{core}"
            if len(self.names) >= self.MOST:
                return key
            self.names[written] = key
        return self.names[written]


def for_trend(reading: Reading) -> Reading:
    """``reading`` as trend reads: without a population of its own or a population file,
    a snapshot takes the register's (where the register is open), named, since a trend
    of coverage needs a population (issue 21). ``compare`` does not: two sources filled
    from one register would agree on their populations by construction."""
    if reading.fill_population or reading.places is None or reading.population_files:
        return reading
    return replace(reading, fill_population=True)


def read_snapshots(
    names: list[str],
    stack: contextlib.ExitStack,
    *,
    stdin: IO[bytes] | None,
    reading: Reading,
    progress: Progress | None = None,
    single: bool = False,
) -> Snapshots:
    """The snapshots of every input (``FILE``, ``FILE@DATE``, ``-``), closed by ``stack``;
    every file's dates are found before any snapshot is read."""
    notes: list[Note] = []
    split = [split_name_and_date(text) for text in names]
    tables, on_rows = open_inputs(
        [name for name, _ in split], stack, stdin=stdin, layout=reading, progress=progress
    )
    sources = [
        dated(name, day, table, reading, notes, required=not single)
        for (name, day), table in zip(split, tables, strict=True)
    ]
    return Snapshots(sources, reading, notes, on_rows)


def read_side(
    name: str, stack: contextlib.ExitStack, *, stdin: IO[bytes] | None, reading: Reading
) -> tuple[Side, list[Note]]:
    """One source of ``compare``: one date's regions (a file with several dates needs
    ``FILE@DATE``); its date where it has one."""
    snapshots = read_snapshots([name], stack, stdin=stdin, reading=reading, single=True)
    source = snapshots.sources[0]
    if len(source.dates) > 1:
        shown = ", ".join(day.isoformat() for day in source.dates[:12])
        raise InputError("compare.several_dates", path=source.name, name=source.name, dates=shown)
    snapshot = next(iter(snapshots))
    day = None if snapshot.day == date.min else snapshot.day
    return Side(source.name, snapshot.blocks, day), snapshots.notes
