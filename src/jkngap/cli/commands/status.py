"""``jkngap status``."""

from __future__ import annotations

from typing import Annotated

import typer

from jkngap.cli.app import Answer, command_app
from jkngap.cli.options import (
    ActiveOption,
    ActiveRateOption,
    ActivityThresholdOption,
    BaseOption,
    CoverageOption,
    CoverageThresholdOption,
    CriteriaOption,
    ExcelOption,
    FormatOption,
    LangOption,
    OutputOption,
    PopOption,
    RegionOption,
    RegisteredOption,
    RoundingOption,
    SourceOption,
    TitleOption,
    answer,
    count_from,
    criteria_from,
    located,
    percent_from,
    placed,
    start_language,
)
from jkngap.core.criteria import DEFAULT_PRESET
from jkngap.core.model import Base
from jkngap.core.numbers import Rounding
from jkngap.core.status import status

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
def status_command(
    ctx: typer.Context,
    pop: PopOption = None,
    region: RegionOption = None,
    registered: RegisteredOption = None,
    coverage: CoverageOption = None,
    active: ActiveOption = None,
    active_rate: ActiveRateOption = None,
    criteria_name: CriteriaOption = DEFAULT_PRESET,
    coverage_target: CoverageThresholdOption = None,
    activity_target: ActivityThresholdOption = None,
    base: BaseOption = Base.PARTICIPANTS,
    rounding: RoundingOption = Rounding.ROUNDED,
    exit_code: ExitCodeOption = False,
    fmt: FormatOption = None,
    lang: LangOption = None,
    output: OutputOption = None,
    title: TitleOption = None,
    source: SourceOption = None,
    excel: ExcelOption = False,
) -> Answer:
    """UHC and UHC Prioritas verdicts for a region, with every gap behind them.

    Counts give the gaps; published percentages alone are enough for the verdicts.
    """
    chosen = start_language(ctx, lang)
    place = located(pop, region)
    result = status(
        population=place.population,
        registered=count_from(registered, "registered"),
        coverage=percent_from(coverage, "coverage"),
        active=count_from(active, "active"),
        active_rate=percent_from(active_rate, "active_rate"),
        criteria=criteria_from(criteria_name, coverage_target, activity_target),
        base=base,
        rounding=rounding,
    )
    return answer(
        placed(result, place),
        fmt,
        chosen,
        output,
        strict=exit_code,
        title=title,
        source=source,
        excel=excel,
    )
