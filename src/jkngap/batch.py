"""Many regions at once: read the files officials have, compute every gap, keep every row.

Reading streams (CSV, TSV, semicolon CSV, JSON lines, XLSX in read-only mode), so memory
stays flat however many rows; a JSON array is the one input read whole. Every input row
comes out, in order, with its line number; a row that cannot be read carries an ``error``
naming the column and the text, and the others are still computed.

The per-row arithmetic is the single-region arithmetic of :mod:`jkngap.gaps` done with
integers only (targets as numerator and denominator), because a village file has 84,000
rows; a test checks that both give the same answers.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from functools import cached_property
from pathlib import Path
from typing import IO, Any, cast

from jkngap.criteria import DEFAULT_PRESET, PRESETS, Criteria
from jkngap.errors import InputError
from jkngap.gaps import Base, Record
from jkngap.numbers import Cut4, read_count, read_percent

__all__ = [
    "ALIASES",
    "BatchOptions",
    "CountingReader",
    "RegionRows",
    "Totals",
    "compute_row",
    "falls_short",
    "open_inputs",
    "read_table",
    "run",
    "total_record",
]

# Headers are matched ignoring case, spaces, underscores and punctuation.
ALIASES: dict[str, tuple[str, ...]] = {
    "region": (
        "region",
        "wilayah",
        "daerah",
        "kabupaten/kota",
        "kab/kota",
        "kabupaten",
        "kota",
        "provinsi",
        "kecamatan",
        "desa",
        "kelurahan",
        "desa/kelurahan",
        "nama",
        "name",
        "nama wilayah",
        "nama daerah",
    ),
    "code": ("code", "kode", "kode wilayah", "kode daerah", "region code"),
    "population": ("population", "pop", "penduduk", "jumlah penduduk", "jml penduduk"),
    "registered": (
        "registered",
        "peserta",
        "terdaftar",
        "peserta terdaftar",
        "jumlah peserta",
        "peserta jkn",
    ),
    "active": ("active", "aktif", "peserta aktif", "jumlah peserta aktif"),
    # Published percentages, compared with the counts by --check.
    "coverage": ("coverage", "coverage pct", "cakupan", "cakupan kepesertaan", "persen cakupan"),
    "active_rate": (
        "active rate",
        "activity",
        "activity pct",
        "keaktifan",
        "tingkat keaktifan",
        "persen aktif",
    ),
}
COUNT_COLUMNS = ("population", "registered", "active")
PERCENT_COLUMNS = ("coverage", "active_rate")
JSON_EXTENSIONS = (".json", ".jsonl", ".ndjson")
XLSX_EXTENSIONS = (".xlsx", ".xlsm")
SNIFF_BYTES = 65536


def normalise_header(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


_LOOKUP = {normalise_header(alias): key for key, aliases in ALIASES.items() for alias in aliases}


# ------------------------------------------------------------------------ reading


@dataclass(frozen=True)
class Table:
    """A file's header and its rows as (line number, cells), read lazily."""

    header: list[str]
    rows: Iterator[tuple[int, list[Any]]]
    source: str
    close: Callable[[], None] = lambda: None  # lets go of the input, never closing stdin


def _decode_check(sample: bytes, encoding: str, source: str) -> None:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        decoder.decode(sample, final=False)
    except UnicodeDecodeError as error:
        line = sample[: error.start].count(b"\n") + 1
        raise InputError("batch.encoding", subject=source, encoding=encoding, line=line) from None


def _delimiter(header_line: str, extension: str, chosen: str | None) -> str:
    if chosen:
        return "\t" if chosen in ("tab", "\\t") else chosen
    if extension in (".tsv", ".tab"):
        return "\t"
    counts = {mark: header_line.count(mark) for mark in (";", "\t", ",")}
    best = max(counts, key=lambda mark: counts[mark])
    return best if counts[best] else ","


