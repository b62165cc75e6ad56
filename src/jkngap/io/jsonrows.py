"""JSON region files: an array of objects (its text up to MAX_JSON_BYTES), or JSON lines.

The text is held, never the whole of what it parses to (Python's objects take tens of
times the text's size): the header is the keys of every object, found in a first pass
that keeps none of them, and the rows are parsed again, one object at a time, as they
are read. A duplicate key, a list or an object where a value should be, and nesting
deeper than a table's are each named; numbers are read exactly (decimals as Decimal, and
an integer too long for Python's int as Decimal, for the cell to refuse).
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import IO, Any

from jkngap.core.errors import InputError
from jkngap.core.model import Note
from jkngap.io.readers import Table, bad_encoding, too_sparse

__all__ = ["MAX_JSON_BYTES", "json_table"]

MAX_JSON_BYTES = 256 * 1024 * 1024  # a JSON file's text is held while it is read
_SPACE = re.compile(r"[ \t\n\r]*")
_LINE_END = re.compile(r"\r\n?")
# An integer of more digits than this is kept as a Decimal (int() refuses 4,300 digits).
_INT_DIGITS = 30


def json_table(binary: IO[bytes], source: str, encoding: str) -> Table:
    """The rows of a JSON array of objects, or of JSON lines (each line's own error)."""
    # Line ends kept as they are: JSON lines end at a line feed only (see _json_lines).
    text = io.TextIOWrapper(binary, encoding=encoding, newline="")
    try:
        content = text.read(MAX_JSON_BYTES + 1)
    except UnicodeError:  # a UTF-16 stream without its mark raises the plain kind
        raise bad_encoding(source, encoding, 1) from None
    finally:
        text.detach()  # the caller owns the file (or standard input)
    if len(content) > MAX_JSON_BYTES:
        raise InputError("batch.json_too_large", path=source, most=MAX_JSON_BYTES)
    start = _skip(content, 0)
    if start == len(content):
        raise InputError("batch.empty", path=source)
    lines = None if content.startswith("[", start) else _json_lines(content)
    if lines is not None:
        content = ""  # the lines hold the text now
    elif "\r" in content:  # JSON's white space (raw in a string, an error either way):
        content = _LINE_END.sub("\n", content)  # lines counted as an editor counts them

    def items() -> Iterator[tuple[int, Any]]:
        return _array(content, start, source) if lines is None else _lines(lines)

    header: dict[str, None] = {}  # each key once, in order: an object may have 100,000
    given = count = 0
    first_bad: tuple[int, Any] | None = None
    for number, item in items():
        count += 1
        if isinstance(item, dict):
            header.update(dict.fromkeys(item))
            given += len(item)
        elif first_bad is None:
            first_bad = (number, item)
    keys = list(header)
    if not keys and first_bad is not None:  # no object at all: say why the first is none
        number, item = first_bad
        if isinstance(item, InputError):  # a JSON line that is no JSON
            reason = Note(item.key, item.params)
            raise InputError("batch.unreadable", path=source, line=number, reason=reason)
        raise InputError("batch.not_an_object", path=source)
    if too_sparse(given, count * len(keys)):
        raise InputError("batch.too_sparse", path=source, given=given, cells=count * len(keys))

    def rows() -> Iterator[tuple[int, list[Any]]]:
        for number, item in items():
            if isinstance(item, dict):
                nested = next((k for k, v in item.items() if isinstance(v, list | dict)), None)
                if nested is None:
                    yield number, list(map(item.get, keys))
                else:
                    yield number, [InputError("batch.json_nested", column=nested)]
            elif isinstance(item, InputError):
                yield number, [item]
            else:
                yield number, [InputError("batch.not_an_object")]

    return Table(keys, rows(), source)


def _array(content: str, start: int, source: str) -> Iterator[tuple[int, Any]]:
    """The items of the array at ``start``, numbered from 1, each parsed as it is reached;
    text that is not a JSON array is refused, naming its line."""
    decode = _DECODER.raw_decode
    at = _skip(content, start + 1)
    number = 0
    if content.startswith("]", at):
        at += 1
    else:
        while True:
            try:
                item, at = decode(content, at)
            except json.JSONDecodeError as error:
                raise InputError(
                    "batch.unreadable", path=source, line=error.lineno, reason=json_reason(error)
                ) from None
            except _DuplicateKey as error:
                raise InputError("batch.json_duplicate_key", path=source, key=str(error)) from None
            except RecursionError:
                raise InputError("batch.json_too_deep", path=source) from None
            number += 1
            yield number, item
            at = _skip(content, at)
            if content.startswith(",", at):
                at = _skip(content, at + 1)
            elif content.startswith("]", at):
                at += 1
                break
            else:
                raise _expected(content, at, source, "reason.json_comma_or_end")
    if _skip(content, at) != len(content):
        raise _expected(content, at, source, "reason.json_after_array")


def _skip(content: str, at: int) -> int:
    """Where the text goes on past any white space from ``at``."""
    found = _SPACE.match(content, at)
    return found.end() if found is not None else at


def _expected(content: str, at: int, source: str, reason: str) -> InputError:
    line = content.count("\n", 0, at) + 1
    return InputError("batch.unreadable", path=source, line=line, reason=Note(reason))


# What the json module says of text it cannot decode (json/decoder.py and its C scanner),
# by how its message begins: each said in the user's language.
_JSON_REASONS = (
    ("Expecting value", "reason.json_value"),
    ("Expecting ',' delimiter", "reason.json_comma"),
    ("Expecting ':' delimiter", "reason.json_colon"),
    ("Expecting property name enclosed in double quotes", "reason.json_key"),
    ("Extra data", "reason.json_extra"),
    ("Unterminated string", "reason.json_unterminated"),
    ("Invalid control character", "reason.json_control"),
    ("Invalid \\uXXXX escape", "reason.json_unicode_escape"),
    ("Invalid \\", "reason.json_escape"),
    ("Unexpected UTF-8 BOM", "reason.json_bom"),
)


def json_reason(error: json.JSONDecodeError) -> Note | str:
    """Why the json module could not decode a text, in the catalogue's words where it has
    them, else the module's own."""
    for start, key in _JSON_REASONS:
        if error.msg.startswith(start):
            return Note(key)
    return error.msg


def _json_lines(content: str) -> list[str]:
    """JSON lines, each ended by a line feed (a CR before it, or between a line's values,
    is JSON's white space; a U+2028 in a string is text): ``str.splitlines`` would end a
    line at each, and cut one value into two errors. A file with no line feed but CRs
    ends its lines in CR (old Mac), as the text reader takes a CSV file's, unless it is
    one value whole (one line, a CR inside it white space)."""
    if "\n" in content or "\r" not in content:
        return content.split("\n")
    if not isinstance(_one_line(content), InputError):
        return [content]
    return content.split("\r")


def _lines(lines: list[str]) -> Iterator[tuple[int, Any]]:
    """JSON lines: each line's value, or the InputError saying why it is none."""
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield number, _one_line(line)


def _one_line(text: str) -> Any:
    try:
        return _DECODER.decode(text)
    except json.JSONDecodeError as error:
        return InputError("batch.bad_json_line", reason=json_reason(error))
    except _DuplicateKey as error:
        return InputError("batch.json_duplicate_key", key=str(error))
    except RecursionError:
        return InputError("batch.json_too_deep")


class _DuplicateKey(Exception):
    pass


def _pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object, refused when one key is given twice (which would Python keep?)."""
    made = dict(items)
    if len(made) != len(items):
        seen: set[str] = set()
        for key, _ in items:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return made


def _integer(text: str) -> int | Decimal:
    return int(text) if len(text) <= _INT_DIGITS else Decimal(text)


_DECODER = json.JSONDecoder(
    parse_float=Decimal,
    parse_int=_integer,
    # NaN and Infinity are not JSON's: kept as the text they are, which no count reads.
    parse_constant=str,
    object_pairs_hook=_pairs,
)
