"""Which column of a file holds what: header aliases in Indonesian and English.

Headers are matched ignoring case, spaces, underscores and punctuation, so that
"Jumlah Penduduk", "jumlah_penduduk" and "JUMLAH PENDUDUK" are one column.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from jkngap.core.errors import Field, InputError
from jkngap.core.headers import as_headers, given_columns, normalise_header, roles_by_header
from jkngap.core.regions import COUNT_KEYS, OUTPUT_KEYS, SUM_KEYS, TAIL_KEYS
from jkngap.core.segments import is_segment_name

__all__ = [
    "ALIASES",
    "COUNT_COLUMNS",
    "PERCENT_COLUMNS",
    "RESERVED",
    "Columns",
    "as_headers",
    "free_name",
    "header_named",
    "is_percent_header",
    "looks_like_header",
    "normalise_header",
    "role_of",
    "roles_by_header",
    "segment_of",
    "unmapped",
]

# Headers are matched ignoring case, spaces, underscores and punctuation.
ALIASES: dict[str, tuple[str, ...]] = {
    "region": (
        "region",
        "wilayah",
        "daerah",
        "kabupaten/kota",
        "kab/kota",
        "kabupaten",
        "kota",
        "provinsi",
        "kecamatan",
        "desa",
        "kelurahan",
        "desa/kelurahan",
        "nama",
        "name",
        "nama wilayah",
        "nama daerah",
    ),
    "code": ("code", "kode", "kode wilayah", "kode daerah", "region code"),
    "population": ("population", "pop", "penduduk", "jumlah penduduk", "jml penduduk"),
    "registered": (
        "registered",
        "peserta",
        "terdaftar",
        "peserta terdaftar",
        "jumlah peserta",
        "peserta jkn",
    ),
    "active": ("active", "aktif", "peserta aktif", "jumlah peserta aktif"),
    # Published percentages, compared with the counts by --check.
    "coverage": ("coverage", "coverage pct", "cakupan", "cakupan kepesertaan", "persen cakupan"),
    "active_rate": (
        "active rate",
        "activity",
        "activity pct",
        "keaktifan",
        "tingkat keaktifan",
        "persen aktif",
    ),
}
COUNT_COLUMNS = ("population", "registered", "active")
PERCENT_COLUMNS = ("coverage", "active_rate")


# A header named in a message: its first columns, then how many more (a file of 100,000
# columns would otherwise print them all).
_MOST_NAMED = 20


def header_named(header: Sequence[object]) -> str:
    """A header's columns as a message lists them: the first few, then how many more."""
    more = len(header) - _MOST_NAMED
    named = ", ".join(str(name) for name in header[:_MOST_NAMED])
    return named + (f" (+{more})" if more > 0 else "")


_LOOKUP = roles_by_header(ALIASES)


def role_of(header: object) -> str | None:
    """The figure (or name, code) jkngap reads a column as, by its header; None for any
    other column."""
    return _LOOKUP.get(normalise_header(str(header)))


def looks_like_header(cells: Sequence[object]) -> bool:
    """Whether a row names at least one count column jkngap reads (the header, not a title
    above it), or a segment's."""
    return any(role_of(cell) in COUNT_COLUMNS or segment_of(str(cell)) for cell in cells if cell)


_PERCENT_WORDS = ("persen", "percent", "pct", "cakupan", "keaktifan", "coverage", "rate")


def is_percent_header(header: str) -> bool:
    """Whether a column's header says it holds percentages: a published coverage or
    activity column, or any header with % or a word for it ("Rasio (%)", "persen")."""
    if "%" in header:
        return True
    text = normalise_header(header)
    return _LOOKUP.get(text) in PERCENT_COLUMNS or any(word in text for word in _PERCENT_WORDS)


_ACTIVE = re.compile(r"^(jumlah|jml)?(peserta)?(aktif|active)|(aktif|active)$")
_REGISTERED = re.compile(
    r"^(jumlah|jml)?(peserta)?(terdaftar|registered)?|(terdaftar|registered|peserta)$"
)


def segment_of(header: str) -> tuple[str, bool] | None:
    """(the segment's name as written, whether it counts the active) for a segment
    column's header; None for any other header."""
    text = normalise_header(header)
    active = bool(_ACTIVE.search(text))
    rest = _ACTIVE.sub("", text) if active else _REGISTERED.sub("", text)
    rest = _REGISTERED.sub("", rest) if active else rest
    return (rest, active) if rest and is_segment_name(rest) else None


