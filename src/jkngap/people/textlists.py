"""A text list of people (CSV, TSV) made ready for DuckDB: the codec it is read by (its
byte-order mark's, or the one given), a UTF-8 copy in the private folder where DuckDB
cannot read it as it is, its separator and header, and the lines refused before DuckDB
reads them (more fields than any list has, past the csv module's limit), each in one pass
over its bytes at C speed.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from jkngap.core.errors import Field, InputError, system_reason
from jkngap.core.nik import scrub
from jkngap.core.reasons import csv_reason
from jkngap.core.text import marked_encoding, unmarked_codec

__all__ = [
    "CSV_EXTENSIONS",
    "ENCODINGS",
    "HEADER_BYTES",
    "MAX_FIELDS",
    "TSV_EXTENSIONS",
    "Source",
    "known_encoding",
    "text_list",
]

CSV_EXTENSIONS = (".csv", ".txt")
TSV_EXTENSIONS = (".tsv", ".tab")
ENCODINGS = ("utf-8", "latin-1", "cp1252", "utf-16")
HEADER_BYTES = 1_048_576
# A list of people has tens of columns. A line with more fields than its header is one of
# DuckDB's rejects per field too many, each holding the whole line: 80,000 fields on a line
# of 1.4 MB are 100 GB to copy, a run stalled for hours. Such a line is refused first.
MAX_FIELDS = 1024
_FIELD_CHUNK = 1_048_576
# How much of an unmarked list is looked at for UTF-16's zero bytes.
_UTF16_LOOK = 65_536


@dataclass(frozen=True)
class Source:
    """One list to read: its role, its file, the headers of its columns the user named
    (role -> header), and how a text file is written."""

    role: str
    path: str
    columns: Mapping[str, str] = field(default_factory=dict)
    delimiter: str | None = None
    encoding: str = "utf-8"
    sheet: str | None = None


def text_list(source: Source, folder: Path, shown: str) -> tuple[Source, str, list[str]]:
    """The list as DuckDB reads it (its UTF-8 copy in ``folder`` where it needs one), its
    separator and its header; refused where a line has more fields than MAX_FIELDS."""
    read = _marked(source, shown)
    if read.encoding in _COPIED:
        read = _transcoded(read, folder, shown)
    extension = Path(source.path).suffix.lower()
    delimiter, header = _csv_header(read, extension, shown)
    _check_fields(read, delimiter, shown)
    _check_records(read, delimiter, shown)
    return read, delimiter, header


def _csv_header(source: Source, extension: str, shown: str) -> tuple[str, list[str]]:
    """A text file's separator and header (its first line), read here."""
    try:
        with open(source.path, "rb") as stream:
            head = stream.read(HEADER_BYTES)
    except OSError as error:
        raise InputError("match.file_missing", path=shown, reason=system_reason(error)) from None
    text = head.decode(source.encoding, errors="replace").lstrip("\ufeff")
    first = text.split("\n", 1)[0].rstrip("\r")
    if not first.strip():
        raise InputError("match.empty_file", path=shown)
    if source.delimiter:
        mark = "\t" if source.delimiter in ("tab", "\\t") else source.delimiter
    elif extension in TSV_EXTENSIONS:
        mark = "\t"
    else:
        counts = {mark: first.count(mark) for mark in (";", "\t", ",", "|")}
        mark = max(counts, key=lambda m: counts[m]) if any(counts.values()) else ","
    if len(mark) != 1 or mark in '"\r\n':
        raise InputError("match.bad_delimiter", field="delimiter", text=scrub(mark))
    try:
        return mark, next(csv.reader([first], delimiter=mark), [])
    except csv.Error as error:  # a stray carriage return, a field past csv's limit
        said = csv_reason(error)
        reason = scrub(said) if isinstance(said, str) else said
    raise InputError("match.bad_header", path=shown, reason=reason)


def known_encoding(text: str) -> str | None:
    """One of ENCODINGS by any name Python gives it (UTF8, latin1, windows-1252), or None."""
    try:
        found = codecs.lookup(text).name
    except (LookupError, TypeError, ValueError):
        return None
    return next((name for name in ENCODINGS if codecs.lookup(name).name == found), None)


def _marked(source: Source, shown: str) -> Source:
    """The list with the codec its text is read by: the one its byte-order mark says
    (UTF-8, UTF-16, UTF-32), else the encoding given, so that a list Excel saved as
    Unicode text reads beside UTF-8 ones. UTF-16 with no mark is little-endian, as
    Windows writes it (Python's UTF-16 stream decoder raises without the mark); Latin-1
    is read as Windows-1252, which it is where text has one of cp1252's characters at
    0x80-0x9F (Latin-1's control characters there are in no list), and which DuckDB's
    Latin-1 refuses the whole file for."""
    try:
        with open(source.path, "rb") as stream:
            head = stream.read(_UTF16_LOOK)
    except OSError:  # said where the list is read
        return source
    marked = marked_encoding(head)
    if marked is not None:
        return replace(source, encoding="utf-8" if marked == "utf-8-sig" else marked)
    codec = unmarked_codec(head, source.encoding, shown)
    if codec == "utf-16" and head:  # no zero byte: another encoding, read as nonsense
        raise InputError(
            "match.encoding", path=shown, line=1, encoding=codec, encoding_option=Field("encoding")
        )
    return replace(source, encoding="cp1252" if codec == "latin-1" else codec)


