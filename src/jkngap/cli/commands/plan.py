"""``jkngap plan``."""

from __future__ import annotations

from typing import Annotated

from jkngap.cli import options as o
from jkngap.cli.app import Answer, command_app
from jkngap.core.model import Base
from jkngap.core.numbers import Rounding

GrowthOption = Annotated[str | None, o.percent_option("--growth")]

app = command_app(
    "plan",
    "jkngap plan -p 590393 -r 560000 --by 2025-12-31 --from 2025-06-01 --agents 20",
    "jkngap plan -r 1900000 --active-rate 79,96 --by 2025-07 --agents 103",
)
PlanFigures = o.FIGURES.only("registered", "coverage", "active", "active_rate")


@app.define
def plan(
    *,
    by: o.ByOption,
    start: o.StartOption = None,
    place: o.PlaceOptions,
    figures: Annotated[o.Figures, PlanFigures],
    target: o.CoverageTarget,
    active_target: o.ActiveTarget,
    base: o.BaseOption = Base.PARTICIPANTS,
    agents: o.AgentsOption = None,
    growth: GrowthOption = None,
    holiday: o.HolidayOption = None,
    national_holidays: o.NationalHolidaysOption = True,
    rounding: o.RoundingOption = Rounding.ROUNDED,
    view: o.ViewOptions,
) -> Answer:
    """The pace to a deadline: registrations and activations per month, week, working day
    and agent, with monthly milestones.

    Working days are Monday to Friday less Indonesia's national public holidays.
    """
    from jkngap.core.plan import plan_for

    calendar = o.calendar_from(by, start, holiday, national_holidays)
    growth_reading = o.percent_from(growth, "growth_pct")
    result = plan_for(
        **calendar,
        **o.published(place, figures),
        target=target,
        active_target=active_target,
        base=base,
        rounding=rounding,
        agents=o.positive_count_from(agents, "agents"),
        growth_pct=growth_reading.percent if growth_reading else None,
    )
    return o.answer(o.placed(result, place), view)
