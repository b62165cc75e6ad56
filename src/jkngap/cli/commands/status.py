"""``jkngap status``."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from jkngap.cli import options as o
from jkngap.cli.app import Answer, command_app
from jkngap.core.awards import DEFAULT_AWARDS, award_preset, status_awards
from jkngap.core.model import Base
from jkngap.core.numbers import Rounding
from jkngap.core.results import Single
from jkngap.core.segments import Segmented
from jkngap.core.status import status

AwardOption = Annotated[list[str] | None, o.text_option("--award", metavar="RULE")]

ExitCodeOption = Annotated[bool, typer.Option("--exit-code")]


app = command_app(
    "status",
    "jkngap status -p 590393 -r 581578 -a 472638",
    "jkngap status --coverage 99,2 --active-rate 79,96 --exit-code",
)


@app.define
def status_command(
    *,
    place: o.PlaceOptions,
    figures: Annotated[o.Figures, o.FIGURES],
    criteria: o.CriteriaOptions,
    base: o.BaseOption = Base.PARTICIPANTS,
    rounding: o.RoundingOption = Rounding.ROUNDED,
    awards: o.AwardsOption = None,
    award: AwardOption = None,
    exit_code: ExitCodeOption = False,
    view: o.ViewOptions,
) -> Answer:
    """UHC and UHC Prioritas verdicts for a region, with every gap behind them.

    Counts give the gaps; published percentages alone are enough for the verdicts.
    """
    inputs: dict[str, Any] = {**o.published(place, figures), "base": base, "rounding": rounding}
    judged = status(**inputs, criteria=criteria)
    result: Single = judged
    paid = None
    if figures.parts is not None:
        segmented = Segmented(
            judged, figures.parts, judged.coverage.population, judged.coverage.registered
        )
        result, paid = segmented, segmented.region_paid
    if awards is not None or award:
        preset = award_preset(awards or DEFAULT_AWARDS, o.award_rules_from(award))
        result = status_awards(result, preset, region_paid=paid, **inputs)
    return o.answer(o.placed(result, place), view, strict=exit_code)
