"""Rows of a region file that are not regions: the file's own totals, and notes.

Officials' files carry a JUMLAH or TOTAL row (or a subtotal per kecamatan, or a
"Provinsi ..." row), and notes below the data ("Keterangan:", "Sumber:"). Summed with the
regions, a total row doubles the total. A row is the file's own total when its name says
so, or when its counts equal the sum of the regions above it (since the last total, or
since the first row); a note row has words and no figure. Each such row stays in the
output with a note, is left out of every sum, and a named total that differs from the
sum of the regions above it is reported.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from jkngap.core.model import Note

__all__ = ["Layout"]

# Names of total rows: JUMLAH, TOTAL, SUB TOTAL, GRAND TOTAL; "Provinsi ..." only when
# its counts are the sum of the rows above (a file of provinces names its rows so).
_TOTAL = r"\s*(?:jumlah|total|sub\s*-?\s*total|grand\s+total)\b"
_NOTE = r"\s*(?:(?:keterangan|ket\.|sumber|catatan|note|notes|source)\b|\*)"
_TOTAL_NAME = re.compile(_TOTAL, re.I)
_NOTE_NAME = re.compile(_NOTE, re.I)
_PROVINCE_NAME = re.compile(r"\s*(?:provinsi|propinsi|prov\.)\s", re.I)
# Any name of a total or a note at the start of a line, over a whole block's names at once.
_SPECIAL_NAME = re.compile(f"^(?:{_TOTAL}|{_NOTE})", re.I | re.M)
_WORDS = ("jumlah", "total", "ket", "sumber", "catatan", "note", "source", "*")
# The register has 83,762 villages; past this many codes, duplicates are not looked for (the
# memory of every code seen would no longer stay flat).
MOST_CODES = 100_000
FIGURES = ("population", "registered", "active")


@dataclass
class _Sums:
    """The counts of the regions summed since some row, and how many regions."""

    counts: list[int] = field(default_factory=lambda: [0, 0, 0])
    rows: int = 0

    def add(self, counts: Sequence[int | None]) -> None:
        """One region's counts."""
        self.add_columns([[count] for count in counts])

    def add_columns(self, columns: Sequence[Sequence[int | None]]) -> None:
        """Regions' counts by column; a column missing a figure anywhere adds nothing
        (the plain path passes whole columns, a region alone its own counts)."""
        for index, column in enumerate(columns):
            if None not in column:
                self.counts[index] += sum(column)  # type: ignore[arg-type]
        self.rows += len(columns[0])

    def matches(self, counts: Sequence[int | None]) -> bool:
        """Every figure the row has equals this sum, over two regions at least."""
        present = [(c, s) for c, s in zip(counts, self.counts, strict=True) if c is not None]
        return self.rows >= 2 and bool(present) and all(c == s for c, s in present)


