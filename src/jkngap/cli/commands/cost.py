"""``jkngap cost``."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

import typer

from jkngap.cli.app import Answer, command_app
from jkngap.cli.options import (
    CURRENT,
    ActiveOption,
    ActiveTargetOption,
    BaseOption,
    CoverageOption,
    CoverageTargetOption,
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
    count_from,
    count_option,
    located,
    percent_from,
    placed,
    positive_count_from,
    segments_from,
    start_language,
    target_from,
)
from jkngap.core.cost import DEFAULT_CLASS, DEFAULT_MONTHS, PREMIUMS, cost, premium_for
from jkngap.core.coverage import registrants_needed
from jkngap.core.errors import Field, InputError
from jkngap.core.model import Base, Note
from jkngap.core.numbers import Reported, Rounding, decimals_needed, read_amount
from jkngap.core.routes import routes

PeopleOption = Annotated[
    str | None, count_option("--people", help="People whose premiums are paid.")
]

BudgetOption = Annotated[
    str | None,
    typer.Option(
        "--budget",
        help="A yearly budget: Rp310 miliar, 310000000000.",
        metavar="AMOUNT",
        show_default=False,
    ),
]

PremiumOption = Annotated[
    str | None,
    typer.Option(
        "--premium",
        help=f"Monthly premium per person [default: "
        f"{PREMIUMS[DEFAULT_CLASS]}, PBI, Perpres 64/2020].",
        metavar="AMOUNT",
        show_default=False,
    ),
]

MemberClassOption = Annotated[
    str | None,
    typer.Option(
        "--class",
        help=f"Premium by class: {', '.join(PREMIUMS)}.",
        metavar="CLASS",
        show_default=False,
    ),
]

MonthsOption = Annotated[str, typer.Option("--months", help="Months paid for.", metavar="N")]


app = command_app()


@app.command(
    name="cost",
    epilog=(
        'Examples: jkngap cost --people 615079  |  jkngap cost --budget "Rp310 miliar"  |  '
        "jkngap cost --pop 590393 --registered 560000 --target 98"
    ),
)
def cost_command(
    ctx: typer.Context,
    people: PeopleOption = None,
    budget: BudgetOption = None,
    pop: PopOption = None,
    region: RegionOption = None,
    registered: RegisteredOption = None,
    coverage: CoverageOption = None,
    target: CoverageTargetOption = None,
    active: ActiveOption = None,
    segment: SegmentOption = None,
    active_target: ActiveTargetOption = None,
    base: BaseOption = Base.PARTICIPANTS,
    premium: PremiumOption = None,
    member_class: MemberClassOption = None,
    months: MonthsOption = str(DEFAULT_MONTHS),
    rounding: RoundingOption = Rounding.ROUNDED,
    fmt: FormatOption = None,
    lang: LangOption = None,
    output: OutputOption = None,
    title: TitleOption = None,
    source: SourceOption = None,
    excel: ExcelOption = False,
) -> Answer:
    """The premium budget for N people, or the people a budget covers.

    With --pop and --registered (or --coverage) it prices the coverage gap: enrolling the
    missing people as PBI-APBD, paid from the regional budget. With --segment (and
    --registered, --active) it prices the activity gap the cheapest way: enrolling inactive
    PBPU members as PBI APBD ('jkngap segments' shows every route).
    """
    chosen = start_language(ctx, lang)
    place = located(pop, region)
    if premium is not None and member_class is not None:
        raise InputError("option.conflict", first=Field("premium"), second=Field("member_class"))
    monthly = (
        read_amount(premium, field="premium")
        if premium is not None
        else premium_for(member_class or DEFAULT_CLASS)
    )
    gap = None
    people_count = count_from(people, "people")
    if segment:
        people_count, notes = _route_a(
            segment, place.population, registered, active, active_target, base, people, budget
        )
    elif place.population is not None or registered is not None or coverage is not None:
        gap = registrants_needed(
            population=place.population,
            registered=count_from(registered, "registered"),
            coverage=percent_from(coverage, "coverage"),
            target=target_from(target, "target", CURRENT.coverage_pct),
            rounding=rounding,
        )
    result = cost(
        people=people_count,
        budget=read_amount(budget, field="budget") if budget is not None else None,
        gap=gap,
        premium=monthly,
        months=positive_count_from(months, "months") or 0,
    )
    if segment:
        result = replace(result, notes=(*notes, *result.notes))
    return answer(
        placed(result, place), fmt, chosen, output, title=title, source=source, excel=excel
    )


def _route_a(
    segment: list[str],
    population: int | None,
    registered: str | None,
    active: str | None,
    active_target: str | None,
    base: Base,
    people: str | None,
    budget: str | None,
) -> tuple[int | None, tuple[Note, ...]]:
    """The people route (a) enrols to reach the activity target, and the notes that say so."""
    for given, name in ((people, "people"), (budget, "budget")):
        if given is not None:
            raise InputError("option.conflict", first=Field(name), second=Field("segment"))
    target = target_from(active_target, "active_target", CURRENT.activity_pct)
    found = routes(
        segments_from(segment),
        population=population,
        registered=count_from(registered, "registered"),
        active=count_from(active, "active"),
        target=target,
        base=base,
    )
    if found.apbd_people is None:
        raise InputError("cost.needs_pbpu", field="segment", example="pbpu=300/100")
    said = Note("note.cost_route_a", {"target": Reported(target, decimals_needed(target))})
    kept = tuple(note for note in found.notes if note.key != "note.routes_explained")
    return found.apbd_people, (said, *kept)