class CountingReader(io.RawIOBase):
    """Any binary stream (a BytesIO, say) made bufferable, counting the bytes read."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.stream.read(len(buffer))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)


def _peekable(binary: IO[bytes]) -> io.BufferedReader:
    if isinstance(binary, io.BufferedReader):
        return binary
    raw = binary if isinstance(binary, io.RawIOBase) else CountingReader(binary)
    return io.BufferedReader(raw, buffer_size=SNIFF_BYTES)


def _text_table(
    binary: io.BufferedReader, source: str, extension: str, encoding: str, delimiter: str | None
) -> Table:
    _decode_check(binary.peek(SNIFF_BYTES)[:SNIFF_BYTES], encoding, source)
    text = io.TextIOWrapper(binary, encoding=encoding, newline="")

    def close() -> None:
        # Detach, not close: the caller owns the file (or standard input).
        if not text.closed:
            with contextlib.suppress(ValueError):
                text.detach()

    try:
        first = next(text)
    except StopIteration:
        close()
        raise InputError("batch.empty", subject=source) from None
    except UnicodeDecodeError:
        close()
        raise InputError("batch.encoding", subject=source, encoding=encoding, line=1) from None
    mark = _delimiter(first, extension, delimiter)
    header = next(csv.reader([first], delimiter=mark), [])
    reader = csv.reader(text, delimiter=mark)

    def rows() -> Iterator[tuple[int, list[Any]]]:
        # The reader counts the lines it has read (after the header's): a record starts on
        # the line after the previous record ended.
        start = 2
        try:
            for cells in reader:
                if "".join(cells).strip():
                    yield start, cells
                start = reader.line_num + 2
        except UnicodeDecodeError:
            raise InputError(
                "batch.encoding", subject=source, encoding=encoding, line=reader.line_num + 2
            ) from None
        except csv.Error as error:
            raise InputError(
                "batch.unreadable", subject=source, line=reader.line_num + 1, reason=str(error)
            ) from None

    return Table(header, rows(), source, close)


def _json_table(binary: IO[bytes], source: str, encoding: str) -> Table:
    text = io.TextIOWrapper(binary, encoding=encoding)
    try:
        content = text.read()
    except UnicodeDecodeError:
        raise InputError("batch.encoding", subject=source, encoding=encoding, line=1) from None
    finally:
        text.detach()  # the caller owns the file (or standard input)
    stripped = content.lstrip()
    if not stripped:
        raise InputError("batch.empty", subject=source)
    header: list[str] = []
    items: list[tuple[int, Any]] = []
    if stripped.startswith("["):
        try:
            loaded = json.loads(content, parse_float=Decimal)
        except json.JSONDecodeError as error:
            raise InputError(
                "batch.unreadable", subject=source, line=error.lineno, reason=error.msg
            ) from None
        items = list(enumerate(loaded, start=1))
    else:
        for number, line in enumerate(content.splitlines(), start=1):
            if line.strip():
                try:
                    items.append((number, json.loads(line, parse_float=Decimal)))
                except json.JSONDecodeError as error:
                    items.append((number, InputError("batch.bad_json_line", reason=error.msg)))
    for _, item in items:
        if isinstance(item, dict):
            header.extend(key for key in item if key not in header)

    def rows() -> Iterator[tuple[int, list[Any]]]:
        for number, item in items:
            if isinstance(item, dict):
                yield number, [item.get(key) for key in header]
            else:
                yield (
                    number,
                    [item if isinstance(item, InputError) else InputError("batch.not_an_object")],
                )

    return Table(header, rows(), source)


def _xlsx_table(binary: IO[bytes], source: str, sheet: str | None) -> Table:
    import zipfile

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(binary, read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as error:
        raise InputError("batch.bad_xlsx", subject=source, reason=str(error)) from None
    if sheet is not None and sheet not in workbook.sheetnames:
        raise InputError(
            "batch.no_sheet", subject=source, sheet=sheet, known=", ".join(workbook.sheetnames)
        )
    worksheet = workbook[sheet] if sheet is not None else workbook.worksheets[0]
    values = worksheet.iter_rows(values_only=True)
    header_line = 0
    header: list[str] = []
    for line, first in enumerate(values, start=1):
        if any(cell not in (None, "") for cell in first):
            header, header_line = ["" if cell is None else str(cell) for cell in first], line
            break
    if not header:
        raise InputError("batch.empty", subject=source)

    def rows() -> Iterator[tuple[int, list[Any]]]:
        cells_of = worksheet.iter_rows(min_row=header_line + 1)
        for line, cells in enumerate(cells_of, start=header_line + 1):
            row = [_sheet_value(cell) for cell in cells]
            if any(value not in (None, "") for value in row):
                yield line, row
        workbook.close()

    return Table(header, rows(), source, workbook.close)


def _sheet_value(cell: Any) -> Any:
    """A cell's value as jkngap reads it: a number shown as a percentage (0.9282 shown as
    92.82 %) becomes the text of that percentage, exactly, from the number's decimal form."""
    value = cell.value
    if (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and "%" in (cell.number_format or "")
    ):
        # Trailing zeros go: 0.9831 is 98.31 %, as precise as it was typed, not 98.3100 %.
        return f"{(Decimal(repr(value)) * 100).normalize():f}%"
    return value


