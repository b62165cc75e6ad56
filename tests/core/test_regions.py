"""Many regions at once, straight through the core (core/regions.py): each row as one
region on its own gives it, verdicts that a failing coverage decides, headroom, and totals
that take a region out as exactly as they put it in."""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jkngap import status
from jkngap.core.model import Base
from jkngap.core.regions import (
    COUNT_KEYS,
    RegionOptions,
    Totals,
    compute_block,
    compute_row,
    prioritas,
    refused_rows,
    total_record,
)

OPTIONS = RegionOptions()
KEYS = ("region", "total", "note", *COUNT_KEYS, "registrants_needed_sum", "active_needed_sum")


def _row(population: int | None, registered: int | None, active: int | None) -> dict[str, Any]:
    return compute_row(population, registered, active, OPTIONS, {})


def test_prioritas_is_no_where_coverage_already_fails_it() -> None:
    # 50 of 100 registered, activity unknown: UHC fails, so Prioritas fails too.
    row = _row(100, 50, None)
    assert (row["uhc"], row["uhc_prioritas"]) == (False, False)
    # Coverage met and activity unknown: Prioritas cannot be told.
    assert _row(100, 99, None)["uhc_prioritas"] is None
    assert prioritas([True, None, False, True, None], [False, True, None, True, None]) == [
        False,
        None,
        False,
        True,
        None,
    ]


def test_a_region_with_no_participants_gets_the_needs_status_gives() -> None:
    one = status(population=100, registered=0, active=0)
    row = _row(100, 0, 0)
    for key in ("required_active", "active_needed", "new_members_needed", "registrants_needed"):
        assert row[key] == one.record()[key], key
    assert row["activity_pct"] is None  # no rate of nobody
    assert row["uhc_prioritas"] is one.uhc_prioritas is False


@given(
    st.integers(1, 10**7).flatmap(
        lambda p: st.tuples(st.just(p), st.integers(0, p)).flatmap(
            lambda pr: st.tuples(st.just(pr[0]), st.just(pr[1]), st.integers(0, pr[1]))
        )
    )
)
def test_headroom_is_what_may_lapse_before_a_target_is_lost(counts: tuple[int, int, int]) -> None:
    population, registered, active = counts
    row = _row(population, registered, active)
    required = math.ceil(Fraction(98, 100) * population)
    required_active = math.ceil(Fraction(80, 100) * registered)
    assert row["registered_headroom"] == max(0, registered - required)
    assert row["active_headroom"] == max(0, active - required_active)
    # The headroom is the most that may lapse: one more, and the target is lost.
    if row["uhc"]:
        least = registered - row["registered_headroom"]
        assert _row(population, least, None)["uhc"] is True
        if least >= 1:
            assert _row(population, least - 1, None)["uhc"] is False
    else:
        assert row["registered_headroom"] == 0


def test_headroom_is_unknown_where_its_figures_are() -> None:
    row = _row(100, None, None)
    assert (row["registered_headroom"], row["active_headroom"]) == (None, None)
    block = compute_block([100, 100], [99, 90], [None, 85], OPTIONS)
    assert block["active_headroom"] == [None, 13]  # 85 active of the 72 that 80 % asks


def test_population_base_headroom_and_rates() -> None:
    options = RegionOptions(base=Base.POPULATION)
    block = compute_block([1000], [990], [850], options)
    assert block["required_active"] == [800]
    assert block["active_headroom"] == [50]


def test_refused_rows_name_the_figures_that_cannot_stand_together() -> None:
    refused = refused_rows([0, 100, 100], [None, 90, 90], [None, 95, 80])
    assert [(i, error.key) for i, error in refused] == [
        (0, "value.population_positive"),
        (1, "active.above_registered"),
    ]


def _totals(*rows: tuple[int | None, int | None, int | None]) -> Totals:
    totals = Totals(has=set(COUNT_KEYS))
    for population, registered, active in rows:
        row = _row(population, registered, active)
        totals.add_columns(
            [population],
            [registered],
            [active],
            [row["registrants_needed"]],
            [row["active_needed"]],
        )
    return totals


@given(
    st.lists(
        st.tuples(
            st.one_of(st.none(), st.integers(1, 10**6)),
            st.one_of(st.none(), st.integers(0, 10**6)),
            st.one_of(st.none(), st.integers(0, 10**6)),
        ).filter(lambda row: row[1] is None or row[2] is None or row[2] <= row[1]),
        min_size=1,
        max_size=6,
    )
)
def test_a_region_taken_out_of_a_total_leaves_the_total_of_the_others(
    rows: list[tuple[int | None, int | None, int | None]],
) -> None:
    whole = _totals(*rows)
    last = rows[-1]
    row = _row(*last)
    whole.subtract(*last, row["registrants_needed"], row["active_needed"])
    assert whole == _totals(*rows[:-1])


def test_a_total_of_rows_without_a_figure_leaves_it_unknown_not_zero() -> None:
    totals = _totals((None, 90, 80), (None, 50, 40))
    record = total_record(totals, OPTIONS, label="Total", kind="all", keys=KEYS)
    assert record["population"] is None
    assert record["registered"] == 140
    assert record["coverage_pct"] is None


@pytest.mark.parametrize("registered", [0, 50, 97])
def test_a_total_that_fails_coverage_fails_prioritas(registered: int) -> None:
    totals = _totals((100, registered, None))
    record = total_record(totals, OPTIONS, label="Total", kind="all", keys=KEYS)
    assert (record["uhc"], record["uhc_prioritas"]) == (False, False)
