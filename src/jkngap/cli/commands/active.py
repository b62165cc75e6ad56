"""``jkngap active``."""

from __future__ import annotations

from typing import Annotated

from jkngap.cli import options as o
from jkngap.cli.app import Answer, command_app
from jkngap.core.activity import active_needed
from jkngap.core.model import Base
from jkngap.core.numbers import Rounding
from jkngap.core.results import Single
from jkngap.core.segments import Segmented

app = command_app(
    "active",
    "jkngap active --registered 5241084 --active-rate 67,90",
    "jkngap active --pop 590393 --active 472638 --base population",
)
ActiveFigures = o.FIGURES.only("registered", "coverage", "active", "active_rate", "segment")


@app.define
def active(
    *,
    place: o.PlaceOptions,
    figures: Annotated[o.Figures, ActiveFigures],
    target: o.ActivityTarget,
    base: o.BaseOption = Base.PARTICIPANTS,
    rounding: o.RoundingOption = Rounding.ROUNDED,
    view: o.ViewOptions,
) -> Answer:
    """Active members needed to reach an activity target, by both routes.

    Reactivating inactive members, or enrolling new members who are active at once: on
    the participant base each new member also raises the number registered, so that route
    takes several times as many people. Without --registered, --pop (or --region) with a
    published --coverage gives the registered as a range, and every answer as one. With
    --segment, where the inactive are; 'jkngap segments' also says what it costs the region.
    """
    needed = active_needed(
        **o.published(place, figures), target=target, base=base, rounding=rounding
    )
    result: Single = needed
    if figures.parts is not None:
        result = Segmented(needed, figures.parts, needed.population, needed.registered)
    return o.answer(o.placed(result, place), view)
