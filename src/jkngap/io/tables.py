"""Opening one region file by its kind: a workbook, JSON or JSON lines, or delimited text.

Above the three readers (``readers`` for text and the shared table types, ``excel``,
``jsonrows``), so that each of them imports only what is below it.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol

from jkngap.core.text import marked_encoding, unmarked_codec
from jkngap.io.excel import xlsx_table
from jkngap.io.jsonrows import json_table
from jkngap.io.readers import SNIFF_BYTES, Table, peekable, text_table

__all__ = ["AS_FOUND", "JSON_EXTENSIONS", "XLSX_EXTENSIONS", "FileLayout", "Layout", "read_table"]

JSON_EXTENSIONS = (".json", ".jsonl", ".ndjson")
XLSX_EXTENSIONS = (".xlsx", ".xlsm")


class Layout(Protocol):
    """How a run's files are laid out, as a batch's request and trend's reading both say:
    a text file's encoding and delimiter, a workbook's sheet, the header's line."""

    @property
    def encoding(self) -> str: ...
    @property
    def delimiter(self) -> str | None: ...
    @property
    def sheet(self) -> str | None: ...
    @property
    def header_row(self) -> int | None: ...


@dataclass(frozen=True)
class FileLayout:
    """A layout given as it is; by default, found: UTF-8 (with or without its byte-order
    mark), the delimiter sniffed, the first visible sheet, the header among the first lines."""

    encoding: str = "utf-8-sig"
    delimiter: str | None = None
    sheet: str | None = None
    header_row: int | None = None


AS_FOUND = FileLayout()


def read_table(
    binary: IO[bytes], *, source: str, name: str = "", layout: Layout = AS_FOUND
) -> Table:
    """Open one input by its name's extension, or by a look at its first bytes; the header
    is line ``layout.header_row`` where given, else found among the first lines."""
    encoding, delimiter, header_row = layout.encoding, layout.delimiter, layout.header_row
    extension = Path(name).suffix.lower()
    buffered = peekable(binary)
    sample = buffered.peek(SNIFF_BYTES)
    head = sample[:8]
    if extension in XLSX_EXTENSIONS or head.startswith(b"PK\x03\x04"):
        return xlsx_table(buffered, source, layout.sheet, header_row)
    # A byte-order mark decides (core.text): the encoding given is for files without one.
    encoding = marked_encoding(head) or unmarked_codec(sample, encoding, source)
    if extension in JSON_EXTENSIONS or (
        not extension and _first_character(head, encoding) in ("[", "{")
    ):
        return json_table(buffered, source, encoding)
    return text_table(buffered, source, extension, encoding, delimiter, header_row)


def _first_character(head: bytes, encoding: str) -> str:
    """The first character of a file's first bytes past white space and its mark; none
    where the encoding cannot read them (UTF-16 without its mark raises whatever the
    errors asked): the text reader then says which line is not in that encoding."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    try:
        text = str(decoder.decode(head))
    except UnicodeError:
        return ""
    return text.lstrip("\ufeff \r\n\t")[:1]
