"""``jkngap segments``."""

from __future__ import annotations

from typing import Annotated

import typer

from jkngap.cli import options as o
from jkngap.cli.app import Answer, command_app
from jkngap.core.model import Base
from jkngap.core.numbers import read_amount
from jkngap.core.routes import ARREARS_MONTHS, MEMBER_PREMIUM, Rates, routes

MemberPremiumOption = Annotated[str, o.amount_option("--member-premium")]
ArrearsOption = Annotated[str, typer.Option("--arrears-months", metavar="N")]

app = command_app(
    "segments",
    "jkngap segments --registered 1000 --active 700 --segment pbpu=300/100",
    'jkngap segments --segment pbi-apbn=974013/950000 ... --budget "Rp50 miliar"',
)


@app.define
def segments_command(
    *,
    segment: o.SegmentOption = None,
    place: o.PlaceOptions,
    figures: Annotated[o.Figures, o.FIGURES.only("registered", "active")],
    target: o.ActivityTarget,
    base: o.BaseOption = Base.PARTICIPANTS,
    budget: o.BudgetOption = None,
    premium: o.PremiumOption = str(Rates.premium),
    months: o.MonthsOption = str(Rates.months),
    member_premium: MemberPremiumOption = str(MEMBER_PREMIUM),
    arrears_months: ArrearsOption = str(ARREARS_MONTHS),
    view: o.ViewOptions,
) -> Answer:
    """Activity by participant segment, and the cheapest way to the activity target.

    Routes: (a) the region enrols inactive PBPU (mandiri) members as PBI APBD, arrears
    waived, the premium paid from the APBD; (b) members pay again, arrears and all;
    (c) new members active at once. Premiums and months default to Perpres 64/2020.
    """
    rates = Rates(
        premium=read_amount(premium, field="premium"),
        months=o.positive_count_from(months, "months") or 0,
        member_premium=read_amount(member_premium, field="member_premium"),
        arrears_months=o.count_from(arrears_months, "arrears_months") or 0,
    )
    result = routes(
        o.segments_from(segment),
        population=place.population,
        registered=figures.registered,
        active=figures.active,
        target=target,
        base=base,
        budget=read_amount(budget, field="budget") if budget is not None else None,
        rates=rates,
    )
    return o.answer(o.placed(result, place), view)
