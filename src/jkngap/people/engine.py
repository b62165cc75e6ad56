"""Every SQL statement of ``jkngap match``: lists of people read, matched by NIK and counted
per desa by DuckDB, embedded, in the run's private folder.

DuckDB is imported here alone, and only when a match runs. It is shut in: it may read the
input files and the private folder and nothing else, load no extension, and its settings
are locked once made. Its memory is capped (``memory_limit``; past it, it spills into the
private folder) and so are its threads. An error it raises is never passed on as it is:
DuckDB quotes the line it could not read, which holds a NIK; :func:`sanitised` keeps the
kind of error and drops the rest.

The rules are :mod:`jkngap.core.nik` and :mod:`jkngap.core.match`: the NIK check is that
module's, written again in SQL (a property test holds the two equal); statuses, segments
and deciles are few distinct values, each read once by the core's own functions and the
answers given back to SQL (as lists of the cells that read one way, or small tables).

Each list becomes one table of its rows (a row's problem as a byte, its NIK as a number,
the columns it has), in the file's order, so that a row's number is its place; then one
table of its people (a row per NIK). The counts are a few statements over those; lists of
people are worked out only when asked.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from jkngap.core.errors import Field, InputError
from jkngap.core.match import (
    CATEGORIES,
    DAMAGED_REASONS,
    INVALID_REASONS,
    RAW_KEYS,
    ROLES,
    Counted,
    ListSummary,
    available_counts,
    key_mode,
    read_decile,
    read_segment,
    read_status,
    refuse_unusable,
)
from jkngap.core.model import Note
from jkngap.core.nik import scrub
from jkngap.people.columns import ListColumns, find_columns
from jkngap.people.private import shown_path
from jkngap.people.textlists import ENCODINGS, HEADER_BYTES, Source, known_encoding, text_list

__all__ = ["Engine", "Known", "Loaded", "Source", "sanitised"]

Known = Callable[[Iterable[str]], Collection[str]]  # the codes of some that the register has

# What DuckDB says, kept to its kind: the first line, and never past what it quotes.
_QUOTING = ("Original Line", "LINE ", "csv_line", "Detected row")
WORKBOOK_EXTENSIONS = (".xlsx", ".xlsm")
PARQUET_EXTENSIONS = (".parquet", ".pq")
NUMERIC = "__jkngap_numeric"  # a workbook's own column: its NIK cell was a number
# The characters core.nik strips from a cell's edges: space, tab, CR, LF, no-break space
# (written into the literal itself: built with chr(), DuckDB builds it again for every row).
_EDGES = "' \t\r\n\u00a0'"


def sanitised(error: BaseException) -> str:
    """A library's error as a message may show it: its first line, nothing it quotes from
    a file, no digits or hashes that could be a NIK."""
    text = str(error)
    for mark in _QUOTING:
        text = text.split(mark, 1)[0]
    first = text.strip().splitlines()[0] if text.strip() else type(error).__name__
    return scrub(first, most=200)


# What DuckDB says of a file a user can hand it (a CSV it cannot split into cells, a line
# past the limit, a file that is no Parquet), matched by its words.
_LINE_LIMIT = re.compile(r"Maximum line size of (\d+) bytes exceeded")
_NOT_PARQUET = (
    "too small to be a Parquet file",
    "No magic bytes found at end of file",
    "Footer length error",
)


def engine_reason(error: BaseException) -> Note | str:
    """Why DuckDB could not read a list, in the catalogue's words where a bad file is the
    cause; else its own words, sanitised (English: no catalogue has them)."""
    said = str(error)
    if "Error when sniffing file" in said:  # its dialect could not be found: no table
        return Note("reason.csv_dialect")
    limit = _LINE_LIMIT.search(said)
    if limit is not None:
        return Note("reason.line_past_limit", {"most": int(limit[1])})
    if any(mark in said for mark in _NOT_PARQUET):
        return Note("reason.not_parquet")
    return sanitised(error)


@dataclass(frozen=True)
class Stats:
    """What one look over a list's table found (blank rows and unreadable lines aside)."""

    rows: int  # rows not blank
    blank: int
    valid: int  # rows with a valid NIK
    damaged: int
    placed: int  # rows with a desa code
    hashes: int  # NIK cells that are hashes
    plain: int  # NIK cells that are NIKs, valid or damaged
    problems: list[tuple[str, int | None, int]]  # (reason, desa, rows) of rows not valid
    values: dict[str, dict[str | None, int]]  # status, segment, decile, area: cell -> rows


@dataclass
class Loaded:
    """A list read into the database: its table, what it holds, and how it was read."""

    source: Source
    table: str
    columns: ListColumns
    hashed: bool
    rejected: list[int]  # lines the reader could not split into cells
    shown: str  # the file as messages name it
    stats: Stats
    undecoded: list[int] = field(default_factory=list)  # of those, lines not UTF-8


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _canonical_slow(expression: str) -> str:
    """core.nik.canonical in SQL: edges stripped, one leading apostrophe, inner spaces."""
    stripped = f"trim({expression}, {_EDGES})"
    return (
        f"replace(CASE WHEN starts_with({stripped}, '''') THEN substr({stripped}, 2) "
        f"ELSE {stripped} END, ' ', '')"
    )


def _canonical(expression: str) -> str:
    """The same, 16 digits (as nearly every cell is) taken as they are without looking
    further."""
    sixteen = f"regexp_full_match({expression}, '[0-9]{{16}}')"
    return f"(CASE WHEN {sixteen} THEN {expression} ELSE {_canonical_slow(expression)} END)"


def _date_reason(digits: str, number: str | None = None) -> str:
    """Sixteen digits' date (DDMMYY, 40 added to a woman's day) and serial: 'date' where
    the date is not real, 'serial' where the serial is 0000, else NULL. ``number``: the
    sixteen digits as a number, where a column holds it (whole-number arithmetic is
    cheaper than cutting text)."""
    if number is None:
        x = f"CAST(substr({digits}, 7, 6) AS INTEGER)"
        no_serial = f"right({digits}, 4) = '0000'"
    else:
        x = f"(({number} // 10000) % 1000000)"
        no_serial = f"{number} % 10000 = 0"
    day = f"(({x} // 10000) - CASE WHEN {x} // 10000 > 40 THEN 40 ELSE 0 END)"
    month = f"(({x} // 100) % 100)"
    year = f"({x} % 100)"
    last = (
        f"(CASE WHEN {month} = 2 THEN (CASE WHEN {year} % 4 = 0 THEN 29 ELSE 28 END) "
        f"WHEN {month} IN (4, 6, 9, 11) THEN 30 ELSE 31 END)"
    )
    return (
        f"(CASE WHEN NOT ({month} BETWEEN 1 AND 12 AND {day} >= 1 AND {day} <= {last}) "
        f"THEN 'date' WHEN {no_serial} THEN 'serial' END)"
    )


