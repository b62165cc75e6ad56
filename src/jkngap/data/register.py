"""Look-ups in the region register: by code, by name (forgiving case, spacing, ``Kab.`` and
small misspellings), a region's parents and children, many codes at once for a file.

The register is an SQLite database inside the package (``register.sqlite``, built by
:mod:`jkngap.data.build`), opened read-only the first time a command needs it: one code
is one indexed read, so a look-up costs a few milliseconds, not the whole table.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from jkngap.core.errors import InputError, reason_of
from jkngap.core.places import (
    PROVINCE_SHORT,
    Region,
    code_parts,
    kind_of,
    lost_zero_readings,
    normal_code,
    register_core,
    split_name,
    words,
)

__all__ = ["DATABASE", "Register", "find_region", "find_regions", "open_register"]

DATABASE = Path(__file__).with_name("register.sqlite")
# How alike a misspelt name must be to the register's (difflib's ratio).
_CLOSE = 0.8
# Children of a code by level: the code, a dot, and the next part's digits.
_CHILD_DIGITS = {1: 2, 2: 2, 3: 4}
# The regions whose codes lie between two codes (at most so many), as one JSON object of
# code to name: SQLite compares text as UTF-8 bytes, which is the order of its characters,
# as Python compares them.
_STRETCH = (
    "select json_group_object(code, name) from "
    "(select code, name from region where code between ? and ? limit ?)"
)
_KINDS = {
    "provinsi": {"provinsi"},
    "kabupaten": {"kabupaten"},
    "kota": {"kota"},
    "kecamatan": {"kecamatan"},
    "desa": {"desa", "kelurahan"},
    "kelurahan": {"desa", "kelurahan"},
}


class Register:
    """The register, open for look-ups."""

    def __init__(self, path: Path = DATABASE) -> None:
        try:
            uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
            meta = dict(self._db.execute("select key, value from meta").fetchall())
        except (sqlite3.Error, OSError, ValueError) as error:
            raise InputError(
                "region.register_unavailable", path=str(path), reason=reason_of(error, str(error))
            ) from None
        self.source: str = meta["population_source"]
        self.register: str = meta["register"]

    def _region(self, row: Any, parents: bool) -> Region:
        """A row of (code, name, population) as a region."""
        code, name, population = row[:3]
        return Region(
            code=code,
            name=name,
            population=population,
            population_source=self.source if population is not None else None,
            parents=self._parents(code) if parents else (),
        )

    def _parents(self, code: str) -> tuple[tuple[str, str], ...]:
        parts = code.split(".")
        above = [".".join(parts[:n]) for n in range(1, len(parts))]
        if not above:
            return ()
        found: dict[str, str] = dict(self._query("code, name", "code in", above))
        return tuple((c, found[c]) for c in above if c in found)

    def _query(self, columns: str, where: str, values: list[str]) -> list[Any]:
        marks = ", ".join("?" * len(values))
        sql = f"select {columns} from region where {where} ({marks}) order by code"
        return self._db.execute(sql, values).fetchall()

    def get(self, code: str) -> Region | None:
        """The region of a code as the register writes it (``63.03``), or None."""
        row = self._db.execute(
            "select code, name, population from region where code = ?", (code,)
        ).fetchone()
        return None if row is None else self._region(row, parents=True)

    def name(self, code: str) -> str | None:
        """The register's name of a code (None where it has none)."""
        row = self._db.execute("select name from region where code = ?", (code,)).fetchone()
        return None if row is None else str(row[0])

    def regions(self, codes: Iterable[str]) -> dict[str, Region]:
        """The regions of many codes at once (those the register has), without parents:
        what a file of 84,000 villages asks, a few queries per block of rows."""
        wanted = json.dumps(sorted(set(codes)))
        source = self.source
        rows = self._db.execute(
            "select r.code, r.name, r.population from json_each(?) as j "
            "join region as r on r.code = j.value",
            (wanted,),
        ).fetchall()
        return {
            code: Region(code, name, people, source if people is not None else None)
            for code, name, people in rows
        }

    def names(self, codes: list[str]) -> list[str | None]:
        """The register's name of each code, in order (None where it has none): what a
        block of a long file is compared with, one query and no region made.

        A block of codes in order (a village file's, listed as the register lists them;
        or codes it has not) is the stretch of the register between its least and its
        greatest code, read in one row of JSON: no look-up a code, no row a region. A
        block whose stretch holds many more regions than it has codes (codes in no
        order) is looked up code by code."""
        if not codes:
            return []
        most = 2 * len(codes) + 64  # a stretch read whole holds fewer
        (stretch,) = self._db.execute(_STRETCH, (min(codes), max(codes), most)).fetchone()
        found: dict[str, str] = json.loads(stretch)
        if len(found) < most:
            return list(map(found.get, codes))
        rows = self._db.execute(
            "select r.name from json_each(?) as j "
            "left join region as r on r.code = j.value order by j.key",
            (json.dumps(codes),),
        ).fetchall()
        return [name for (name,) in rows]

    def children(self, region: Region) -> list[Region]:
        """The regions one level below ``region``, by code."""
        depth = code_parts(region.code)
        if depth not in _CHILD_DIGITS:
            return []
        pattern = region.code + "." + "[0-9]" * _CHILD_DIGITS[depth]
        rows = self._db.execute(
            "select code, name, population from region where code glob ? order by code",
            (pattern,),
        ).fetchall()
        return [self._region(row, parents=True) for row in rows]

    def search(self, query: str) -> list[Region]:
        """Every region a code or a name finds: an exact code; else the regions of that
        name (any level, or the kind the name states: ``Kab. Banjar``); else those whose
        name holds its words; else names within a small misspelling. Provinces first,
        then kabupaten/kota, kecamatan and desa. A name narrowed by a province or a
        kabupaten/kota after a comma (``Banjar, Kalimantan Selatan``, ``Banjar, Kalsel``)
        is looked for within it."""
        if "," in query:
            name, _, place = query.rpartition(",")
            narrowed = self._place(place)
            if narrowed is not None and name.strip():
                inside = narrowed.code + "."
                return [region for region in self.search(name) if region.code.startswith(inside)]
        code = normal_code(query)
        if code is not None:
            found = self.get(code)
            return [found] if found is not None else []
        readings = [r for r in (self.get(c) for c in lost_zero_readings(query)) if r]
        if readings:
            return readings
        kind, core = split_name(query)
        whole = words(query)
        if not core:
            return []
        kinds = _KINDS.get(kind or "", set())
        named = [
            (
                row[:3],
                row[3] or register_core(row[0], row[1]),
                not kinds or kind_of(row[0]) in kinds,
            )
            for row in self._named(core, kind)
        ]
        flat, whole_flat = core.replace(" ", ""), whole.replace(" ", "")
        exact = [
            row
            for row, own, fits in named
            if (fits and own.replace(" ", "") == flat) or own.replace(" ", "") == whole_flat
        ]
        if exact:
            return self._sorted(exact)
        within = [row for row, own, fits in named if fits and f" {core} " in f" {own} "]
        if within:
            return self._sorted(within)
        return self._sorted(self._close(core, kinds))

    def _place(self, text: str) -> Region | None:
        """The one province or kabupaten/kota ``text`` names (its short name too: Kalsel),
        or none."""
        short = PROVINCE_SHORT.get(words(text))
        if short is not None:
            return self.get(short)
        found = [r for r in self.search(text) if r.code.count(".") <= 1]
        return found[0] if len(found) == 1 else None

    def _named(self, core: str, kind: str | None) -> list[tuple[str, str, int | None, str]]:
        """The candidates for a name: every province, kabupaten/kota and kecamatan, and
        the villages whose name holds its longest word (unless the kind rules them out)."""
        rows = list(self._upper())
        if kind in (None, "desa", "kelurahan"):
            word = max(core.split(), key=len)
            rows += self._db.execute(
                "select code, name, population, key from region "
                "where length(code) = 13 and name like ? escape '\\'",
                ("%" + word.replace("%", "\\%").replace("_", "\\_") + "%",),
            ).fetchall()
        return rows

    @functools.lru_cache(maxsize=1)  # noqa: B019 - one register per run
    def _upper(self) -> tuple[tuple[str, str, int | None, str], ...]:
        """Every province, kabupaten/kota and kecamatan (7,837 rows), with its name as
        names compare."""
        return tuple(
            self._db.execute(
                "select code, name, population, key from region where length(code) <= 8"
            ).fetchall()
        )

    def _close(self, core: str, kinds: set[str]) -> list[tuple[str, str, int | None]]:
        """Provinces, kabupaten/kota and kecamatan whose name is a small misspelling away."""
        by_name: dict[str, list[tuple[str, str, int | None]]] = {}
        for row in self._upper():
            if not kinds or kind_of(row[0]) in kinds:
                by_name.setdefault(row[3], []).append(row[:3])
        close = difflib.get_close_matches(core, by_name, n=10, cutoff=_CLOSE)
        return list(itertools.chain.from_iterable(by_name[name] for name in close))

    def _sorted(self, rows: Iterable[tuple[str, str, int | None]]) -> list[Region]:
        unique = {row[0]: row for row in rows}
        ordered = sorted(unique.values(), key=lambda row: (code_parts(row[0]), row[0]))
        return [self._region(row, parents=True) for row in ordered]

    def one(self, query: str) -> Region:
        """The one region a code or name finds; none, or several, is an error that says
        which (the several listed, so that the code can be given instead)."""
        found = self.search(query)
        if not found:
            raise InputError("region.unknown", field="region", text=query)
        if len(found) > 1:
            listed = ", ".join(f"{r.code} {r.name}" for r in found[:10])
            more = len(found) - 10
            raise InputError(
                "region.ambiguous",
                field="region",
                text=query,
                count=len(found),
                matches=listed + (f" (+{more})" if more > 0 else ""),
            )
        return found[0]


@functools.lru_cache(maxsize=1)
def open_register() -> Register:
    """The shipped register, opened once per run."""
    return Register()


def find_regions(query: str) -> list[Region]:
    """Every region of the register a code or name finds (see :meth:`Register.search`)::

    >>> [region.name for region in find_regions("kab banjar")]
    ['Kabupaten Banjar']
    """
    return open_register().search(query)


def find_region(query: str) -> Region:
    """The one region a code or name finds; an :class:`InputError` when none or several::

    >>> find_region("63.03").population
    590393
    """
    return open_register().one(query)
