"""The rows of a region file that are no region, found among its rows as a block is read:
the row numbering the header's columns, (1), (2), ...; the file's own JUMLAH whose figures
cannot be read; and a note written under the figures or led by its label ("Keterangan:",
"Sumber:"). Each is taken out of the counts and said as what it is, never summed, and
never an unreadable region (exit 3) that is not one."""

from __future__ import annotations

from typing import Any

from jkngap.core.errors import InputError
from jkngap.core.model import Note
from jkngap.core.regions import Column
from jkngap.io.cells import ColumnStyle, count_cell
from jkngap.io.layout import is_label, is_note, total_named

__all__ = ["Asides"]


# The row numbering a header's columns is one of the first under it, and numbers three of
# them at least (a region's row of 1, 2, 3 would need its code, name and counts so).
_NUMBERED_WITHIN = 2
_NUMBERED_LEAST = 3


def _shown(cell: Any) -> bool:
    return cell is not None and str(cell).strip() != ""


def _column_number(cell: Any) -> int | None:
    """A cell's number as a column's number: 3, "3" or "(3)"; None for anything else."""
    if type(cell) is int:
        return cell
    text = str(cell).strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    return int(text) if text.isdigit() and text.isascii() and len(text) < 4 else None


# The errors a note makes where figures or nothing are expected (see notes_in_figures).
_NOTE_ERRORS = frozenset({"number.not_a_number", "number.unknown_word", "batch.extra_cells"})


class Asides:
    """What a table's rows are when they are no region, told block by block by the roles
    of its columns (``roles``: a role and its column), the count columns it has
    (``present``) and the styles its counts are read in."""

    def __init__(
        self,
        header: list[str],
        roles: dict[str, int],
        present: list[str],
        styles: dict[str, ColumnStyle],
    ) -> None:
        self.header = header
        self.roles = roles
        self.present = present
        self.styles = styles
        self.numbering_looked = False  # the row numbering the header's columns, once

    def numbered(
        self, rows: list[list[Any]], columns: dict[str, Column], warnings: Column
    ) -> dict[int, Note]:
        """The row under the header that numbers its columns, (1), (2), ... as tables of
        the government do: no region (its "counts" are column numbers), taken out of the
        rows before they are read. Looked for on the first rows of a file only."""
        found: dict[int, Note] = {}
        if self.numbering_looked:
            return found
        self.numbering_looked = True
        for i, cells in enumerate(rows[:_NUMBERED_WITHIN]):
            given = [(index, cell) for index, cell in enumerate(cells) if _shown(cell)]
            if len(given) >= _NUMBERED_LEAST and all(
                _column_number(cell) == index + 1 for index, cell in given
            ):
                text = " ".join(str(cell).strip() for _, cell in given)
                found[i] = Note("note.numbered_row", {"text": text})
                rows[i] = [None] * len(cells)
                warnings[i] = None  # of its "code", read before: a number, digits lost
                for role in ("region", "code"):
                    columns[role][i] = None
        return found

    def totals_unread(
        self, rows: list[list[Any]], columns: dict[str, Column], errors: Column, warnings: Column
    ) -> None:
        """The file's own JUMLAH whose figures cannot be read (=SUM formulas a program
        saved without their results) is its total all the same, never summed: said on
        the row, not a region that cannot be read (exit 3)."""
        names = columns["region"] if "region" in self.roles else columns["code"]
        for i, error in enumerate(errors):
            if (
                error is not None
                and error.key.startswith("number.")
                and total_named(names[i], rows[i])
            ):
                errors[i] = None
                note = Note(error.key, error.params, warning=True)
                warnings[i] = (*(warnings[i] or ()), note)

    def notes_in_figures(
        self, rows: list[list[Any]], columns: dict[str, Column], errors: Column
    ) -> None:
        """A row with no figure, name or code whose note is written under a number column,
        or past the header's last column: a note (found so by the layout), not a region
        whose figure "is not a number". A region's "*)" where a figure should be stays
        its error: its name or code says it is a region. A row led by a label alone
        ("Keterangan:", "Sumber:") with no code, whose words run on under a number, is a
        note too; one whose label a figure follows keeps its error."""
        roles = self.roles
        figures = [roles[role] for role in (*self.present, "region", "code") if role in roles]
        code = roles.get("code")
        for i, error in enumerate(errors):
            if error is None:
                continue
            cells = rows[i]
            if error.key in _NOTE_ERRORS:
                shown = [cells[index] for index in figures]
                blank = all(
                    cell is None or is_note(cell) or str(cell).strip() == "" for cell in shown
                )
                if blank and any(map(is_note, cells)):
                    errors[i] = None
                    continue
            if not error.key.startswith("number."):
                continue
            filled = [at for at, cell in enumerate(cells) if cell is not None and str(cell).strip()]
            if _led_by_label(cells, filled, code) and not self._figure_after_label(cells, filled):
                errors[i] = None
                for role in self.present:  # its cells are the note's words ("2024" a year)
                    columns[role][i] = None

    def _figure_after_label(self, cells: list[Any], filled: list[int]) -> bool:
        """Whether what a label is followed by (the row's next filled cell) reads as a
        count under its column: then the row is a region's figures after a stray label
        ("Keterangan:", "500", "4x0") and keeps its error; words ("Sumber:", "BPJS
        Desember", "2024") make it the note it looks like."""
        if len(filled) < 2:
            return False
        after = filled[1]
        header = self.header
        for role in self.present:
            if self.roles[role] == after:
                try:
                    return count_cell(cells[after], header[after], self.styles[role]) is not None
                except InputError:
                    return False
        return False


def _led_by_label(cells: list[Any], filled: list[int], code: int | None) -> bool:
    """Whether a row's first filled cell (``filled``: the places of its filled cells) is a
    note's label alone, and its code cell (where the file has codes) empty or that label:
    a note whose text runs on in the next cells."""
    if not filled or not is_label(cells[filled[0]]):
        return False
    return code is None or code == filled[0] or code not in filled
