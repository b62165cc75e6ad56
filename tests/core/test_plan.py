"""The pace to a deadline."""

from __future__ import annotations

import json
from datetime import date, timedelta
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import run, run_json
from jkngap.core.errors import InputError
from jkngap.core.plan import (
    Pace,
    days_between,
    parse_date,
    plan_for,
    project_population,
    working_days,
)


def test_dates() -> None:
    assert parse_date("2025-12-31", field="deadline") == date(2025, 12, 31)
    assert parse_date("2025-07", field="deadline") == date(2025, 7, 31)
    assert parse_date("2024-02", field="deadline") == date(2024, 2, 29)
    assert parse_date("2025-07", field="start", end_of_month=False) == date(2025, 7, 1)
    for text in ("01/02/2025", "2025-13-01", "2025-02-30", "soon"):
        with pytest.raises(InputError) as caught:
            parse_date(text, field="deadline")
        assert (caught.value.key, caught.value.field) == ("date.unreadable", "deadline")


def test_working_days_leave_out_weekends_and_given_days_off() -> None:
    # 2025-06-02 is a Monday.
    assert working_days(date(2025, 6, 2), date(2025, 6, 8), set()) == 5
    assert working_days(date(2025, 6, 2), date(2025, 6, 8), {date(2025, 6, 6)}) == 4


def test_national_holidays_are_not_working_days() -> None:
    # August 2025: 21 weekdays, less Independence Day (17 August 2025 is a Sunday, so none).
    # December 2025: 23 weekdays, less Christmas (Thursday 25 December).
    from jkngap import national_holidays

    december = plan_for(
        population=100,
        registered=0,
        start=date(2025, 12, 1),
        deadline=date(2025, 12, 31),
        national=national_holidays,
    )
    assert december.working_days == 22
    # The core knows no calendar of its own: without one, only weekends are off.
    without = plan_for(
        population=100, registered=0, start=date(2025, 12, 1), deadline=date(2025, 12, 31)
    )
    assert without.working_days == 23


