"""Rows of a region file that are not regions: the file's own totals, and notes.

Officials' files carry a JUMLAH or TOTAL row (or a subtotal per kecamatan, or a
"Provinsi ..." row), and notes below the data ("Keterangan:", "Sumber:", "*) ..."), often
in the first column rather than the name's. Summed with the regions, a total row doubles
the total. A row is the file's own total when its name says so (or, with no name, any of
its cells), or when its counts equal the sum of the regions above it (since the last
total, or since the first row). A row with figures is never a note: a village called
Sumber Jaya is a region. A row without figures is a note when any cell starts as notes
do, and is no region at all when it has neither a name nor a code (a title between the
data). Each such row stays in the output with a note, is left out of every sum, and a
named total that differs from the sum of the regions above it is reported.

Two more things a file's codes say, so that no region is summed twice: the same code on
two rows, and a row whose code is the parent of other rows' (a province beside its own
kabupaten/kota), which the total leaves out, saying so.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from jkngap.core.model import Note

__all__ = ["FIGURES", "Layout", "Nesting", "code_keys", "is_label", "is_note", "total_named"]

# Names of total rows: JUMLAH, TOTAL, SUB TOTAL, GRAND TOTAL; "Provinsi ..." only when
# its counts are the sum of the rows above (a file of provinces names its rows so).
_TOTAL = r"\s*(?:jumlah|total|sub\s*-?\s*total|grand\s+total)\b"
# "Ket." ends in its dot, after which no word boundary need follow.
_NOTE = r"\s*(?:(?:keterangan|sumber|catatan|note|notes|source)\b|ket\.|\*)"
_TOTAL_NAME = re.compile(_TOTAL, re.I)
_NOTE_NAME = re.compile(_NOTE, re.I)
# A label alone in its cell, "Keterangan:", "Ket.", "*)": its colon or dot said, so that a
# desa called Sumber is never taken for one.
_NOTE_LABEL = re.compile(
    r"\s*(?:(?:keterangan|sumber|catatan|notes?|source)\s*:|ket\.\s*:?|\*+\)?)\s*", re.I
)
_PROVINCE_NAME = re.compile(r"\s*(?:provinsi|propinsi|prov\.)\s", re.I)
# A total's name at the start of a line, over a whole block's names at once.
_TOTAL_LINE = re.compile(f"^(?:{_TOTAL})", re.I | re.M)
_TOTAL_WORDS = ("jumlah", "total")

# The register has 83,762 villages; past this many codes, duplicates are not looked for (the
# memory of every code seen would no longer stay flat).
MOST_CODES = 100_000
FIGURES = ("population", "registered", "active")
# Rows named in a summary message: the first few, then how many in all.
_MOST_NAMED = 10


def total_named(name: Any, cells: Sequence[Any]) -> bool:
    """Whether a row says it is a total: by its name, or, having none, by any cell (a
    JUMLAH written in the number column, as merged cells leave it)."""
    if isinstance(name, str) and name.strip():
        return bool(_TOTAL_NAME.match(name))
    return any(isinstance(cell, str) and _TOTAL_NAME.match(cell) for cell in cells)


def is_note(cell: Any) -> bool:
    """Whether a cell starts as notes do (Sumber:, Keterangan:, *) ...), in whichever
    column it is written: under a number it explains, or past the header's last."""
    return isinstance(cell, str) and bool(_NOTE_NAME.match(cell))


def is_label(cell: Any) -> bool:
    """Whether a cell holds a note's label alone ("Keterangan:", "Ket.", "*)"), its text
    in the cells after it: never a region's name ("Sumber", "Sumber Jaya")."""
    return isinstance(cell, str) and bool(_NOTE_LABEL.fullmatch(cell))


def _sum(column: Sequence[int | None]) -> int | None:
    """A column's sum, or None where it is missing a figure (summed in C, which fails at
    a None faster than a search for one)."""
    try:
        return sum(column)  # type: ignore[arg-type] # a None makes it fail, as meant
    except TypeError:
        return None


def code_keys(codes: Sequence[Any]) -> list[str]:
    """Each row's code as a key: its text stripped, "" where it has none."""
    if None not in codes and set(map(type, codes)) == {str}:
        return list(map(str.strip, codes))
    return [str(code).strip() if code is not None else "" for code in codes]


def _texts(cells: Sequence[Any]) -> list[str]:
    return [text for text in (str(cell).strip() for cell in cells if cell is not None) if text]


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
        self.add_sums([_sum(column) for column in columns], len(columns[0]))

    def add_sums(self, sums: Sequence[int | None], rows: int) -> None:
        """The sums of ``rows`` regions' counts by column (None: a column missing one)."""
        for index, summed in enumerate(sums):
            if summed is not None:
                self.counts[index] += summed
        self.rows += rows

    def matches(self, counts: Sequence[int | None]) -> bool:
        """Every figure the row has equals this sum, over two regions at least."""
        present = [(c, s) for c, s in zip(counts, self.counts, strict=True) if c is not None]
        return self.rows >= 2 and bool(present) and all(c == s for c, s in present)


