"""The project's own exceptions, in the library's words: a key, its parameters, and where.

An error names what was wrong as the library knows it: a ``field`` (an argument such as
``population``), a file (``path``), a file's ``column`` or ``row``. It is turned into a
sentence only when it is shown: the command line names the option (``--pop``) in the
user's language, a Python caller sees the argument. Other fields a message mentions are
parameters of type :class:`Field`, named the same way. No exit codes live here.
"""

from __future__ import annotations

import errno
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple, TypeVar

__all__ = [
    "Field",
    "InputError",
    "JkngapError",
    "OutputError",
    "SystemReason",
    "entry",
    "preset_named",
    "reason_of",
    "refused_choice",
    "system_reason",
]

Entry = TypeVar("Entry")


class Field(str):
    """The name of an argument, in the library's words, mentioned inside a message."""

    __slots__ = ()


class SystemReason(NamedTuple):
    """Why the operating system refused a file, as a message parameter: its error's name
    (``ENOENT``), said in the user's language when shown, and the system's own English
    text for an error no catalogue names."""

    name: str
    text: str

    def __str__(self) -> str:
        return self.text


def system_reason(error: OSError) -> SystemReason:
    """The reason an ``OSError`` gives, by its error number."""
    return SystemReason(errno.errorcode.get(error.errno or 0, ""), error.strerror or str(error))


def reason_of(error: BaseException, fallback: str) -> SystemReason | str:
    """Why a library failed, as a message parameter: the operating system's reason where it
    is one (said in the user's language by its error number), else ``fallback``, the
    library's own words (no catalogue has them)."""
    return system_reason(error) if isinstance(error, OSError) else fallback


class JkngapError(Exception):
    """Base of every error jkngap raises on purpose."""

    def __init__(
        self,
        key: str,
        /,
        *,
        field: str | None = None,
        path: str | None = None,
        column: str | None = None,
        row: int | None = None,
        **params: Any,
    ) -> None:
        self.key = key
        self.field = field  # the argument at fault, as the library calls it
        self.path = path  # the file at fault
        self.column = column  # the column of a file, as its header says
        self.row = row  # the line of a file
        self.params = params
        super().__init__(key)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled whole (an exception's default keeps only its first argument)."""
        where = {"field": self.field, "path": self.path, "column": self.column, "row": self.row}
        return (_rebuild, (type(self), self.key, where, self.params))

    def where(self) -> str:
        """Where the error is, in the library's words: ``population``, ``kalbar.csv``."""
        parts = [part for part in (self.path, self.field) if part]
        if self.column is not None:
            parts.append(f"column {self.column!r}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        return ", ".join(parts)

    def __str__(self) -> str:
        """The key and its parameters; ``jkngap.explain(error)`` gives the sentence."""
        shown = ", ".join(f"{name}={value!s}" for name, value in self.params.items())
        text = f"{self.key} ({shown})" if shown else self.key
        where = self.where()
        return f"{where}: {text}" if where else text


class InputError(JkngapError):
    """Bad input: an unreadable number, a value out of range, arguments that do not fit.

    Nothing was computed.
    """


class OutputError(JkngapError):
    """A result could not be written where it was asked to go (a missing folder, no
    permission, a full disk, a file that is also an input). Nothing was left behind."""


def refused_choice(text: str, choices: Iterable[str], field: str) -> InputError:
    """The error for ``text`` where only one of ``choices`` will do, naming them."""
    return InputError("option.choice", field=field, text=text, choices=", ".join(choices))


def entry(table: Mapping[str, Entry], name: str, field: str) -> Entry:
    """``table[name]``; any other name is refused, naming the ones the table has."""
    try:
        return table[name]
    except KeyError:
        raise refused_choice(name, table, field) from None


def preset_named(presets: Mapping[str, Entry], name: str, *, key: str, field: str) -> Entry:
    """The preset called ``name``; any other is the input error ``key``, naming it and
    the ``known`` ones."""
    try:
        return presets[name]
    except KeyError:
        raise InputError(key, field=field, name=name, known=", ".join(presets)) from None


def _rebuild(
    kind: type[JkngapError], key: str, where: dict[str, Any], params: dict[str, Any]
) -> JkngapError:
    return kind(key, **where, **params)
