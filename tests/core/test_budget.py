"""A budget's regions: each region's least route (a) cost, and the choice that is best,
proved against every choice on small provinces."""

from __future__ import annotations

import itertools
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jkngap.core.allocate import Area
from jkngap.core.budget import (
    Goal,
    Maximise,
    Money,
    activity_aim,
    awards_aim,
    cheapest_first,
    choose_regions,
    most_people,
    price,
)
from jkngap.core.errors import InputError
from jkngap.core.model import Base
from jkngap.core.routes import Rates
from jkngap.output.words import translate

YEARLY = 42_000 * 12


@st.composite
def regions(draw: st.DrawFn) -> Area:
    population = draw(st.integers(min_value=1, max_value=5_000))
    registered = draw(st.integers(min_value=1, max_value=population + 50))
    active = draw(st.integers(min_value=0, max_value=registered))
    pbpu = draw(st.integers(min_value=0, max_value=registered - active))
    paid = draw(st.integers(min_value=0, max_value=registered))
    return Area(
        None,
        None,
        None,
        population=population,
        registered=registered,
        active=active,
        pbpu_inactive=draw(st.none() | st.just(pbpu)),
        region_paid=paid,
    )


def _meets(area: Area, goal: Goal, taken: int, base: Base) -> bool:
    """Whether the area, with ``taken`` PBPU members enrolled as PBI APBD, meets ``goal``:
    written out from the definitions, with Fractions."""
    assert area.registered is not None
    assert area.active is not None
    assert area.population is not None
    whole = area.registered if base is Base.PARTICIPANTS else area.population
    if goal.coverage_pct is not None and Fraction(area.registered * 100, area.population) < (
        goal.coverage_pct
    ):
        return False
    if Fraction((area.active + taken) * 100, whole) < goal.activity_pct:
        return False
    return (
        goal.region_paid_pct is None
        or Fraction(((area.region_paid or 0) + taken) * 100, area.population)
        >= goal.region_paid_pct
    )


@given(regions(), st.sampled_from(["activity", "pratama", "madya", "utama"]), st.sampled_from(Base))
def test_a_price_is_the_least_route_a_that_reaches_the_aim(
    area: Area, aim_name: str, base: Base
) -> None:
    aim = activity_aim() if aim_name == "activity" else awards_aim("2026", aim_name)
    found = price(area, aim, base)
    inactive = area.pbpu_inactive
    reachable = [
        taken
        for taken in range(0, (inactive or 0) + 1)
        if any(_meets(area, goal, taken, base) for goal in aim.goals)
    ]
    if found.status in ("met", "priced"):
        assert found.people == reachable[0]
        assert (found.status == "met") == (found.people == 0)
    elif found.status == "unreachable":
        assert not reachable
    else:
        assert found.status == "unpriced"
        assert inactive is None
        assert not any(_meets(area, goal, 0, base) for goal in aim.goals)


sizes = st.lists(st.integers(min_value=1, max_value=60), max_size=11)


@given(sizes, st.integers(min_value=0, max_value=300))
def test_cheapest_first_reaches_the_most_regions(items: list[int], capacity: int) -> None:
    chosen = cheapest_first(items, capacity)
    assert sum(items[i] for i in chosen) <= capacity
    best = max(
        (
            len(subset)
            for n in range(len(items) + 1)
            for subset in itertools.combinations(range(len(items)), n)
            if sum(items[i] for i in subset) <= capacity
        ),
        default=0,
    )
    assert len(chosen) == best


@given(sizes, st.integers(min_value=0, max_value=300))
def test_most_people_is_the_best_subset(items: list[int], capacity: int) -> None:
    chosen = most_people(items, capacity)
    assert len(set(chosen)) == len(chosen)
    total = sum(items[i] for i in chosen)
    assert total <= capacity
    best = max(
        sum(subset)
        for n in range(len(items) + 1)
        for subset in itertools.combinations(items, n)
        if sum(subset) <= capacity
    )
    assert total == best