class _Tally:
    """Rows a summary message names: how many, and the first few."""

    def __init__(self) -> None:
        self.count = 0
        self.rows: list[str] = []

    def add(self, row: str) -> None:
        self.count += 1
        if len(self.rows) < _MOST_NAMED:
            self.rows.append(row)

    def listed(self) -> str:
        more = self.count - len(self.rows)
        return ", ".join(self.rows) + (f" (+{more})" if more > 0 else "")


@dataclass
class Layout:
    """What each row of one file is, read in order, a block at a time."""

    since_total: _Sums = field(default_factory=_Sums)
    since_start: _Sums = field(default_factory=_Sums)
    codes: dict[str, int] = field(default_factory=dict)
    repeated: _Tally = field(default_factory=_Tally)

    def classify(
        self,
        names: Sequence[Any],
        counts: tuple[list[Any], list[Any], list[Any]],
        readable: Sequence[bool] | None,
        codes: Sequence[Any] | None = None,
        cells: Sequence[Sequence[Any]] = (),
    ) -> tuple[list[Note | None], dict[int, Note]]:
        """For each row: the note saying it is not a region (None for a region); and the
        warnings of total rows whose figures differ from the regions above them.
        ``cells`` are the rows' cells, where a note or a total's name may be."""
        length = len(names)
        notes: list[Note | None] = [None] * length
        warnings: dict[int, Note] = {}
        if self._plain(names, counts, readable):
            return notes, warnings
        for i in range(length):
            if readable is not None and not readable[i]:
                continue
            name = names[i] if isinstance(names[i], str) else ""
            code = codes[i] if codes is not None else None
            row = (counts[0][i], counts[1][i], counts[2][i])
            if all(count is None for count in row):
                note = self._no_figures(name, code, cells[i] if cells else (), codes is not None)
                if note is not None:
                    notes[i] = note
                    continue
            if self._is_total(name, code, row, cells[i] if cells else ()):
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

    @staticmethod
    def _no_figures(name: str, code: Any, cells: Sequence[Any], coded: bool) -> Note | None:
        """A row without a figure: a note where any cell starts as notes do; no region at
        all where it has no code in a file of codes, or neither name nor code (a title
        between the data, a lone number); else a region whose figures are missing (None)."""
        texts = _texts(cells) if cells else ([name.strip()] if name.strip() else [])
        label = next((at for at, text in enumerate(texts) if is_note(text)), None)
        if label is not None:
            # "Keterangan:" in one cell and what it says in the next: the note is both.
            return Note("note.text_row", {"text": " ".join(texts[label:])})
        has_code = isinstance(code, str) and bool(code.strip())
        if (coded or not name.strip()) and not has_code and texts:
            if any(_TOTAL_NAME.match(text) for text in texts):
                return None  # a total with its figures missing: a total still
            return Note("note.text_row", {"text": " ".join(texts)})
        return None

    def _is_total(
        self, name: str, code: Any, row: tuple[int | None, ...], cells: Sequence[Any]
    ) -> bool:
        """The file's own total: named so (by its name, or with none by any cell); or a
        row with no name (or a province's) whose counts are the sum of the regions above
        it; or a row with a name but no code whose counts are the sum of every region above
        it (at least three: a coincidence with two regions is too likely)."""
        if _TOTAL_NAME.match(name) or (not name.strip() and not code and total_named("", cells)):
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
        readable region with a name and every figure (so that none can be a note), no name
        of a total, and no row the sum of those above it. The sums are then added in one go.
        """
        if readable is not None:
            return False
        sums = [_sum(column) for column in counts]
        present = (
            column for column, summed in zip(counts, sums, strict=True) if summed is not None
        )
        figure = next(present, None)
        if figure is None or any(
            summed is None and column.count(None) != len(column)
            for column, summed in zip(counts, sums, strict=True)
        ):
            return False
        if set(map(type, names)) != {str} or "" in map(str.strip, names):
            return False  # a row without a name: its other cells may say it is a total
        lowered = "\n".join(names).lower()
        # A total's word anywhere (searched in C): the closer look decides. Note words
        # are not looked for: every row here has figures (a village called Sumberrejo).
        if any(word in lowered for word in _TOTAL_WORDS) and _TOTAL_LINE.search(lowered):
            return False
        index = counts.index(figure)
        top = max(figure)
        for above in (self.since_total, self.since_start):
            if above.counts[index] > top:
                continue  # the sums above only grow, past every row here: none equals one
            # Before each row, the sum of the rows above it: a row equal to it (with two
            # regions above at least) may be a total, and needs the closer look.
            before = itertools.accumulate(figure, initial=above.counts[index])
            equal = itertools.compress(itertools.count(), map(operator.eq, figure, before))
            if any(above.rows + i >= 2 for i in equal):
                return False
        self.since_total.add_sums(sums, len(figure))
        self.since_start.add_sums(sums, len(figure))
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

    def duplicates(
        self, keys: Sequence[str], lines: Sequence[int], where: Sequence[str] | None = None
    ) -> dict[int, Note]:
        """Rows whose region code (``keys``: see :func:`code_keys`) an earlier row of the
        file already has (each counted for the file's summary, :meth:`said`; ``where``
        names the rows, by default their lines)."""
        warnings: dict[int, Note] = {}
        if "" not in keys:
            # The common case, in C: every row has a code, and every code is new; as many
            # as there is room for are kept (the loop below keeps the same ones).
            distinct = set(keys)
            if len(distinct) == len(keys) and self.codes.keys().isdisjoint(distinct):
                room = max(0, MOST_CODES - len(self.codes))
                self.codes.update(itertools.islice(zip(keys, lines, strict=True), room))
                return warnings
        for i, (key, line) in enumerate(zip(keys, lines, strict=True)):
            if not key:
                continue
            if len(self.codes) >= MOST_CODES and key not in self.codes:
                continue
            first = self.codes.setdefault(key, line)
            if first != line:
                warnings[i] = Note("note.duplicate_code", {"code": key, "first": first}, True)
                self.repeated.add(where[i] if where is not None else str(line))
        return warnings

    def said(self, source: str) -> list[Note]:
        """What standard error says of the file's codes, once: the rows repeating one."""
        if not self.repeated.count:
            return []
        params = {"count": self.repeated.count, "rows": self.repeated.listed(), "name": source}
        return [Note("batch.duplicate_codes", params, warning=True)]


