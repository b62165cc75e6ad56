"""``jkngap needed``."""

from __future__ import annotations

from jkngap.cli.app import Answer, command_app
from jkngap.cli.groups import grouped
from jkngap.cli.options import (
    CURRENT,
    CoverageOption,
    CoverageTargetOption,
    PlaceOptions,
    RegisteredOption,
    RoundingOption,
    ViewOptions,
    answer,
    count_from,
    percent_from,
    placed,
    target_from,
)
from jkngap.core.coverage import registrants_needed
from jkngap.core.numbers import Rounding

app = command_app()


@app.command(
    name="needed",
    epilog=(
        "Examples: jkngap needed --pop 590393 --target 98  |  "
        "jkngap needed -p 590.393 -r 581.578  |  "
        "jkngap needed --registered 817221 --coverage 97,63 --target 100"
    ),
)
@grouped
def needed(
    *,
    place: PlaceOptions,
    registered: RegisteredOption = None,
    coverage: CoverageOption = None,
    target: CoverageTargetOption = None,
    rounding: RoundingOption = Rounding.ROUNDED,
    view: ViewOptions,
) -> Answer:
    """Registrants needed to reach a coverage target (registered / population).

    With --pop alone: how many registrants the target is. With two of --pop, --registered
    and a published --coverage: how many more must register (a range when a published,
    rounded percentage is involved; the high end is the number that surely reaches it).
    """
    result = registrants_needed(
        population=place.population,
        registered=count_from(registered, "registered"),
        coverage=percent_from(coverage, "coverage"),
        target=target_from(target, "target", CURRENT.coverage_pct),
        rounding=rounding,
    )
    return answer(placed(result, place), view)