def test_most_people_counts_equal_sizes_together_and_stops_when_full() -> None:
    # 3,000 villages of five sizes: grouped, a moment's work; exactly full.
    items = [size for size in (7, 11, 13, 17, 19) for _ in range(600)]
    chosen = most_people(items, 10_000)
    assert sum(items[i] for i in chosen) == 10_000
    # Odd sizes only, an even capacity one above an odd reachable sum: no better exists.
    assert sum(items[i] for i in most_people([3, 5, 9], 16)) == 14


def test_most_people_refuses_beyond_its_limit() -> None:
    with pytest.raises(InputError) as caught:
        most_people(list(range(1, 2_000)), 1_000_000, work_limit=10**8)
    assert (caught.value.key, caught.value.field) == ("budget.too_large", "maximise")


@given(
    st.lists(regions(), min_size=1, max_size=8),
    st.integers(min_value=0, max_value=3_000 * YEARLY),
    st.sampled_from(list(Maximise)),
    st.none() | st.sampled_from([Fraction(40), Fraction(3333, 100), Fraction(100)]),
)
def test_the_choice_is_optimal_against_every_choice(
    areas: list[Area], budget: int, maximise: Maximise, share: Fraction | None
) -> None:
    if not any(area.pbpu_inactive is not None for area in areas):
        areas = [*areas, Area(None, None, None, registered=10, active=8, pbpu_inactive=0)]
    money = Money(budget=budget, share_pct=share)
    found = choose_regions(areas, money, maximise=maximise)
    records = list(found.records())
    summary = found.summary()
    unit = money.checked().unit
    priced = [(i, r["people"]) for i, r in enumerate(records) if r["status"] == "priced"]
    chosen = [i for i, r in enumerate(records) if r["chosen"]]
    assert set(chosen) <= {i for i, _ in priced}
    people = sum(records[i]["people"] for i in chosen)
    assert summary["people_activated"] == people
    assert summary["spent"] == people * unit <= budget
    assert summary["left"] == budget - summary["spent"]
    feasible = [
        subset
        for n in range(len(priced) + 1)
        for subset in itertools.combinations(priced, n)
        if sum(p for _, p in subset) * unit <= budget
    ]
    if maximise is Maximise.REGIONS:
        assert len(chosen) == max(len(subset) for subset in feasible)
    else:
        assert people == max(sum(p for _, p in subset) for subset in feasible)
    met = sum(1 for r in records if r["status"] == "met")
    assert summary["regions_reaching"] == met + len(chosen) == found.headline()
    for record in records:
        if record["chosen"]:
            assert record["cost"] == record["people"] * YEARLY
            if share is not None:
                assert record["province_pays"] + record["region_pays"] == record["cost"]


def test_a_share_rounds_the_provinces_part_up_to_the_rupiah() -> None:
    money = Money(budget=10**9, share_pct=Fraction(3333, 100)).checked()
    assert money.province_month == 13_999  # 42,000 x 33.33 % = 13,998.6
    assert money.unit == 13_999 * 12
    assert Money(budget=10**9, share_pct=Fraction(40)).checked().unit == 16_800 * 12


def test_donors_are_spent_first_and_say_what_they_buy() -> None:
    areas = [
        Area(1, "63.03", "Banjar", registered=1000, active=700, pbpu_inactive=300),
        Area(2, "63.04", "Other", registered=1000, active=790, pbpu_inactive=20),
    ]
    found = choose_regions(areas, Money(budget=60 * YEARLY, donors=15, each=50_000_000))
    summary = found.summary()
    assert summary["donated"] == 750_000_000
    assert summary["donor_people"] == 750_000_000 // YEARLY == 1_488
    assert summary["regions_chosen"] == 2  # 100 + 10 people: Rp55.44 juta
    assert summary["paid_by_donors"] == summary["spent"] == 110 * YEARLY
    assert summary["paid_by_region"] == 0
    assert summary["region_paid_share_pct"] == 0
    assert "budget.donors" in [note.key for note in found.notes]


