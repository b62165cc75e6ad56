"""The premium budget, both ways, and priced gaps."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import run, run_json
from jkngap import registrants_needed
from jkngap.core.cost import cost
from jkngap.core.errors import InputError
from jkngap.core.spans import Span


def test_bandung_budget_pays_for_615079_people() -> None:
    result = cost(budget=310_000_000_000)
    assert result.people == Span.exactly(615079)
    assert result.unspent == 184_000


def test_615079_people_cost_309999816000_a_year() -> None:
    data = run_json("cost", "--people", "615.079")
    assert data["budget"] == 309_999_816_000
    assert data["premium"] == 42_000
    assert data["months"] == 12


def test_budget_in_words() -> None:
    assert run("cost", "--budget", "Rp310 miliar", "-f", "plain").stdout == "615079\n"
    assert run("cost", "--budget", "310000000000", "-f", "plain").stdout == "615079\n"


def test_premium_months_and_class_can_be_changed() -> None:
    assert run_json("cost", "--people", "10", "--premium", "Rp100.000")["budget"] == 12_000_000
    assert run_json("cost", "--people", "10", "--class", "kelas-1")["budget"] == 18_000_000
    assert run_json("cost", "--people", "10", "--months", "6")["budget"] == 2_520_000


def test_pricing_a_coverage_gap() -> None:
    data = run_json("cost", "--pop", "590393", "--registered", "560000", "--target", "98")
    assert data["people"] == 578586 - 560000
    assert data["budget"] == (578586 - 560000) * 42_000 * 12


def test_pricing_a_gap_from_a_published_percentage_gives_a_range() -> None:
    gap = registrants_needed(registered=817221, coverage="97,63", target=100)
    result = cost(gap=gap)
    assert result.people == Span(19796, 19881)
    assert result.budget == Span(19796 * 504_000, 19881 * 504_000)


def test_the_table_writes_rupiah_as_officials_do() -> None:
    english = run("cost", "--people", "615079", "-f", "table")
    assert "Rp309,999,816,000" in english.stdout
    assert "Rp310.0 miliar" in english.stdout
    indonesian = run("cost", "--people", "615079", "-f", "table", "--lang", "id")
    assert "Rp309.999.816.000" in indonesian.stdout
    assert "Rp310,0 miliar" in indonesian.stdout


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["cost"], "error: give --people or --budget\n"),
        (["cost", "--people", "5", "--budget", "100"], "give --people or --budget"),
        (["cost", "--people", "5", "--months", "0"], "--months: must be a whole number above"),
        (["cost", "--people", "5", "--premium", "0"], "--premium: must be a whole number above"),
        (["cost", "--people", "5", "--class", "vip"], "--class: 'vip' is not one of"),
        (["cost", "--people", "5", "--class", "pbi", "--premium", "1"], "--premium or --class"),
        (["cost", "--pop", "100"], "--registered: to price a gap"),
        (["cost", "--budget", "Rp42.000,50"], "not a whole number of rupiah"),
    ],
)
def test_bad_cost_input(args: list[str], needle: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert needle in result.stderr


@pytest.mark.parametrize(
    ("kwargs", "key", "field"),
    [
        ({"people": -1}, "value.count_negative", "people"),
        ({}, "cost.nothing", None),
        ({"people": 5, "budget": 100}, "option.conflict", None),
        ({"people": 5, "premium": 0}, "value.must_be_positive", "premium"),
        ({"people": 5, "months": 0}, "value.must_be_positive", "months"),
    ],
)
def test_cost_refuses_bad_input_from_python_too(
    kwargs: dict[str, int], key: str, field: str | None
) -> None:
    with pytest.raises(InputError) as caught:
        cost(**kwargs)  # type: ignore[arg-type]  # one bad value each
    assert (caught.value.key, caught.value.field) == (key, field)


def test_plain_prints_the_budget_for_people_and_the_people_for_a_budget() -> None:
    assert run("cost", "--people", "10", "-f", "plain").stdout == "5040000\n"
    assert run("cost", "--budget", "5040000", "-f", "plain").stdout == "10\n"


def test_segments_without_people_or_budget_say_what_route_a_needs() -> None:
    # No PBPU counts: route (a), which prices the activity gap, cannot be worked out.
    result = run("cost", "-r", "1000", "-a", "700", "--segment", "ppu=300/200")
    assert result.exit_code == 2
    assert "--segment: the activity gap is priced by route (a), which needs PBPU's" in (
        result.stderr
    )
    assert "not both" not in result.stderr
    # A target already met needs no one, PBPU or not.
    assert run_json("cost", "-r", "1000", "-a", "900", "--segment", "ppu=300/200")["people"] == 0


@given(
    st.integers(min_value=0, max_value=10**15),
    st.integers(min_value=1, max_value=10**6),
    st.integers(min_value=1, max_value=24),
)
def test_a_budget_pays_for_the_most_people_it_can_in_full(
    budget: int, premium: int, months: int
) -> None:
    result = cost(budget=budget, premium=premium, months=months)
    people = result.people.low
    assert people * premium * months <= budget
    assert (people + 1) * premium * months > budget
    assert result.unspent == budget - people * premium * months