@dataclass
class Layout:
    """What each row of one file is, read in order, a block at a time."""

    since_total: _Sums = field(default_factory=_Sums)
    since_start: _Sums = field(default_factory=_Sums)
    codes: dict[str, int] = field(default_factory=dict)

    def classify(
        self,
        names: Sequence[Any],
        counts: tuple[list[Any], list[Any], list[Any]],
        readable: Sequence[bool] | None,
        codes: Sequence[Any] | None = None,
    ) -> tuple[list[Note | None], dict[int, Note]]:
        """For each row: the note saying it is not a region (None for a region); and the
        warnings of total rows whose figures differ from the regions above them."""
        length = len(names)
        notes: list[Note | None] = [None] * length
        warnings: dict[int, Note] = {}
        if self._plain(names, counts, readable):
            return notes, warnings
        for i in range(length):
            if readable is not None and not readable[i]:
                continue
            name = names[i] if isinstance(names[i], str) else ""
            row = (counts[0][i], counts[1][i], counts[2][i])
            if _NOTE_NAME.match(name) and all(count is None for count in row):
                notes[i] = Note("note.text_row", {"text": name.strip()})
                continue
            code = codes[i] if codes is not None else None
            if self._is_total(name, code, row):
                notes[i] = Note("note.total_row")
                summed = self.since_total.matches(row) or self.since_start.matches(row)
                if not summed:
                    differs = self._differs(row)
                    if differs is not None:
                        warnings[i] = differs
                self.since_total = _Sums()
                continue
            self.since_total.add(row)
            self.since_start.add(row)
        return notes, warnings

    def _is_total(self, name: str, code: Any, row: tuple[int | None, ...]) -> bool:
        """The file's own total: named so; or a row with no name (or a province's) whose
        counts are the sum of the regions above it; or a row with a name but no code whose
        counts are the sum of every region above it (at least three: a coincidence with
        two regions is too likely)."""
        if _TOTAL_NAME.match(name):
            return True
        summed = self.since_total.matches(row) or self.since_start.matches(row)
        if summed and (not name.strip() or _PROVINCE_NAME.match(name)):
            return True
        return not code and self.since_start.rows >= 3 and self.since_start.matches(row)

    def _plain(
        self,
        names: Sequence[Any],
        counts: tuple[list[Any], list[Any], list[Any]],
        readable: Sequence[bool] | None,
    ) -> bool:
        """The common case, checked without a loop in Python where it can be: every row a
        readable region with every figure, no name of a total or a note, and no row the sum
        of those above it. The sums are then added in one go."""
        if readable is not None:
            return False
        figure = next((column for column in counts if None not in column), None)
        if figure is None or any(column.count(None) not in (0, len(column)) for column in counts):
            return False
        texts = (
            names if set(map(type, names)) == {str} else [n for n in names if isinstance(n, str)]
        )
        lowered = "\n".join(texts).lower()
        # A word of a total's or a note's name anywhere (searched in C): the closer look
        # decides (a village called Sumberrejo is a region).
        if any(word in lowered for word in _WORDS) and _SPECIAL_NAME.search(lowered):
            return False
        index = counts.index(figure)
        for sums in (self.since_total, self.since_start):
            # Before each row, the sum of the rows above it: a row equal to it (with two
            # regions above at least) may be a total, and needs the closer look.
            before = itertools.accumulate(figure, initial=sums.counts[index])
            equal = itertools.compress(itertools.count(), map(operator.eq, figure, before))
            if any(sums.rows + i >= 2 for i in equal):
                return False
        self.since_total.add_columns(counts)
        self.since_start.add_columns(counts)
        return True

    def _differs(self, row: Sequence[int | None]) -> Note | None:
        """A named total against the regions above it: the first figure that differs."""
        sums = self.since_total if self.since_total.rows else self.since_start
        for name, count, summed in zip(FIGURES, row, sums.counts, strict=True):
            if count is not None and count != summed:
                return Note(
                    "note.total_differs",
                    {
                        "rows": sums.rows,
                        "figure": Note(f"label.{name}"),
                        "published": count,
                        "summed": summed,
                    },
                    warning=True,
                )
        return None

    def duplicates(self, codes: Sequence[Any], lines: Sequence[int]) -> dict[int, Note]:
        """Rows whose region code an earlier row of the file already has."""
        warnings: dict[int, Note] = {}
        if None not in codes and "" not in codes and set(map(type, codes)) == {str}:
            # The common case, in C: every row has a code, and every code is new.
            keys = list(map(str.strip, codes))
            distinct = set(keys)
            new = len(distinct) == len(keys) and self.codes.keys().isdisjoint(distinct)
            if new and len(self.codes) + len(keys) <= MOST_CODES:
                self.codes.update(zip(keys, lines, strict=True))
                return warnings
        for i, (code, line) in enumerate(zip(codes, lines, strict=True)):
            if not code:
                continue
            key = str(code).strip()
            if len(self.codes) >= MOST_CODES and key not in self.codes:
                continue
            first = self.codes.setdefault(key, line)
            if first != line:
                warnings[i] = Note("note.duplicate_code", {"code": key, "first": first}, True)
        return warnings
