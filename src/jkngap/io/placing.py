"""A file's rows beside the region register: each code checked, each name compared, names
given to a file of codes alone, and (when asked) a missing population taken from it.

What a row's code or name says against the register is a warning on that row, never a
silent change: a code read another way (``6303``, or ``61.1`` that a spreadsheet stored as
a number) says how it was read, and a population the register gave says so in its own
column.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable
from typing import Any

from jkngap.core.model import Note
from jkngap.core.places import (
    Places,
    Region,
    all_normal,
    lost_zero_readings,
    names_agree,
    normal_code,
)
from jkngap.io.layout import is_note

__all__ = ["Placing"]

Column = list[Any]
# Rows named in a summary message: the first few, then how many in all.
_MOST_NAMED = 10


class _Tally:
    """Rows a summary message names: how many, and the first few."""

    def __init__(self) -> None:
        self.count = 0
        self.rows: list[str] = []

    def add(self, where: Callable[[int], str], i: int) -> None:
        """Row ``i`` of a block, named by ``where`` only if it is among the first few."""
        self.count += 1
        if len(self.rows) < _MOST_NAMED:
            self.rows.append(where(i))

    def extend(self, where: Callable[[int], str], rows: list[int]) -> None:
        """Rows of a block, in order, named only as far as the first few."""
        self.count += len(rows)
        self.rows.extend(map(where, rows[: _MOST_NAMED - len(self.rows)]))

    def listed(self) -> str:
        more = self.count - len(self.rows)
        return ", ".join(self.rows) + (f" (+{more})" if more > 0 else "")


class Placing:
    """The register's word on the rows of one file, block by block."""

    def __init__(self, places: Places, fill_population: bool) -> None:
        self.places = places
        self.fill = fill_population
        self.unknown = _Tally()
        self.differ = _Tally()
        self.read = _Tally()
        self.filled = _Tally()

    def place(
        self,
        columns: dict[str, Column],
        warnings: Column,
        named: bool,
        where: Callable[[int], str],
    ) -> None:
        """Check a block's codes and names against the register, in place: ``warnings``
        gets each row's notes; ``columns`` the register's names where the file has none,
        codes as the register writes them, and filled populations."""
        codes, names, population = columns["code"], columns["region"], columns["population"]
        # A block of codes written as the register writes them (none a note's text).
        readings = self._settled(codes, names, named, warnings, population, where)
        if readings is None:
            readings = {}
            for i, text in enumerate(codes):
                if text is not None and text.strip() and not is_note(text):
                    code = normal_code(text)
                    readings[i] = [code] if code is not None else lost_zero_readings(text)
        found = self.places.regions({c for candidates in readings.values() for c in candidates})
        sources: Column = [None] * len(codes)
        for i, candidates in readings.items():
            given = names[i] if named and names[i] and str(names[i]).strip() else None
            region = self._region(i, candidates, found, given, codes, warnings, where)
            if region is None:
                continue
            if given is None:
                names[i] = region.name
            elif not names_agree(str(given), region.name, region.code):
                note = Note("note.name_not_register", {"code": region.code, "name": region.name})
                _warn(warnings, i, note)
                self.differ.add(where, i)
            if self.fill and population[i] is None and region.population is not None:
                population[i] = region.population
                sources[i] = self.places.source
                self.filled.add(where, i)
        if self.fill:
            columns["population_source"] = sources

    def _settled(
        self,
        codes: Column,
        names: Column,
        named: bool,
        warnings: Column,
        population: Column,
        where: Callable[[int], str],
    ) -> dict[int, list[str]] | None:
        """A block whose every code is written as the register writes it, checked a column
        at a time: a row whose code the register has not gets its warning here (as
        :meth:`_region` gives it); a row the register has nothing to say of (it has the
        code, and the file gives its very name, or none: the register's is filled in) is
        settled; the others come back with their one reading, for :meth:`place` to look
        at one by one as it would any row. None for a block of other codes (a code
        written ``6303``, with spaces, or none): every row is looked at."""
        if not all_normal(codes):
            return None
        registered = self.places.names(codes)
        if not named:  # the file has no names: the register's (None where it has not the code)
            names[:] = registered
        noted = warnings.count(None) != len(warnings)  # a note on a code stored as a number
        unknown: list[int] = []
        if None in registered:
            unknown = [i for i, name in enumerate(registered) if name is None]
            self.unknown.extend(where, unknown)
            if len(unknown) == len(codes) and not noted:  # a block of codes the register has not
                warnings[:] = [_UNKNOWN_ALONE] * len(codes)
                return {}
            for i in unknown:  # one shared note: the row's own code cell says which
                _warn(warnings, i, _UNKNOWN_CODE)
        odd: set[int] = set()
        if named:  # a name of the file's own (or none, or blank) is compared row by row
            odd.update(itertools.compress(range(len(codes)), map(operator.ne, names, registered)))
        if noted:
            odd.update(i for i, notes in enumerate(warnings) if notes)
        if self.fill and None in population:
            odd.update(i for i, people in enumerate(population) if people is None)
        odd.difference_update(unknown)
        return {i: [codes[i]] for i in sorted(odd)}

    def _region(
        self,
        i: int,
        candidates: list[str],
        found: dict[str, Region],
        given: str | None,
        codes: Column,
        warnings: Column,
        where: Callable[[int], str],
    ) -> Region | None:
        """The one region a row's code names, or None with a warning saying why."""
        text = codes[i]
        hits = [found[code] for code in candidates if code in found]
        if len(hits) > 1 and given is not None:
            hits = [r for r in hits if names_agree(given, r.name, r.code)]
        if len(hits) != 1:
            _warn(warnings, i, _not_found(text, hits))
            self.unknown.add(where, i)
            return None
        region = hits[0]
        _forget_number_note(warnings, i)  # the register has the code: no digit was lost
        if region.code != text:
            note = Note("note.code_read_as", {"code": text, "read": region.code}, warning=True)
            _warn(warnings, i, note)
            codes[i] = region.code
            self.read.add(where, i)
        return region

    def notes(self, source: str) -> list[Note]:
        """What standard error says of the file against the register."""
        said = []
        for tally, key in (
            (self.unknown, "batch.codes_not_in_register"),
            (self.read, "batch.codes_read_as"),
            (self.differ, "batch.names_not_register"),
        ):
            if tally.count:
                params = {"count": tally.count, "rows": tally.listed(), "name": source}
                said.append(Note(key, params, warning=True))
        if self.filled.count:
            params = {"count": self.filled.count, "source": self.places.source, "name": source}
            said.append(Note("batch.populations_filled", params, warning=True))
        return said


# A code the register has not: the row's code cell is the code as the file wrote it, so
# the warning need not repeat it, and every such row can hold the same note.
_UNKNOWN_CODE = Note("note.code_not_in_register", {}, warning=True)
_UNKNOWN_ALONE = (_UNKNOWN_CODE,)


def _not_found(text: str, hits: list[Region]) -> Note:
    """The warning of a code the register has not (or has several readings of)."""
    if not hits:  # the common case, a file of many rows: no join
        return _UNKNOWN_CODE
    codes_text = " / ".join(region.code for region in hits)
    return Note("note.code_ambiguous", {"code": text, "codes": codes_text}, warning=True)


def _warn(warnings: Column, i: int, note: Note) -> None:
    found = warnings[i]
    if found is None and note is _UNKNOWN_CODE:  # one tuple for every such row: said once
        warnings[i] = _UNKNOWN_ALONE
    else:
        warnings[i] = (*(found or ()), note)


def _forget_number_note(warnings: Column, i: int) -> None:
    if warnings[i]:
        kept = tuple(n for n in warnings[i] if n.key != "note.code_as_number")
        warnings[i] = kept or None
