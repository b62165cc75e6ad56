"""``jkngap check``."""

from __future__ import annotations

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
    SegmentOption,
    ViewOptions,
    answer,
    count_from,
    count_option,
    percent_from,
    placed,
    segments_from,
    target_from,
)
from jkngap.core.model import Base
from jkngap.core.numbers import Rounding

RegistrantsNeededTextOption = Annotated[
    str | None,
    count_option("--registrants-needed", help="Published: more registrants needed."),
]

InactiveOption = Annotated[
    str | None, count_option("--inactive", help="Published: inactive participants.")
]

ActiveNeededTextOption = Annotated[
    str | None,
    count_option("--active-needed", help="Published: more active members needed."),
]

RoundingOption = Annotated[
    Rounding,
    typer.Option(help="How the report's percentages were brought to their decimals."),
]


app = command_app()


@app.command(
    name="check",
    epilog=(
        "Examples: jkngap check --registered 5241084 --coverage 92,82 --registrants-needed "
        "280386  |  jkngap check --pop 590393 --registered 581578 --coverage 99,47  |  "
        "jkngap check --pop 1842582 --registered 1750453 --segment pbi-apbn=974013 "
        "--segment ppu=374576 --segment pbpu=244757 --segment pbi-apbd=72441 --segment bp=47516"
    ),
)
@grouped
def check_command(
    *,
    place: PlaceOptions,
    registered: RegisteredOption = None,
    active: ActiveOption = None,
    inactive: InactiveOption = None,
    segment: SegmentOption = None,
    coverage: CoverageOption = None,
    active_rate: ActiveRateOption = None,
    registrants_needed_text: RegistrantsNeededTextOption = None,
    active_needed_text: ActiveNeededTextOption = None,
    target: CoverageTargetOption = None,
    active_target: ActiveTargetOption = None,
    base: BaseOption = Base.PARTICIPANTS,
    rounding: RoundingOption = Rounding.EITHER,
    view: ViewOptions,
) -> Answer:
    """Whether published figures agree with each other, allowing for rounded percentages.

    Also: segments that do not add up to the total, active and inactive members that do
    not make the registered, a registered count that is exactly a target of the
    population, and percentages with two digits swapped.

    Exit 0 when all agree, 1 when any disagree, 2 when there is nothing to compare.
    """
    from jkngap.core.check import check

    result = check(
        population=place.population,
        registered=count_from(registered, "registered"),
        active=count_from(active, "active"),
        inactive=count_from(inactive, "inactive"),
        segments=segments_from(segment) if segment else None,
        coverage=percent_from(coverage, "coverage"),
        active_rate=percent_from(active_rate, "active_rate"),
        registrants_needed=count_from(registrants_needed_text, "registrants_needed"),
        active_needed=count_from(active_needed_text, "active_needed"),
        target=target_from(target, "target", CURRENT.coverage_pct),
        active_target=target_from(active_target, "active_target", CURRENT.activity_pct),
        base=base,
        rounding=rounding,
    )
    return answer(placed(result, place), view)
