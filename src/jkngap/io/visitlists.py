"""Lists of people as ``match --list`` writes them (CSV or XLSX), read back for
``allocate agents --visits``: each row's desa code and KK, and all its cells, in order.

Read as hostile as any input: at most ``MAX_ROWS`` rows in all, cells of bounded length.
The rows hold personal data: no message here names a cell, only files, lines and counts.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import Any

from jkngap.core.errors import InputError
from jkngap.core.visits import ListRow
from jkngap.io.columns import normalise_header
from jkngap.io.inputs import open_inputs
from jkngap.io.tables import FileLayout

__all__ = ["MAX_CELL", "MAX_ROWS", "read_visit_lists"]

MAX_ROWS = 2_000_000  # a province's not-registered run to hundreds of thousands
MAX_CELL = 200  # a desa's name is the longest cell match writes
_CODE = ("code", "kode", "kode desa", "kode wilayah")
_KK = ("kk", "no kk", "nomor kk", "kk_hash")


def _column(header: list[str], names: Sequence[str]) -> int | None:
    wanted = {normalise_header(name) for name in names}
    return next((i for i, name in enumerate(header) if normalise_header(str(name)) in wanted), None)


def _cell(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int)):
        return value
    text = str(value).strip()
    return text[:MAX_CELL] if text else None


def read_visit_lists(paths: Sequence[str], stack: contextlib.ExitStack) -> list[ListRow]:
    """Every row of the lists at ``paths``, in order (a file's rows after the one before)."""
    rows: list[ListRow] = []
    for part, path in enumerate(paths):
        # match writes its header first: no title above it to look past.
        tables, _ = open_inputs([path], stack, stdin=None, layout=FileLayout(header_row=1))
        table = tables[0]
        header = [str(name) for name in table.header]
        code = _column(header, _CODE)
        if code is None:
            raise InputError("visits.no_code_column", field="visits", path=table.source)
        kk = _column(header, _KK)
        for line, cells in table.rows:
            if len(rows) >= MAX_ROWS:
                raise InputError(
                    "visits.too_many", field="visits", path=table.source, most=MAX_ROWS
                )
            if len(cells) == 1 and isinstance(cells[0], InputError):
                raise InputError("visits.row_unreadable", path=table.source, line=line)
            padded = [*cells, *([None] * (len(header) - len(cells)))]
            record = {name: _cell(value) for name, value in zip(header, padded, strict=False)}
            code_text = padded[code]
            rows.append(
                ListRow(
                    None if code_text is None else str(code_text).strip() or None,
                    None if kk is None or padded[kk] is None else str(padded[kk]).strip() or None,
                    record,
                    part,
                )
            )
        table.close()
    return rows
