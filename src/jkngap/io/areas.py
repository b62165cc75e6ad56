"""Region files read as the areas ``allocate`` shares agents or a budget among.

The rows come from the pipeline of ``jkngap batch`` (:func:`jkngap.io.rows.batch`), so an
area's gaps are exactly the ones ``batch`` prints, its checks against the register are the
same, and a row it cannot read is an area with its error. Beside them, each area gets the
households (KK) to visit where the file has a column of them, and what its segment columns
say route (a) can draw on: inactive PBPU members, and PBI APBD participants.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from jkngap.core.allocate import Area
from jkngap.core.arrange import Arrangement
from jkngap.core.errors import InputError
from jkngap.core.model import Note
from jkngap.core.places import Places
from jkngap.core.regions import RegionOptions
from jkngap.core.segments import SegmentCount
from jkngap.io.cells import ColumnStyle, count_cell
from jkngap.io.columns import normalise_header
from jkngap.io.readers import Table
from jkngap.io.rows import batch

__all__ = ["HOUSEHOLD_HEADERS", "AreaFile", "read_areas"]

# Headers of a column of households (KK) to visit, as ``match``'s per-desa table and
# village registers write them (matched ignoring case, spaces and punctuation).
HOUSEHOLD_HEADERS = frozenset(
    normalise_header(header)
    for header in (
        "households",
        "households needed",
        "households to visit",
        "kk",
        "jumlah kk",
        "jml kk",
        "kk sasaran",
        "kk dikunjungi",
        "keluarga",
        "jumlah keluarga",
        "rumah tangga",
    )
)


@dataclass(frozen=True)
class AreaFile:
    """Every area of the files, in their order, and what reading them had to say (rows
    that are not regions, blank lines, codes the register does not know)."""

    areas: tuple[Area, ...]
    notes: tuple[Note, ...]


def _household_column(keys: Sequence[str]) -> str | None:
    found = [key for key in keys if normalise_header(key) in HOUSEHOLD_HEADERS]
    if len(found) > 1:
        raise InputError("allocate.two_household_columns", first=found[0], second=found[1])
    return found[0] if found else None


def _column(columns: dict[str, list[Any]], empty: list[Any], key: str) -> list[Any]:
    """A block's column, empty where the block has none (the lines above a header)."""
    return columns.get(key, empty)


def _segment(found: tuple[SegmentCount, ...] | None, name: str) -> SegmentCount | None:
    return next((segment for segment in found or () if segment.segment == name), None)


def read_areas(
    tables: list[Table],
    options: RegionOptions,
    *,
    places: Places | None = None,
    fill_population: bool = False,
    on_rows: Callable[[int], None] | None = None,
) -> AreaFile:
    """The areas of ``tables``: every row that is a region, read or with its error. A
    file's own total row, titles and notes are not areas (the notes name them)."""
    found = batch(
        tables,
        options,
        Arrangement(with_total=False),
        on_rows,
        places=places,
        fill_population=fill_population,
    )
    households = _household_column(found.keys)
    style = ColumnStyle()
    areas: list[Area] = []
    blocks = found.blocks()
    assert blocks is not None  # read in order: nothing sorted, grouped or rolled up
    for block in blocks:
        empty: list[Any] = [None] * block.length
        column = functools.partial(_column, block.columns, empty)
        rows, errors, notes = column("row"), column("error"), column("note")
        segments = column("segments")
        for i in range(block.length):
            if notes[i] is not None and errors[i] is None:
                continue  # a title, or the file's own total: named by the batch's notes
            place = {
                "row": rows[i],
                "code": column("code")[i],
                "region": column("region")[i],
                "source": column("source")[i],
            }
            error = errors[i]
            count = None
            if error is None and households is not None:
                try:
                    count = count_cell(column(households)[i], households, style)
                except InputError as failed:
                    error = failed
            if error is not None:
                areas.append(Area(**place, error=error))
                continue
            pbpu = _segment(segments[i], "pbpu")
            paid = _segment(segments[i], "pbi-apbd")
            areas.append(
                Area(
                    **place,
                    registrants_needed=column("registrants_needed")[i],
                    active_needed=column("active_needed")[i],
                    households=count,
                    population=column("population")[i],
                    registered=column("registered")[i],
                    active=column("active")[i],
                    pbpu_inactive=pbpu.inactive if pbpu is not None else None,
                    region_paid=paid.registered if paid is not None else None,
                    warning=tuple(column("warning")[i] or ()),
                )
            )
    return AreaFile(tuple(areas), found.notes)