def test_an_awards_category_is_priced_by_its_cheapest_rule() -> None:
    # Madya: 98 % / 85 %, or 98 % / 80 % with a quarter of the population region-paid.
    area = Area(
        1,
        "61.71",
        "K",
        population=1000,
        registered=990,
        active=800,
        pbpu_inactive=200,
        region_paid=240,
    )
    found = price(area, awards_aim("2026", "madya"))
    # 85 %: 842 active, 42 more; 80 % with 25 %: 792 active (met) and 250 paid, 10 more.
    assert (found.status, found.people) == ("priced", 10)
    assert found.goal == Goal(Fraction(98), Fraction(80), Fraction(25))
    below = Area(1, None, None, population=1000, registered=950, active=900, pbpu_inactive=50)
    found = price(below, awards_aim("2026", "pratama"))
    assert found.status == "unreachable"
    assert found.reason is not None
    assert found.reason.key == "budget.reason_coverage"
    with pytest.raises(InputError) as caught:
        awards_aim("2026", "platinum")
    assert (caught.value.key, caught.value.field) == ("option.choice", "category")


def test_refusals() -> None:
    area = Area(1, None, None, registered=100, active=50, pbpu_inactive=50)
    for money, key, field in (
        (Money(), "budget.no_money", None),
        (Money(donors=3), "budget.donors_need_each", "each"),
        (Money(budget=1, share_pct=Fraction(0)), "value.share_range", "share"),
        (Money(budget=1, share_pct=Fraction(40), donors=1, each=1), "option.conflict", None),
        (Money(share_pct=Fraction(40), donors=1, each=1), "option.conflict", None),
        (Money(budget=1, rates=Rates(premium=0)), "value.must_be_positive", "premium"),
    ):
        with pytest.raises(InputError) as caught:
            choose_regions([area], money)
        assert (caught.value.key, caught.value.field) == (key, field)
    with pytest.raises(InputError) as caught:
        choose_regions([area], Money(donors=1, each=1), aim=awards_aim("2026", "madya"))
    assert caught.value.key == "budget.donors_region_paid"
    no_segments = Area(1, None, None, registered=100, active=50)
    with pytest.raises(InputError) as caught:
        choose_regions([no_segments], Money(budget=1))
    assert caught.value.key == "budget.needs_pbpu"
    with pytest.raises(InputError) as caught:
        choose_regions([area], Money(budget=1), maximise="votes")
    assert (caught.value.key, caught.value.field) == ("option.choice", "maximise")


def test_regions_that_cannot_be_reached_or_priced_are_named() -> None:
    areas = [
        Area(1, "61.01", "A", registered=1000, active=500, pbpu_inactive=100),
        Area(2, "61.02", "B", registered=1000, active=500),
        Area(3, "61.03", "C", registered=1000, active=790, pbpu_inactive=100),
        Area(4, "61.04", None, error=InputError("number.not_a_number", text="x")),
    ]
    found = choose_regions(areas, Money(budget=10**12))
    notes = {note.key: note for note in found.notes}
    assert notes["budget.regions_unreachable"].params == {"count": 1, "rows": "61.01"}
    assert notes["budget.regions_unpriced"].params == {"count": 1, "rows": "61.02"}
    assert notes["note.allocate_rows_unread"].params == {"count": 1, "rows": "61.04"}
    assert [r["status"] for r in found.records()] == ["unreachable", "unpriced", "priced", "unread"]
    assert found.summary()["rows_unread"] == 1
    for lang in ("en", "id"):
        for note in found.notes:
            assert "{" not in translate(note.key, lang, **note.params)
        for record in found.records():
            if record["reason"] is not None:
                assert "{" not in translate(record["reason"].key, lang, **record["reason"].params)


def test_a_region_with_nobody_registered_is_not_at_the_aim() -> None:
    # On the participant base its activity rate is 0/0: no rate to be at the aim with, and
    # route (a) adds no participants. It was "met", counted among the regions reaching it.
    nobody = Area(None, None, None, population=1000, registered=0, active=0, pbpu_inactive=0)
    found = price(nobody, activity_aim())
    assert (found.status, found.reaches) == ("unreachable", False)
    assert found.reason is not None
    assert found.reason.key == "budget.reason_nobody_registered"
    assert translate(found.reason.key, "id").startswith("belum ada peserta terdaftar")
    # On the population base the rate is 0 of 1,000: 800 to take over, and none to take.
    by_population = price(nobody, activity_aim(), Base.POPULATION)
    assert by_population.status == "unreachable"
    assert by_population.reason is not None
    assert by_population.reason.key == "budget.reason_pbpu_short"
