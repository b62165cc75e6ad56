"""Where person-level data may rest: a private folder for a run's temporary data, files
readable by their owner alone, and the secret key of keyed hashes.

The private folder (mode 0o700) holds DuckDB's spill files and workbooks turned into CSV;
it is removed when the run ends, however it ends: normally, on an error, on Ctrl-C
(KeyboardInterrupt) and on SIGTERM (turned into the same, for the length of the run). A
list written for field work is created with mode 0o600 under a temporary name in its
folder, and moved into place whole, or not at all.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import stat
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import IO, Any

from jkngap.core.errors import InputError, OutputError, system_reason
from jkngap.core.nik import scrub

__all__ = ["KEY_LEAST", "KEY_MOST", "private_file", "private_folder", "read_key", "shown_path"]

KEY_LEAST = 16  # bytes: a key shorter than 128 bits can be guessed
KEY_MOST = 4096  # bytes: a key file larger than this is not a key


def shown_path(path: str | os.PathLike[str]) -> str:
    """A path as a message may show it: a file named after a NIK does not show the NIK."""
    return scrub(os.fspath(path), most=300)


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the run is, so that what it holds is let go of on the way out."""


def _on_term(signum: int, frame: FrameType | None) -> None:
    raise _Terminated


@contextlib.contextmanager
def private_folder(parent: str | os.PathLike[str] | None = None) -> Iterator[Path]:
    """A new folder only its owner can enter (0o700), removed with all it holds at the end
    of the ``with``, also on Ctrl-C and SIGTERM (while the run is in the main thread)."""
    try:
        folder = Path(tempfile.mkdtemp(prefix="jkngap-match-", dir=parent))
    except OSError as error:
        raise OutputError(
            "match.private_folder",
            path=shown_path(parent or tempfile.gettempdir()),
            reason=system_reason(error),
        ) from None
    os.chmod(folder, stat.S_IRWXU)  # mkdtemp's mode already; said again, for the reader
    previous: Any = None
    in_main = threading.current_thread() is threading.main_thread()
    if in_main:
        previous = signal.signal(signal.SIGTERM, _on_term)
    try:
        yield folder
    finally:
        try:
            shutil.rmtree(folder, ignore_errors=True)
        finally:
            if in_main:
                signal.signal(signal.SIGTERM, previous)


class Terminations:
    """What a run is told of SIGTERM while it runs: whether one came, and whom to interrupt
    (DuckDB, whose statements run in C where no Python signal handler can reach them)."""

    def __init__(self) -> None:
        self.received = threading.Event()
        self.interrupt: Callable[[], None] = lambda: None


@contextlib.contextmanager
def terminations() -> Iterator[Terminations]:
    """SIGTERM, caught by a thread of its own for the length of the ``with``: it interrupts
    whatever :attr:`Terminations.interrupt` names, and the ``with`` ends in
    KeyboardInterrupt, as on Ctrl-C (which DuckDB answers by itself). Enter it before any
    thread is started (DuckDB's), so that every thread leaves SIGTERM to this one."""
    told = Terminations()
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "pthread_sigmask"
    ):
        yield told
        return
    done = threading.Event()
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})

    def wait() -> None:
        while not done.is_set():
            signal.sigwait({signal.SIGTERM})
            if done.is_set():
                return
            told.received.set()
            told.interrupt()

    waiter = threading.Thread(target=wait, name="jkngap-sigterm", daemon=True)
    waiter.start()
    try:
        yield told
    finally:
        done.set()
        if waiter.ident is not None:
            signal.pthread_kill(waiter.ident, signal.SIGTERM)
        waiter.join(timeout=5)
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
    if told.received.is_set():
        raise _Terminated


@contextlib.contextmanager
def private_file(path: str | os.PathLike[str], *, binary: bool = False) -> Iterator[IO[Any]]:
    """A file for person-level data: created readable and writable by its owner alone
    (0o600), written under a temporary name beside ``path`` and moved into place when the
    ``with`` ends without an error; on an error (or Ctrl-C) nothing is left behind.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "list.csv"
    >>> with private_file(target) as stream:
    ...     _ = stream.write("code,nik\\n")
    >>> oct(target.stat().st_mode & 0o777)
    '0o600'
    """
    target = Path(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor, temporary = _exclusive(target, flags)
    except OSError as error:
        raise OutputError(
            "match.output_unwritable",
            path=shown_path(target),
            reason=system_reason(error),
        ) from None
    try:
        os.fchmod(descriptor, stat.S_IRUSR | stat.S_IWUSR)  # whatever the umask allowed
        mode = "wb" if binary else "w"
        options: dict[str, Any] = {} if binary else {"encoding": "utf-8", "newline": ""}
        with os.fdopen(descriptor, mode, **options) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _exclusive(target: Path, flags: int) -> tuple[int, Path]:
    """A new file beside ``target`` under a name nobody else has (mode 0o600 from the
    start: the data is never readable by others, not even for a moment)."""
    for attempt in range(100):
        temporary = target.with_name(f".{target.name}.{os.getpid()}.{attempt}.part")
        try:
            return os.open(temporary, flags, 0o600), temporary
        except FileExistsError:
            continue
    raise FileExistsError(str(target))


def read_key(path: str | os.PathLike[str]) -> bytes:
    """The secret of keyed hashes (HMAC-SHA256), from a file: its bytes, a final line end
    taken off. At least KEY_LEAST bytes; the key itself is never shown."""
    shown = shown_path(path)
    try:
        with open(path, "rb") as stream:
            key = stream.read(KEY_MOST + 1)
    except OSError as error:
        raise InputError("match.key_unreadable", path=shown, reason=system_reason(error)) from None
    if len(key) > KEY_MOST:
        raise InputError("match.key_too_long", path=shown, most=KEY_MOST)
    key = key.rstrip(b"\r\n")
    if len(key) < KEY_LEAST:
        raise InputError("match.key_too_short", path=shown, least=KEY_LEAST)
    return key


def key_is_open(path: str | os.PathLike[str]) -> bool:
    """Whether others than the owner may read the key file (a warning, not a refusal)."""
    try:
        return bool(os.stat(path).st_mode & (stat.S_IRWXG | stat.S_IRWXO))
    except OSError:
        return False