def read_table(
    binary: IO[bytes],
    *,
    source: str,
    name: str = "",
    encoding: str = "utf-8-sig",
    delimiter: str | None = None,
    sheet: str | None = None,
) -> Table:
    """Open one input by its name's extension, or by a look at its first bytes."""
    extension = Path(name).suffix.lower()
    buffered = _peekable(binary)
    head = buffered.peek(8)[:8]
    if extension in XLSX_EXTENSIONS or head.startswith(b"PK\x03\x04"):
        return _xlsx_table(io.BytesIO(buffered.read()), source, sheet)
    if extension in JSON_EXTENSIONS or (
        not extension and head.lstrip(b"\xef\xbb\xbf \r\n\t")[:1] in (b"[", b"{")
    ):
        return _json_table(buffered, source, encoding)
    return _text_table(buffered, source, extension, encoding, delimiter)


# ------------------------------------------------------------------------ computing


@dataclass(frozen=True)
class BatchOptions:
    criteria: Criteria = PRESETS[DEFAULT_PRESET]
    base: Base = Base.PARTICIPANTS
    check: bool = False
    columns: dict[str, str] = field(default_factory=dict)  # role -> header given by the user

    @cached_property
    def ratios(self) -> tuple[int, int, int, int]:
        """The two targets as shares of one, numerator and denominator: worked out once."""
        coverage = self.criteria.coverage_pct / 100
        activity = self.criteria.activity_pct / 100
        return coverage.numerator, coverage.denominator, activity.numerator, activity.denominator


@dataclass
class Columns:
    """Where each role's column is in a header, and the columns that pass through."""

    roles: dict[str, int]
    passthrough: list[tuple[int, str]]

    @classmethod
    def find(
        cls, header: list[str], mapping: dict[str, str], source: str, *, published: bool
    ) -> Columns:
        roles: dict[str, int] = {}
        by_name = {normalise_header(name): index for index, name in enumerate(header)}
        for role, wanted in mapping.items():
            if role not in ALIASES:
                raise InputError(
                    "batch.unknown_role", subject="--column", role=role, known=", ".join(ALIASES)
                )
            index = by_name.get(normalise_header(wanted))
            if index is None:
                raise InputError(
                    "batch.missing_column",
                    subject="--column",
                    name=wanted,
                    source=source,
                    header=", ".join(header),
                )
            roles[role] = index
        for index, name in enumerate(header):
            found = _LOOKUP.get(normalise_header(name))
            if found in PERCENT_COLUMNS and not published:
                continue  # without --check a published percentage passes through untouched
            if found and found not in roles and index not in roles.values():
                roles[found] = index
        if not any(role in roles for role in COUNT_COLUMNS):
            raise InputError("batch.no_header", subject=source, header=", ".join(header))
        taken = set(roles.values())
        passthrough = [(index, name) for index, name in enumerate(header) if index not in taken]
        return cls(roles, passthrough)


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


def _count_cell(value: Any, column: str, style: _ColumnStyle) -> int | None:
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


