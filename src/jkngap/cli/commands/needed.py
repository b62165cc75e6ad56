"""``jkngap needed``."""

from __future__ import annotations

from typing import Annotated

from jkngap.cli import options as o
from jkngap.cli.app import Answer, command_app
from jkngap.core.numbers import Rounding

app = command_app(
    "needed",
    "jkngap needed --pop 590393 --target 98",
    "jkngap needed -p 590.393 -r 581.578",
    "jkngap needed --registered 817221 --coverage 97,63 --target 100",
)


@app.define
def needed(
    *,
    place: o.PlaceOptions,
    figures: Annotated[o.Figures, o.FIGURES.only("registered", "coverage")],
    target: o.CoverageTarget,
    rounding: o.RoundingOption = Rounding.ROUNDED,
    view: o.ViewOptions,
) -> Answer:
    """Registrants needed to reach a coverage target (registered / population).

    With --pop alone: how many registrants the target is. With two of --pop, --registered
    and a published --coverage: how many more must register (a range when a published,
    rounded percentage is involved; the high end is the number that surely reaches it).
    """
    return o.answer(o.placed(o.coverage_gap(place, figures, target, rounding), place), view)