# The codecs of lists read from a UTF-8 copy (see _transcoded).
_COPIED = frozenset({"utf-16", "utf-16-le", "utf-32", "cp1252"})


def _transcoded(source: Source, folder: Path, shown: str) -> Source:
    """A UTF-16, UTF-32 or Windows-1252 list as UTF-8, in the private folder (as a
    workbook's CSV is): DuckDB reads UTF-16 little-endian alone and no cp1252, and the
    checks below read a list's bytes, in which a separator and a line end must be ASCII's.
    Each line stays the line it was; a byte no character of its encoding is, replaced."""
    target = folder / f"{source.role}-utf-8.csv"
    try:
        # Opened apart from its reading, so that a list that cannot be opened is told apart
        # from a private folder that cannot take the copy; closed by the `with` below.
        text = open(source.path, encoding=source.encoding, errors="replace", newline="")  # noqa: SIM115
    except OSError as error:
        raise InputError("match.file_missing", path=shown, reason=system_reason(error)) from None
    try:
        with text, target.open("w", encoding="utf-8", newline="") as out:
            while chunk := text.read(_FIELD_CHUNK):
                out.write(chunk)
    except OSError as error:
        raise InputError("match.private_folder", reason=system_reason(error)) from None
    return replace(source, path=str(target), encoding="utf-8")


def _chunks(path: str) -> Iterator[bytes]:
    """A text file in chunks of bytes: UTF-8, which writes an ASCII separator and line end
    as themselves (a list in another encoding is read from its UTF-8 copy)."""
    with open(path, "rb") as stream:
        while data := stream.read(_FIELD_CHUNK):
            yield data


def _check_fields(source: Source, delimiter: str, shown: str) -> None:
    """Refuse a text file with a line of more than MAX_FIELDS fields, before DuckDB reads it.

    Separators are counted as written (a quoted cell's own too: only ever more, never fewer):
    each chunk is squeezed to its separators and line ends alone (``bytes.translate``, then
    one substring search for a run of too many), so an honest file costs a pass at C speed."""
    newline = b"\n"
    mark = delimiter.encode("utf-8")
    kept = mark + newline
    others = bytes(byte for byte in range(256) if byte not in kept)
    run = mark * MAX_FIELDS  # MAX_FIELDS separators on one line: one field too many
    line = 1  # the line that the last chunk read ends in
    carried = 0  # separators of that line so far

    def refused(at: int) -> InputError:
        return InputError("match.too_many_fields", path=shown, line=at, most=MAX_FIELDS)

    try:
        for data in _chunks(source.path):
            squeezed = data.translate(None, others)
            first = squeezed.find(newline)
            if carried + (len(squeezed) if first < 0 else first) >= MAX_FIELDS:
                raise refused(line)
            if first < 0:
                carried += len(squeezed)
                continue
            found = squeezed.find(run, first)
            if found >= 0:
                raise refused(line + squeezed.count(newline, 0, found))
            line += squeezed.count(newline)
            carried = len(squeezed) - squeezed.rfind(newline) - 1
    except OSError as error:
        raise InputError("match.file_missing", path=shown, reason=system_reason(error)) from None


def _lines_join(source: Source) -> bool:
    """Whether a quoted cell may run over a line end: some line has an odd number of
    quotes (an opening quote left open; a stray one in a cell too, which costs only the
    closer look). Squeezed to quotes and line ends, their pairs taken out, at C speed."""
    others = bytes(byte for byte in range(256) if byte not in b'"\n')
    odd = False  # the line a chunk ends in has had an odd number of quotes so far
    for data in _chunks(source.path):
        squeezed = data.translate(None, others)
        if odd:
            squeezed = b'"' + squeezed
        last = squeezed.rfind(b"\n")
        if last >= 0 and b'"' in squeezed[:last].replace(b'""', b""):
            return True
        odd = squeezed.count(b'"', last + 1) % 2 == 1
    return odd


def _check_records(source: Source, delimiter: str, shown: str) -> None:
    """Refuse a text file with a record of more than MAX_FIELDS fields that quoted line
    ends spread over lines each under the cap (which :func:`_check_fields` counts): DuckDB
    pays for its fields too many all the same (20,000 of them, 20 s).

    Only a file whose quotes may join lines is read record by record, by the csv module
    (in C), as DuckDB reads one: a quote opens a cell at its start, after spaces too; in a
    cell it is the cell's own. A cell past the csv module's limit is refused: no list of
    people has one, and past it the records could not be told apart."""
    if not _lines_join(source):
        return
    start = 1  # the line the record read next starts on
    try:
        with open(source.path, encoding=source.encoding, errors="replace", newline="") as text:
            reader = csv.reader(text, delimiter=delimiter, skipinitialspace=True)
            for cells in reader:
                if len(cells) > MAX_FIELDS:
                    raise InputError(
                        "match.too_many_fields", path=shown, line=start, most=MAX_FIELDS
                    )
                start = reader.line_num + 1
    except csv.Error:
        raise InputError(
            "match.cell_too_long", path=shown, line=start, most=csv.field_size_limit()
        ) from None
    except OSError as error:
        raise InputError("match.file_missing", path=shown, reason=system_reason(error)) from None
