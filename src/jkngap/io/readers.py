"""Reading region files: CSV, TSV, semicolon CSV, JSON, JSON lines and Excel workbooks.

Reading streams (CSV, TSV, semicolon CSV, JSON lines, XLSX in read-only mode), so memory
stays flat however many rows; a JSON array is the one input read whole. A table is its
header and its rows as (line number, cells); what cannot be read is an
:class:`~jkngap.core.errors.InputError` naming the file, and the line where there is one.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from jkngap.core.errors import Field, InputError
from jkngap.core.model import Note
from jkngap.core.reasons import csv_reason
from jkngap.io.columns import looks_like_header

__all__ = [
    "BAD_BYTE",
    "SNIFF_BYTES",
    "CountingReader",
    "Screen",
    "Table",
    "UnsavedFormula",
    "bad_encoding",
    "check_options",
    "filled_rows",
    "header_index",
    "peekable",
    "text_table",
    "too_sparse",
]

SNIFF_BYTES = 65536
# The header is looked for among the first lines: titles, a date and blank lines above it.
HEADER_SEARCH_LINES = 20
# A byte the encoding cannot decode, as the surrogateescape handler keeps it.
BAD_BYTE = re.compile("[\udc80-\udcff]")
# No line an official's file needs is longer; a longer one is refused, not read into memory.
MAX_LINE_CHARACTERS = 1_048_576
# Text is read this many characters at a time past the header, its lines split in C; no
# more than a line may hold, so that only a line that goes on from one chunk to the next
# need be measured.
CHUNK_CHARACTERS = 262_144
# What str.splitlines ends a line at besides \n and \r, and csv does not: the marks
# "\v\f\x1c\x1d\x1e", and these beyond ASCII.
_WIDE_BREAKS = re.compile("[\x85\u2028\u2029]")


# A table may hold this many cells beyond those its file gives, and eight times as many:
# past that a header of many columns over short rows (or JSON objects sharing no keys)
# would make a small file a table of billions of empty cells.
MOST_PADDING = 4_000_000


def too_sparse(given: int, cells: int) -> bool:
    """Whether a table of ``cells`` cells, of which its file gives ``given``, is mostly
    cells nobody wrote, past what any file of regions has."""
    padding = cells - given
    return padding > MOST_PADDING and padding > 8 * given


class UnsavedFormula(str):
    """A spreadsheet cell holding a formula whose result was never saved (its text)."""

    __slots__ = ()


@dataclass(frozen=True)
class Table:
    """A file's header and its rows as (line number, cells), read lazily; ``above`` holds
    the rows above the header (a title, a date), which are not regions."""

    header: list[str]
    rows: Iterator[tuple[int, list[Any]]]
    source: str
    close: Callable[[], None] = lambda: None  # lets go of the input, never closing stdin
    above: tuple[tuple[int, list[Any]], ...] = ()
    blank: list[int] = field(default_factory=list)  # blank lines skipped, as rows are read
    notes: list[Note] = field(default_factory=list)  # what reading found to say
    encoding: str | None = None  # a text file's, whose rows may hold a bad byte to name
    # What the text read so far holds (None: not screened, every row is looked at).
    screen: Screen | None = None


@dataclass
class Screen:
    """Whether any text a file's reader has read so far may hold a bad byte (a lone
    surrogate, as a byte its encoding could not decode becomes): until then the rows
    need no look of their own. Read text only ever adds to it."""

    suspect: bool = False


def bad_encoding(source: str, encoding: str, line: int) -> InputError:
    return InputError(
        "batch.encoding",
        path=source,
        encoding=encoding,
        line=line,
        encoding_option=Field("encoding"),
    )


def _decode_check(sample: bytes, encoding: str, source: str) -> None:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        decoder.decode(sample, final=False)
    except UnicodeError as error:  # a UTF-16 stream without its mark raises the plain kind
        start = error.start if isinstance(error, UnicodeDecodeError) else 0
        line = sample[:start].count(b"\n") + 1
        raise bad_encoding(source, encoding, line) from None


def _decodes(encoding: str, errors: str) -> bool:
    """Whether ``encoding`` decodes bytes to text under the error handler ``errors``
    (strict first: a codec from bytes to bytes, hex, asserts it takes no other)."""
    try:
        return isinstance(codecs.getincrementaldecoder(encoding)(errors).decode(b"a"), str)
    except (LookupError, TypeError, ValueError, OSError):  # bz2's decoder raises OSError
        return False


def check_options(encoding: str, delimiter: str | None) -> None:
    """Refuse, before any file is opened, an encoding Python does not know as a text
    encoding, and a delimiter that is not one character. The encoding must decode with
    the error handlers the readers use: "surrogateescape" (a bad byte found in its row)
    and "replace" (a first look at a file); idna takes neither."""
    if not all(_decodes(encoding, errors) for errors in ("strict", "surrogateescape", "replace")):
        raise InputError("batch.unknown_encoding", field="encoding", text=encoding)
    mark = "," if delimiter is None or delimiter in ("tab", "\\t") else delimiter
    if len(mark) != 1 or mark in '"\r\n' or mark.isalnum():
        raise InputError("batch.bad_delimiter", field="delimiter", text=mark)


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

    def __init__(self, stream: IO[bytes], *, owns: bool = False) -> None:
        self.stream = stream
        self.count = 0
        self.owns = owns  # closing this closes the stream too (never standard input)

    def close(self) -> None:
        if self.owns:
            self.stream.close()
        super().close()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.stream.read(len(buffer))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)


def peekable(binary: IO[bytes]) -> io.BufferedReader:
    if isinstance(binary, io.BufferedReader):
        return binary
    raw = binary if isinstance(binary, io.RawIOBase) else CountingReader(binary)
    return io.BufferedReader(raw, buffer_size=SNIFF_BYTES)


def text_table(
    binary: io.BufferedReader,
    source: str,
    extension: str,
    encoding: str,
    delimiter: str | None,
    header_row: int | None,
) -> Table:
    _decode_check(binary.peek(SNIFF_BYTES)[:SNIFF_BYTES], encoding, source)
    # A bad byte past the first look becomes a lone surrogate, found in the row that holds
    # it (io.rows), so that the message names its line exactly.
    text = io.TextIOWrapper(binary, encoding=encoding, newline="", errors="surrogateescape")

    def close() -> None:
        # Detach, not close: the caller owns the file (or standard input). Once detached,
        # even asking whether it is closed raises ValueError: a second close does nothing.
        with contextlib.suppress(ValueError):
            if not text.closed:
                text.detach()

    try:
        lines = _first_lines(text, header_row or HEADER_SEARCH_LINES, source)
    except InputError:
        close()
        raise
    bad = next((n for n, line in enumerate(lines, start=1) if BAD_BYTE.search(line)), None)
    if bad is not None:
        close()
        raise bad_encoding(source, encoding, bad)
    try:
        found, mark, parsed = _header_among(lines, extension, delimiter, header_row, source)
    except InputError:
        close()
        raise
    header = parsed[found]
    above = tuple((number + 1, cells) for number, cells in enumerate(parsed[:found]) if any(cells))
    # The lines read past the header while looking for it come first, then the rest.
    screen = Screen()  # the first lines are clean: a bad byte among them is refused above
    # In a file whose lines end in \n (or \r\n), a line ending in a lone \r was cut
    # there (a CR left inside a cell), as the csv module reads old Mac files; a file whose
    # first lines all end in \r is one, read as it is.
    cuts = _Cuts(source) if any(line.endswith("\n") for line in lines) else None
    if cuts is not None:
        cuts.lines.update(n for n, line in enumerate(lines, start=1) if line.endswith("\r"))
    blocks = _line_blocks(text, source, len(lines) + 1, screen, cuts)
    rest = itertools.chain.from_iterable(blocks)
    reader = csv.reader(itertools.chain(lines[found + 1 :], rest), delimiter=mark)
    first_line = found + 2
    blank = [number + 1 for number, line in enumerate(lines[:found]) if not line.strip()]
    rows = _text_rows(reader, len(header), mark, first_line, blank, source, cuts)
    return Table(header, rows, source, close, above, blank, encoding=encoding, screen=screen)


def _header_among(
    lines: list[str],
    extension: str,
    delimiter: str | None,
    header_row: int | None,
    source: str,
) -> tuple[int, str, list[list[str]]]:
    """Where the header is among the first lines, the file's separator (the header line's),
    and those lines as cells up to the header."""
    # Each line as its own separator would split it, to find the header among them.
    guessed = [
        _cells_of(line, _delimiter(line, extension, delimiter), source, number)
        for number, line in enumerate(lines, start=1)
    ]
    found = header_index(guessed, header_row, source)
    mark = _delimiter(lines[found], extension, delimiter)
    parsed = [
        _cells_of(line, mark, source, number)
        for number, line in enumerate(lines[: found + 1], start=1)
    ]
    return found, mark, parsed


@dataclass
class _Cuts:
    """The lines of a text file whose lines end in a line feed (LF or CR LF) that end in
    a lone carriage return (CR) instead, filled as the file is read; and the error of a
    row beside one."""

    source: str
    lines: set[int] = field(default_factory=set)

    def error(self, start: int, end: int) -> InputError | None:
        """A row read from lines ``start`` to ``end`` that ends at a cut, or begins just
        after one, is part of a row cut in two; a CR inside quotes is the cell's own."""
        cut = end if end in self.lines else start - 1 if start - 1 in self.lines else None
        return None if cut is None else InputError("batch.lone_cr", path=self.source, line=cut)


