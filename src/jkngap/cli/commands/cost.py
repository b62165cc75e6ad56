"""``jkngap cost``."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction
from typing import Annotated

from jkngap.cli import options as o
from jkngap.cli.app import Answer, command_app
from jkngap.core.cost import DEFAULT_CLASS, DEFAULT_MONTHS, cost, premium_for
from jkngap.core.errors import Field, InputError
from jkngap.core.model import Base, Note
from jkngap.core.numbers import Reported, Rounding, decimals_needed, read_amount
from jkngap.core.routes import routes

PeopleOption = Annotated[str | None, o.count_option("--people")]

# Not options' --premium: none by default, as --class gives the premium otherwise.
PremiumOption = Annotated[str | None, o.amount_option("--premium")]

MemberClassOption = Annotated[str | None, o.text_option("--class", metavar="CLASS")]


app = command_app(
    "cost",
    "jkngap cost --people 615079",
    'jkngap cost --budget "Rp310 miliar"',
    "jkngap cost --pop 590393 --registered 560000 --target 98",
)


@app.define
def cost_command(
    *,
    people: PeopleOption = None,
    budget: o.BudgetOption = None,
    place: o.PlaceOptions,
    figures: Annotated[o.Figures, o.FIGURES.only("registered", "coverage", "active")],
    target: o.CoverageTarget,
    segment: o.SegmentOption = None,
    active_target: o.ActiveTarget,
    base: o.BaseOption = Base.PARTICIPANTS,
    premium: PremiumOption = None,
    member_class: MemberClassOption = None,
    months: o.MonthsOption = str(DEFAULT_MONTHS),
    rounding: o.RoundingOption = Rounding.ROUNDED,
    view: o.ViewOptions,
) -> Answer:
    """The premium budget for N people, or the people a budget covers.

    With --pop and --registered (or --coverage) it prices the coverage gap: enrolling the
    missing people as PBI-APBD, paid from the regional budget. With --segment (and
    --registered, --active) it prices the activity gap the cheapest way: enrolling inactive
    PBPU members as PBI APBD ('jkngap segments' shows every route).
    """
    if premium is not None and member_class is not None:
        raise InputError("option.conflict", first=Field("premium"), second=Field("member_class"))
    monthly = (
        read_amount(premium, field="premium")
        if premium is not None
        else premium_for(member_class or DEFAULT_CLASS)
    )
    gap = None
    people_count = o.count_from(people, "people")
    if segment:
        for given, name in ((people, "people"), (budget, "budget")):
            if given is not None:
                raise InputError("option.conflict", first=Field(name), second=Field("segment"))
        people_count, notes = _route_a(segment, place.population, figures, active_target, base)
    elif place.population is not None or figures.registered is not None or figures.coverage:
        gap = o.coverage_gap(place, figures, target, rounding)
    result = cost(
        people=people_count,
        budget=read_amount(budget, field="budget") if budget is not None else None,
        gap=gap,
        premium=monthly,
        months=o.positive_count_from(months, "months") or 0,
    )
    if segment:
        result = replace(result, notes=(*notes, *result.notes))
    return o.answer(o.placed(result, place), view)


def _route_a(
    segment: list[str], population: int | None, figures: o.Figures, target: Fraction, base: Base
) -> tuple[int | None, tuple[Note, ...]]:
    """The people route (a) enrols to reach the activity target, and the notes that say so."""
    found = routes(
        o.segments_from(segment),
        population=population,
        registered=figures.registered,
        active=figures.active,
        target=target,
        base=base,
    )
    if found.apbd_people is None:
        raise InputError("cost.needs_pbpu", field="segment", example="pbpu=300/100")
    said = Note("note.cost_route_a", {"target": Reported(target, decimals_needed(target))})
    kept = tuple(note for note in found.notes if note.key != "note.routes_explained")
    return found.apbd_people, (said, *kept)