# A parent's values kept while its file is read: where it is, and its population,
# registered, active, registrants_needed and active_needed, to take it out of the total
# when a child of it comes later.
Kept = tuple[str, int | None, int | None, int | None, int | None, int | None]
# A village's code ("63.03.01.2001") is this long: a block of them keeps no parent's values.
_VILLAGE_CODE = 13
_PARTS = operator.methodcaller("rpartition", ".")
_KECAMATAN = operator.itemgetter(slice(0, 8))
_KECAMATAN_CODE = re.compile(r"[0-9]{2}\.[0-9]{2}\.[0-9]{2}")
_NINTH = operator.itemgetter(8)
_VILLAGE_PART = operator.itemgetter(slice(9, None))


def _add_parents(above: set[str], parent: str, dot: str) -> None:
    """``parent`` (a code's part before its last dot, when ``dot``) and every part of it
    before a dot, into ``above``."""
    while dot and parent not in above:
        above.add(parent)
        parent, dot, _ = parent.rpartition(".")


@dataclass
class Nesting:
    """Rows whose code is the parent of other rows' codes (``61`` beside ``61.01``): each
    region is in the total once, through its own rows, and the parent row is left out.

    Every code's parents are remembered (as many as the file has parents, not rows), and
    the values of rows that may be parents (codes of fewer than four parts), so that a
    parent that came first can be taken out of the total when its first child comes."""

    parents: set[str] = field(default_factory=set)  # every parent of a code seen
    kept: dict[str, Kept] = field(default_factory=dict)  # rows that may be parents
    left_out: _Tally = field(default_factory=_Tally)

    def block(
        self, keys: Sequence[str], regions: Sequence[int], value_of: Any
    ) -> tuple[list[int], list[Kept]]:
        """For the region rows ``regions`` of a block, ``keys`` their codes (stripped, ""
        for none): the rows to leave out of the total (parents of rows seen), and the
        values of earlier rows to take out of it (parents of these). ``value_of(i)``
        gives row ``i``'s values, asked only of rows that may be parents."""
        above: set[str] = set()
        if (
            set(map(len, keys)) == {_VILLAGE_CODE}
            and set(map(_NINTH, keys)) == {"."}
            and "." not in "".join(map(_VILLAGE_PART, keys))
        ):
            # A block of village codes ("kecamatan.NNNN", the common long file): their
            # kecamatan found in C, then the few kabupaten and provinces above those.
            heads = set(map(_KECAMATAN, keys))
            usual = {head for head in heads if _KECAMATAN_CODE.fullmatch(head)}
            above = usual | {head[:5] for head in usual} | {head[:2] for head in usual}
            for head in heads - usual:
                _add_parents(above, head, ".")
        else:
            for parent, dot, _ in set(map(_PARTS, keys)):
                _add_parents(above, parent, dot)
        if len(self.parents) < MOST_CODES:
            self.parents |= above
        found = self.parents.intersection(keys)
        out = [i for i, key in zip(regions, keys, strict=True) if key in found] if found else []
        earlier = [self.kept.pop(code) for code in above.intersection(self.kept)]
        if keys and min(map(len, keys)) < _VILLAGE_CODE and len(self.kept) < MOST_CODES:
            for i, key in zip(regions, keys, strict=True):
                if key and key not in found and key.count(".") < 3:
                    self.kept[key] = value_of(i)
        for kept in earlier:
            self.left_out.add(kept[0])
        return out, earlier

    def note(self, where: str) -> None:
        """A row left out as it came, being the parent of rows above it."""
        self.left_out.add(where)

    def said(self, source: str) -> list[Note]:
        """What standard error says, once, of the parents left out of the total."""
        if not self.left_out.count:
            return []
        params = {"count": self.left_out.count, "rows": self.left_out.listed(), "name": source}
        return [Note("batch.parents_left_out", params, warning=True)]
