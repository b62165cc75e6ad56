"""Region files in a notebook: ``read_regions`` gives the regions of a file, computed as
``jkngap batch`` computes them (the same pipeline, the same options), as plain records
that pandas takes as they are.

    >>> from jkngap import read_regions
    >>> rows = read_regions("examples/kalbar-ilustrasi.csv")  # doctest: +SKIP
    >>> import pandas as pd  # doctest: +SKIP
    >>> pd.DataFrame(rows)["population"].sum()  # doctest: +SKIP
    5646268

By default only the regions: summing a column sums each region once. The total of every
region (``total=True``) and the file's own rows that are not regions (``file_rows=True``:
its title, its own JUMLAH and subtotal rows, the notes below the data) come only when
asked, each marked in the ``row_type`` column (``region``, ``total``, ``subtotal``,
``title``, ``file_total``, ``note``).

Counts are ints; percentages are floats cut (never rounded up) to four decimals, so that
pandas makes numeric columns of them; notes and errors are English sentences. The exact
values stay available: ``exact=True`` gives each percentage as a ``Fraction`` of the
counts, and the records otherwise as ``jkngap batch`` computes them.
"""

from __future__ import annotations

import contextlib
import sys
from fractions import Fraction
from os import PathLike
from typing import TYPE_CHECKING, Any, TypedDict

from jkngap.core.model import Base, Note, Record
from jkngap.core.spans import Cut4

# At run time too, so that typing.get_type_hints and help() resolve the keywords' type.
if sys.version_info >= (3, 11):
    from typing import Unpack
else:  # pragma: no cover (the project's CI runs 3.11)
    from typing_extensions import Unpack

if TYPE_CHECKING:
    from jkngap.io.pipeline import BatchInput

__all__ = ["BatchOptions", "FileOptions", "Unpack", "read_regions"]

# What every function of the notebook API takes for a file.
Path = str | PathLike[str]

# What a row that is not a region is, by the note it carries.
_NOT_REGIONS = {
    "note.title_row": "title",
    "note.numbered_row": "title",
    "note.total_row": "file_total",
}


class FileOptions(TypedDict, total=False):
    """How every notebook function reads a region file, as the command line's input
    options read it, each a keyword and each optional: ``criteria`` the preset ("2025",
    the default, or "2023"); ``base`` the activity base ("participants", the default, or
    "population"); ``sheet`` and ``header_row`` of a workbook; ``columns`` a role and the
    header it is under (``{"registered": "Peserta JKN"}``, as ``--column``); ``delimiter``
    and ``encoding`` of a text file; ``register`` (codes and names checked against the
    Kepmendagri register, the default) and ``fill_population`` (missing kabupaten/kota
    and province populations from it)."""

    criteria: str
    base: Base | str
    sheet: str | None
    header_row: int | None
    columns: dict[str, str]
    delimiter: str | None
    encoding: str
    register: bool
    fill_population: bool


class BatchOptions(FileOptions, total=False):
    """:class:`FileOptions` and how ``jkngap batch`` lays the regions out: ``check``
    (the published percentages checked against the counts), ``rollup`` ("kecamatan",
    "kabupaten" or "kota", "provinsi": the rows summed by their codes), ``sort``,
    ``reverse``, ``only_unmet`` and ``group_by``."""

    check: bool
    rollup: str | None
    sort: str | None
    reverse: bool
    only_unmet: bool
    group_by: str | None


