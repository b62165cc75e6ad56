"""``jkngap cost``."""

from __future__ import annotations

from typing import Annotated

import typer

from jkngap.cli.app import Answer, command_app
from jkngap.cli.options import (
    CURRENT,
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
    SourceOption,
    TitleOption,
    answer,
    count_from,
    count_option,
    located,
    percent_from,
    placed,
    positive_count_from,
    start_language,
    target_from,
)
from jkngap.core.cost import DEFAULT_CLASS, DEFAULT_MONTHS, PREMIUMS, cost, premium_for
from jkngap.core.coverage import registrants_needed
from jkngap.core.errors import Field, InputError
from jkngap.core.numbers import Rounding, read_amount

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
    missing people as PBI-APBD, paid from the regional budget.
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
    if place.population is not None or registered is not None or coverage is not None:
        gap = registrants_needed(
            population=place.population,
            registered=count_from(registered, "registered"),
            coverage=percent_from(coverage, "coverage"),
            target=target_from(target, "target", CURRENT.coverage_pct),
            rounding=rounding,
        )
    result = cost(
        people=count_from(people, "people"),
        budget=read_amount(budget, field="budget") if budget is not None else None,
        gap=gap,
        premium=monthly,
        months=positive_count_from(months, "months") or 0,
    )
    return answer(
        placed(result, place), fmt, chosen, output, title=title, source=source, excel=excel
    )
