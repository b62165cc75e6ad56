"""``jkngap compare``."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Annotated

import typer

from jkngap.cli import files as f
from jkngap.cli import options as o
from jkngap.cli.app import Answer, command_app
from jkngap.core.errors import InputError
from jkngap.core.model import Base, Note
from jkngap.core.numbers import Rounding

app = command_app(
    "compare",
    "jkngap compare bpjs-2025-05.csv dukcapil-2025-05.csv --tolerance 0,5%",
    "jkngap compare provinsi.xlsx@2025-11 kabupaten.csv --tolerance 100 -o rekonsiliasi.xlsx",
)

ToleranceOption = Annotated[str, typer.Option("--tolerance", metavar="COUNT|PERCENT")]


@app.define
def compare_command(
    *,
    reading: f.ReadingOptions,
    tolerance: ToleranceOption = "0",
    date_column: f.DateColumnOption = None,
    criteria: o.CriteriaOptions,
    base: o.BaseOption = Base.PARTICIPANTS,
    rounding: o.RoundingOption = Rounding.ROUNDED,
    layout: f.SeriesLayoutOptions,
    view: f.FilesViewOptions,
) -> Answer:
    """Do two sources agree? The same regions from source A (the reference) and B at one
    date, region by region: FILE FILE.

    Each figure from each source, the difference (B less A) and its share of A's figure,
    the verdicts each source gives and the figures that would turn one, and the regions
    one source lacks (kept, marked only_in). --tolerance separates noise from a
    disagreement. A file of several dates needs FILE@DATE. -f plain prints the number of
    regions that disagree or are in one source only; the command exits 1 when there are
    any (as check), 3 when some rows could not be read.

    JSON: a record per region with code, region, each figure under its source's label
    (registered_a, registered_b, ...), its difference (registered_difference, in people,
    and registered_difference_pct, of A's) and agreement, both verdicts (uhc_a, uhc_b,
    ...), agree and only_in (a or b, for a region one source lacks), among the keys
    docs/trend.md lists; then the total of the regions both have, its total "all".
    """
    from jkngap.core.compare import CompareOptions, Tolerance, compare
    from jkngap.core.series import Judge
    from jkngap.io.snapshots import read_side

    names = list(reading["files"])
    if len(names) != 2:
        raise InputError("compare.two_sources", field="files", count=len(names))
    options = CompareOptions(
        judge=Judge(criteria, base, rounding), tolerance=Tolerance.read(tolerance)
    )
    request = f.snapshot_reading(reading, criteria, base, date_column=date_column)
    shown = f.checked_view(
        view,
        f.dated_paths(names),
        ordered=layout["sort"] is not None,
        register=reading["register"],
    )
    stdin = f.stdin()
    with contextlib.ExitStack() as stack:
        first, said_a = read_side(names[0], stack, stdin=stdin, reading=request)
        second, said_b = read_side(names[1], stack, stdin=stdin, reading=request)
        result = compare(
            first, second, options, how=f.arrangement(layout), notes=_Both(said_a, said_b)
        )
        return o.answer(result, shown, resources=stack.pop_all())


class _Both:
    """Both readers' notes, as they stand whenever asked (they fill up as rows are read)."""

    def __init__(self, first: list[Note], second: list[Note]) -> None:
        self.first, self.second = first, second

    def __iter__(self) -> Iterator[Note]:
        yield from self.first
        yield from self.second