def batch_input(
    paths: tuple[str, ...],
    options: FileOptions,
    caller: str,
    *,
    known: frozenset[str] = FileOptions.__optional_keys__,
    total: bool = True,
) -> BatchInput:
    """``options`` as the batch pipeline takes them (the criteria by their preset, the
    base by its name); a key not ``known`` is refused as Python refuses an unknown
    keyword of ``caller``."""
    from jkngap.core.criteria import DEFAULT_PRESET, criteria
    from jkngap.core.errors import InputError
    from jkngap.io.pipeline import BatchInput

    given: dict[str, Any] = dict(options)
    for key in given:
        if key not in known:
            raise TypeError(f"{caller}() got an unexpected keyword argument {key!r}")
    header_row = given.get("header_row")
    if header_row is not None and (type(header_row) is not int or header_row < 1):
        # The command line's --header-row takes 1 and up: line 1 is the first.
        raise InputError("value.must_be_positive", field="header_row", text=str(header_row))
    if given.get("columns", {}) is None:
        del given["columns"]  # none given
    chosen = criteria(given.pop("criteria", DEFAULT_PRESET))
    base = Base(given.pop("base", Base.PARTICIPANTS))
    return BatchInput(files=paths, criteria=chosen, base=base, total=total, **given)


def read_regions(
    path: Path,
    *,
    total: bool = False,
    file_rows: bool = False,
    exact: bool = False,
    **options: Unpack[BatchOptions],
) -> list[Record]:
    """The regions of a file (CSV, TSV, JSON, XLSX), computed as ``jkngap batch``
    computes them.

    ``total`` adds the total of every region (and ``group_by``'s subtotals);
    ``file_rows`` the file's own rows that are not regions; ``row_type`` says which a row
    is. ``options`` are ``jkngap batch``'s (:class:`BatchOptions`): how the file is read
    (:class:`FileOptions`: ``criteria``, ``base``, ``sheet``, ``header_row``,
    ``columns``, ``delimiter``, ``encoding``, ``register``, ``fill_population``) and how
    the regions are laid out (``check``, ``rollup``, ``sort``, ``reverse``,
    ``only_unmet``, ``group_by``). A row that cannot be read has its reason under
    ``"error"``; a file that cannot be read at all raises
    :class:`~jkngap.core.errors.InputError`.
    """
    from jkngap.data.register import open_register
    from jkngap.io.pipeline import read_batch

    known = BatchOptions.__optional_keys__
    request = batch_input((str(path),), options, "read_regions", known=known, total=total)
    kept = {"region", "total", "subtotal"} if total else {"region"}
    with contextlib.ExitStack() as stack:
        result = read_batch(request, stack, register=open_register)
        return [
            {**_plain(record, exact, request.base), "row_type": kind}
            for record in result.records
            if (kind := row_type(record)) in kept or (file_rows and kind not in _REGIONS_AND_TOTALS)
        ]


_REGIONS_AND_TOTALS = frozenset({"region", "total", "subtotal"})


def row_type(record: Record) -> str:
    """What a record is: a region, a total or subtotal, or a row of the file that is not
    a region (its title, its own total, a note)."""
    if record.get("total") == "all":
        return "total"
    if record.get("total") == "group":
        return "subtotal"
    note = record.get("note")
    if isinstance(note, Note):
        return _NOT_REGIONS.get(note.key, "note")
    return "region"


def _exact_share(record: Record, key: str, base: Base) -> Fraction | None:
    """A percentage as the exact ratio of the record's counts."""
    part = record.get("registered" if key == "coverage_pct" else "active")
    whole = record.get("population")
    if key == "activity_pct" and base is Base.PARTICIPANTS:
        whole = record.get("registered")
    if part is None or not whole:
        return None
    return Fraction(100 * part, whole)


def _plain(record: Record, exact: bool, base: Base) -> Record:
    """A record with notes and errors as sentences and percentages as floats cut to four
    decimals (or, with ``exact``, the exact ratios of the counts, as Fractions)."""
    from jkngap.core.errors import JkngapError
    from jkngap.output.cells import is_notes, sentence

    plain: Record = {}
    for key, value in record.items():
        if isinstance(value, Cut4):
            value = _exact_share(record, key, base) if exact else float(str(value))
        elif isinstance(value, Fraction) and not exact:
            value = float(value)
        elif isinstance(value, Note | JkngapError) or is_notes(value):
            value = sentence(value)
        plain[key] = value
    return plain