def _text_rows(
    reader: Any,
    width: int,
    mark: str,
    first_line: int,
    blank: list[int],
    source: str,
    cuts: _Cuts | None = None,
) -> Iterator[tuple[int, list[Any]]]:
    """The rows after the header, each with the line it starts on; blank lines are added
    to ``blank``; a row ``cuts`` names is its error alone."""
    # The reader counts the lines it has read (after the header's): a record starts on
    # the line after the previous record ended.
    start = first_line
    cut = cuts.lines if cuts is not None else None
    try:
        for cells in reader:
            if cells and (cells[0].strip() or "".join(cells).strip()):
                # Only a file holding a cut pays for this look, on each of its rows.
                if cut and cuts and (error := cuts.error(start, reader.line_num + first_line - 1)):
                    cells = [error]
                elif len(cells) == 1 and width > 1:
                    cells = _other_delimiter(cells, mark, width)
                yield start, cells
            else:
                blank.append(start)
            start = reader.line_num + first_line
    except csv.Error as error:
        line = reader.line_num + first_line - 1
        raise InputError(
            "batch.unreadable", path=source, line=line, reason=csv_reason(error)
        ) from None


def _other_delimiter(cells: list[str], mark: str, width: int) -> list[Any]:
    """A row that is one cell in a file of several columns: written with another
    separator? Then it is an error saying which, not a region named after the whole line."""
    for other in (",", ";", "\t", "|"):
        if other != mark and len(next(csv.reader(cells, delimiter=other), [])) == width:
            return [InputError("batch.other_delimiter", found=other, expected=mark)]
    return cells


