"""The inputs of a run: files and standard input opened (one at a time past a few), with a
progress bar over the bytes read where a person watches."""

from __future__ import annotations

import contextlib
import functools
import os
import stat
from collections.abc import Callable, Iterator
from typing import IO, Any, cast

from jkngap.core.errors import InputError, OutputError, system_reason
from jkngap.io.readers import CountingReader, Table, check_options
from jkngap.io.tables import AS_FOUND, Layout, read_table

__all__ = ["OPEN_AT_ONCE", "PROGRESS_BYTES", "Progress", "open_inputs"]


# A file this large gets a progress bar, where the caller can show one.
PROGRESS_BYTES = 8 * 1024 * 1024
Progress = Callable[[Callable[[], int], int], Any]  # (bytes read, total) -> context manager


def open_inputs(
    names: list[str],
    stack: contextlib.ExitStack,
    *,
    stdin: IO[bytes] | None,
    layout: Layout = AS_FOUND,
    progress: Progress | None = None,
    target: str | os.PathLike[str] | None = None,
) -> tuple[list[Table], Callable[[int], None] | None]:
    """Open every input (``-`` is ``stdin``), each read as ``layout`` says, closed by
    ``stack``; with ``progress``, files of PROGRESS_BYTES or more in all get a progress
    bar, and the callback that a block of rows calls with its number of rows is returned.
    Past OPEN_AT_ONCE files, each file is opened for its header, closed, and opened again
    only while its rows are read, so that any number of files stays within the limit of
    files open at once. ``target`` (the ``-o`` file) is refused when standard input is
    that very file (``- -o f < f``)."""
    check_options(layout.encoding, layout.delimiter)
    if "-" in names and stdin is None:  # standard input closed, or none at all
        raise InputError("batch.no_stdin", path="-")
    if "-" in names and target is not None and _same_file(stdin, target):
        raise OutputError("output.is_input", field="output", path=os.fspath(target))
    size = sum(_size(name) for name in names if name != "-")
    counted: list[CountingReader] = []
    on_rows = None
    if progress is not None and size >= PROGRESS_BYTES:
        on_rows = stack.enter_context(progress(lambda: sum(r.count for r in counted), size))

    def opened(name: str) -> IO[bytes]:
        if name == "-":
            stream: IO[bytes] = cast(IO[bytes], stdin)
        else:
            try:
                stream = open(name, "rb")  # noqa: SIM115 - closed by the caller
            except OSError as error:
                raise InputError(
                    "batch.file_missing", path=name, reason=system_reason(error)
                ) from None
        if on_rows is None:
            return stream
        reader = CountingReader(stream, owns=name != "-")  # buffered like any raw stream
        counted.append(reader)
        return cast(IO[bytes], reader)

    def table_of(name: str, stream: IO[bytes]) -> Table:
        return read_table(stream, source=name, name="" if name == "-" else name, layout=layout)

    tables = []
    one_at_a_time = len(names) > OPEN_AT_ONCE
    for name in names:
        stream = opened(name)
        if name != "-":
            stack.callback(stream.close)
        table = table_of(name, stream)
        stack.callback(table.close)
        if one_at_a_time and name != "-":
            table.close()
            stream.close()
            table = _reopened(table, functools.partial(opened, name), table_of)
        tables.append(table)
    return tables, on_rows


# More files than this are read one at a time (a system allows about a thousand open).
OPEN_AT_ONCE = 16


def _same_file(stream: IO[bytes] | None, path: str | os.PathLike[str]) -> bool:
    """Whether ``stream`` (standard input) reads the regular file at ``path``: the same
    device and inode, as the shell's ``< file`` gives it (a device such as /dev/null, read
    and written at once, destroys nothing)."""
    try:
        mine = os.fstat(stream.fileno()) if stream is not None else None
        theirs = os.stat(path)
    except (OSError, ValueError, AttributeError):  # no descriptor (a test's BytesIO), no file
        return False
    if mine is None or not stat.S_ISREG(theirs.st_mode):
        return False
    return (mine.st_dev, mine.st_ino) == (theirs.st_dev, theirs.st_ino)


def _size(name: str) -> int:
    try:
        return os.stat(name).st_size
    except OSError as error:
        raise InputError("batch.file_missing", path=name, reason=system_reason(error)) from None


def _reopened(
    first: Table,
    opener: Callable[[], IO[bytes]],
    reader: Callable[[str, IO[bytes]], Table],
) -> Table:
    """``first`` (its header read, its file closed), whose rows open the file again while
    they are read, and close it after."""

    def rows() -> Iterator[tuple[int, list[Any]]]:
        stream = opener()
        try:
            table = reader(first.source, stream)
            try:
                yield from table.rows
            finally:
                first.blank.extend(table.blank)
                table.close()
        finally:
            stream.close()

    return Table(
        first.header,
        rows(),
        first.source,
        above=first.above,
        blank=first.blank,
        notes=first.notes,
        encoding=first.encoding,
    )
