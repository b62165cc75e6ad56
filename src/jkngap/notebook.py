"""Region files in a notebook: ``read_regions`` gives every row of a file, computed, as
plain records that pandas takes as they are.

    >>> from jkngap import read_regions
    >>> rows = read_regions("examples/kalbar-ilustrasi.csv")  # doctest: +SKIP
    >>> import pandas as pd  # doctest: +SKIP
    >>> pd.DataFrame(rows).set_index("code")["registrants_needed"].sum()  # doctest: +SKIP

Counts are ints; percentages are floats cut (never rounded up) to four decimals, so that
pandas makes numeric columns of them; notes and errors are English sentences. The exact
values stay available: ``exact=True`` gives each percentage as a ``Fraction`` of the
counts, and the records otherwise as ``jkngap batch`` computes them.
"""

from __future__ import annotations

import contextlib
from fractions import Fraction
from os import PathLike

from jkngap.core.model import Base, Record
from jkngap.core.spans import Cut4

__all__ = ["read_regions"]


def read_regions(
    path: str | PathLike[str],
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    criteria: str = "2025",
    base: str = "participants",
    register: bool = True,
    fill_population: bool = False,
    rollup: str | None = None,
    total: bool = True,
    exact: bool = False,
) -> list[Record]:
    """Every row of a region file (CSV, TSV, JSON, XLSX), computed as ``jkngap batch``
    computes it, then the total (``total=False`` leaves it out).

    ``register`` checks codes and names against the Kepmendagri register;
    ``fill_population`` takes missing kabupaten/kota and province populations from it;
    ``rollup`` ("kecamatan", "kabupaten" or "provinsi") sums the rows by their codes. A row
    that cannot be read has its reason under ``"error"``; a file that cannot be read at
    all raises :class:`~jkngap.core.errors.InputError`.
    """
    from jkngap.core.arrange import Arrangement
    from jkngap.core.criteria import criteria as preset
    from jkngap.core.errors import InputError
    from jkngap.core.places import ROLLUP_LEVELS
    from jkngap.core.regions import RegionOptions
    from jkngap.io.inputs import open_inputs
    from jkngap.io.rows import batch

    level = None
    if rollup is not None:
        level = ROLLUP_LEVELS.get(rollup)
        if level is None:
            choices = ", ".join(ROLLUP_LEVELS)
            raise InputError("option.choice", field="rollup", text=rollup, choices=choices)
    places = None
    if register or fill_population or rollup:
        from jkngap.data.register import open_register

        places = open_register()
    options = RegionOptions(criteria=preset(criteria), base=Base(base))
    how = Arrangement(
        with_total=total, rollup=level, names=places.name if places is not None else None
    )
    with contextlib.ExitStack() as stack:
        tables, _ = open_inputs([str(path)], stack, stdin=None, sheet=sheet, header_row=header_row)
        result = batch(tables, options, how, places=places, fill_population=fill_population)
        return [_plain(record, exact, options.base) for record in result.records]


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
    from jkngap.core.model import Note
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
