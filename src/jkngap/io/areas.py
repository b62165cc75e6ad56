"""Region files read as the areas ``allocate`` shares agents or a budget among.

The rows come from the pipeline of ``jkngap batch`` (:func:`jkngap.io.rows.batch`), so an
area's gaps are exactly the ones ``batch`` prints, its checks against the register are the
same, and a row it cannot read is an area with its error. Beside them, each area gets the
households (KK) to visit where the file has a column of them, and what its segment columns
say route (a) can draw on: inactive PBPU members, and PBI APBD participants.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from jkngap.core.allocate import Area
from jkngap.core.arrange import Arrangement, Batch
from jkngap.core.errors import InputError
from jkngap.core.model import Note
from jkngap.core.places import Places
from jkngap.core.regions import Block, RegionOptions
from jkngap.core.segments import SegmentCount
from jkngap.io.cells import ColumnStyle, count_cell
from jkngap.io.columns import as_headers, normalise_header
from jkngap.io.pipeline import BatchInput, Opening, read_batch
from jkngap.io.readers import Table
from jkngap.io.rows import batch

if TYPE_CHECKING:
    from typing_extensions import Unpack  # in typing from Python 3.11; this runs on 3.10

__all__ = ["HOUSEHOLD_HEADERS", "AreaFile", "areas_of", "open_areas", "read_areas"]

# Headers of a column of households (KK) to visit, as ``match``'s per-desa table and
# village registers write them (matched ignoring case, spaces and punctuation).
HOUSEHOLD_HEADERS = as_headers(
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


def _segment(found: tuple[SegmentCount, ...] | None, name: str) -> SegmentCount | None:
    return next((segment for segment in found or () if segment.segment == name), None)


def _area(cell: Callable[[str], Any], households: str | None, style: ColumnStyle) -> Area | None:
    """The area of one row (``cell`` gives its value under a key), or None for a row that
    is not a region (a title, the file's own total: named by the batch's notes); ``style``
    keeps the households column to one way of grouping thousands."""
    error = cell("error")
    if cell("note") is not None and error is None:
        return None
    place = {"row": cell("row"), "code": cell("code"), "region": cell("region")}
    place["source"] = cell("source")
    count = None
    if error is None and households is not None:
        try:
            count = count_cell(cell(households), households, style)
        except InputError as failed:
            error = failed
    if error is not None:
        return Area(**place, error=error)
    pbpu = _segment(cell("segments"), "pbpu")
    paid = _segment(cell("segments"), "pbi-apbd")
    return Area(
        **place,
        registrants_needed=cell("registrants_needed"),
        active_needed=cell("active_needed"),
        households=count,
        population=cell("population"),
        registered=cell("registered"),
        active=cell("active"),
        pbpu_inactive=pbpu.inactive if pbpu is not None else None,
        region_paid=paid.registered if paid is not None else None,
        warning=tuple(cell("warning") or ()),
    )


def areas_of(found: Batch) -> AreaFile:
    """The areas of a batch read in order (or rolled up) without a total: every row that
    is a region, read or with its error."""
    households = _household_column(found.keys)
    style = ColumnStyle()
    cells: Iterator[Callable[[str], Any]]
    blocks = found.blocks()
    if blocks is None:  # rolled up: records of the summed counts (no segments: unpriced)
        cells = (record.get for record in found.records)
    else:  # in order: a block's own columns, the segments among them
        cells = (cell for block in blocks for cell in _cells(block))
    areas = [area for cell in cells if (area := _area(cell, households, style)) is not None]
    return AreaFile(tuple(areas), found.notes)


def _cells(block: Block) -> Iterator[Callable[[str], Any]]:
    """Each row of a block, as a function of a key giving its value there."""
    empty: list[Any] = [None] * block.length
    for at in range(block.length):
        yield functools.partial(_cell, block.columns, empty, at)


def _cell(columns: dict[str, list[Any]], empty: list[Any], at: int, key: str) -> Any:
    """A block's value under ``key`` in its row ``at`` (empty where it has no such column)."""
    return columns.get(key, empty)[at]


def open_areas(
    request: BatchInput, stack: contextlib.ExitStack, **opening: Unpack[Opening]
) -> AreaFile:
    """The areas of the files ``request`` names, read by the one batch pipeline (its
    reading, its register checks, its roll-up: ``opening`` as :func:`read_batch` takes
    it); the rows are laid out afterwards, by what was shared out, so nothing here sorts,
    filters or totals them."""
    reading = dataclasses.replace(
        request, sort=None, reverse=False, only_unmet=False, group_by=None, total=False
    )
    return areas_of(read_batch(reading, stack, **opening))


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
    return areas_of(found)