def _ceil_ratio(numerator: int, denominator: int) -> int:
    return -((-numerator) // denominator)


@dataclass
class Totals:
    population: int = 0
    registered: int = 0
    active: int = 0
    rows: int = 0
    errors: int = 0
    has: set[str] = field(default_factory=set)

    def add(self, population: int | None, registered: int | None, active: int | None) -> None:
        """Count one readable row: its counts go into the sums (the total's, a subtotal's)."""
        self.rows += 1
        if population is not None:
            self.population += population
            self.has.add("population")
        if registered is not None:
            self.registered += registered
            self.has.add("registered")
        if active is not None:
            self.active += active
            self.has.add("active")


def compute_row(
    population: int | None,
    registered: int | None,
    active: int | None,
    options: BatchOptions,
    out: Record | None = None,
) -> Record:
    """Every gap for one region's counts, with integers only, into ``out`` (a new record
    without one). Raises InputError when the counts cannot stand together (active above
    registered, a zero population)."""
    cn, cd, an, ad = options.ratios
    if out is None:
        out = {}
    uhc: bool | None = None
    if population is not None and population <= 0:
        raise InputError("value.population_positive", column="population", text=str(population))
    if population is not None and registered is not None:
        required = -((-cn * population) // cd)
        out["coverage_pct"] = Cut4(registered * 1_000_000 // population)
        out["required_registered"] = required
        out["registrants_needed"] = required - registered if required > registered else 0
        out["surplus"] = registered - required if registered > required else 0
        uhc = registered >= required
        if registered > population:
            out["warning"] = "coverage above 100 %"
    elif population is not None:
        out["required_registered"] = _ceil_ratio(cn * population, cd)
    active_met: bool | None = None
    if active is not None:
        if registered is not None and active > registered:
            raise InputError(
                "active.above_registered",
                column="active",
                active=active,
                registered=registered,
            )
        base = registered if options.base is Base.PARTICIPANTS else population
        if base is not None and base > 0:
            required_active = -((-an * base) // ad)
            needed = required_active - active if required_active > active else 0
            out["activity_pct"] = Cut4(active * 1_000_000 // base)
            out["required_active"] = required_active
            out["active_needed"] = needed
            if options.base is Base.PARTICIPANTS:
                if active * ad >= an * base:
                    out["new_members_needed"] = 0
                elif an < ad:
                    out["new_members_needed"] = _ceil_ratio(an * base - ad * active, ad - an)
                else:
                    out["new_members_needed"] = None
            else:
                out["new_members_needed"] = needed
            active_met = needed == 0
        if registered is not None:
            out["inactive"] = registered - active
    out["uhc"] = uhc
    out["uhc_prioritas"] = None if uhc is None or active_met is None else uhc and active_met
    return out


OUTPUT_KEYS = (
    "coverage_pct",
    "required_registered",
    "registrants_needed",
    "surplus",
    "activity_pct",
    "required_active",
    "active_needed",
    "new_members_needed",
    "inactive",
    "uhc",
    "uhc_prioritas",
)


def _blank(keys: Iterable[str]) -> Record:
    return dict.fromkeys(keys)


RESERVED = frozenset(
    {
        "row",
        "source",
        "region",
        "code",
        *COUNT_COLUMNS,
        *OUTPUT_KEYS,
        "warning",
        "consistent",
        "check",
        "error",
        "total",
    }
)


class RegionRows:
    """One output record per input row of one table, in input order."""

    def __init__(self, table: Table, options: BatchOptions, *, with_source: bool) -> None:
        self.table = table
        self.options = options
        self.columns = Columns.find(
            table.header, options.columns, table.source, published=options.check
        )
        self.present = [role for role in COUNT_COLUMNS if role in self.columns.roles]
        # An input column whose name the output uses for itself keeps its text, renamed.
        self.passthrough = [
            (index, f"{name} (input)" if name in RESERVED else name)
            for index, name in self.columns.passthrough
        ]
        check_keys = ("consistent", "check") if options.check else ()
        self.keys: tuple[str, ...] = (
            "row",
            *(("source",) if with_source else ()),
            "region",
            "code",
            *COUNT_COLUMNS,
            *[name for _, name in self.passthrough],
            *OUTPUT_KEYS,
            "warning",
            *check_keys,
            "error",
            "total",
        )

    def records(
        self, totals: Totals, keys: tuple[str, ...], on_row: Callable[[], None] | None = None
    ) -> Iterator[Record]:
        """The records under ``keys`` (several files share one set); ``totals`` sums the
        rows that could be read."""
        roles = self.columns.roles
        header = self.table.header
        options = self.options
        passthrough = self.passthrough
        present = self.present
        totals.has.update(present)  # a column the file has totals even when all empty
        text_roles = [(role, roles[role]) for role in ("region", "code") if role in roles]
        count_specs = [(role, roles[role], header[roles[role]], _ColumnStyle()) for role in present]
        width = len(header)
        for line, cells in self.table.rows:
            if on_row is not None:
                on_row()
            record = dict.fromkeys(keys)
            record["row"] = line
            if "source" in record:
                record["source"] = self.table.source
            if len(cells) == 1 and isinstance(cells[0], InputError):
                record["error"] = cells[0]
                totals.errors += 1
                yield record
                continue
            if len(cells) < width:
                cells = [*cells, *([None] * (width - len(cells)))]
            code_as_number = None
            for text_role, index in text_roles:
                value = cells[index]
                record[text_role] = None if value is None else str(value)
                if text_role == "code" and isinstance(value, int | float | Decimal):
                    code_as_number = str(value)
            for index, name in passthrough:
                record[name] = cells[index]
            try:
                for role, index, column, style in count_specs:
                    cell = cells[index]
                    # Plain digits, the common case of a long file, skip the full reader.
                    if type(cell) is str and cell.isdigit() and cell.isascii():
                        record[role] = int(cell)
                    else:
                        record[role] = _count_cell(cell, column, style)
                if len(cells) > width and any(str(cell).strip() for cell in cells[width:]):
                    raise InputError("batch.extra_cells", count=len(cells) - width)
                population, registered, active = (
                    record["population"],
                    record["registered"],
                    record["active"],
                )
                compute_row(population, registered, active, options, out=record)
                if options.check:
                    record.update(_check_row(cells, roles, header, record, options))
            except InputError as error:
                for key in (*COUNT_COLUMNS, *OUTPUT_KEYS, "warning"):
                    record[key] = None  # half-read figures would mislead
                record["error"] = error
                totals.errors += 1
                yield record
                continue
            if code_as_number is not None:
                # 61.10 stored as a number reads 61.1: another region. Say so, keep the row.
                note = f"code {code_as_number} was stored as a number: digits may be lost"
                record["warning"] = f"{record['warning']}; {note}" if record["warning"] else note
            totals.add(population, registered, active)
            yield record


def _check_row(
    cells: list[Any],
    roles: dict[str, int],
    header: list[str],
    counts: Record,
    options: BatchOptions,
) -> Record:
    """Published percentages beside the counts: do they agree? (``--check``)"""
    from jkngap.agreement import check

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


def total_record(
    totals: Totals, options: BatchOptions, *, label: str, kind: str, keys: Iterable[str]
) -> Record:
    """The total of the good rows, computed from the summed counts, never from averages."""
    record = _blank(keys)
    record["region"] = label
    record["total"] = kind
    sums = {role: getattr(totals, role) for role in COUNT_COLUMNS if role in totals.has}
    record.update(sums)
    if totals.rows and sums.get("population", 1) > 0:
        record.update(
            compute_row(sums.get("population"), sums.get("registered"), sums.get("active"), options)
        )
    return record


def falls_short(record: Record) -> bool:
    """A region that falls short: UHC Prioritas not met where activity is known, else UHC
    not met (a row with neither verdict, or unreadable, is not counted)."""
    verdict = record.get("uhc_prioritas")
    if verdict is None:
        verdict = record.get("uhc")
    return verdict is False


def _unmet(record: Record) -> bool:
    """What --only-unmet keeps: the regions that fall short, and the rows that could not be
    read (nobody can say those are fine)."""
    return record.get("error") is not None or falls_short(record)


def _sort_key(column: str) -> Callable[[Record], tuple[int, Any]]:
    def key(record: Record) -> tuple[int, Any]:
        value = record.get(column)
        if value is None or isinstance(value, InputError):
            return (2, 0)  # empty and unreadable last, whichever way the sort goes
        if isinstance(value, int | Decimal | Fraction):
            return (0, value)
        return (1, str(value).casefold())

    return key


@dataclass
class BatchRun:
    """Everything ``jkngap batch`` computes, as records to write: the rows (filtered,
    sorted, grouped as asked), then the total. ``totals.errors`` counts unreadable rows."""

    keys: tuple[str, ...]
    totals: Totals
    records: Iterator[Record]


# A file this large gets a progress bar, where the caller can show one.
PROGRESS_BYTES = 8 * 1024 * 1024
Progress = Callable[[Callable[[], int], int], Any]  # (bytes read, total) -> context manager


def open_inputs(
    names: list[str],
    stack: contextlib.ExitStack,
    *,
    stdin: IO[bytes],
    encoding: str = "utf-8-sig",
    delimiter: str | None = None,
    sheet: str | None = None,
    progress: Progress | None = None,
) -> tuple[list[Table], Callable[[], None] | None]:
    """Open every input (``-`` is ``stdin``), closed by ``stack``; with ``progress``, files
    of PROGRESS_BYTES or more get a progress bar, and the per-row callback is returned."""
    streams: list[tuple[str, IO[bytes]]] = []
    size = 0
    for name in names:
        if name == "-":
            streams.append((name, stdin))
            continue
        try:
            handle = stack.enter_context(open(name, "rb"))  # noqa: SIM115 - closed by the stack
        except OSError as error:
            raise InputError(
                "batch.file_missing", subject=name, reason=error.strerror or str(error)
            ) from None
        size += os.fstat(handle.fileno()).st_size
        streams.append((name, handle))
    on_row = None
    if progress is not None and size >= PROGRESS_BYTES:
        counted = [(name, CountingReader(stream)) for name, stream in streams]
        # A counting reader is buffered by read_table like any other raw stream.
        streams = [(name, cast(IO[bytes], reader)) for name, reader in counted]
        on_row = stack.enter_context(
            progress(lambda: sum(reader.count for _, reader in counted), size)
        )
    tables = []
    for name, stream in streams:
        table = read_table(
            stream,
            source=name,
            name="" if name == "-" else name,
            encoding=encoding,
            delimiter=delimiter,
            sheet=sheet,
        )
        stack.callback(table.close)
        tables.append(table)
    return tables, on_row


def run(
    tables: list[Table],
    options: BatchOptions,
    *,
    sort: str | None = None,
    reverse: bool = False,
    only_unmet: bool = False,
    group_by: str | None = None,
    with_total: bool = True,
    on_row: Callable[[], None] | None = None,
) -> BatchRun:
    """Compute every row of every table. Streams unless ``sort`` or ``group_by`` need
    the rows together."""
    sources = [RegionRows(table, options, with_source=len(tables) > 1) for table in tables]
    keys: list[str] = []
    for source in sources:
        keys.extend(key for key in source.keys if key not in keys)
    # The computed columns and the bookkeeping go last, in one order for every file.
    tail = [
        key
        for key in (*OUTPUT_KEYS, "warning", "consistent", "check", "error", "total")
        if key in keys
    ]
    ordered = tuple([key for key in keys if key not in tail] + tail)
    for column in (sort, group_by):
        if column is not None and column not in ordered:
            raise InputError(
                "batch.unknown_column",
                subject="--sort" if column == sort else "--group-by",
                name=column,
                known=", ".join(ordered),
            )
    totals = Totals()

    def rows() -> Iterator[Record]:
        for source in sources:
            yield from source.records(totals, ordered, on_row)

    def everything() -> Iterator[Record]:
        stream: Iterable[Record] = rows()
        if only_unmet:
            stream = filter(_unmet, stream)
        if sort is not None:
            stream = sorted(stream, key=_sort_key(sort), reverse=reverse)
            if reverse:  # keep empty and unreadable values last either way
                stream = [r for r in stream if _sort_key(sort)(r)[0] < 2] + [
                    r for r in stream if _sort_key(sort)(r)[0] == 2
                ]
        if group_by is not None:
            yield from _grouped(stream, group_by, options, ordered)
        else:
            yield from stream
        if with_total:
            yield total_record(totals, options, label="Total", kind="all", keys=ordered)

    return BatchRun(ordered, totals, everything())


def _group_name(value: Any) -> str:
    """A group's name as machine formats write its value: true/false, text, or empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _grouped(
    records: Iterable[Record], column: str, options: BatchOptions, keys: tuple[str, ...]
) -> Iterator[Record]:
    """Each group's rows (groups in order of first appearance), then its subtotal."""
    groups: dict[str, list[Record]] = {}
    for record in records:
        groups.setdefault(_group_name(record.get(column)), []).append(record)
    for name, members in groups.items():
        yield from members
        subtotal = Totals()
        for record in members:
            if record.get("error") is None:
                subtotal.add(record["population"], record["registered"], record["active"])
        total = total_record(subtotal, options, label=name, kind="group", keys=keys)
        total[column] = name
        yield total
