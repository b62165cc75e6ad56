"""``jkngap status``."""

from __future__ import annotations

from typing import Annotated, Any

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
    SegmentOption,
    SourceOption,
    TitleOption,
    answer,
    award_rules_from,
    counted,
    criteria_from,
    located,
    percent_from,
    placed,
    start_language,
)
from jkngap.core.awards import DEFAULT_AWARDS, award_preset, status_awards
from jkngap.core.criteria import DEFAULT_PRESET
from jkngap.core.model import Base
from jkngap.core.numbers import Rounding
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
def status_command(
    ctx: typer.Context,
    pop: PopOption = None,
    region: RegionOption = None,
    registered: RegisteredOption = None,
    coverage: CoverageOption = None,
    active: ActiveOption = None,
    active_rate: ActiveRateOption = None,
    segment: SegmentOption = None,
    criteria_name: CriteriaOption = DEFAULT_PRESET,
    coverage_target: CoverageThresholdOption = None,
    activity_target: ActivityThresholdOption = None,
    base: BaseOption = Base.PARTICIPANTS,
    rounding: RoundingOption = Rounding.ROUNDED,
    awards: AwardsOption = None,
    award: AwardOption = None,
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
    result: Any = status(
        **inputs, criteria=criteria_from(criteria_name, coverage_target, activity_target)
    )
    paid = None
    if counts.parts is not None:
        result = Segmented(
            result, counts.parts, result.coverage.population, result.coverage.registered
        )
        paid = result.region_paid
    if awards is not None or award:
        preset = award_preset(awards or DEFAULT_AWARDS, award_rules_from(award))
        result = status_awards(result, preset, region_paid=paid, **inputs)
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
