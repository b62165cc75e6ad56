"""A roster of field agents read from a file: ``agent, home area, days a week``.

Any format a region file can be (CSV, TSV, semicolon CSV, JSON, XLSX), read as hostile as
one: at most ``MAX_AGENTS`` agents, labels and homes of bounded length, no control
characters, days a whole number from 1 to 5 (the working days of plan's calendar), each
agent once. Every row that breaks a rule is named; none is guessed at or left out quietly.

An agent's label is shown in every output beside their areas: an agent code (``A01``) is
better than a person's name. Messages name a roster's rows by line, never by label.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jkngap.core.agents import FULL_WEEK, RosterAgent
from jkngap.core.errors import InputError
from jkngap.core.model import Note
from jkngap.core.text import CONTROLS
from jkngap.io.columns import header_named, normalise_header, roles_by_header
from jkngap.io.inputs import open_inputs
from jkngap.io.readers import BAD_BYTE, Table, bad_encoding

__all__ = [
    "MAX_AGENTS",
    "MAX_HOME",
    "MAX_LABEL",
    "ROSTER_HEADERS",
    "Roster",
    "line_ranges",
    "open_roster",
    "read_roster",
]

MAX_AGENTS = 10_000  # Bandung has 103 agents; a province's kader run to thousands
MAX_LABEL = 64
MAX_HOME = 200  # a region's name with its kecamatan, or a code
# Control characters and the marks that reorder text: an agent's name or home with one
# is refused (a right-to-left override would show another name than the cell holds).
_CONTROL = re.compile(CONTROLS)

ROSTER_HEADERS: dict[str, tuple[str, ...]] = {
    "agent": (
        "agent",
        "agen",
        "kode agen",
        "agent code",
        "agent id",
        "nama agen",
        "petugas",
        "kode petugas",
        "kader",
        "pesiar",
    ),
    "home": (
        "home area",
        "home",
        "home code",
        "area",
        "wilayah",
        "kode wilayah",
        "wilayah asal",
        "domisili",
        "desa",
        "kelurahan",
        "desa/kelurahan",
        "code",
        "kode",
    ),
    "days": (
        "days a week",
        "days per week",
        "days",
        "hari",
        "hari kerja",
        "hari per minggu",
        "hari seminggu",
    ),
}
_LOOKUP = roles_by_header(ROSTER_HEADERS)


@dataclass(frozen=True)
class Roster:
    """The agents of a roster file, in its order, each with the line it came from."""

    agents: tuple[RosterAgent, ...]
    source: str


def _columns(table: Table) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, name in enumerate(table.header):
        role = _LOOKUP.get(normalise_header(str(name)))
        if role is None:
            continue
        if role in found:
            raise InputError(
                "roster.two_columns",
                path=table.source,
                first=table.header[found[role]],
                second=name,
            )
        found[role] = index
    missing = [role for role in ROSTER_HEADERS if role not in found]
    if missing:
        raise InputError(
            "roster.no_column",
            path=table.source,
            missing=", ".join(ROSTER_HEADERS[role][0] for role in missing),
            header=header_named(table.header),
        )
    return found


def _text(value: Any, most: int, table: Table, line: int) -> str | Note:
    """A cell as text, or the reason it cannot be one."""
    text = "" if value is None else str(value).strip()
    if table.encoding is not None and BAD_BYTE.search(text):
        raise bad_encoding(table.source, table.encoding, line)
    if not text:
        return Note("roster.empty_cell")
    if len(text) > most:
        return Note("roster.too_long", {"most": most})
    if _CONTROL.search(text):
        return Note("roster.control_character")
    return text


def _days(value: Any) -> int | Note:
    """Days a week from a cell: a whole number from 1 to FULL_WEEK."""
    if isinstance(value, bool):
        return Note("roster.days_range", {"most": FULL_WEEK})
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, int) and 1 <= value <= FULL_WEEK:
        return value
    return Note("roster.days_range", {"most": FULL_WEEK})


def line_ranges(lines: list[int], most: int = 100) -> str:
    """Lines named in a message, runs of them as ranges (``3-7, 12``): every line, unless
    there are more than ``most`` runs (then the first ``most``, and how many lines more)."""
    runs: list[list[int]] = []
    for line in lines:
        if runs and line == runs[-1][1] + 1:
            runs[-1][1] = line
        else:
            runs.append([line, line])
    shown = [str(a) if a == b else f"{a}-{b}" for a, b in runs[:most]]
    rest = sum(b - a + 1 for a, b in runs[most:])
    return ", ".join(shown) + (f" (+{rest})" if rest else "")


def _rows(table: Table) -> Iterator[tuple[int, list[Any]]]:
    for count, (line, cells) in enumerate(table.rows, start=1):
        if count > MAX_AGENTS:
            raise InputError("roster.too_many", path=table.source, most=MAX_AGENTS)
        yield line, cells


def read_roster(table: Table) -> Roster:
    """Every agent of a roster table, or an :class:`InputError` naming every row that
    cannot be read (and why the first cannot)."""
    columns = _columns(table)
    agents: list[RosterAgent] = []
    bad: list[tuple[int, Note]] = []
    seen: dict[str, int] = {}
    for line, cells in _rows(table):
        if len(cells) == 1 and isinstance(cells[0], InputError):
            bad.append((line, Note("roster.row_unreadable")))
            continue
        padded = [*cells, *([None] * (len(table.header) - len(cells)))]
        label = _text(padded[columns["agent"]], MAX_LABEL, table, line)
        home = _text(padded[columns["home"]], MAX_HOME, table, line)
        days = _days(padded[columns["days"]])
        problem = next((found for found in (label, home, days) if isinstance(found, Note)), None)
        if problem is None and isinstance(label, str):
            earlier = seen.get(label.casefold())
            if earlier is not None:
                problem = Note("roster.agent_twice", {"earlier": earlier})
            else:
                seen[label.casefold()] = line
        if problem is not None:
            bad.append((line, problem))
            continue
        assert isinstance(label, str)
        assert isinstance(home, str)
        assert isinstance(days, int)
        agents.append(RosterAgent(label, home, days, line))
    if bad:
        line, reason = bad[0]
        raise InputError(
            "roster.unread",
            path=table.source,
            count=len(bad),
            rows=line_ranges([row for row, _ in bad]),
            line=line,
            reason=reason,
        )
    if not agents:
        raise InputError("roster.empty", path=table.source)
    return Roster(tuple(agents), table.source)


def open_roster(path: str, stack: contextlib.ExitStack) -> Roster:
    """The roster in the file ``path`` (any format a region file can be), read whole."""
    tables, _ = open_inputs([path], stack, stdin=None)
    return read_roster(tables[0])
