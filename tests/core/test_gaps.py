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
        registrants_needed(population=100, target=7.0)  # type: ignore[arg-type]  # the point
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
        registrants_needed(**kwargs)  # type: ignore[arg-type]  # bad on purpose
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
    with pytest.raises(InputError) as caught:
        status(population=1000, criteria="1999")
    assert (caught.value.key, caught.value.params["known"]) == ("criteria.unknown", "2025, 2023")


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


# ------------------------------------------------- answers from published percentages


def _pairs(
    population: int, coverage: Reported, rate: Reported, rounding: Rounding
) -> list[tuple[int, int]]:
    """Every (registered, active) a population's published coverage and rate allow."""
    low, high = coverage.share_interval(rounding)
    rate_low, rate_high = rate.share_interval(rounding)
    return [
        (registered, active)
        for registered in range(1, 2 * population + 2)
        if low <= Fraction(registered, population) < high
        for active in range(registered + 1)
        if rate_low <= Fraction(active, registered) < rate_high
    ]


def test_bandung_needs_from_published_percentages_and_the_population() -> None:
    # 99.2 % of 2,591,763 is 2,569,734 to 2,572,324 registered; 79.96 % of each of them.
    result = status(population=2591763, coverage="99,2", active_rate="79,96")
    assert result.activity.registered == Span(2569734, 2572324)
    assert result.activity.active_needed == Span(900, 1158)
    assert result.activity.new_members_needed == Span(4498, 5787)
    assert result.uhc_prioritas is False
    record = result.record()
    assert record["active_needed"] == 1158
    assert record["active_needed_range"] == [900, 1158]
    assert record["activity_exact"] is False