def _reason_plain(t: str, numeric: str, sixteen: str, number: str | None = None) -> tuple[str, str]:
    """core.nik.check_nik in SQL, over canonical text ``t`` (``sixteen``: whether it is 16
    digits, and ``number`` those digits as a number, where columns hold them): NULL where
    the NIK is valid, else the reason it is not; and the NIK as a number, where valid."""
    text_number = f"regexp_full_match({t}, '[0-9]+[.,]0+')"
    u = f"(CASE WHEN {text_number} THEN regexp_extract({t}, '^[0-9]+') ELSE {t} END)"
    slow = f"""(CASE
        WHEN {t} IS NULL OR {t} = '' THEN 'missing'
        WHEN regexp_full_match({t}, '[0-9]([.,][0-9]+)?[eE]\\+?[0-9]+') THEN 'scientific'
        WHEN ({numeric} OR {text_number}) AND regexp_full_match({u}, '[0-9]{{15}}0')
            THEN 'rounded'
        WHEN NOT regexp_full_match({u}, '[0-9]{{16}}') THEN
            (CASE WHEN regexp_full_match({u}, '[0-9]+') THEN 'length' ELSE 'characters' END)
        ELSE {_date_reason(u)}
        END)"""
    last_zero = f"{number} % 10 = 0" if number else f"right({t}, 1) = '0'"
    fast = (
        f"(CASE WHEN {numeric} AND {last_zero} THEN 'rounded' ELSE {_date_reason(t, number)} END)"
    )
    reason = f"(CASE WHEN {sixteen} THEN {fast} ELSE {slow} END)"
    whole = number or f"CAST({t} AS BIGINT)"
    return reason, f"(CASE WHEN {sixteen} THEN {whole} ELSE CAST({u} AS BIGINT) END)"


def _reason_hashed(t: str) -> str:
    return f"""(CASE
        WHEN regexp_full_match(lower({t}), '[0-9a-f]{{64}}') THEN NULL
        WHEN {t} IS NULL OR {t} = '' THEN 'missing'
        ELSE 'characters' END)"""


def _told(column: str | None) -> str:
    """A hashed list's nik_check column: the reason it gives, where it gives one."""
    if column is None:
        return "NULL"
    text = f"trim({column}, {_EDGES})"
    invalid = "|".join(INVALID_REASONS)
    damaged = "|".join(DAMAGED_REASONS)
    pattern = f"(invalid:({invalid}))|(damaged:({damaged}))"
    return f"(CASE WHEN regexp_full_match({text}, '{pattern}') THEN split_part({text}, ':', 2) END)"


def _desa(column: str | None) -> str:
    """core.match.desa_code in SQL, as a number (its ten digits): smaller to hold."""
    if column is None:
        return "CAST(NULL AS BIGINT)"
    dotted = "'[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}'"
    t = f"trim({column}, {_EDGES})"
    return f"""(CASE
        WHEN regexp_full_match({column}, {dotted}) THEN CAST(replace({column}, '.', '') AS BIGINT)
        WHEN regexp_full_match({t}, {dotted}) THEN CAST(replace({t}, '.', '') AS BIGINT)
        WHEN regexp_full_match({t}, '[0-9]{{10}}') THEN CAST({t} AS BIGINT)
        END)"""


def _code(desa: int | None) -> str | None:
    """A desa code held as its ten digits, as the register writes it (in Python)."""
    if desa is None:
        return None
    digits = f"{desa:010d}"
    return f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}.{digits[6:]}"


def desa_text(column: str) -> str:
    """A desa code held as its ten digits, as the register writes it."""
    digits = f"lpad(CAST({column} AS VARCHAR), 10, '0')"
    return (
        f"(substr({digits}, 1, 2) || '.' || substr({digits}, 3, 2) || '.' || "
        f"substr({digits}, 5, 2) || '.' || substr({digits}, 7, 4))"
    )


# The core's readers of the few distinct cells of these columns.
READERS: dict[str, Callable[[object], object]] = {
    "status": read_status,
    "segment": read_segment,
    "decile": read_decile,
}
# The columns of a list's rows as the engine gives them, each with its type where empty.
LIST_FIELDS = {
    "code": "VARCHAR",
    "kk": "VARCHAR",
    "nik": "VARCHAR",
    "list": "VARCHAR",
    "list_order": "INTEGER",
    "row": "BIGINT",
    "line": "BIGINT",
    "copies": "BIGINT",
    "reason": "VARCHAR",
    "active": "BOOLEAN",
    "segment": "VARCHAR",
    "decile": "TINYINT",
}
# The people of the population list each category holds (core.match's rules).
_PERSON_LISTS = {
    "not-registered": "NOT x.registered",
    "takeover": "x.registered AND x.inactive_pbpu AND x.decile <= 5",
    "region-paid-high-decile": "x.registered AND x.paid AND x.decile >= 6",
    "unregistered-low-decile": "NOT x.registered AND x.decile <= 5",
}


_DAMAGED = ", ".join(f"'{reason}'" for reason in DAMAGED_REASONS)
# Why a row's NIK is not matched, held in a list's table as a small number (NULL where the
# NIK is valid): a byte a row, where the reason's text would take sixteen.
PROBLEMS = (*INVALID_REASONS, *DAMAGED_REASONS, "blank")
_NUMBER = {reason: index + 1 for index, reason in enumerate(PROBLEMS)}
BLANK = _NUMBER["blank"]


def _numbers(reasons: Iterable[str]) -> str:
    return ", ".join(str(_NUMBER[reason]) for reason in reasons)


_INVALID_NUMBERS = _numbers(INVALID_REASONS)
_DAMAGED_NUMBERS = _numbers(DAMAGED_REASONS)


