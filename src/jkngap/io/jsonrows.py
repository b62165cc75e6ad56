"""JSON region files: an array of objects (read whole, up to MAX_JSON_BYTES), or JSON lines.

A duplicate key, a list or an object where a value should be, and nesting deeper than a
table's are each named; numbers are read exactly (decimals as Decimal).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from decimal import Decimal
from typing import IO, Any

from jkngap.core.errors import InputError
from jkngap.io.readers import Table, bad_encoding

__all__ = ["MAX_JSON_BYTES", "json_table"]

MAX_JSON_BYTES = 256 * 1024 * 1024  # a JSON array is read whole


def json_table(binary: IO[bytes], source: str, encoding: str) -> Table:
    """The rows of a JSON array of objects, or of JSON lines (each line's own error)."""
    text = io.TextIOWrapper(binary, encoding=encoding)
    try:
        content = text.read(MAX_JSON_BYTES + 1)
    except UnicodeDecodeError:
        raise bad_encoding(source, encoding, 1) from None
    finally:
        text.detach()  # the caller owns the file (or standard input)
    if len(content) > MAX_JSON_BYTES:
        raise InputError("batch.json_too_large", path=source, most=MAX_JSON_BYTES)
    stripped = content.lstrip()
    if not stripped:
        raise InputError("batch.empty", path=source)
    items: list[tuple[int, Any]] = []
    if stripped.startswith("["):
        loaded = _json(content, source)
        if isinstance(loaded, InputError):
            raise loaded
        items = list(enumerate(loaded, start=1))
    else:
        for number, line in enumerate(content.splitlines(), start=1):
            if line.strip():
                items.append((number, _json(line, source, one_line=True)))
    header: list[str] = []
    for _, item in items:
        if isinstance(item, dict):
            header.extend(key for key in item if key not in header)

    def rows() -> Iterator[tuple[int, list[Any]]]:
        for number, item in items:
            if isinstance(item, dict):
                nested = next((k for k, v in item.items() if isinstance(v, list | dict)), None)
                if nested is None:
                    yield number, [item.get(key) for key in header]
                else:
                    yield number, [InputError("batch.json_nested", column=nested)]
            elif isinstance(item, InputError):
                yield number, [item]
            else:
                yield number, [InputError("batch.not_an_object")]

    return Table(header, rows(), source)


def _json(text: str, source: str, *, one_line: bool = False) -> Any:
    """One JSON value, exactly (decimals as Decimal); what cannot be read is an InputError,
    returned for a line of JSON lines (its row says why)."""

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [key for key, _ in items]
        repeated = next((key for key in keys if keys.count(key) > 1), None)
        if repeated is not None:
            raise _DuplicateKey(repeated)
        return dict(items)

    try:
        return json.loads(text, parse_float=Decimal, object_pairs_hook=pairs)
    except json.JSONDecodeError as error:
        if one_line:
            return InputError("batch.bad_json_line", reason=error.msg)
        return InputError("batch.unreadable", path=source, line=error.lineno, reason=error.msg)
    except _DuplicateKey as error:
        return InputError("batch.json_duplicate_key", key=str(error))
    except RecursionError:
        return InputError("batch.json_too_deep", path=source)


class _DuplicateKey(Exception):
    pass
