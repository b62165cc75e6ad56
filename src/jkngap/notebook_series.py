"""Series and sources in a notebook: ``read_trend`` and ``read_compare``, neighbours of
:func:`~jkngap.notebook.read_regions`, give plain records that pandas takes as they are.

    >>> from jkngap import read_trend
    >>> files = ["rekap-2025-06.csv", "rekap-2026-01.csv"]
    >>> rows = read_trend(files, by="2026-12-31")  # doctest: +SKIP
    >>> import pandas as pd  # doctest: +SKIP
    >>> table = pd.DataFrame(rows).set_index("code")  # doctest: +SKIP
    >>> table[["uhc_date", "prioritas_date", "at_risk"]]  # doctest: +SKIP

Counts are ints, dates ISO text, percentages and points floats cut to four decimals
(``exact=True`` keeps them as Fractions), notes English sentences: the records ``jkngap
trend`` and ``jkngap compare`` compute.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from datetime import date
from fractions import Fraction
from os import PathLike
from typing import TYPE_CHECKING

from jkngap.core.model import Base, Record
from jkngap.notebook import FileOptions, Path, Unpack, batch_input

if TYPE_CHECKING:
    from jkngap.io.pipeline import BatchInput
    from jkngap.io.snapshots import Reading

__all__ = ["read_compare", "read_trend"]


def _reading(request: BatchInput, population_files: Iterable[Path] = ()) -> Reading:
    """How the snapshots are read: ``request``'s options, with the register where asked."""
    from jkngap.core.regions import RegionOptions
    from jkngap.io.snapshots import Reading

    places = finder = None
    if request.register or request.fill_population:
        from jkngap.data.codes import code_finder
        from jkngap.data.register import open_register

        places = open_register()
        finder = code_finder(places)
    return Reading(
        options=RegionOptions(
            criteria=request.criteria, base=request.base, columns=request.columns
        ),
        encoding=request.encoding,
        delimiter=request.delimiter,
        sheet=request.sheet,
        header_row=request.header_row,
        places=places,
        fill_population=request.fill_population,
        find_code=finder,
        population_files=[str(path) for path in population_files],
    )


def read_trend(
    paths: Path | Iterable[Path],
    *,
    by: str | date | None = None,
    agents: int | None = None,
    horizon: int = 3,
    holidays: Iterable[str | date] = (),
    national_holidays: bool = True,
    awards: str | None = None,
    population_files: Iterable[Path] = (),
    long: bool = False,
    total: bool = True,
    exact: bool = False,
    **options: Unpack[FileOptions],
) -> list[Record]:
    """Every region's series from snapshots (``FILE@2025-07-01``, a file with a date
    column, or files dated in their title row or name), as ``jkngap trend`` computes it:
    one record per region, then the total's (``total=False`` leaves it out); with
    ``long=True``, the long form instead, one record per region and date.

    ``by`` is the deadline the paces required are worked out to, as ``jkngap plan``
    does (working days leave out ``holidays`` and, unless ``national_holidays=False``,
    Indonesia's national public holidays). ``options`` say how each file is read
    (:class:`~jkngap.notebook.FileOptions`: ``criteria``, ``base``, ``sheet``,
    ``columns``, ``register``, ``fill_population`` and the rest); ``population_files``
    give populations as ``--population-file`` does. A file that cannot be read, a date
    that cannot be found, or two snapshots of one date raise
    :class:`~jkngap.core.errors.InputError`.
    """
    from jkngap.core.awards import award_preset
    from jkngap.core.plan import parse_date
    from jkngap.core.progress import TrendOptions
    from jkngap.core.trend import trend
    from jkngap.data.daysoff import national_calendar
    from jkngap.io.snapshots import for_trend, read_snapshots

    names = [str(paths)] if isinstance(paths, str | PathLike) else [str(p) for p in paths]
    deadline = parse_date(by, field="by") if isinstance(by, str) else by
    days_off = frozenset(
        parse_date(day, field="holidays") if isinstance(day, str) else day for day in holidays
    )
    request = batch_input((), options, "read_trend")
    chosen = TrendOptions(
        criteria=request.criteria,
        base=request.base,
        deadline=deadline,
        agents=agents,
        days_off=days_off,
        national=national_calendar(national_holidays and deadline is not None),
        horizon_months=horizon,
        awards=award_preset(awards) if awards is not None else None,
    )
    reading = for_trend(_reading(request, population_files))
    with contextlib.ExitStack() as stack:
        snapshots = read_snapshots(names, stack, stdin=None, reading=reading)
        result = trend(snapshots, chosen, notes=snapshots.notes)
        if long:
            rows = [_plain(record, exact) for record in result.long_records()]
            return rows if total else [row for row in rows if row["total"] is None]
        rows = [_plain(region.record(), exact) for region in result.summaries()]
        found = result.total() if total else None
        if found is not None:
            rows.append(_plain(found, exact))
        return rows


def read_compare(
    a: Path,
    b: Path,
    *,
    tolerance: str = "0",
    total: bool = True,
    exact: bool = False,
    **options: Unpack[FileOptions],
) -> list[Record]:
    """Source ``a`` (the reference) against source ``b``, region by region, as ``jkngap
    compare`` computes it: each figure from each source, the difference (b less a) and its
    share of a's figure, both sources' verdicts, ``agree`` within ``tolerance`` (a count,
    ``"100"``, or a percentage of a's figure, ``"0,5%"``) and ``only_in``; then the total
    of the regions both have. ``FILE@DATE`` picks one date of a file with many;
    ``options`` say how both are read (:class:`~jkngap.notebook.FileOptions`)."""
    from jkngap.core.compare import CompareOptions, Tolerance, compare
    from jkngap.core.series import Judge
    from jkngap.io.snapshots import read_side

    request = batch_input((), options, "read_compare")
    reading = _reading(request)
    chosen = CompareOptions(
        judge=Judge(request.criteria, request.base), tolerance=Tolerance.read(tolerance)
    )
    with contextlib.ExitStack() as stack:
        first, _ = read_side(str(a), stack, stdin=None, reading=reading)
        second, _ = read_side(str(b), stack, stdin=None, reading=reading)
        result = compare(first, second, chosen)
        rows = [_plain(region.record(chosen.judge), exact) for region in result.regions]
        found_total = result.total() if total else None
        if found_total is not None:
            rows.append(_plain(found_total, exact))
        return rows


def _plain(record: Record, exact: bool) -> Record:
    """Percentages as floats cut to four decimals (exact Fractions with ``exact``), notes
    and errors as sentences: the conversion ``read_regions`` makes."""
    from jkngap.notebook import _plain as plain  # the one conversion, shared
    from jkngap.output.cells import number_text

    if not exact:  # cut to four decimals first, as a batch record's percentages are
        record = {
            key: float(number_text(value)) if isinstance(value, Fraction) else value
            for key, value in record.items()
        }
    return plain(record, exact, Base.PARTICIPANTS)