def _problem_number(text: str) -> str:
    """A reason's text as its number."""
    cases = " ".join(f"WHEN '{reason}' THEN {number}" for reason, number in _NUMBER.items())
    return f"CAST((CASE {text} {cases} END) AS UTINYINT)"


def _problem_text(number: str) -> str:
    """A reason's number as its text."""
    cases = " ".join(f"WHEN {number_} THEN '{reason}'" for reason, number_ in _NUMBER.items())
    return f"(CASE {number} {cases} END)"


# A person of a list placed: in the population list's desa where they are in it, else
# where their own list says.
_PLACED = "CASE WHEN p.key IS NOT NULL THEN p.desa ELSE x.desa END"


def _select(source: str, role: str, **values: str | None) -> str:
    """Rows of ``role``'s list from ``source``: every one of LIST_FIELDS, the list named
    and ordered by its role, NULL where not given."""
    values.update(list=_literal(role), list_order=str(ROLES.index(role)))
    columns = [
        f"CAST({values.get(name) or 'NULL'} AS {kind}) AS {name}"
        for name, kind in LIST_FIELDS.items()
    ]
    return f"SELECT {', '.join(columns)} FROM {source}"


# A column's distinct cells are tested against lists of their own as long as they are few.
FEW = 256


def _among(column: str, texts: Sequence[str]) -> str:
    """SQL: whether ``column`` is one of ``texts`` (cells of the list itself, as quoted
    literals)."""
    if not texts:
        return "false"
    return f"({column} IN ({', '.join(map(_literal, sorted(texts)))}))"


# The columns a list's table may hold besides problem, nik and raw, each only where the
# list has what it is made from (a column of NULLs still costs memory, row by row).
STORED = ("desa", "kk_number", "kk_text", "status", "segment", "decile")


def _stored(columns: ListColumns) -> frozenset[str]:
    roles = set(columns.roles)
    found: set[str] = {n for n in ("desa", "status", "segment", "decile") if n in roles}
    if roles & {"kk", "kk_hash"}:
        found |= {"kk_number", "kk_text"}
    return frozenset(found)


@dataclass(frozen=True)
class _Scan:
    """How DuckDB reads one file: the table function, the file's headers and the names
    SQL gives them, Parquet's column types, and whether the NIK cell was a number."""

    sql: str
    headers: list[str]
    names: list[str]
    types: dict[str, str]
    numeric: str  # SQL: true where a workbook's NIK cell was a number
    text: bool  # a text file, whose unreadable lines DuckDB keeps

    def cell(self, header: str) -> str:
        """A column as text, whatever type a Parquet file gave it (a whole number's
        digits, as core.match.cell_text writes them)."""
        name = _quote(self.names[self.headers.index(header)])
        kind = self.types.get(header, "VARCHAR")
        if kind == "VARCHAR":
            return name
        if kind in ("FLOAT", "DOUBLE") or kind.startswith("DECIMAL"):
            return (
                f"(CASE WHEN {name} = trunc({name}) AND abs({name}) < 1e20 "
                f"THEN CAST(CAST({name} AS HUGEINT) AS VARCHAR) "
                f"ELSE CAST({name} AS VARCHAR) END)"
            )
        if kind == "BOOLEAN":
            return f"upper(CAST({name} AS VARCHAR))"
        return f"CAST({name} AS VARCHAR)"

    def numeric_of(self, header: str) -> str:
        """SQL: whether a cell of this column was a number that may have lost digits: a
        workbook's number cell, a Parquet column of floating point or decimal numbers
        (a column of integers holds every digit: its NIKs are read as written)."""
        kind = self.types.get(header)
        if kind is None:
            return self.numeric
        inexact = kind in ("FLOAT", "DOUBLE", "REAL") or kind.startswith("DECIMAL")
        return "true" if inexact else "false"