@dataclass
class Columns:
    """Where each role's column is in a header, and the columns that pass through."""

    roles: dict[str, int]
    passthrough: list[tuple[int, str]]

    @classmethod
    def find(
        cls, header: list[str], mapping: dict[str, str], source: str, *, published: bool
    ) -> Columns:
        def not_found(name: str) -> InputError:
            return InputError(
                "batch.missing_column",
                field="columns",
                name=name,
                source=source,
                header=header_named(header),
            )

        roles = given_columns(header, mapping, ALIASES, "batch.unknown_role", not_found)
        given = set(roles)
        for index, name in enumerate(header):
            found = role_of(name)
            if found in PERCENT_COLUMNS and not published:
                continue  # without --check a published percentage passes through untouched
            if not found or found in given or index in roles.values():
                continue
            if found in roles:  # two columns for one figure: which is meant?
                raise InputError(
                    "batch.two_columns",
                    path=source,
                    first=header[roles[found]],
                    second=name,
                    columns_option=Field("columns"),
                    role=found,
                )
            roles[found] = index
        if not any(role in roles for role in COUNT_COLUMNS) and not any(map(segment_of, header)):
            raise InputError(
                "batch.no_header",
                path=source,
                header=header_named(header),
                column_option=Field("columns"),
            )
        taken = set(roles.values())
        passthrough: list[tuple[int, str]] = []
        named: set[str] = set()
        for index, name in enumerate(header):
            if index in taken:
                continue
            shown, copy = name, 1
            while shown in named:  # a name twice: the second is renamed, never overwritten
                copy += 1
                shown = f"{name} ({copy})"
            named.add(shown)
            passthrough.append((index, shown))
        return cls(roles, passthrough)


# Words a header jkngap does not know may hold, and the figure each suggests, in the
# order they are tried ("keaktifan" before "aktif", "peserta aktif" before "peserta").
_GUESSES = (
    ("keaktifan", "active_rate"),
    ("cakupan", "coverage"),
    ("coverage", "coverage"),
    ("penduduk", "population"),
    ("population", "population"),
    ("pddk", "population"),
    ("aktif", "active"),
    ("active", "active"),
    ("peserta", "registered"),
    ("terdaftar", "registered"),
    ("registered", "registered"),
    ("kode", "code"),
)


def unmapped(header: list[str], columns: Columns, *, published: bool) -> list[tuple[str, str]]:
    """(header, figure) of each column jkngap passes through whose name suggests a figure
    it reads but has no column for ("Jml Penduduk (DKB)", "Jml Peserta JKN"): what
    ``--column FIGURE=HEADER`` would map. Percentages only with ``published`` (--check)."""
    found = []
    for index, name in columns.passthrough:
        if segment_of(header[index]):
            continue
        text = normalise_header(header[index])
        role = next((role for word, role in _GUESSES if word in text), None)
        if role is None or role in columns.roles:
            continue
        if role in PERCENT_COLUMNS and not published:
            continue
        found.append((name, role))
    return found


# Keys every record has, besides the input's own columns: an input column of one of these
# names keeps its text under a new name, never overwriting or splitting an output column.
RESERVED = frozenset(
    {"row", "source", "region", "code", *COUNT_KEYS, *OUTPUT_KEYS, *SUM_KEYS, *TAIL_KEYS}
    # The other commands' keys too: a file that carries them (a budget, the days of a
    # plan) may be read beside their results one day, and must never be taken for them.
    | {
        "base",
        "criteria",
        "exact",
        "met",
        "target_pct",
        "people",
        "premium",
        "months",
        "budget",
        "unspent",
        "from",
        "by",
        "days",
        "working_days",
        "agents",
        "per_month",
        "per_week",
        "per_working_day",
        "per_agent_per_working_day",
        "region_code",
        "region_name",
        "population_source",
        "rolled_up",
        "segments",
    }
)


def free_name(name: str) -> str:
    """An input column's name in the output: renamed where the output uses it, or where
    machine formats would split it (``*_range`` becomes ``*_low`` and ``*_high``)."""
    if name in RESERVED or name.endswith("_range"):
        return f"{name} (input)"
    return name
