"""The one way out: any result, in the format asked for, to standard output or a file.

A file is written whole or not at all: into a temporary file beside it, moved into place
only when complete, and never over one of the command's inputs.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import tempfile
from pathlib import Path
from typing import TextIO

from jkngap.core.errors import OutputError
from jkngap.output.formats import (
    Format,
    Many,
    Result,
    View,
    default_format,
    format_for_path,
    is_many,
)


def show(result: Result | Many, view: View, *, stdout: TextIO, stderr: TextIO) -> None:
    """Show ``result``: data to standard output (or ``view.output``), warnings to standard
    error, in every format, so that data stays clean."""
    if not is_many(result):
        warn(result, view.lang, stderr)
    _show(result, view, stdout)
    if is_many(result):
        warn(result, view.lang, stderr)  # its notes are known once every row is read


def _show(result: Result | Many, view: View, stdout: TextIO) -> None:
    if view.output is not None:
        write_file(result, view)
        return
    fmt = view.format or default_format(stdout)
    if fmt is Format.PLAIN:
        from jkngap.output.cells import plain_text

        stdout.write(plain_text(result.headline()) + "\n")
    elif fmt is not Format.TABLE:
        from jkngap.output.machine import write

        write(result, fmt, stdout, raw=view.raw, excel=view.lang if view.excel else None)
    elif is_many(result):
        from jkngap.output.batchview import draw_batch
        from jkngap.output.terminal import terminal_height

        # At a terminal, a screenful of the rows furthest from the targets, worst first;
        # every row when asked, or when the table goes to a file or a pipe.
        at_terminal = _at_terminal(stdout)
        limit = None if view.all_rows or not at_terminal else max(10, terminal_height(stdout) - 12)
        draw_batch(result, view.lang, stdout, limit)  # type: ignore[arg-type]
    else:
        from jkngap.output.display import draw_table

        draw_table(result, view.lang, stdout)  # type: ignore[arg-type]


def _at_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return isatty is not None and bool(isatty())


def warn(result: Result | Many, lang: str, stream: TextIO) -> None:
    """The result's warnings, one line each, on standard error."""
    warnings = [note for note in result.notes if note.warning]
    if not warnings:
        return
    from jkngap.output.cells import sentence, visible
    from jkngap.output.words import translate

    label = translate("warning", lang)
    for note in warnings:
        stream.write(f"jkngap: {label}: {visible(sentence(note, lang))}\n")


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


def check_target(output: Path, inputs: tuple[Path, ...]) -> None:
    """Refuse, before anything is read, an ``-o`` of unknown format or one that is an input."""
    format_for_path(output)
    mine = _identity(output)
    if mine is not None and any(_identity(path) == mine for path in inputs):
        raise OutputError("output.is_input", field="output", path=str(output))


def write_file(result: Result | Many, view: View) -> None:
    """``result`` into ``view.output`` by its extension, whole or not at all."""
    assert view.output is not None
    target = view.output
    check_target(target, view.inputs)
    spec = format_for_path(target)
    module, function = spec.writer.split(":")
    writer = getattr(importlib.import_module(module), function)
    target = Path(os.path.realpath(target))  # through a link, to the file it names
    if target.exists() and not target.is_file():
        # A device or a pipe (/dev/stdout, a named pipe): written to as it is, never
        # replaced by a file.
        try:
            with target.open("wb") as handle:
                writer(result, handle, view, spec.name)
        except OSError as error:
            raise _unwritable(target, error) from None
        return
    folder = target.parent if str(target.parent) else Path(".")
    try:
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".partial", dir=folder
        )
    except OSError as error:
        raise _unwritable(target, error) from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            writer(result, handle, view, spec.name)
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except OSError as error:
        _remove(temporary)
        raise _unwritable(target, error) from None
    except BaseException:
        _remove(temporary)
        raise


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def _mode_for(target: Path) -> int:
    """The target's own permissions where it exists, else what the umask allows."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _unwritable(target: Path, error: OSError) -> OutputError:
    return OutputError(
        "output.unwritable", field="output", path=str(target), reason=error.strerror or str(error)
    )
