"""The rows of a block that are no region, told directly: the row numbering the header's
columns, a note led by its label, and the file's own JUMLAH whose figures are unread."""

from __future__ import annotations

from typing import Any

from jkngap.core.errors import InputError
from jkngap.core.model import Note
from jkngap.io.asides import Asides
from jkngap.io.cells import ColumnStyle

HEADER = ["desa", "kode", "penduduk", "terdaftar"]
ROLES = {"region": 0, "code": 1, "population": 2, "registered": 3}
PRESENT = ["population", "registered"]


def _asides() -> Asides:
    styles = {role: ColumnStyle() for role in ("population", "registered", "active")}
    return Asides(HEADER, ROLES, PRESENT, styles)


def _columns(rows: list[list[Any]]) -> dict[str, list[Any]]:
    return {role: [row[index] for row in rows] for role, index in ROLES.items()}


def test_the_row_numbering_the_columns_is_a_note_looked_for_once() -> None:
    rows: list[list[Any]] = [["(1)", "(2)", "(3)", "(4)"], ["Sukamaju", "32.01", "1000", "900"]]
    columns = _columns(rows)
    warnings: list[Any] = [(Note("note.code_as_number", {"code": "(2)"}),), None]
    asides = _asides()
    found = asides.numbered(rows, columns, warnings)
    assert list(found) == [0]
    assert (found[0].key, found[0].params["text"]) == ("note.numbered_row", "(1) (2) (3) (4)")
    assert rows[0] == [None] * 4
    assert columns["region"][0] is None
    assert warnings[0] is None
    assert rows[1] == ["Sukamaju", "32.01", "1000", "900"]  # a region's row is left as it is
    again: list[list[Any]] = [["1", "2", "3", "4"]]
    assert asides.numbered(again, _columns(again), [None]) == {}  # the first block only


def test_a_region_numbered_1_2_is_no_numbering() -> None:
    rows: list[list[Any]] = [["1", "2", None, None]]  # fewer than three columns numbered
    assert _asides().numbered(rows, _columns(rows), [None]) == {}


def _unreadable(cell: str) -> InputError:
    return InputError("number.not_a_number", text=cell)


def test_a_label_followed_by_words_is_a_note_its_year_never_a_count() -> None:
    rows: list[list[Any]] = [["Sumber:", None, "BPJS Desember", "2024"]]
    columns = _columns(rows)
    columns["registered"] = [2024]  # read as a count by the column's quick path
    errors: list[Any] = [_unreadable("BPJS Desember")]
    _asides().notes_in_figures(rows, columns, errors)
    assert errors == [None]
    assert columns["population"] == [None]
    assert columns["registered"] == [None]


def test_a_label_followed_by_a_figure_keeps_its_error() -> None:
    rows: list[list[Any]] = [["Keterangan:", None, "500", "4x0"]]
    columns = _columns(rows)
    error = _unreadable("4x0")
    errors: list[Any] = [error]
    _asides().notes_in_figures(rows, columns, errors)
    assert errors == [error]  # a region's figures after a stray label: still unread


def test_a_region_whose_figure_is_a_mark_keeps_its_error() -> None:
    rows: list[list[Any]] = [["Sukamaju", "32.01", "*)", "900"]]
    columns = _columns(rows)
    error = _unreadable("*)")
    errors: list[Any] = [error]
    _asides().notes_in_figures(rows, columns, errors)
    assert errors == [error]


def test_the_files_own_total_with_unread_figures_is_its_total_not_an_error() -> None:
    rows: list[list[Any]] = [["JUMLAH", None, "=SUM(C2:C9)", "=SUM(D2:D9)"]]
    columns = _columns(rows)
    errors: list[Any] = [_unreadable("=SUM(C2:C9)")]
    warnings: list[Any] = [None]
    _asides().totals_unread(rows, columns, errors, warnings)
    assert errors == [None]
    assert [note.key for note in warnings[0]] == ["number.not_a_number"]
    region: list[list[Any]] = [["Sukamaju", None, "=SUM(C2:C9)", "900"]]
    kept: list[Any] = [_unreadable("=SUM(C2:C9)")]
    _asides().totals_unread(region, _columns(region), kept, [None])
    assert kept[0] is not None  # a region's formula stays its error


def test_a_note_under_a_figure_with_a_word_after_its_mark_is_a_note() -> None:
    """`*) data sementara` under the population: a note whatever word ends it, not a
    number whose last word jkngap does not read (a region's "1000 sementara" stays one)."""
    rows: list[list[Any]] = [[None, None, "*) data sementara", None]]
    errors: list[Any] = [InputError("number.unknown_word", text="*) data sementara")]
    _asides().notes_in_figures(rows, _columns(rows), errors)
    assert errors == [None]
    region: list[list[Any]] = [["Sukamaju", "32.01", "1000 sementara", "900"]]
    error = InputError("number.unknown_word", text="1000 sementara")
    kept: list[Any] = [error]
    _asides().notes_in_figures(region, _columns(region), kept)
    assert kept == [error]
