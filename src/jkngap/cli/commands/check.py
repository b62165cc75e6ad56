"""``jkngap check``."""

from __future__ import annotations

from typing import Annotated

from jkngap.cli import options as o
from jkngap.cli.app import Answer, command_app
from jkngap.core.model import Base
from jkngap.core.numbers import Rounding

RegistrantsNeededTextOption = Annotated[str | None, o.count_option("--registrants-needed")]

InactiveOption = Annotated[str | None, o.count_option("--inactive")]

ActiveNeededTextOption = Annotated[str | None, o.count_option("--active-needed")]


app = command_app(
    "check",
    "jkngap check --registered 5241084 --coverage 92,82 --registrants-needed 280386",
    "jkngap check --pop 590393 --registered 581578 --coverage 99,47",
    "jkngap check --pop 1842582 --registered 1750453 --segment pbi-apbn=974013 "
    "--segment ppu=374576 --segment pbpu=244757 --segment pbi-apbd=72441 --segment bp=47516",
)
CheckedFigures = o.FIGURES.only("registered", "active", "coverage", "active_rate")


@app.define
def check_command(
    *,
    place: o.PlaceOptions,
    figures: Annotated[o.Figures, CheckedFigures],
    inactive: InactiveOption = None,
    segment: o.SegmentOption = None,
    registrants_needed_text: RegistrantsNeededTextOption = None,
    active_needed_text: ActiveNeededTextOption = None,
    target: o.CoverageTarget,
    active_target: o.ActiveTarget,
    base: o.BaseOption = Base.PARTICIPANTS,
    rounding: o.RoundingOption = Rounding.EITHER,
    view: o.ViewOptions,
) -> Answer:
    """Whether published figures agree with each other, allowing for rounded percentages.

    Also: segments that do not add up to the total, active and inactive members that do
    not make the registered, a registered count that is exactly a target of the
    population, and percentages with two digits swapped.

    Exit 0 when all agree, 1 when any disagree, 2 when there is nothing to compare.
    """
    from jkngap.core.check import check

    result = check(
        **o.published(place, figures),
        inactive=o.count_from(inactive, "inactive"),
        segments=o.segments_from(segment) if segment else None,
        registrants_needed=o.count_from(registrants_needed_text, "registrants_needed"),
        active_needed=o.count_from(active_needed_text, "active_needed"),
        target=target,
        active_target=active_target,
        base=base,
        rounding=rounding,
    )
    return o.answer(o.placed(result, place), view)
