"""``jkngap plan``."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer

from jkngap.cli import options as o
from jkngap.cli.app import Answer, command_app
from jkngap.core.model import Base
from jkngap.core.numbers import Rounding

ByOption = Annotated[
    str,
    o.text_option(
        "--by", help="Deadline: 2025-12-31, or 2025-07 for the end of July.", metavar="DATE"
    ),
]

StartOption = Annotated[
    str | None,
    o.text_option("--from", help="First day of the effort [default: today].", metavar="DATE"),
]

AgentsOption = Annotated[
    str | None,
    o.count_option("--agents", help="Agents (agen pesiar, kader) sharing the work."),
]

GrowthOption = Annotated[
    str | None,
    o.percent_option("--growth", help="Population growth a year in %, spread evenly."),
]

HolidayOption = Annotated[
    list[str] | None,
    o.text_option(
        "--holiday",
        help="An extra day off (cuti bersama, a regional holiday); repeat for more.",
        metavar="DATE",
    ),
]

NationalHolidaysOption = Annotated[
    bool,
    typer.Option(
        "--national-holidays/--no-national-holidays",
        help="Leave Indonesia's national public holidays out of working days.",
    ),
]


app = command_app(
    "plan",
    "jkngap plan -p 590393 -r 560000 --by 2025-12-31 --from 2025-06-01 --agents 20",
    "jkngap plan -r 1900000 --active-rate 79,96 --by 2025-07 --agents 103",
)
PlanFigures = o.FIGURES.only("registered", "coverage", "active", "active_rate")


@app.define
def plan(
    *,
    by: ByOption,
    start: StartOption = None,
    place: o.PlaceOptions,
    figures: Annotated[o.Figures, PlanFigures],
    target: o.CoverageTarget,
    active_target: o.ActiveTarget,
    base: o.BaseOption = Base.PARTICIPANTS,
    agents: AgentsOption = None,
    growth: GrowthOption = None,
    holiday: HolidayOption = None,
    national_holidays: NationalHolidaysOption = True,
    rounding: o.RoundingOption = Rounding.ROUNDED,
    view: o.ViewOptions,
) -> Answer:
    """The pace to a deadline: registrations and activations per month, week, working day
    and agent, with monthly milestones.

    Working days are Monday to Friday less Indonesia's national public holidays.
    """
    from jkngap.core.plan import parse_date, plan_for
    from jkngap.data.daysoff import national_holidays as indonesia

    growth_reading = o.percent_from(growth, "growth_pct")
    result = plan_for(
        start=parse_date(start, field="start", end_of_month=False) if start else date.today(),
        deadline=parse_date(by, field="deadline"),
        population=place.population,
        registered=figures.registered,
        coverage=figures.coverage,
        active=figures.active,
        active_rate=figures.active_rate,
        target=target,
        active_target=active_target,
        base=base,
        rounding=rounding,
        agents=o.positive_count_from(agents, "agents"),
        growth_pct=growth_reading.percent if growth_reading else None,
        days_off=[parse_date(day, field="days_off") for day in holiday or ()],
        national=indonesia if national_holidays else None,
    )
    return o.answer(o.placed(result, place), view)
