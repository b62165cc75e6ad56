"""The gap calculations: the seed articles' cases, and properties that prove minimality."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from jkngap import Base, Span, active_needed, registrants_needed, status
from jkngap.core.errors import InputError
from jkngap.core.numbers import Reported, Rounding

# ---------------------------------------------------------------- the seeds (domain.md)


def test_banjar_is_over_the_target_with_a_surplus() -> None:
    result = registrants_needed(population=590393, registered=581578, target=98)
    assert result.required_registered == Span.exactly(578586)
    assert result.registrants_needed == Span.exactly(0)
    assert result.surplus == Span.exactly(2992)
    assert result.met is True
    assert result.coverage_pct == Fraction(581578, 590393) * 100


def test_population_alone_gives_the_required_registrants() -> None:
    result = registrants_needed(population=590393, target="98")
    assert result.headline() == 578586
    assert result.registrants_needed is None


def test_banjar_activity_on_the_population_base_is_met() -> None:
    result = active_needed(population=590393, active=472638, target=80, base="population")
    assert result.met is True
    assert result.activity_pct is not None
    assert math.floor(result.activity_pct * 100) == 8005  # 80.0548 %, cut: 80.05 %


def test_kalbar_population_and_gap_from_the_published_coverage() -> None:
    result = registrants_needed(registered=5241084, coverage="92,82", target=98)
    assert result.population == Span(5646199, 5646807)
    assert result.registrants_needed == Span(292192, 292787)
    assert result.headline() == 292787
    assert result.exact is False


def test_kalbar_activity_by_both_routes() -> None:
    result = active_needed(registered=5241084, active_rate="67,90", target=80)
    assert result.active_needed is not None
    assert result.new_members_needed is not None
    # about 634 thousand reactivations, or about 3.17 million new members active at once
    assert 633_000 < result.active_needed.low <= result.active_needed.high < 635_000
    assert 3_160_000 < result.new_members_needed.low <= result.new_members_needed.high < 3_180_000


def test_banyuasin_exact_and_from_the_rounded_coverage() -> None:
    exact = registrants_needed(population=837062, registered=817221, target=100)
    assert exact.registrants_needed == Span.exactly(19841)
    rounded = registrants_needed(registered=817221, coverage="97,63", target=100)
    assert rounded.population == Span(837017, 837102)
    assert rounded.registrants_needed == Span(19796, 19881)


def test_bandung_verdicts_from_published_percentages_alone() -> None:
    result = status(coverage="99,2", active_rate="79,96")
    assert result.uhc is True
    assert result.uhc_prioritas is False


def test_a_float_target_is_refused_as_inexact() -> None:
    with pytest.raises(InputError) as caught:
        registrants_needed(population=100, target=7.0)  # type: ignore[arg-type]
    assert caught.value.key == "value.not_exact"


def test_seven_percent_of_a_hundred_is_seven_not_eight() -> None:
    # 0.07 * 100 is 7.000000000000001 in binary floating point, whose ceiling is 8.
    for target in ("7", "7.00", Fraction(7), Decimal("7"), 7):
        assert registrants_needed(population=100, registered=0, target=target).headline() == 7


# ------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("kwargs", "key"),
    [
        ({"population": 0}, "value.population_positive"),
        ({"population": -5}, "value.population_positive"),
        ({"population": 10, "registered": -1}, "value.count_negative"),
        ({"population": 10, "target": 0}, "value.target_range"),
        ({"population": 10, "target": "100.01"}, "value.target_range"),
        ({"registered": 10}, "needed.no_base"),
        ({}, "needed.no_base"),
        ({"coverage": "99"}, "needed.no_base"),
        ({"registered": 0, "coverage": "0"}, "value.base_unbounded"),
        ({"registered": 1, "coverage": "40,00"}, "value.no_base_fits"),
    ],
)
def test_registrants_needed_refuses_bad_input(kwargs: dict[str, object], key: str) -> None:
    with pytest.raises(InputError) as caught:
        registrants_needed(**kwargs)  # type: ignore[arg-type]
    assert caught.value.key == key


def test_active_above_registered_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        active_needed(registered=10, active=11)
    assert caught.value.key == "active.above_registered"


def test_participant_base_needs_the_registered_count() -> None:
    with pytest.raises(InputError) as caught:
        active_needed(population=100, active=50)
    assert caught.value.key == "active.needs_base"
    assert caught.value.field == "registered"


def test_coverage_above_100_percent_is_a_warning_not_an_error() -> None:
    result = registrants_needed(population=100, registered=120)
    assert result.registrants_needed == Span.exactly(0)
    assert [note.key for note in result.notes if note.warning] == ["note.over_100"]


def test_a_reported_figure_that_disagrees_with_the_counts_is_flagged() -> None:
    result = registrants_needed(population=590393, registered=581578, coverage="99,47")
    assert [note.key for note in result.notes if note.warning] == ["note.reported_disagrees"]
    agreeing = registrants_needed(population=590393, registered=581578, coverage="98,51")
    assert not [note for note in agreeing.notes if note.warning]


def test_a_full_target_cannot_be_reached_by_new_members_alone() -> None:
    result = active_needed(registered=100, active=90, target=100)
    assert result.active_needed == Span.exactly(10)
    assert result.new_members_needed is None
    assert "note.new_members_impossible" in [note.key for note in result.notes]


def test_population_base_flags_when_reactivation_is_not_enough() -> None:
    result = active_needed(population=1000, registered=900, active=700, base=Base.POPULATION)
    assert result.active_needed == Span.exactly(100)
    assert result.reactivation_sufficient is True
    short = active_needed(population=1000, registered=750, active=700, base=Base.POPULATION)
    assert short.reactivation_sufficient is False
    assert "note.reactivation_short" in [note.key for note in short.notes]


def test_status_record_renames_the_keys_needed_and_active_share() -> None:
    record = status(population=1000, registered=990, active=800).record()
    assert record["coverage_target_pct"] == 98
    assert record["activity_target_pct"] == 80
    assert record["coverage_met"] is True
    assert record["activity_met"] is True
    assert record["uhc"] is True
    assert record["uhc_prioritas"] is True
    assert "target_pct" not in record
    assert "met" not in record


def test_status_criteria_presets_and_overrides() -> None:
    older = status(population=1000, registered=960, active=760, criteria="2023")
    assert older.uhc_prioritas is True
    current = status(population=1000, registered=960, active=760)
    assert current.uhc is False
    assert current.uhc_prioritas is False
    overridden = status(population=1000, registered=960, active=760, coverage_target="96")
    assert overridden.uhc is True
    assert overridden.criteria.name == "2025, custom"
    same = status(population=1000, registered=960, active=760, coverage_target="98")
    assert same.criteria.name == "2025"
    with pytest.raises(InputError):
        status(population=1000, criteria="1999")


def test_status_verdict_is_unknown_when_the_rounded_figure_straddles_the_target() -> None:
    result = status(coverage="98,0", active_rate="85")
    assert result.uhc is None
    assert result.uhc_prioritas is None


# ------------------------------------------------------------------------- properties

populations = st.integers(min_value=1, max_value=10**9)
percent_targets = st.integers(min_value=1, max_value=10**6).map(lambda n: Fraction(n, 10**4))


@given(populations, st.data(), percent_targets)
def test_registrants_needed_is_the_least_that_reaches_the_target(
    population: int, data: st.DataObject, target: Fraction
) -> None:
    registered = data.draw(st.integers(min_value=0, max_value=population * 2))
    needed = registrants_needed(population=population, registered=registered, target=target)
    assert needed.registrants_needed is not None
    count = needed.registrants_needed.low
    assert needed.registrants_needed.exact
    share = target / 100
    assert Fraction(registered + count, population) >= share
    if count > 0:
        assert Fraction(registered + count - 1, population) < share
    assert needed.met is (count == 0)


@given(populations, percent_targets)
def test_required_registered_is_the_least_whole_number_reaching_the_share(
    population: int, target: Fraction
) -> None:
    required = registrants_needed(population=population, target=target).headline()
    assert isinstance(required, int)
    assert Fraction(required, population) >= target / 100
    assert Fraction(required - 1, population) < target / 100


@given(st.integers(min_value=1, max_value=10**8), st.data(), percent_targets)
def test_reactivation_and_new_members_are_each_the_least_that_reach_the_target(
    registered: int, data: st.DataObject, target: Fraction
) -> None:
    active = data.draw(st.integers(min_value=0, max_value=registered))
    result = active_needed(registered=registered, active=active, target=target)
    share = target / 100
    assert result.active_needed is not None
    reactivate = result.active_needed.low
    assert reactivate <= registered - active  # never more than the inactive can give
    assert Fraction(active + reactivate, registered) >= share
    if reactivate:
        assert Fraction(active + reactivate - 1, registered) < share
    if result.new_members_needed is None:
        assert share == 1
        assert active < registered
        return
    new = result.new_members_needed.low
    assert Fraction(active + new, registered + new) >= share
    if new:
        assert Fraction(active + new - 1, registered + new - 1) < share
    assert new >= reactivate


def _published(share: Fraction, decimals: int, rounding: Rounding) -> Reported:
    """The percentage a report would print for ``share``: rounded half up, or cut."""
    scaled = share * 100 * 10**decimals
    digits = (
        math.floor(scaled + Fraction(1, 2)) if rounding is Rounding.ROUNDED else math.floor(scaled)
    )
    return Reported(Fraction(digits, 10**decimals), decimals)


@given(
    st.integers(min_value=1, max_value=10**8),
    st.data(),
    st.integers(min_value=0, max_value=3),
    st.sampled_from([Rounding.ROUNDED, Rounding.CUT]),
    percent_targets,
)
def test_ranges_from_a_published_coverage_contain_the_true_values(
    population: int, data: st.DataObject, decimals: int, rounding: Rounding, target: Fraction
) -> None:
    registered = data.draw(st.integers(min_value=1, max_value=population))
    reported = _published(Fraction(registered, population), decimals, rounding)
    assume(reported.percent > 0)
    truth = registrants_needed(population=population, registered=registered, target=target)
    assert truth.registrants_needed is not None
    true_needed = truth.registrants_needed.low

    from_registered = registrants_needed(
        registered=registered, coverage=reported, target=target, rounding=rounding
    )
    assert from_registered.population is not None
    assert from_registered.population.low <= population <= from_registered.population.high
    assert from_registered.registrants_needed is not None
    assert from_registered.registrants_needed.low <= true_needed
    assert true_needed <= from_registered.registrants_needed.high

    from_population = registrants_needed(
        population=population, coverage=reported, target=target, rounding=rounding
    )
    assert from_population.registered is not None
    assert from_population.registered.low <= registered <= from_population.registered.high
    assert from_population.registrants_needed is not None
    assert from_population.registrants_needed.low <= true_needed
    assert true_needed <= from_population.registrants_needed.high


@given(
    st.integers(min_value=1, max_value=10**8),
    st.data(),
    st.integers(min_value=0, max_value=3),
    percent_targets,
)
def test_ranges_from_a_published_activity_rate_contain_the_true_values(
    registered: int, data: st.DataObject, decimals: int, target: Fraction
) -> None:
    active = data.draw(st.integers(min_value=0, max_value=registered))
    reported = _published(Fraction(active, registered), decimals, Rounding.ROUNDED)
    truth = active_needed(registered=registered, active=active, target=target)
    estimate = active_needed(registered=registered, active_rate=reported, target=target)
    assert estimate.active is not None
    assert estimate.active.low <= active <= estimate.active.high
    for exact, span in (
        (truth.active_needed, estimate.active_needed),
        (truth.new_members_needed, estimate.new_members_needed),
    ):
        if span is None:
            # Only at a 100 % target, where some active count the rate allows leaves an
            # inactive member that no number of new members can make up for.
            assert target == 100
            assert estimate.active.low < registered
            continue
        assert exact is not None
        assert span.low <= exact.low <= span.high