def test_active_and_plan_answer_from_the_same_inputs() -> None:
    from datetime import date

    from jkngap.core.plan import plan_for

    found = active_needed(population=2591763, coverage="99,2", active_rate="79,96")
    assert found.headline() == 1158
    paced = plan_for(
        start=date(2026, 1, 1),
        deadline=date(2026, 12, 31),
        population=2591763,
        coverage="99,2",
        active_rate="79,96",
    )
    assert paced.active_needed == 1158
    assert paced.activations.per_week == -(-1158 * 7 // 365)


def test_an_active_count_beside_a_registered_range() -> None:
    # 90 % of 1,000 people: 895 to 904 registered, 700 of them active.
    found = active_needed(population=1000, coverage="90", active=700, rounding=Rounding.ROUNDED)
    assert found.active_needed == Span(16, 24)  # ceil(0.8 * 895) - 700 to ceil(0.8 * 904) - 700
    assert found.inactive == Span(195, 204)
    assert found.new_members_needed == Span(80, 116)
    assert found.exact is False


@given(
    st.integers(1, 120),
    st.data(),
    st.integers(0, 2),
    st.sampled_from(list(Rounding)),
    st.integers(1, 100),
)
def test_needs_from_a_coverage_and_a_rate_hold_exactly_the_consistent_counts(
    population: int, data: st.DataObject, decimals: int, rounding: Rounding, target: int
) -> None:
    registered = data.draw(st.integers(1, population + population // 5))
    active = data.draw(st.integers(0, registered))
    shown = Rounding.CUT if rounding is Rounding.CUT else Rounding.ROUNDED
    coverage = _published(Fraction(registered, population), decimals, shown)
    rate = _published(Fraction(active, registered), decimals, shown)
    pairs = _pairs(population, coverage, rate, rounding)
    assert (registered, active) in pairs
    found = active_needed(
        population=population,
        coverage=coverage,
        active_rate=rate,
        target=target,
        rounding=rounding,
    )
    share = Fraction(target, 100)

    def spread(values: list[int]) -> Span:
        return Span(min(values), max(values))

    needs = [max(0, math.ceil(share * r) - a) for r, a in pairs]
    assert found.active_needed == spread(needs)
    assert found.headline() == max(needs)  # the least that surely reaches the target
    assert found.active == spread([a for _, a in pairs])
    assert found.inactive == spread([r - a for r, a in pairs])
    assert found.headroom == spread([max(0, a - math.ceil(share * r)) for r, a in pairs])
    if target < 100:
        joiners = [max(0, math.ceil((share * r - a) / (1 - share))) for r, a in pairs]
        assert found.new_members_needed == spread(joiners)
    assert found.met is (True if max(needs) == 0 else False if min(needs) > 0 else None)


# --------------------------------------------------------------------------- headroom


def test_headroom_is_how_many_may_lapse_with_the_target_still_met() -> None:
    # 98 % of 590,393 is 578,586: 2,992 of Banjar's 581,578 registered may leave.
    banjar = registrants_needed(population=590393, registered=581578).record()
    assert banjar["registered_headroom"] == 581578 - 578586 == banjar["surplus"]
    # 900 active of 1,000 registered: 100 may lapse to inactive before 80 % is lost.
    active = active_needed(registered=1000, active=900).record()
    assert active["active_headroom"] == 100
    assert Fraction(900 - 100, 1000) >= Fraction(80, 100) > Fraction(900 - 101, 1000)
    assert active_needed(registered=1000, active=700).record()["active_headroom"] == 0
    assert registrants_needed(population=1000, registered=900).record()["registered_headroom"] == 0
    both = status(population=1000, registered=990, active=850).record()
    assert (both["registered_headroom"], both["active_headroom"]) == (10, 58)


def test_headroom_from_a_range_is_its_low_end() -> None:
    # 850 of 1,000 registered active is 85 %: published as 85 %, 845 to 854 active.
    found = active_needed(registered=1000, active_rate="85", rounding=Rounding.ROUNDED)
    assert found.headroom == Span(45, 54)
    assert found.record()["active_headroom"] == 45


# ---------------------------------------------------------- impossible and absurd input


@pytest.mark.parametrize("rate", ["101", "102", "1000", "100,01"])
def test_more_active_than_registered_is_refused_on_every_path(rate: str) -> None:
    for call in (
        lambda: active_needed(registered=100, active_rate=rate),
        lambda: status(coverage="99", active_rate=rate),
        lambda: status(registered=100, coverage="99", active_rate=rate),
    ):
        with pytest.raises(InputError) as caught:
            call()
        assert caught.value.key == "active.rate_above_100"
        assert caught.value.field == "active_rate"


def test_a_full_rate_cut_is_a_rate_of_exactly_100_percent() -> None:
    # 100 % cut stands for [100 %, 100.01 %): every member active, not refused.
    found = active_needed(registered=100, active_rate="100", rounding=Rounding.CUT)
    assert found.active == Span.exactly(100)
    assert found.met is True


def test_more_active_than_the_population_is_allowed_as_coverage_above_100_is() -> None:
    found = active_needed(population=100, active_rate="102", base=Base.POPULATION)
    assert found.active == Span.exactly(102)
    assert [note.key for note in found.notes if note.warning] == ["note.active_over_population"]


@pytest.mark.parametrize("count", [10**24, 10**5000], ids=["25 digits", "5,001 digits"])
def test_a_count_past_any_real_figure_is_refused_not_carried(count: int) -> None:
    with pytest.raises(InputError) as caught:
        registrants_needed(population=count)
    assert (caught.value.key, caught.value.field) == ("value.too_large", "population")
    assert registrants_needed(population=10**24 - 1).headline() == required_of(10**24 - 1)


def required_of(population: int) -> int:
    return -(-98 * population // 100)


def test_a_published_rate_the_active_count_contradicts_is_warned_of() -> None:
    # 500 of 1,000 is 50 %, not the 60 % published beside it: the count is used.
    found = active_needed(registered=1000, active=500, active_rate="60")
    warned = [note for note in found.notes if note.warning]
    assert [note.key for note in warned] == ["note.reported_disagrees"]
    assert warned[0].params["computed"] == 50
    assert found.active_needed == Span.exactly(300)
    assert found.exact is True
    agreeing = active_needed(registered=1000, active=500, active_rate="50")
    assert not [note for note in agreeing.notes if note.warning]


def test_verdicts_from_a_published_rate_alone_are_inexact() -> None:
    found = active_needed(active_rate="85", verdict_only=True)
    assert (found.met, found.exact, found.active_needed) == (True, False, None)
    assert "note.from_rounded" in [note.key for note in found.notes]
    judged = status(coverage="99", active_rate="85").record()
    assert (judged["activity_exact"], judged["coverage_exact"], judged["exact"]) == (
        False,
        False,
        False,
    )


def test_the_command_line_gives_the_ranges_too() -> None:
    from conftest import run, run_json

    bandung = ["--region", "Kota Bandung", "--coverage", "99,2", "--active-rate", "79,96"]
    data = run_json("status", *bandung)
    assert (data["active_needed"], data["active_needed_range"]) == (1158, [900, 1158])
    assert data["registered_range"] == [2569734, 2572324]
    assert run("active", *bandung, "-f", "plain").stdout == "1158\n"
    planned = run_json("plan", *bandung, "--from", "2026-01-01", "--by", "2026-12-31")
    assert (planned["active_needed"], planned["active_needed_range"]) == (1158, [900, 1158])
    assert planned["registrants_needed_range"] == [0, 0]
    # The paces are the high end's: 1,158 over the year's 365 days is 4 a day, 23 a week.
    assert planned["active_per_week"] == -(-1158 * 7 // 365)
    exact = run_json("plan", "-p", "1000", "-r", "900", "--by", "2030-01-01")
    assert (exact["registrants_needed_range"], exact["active_needed_range"]) == ([80, 80], None)
    refused = run("status", "--coverage", "99", "--active-rate", "1000")
    assert refused.exit_code == 2
    assert "--active-rate: an activity rate of 1,000 % of the participants" in refused.stderr
