"""``jkngap trend``."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Annotated

import typer

from jkngap.cli import files as f
from jkngap.cli import options as o
from jkngap.cli.app import Answer, command_app
from jkngap.core.model import Base
from jkngap.core.numbers import Rounding

if TYPE_CHECKING:
    from jkngap.core.criteria import Criteria
    from jkngap.core.progress import TrendOptions
    from jkngap.core.results import Many

app = command_app(
    "trend",
    "jkngap trend rekap-2025-06.csv@2025-06-01 rekap-2026-01.csv@2026-01-01 --by 2026-12",
    "jkngap trend kalbar-bulanan.csv --by 2025-12 --only-unmet -o kalbar-tren.html",
    "jkngap trend desa-*.xlsx --population-file penduduk-2025-s1.csv@2025-07-01 -f csv",
)

# The extensions of the reports and charts, which draw each region's series.
CHARTED = (".html", ".htm", ".pdf", ".svg", ".png")

DeadlineOption = Annotated[str | None, o.text_option("--by", metavar="DATE")]
HorizonOption = Annotated[str, typer.Option("--horizon", metavar="MONTHS")]
LongOption = Annotated[bool, typer.Option("--long")]


def trend_options(
    *,
    criteria: Criteria,
    base: Base,
    rounding: Rounding,
    by: str | None,
    start: str | None,
    agents: str | None,
    holiday: list[str] | None,
    national_holidays: bool,
    horizon: str,
    awards: str | None,
    keep_series: bool,
) -> TrendOptions:
    """What every region's series is judged by, read from the options."""
    from jkngap.core.awards import award_preset
    from jkngap.core.plan import parse_date
    from jkngap.core.progress import TrendOptions
    from jkngap.data.daysoff import national_calendar

    deadline = parse_date(by, field="deadline") if by is not None else None
    return TrendOptions(
        criteria=criteria,
        base=base,
        rounding=rounding,
        deadline=deadline,
        start=parse_date(start, field="start", end_of_month=False) if start else None,
        agents=o.positive_count_from(agents, "agents"),
        days_off=frozenset(parse_date(day, field="days_off") for day in holiday or ()),
        national=national_calendar(national_holidays and deadline is not None),
        horizon_months=o.positive_count_from(horizon, "horizon") or 0,
        awards=award_preset(awards) if awards is not None else None,
        keep_series=keep_series,
    )


@app.define
def trend_command(
    *,
    reading: f.ReadingOptions,
    date_column: f.DateColumnOption = None,
    population_file: f.PopulationFileOption = None,
    by: DeadlineOption = None,
    start: o.StartOption = None,
    agents: o.AgentsOption = None,
    holiday: o.HolidayOption = None,
    national_holidays: o.NationalHolidaysOption = True,
    horizon: HorizonOption = "3",
    awards: o.AwardsOption = None,
    criteria: o.CriteriaOptions,
    base: o.BaseOption = Base.PARTICIPANTS,
    rounding: o.RoundingOption = Rounding.ROUNDED,
    long: LongOption = False,
    layout: f.SeriesLayoutOptions,
    view: f.FilesViewOptions,
) -> Answer:
    """Are we moving fast enough, and when do we get there? Snapshots of the same regions
    at two or more dates, region by region and in total.

    Each snapshot's date: FILE@2025-07-01 as typed, else a date column (date, tanggal, per,
    periode, bulan), else a date in the file's title rows, else in its name ("Juli 2025"
    is its first day). Regions are matched by code (by name through the register where a
    file has none); a region missing from a snapshot is kept and marked, never taken as
    zero. For each: the change in registered and active and in coverage and activity
    (points) from its first snapshot to its last, the pace achieved a month (a month is
    plan's 30.436875 days; paces achieved are cut down), the pace still required to reach
    each target by --by (exactly plan's from the last snapshot: ceilings, over the same
    days, working days and agents), the first whole day each target is reached at this
    pace (a range where figures are rounded percentages), status gained or lost, and at
    risk (met now, falling, and lost within --horizon months). -f plain prints the
    number of regions off course. Rows that cannot be read mark their regions missing at
    that date, and the command exits 3 after writing everything.

    JSON: a record per region with code, region, first_date, last_date, registered_change,
    active_change, registered_per_month, active_per_month, required_registered_per_month,
    required_active_per_month, uhc_date, prioritas_date (ISO dates, null where already met
    or never at this pace, with _low and _high where a range), status_change and at_risk,
    among the keys docs/trend.md lists; then the total's, its total "all".
    """
    from jkngap.core.trend import trend
    from jkngap.io.snapshots import for_trend, read_snapshots

    options = trend_options(
        criteria=criteria,
        base=base,
        rounding=rounding,
        by=by,
        start=start,
        agents=agents,
        holiday=holiday,
        national_holidays=national_holidays,
        horizon=horizon,
        awards=awards,
        keep_series=view.output is not None and view.output.suffix.lower() in CHARTED,
    )
    populations = list(population_file or ())
    request = for_trend(
        f.snapshot_reading(
            reading, criteria, base, population_files=populations, date_column=date_column
        )
    )
    shown = f.checked_view(
        view,
        f.dated_paths([*reading["files"], *populations]),
        ordered=layout["sort"] is not None,
        register=reading["register"],
    )
    with contextlib.ExitStack() as stack:
        snapshots = read_snapshots(
            list(reading["files"]),
            stack,
            stdin=f.stdin(),
            reading=request,
            progress=f.progress_bar(),
        )
        found = trend(snapshots, options, notes=snapshots.notes, how=f.arrangement(layout))
        result: Many = found.long() if long else found
        return o.answer(result, shown, resources=stack.pop_all())