def test_plan_paces() -> None:
    data = run_json(
        "plan",
        "-p",
        "590393",
        "-r",
        "560000",
        "--by",
        "2025-12-31",
        "--from",
        "2025-06-01",
        "--agents",
        "20",
        "--no-national-holidays",
    )
    assert data["registrants_needed"] == 18586
    assert data["days"] == 214
    assert data["working_days"] == 153
    assert data["per_week"] == -(-18586 * 7 // 214)
    assert data["per_working_day"] == -(-18586 // 153)
    assert data["per_agent_per_working_day"] == -(-18586 // (153 * 20))
    assert data["milestones"][-1] == {
        "date": "2025-12-31",
        "registrants": 18586,
        "activations": None,
    }
    assert len(data["milestones"]) == 7


def test_bandung_activation_pace_with_103_agents() -> None:
    data = run_json(
        "plan",
        "-r",
        "1900000",
        "--active-rate",
        "79,96",
        "--by",
        "2025-07",
        "--from",
        "2025-06-03",
        "--agents",
        "103",
    )
    assert data["registered"] == 1900000
    # 79.955 % to 79.965 % of 1,900,000 is 1,519,145 to 1,519,334 active; 80 % is 1,520,000.
    assert data["active_needed"] == 1520000 - 1519145 == 855
    # 3 June to 31 July 2025: 43 weekdays, less Idul Adha (6 June) and 1 Muharram (27 June).
    assert (data["days"], data["working_days"]) == (59, 41)
    assert data["active_per_working_day"] == -(-855 // 41) == 21
    assert data["active_per_agent_per_working_day"] == -(-855 // (41 * 103)) == 1
    assert data["per_agent_per_working_day"] is None  # no registrations were asked for
    assert data["registrants_needed"] is None


def test_without_agents_the_per_agent_pace_is_null() -> None:
    data = run_json("plan", "-p", "1000", "-r", "900", "--by", "2025-12-31", "--from", "2025-01-01")
    assert data["per_agent_per_working_day"] is None
    assert data["per_working_day"] is not None


def test_a_past_deadline_gets_an_answer_not_a_division_by_zero() -> None:
    result = run(
        "plan",
        "-p",
        "1000",
        "-r",
        "900",
        "--by",
        "2024-01-01",
        "--from",
        "2025-01-01",
        "-f",
        "json",
    )
    assert result.exit_code == 0
    assert "has passed" in result.stderr
    data = json.loads(result.stdout)
    assert data["deadline_passed"] is True
    assert data["registrants_needed"] == 80
    assert data["per_month"] is None
    assert data["per_working_day"] is None


MET_ALREADY = ["plan", "-p", "1000", "-r", "990", "--by", "2025-12-31", "--from", "2025-01-01"]


def test_a_target_already_met_paces_at_zero() -> None:
    result = run(
        *MET_ALREADY,
        "-f",
        "json",
    )
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["registrants_needed"] == 0
    assert data["per_working_day"] == 0
    table = run(
        *MET_ALREADY,
        "-f",
        "table",
    )
    assert "already met" in table.stdout


def test_growth_moves_the_target() -> None:
    still = run_json(
        "plan", "-p", "100000", "-r", "97000", "--by", "2026-01-01", "--from", "2025-01-02"
    )
    growing = run_json(
        "plan",
        "-p",
        "100000",
        "-r",
        "97000",
        "--by",
        "2026-01-01",
        "--from",
        "2025-01-02",
        "--growth",
        "2",
    )
    assert still["registrants_needed"] == 1000
    # 365 days of 2 % a year spread evenly: 100,000 grow to about 101,998.
    assert (
        growing["registrants_needed"]
        == -(-98 * project_population(100000, Fraction(2), 365) // 100) - 97000
    )
    # 2 % of 100,000 for 365 of 365.2425 days is 1,998.67 more people: 101,999.
    assert project_population(100000, Fraction(2), 365) == 101999
    assert growing["registrants_needed"] == -(-98 * 101999 // 100) - 97000 == 2960


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["plan", "-p", "100", "-r", "5"], "Missing option"),
        (["plan", "-p", "100", "-r", "5", "--by", "31/12/2025"], "--by: '31/12/2025' is not"),
        (["plan", "--by", "2025-12-31"], "give the figures for a gap"),
        (["plan", "-p", "100", "-r", "5", "--by", "2025-12", "--agents", "0"], "--agents"),
        (["plan", "-r", "5", "--coverage", "50", "--by", "2025-12", "--growth", "1"], "--growth"),
    ],
)
def test_bad_plan_input(args: list[str], needle: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert needle in result.stderr


@given(
    st.integers(min_value=0, max_value=10**7),
    st.integers(min_value=1, max_value=3000),
    st.integers(min_value=0, max_value=3000),
    st.integers(min_value=1, max_value=500),
)
def test_each_pace_is_the_least_that_reaches_the_gap_in_time(
    count: int, days: int, workdays: int, agents: int
) -> None:
    pace = Pace.of(count, days, workdays, agents)
    assert pace.per_week is not None
    assert pace.per_month is not None
    assert pace.per_week * Fraction(days, 7) >= count
    if pace.per_week:  # least: one fewer a week falls short
        assert (pace.per_week - 1) * Fraction(days, 7) < count
    month = Fraction(146097, 4800)
    assert pace.per_month * (days / month) >= count
    if pace.per_month:
        assert (pace.per_month - 1) * (days / month) < count
    if workdays:
        assert pace.per_working_day is not None
        assert pace.per_agent_per_working_day is not None
        assert pace.per_working_day * workdays >= count
        if pace.per_working_day:
            assert (pace.per_working_day - 1) * workdays < count
        assert pace.per_agent_per_working_day * workdays * agents >= count
    else:
        assert pace.per_working_day is None


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    st.integers(min_value=0, max_value=800),
)
def test_days_and_working_days_agree_with_counting_one_by_one(start: date, length: int) -> None:
    end = start + timedelta(days=length)
    assert days_between(start, end) == length + 1
    weekdays = sum(1 for n in range(length + 1) if (start + timedelta(days=n)).weekday() < 5)
    assert working_days(start, end, set()) == weekdays


def test_no_one_registered_yet_is_a_count_of_zero_not_unknown() -> None:
    # A region starting from nothing: registered 0 is a count, and the record says 0.
    result = plan_for(
        start=date(2025, 1, 1), deadline=date(2025, 12, 31), population=1000, registered=0
    )
    assert result.record()["registered"] == 0
    assert result.record()["registrants_needed"] == 980


def test_project_population_by_hand() -> None:
    assert project_population(1000, Fraction(0), 365) == 1000
    # A year of the mean Gregorian calendar is 365.2425 days: 10 % a year of 1,000 over 730
    # days is 100 * 730 / 365.2425 = 199.87 more, spread evenly (compounded would be 210).
    assert project_population(1000, Fraction(10), 730) == 1200
    assert project_population(1000, Fraction(10), 365) == 1100  # 99.93 more
    assert project_population(10**6, Fraction(1), 1) == 1000027  # 27.38 more
    # Half a person rounds up: 1 person, grown by exactly one half.
    half = Fraction(50) * Fraction(146097, 400) / 365
    assert project_population(1, half, 365) == 2
    assert project_population(1, half - Fraction(1, 10**9), 365) == 1


def test_extra_days_off_and_national_holidays_are_both_left_out() -> None:
    from jkngap import national_holidays

    # December 2025: 23 weekdays, less Christmas (25) and a regional day off (2 December).
    both = plan_for(
        population=100,
        registered=0,
        start=date(2025, 12, 1),
        deadline=date(2025, 12, 31),
        national=national_holidays,
        days_off=[date(2025, 12, 2)],
    )
    assert both.working_days == 21
    data = run_json(
        "plan", "-p", "100", "-r", "0", "--from", "2025-12-01", "--by", "2025-12-31",
        "--holiday", "2025-12-02", "--holiday", "2025-12-25",
    )  # fmt: skip
    assert data["working_days"] == 21  # Christmas named twice is still one day
    alone = run_json(
        "plan", "-p", "100", "-r", "0", "--from", "2025-12-01", "--by", "2025-12-31",
        "--holiday", "2025-12-02", "--no-national-holidays",
    )  # fmt: skip
    assert alone["working_days"] == 22


def test_milestones_run_across_new_year() -> None:
    result = plan_for(
        population=1000,
        registered=880,
        start=date(2025, 11, 15),
        deadline=date(2026, 2, 10),
    )
    days = (date(2026, 2, 10) - date(2025, 11, 15)).days + 1  # 88
    assert [(m.day, m.registrants) for m in result.milestones] == [
        (date(2025, 11, 30), -(-100 * 16 // days)),
        (date(2025, 12, 31), -(-100 * 47 // days)),
        (date(2026, 1, 31), -(-100 * 78 // days)),
        (date(2026, 2, 10), 100),
    ]


def test_one_agent_does_the_whole_working_day_pace() -> None:
    data = run_json("plan", "-p", "1000", "-r", "900", "--by", "2025-12-31", "--from",
                    "2025-01-01", "--agents", "1", "--no-national-holidays")  # fmt: skip
    assert data["agents"] == 1
    assert data["per_agent_per_working_day"] == data["per_working_day"] == -(-80 // 261)


def test_a_weekend_has_no_working_days_and_says_so() -> None:
    # 6 and 7 December 2025 are a Saturday and a Sunday.
    result = plan_for(
        population=1000, registered=900, start=date(2025, 12, 6), deadline=date(2025, 12, 7)
    )
    assert (result.days, result.working_days) == (2, 0)
    keys = [note.key for note in result.notes]
    assert "note.no_working_days" in keys
    assert "note.deadline_passed" not in keys
    assert result.registrants.per_working_day is None
    assert result.registrants.per_week == -(-80 * 7 // 2)
    passed = plan_for(
        population=1000, registered=900, start=date(2025, 12, 8), deadline=date(2025, 12, 7)
    )
    assert [n.key for n in passed.notes if n.warning] == ["note.deadline_passed"]
    assert "note.no_working_days" not in [n.key for n in passed.notes]


@given(
    count=st.integers(min_value=0, max_value=10**6),
    workdays=st.integers(min_value=1, max_value=400),
    agents=st.integers(min_value=1, max_value=500),
)
def test_a_per_agent_pace_below_one_a_day_is_the_most_days_between_two_that_reach(
    count: int, workdays: int, agents: int
) -> None:
    from jkngap.core.plan import Pace

    pace = Pace.of(count, workdays + 2, workdays, agents)
    share = pace.per_agent_in_period
    assert share is not None
    assert share * agents >= count > (share - 1) * agents  # each agent's least share
    every = pace.per_agent_every_working_days
    if every is None:  # one a day or more (or nothing to do): the daily pace says it
        assert share == 0 or workdays // share <= 1
    else:
        assert every >= 2
        assert workdays // every >= share  # one every `every` days reaches the share
        assert workdays // (every + 1) < share  # one every day more would not


def test_plan_says_a_pace_below_one_a_day_as_one_every_so_many_days() -> None:
    args = ["plan", "-p", "590393", "-r", "575000", "--from", "2025-06-01", "--by"]
    args += ["2025-12-31", "--agents", "103"]
    data = run_json(*args)
    assert data["working_days"] == 149
    assert data["per_agent_per_working_day"] == 1  # the contract's ceiling stays
    assert data["per_agent_in_period"] == 35  # 3,586 among 103 agents
    assert data["per_agent_every_working_days"] == 4  # 149 // 4 = 37 >= 35; 149 // 5 = 29
    english = run(*args, "-f", "table").stdout
    assert "│ Registrations per agent per working day │ 1 every 4 working days │" in english
    assert "Registrations per agent over the period │                     35 │" in english
    indonesian = run(*args, "-f", "table", "--lang", "id").stdout
    assert "1 setiap 4 hari kerja" in indonesian
