"""Small cells of a table of regions, hidden so that they cannot be worked back out.

A count below ``min_cell`` (and above zero) says too much about too few people: it is
hidden (primary suppression). Hiding it alone is not enough where the table adds up: a
desa's hidden count is its kecamatan's total less its shown neighbours, and a row's hidden
registered count is its population less its unregistered. So, in every *line* (a row's
population against its registered and not registered; each count column within every
kecamatan, kabupaten/kota and province, and against the table's total), a hidden count is
never alone, and the hidden counts of a line whose total is known add up to ``min_cell``
at least; where they do not, the line's smallest shown count is hidden too (secondary
suppression), until every line holds. Figures worked out from a hidden count (coverage,
the gaps, the verdicts, a budget) are hidden with it.

What this does not do is said in docs/privacy.md: a hidden primary cell is still known to
lie between 1 and ``min_cell - 1``; zeros are shown; and two runs over different lists
can be subtracted from each other.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from jkngap.core.errors import InputError
from jkngap.core.model import Record

__all__ = ["LEAST_MIN_CELL", "Hidden", "suppress"]

# With min_cell 2, a hidden count could only be 1: hiding it would protect nothing.
LEAST_MIN_CELL = 3

Cell = tuple[int, str]  # (row index, key); the total's row index is -1
TOTAL = -1


@dataclass(frozen=True)
class Hidden:
    """What was hidden: the cells (row, key), primary and secondary, and their numbers."""

    cells: frozenset[Cell]
    primary: int
    secondary: int


@dataclass(frozen=True)
class _Line:
    total: Cell | None  # None: a total not in the table, but known (a parent region's)
    parts: tuple[Cell, ...]


def _check(min_cell: int) -> None:
    if isinstance(min_cell, bool) or not isinstance(min_cell, int) or min_cell < LEAST_MIN_CELL:
        raise InputError(
            "match.min_cell_small", field="min_cell", text=str(min_cell), least=LEAST_MIN_CELL
        )


def _lines(
    records: Sequence[Record],
    keys: Sequence[str],
    identities: Sequence[tuple[str, tuple[str, ...]]],
    depth: int,
) -> list[_Line]:
    lines: list[_Line] = []
    for index, record in enumerate(records):
        for total, parts in identities:
            if record.get(total) is not None and all(record.get(p) is not None for p in parts):
                lines.append(_Line((index, total), tuple((index, part) for part in parts)))
    for key in keys:
        present = [i for i, record in enumerate(records) if record.get(key) is not None]
        if not present:
            continue
        lines.append(_Line((TOTAL, key), tuple((i, key) for i in present)))
        for level in range(1, depth):
            groups: dict[str, list[int]] = {}
            for i in present:
                code = records[i].get("code")
                if isinstance(code, str) and code.count(".") + 1 > level:
                    groups.setdefault(".".join(code.split(".")[:level]), []).append(i)
            lines.extend(_Line(None, tuple((i, key) for i in rows)) for rows in groups.values())
    return lines


def suppress(
    records: Sequence[Record],
    total: Record,
    keys: Sequence[str],
    min_cell: int,
    *,
    identities: Sequence[tuple[str, tuple[str, ...]]] = (),
    depth: int = 4,
) -> Hidden:
    """The cells of ``records`` (and of ``total``, row -1) to hide under ``keys``: primary
    ones below ``min_cell``, and secondary ones until no line gives one away. ``identities``
    are the sums within a row (``("population", ("registered", "not_registered"))``: a
    total at least the sum of its parts); ``depth`` the number of parts of the rows' codes
    (4 for desa), whose every parent is a line. Nothing is changed here: see
    :func:`jkngap.core.match.hide`."""
    _check(min_cell)

    def value(cell: Cell) -> int:
        row, key = cell
        found = (total if row == TOTAL else records[row]).get(key)
        return found if isinstance(found, int) else 0

    cells: list[Cell] = [(i, key) for i in range(len(records)) for key in keys]
    cells += [(TOTAL, key) for key in keys]
    hidden = {cell for cell in cells if 0 < value(cell) < min_cell}
    primary = len(hidden)
    lines = _lines(records, keys, identities, depth)
    changed = True
    while changed:
        changed = False
        for line in lines:
            extra = _complement(line, hidden, value, min_cell)
            if extra is not None:
                hidden.add(extra)
                changed = True
    return Hidden(frozenset(hidden), primary, len(hidden) - primary)


def _complement(
    line: _Line, hidden: set[Cell], value: Callable[[Cell], int], min_cell: int
) -> Cell | None:
    """The cell to hide so that ``line`` gives nothing away, or None when it already does
    not: a hidden cell never alone in a line, hidden parts of a known total adding up to
    min_cell at least, a hidden total never the sum of parts all shown."""
    if line.total is None and (len(line.parts) < 2 or sum(map(value, line.parts)) < min_cell):
        # A parent region this small is hidden wherever its own total is shown; one with a
        # single row here has that row's figures, hidden there by the same rules.
        return None
    unknown = [cell for cell in line.parts if cell in hidden]
    total_known = line.total is None or line.total not in hidden
    if total_known:
        if not unknown or (len(unknown) >= 2 and sum(map(value, unknown)) >= min_cell):
            return None
    elif unknown:
        return None
    shown = [cell for cell in line.parts if cell not in hidden]
    if shown:
        nonzero = [cell for cell in shown if value(cell) > 0]
        return min(nonzero or shown, key=lambda cell: (value(cell), cell))
    if line.total is not None and total_known:
        return line.total  # every part hidden, and still too little: the total goes too
    return None
