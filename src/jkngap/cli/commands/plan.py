"""``jkngap plan``."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer

from jkngap.cli.app import Answer, command_app
from jkngap.cli.groups import grouped
from jkngap.cli.options import (
    CURRENT,
    ActiveOption,
    ActiveRateOption,
    ActiveTargetOption,
    BaseOption,
    CoverageOption,
    CoverageTargetOption,
    PlaceOptions,
    RegisteredOption,
    RoundingOption,
    ViewOptions,
    answer,
    count_from,
    count_option,
    percent_from,
    percent_option,
    placed,
    positive_count_from,
    target_from,
)
from jkngap.core.model import Base
from jkngap.core.numbers import Rounding

ByOption = Annotated[
    str,
    typer.Option(
        "--by",
        help="Deadline: 2025-12-31, or 2025-07 for the end of July.",
        metavar="DATE",
        show_default=False,
    ),
]

StartOption = Annotated[
    str | None,
    typer.Option(
        "--from",
        help="First day of the effort [default: today].",
        metavar="DATE",
        show_default=False,
    ),
]

AgentsOption = Annotated[
    str | None,
    count_option("--agents", help="Agents (agen pesiar, kader) sharing the work."),
]

GrowthOption = Annotated[
    str | None,
    percent_option("--growth", help="Population growth a year in %, spread evenly."),
]

HolidayOption = Annotated[
    list[str] | None,
    typer.Option(
        "--holiday",
        help="An extra day off (cuti bersama, a regional holiday); repeat for more.",
        metavar="DATE",
        show_default=False,
    ),
]

NationalHolidaysOption = Annotated[
    bool,
    typer.Option(
        "--national-holidays/--no-national-holidays",
        help="Leave Indonesia's national public holidays out of working days.",
    ),
]


app = command_app()


@app.command(
    name="plan",
    epilog=(
        "Examples: jkngap plan -p 590393 -r 560000 --by 2025-12-31 --from 2025-06-01 "
        "--agents 20  |  jkngap plan -r 1900000 --active-rate 79,96 --by 2025-07 --agents 103"
    ),
)
@grouped
def plan(
    *,
    by: ByOption,
    start: StartOption = None,
    place: PlaceOptions,
    registered: RegisteredOption = None,
    coverage: CoverageOption = None,
    active: ActiveOption = None,
    active_rate: ActiveRateOption = None,
    target: CoverageTargetOption = None,
    active_target: ActiveTargetOption = None,
    base: BaseOption = Base.PARTICIPANTS,
    agents: AgentsOption = None,
    growth: GrowthOption = None,
    holiday: HolidayOption = None,
    national_holidays: NationalHolidaysOption = True,
    rounding: RoundingOption = Rounding.ROUNDED,
    view: ViewOptions,
) -> Answer:
    """The pace to a deadline: registrations and activations per month, week, working day
    and agent, with monthly milestones.

    Working days are Monday to Friday less Indonesia's national public holidays.
    """
    from jkngap.core.plan import parse_date, plan_for
    from jkngap.data.daysoff import national_holidays as indonesia

    growth_reading = percent_from(growth, "growth_pct") if growth is not None else None
    result = plan_for(
        start=parse_date(start, field="start", end_of_month=False) if start else date.today(),
        deadline=parse_date(by, field="deadline"),
        population=place.population,
        registered=count_from(registered, "registered"),
        coverage=percent_from(coverage, "coverage"),
        active=count_from(active, "active"),
        active_rate=percent_from(active_rate, "active_rate"),
        target=target_from(target, "target", CURRENT.coverage_pct),
        active_target=target_from(active_target, "active_target", CURRENT.activity_pct),
        base=base,
        rounding=rounding,
        agents=positive_count_from(agents, "agents"),
        growth_pct=growth_reading.percent if growth_reading else None,
        days_off=[parse_date(day, field="days_off") for day in holiday or ()],
        national=indonesia if national_holidays else None,
    )
    return answer(placed(result, place), view)
