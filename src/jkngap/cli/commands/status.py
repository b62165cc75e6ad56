"""``jkngap status``."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from jkngap.cli.app import Answer, command_app
from jkngap.cli.groups import grouped
from jkngap.cli.options import (
    ActiveOption,
    ActiveRateOption,
    BaseOption,
    CoverageOption,
    CriteriaOptions,
    PlaceOptions,
    RegisteredOption,
    RoundingOption,
    SegmentOption,
    ViewOptions,
    answer,
    award_rules_from,
    counted,
    percent_from,
    placed,
)
from jkngap.core.awards import DEFAULT_AWARDS, award_preset, status_awards
from jkngap.core.model import Base
from jkngap.core.numbers import Rounding
from jkngap.core.results import Single
from jkngap.core.segments import Segmented
from jkngap.core.status import status

AwardsOption = Annotated[
    str | None,
    typer.Option(
        "--awards",
        help="Judge the UHC Awards categories of a year's preset (2026: Pratama, Madya, "
        "Utama; press-reported). Give --segment pbi-apbd=N for the region-paid share.",
        metavar="YEAR",
        show_default=False,
    ),
]
AwardOption = Annotated[
    list[str] | None,
    typer.Option(
        "--award",
        help="Replace a category's rule: CATEGORY=COVERAGE/ACTIVITY[/REGION_PAID], in %; "
        "repeat for rules of which any one is enough (madya=98/85 --award madya=98/80/25).",
        metavar="RULE",
        show_default=False,
    ),
]

ExitCodeOption = Annotated[
    bool,
    typer.Option(
        "--exit-code",
        help="Exit 1 when a target is surely not met (a verdict that cannot be told is not a no).",
    ),
]


app = command_app()


@app.command(
    name="status",
    epilog=(
        "Examples: jkngap status -p 590393 -r 581578 -a 472638  |  "
        "jkngap status --coverage 99,2 --active-rate 79,96 --exit-code"
    ),
)
@grouped
def status_command(
    *,
    place: PlaceOptions,
    registered: RegisteredOption = None,
    coverage: CoverageOption = None,
    active: ActiveOption = None,
    active_rate: ActiveRateOption = None,
    segment: SegmentOption = None,
    criteria: CriteriaOptions,
    base: BaseOption = Base.PARTICIPANTS,
    rounding: RoundingOption = Rounding.ROUNDED,
    awards: AwardsOption = None,
    award: AwardOption = None,
    exit_code: ExitCodeOption = False,
    view: ViewOptions,
) -> Answer:
    """UHC and UHC Prioritas verdicts for a region, with every gap behind them.

    Counts give the gaps; published percentages alone are enough for the verdicts.
    """
    counts = counted(segment, registered, active)
    inputs: dict[str, Any] = {
        "population": place.population,
        "registered": counts.registered,
        "coverage": percent_from(coverage, "coverage"),
        "active": counts.active,
        "active_rate": percent_from(active_rate, "active_rate"),
        "base": base,
        "rounding": rounding,
    }
    result: Single = status(**inputs, criteria=criteria)
    paid = None
    if counts.parts is not None:
        segmented = Segmented(result, counts.parts, place.population)
        result, paid = segmented, segmented.region_paid_pct
    if awards is not None or award:
        preset = award_preset(awards or DEFAULT_AWARDS, award_rules_from(award))
        result = status_awards(result, preset, region_paid_pct=paid, **inputs)
    return answer(placed(result, place), view, strict=exit_code)
