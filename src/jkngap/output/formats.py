"""The types every writer shares, at the bottom of the output room: what is shown
(:data:`Shown`), how (:class:`View`), the formats standard output takes, and the shape of
a writer. The formats themselves, each with its writer, are in :mod:`jkngap.output.registry`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path
from typing import IO, NamedTuple, TextIO

from jkngap.core.results import Many, Single

__all__ = [
    "BinaryWriter",
    "Format",
    "Shown",
    "Terminated",
    "TextWriter",
    "View",
    "default_format",
]

# Any result of the core: one answer, or many regions.
Shown = Single | Many


class Format(str, enum.Enum):
    """The formats standard output takes (``-f``); each is in the registry."""

    TABLE = "table"
    PLAIN = "plain"
    JSON = "json"
    NDJSON = "ndjson"
    CSV = "csv"
    TSV = "tsv"


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
    screenful: int | None = None  # rows a terminal's table shows (None: every row)
    # Rows in an order the user asked for (--sort, --group-by): shown in that order
    # everywhere; without one, a screenful or a report shows the furthest from the targets.
    ordered: bool = False
    # The region register's name of a code, where the command read the register: what a
    # report of many regions is titled by when its file has no title of its own.
    names: Callable[[str], str | None] | None = None


# A writer: the result, where it goes, and how it is to be shown.
TextWriter = Callable[[Shown, TextIO, View], None]
BinaryWriter = Callable[[Shown, IO[bytes], View], None]


def default_format(stream: TextIO) -> Format:
    """A table for a person at a terminal, TSV for a pipe or a file."""
    return Format.TABLE if at_terminal(stream) else Format.TSV


def at_terminal(stream: TextIO) -> bool:
    """Whether ``stream`` is a terminal a person reads."""
    return stream.isatty()


class Terminated(BaseException):
    """A signal to stop (SIGTERM) that came while a file was written: raised where the
    writing was, so that the half-written file is removed on the way out."""

    def __init__(self, signal: int) -> None:
        super().__init__(signal)
        self.signal = signal


class PassingStream:
    """A text stream that changes what is written on its way to the one it wraps
    (``stream``) and passes the rest (flush, isatty, fileno) on."""

    stream: TextIO

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()
