"""``jkngap active``."""

from __future__ import annotations

from typing import Any

import typer

from jkngap.cli.app import Answer, command_app
from jkngap.cli.options import (
    CURRENT,
    ActiveOption,
    ActiveRateOption,
    ActivityTargetOption,
    BaseOption,
    CoverageOption,
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
    counted,
    located,
    percent_from,
    placed,
    start_language,
    target_from,
)
from jkngap.core.activity import active_needed
from jkngap.core.model import Base
from jkngap.core.numbers import Rounding
from jkngap.core.segments import Segmented

app = command_app()


@app.command(
    name="active",
    epilog=(
        "Examples: jkngap active --registered 5241084 --active-rate 67,90  |  "
        "jkngap active --pop 590393 --active 472638 --base population"
    ),
)
def active(
    ctx: typer.Context,
    pop: PopOption = None,
    region: RegionOption = None,
    registered: RegisteredOption = None,
    coverage: CoverageOption = None,
    active: ActiveOption = None,
    active_rate: ActiveRateOption = None,
    segment: SegmentOption = None,
    target: ActivityTargetOption = None,
    base: BaseOption = Base.PARTICIPANTS,
    rounding: RoundingOption = Rounding.ROUNDED,
    fmt: FormatOption = None,
    lang: LangOption = None,
    output: OutputOption = None,
    title: TitleOption = None,
    source: SourceOption = None,
    excel: ExcelOption = False,
) -> Answer:
    """Active members needed to reach an activity target, by both routes.

    Reactivating inactive members, or enrolling new members who are active at once: on
    the participant base each new member also raises the number registered, so that route
    takes several times as many people. Without --registered, --pop (or --region) with a
    published --coverage gives the registered as a range, and every answer as one. With
    --segment, where the inactive are; 'jkngap segments' also says what it costs the region.
    """
    chosen = start_language(ctx, lang)
    place = located(pop, region)
    counts = counted(segment, registered, active)
    result: Any = active_needed(
        population=place.population,
        registered=counts.registered,
        active=counts.active,
        active_rate=percent_from(active_rate, "active_rate"),
        coverage=percent_from(coverage, "coverage"),
        target=target_from(target, "target", CURRENT.activity_pct),
        base=base,
        rounding=rounding,
    )
    if counts.parts is not None:
        result = Segmented(result, counts.parts, result.population, result.registered)
    return answer(
        placed(result, place), fmt, chosen, output, title=title, source=source, excel=excel
    )