class Engine:
    """A DuckDB database in memory, shut in to the inputs and the private folder."""

    def __init__(
        self,
        folder: Path,
        inputs: Sequence[str],
        *,
        memory_limit: str = "1536MB",
        threads: int = 2,
        key: bytes | None = None,
    ) -> None:
        try:
            import duckdb
        except ImportError:
            raise InputError("match.needs_duckdb", extra="jkngap[match]") from None
        self.duckdb = duckdb
        self.folder = folder
        self.key = key
        self.loaded: dict[str, Loaded] = {}
        self.mode = "digits"
        spill = folder / "spill"
        spill.mkdir(mode=0o700)
        try:
            self.con = duckdb.connect(
                ":memory:",
                config={
                    "threads": threads,
                    "memory_limit": memory_limit,
                    "temp_directory": str(spill),
                    "autoinstall_known_extensions": False,
                    "autoload_known_extensions": False,
                    "allow_community_extensions": False,
                    "preserve_insertion_order": True,
                },
            )
        except duckdb.Error as error:
            refused: str | None = sanitised(error)
        else:
            refused = None
        if refused is not None:
            raise InputError("match.engine_settings", field="memory_limit", reason=refused)
        paths = [os.path.realpath(path) for path in inputs]
        self.run("SET allowed_paths = " + "[" + ", ".join(map(_literal, paths)) + "]")
        self.run(f"SET allowed_directories = [{_literal(str(folder.resolve()) + '/')}]")
        self.run("SET enable_progress_bar = false")  # nothing printed: jkngap says what it says
        self.run("SET enable_external_access = false")
        self.run("SET lock_configuration = true")
        if key is not None:
            self._hmac(key)

    def close(self) -> None:
        self.con.close()

    def interrupt(self) -> None:
        """Stop the statement running (from another thread: SIGTERM's)."""
        self.con.interrupt()

    def run(
        self, sql: str, parameters: Sequence[Any] | None = None, *, path: str | None = None
    ) -> Any:
        """One statement; DuckDB's error becomes jkngap's, naming the file, never a NIK."""
        failure: tuple[str, Note | str] | None = None
        try:
            return self.con.execute(sql, parameters)
        except self.duckdb.OutOfMemoryException as error:
            failure = ("match.engine_memory", sanitised(error))
        except self.duckdb.InterruptException:
            failure = ("", "")
        except self.duckdb.Error as error:
            failure = ("match.engine_failed", engine_reason(error))
        except RuntimeError as error:  # what DuckDB's Python raises when Ctrl-C stops it
            if "interrupt" not in str(error).lower():
                raise
            failure = ("", "")
        if not failure[0]:
            raise KeyboardInterrupt
        # Raised outside the handler, so that DuckDB's own text is not its context.
        key, reason = failure
        if path is not None:
            raise InputError(key, path=path, reason=reason)
        raise InputError(
            key, field="memory_limit" if key.endswith("memory") else None, reason=reason
        )

    def _hmac(self, key: bytes) -> None:
        """HMAC-SHA256 as a SQL macro, the key held in two variables set by parameters (so
        that it is in no statement's text, and no error can quote it)."""
        import hashlib

        block = hashlib.sha256(key).digest() if len(key) > 64 else key
        block = block.ljust(64, b"\0")
        self.run("SET VARIABLE jkngap_ipad = ?", [bytes(b ^ 0x36 for b in block)])
        self.run("SET VARIABLE jkngap_opad = ?", [bytes(b ^ 0x5C for b in block)])
        self.run(
            "CREATE MACRO jkngap_hmac(x) AS sha256(getvariable('jkngap_opad') || "
            "unhex(sha256(getvariable('jkngap_ipad') || encode(x))))"
        )

    # Reading -----------------------------------------------------------------------

    def load(self, source: Source) -> Loaded:
        """Read one list into its table, each row's NIK checked, its desa code read."""
        shown = shown_path(source.path)
        named = known_encoding(source.encoding)
        if named is None:
            raise InputError(
                "match.encoding_unknown",
                field="encoding",
                text=scrub(source.encoding),
                known=", ".join(ENCODINGS),
            )
        source = replace(source, encoding=named)
        scan = self._scan(source, shown)
        columns = find_columns(scan.headers, source.role, source.columns, shown)
        table = source.role
        hashed = columns.hashed
        self._create(table, scan, columns, hashed, shown)
        stats = self._stats(table, columns, hashed, shown)
        if not hashed and stats.hashes and not stats.plain:
            # Hashes under a NIK column's name: the list is hashed.
            hashed = True
            self._create(table, scan, columns, hashed, shown)
            stats = self._stats(table, columns, hashed, shown)
        if stats.plain and (stats.hashes or columns.hashed):
            raise InputError(
                "match.mixed_hashed", path=shown, hashed=stats.hashes, plain=stats.plain
            )
        rejected, undecoded = self._rejected() if scan.text else ([], [])
        if undecoded and not stats.valid + stats.damaged:  # no NIK read: another encoding
            raise InputError(
                "match.encoding",
                path=shown,
                line=undecoded[0],
                encoding="utf-8",
                encoding_option=Field("encoding"),
            )
        refuse_unusable(
            source.role,
            shown,
            rows=stats.rows + len(rejected),
            niks=stats.valid + stats.damaged,
            placed=stats.placed,
            nik_column=scrub(columns.nik),
            desa_column=scrub(columns.roles.get("desa", "")),
        )
        loaded = Loaded(source, table, columns, hashed, rejected, shown, stats, undecoded)
        self.loaded[source.role] = loaded
        return loaded

    def _scan(self, source: Source, shown: str) -> _Scan:
        """How DuckDB reads the file: by its extension, a workbook through a CSV of its
        own in the private folder (its NIK cells' being numbers kept in a column)."""
        extension = Path(source.path).suffix.lower()
        if extension in WORKBOOK_EXTENSIONS:
            from jkngap.people.workbook import workbook_csv

            converted, header = workbook_csv(source, self.folder, shown)
            scan = self._csv_scan(str(converted), ",", "utf-8", [*header, NUMERIC])
            numeric = f"({_quote(scan.names[-1])} = '1')"
            return _Scan(scan.sql, header, scan.names[:-1], {}, numeric, text=True)
        if extension in PARQUET_EXTENSIONS:
            sql = f"read_parquet({_literal(source.path)})"
            described = self.run(f"DESCRIBE SELECT * FROM {sql}", path=shown).fetchall()
            headers = [str(row[0]) for row in described]
            types = {str(row[0]): str(row[1]).upper() for row in described}
            return _Scan(sql, headers, headers, types, "false", text=False)
        read, delimiter, header = text_list(source, self.folder, shown)
        return self._csv_scan(read.path, delimiter, read.encoding, header)

    @staticmethod
    def _csv_scan(path: str, delimiter: str, encoding: str, header: list[str]) -> _Scan:
        names = [f"c{index}" for index in range(len(header))]
        options = ", ".join(
            [
                _literal(path),
                "all_varchar = true",
                "header = true",
                f"delim = {_literal(delimiter)}",
                "quote = '\"'",
                "escape = '\"'",
                f"encoding = {_literal(encoding)}",
                "store_rejects = true",
                "rejects_table = 'jkngap_rejects'",
                "rejects_scan = 'jkngap_scans'",
                f"max_line_size = {HEADER_BYTES}",
                "names = [" + ", ".join(map(_literal, names)) + "]",
            ]
        )
        return _Scan(f"read_csv({options})", header, names, {}, "false", text=True)

    def _create(
        self, table: str, scan: _Scan, columns: ListColumns, hashed: bool, shown: str
    ) -> None:
        """The list's table: each row's reason (NULL where its NIK is valid), its NIK (a
        number, or the hash), the text of a NIK that is not valid, desa, KK and the cells
        of status, segment and decile as written. Nearly every NIK and KK is 16 digits as
        written: that is looked at once, and the slow path taken only where it is not."""

        def cell(role: str) -> str | None:
            header = columns.roles.get(role)
            return None if header is None else scan.cell(header)

        nik_role = "nik_hash" if "nik_hash" in columns.roles else "nik"
        nik = cell(nik_role)
        assert nik is not None
        numeric = scan.numeric_of(columns.roles[nik_role])
        used = [c for c in (cell(role) for role in columns.roles) if c is not None]
        blank = " AND ".join(f"coalesce({c}, '') = ''" for c in used)
        if hashed:
            reason, key, key_type = _reason_hashed("t"), "lower(t)", "VARCHAR"
            told = _told(cell("nik_check"))
        else:
            reason, key = _reason_plain("t", "numeric", "sixteen", "number")
            key_type, told = "BIGINT", "CAST(NULL AS VARCHAR)"
        kk_role = "kk_hash" if "kk_hash" in columns.roles else "kk"
        kk = cell(kk_role) or "CAST(NULL AS VARCHAR)"
        kk_text = f"nullif({_canonical_slow('kk')}, '')"
        if kk_role == "kk_hash":
            kk_text = f"lower({kk_text})"
        extra = {
            role: cell(role) or "CAST(NULL AS VARCHAR)" for role in ("status", "segment", "decile")
        }
        valid = "NOT blank AND told IS NULL AND reason IS NULL"
        stored = _stored(columns)
        kept = ", ".join(name for name in STORED if name in stored)
        self.run(f"DROP TABLE IF EXISTS {table}")
        problem = _problem_number("CASE WHEN blank THEN 'blank' ELSE coalesce(told, reason) END")
        self.run(
            f"""
            CREATE TABLE {table} AS
            SELECT
                {problem} AS problem,
                CASE WHEN {valid} THEN CAST({key} AS {key_type}) END AS nik,
                CASE WHEN NOT ({valid}) AND NOT blank THEN raw END AS raw
                {", " + kept if kept else ""}
            FROM (
                SELECT *, {reason} AS reason
                FROM (
                    SELECT *, CASE WHEN sixteen THEN CAST(t AS BIGINT) END AS number
                    FROM (
                        SELECT *,
                            CASE WHEN raw16 THEN raw ELSE {_canonical_slow("raw")} END AS t,
                            CASE WHEN raw16 THEN true
                                ELSE regexp_full_match({_canonical_slow("raw")}, '[0-9]{{16}}')
                                END AS sixteen,
                            CASE WHEN kk16 THEN CAST(kk AS BIGINT) END AS kk_number,
                            CASE WHEN NOT kk16 THEN {kk_text} END AS kk_text
                        FROM (
                            SELECT
                                {nik} AS raw,
                                regexp_full_match({nik}, '[0-9]{{16}}') AS raw16,
                                {numeric} AS numeric,
                                {blank} AS blank,
                                {told} AS told,
                                {_desa(cell("desa"))} AS desa,
                                {kk} AS kk,
                                coalesce(regexp_full_match({kk}, '[0-9]{{16}}'), false) AS kk16,
                                {extra["status"]} AS status,
                                {extra["segment"]} AS segment,
                                {extra["decile"]} AS decile
                            FROM {scan.sql}
                        )
                    )
                )
            )
            """,
            path=shown,
        )

    def _stats(self, table: str, columns: ListColumns, hashed: bool, shown: str) -> Stats:
        """One look over a list's table (three statements) for everything the checks, the
        summary and the counts need of it besides its people."""
        if hashed:
            canonical = _canonical("raw")
            sixteen = f"regexp_full_match({canonical}, '[0-9]{{16}}')"
            reason, _ = _reason_plain(canonical, "false", sixteen)
            hashes = "nik IS NOT NULL"
            plain = f"raw IS NOT NULL AND ({reason} IS NULL OR {reason} IN ({_DAMAGED}))"
        else:
            text = f"lower({_canonical('raw')})"
            hashes = f"raw IS NOT NULL AND regexp_full_match({text}, '[0-9a-f]{{64}}')"
            plain = f"nik IS NOT NULL OR problem IN ({_DAMAGED_NUMBERS})"
        desa = "desa" if "desa" in columns.roles else "CAST(NULL AS BIGINT)"
        found = self.run(
            f"""SELECT count(*) FILTER (WHERE problem IS DISTINCT FROM {BLANK}),
                count(*) FILTER (WHERE problem = {BLANK}),
                count(*) FILTER (WHERE nik IS NOT NULL),
                count(*) FILTER (WHERE problem IN ({_DAMAGED_NUMBERS})),
                count(*) FILTER (WHERE {desa} IS NOT NULL),
                count(*) FILTER (WHERE {hashes}),
                count(*) FILTER (WHERE {plain})
            FROM {table}""",
            path=shown,
        ).fetchone()
        rows, blank, valid, damaged, placed, hash_cells, plain_cells = map(int, found)
        problems = [
            (PROBLEMS[int(number) - 1], None if code is None else int(code), int(count))
            for number, code, count in self.run(
                f"SELECT problem, {desa}, count(*) FROM {table} WHERE problem IS NOT NULL "
                f"AND problem <> {BLANK} GROUP BY ALL",
                path=shown,
            ).fetchall()
        ]
        sets: list[str] = [r for r in ("status", "segment", "decile") if r in columns.roles]
        area = "CAST(NULL AS BIGINT)" if hashed else "nik // 10000000000"  # digits 1-6
        if not hashed:
            sets.append("area")
        values: dict[str, dict[str | None, int]] = {role: {} for role in sets}
        if sets and valid:
            grouped = self.run(
                f"""SELECT {", ".join(f"GROUPING({role})" for role in sets)},
                    {", ".join(sets)}, count(*)
                FROM (SELECT *, {area} AS area FROM {table} WHERE nik IS NOT NULL)
                GROUP BY GROUPING SETS ({", ".join(f"({role})" for role in sets)})""",
                path=shown,
            ).fetchall()
            width = len(sets)
            for row in grouped:
                flags, cells, count = row[:width], row[width : 2 * width], row[-1]
                index = list(flags).index(0)  # the one set this row groups by
                value = cells[index]
                values[sets[index]][None if value is None else str(value)] = int(count)
        return Stats(
            rows=rows,
            blank=blank,
            valid=valid,
            damaged=damaged,
            placed=placed,
            hashes=hash_cells,
            plain=plain_cells,
            problems=problems,
            values=values,
        )

    def _rejected(self) -> tuple[list[int], list[int]]:
        """The lines of the last file read that could not be split into cells (once each),
        and those of them that are not UTF-8 (DuckDB's "invalid encoding")."""
        try:
            rows = self.con.execute(
                "SELECT line, bool_or(error_type = 'INVALID ENCODING') FROM jkngap_rejects "
                "GROUP BY line ORDER BY line"
            ).fetchall()
        except self.duckdb.Error:
            return [], []
        self.run("DELETE FROM jkngap_rejects")
        lines = [int(line) for line, _ in rows]
        return lines, [int(line) for line, undecoded in rows if undecoded]

    # Matching ----------------------------------------------------------------------

    def prepare(self) -> None:
        """Once every list is read: how NIKs are matched, and each list's people."""
        hashed = {role: loaded.hashed for role, loaded in self.loaded.items()}
        sources = {role: loaded.shown for role, loaded in self.loaded.items()}
        self.mode = key_mode(hashed, self.key, sources)
        self._maps()
        for role, loaded in self.loaded.items():
            self._people(role, loaded)

    def _key(self, loaded: Loaded, column: str = "nik") -> str:
        """A row's matching key: the NIK as a number, its keyed hash, or the hash given."""
        if self.mode == "digits" or loaded.hashed:
            return column
        return f"jkngap_hmac(lpad(CAST({column} AS VARCHAR), 16, '0'))"

    def _maps(self) -> None:
        """Statuses, segments and deciles as written, each read once by the core's rules."""
        kinds = {"status": "BOOLEAN", "segment": "VARCHAR", "decile": "TINYINT"}
        for column, reader in READERS.items():
            values = {
                value
                for loaded in self.loaded.values()
                for value in loaded.stats.values.get(column, {})
                if value is not None
            }
            self.run(f"CREATE OR REPLACE TABLE map_{column} (text VARCHAR, value {kinds[column]})")
            rows = [(value, reader(value)) for value in sorted(values)]
            if rows:
                self.con.executemany(f"INSERT INTO map_{column} VALUES (?, ?)", rows)

    def _people(self, role: str, loaded: Loaded) -> None:
        """One row per NIK of a list, its rows taken together (core.match.Person). The
        cells of status, segment and decile are few: each is tested against the list of
        those the core's readers read one way (no join), unless there are too many."""
        has = loaded.columns.roles
        parts = [
            f"{self._key(loaded)} AS key",
            "min(r.desa) AS desa" if "desa" in has else "CAST(NULL AS BIGINT) AS desa",
            "CAST(count(*) AS UINTEGER) AS copies",
        ]
        joins = ""
        values = loaded.stats.values
        few = all(len(values.get(name, {})) <= FEW for name in READERS)
        if "status" in has and few:
            read = {text: read_status(text) for text in values["status"] if text is not None}
            active = _among("r.status", [t for t, v in read.items() if v is True])
            known = _among("r.status", [t for t, v in read.items() if v is not None])
            parts += [
                f"coalesce(bool_or({active}), false) AS active",
                f"coalesce(bool_or({known}), false) AS status_known",
            ]
        elif "status" in has:
            parts += [
                "coalesce(bool_or(s.value), false) AS active",
                "count(s.value) > 0 AS status_known",
            ]
            joins += " LEFT JOIN map_status s ON r.status = s.text"
        if "segment" in has and few:
            read_ = {text: read_segment(text) for text in values["segment"] if text is not None}
            pbpu = _among("r.segment", [t for t, v in read_.items() if v == "pbpu"])
            apbd = _among("r.segment", [t for t, v in read_.items() if v == "pbi-apbd"])
            parts += [
                f"coalesce(bool_or({pbpu}), false) AS pbpu",
                f"coalesce(bool_or({apbd}), false) AS apbd",
            ]
        elif "segment" in has:
            parts += [
                "coalesce(bool_or(g.value = 'pbpu'), false) AS pbpu",
                "coalesce(bool_or(g.value = 'pbi-apbd'), false) AS apbd",
            ]
            joins += " LEFT JOIN map_segment g ON r.segment = g.text"
        if "decile" in has:
            parts.append("min(d.value) AS decile")
            joins += " LEFT JOIN map_decile d ON r.decile = d.text"
        self.run(
            f"CREATE OR REPLACE TABLE {role}_people AS SELECT {', '.join(parts)} "
            f"FROM {loaded.table} r{joins} WHERE r.nik IS NOT NULL GROUP BY 1",
            path=loaded.shown,
        )

    def _persons(self) -> str:
        """The population's people with what the other lists say of them, as a query."""
        m = self.loaded["members"].columns.roles
        columns = ["p.key", "p.desa", "p.copies", "m.key IS NOT NULL AS registered"]
        columns.append(
            "coalesce(m.active, false) AS active" if "status" in m else "false AS active"
        )
        if "status" in m and "segment" in m:
            columns.append(
                "coalesce(m.status_known AND NOT m.active AND m.pbpu, false) AS inactive_pbpu"
            )
        else:
            columns.append("false AS inactive_pbpu")
        paid = ["m.apbd"] if "segment" in m else []
        joins = " LEFT JOIN members_people m ON p.key = m.key"
        if "region_paid" in self.loaded:
            paid.append("rp.key IS NOT NULL")
            joins += " LEFT JOIN region_paid_people rp ON p.key = rp.key"
        columns.append(f"coalesce({' OR '.join(paid)}, false) AS paid" if paid else "false AS paid")
        if "welfare" in self.loaded:
            columns.append("w.decile AS decile")
            joins += " LEFT JOIN welfare_people w ON p.key = w.key"
        else:
            columns.append("CAST(NULL AS TINYINT) AS decile")
        return f"SELECT {', '.join(columns)} FROM population_people p{joins}"

    def counted(self, known: Known | None = None) -> Counted:
        """Every desa's counts (core.match.RAW_KEYS) and every list's summary."""
        desas: dict[str | None, dict[str, int]] = {}

        def add(rows: list[tuple[Any, ...]], keys: Sequence[str]) -> None:
            """Counts by desa (as its ten digits: formatted here, once per desa)."""
            for desa, *values in rows:
                counts = desas.setdefault(_code(desa), dict.fromkeys(RAW_KEYS, 0))
                for key, value in zip(keys, values, strict=True):
                    counts[key] += int(value or 0)

        add(
            self.run(
                f"""SELECT desa, count(*), sum(copies - 1),
                    count(*) FILTER (WHERE registered),
                    count(*) FILTER (WHERE registered AND active),
                    count(*) FILTER (WHERE NOT registered),
                    count(*) FILTER (WHERE NOT registered AND decile <= 5),
                    count(*) FILTER (WHERE registered AND inactive_pbpu AND decile <= 5),
                    count(*) FILTER (WHERE registered AND paid AND decile >= 6)
                FROM ({self._persons()}) GROUP BY 1"""
            ).fetchall(),
            (
                "people",
                "duplicate_nik",
                "registered",
                "active",
                "not_registered",
                "unregistered_low_decile",
                "takeover_candidates",
                "region_paid_high_decile",
            ),
        )
        add(
            self.run(
                "SELECT m.desa, count(*) FROM members_people m "
                "ANTI JOIN population_people p ON m.key = p.key GROUP BY 1"
            ).fetchall(),
            ("not_in_population",),
        )
        for role in ("members", "welfare", "region_paid"):
            if role in self.loaded:
                add(
                    self.run(
                        f"SELECT {_PLACED}, sum(x.copies - 1) FROM {role}_people x "
                        "LEFT JOIN population_people p ON x.key = p.key WHERE x.copies > 1 "
                        "GROUP BY 1"
                    ).fetchall(),
                    ("duplicate_nik",),
                )
        for role, loaded in self.loaded.items():
            counts_of = [
                (desa, count * (reason in INVALID_REASONS), count * (reason in DAMAGED_REASONS))
                for reason, desa, count in loaded.stats.problems
            ]
            keys = ("invalid_nik", "damaged_nik")
            add(counts_of, keys)
            if role == "population":
                add(counts_of, ("population_invalid", "population_damaged"))
            if loaded.rejected:
                unreadable = [(None, len(loaded.rejected), 0)]
                add(unreadable, keys)
                if role == "population":
                    add(unreadable, ("population_invalid", "population_damaged"))
        for counts in desas.values():
            counts.setdefault("people", 0)
        summaries = tuple(
            self._summary(self.loaded[role], known) for role in ROLES if role in self.loaded
        )
        columns = {role: set(loaded.columns.roles) for role, loaded in self.loaded.items()}
        return Counted(desas, summaries, available_counts(columns), self.mode)

    def _summary(self, loaded: Loaded, known: Known | None) -> ListSummary:
        stats = loaded.stats
        has = loaded.columns.roles
        reasons: dict[str, int] = {}
        for reason, _, count in stats.problems:
            reasons[reason] = reasons.get(reason, 0) + count
        if loaded.rejected:
            reasons["unreadable"] = len(loaded.rejected)
        found = self.run(f"SELECT count(*) FROM {loaded.source.role}_people").fetchone()
        people = int(found[0])

        def unknown(role: str) -> int | None:
            if role not in has:
                return None
            reader = READERS[role]
            return sum(
                count
                for value, count in stats.values[role].items()
                if value is None or reader(value) is None
            )

        area = None
        if known is not None and not loaded.hashed:
            areas = {
                f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}": count
                for digits, count in (
                    (str(value).zfill(6), count) for value, count in stats.values["area"].items()
                )
            }
            present = known(areas)
            area = sum(count for code, count in areas.items() if code not in present)
        invalid = sum(reasons.get(r, 0) for r in INVALID_REASONS)
        damaged = sum(reasons.get(r, 0) for r in DAMAGED_REASONS)
        return ListSummary(
            role=loaded.source.role,
            source=loaded.shown,
            hashed=loaded.hashed,
            columns=tuple((role, scrub(header)) for role, header in has.items()),
            rows=stats.valid + invalid + damaged,
            blank=stats.blank,
            valid=stats.valid,
            people=people,
            duplicate=stats.valid - people,
            invalid=invalid,
            damaged=damaged,
            unreadable=len(loaded.rejected),
            reasons=tuple(sorted(reasons.items())),
            no_desa=stats.rows - stats.placed if "desa" in has else None,
            unknown_area=area,
            status_unknown=unknown("status"),
            segment_unknown=unknown("segment"),
            decile_unknown=unknown("decile"),
        )

    # Lists -------------------------------------------------------------------------

    def _kk(self, loaded: Loaded, alias: str = "r") -> str:
        """A row's KK as lists show it: its text, its hash as given, or its keyed hash."""
        if not {"kk", "kk_hash"} & set(loaded.columns.roles):
            return "CAST(NULL AS VARCHAR)"
        text = f"coalesce(lpad(CAST({alias}.kk_number AS VARCHAR), 16, '0'), {alias}.kk_text)"
        if self.key is not None and "kk_hash" not in loaded.columns.roles:
            return f"jkngap_hmac({text})"
        return text

    @staticmethod
    def _desa_of(loaded: Loaded, alias: str = "r") -> str:
        return f"{alias}.desa" if "desa" in loaded.columns.roles else "CAST(NULL AS BIGINT)"

    def _nik_text(self, column: str) -> str:
        if self.mode == "digits":
            return f"lpad(CAST({column} AS VARCHAR), 16, '0')"
        return column

    def people(self, category: str) -> Iterator[tuple[Any, ...]]:
        """One category's people (LIST_FIELDS), in the order an agent visits: desa, KK,
        NIK, then list and row."""
        if category not in CATEGORIES:
            raise InputError(
                "match.list_unknown",
                field="lists",
                text=scrub(category),
                known=", ".join(CATEGORIES),
            )
        sql = self._list_sql(category)
        cursor = self.run(
            f"SELECT * FROM ({sql}) ORDER BY code NULLS LAST, kk NULLS LAST, nik NULLS LAST, "
            "list_order, row NULLS LAST, line NULLS LAST"
        )
        while batch := cursor.fetchmany(4096):
            yield from batch

    def _of_people(self, role: str, keys: str) -> str:
        """For the people of ``keys`` (a query of keys): each one's first row in the list,
        least KK and (for members) least segment, from the list's rows."""
        loaded = self.loaded[role]
        key = self._key(loaded, "r.nik")
        segment = "min(g.value)" if "segment" in loaded.columns.roles else "NULL"
        joins = (
            " LEFT JOIN map_segment g ON r.segment = g.text"
            if "segment" in loaded.columns.roles
            else ""
        )
        return (
            f"SELECT {key} AS key, min(r.rowid) + 1 AS row, min({self._kk(loaded)}) AS kk, "
            f"{segment} AS segment FROM {loaded.table} r{joins} "
            f"WHERE r.nik IS NOT NULL AND {key} IN (SELECT key FROM ({keys})) GROUP BY 1"
        )

    def _list_sql(self, category: str) -> str:
        if category in _PERSON_LISTS:
            return self._persons_list(category)
        if category == "not-in-population":
            return self._outsiders_list()
        parts = []
        for role, loaded in self.loaded.items():
            if category == "duplicates":
                parts.append(self._duplicates_list(role, loaded))
                continue
            reasons = INVALID_REASONS if category == "invalid" else DAMAGED_REASONS
            parts.append(
                _select(
                    f"{loaded.table} r WHERE r.problem IN ({_numbers(reasons)})",
                    role,
                    code=desa_text(self._desa_of(loaded)),
                    kk=self._kk(loaded),
                    nik="r.raw",
                    row="r.rowid + 1",
                    reason=_problem_text("r.problem"),
                )
            )
            if category == "invalid" and loaded.rejected:
                lines = ", ".join(f"({line})" for line in loaded.rejected)
                parts.append(
                    _select(
                        f"(VALUES {lines}) AS l(line)",
                        role,
                        line="l.line",
                        reason="'unreadable'",
                    )
                )
        return " UNION ALL ".join(parts)

    def _persons_list(self, category: str) -> str:
        """People of the population list that one category holds."""
        chosen = f"SELECT x.* FROM ({self._persons()}) x WHERE {_PERSON_LISTS[category]}"
        members = self.loaded["members"].columns.roles
        rows = self._of_people("population", f"SELECT key FROM ({chosen})")
        segments = self._of_people("members", f"SELECT key FROM ({chosen})")
        return self._person_select(
            f"({chosen}) x LEFT JOIN members_people m ON x.key = m.key "
            f"LEFT JOIN ({rows}) k ON x.key = k.key LEFT JOIN ({segments}) g ON x.key = g.key",
            "population",
            active="m.active" if "status" in members else None,
            segment="g.segment",
            decile="x.decile",
        )

    def _outsiders_list(self) -> str:
        """Members not in the population list, placed by the membership list's desa."""
        chosen = "SELECT m.* FROM members_people m ANTI JOIN population_people p ON m.key = p.key"
        members = self.loaded["members"].columns.roles
        welfare = "welfare" in self.loaded
        joins = " LEFT JOIN welfare_people w ON x.key = w.key" if welfare else ""
        return self._person_select(
            f"({chosen}) x{joins} LEFT JOIN ({self._of_people('members', chosen)}) k "
            "ON x.key = k.key",
            "members",
            active="x.active" if "status" in members else None,
            segment="k.segment",
            decile="w.decile" if welfare else None,
        )

    def _person_select(
        self, source: str, role: str, *, active: str | None, segment: str, decile: str | None
    ) -> str:
        """A row per person of ``role``'s list: ``source`` names the person ``x`` (their
        desa, key and copies) and their rows ``k`` (KK and first row); the rest it says."""
        return _select(
            source,
            role,
            code=desa_text("x.desa"),
            kk="k.kk",
            nik=self._nik_text("x.key"),
            row="k.row",
            copies="x.copies",
            active=active,
            segment=segment,
            decile=decile,
        )

    def _duplicates_list(self, role: str, loaded: Loaded) -> str:
        """Every row of a NIK a list holds more than once, in the desa of that person."""
        return _select(
            f"{loaded.table} r JOIN {role}_people x ON {self._key(loaded, 'r.nik')} = x.key "
            "AND x.copies > 1 LEFT JOIN population_people p ON x.key = p.key "
            "WHERE r.nik IS NOT NULL",
            role,
            code=desa_text(_PLACED),
            kk=self._kk(loaded),
            nik=self._nik_text("x.key"),
            row="r.rowid + 1",
            copies="x.copies",
        )

    def hashed_copy(self, role: str, target: Path) -> int:
        """A list with every NIK and KK replaced by its keyed hash, as a CSV in the private
        folder: nik_hash, kk_hash, kode_desa, status, segmen, desil (each as jkngap read
        it: aktif or nonaktif, a segment's name, a decile's number, so that no cell of the
        input is carried as written) and nik_check (why a row has no hash: invalid:date,
        damaged:rounded, invalid:unreadable). Names are not carried. The rows written."""
        if self.key is None:
            raise InputError("match.hash_needs_key", field="key_file")
        loaded = self.loaded[role]
        has = loaded.columns.roles
        reason = _problem_text("r.problem")
        columns = {
            "nik_hash": f"CASE WHEN r.nik IS NOT NULL THEN {self._key(loaded, 'r.nik')} END",
            "kk_hash": self._kk(loaded) if {"kk", "kk_hash"} & set(has) else None,
            "kode_desa": desa_text("r.desa") if "desa" in has else None,
            "status": (
                "CASE s.value WHEN true THEN 'aktif' WHEN false THEN 'nonaktif' END"
                if "status" in has
                else None
            ),
            "segmen": "g.value" if "segment" in has else None,
            "desil": "CAST(d.value AS VARCHAR)" if "decile" in has else None,
            "nik_check": (
                f"CASE WHEN r.problem IN ({_DAMAGED_NUMBERS}) THEN 'damaged:' || {reason} "
                f"WHEN r.problem IS NOT NULL THEN 'invalid:' || {reason} END"
            ),
        }
        kept = {name: sql for name, sql in columns.items() if sql is not None}
        joins = "".join(
            f" LEFT JOIN map_{name} {alias} ON r.{name} = {alias}.text"
            for name, alias in (("status", "s"), ("segment", "g"), ("decile", "d"))
            if name in has
        )
        rows = ", ".join(f"CAST({sql} AS VARCHAR) AS {name}" for name, sql in kept.items())
        sql = (
            f"SELECT {rows}, 0 AS part, r.rowid AS place FROM {loaded.table} r{joins} "
            f"WHERE r.problem IS DISTINCT FROM {BLANK}"
        )
        if loaded.rejected:  # unreadable lines, kept as rows that say so
            empty = ", ".join(
                "'invalid:unreadable'" if name == "nik_check" else "CAST(NULL AS VARCHAR)"
                for name in kept
            )
            sql += f" UNION ALL SELECT {empty}, 1, range FROM range({len(loaded.rejected)})"
        self.run(
            f"COPY (SELECT {', '.join(kept)} FROM ({sql}) ORDER BY part, place) "
            f"TO {_literal(str(target))} (HEADER, DELIMITER ',')",
            path=loaded.shown,
        )
        return loaded.stats.rows + len(loaded.rejected)
