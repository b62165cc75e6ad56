"""``jkngap active``."""

from __future__ import annotations

from jkngap.cli.app import Answer, command_app
from jkngap.cli.groups import grouped
from jkngap.cli.options import (
    CURRENT,
    ActiveOption,
    ActiveRateOption,
    ActivityTargetOption,
    BaseOption,
    PlaceOptions,
    RegisteredOption,
    RoundingOption,
    SegmentOption,
    ViewOptions,
    answer,
    counted,
    percent_from,
    placed,
    target_from,
)
from jkngap.core.activity import active_needed
from jkngap.core.model import Base
from jkngap.core.numbers import Rounding
from jkngap.core.results import Single
from jkngap.core.segments import Segmented

app = command_app()


@app.command(
    name="active",
    epilog=(
        "Examples: jkngap active --registered 5241084 --active-rate 67,90  |  "
        "jkngap active --pop 590393 --active 472638 --base population"
    ),
)
@grouped
def active(
    *,
    place: PlaceOptions,
    registered: RegisteredOption = None,
    active: ActiveOption = None,
    active_rate: ActiveRateOption = None,
    segment: SegmentOption = None,
    target: ActivityTargetOption = None,
    base: BaseOption = Base.PARTICIPANTS,
    rounding: RoundingOption = Rounding.ROUNDED,
    view: ViewOptions,
) -> Answer:
    """Active members needed to reach an activity target, by both routes.

    Reactivating inactive members, or enrolling new members who are active at once: on
    the participant base each new member also raises the number registered, so that route
    takes several times as many people. With --segment, where the inactive are; 'jkngap
    segments' also says what it costs the region.
    """
    counts = counted(segment, registered, active)
    result: Single = active_needed(
        population=place.population,
        registered=counts.registered,
        active=counts.active,
        active_rate=percent_from(active_rate, "active_rate"),
        target=target_from(target, "target", CURRENT.activity_pct),
        base=base,
        rounding=rounding,
    )
    if counts.parts is not None:
        result = Segmented(result, counts.parts, place.population)
    return answer(placed(result, place), view)
