"""The one way out: any result, in the format asked for, to standard output or a file.

A file is written whole or not at all: into a temporary file beside it, moved into place
only when complete, and never over one of the command's inputs.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TextIO, cast

from jkngap.core.errors import JkngapError, OutputError, system_reason
from jkngap.core.model import Note
from jkngap.core.results import Many, Single
from jkngap.output.formats import (
    Format,
    PassingStream,
    Shown,
    Terminated,
    View,
    at_terminal,
    default_format,
)
from jkngap.output.registry import OutputFormat, format_for_path, stdout_format


def show(result: Shown, view: View, *, stdout: TextIO, stderr: TextIO) -> None:
    """Show ``result``: data to standard output (or ``view.output``), warnings to standard
    error, in every format, so that data stays clean."""
    if isinstance(result, Single):
        warn(result, view.lang, stderr)
    if view.output is not None:
        write_file(result, view)
    else:
        fmt = view.format or default_format(stdout)
        try:
            _to_stdout(result, view, fmt, stdout)
        except JkngapError:
            if isinstance(result, Many) and not stdout_format(fmt).whole:
                # Rows stream out as they are read: those before the error are on standard
                # output already, and a program reading it must not take them for the file.
                _warning(Note("output.stdout_incomplete", {}, warning=True), view.lang, stderr)
            raise
    if isinstance(result, Many):
        warn(result, view.lang, stderr)  # its notes are known once every row is read


def _to_stdout(result: Shown, view: View, fmt: Format, stdout: TextIO) -> None:
    """Standard output in the format ``fmt``; a stream that cannot take it (a full disk,
    an encoding without the characters) is an error naming it, exit 2, never a bug."""
    try:
        if fmt is Format.TABLE:
            # What a table needs of a stream, no more: it falls back to what it can show.
            stdout = cast(TextIO, _Shown(stdout))
        _write_stdout(result, view, fmt, stdout)
        stdout.flush()
    except BrokenPipeError:
        raise  # the reader has gone: the command line ends quietly
    except UnicodeEncodeError as error:
        shown = error.object[error.start : error.end]
        raise OutputError("output.cannot_encode", encoding=error.encoding, text=shown) from None
    except OSError as error:
        reason = system_reason(error)
        raise OutputError("output.stdout_unwritable", reason=reason) from None


class _Shown(PassingStream):
    """A terminal whose encoding cannot show every character (ASCII, a code page): the
    bars drawn in ASCII, and any other character it lacks as ``?``, so that the table
    always shows. Rich reads ``encoding`` and draws its boxes in ASCII then too."""

    _ASCII_BARS = str.maketrans(
        {"█": "#", "▏": "#", "▎": "#", "▍": "#", "▌": "#", "▋": "#", "▊": "#", "▉": "#"}
        | {"·": ".", "┃": "|", "…": "..."}
    )

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.encoding = stream.encoding or "utf-8"
        try:
            "█▏·┃…".encode(self.encoding)
            self.full = True
        except (UnicodeEncodeError, LookupError):
            self.full = False

    def write(self, text: str) -> int:
        if not self.full:
            text = text.translate(self._ASCII_BARS)
        try:
            text.encode(self.encoding)
        except UnicodeEncodeError:
            text = text.encode(self.encoding, "replace").decode(self.encoding)
        except LookupError:
            pass
        return self.stream.write(text)


def _write_stdout(result: Shown, view: View, fmt: Format, stdout: TextIO) -> None:
    spec = stdout_format(fmt)
    assert spec.text is not None  # every Format has a text writer (a test checks)
    if fmt is Format.TABLE and not view.all_rows and _at_terminal(stdout):
        from jkngap.output.terminal import terminal_height

        # At a terminal, a screenful of the rows furthest from the targets, worst first;
        # every row when asked, or when the table goes to a file or a pipe.
        view = view._replace(screenful=max(10, terminal_height(stdout) - 12))
    if not spec.whole:
        spec.text(result, stdout, view)
        return
    # A document valid only whole (JSON): written once complete, so that a run stopped
    # half-way (an unreadable row deep in a file) leaves nothing a program would parse.
    with io.TextIOWrapper(tempfile.TemporaryFile(), encoding="utf-8", newline="") as spool:
        spec.text(result, spool, view)
        spool.seek(0)
        shutil.copyfileobj(spool, stdout)


def _at_terminal(stream: TextIO) -> bool:
    return at_terminal(stream)


def warn(result: Shown, lang: str, stream: TextIO) -> None:
    """The result's warnings, one line each, on standard error."""
    for note in result.notes:
        if note.warning:
            _warning(note, lang, stream)


def _warning(note: Note, lang: str, stream: TextIO) -> None:
    """One warning's line on standard error."""
    from jkngap.output.cells import sentence, visible
    from jkngap.output.words import translate

    stream.write(f"jkngap: {translate('warning', lang)}: {visible(sentence(note, lang))}\n")


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


def is_one_of(path: Path, inputs: Iterable[Path]) -> bool:
    """Whether ``path`` is one of the files ``inputs`` (by device and inode: a link too)."""
    mine = _identity(path)
    return mine is not None and any(_identity(given) == mine for given in inputs)


def check_target(output: Path, inputs: tuple[Path, ...]) -> None:
    """Refuse, before anything is read, an ``-o`` of unknown format or one that is an input."""
    format_for_path(output)
    if is_one_of(output, inputs):
        raise OutputError("output.is_input", field="output", path=str(output))


def write_file(result: Shown, view: View) -> None:
    """``result`` into ``view.output`` by its extension, whole or not at all."""
    assert view.output is not None
    target = view.output
    check_target(target, view.inputs)
    spec = format_for_path(target)
    target = Path(os.path.realpath(target))  # through a link, to the file it names
    if target.exists() and not target.is_file():
        # A device or a pipe (/dev/stdout, a named pipe): written to as it is, never
        # replaced by a file.
        try:
            with target.open("wb") as handle:
                _write(spec, result, handle, view)
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
        with _terminated_here(), os.fdopen(descriptor, "wb") as handle:
            _write(spec, result, handle, view)
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except OSError as error:
        _remove(temporary)
        raise _unwritable(target, error) from None
    except BaseException:
        _remove(temporary)
        raise


@contextlib.contextmanager
def _terminated_here() -> Iterator[None]:
    """Within the block, SIGTERM raises :class:`Terminated` where the writing is, so that
    the temporary file is removed on the way out (Python's default would leave it)."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may take signals
        return

    def stop(signum: int, frame: object) -> None:
        raise Terminated(signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _write(spec: OutputFormat, result: Shown, handle: IO[bytes], view: View) -> None:
    """A format into a file: bytes as its writer makes them, text as UTF-8."""
    if spec.binary is not None:
        spec.binary(result, handle, view)
        return
    assert spec.text is not None
    text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
    try:
        spec.text(result, text, view)
        text.flush()
    finally:
        text.detach()


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
        "output.unwritable", field="output", path=str(target), reason=system_reason(error)
    )
