"""The one registry of output formats: what each is called, its file extensions, and the
module that writes it (imported only when that format is written).

Standard output takes ``table``, ``plain``, ``json``, ``ndjson``, ``csv`` and ``tsv``; a file
(``-o``) takes any format with an extension, found by the extension.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple, Protocol, TextIO

from jkngap.core.errors import InputError
from jkngap.core.model import Note, Record

__all__ = [
    "FILE_FORMATS",
    "Format",
    "Many",
    "Result",
    "View",
    "default_format",
    "format_for_path",
]


class Format(str, enum.Enum):
    """Formats for standard output."""

    TABLE = "table"
    PLAIN = "plain"
    JSON = "json"
    NDJSON = "ndjson"
    CSV = "csv"
    TSV = "tsv"


class FileFormat(NamedTuple):
    """A format a file can be written in: its name, extensions and writer."""

    name: str
    extensions: tuple[str, ...]
    writer: str  # "module:function", imported when a file of this format is written


# The writers each take (result, binary handle, view).
FILE_FORMATS: tuple[FileFormat, ...] = (
    FileFormat("csv", (".csv",), "jkngap.output.machine:write_file"),
    FileFormat("tsv", (".tsv",), "jkngap.output.machine:write_file"),
    FileFormat("json", (".json",), "jkngap.output.machine:write_file"),
    FileFormat("ndjson", (".ndjson", ".jsonl"), "jkngap.output.machine:write_file"),
    FileFormat("xlsx", (".xlsx",), "jkngap.output.excel:write_file"),
    FileFormat("html", (".html", ".htm"), "jkngap.output.report:write_html"),
    FileFormat("svg", (".svg",), "jkngap.output.report:write_chart"),
    FileFormat("png", (".png",), "jkngap.output.report:write_chart"),
    FileFormat("pdf", (".pdf",), "jkngap.output.report:write_pdf"),
)
_BY_EXTENSION = {extension: spec for spec in FILE_FORMATS for extension in spec.extensions}
EXTENSIONS = tuple(_BY_EXTENSION)


class Result(Protocol):
    """What every one-region core result offers the output layer."""

    kind: str

    @property
    def notes(self) -> tuple[Note, ...]: ...

    def record(self) -> Record: ...

    def headline(self) -> Any: ...


class Many(Protocol):
    """What a result of many regions (``batch``) offers: records streamed under ``keys``."""

    kind: str
    keys: tuple[str, ...]
    records: Iterator[Record]

    @property
    def notes(self) -> tuple[Note, ...]: ...

    def headline(self) -> Any: ...


class View(NamedTuple):
    """How to show a result: the format, the language, and the file to write, if any."""

    format: Format | None = None  # None: a table on a terminal, TSV otherwise
    lang: str = "en"
    output: Path | None = None
    raw: bool = False  # leave text cells as they are (no neutralising of formulas)
    all_rows: bool = False  # a table of every row rather than a screenful
    inputs: tuple[Path, ...] = ()  # files the command read: never written over
    title: str | None = None  # a report's title
    source: str | None = None  # where a report's figures come from
    excel: bool = False  # CSV for Excel in the chosen language


def default_format(stream: TextIO) -> Format:
    """A table for a person at a terminal, TSV for a pipe or a file."""
    isatty = getattr(stream, "isatty", None)
    return Format.TABLE if isatty is not None and isatty() else Format.TSV


def format_for_path(path: Path) -> FileFormat:
    """The format a file's extension names; an unknown one is refused, listing them all."""
    try:
        return _BY_EXTENSION[path.suffix.lower()]
    except KeyError:
        raise InputError(
            "option.choice",
            field="output",
            text=path.suffix or path.name,
            choices=", ".join(EXTENSIONS),
        ) from None


def is_many(result: Result | Many) -> bool:
    """A result of many regions (``batch``), written a record per region."""
    return result.kind == "batch"


def is_listed(result: Result | Many) -> bool:
    """A result whose JSON is a list of records: a batch's regions, the register's."""
    return is_many(result) or bool(getattr(result, "listed", False))


def result_records(result: Result | Many) -> Iterable[Record]:
    """The rows a delimited format or a sheet shows: every region of a batch, a check's
    findings, or one result's record."""
    if is_many(result):
        return result.records  # type: ignore[union-attr]
    rows = getattr(result, "rows", None)
    return list(rows()) if callable(rows) else [result.record()]  # type: ignore[union-attr]