def _line_blocks(
    text: io.TextIOWrapper, source: str, line: int, screen: Screen, cuts: _Cuts | None
) -> Iterator[list[str]]:
    """The rest of a text file as lists of lines, each with its line end, read a chunk at
    a time (``line`` is the first one's number): a line longer than MAX_LINE_CHARACTERS
    is refused, naming it, before it is ever held whole, however far down it comes.
    Lines that end in a lone CR are added to ``cuts`` (where given) before they are
    handed on."""
    carried = ""
    while chunk := text.read(CHUNK_CHARACTERS):
        joined = carried + chunk
        ascii_only = joined.isascii()
        if not ascii_only and not screen.suspect and BAD_BYTE.search(joined):
            screen.suspect = True  # before its lines are handed on: before their rows
        # Lines end as the csv module reads them (\n, \r\n or \r), their ends kept;
        # str.splitlines, faster, also ends a line at rarer marks the csv module does not.
        if any(mark in joined for mark in "\v\f\x1c\x1d\x1e") or (
            not ascii_only and _WIDE_BREAKS.search(joined)
        ):
            lines = io.StringIO(joined, newline="").readlines()
        else:
            lines = joined.splitlines(keepends=True)
        # The last line may go on in the next chunk (a lone \r may be half of \r\n).
        carried = "" if lines[-1].endswith("\n") else lines.pop()
        # A chunk is no longer than a line may be: only a line begun in an earlier chunk
        # (the first, or the one carried on) can be too long.
        if lines and len(lines[0]) > MAX_LINE_CHARACTERS:
            raise _too_long(source, line)
        if len(carried) > MAX_LINE_CHARACTERS:
            raise _too_long(source, line + len(lines))
        # A lone \r is rare, and found in C: each \n ends one of these lines (the carried
        # one holds none), so a line that ends in \r alone makes them one more than the
        # \n. Only then are the lines looked at, one by one.
        if cuts is not None and "\r" in joined and joined.count("\n") != len(lines):
            cuts.lines.update(line + n for n, ended in enumerate(lines) if ended.endswith("\r"))
        line += len(lines)
        yield lines
    if carried:
        if cuts is not None and carried.endswith("\r"):
            cuts.lines.add(line)
        yield [carried]


def _too_long(source: str, line: int) -> InputError:
    return InputError("batch.line_too_long", path=source, line=line, most=MAX_LINE_CHARACTERS)


def _first_lines(text: io.TextIOWrapper, count: int, source: str) -> list[str]:
    """Up to ``count`` lines, none longer than MAX_LINE_CHARACTERS."""
    lines = []
    for number in range(1, count + 1):
        line = text.readline(MAX_LINE_CHARACTERS + 1)
        if not line:
            break
        if len(line) > MAX_LINE_CHARACTERS:
            raise _too_long(source, number)
        lines.append(line)
    return lines


def _cells_of(line: str, mark: str, source: str, number: int) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=mark), [])
    except csv.Error as error:  # a field past the csv module's limit, say
        raise InputError(
            "batch.unreadable", path=source, line=number, reason=csv_reason(error)
        ) from None


def filled_rows(rows: Sequence[Sequence[Any]]) -> list[int]:
    """The rows (by index) that hold something other than blanks."""
    return [n for n, row in enumerate(rows) if any(str(c).strip() for c in row if c is not None)]


def header_index(rows: Sequence[Sequence[Any]], header_row: int | None, source: str) -> int:
    """Which of a file's first rows (as cells) is the header: the one given (``header_row``,
    counted from 1), else the first that names a count column (titles above it are not the
    header), else the first that is not blank."""
    filled = filled_rows(rows)
    if not filled:
        raise InputError("batch.empty", path=source)
    if header_row is None:
        return next((n for n in filled if looks_like_header(rows[n])), filled[0])
    if header_row - 1 not in filled:
        raise InputError("batch.no_header_row", field="header_row", line=header_row, path=source)
    return header_row - 1
