"""Sharing agents: whole agents by largest remainder, at least one each while agents last,
a roster's days placed near home at the least cost, and paces equal to plan's."""

from __future__ import annotations

import itertools
import random
from datetime import date, timedelta
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from jkngap.core.activity import active_needed
from jkngap.core.agents import FULL_WEEK, RosterAgent, share_agents
from jkngap.core.allocate import Area, apportion, code_path, largest_remainder, nearest
from jkngap.core.coverage import registrants_needed
from jkngap.core.errors import InputError
from jkngap.core.plan import plan_for
from jkngap.output.words import explain, translate

weights = st.lists(st.integers(min_value=0, max_value=5_000), min_size=1, max_size=25)


def _hamilton(weights: list[int], seats: int) -> list[int]:
    """Largest remainder written from its definition, with Fractions, to compare with."""
    total = sum(weights)
    quotas = [Fraction(seats * weight, total) for weight in weights]
    given = [int(quota) for quota in quotas]
    order = sorted(range(len(weights)), key=lambda i: (given[i] - quotas[i], -weights[i], i))
    for i in order[: seats - sum(given)]:
        given[i] += 1
    return given


@given(weights, st.integers(min_value=0, max_value=300))
def test_largest_remainder_is_hamilton_and_keeps_the_quota_rule(
    weights: list[int], seats: int
) -> None:
    assume(sum(weights) > 0)
    given_seats = largest_remainder(weights, seats)
    assert given_seats == _hamilton(weights, seats)
    assert sum(given_seats) == seats
    for weight, count in zip(weights, given_seats, strict=True):
        quota = Fraction(seats * weight, sum(weights))
        assert count in (quota.__floor__(), quota.__ceil__())


@given(weights, st.integers(min_value=0, max_value=300))
def test_apportionment_gives_exactly_the_seats_and_one_each_while_they_last(
    weights: list[int], seats: int
) -> None:
    assume(sum(weights) > 0)
    shared = apportion(weights, seats)
    counts = shared.seats
    assert sum(counts) == seats
    needy = [i for i, weight in enumerate(weights) if weight]
    assert all(counts[i] == 0 for i, weight in enumerate(weights) if not weight)
    if seats >= len(needy):
        assert all(counts[i] >= 1 for i in needy)
        assert shared.left_out == ()
    else:
        assert sorted(shared.left_out) == [i for i in needy if counts[i] == 0]
        assert len(shared.left_out) == len(needy) - seats
    # No area with a need is left out while another has two agents (and so less need per
    # agent than the one left out, which has all its need and no agent).
    if any(counts[i] == 0 for i in needy):
        assert max(counts) <= 1
        # Those left out need no more than any area served.
        served = [weights[i] for i in needy if counts[i]]
        assert all(weights[i] <= min(served, default=weights[i]) for i in shared.left_out)
    # More need never means fewer agents.
    for i, j in itertools.combinations(range(len(weights)), 2):
        if weights[i] > weights[j]:
            assert counts[i] >= counts[j]
        elif weights[j] > weights[i]:
            assert counts[j] >= counts[i]


@given(weights, st.integers(min_value=0, max_value=300))
def test_the_quota_rule_holds_wherever_the_at_least_one_rule_does_not_intervene(
    weights: list[int], seats: int
) -> None:
    assume(sum(weights) > 0)
    shared = apportion(weights, seats)
    needy = [i for i, weight in enumerate(weights) if weight]
    if seats < len(needy):
        return  # rule 1: one each to the greatest needs
    plain = largest_remainder(weights, seats)
    if all(plain[i] for i in needy):
        # Not intervening: plain largest remainder, every area at the floor or ceiling.
        assert list(shared.seats) == plain
        assert shared.raised == ()
        return
    # Intervening: the areas raised get exactly one, and their quota was below one in the
    # round they were raised; the others keep the quota rule over the seats left.
    assert shared.raised
    rest = [i for i in needy if i not in shared.raised]
    left = seats - len(shared.raised)
    assert all(shared.seats[i] == 1 for i in shared.raised)
    total = sum(weights[i] for i in rest)
    for i in rest:
        quota = Fraction(left * weights[i], total)
        assert quota >= 1
        assert shared.seats[i] in (quota.__floor__(), quota.__ceil__())
    assert max(weights[i] for i in shared.raised) <= min(weights[i] for i in rest)


def test_apportionment_examples() -> None:
    # Quotas 9, 0.5, 0.5: plain largest remainder gives 9, 1, 0 (equal remainders: the
    # first); the third area has a need, so both small areas get one and the big one 8.
    assert largest_remainder([90, 5, 5], 10) == [9, 1, 0]
    assert apportion([90, 5, 5], 10).seats == (8, 1, 1)
    assert apportion([90, 5, 5], 10).raised == (1, 2)
    # Two agents for three areas: the two greatest needs, the third named.
    shared = apportion([5, 90, 30], 2)
    assert shared.seats == (0, 1, 1)
    assert shared.left_out == (0,)
    # Equal remainders: the greater need first, then the area that comes first.
    assert largest_remainder([1, 3], 2) == [0, 2]
    assert largest_remainder([1, 2, 1], 2) == [1, 1, 0]
    assert largest_remainder([3, 3, 4], 1) == [0, 0, 1]


Placed = list[tuple[tuple[str, ...], int]]


def _cost(supplies: Placed, demands: Placed, matched: list[tuple[int, int, int]]) -> int:
    total = 0
    for i, j, days in matched:
        home, area = supplies[i][0], demands[j][0]
        shared = 0
        for a, b in zip(home, area, strict=False):
            if a != b:
                break
            shared += 1
        total += days * (len(home) + len(area) - 2 * shared)
    return total


def _lower_bound(supplies: Placed, demands: Placed) -> int:
    """Days that must cross each edge of the code tree: |agents' days - areas' days| of the
    subtree below it, added over every edge."""
    nodes = {path[:depth] for path, _ in (*supplies, *demands) for depth in range(1, len(path) + 1)}
    bound = 0
    for node in nodes:
        have = sum(days for path, days in supplies if path[: len(node)] == node)
        want = sum(days for path, days in demands if path[: len(node)] == node)
        bound += abs(have - want)
    return bound


codes = st.sampled_from(
    ["32.73.01.1001", "32.73.01.1002", "32.73.02.1001", "32.73.02.1002", "32.04.01.2001", "61"]
)


@given(
    st.lists(st.tuples(codes, st.integers(1, 5)), min_size=1, max_size=6),
    st.lists(codes, min_size=1, max_size=4, unique=True),
    st.randoms(use_true_random=False),
)
def test_days_are_placed_at_the_least_distance(
    agents: list[tuple[str, int]], areas: list[str], rng: random.Random
) -> None:
    supplies = [(code_path(code), days) for code, days in agents]
    total = sum(days for _, days in supplies)
    # Share the days among the areas somehow (the apportionment's shares in practice).
    cuts = sorted(rng.randint(0, total) for _ in range(len(areas) - 1))
    shares = [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]
    demands = [(code_path(code), days) for code, days in zip(areas, shares, strict=True)]
    matched = nearest(supplies, demands)
    for i, (_, days) in enumerate(supplies):
        assert sum(d for a, _, d in matched if a == i) == days
    for j, (_, days) in enumerate(demands):
        assert sum(d for _, b, d in matched if b == j) == days
    # No transport can do better than the days each tree edge must carry; this one does it.
    assert _cost(supplies, demands, matched) == _lower_bound(supplies, demands)


def test_days_placed_against_every_assignment_of_a_small_case() -> None:
    supplies = [(code_path("32.73.01.1001"), 2), (code_path("32.73.02.1001"), 3)]
    demands = [
        (code_path("32.73.01.1002"), 1),
        (code_path("32.73.02.1001"), 1),
        (code_path("32.73.01.1001"), 3),
    ]
    units = [i for i, (_, days) in enumerate(supplies) for _ in range(days)]
    best = None
    for choice in itertools.product(range(3), repeat=len(units)):
        if [choice.count(j) for j in range(3)] != [days for _, days in demands]:
            continue
        matched = [(units[k], choice[k], 1) for k in range(len(units))]
        cost = _cost(supplies, demands, matched)
        best = cost if best is None else min(best, cost)
    assert _cost(supplies, demands, nearest(supplies, demands)) == best


def _area(row: int, code: str, population: int, registered: int, active: int) -> Area:
    coverage = registrants_needed(population=population, registered=registered, target=98)
    activity = active_needed(registered=registered, active=active, target=80)
    assert coverage.registrants_needed is not None
    assert activity.active_needed is not None
    return Area(
        row,
        code,
        f"Kelurahan {row}",
        registrants_needed=coverage.registrants_needed.high,
        active_needed=activity.active_needed.high,
        population=population,
        registered=registered,
        active=active,
    )


@st.composite
def counts(draw: st.DrawFn) -> tuple[int, int, int]:
    """A kelurahan's population, registered and active counts."""
    population = draw(st.integers(min_value=1_000, max_value=60_000))
    registered = draw(st.integers(min_value=population * 9 // 10, max_value=population))
    active = draw(st.integers(min_value=registered * 7 // 10, max_value=registered))
    return population, registered, active


@given(
    st.lists(counts(), min_size=1, max_size=12),
    st.integers(min_value=1, max_value=40),
    st.dates(min_value=date(2025, 1, 1), max_value=date(2026, 12, 31)),
    st.integers(min_value=0, max_value=400),
    st.sets(st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31)), max_size=5),
)
def test_per_agent_paces_equal_plans_for_the_area(
    figures: list[tuple[int, int, int]],
    agents: int,
    start: date,
    length: int,
    days_off: set[date],
) -> None:
    areas = [_area(i + 1, f"32.73.01.{1001 + i}", *counts) for i, counts in enumerate(figures)]
    assume(any((a.registrants_needed or 0) + (a.active_needed or 0) for a in areas))
    deadline = start + timedelta(days=length)
    shared = share_agents(areas, agents=agents, start=start, deadline=deadline, days_off=days_off)
    records = list(shared.records())
    assert sum(record["agents"] for record in records) == agents
    for record, (population, registered, active) in zip(records, figures, strict=True):
        if not record["agents"]:
            continue
        planned = plan_for(
            population=population,
            registered=registered,
            active=active,
            start=start,
            deadline=deadline,
            agents=record["agents"],
            days_off=days_off,
        ).record()
        assert (
            record["registrants_per_agent_per_working_day"]
            == (planned["per_agent_per_working_day"])
        )
        assert (
            record["active_per_agent_per_working_day"]
            == (planned["active_per_agent_per_working_day"])
        )
        for mine, theirs in (
            ("registrants_per_agent_per_week", "per_week"),
            ("active_per_agent_per_week", "active_per_week"),
        ):
            week = planned[theirs]
            assert record[mine] == (None if week is None else -(-week // record["agents"]))
        assert shared.days == planned["days"]
        assert shared.working_days == planned["working_days"]


@given(st.lists(counts(), min_size=1, max_size=12), st.integers(min_value=1, max_value=40))
def test_a_need_alone_paces_as_plan_does(figures: list[tuple[int, int, int]], agents: int) -> None:
    areas = [_area(i + 1, f"32.73.01.{1001 + i}", *c) for i, c in enumerate(figures)]
    assume(any(a.active_needed for a in areas))
    start, deadline = date(2025, 6, 3), date(2025, 7, 31)
    shared = share_agents(areas, agents=agents, start=start, deadline=deadline, need_for="active")
    for record, area in zip(shared.records(), areas, strict=True):
        assert record["need"] == area.active_needed
        assert record["per_agent_per_working_day"] == record["active_per_agent_per_working_day"]
        assert record["per_agent_per_week"] == record["active_per_agent_per_week"]


def _areas(*needs: int) -> list[Area]:
    return [
        Area(i + 1, f"32.73.0{1 + i // 4}.{1001 + i % 4}", f"K{i + 1}", active_needed=need)
        for i, need in enumerate(needs)
    ]


def test_short_of_agents_the_areas_left_out_are_named() -> None:
    shared = share_agents(
        _areas(10, 500, 300, 0, 20),
        agents=2,
        start=date(2025, 6, 2),
        deadline=date(2025, 6, 27),
        need_for="active",
    )
    assert [r["agents"] for r in shared.records()] == [0, 1, 1, 0, 0]
    assert [r["left_out"] for r in shared.records()] == [True, False, False, False, True]
    note = next(n for n in shared.notes if n.key == "note.allocate_left_out_agents")
    assert note.warning
    assert note.params == {
        "seats": 2,
        "needy": 4,
        "count": 2,
        "areas": "32.73.01.1001, 32.73.02.1001",
    }
    assert shared.headline() == 2
    assert shared.summary()["areas_without_agents"] == 2


def test_the_rule_and_the_raised_areas_are_said() -> None:
    shared = share_agents(
        _areas(900, 50, 50), agents=10, start=date(2025, 6, 2), deadline=date(2025, 6, 27)
    )
    keys = [note.key for note in shared.notes]
    assert keys[:3] == [
        "note.allocate_rule",
        "note.allocate_need_part",
        "note.allocate_raised_agents",
    ]
    raised = next(n for n in shared.notes if n.key == "note.allocate_raised_agents")
    assert raised.params["count"] == 2
    assert [r["raised"] for r in shared.records()] == [False, True, True]
    for lang in ("en", "id"):
        for note in shared.notes:
            assert "{" not in translate(note.key, lang, **note.params)


def test_refusals() -> None:
    start, deadline = date(2025, 6, 2), date(2025, 6, 27)
    with pytest.raises(InputError) as caught:
        share_agents(_areas(0, 0), agents=3, start=start, deadline=deadline)
    assert caught.value.key == "allocate.no_need"
    with pytest.raises(InputError) as caught:
        share_agents(_areas(5), agents=0, start=start, deadline=deadline)
    assert (caught.value.key, caught.value.field) == ("value.must_be_positive", "agents")
    with pytest.raises(InputError) as caught:
        share_agents(_areas(5), start=start, deadline=deadline)
    assert caught.value.key == "option.one_of"
    with pytest.raises(InputError) as caught:
        share_agents(_areas(5), agents=2, roster=[], start=start, deadline=deadline)
    assert caught.value.key == "option.conflict"
    with pytest.raises(InputError) as caught:
        share_agents(_areas(5), agents=2, start=start, deadline=deadline, need_for="visits")
    assert (caught.value.key, caught.value.field) == ("option.choice", "need_for")
    with pytest.raises(InputError) as caught:
        share_agents(_areas(5), agents=2, start=start, deadline=deadline, need_for="registrants")
    assert caught.value.key == "allocate.no_need_column"
    with pytest.raises(InputError) as caught:
        share_agents(_areas(5), agents=2, start=start, deadline=date(2200, 1, 1))
    assert caught.value.key == "date.out_of_range"
    unread = Area(1, None, None, error=InputError("number.not_a_number", text="x"))
    with pytest.raises(InputError) as caught:
        share_agents([unread], agents=2, start=start, deadline=deadline)
    assert caught.value.key == "allocate.no_areas"
    with pytest.raises(InputError) as caught:
        share_agents(
            _areas(5),
            roster=[RosterAgent("A", "32.73.01.1001", 6, 2)],
            start=start,
            deadline=deadline,
        )
    assert (caught.value.key, caught.value.row) == ("roster.days_range", 2)
    assert explain(caught.value).startswith("roster: ")


def test_an_unreadable_row_gets_nothing_and_is_named() -> None:
    unread = Area(7, "32.73.09.1001", None, error=InputError("number.not_a_number", text="x"))
    shared = share_agents(
        [*_areas(100, 50), unread], agents=3, start=date(2025, 6, 2), deadline=date(2025, 6, 27)
    )
    records = list(shared.records())
    assert records[2]["agents"] is None
    assert records[2]["error"] is unread.error
    assert sum(r["agents"] or 0 for r in records) == 3
    note = next(n for n in shared.notes if n.key == "note.allocate_rows_unread")
    assert note.params == {"count": 1, "rows": "32.73.09.1001"}
    assert shared.summary()["rows_unread"] == 1


def test_the_calendar_is_plans() -> None:
    passed = share_agents(_areas(100), agents=1, start=date(2025, 6, 2), deadline=date(2025, 5, 1))
    assert passed.days == 0
    assert next(iter(passed.records()))["per_agent_per_week"] is None
    assert "note.deadline_passed" in [note.key for note in passed.notes]
    weekend = share_agents(_areas(100), agents=1, start=date(2025, 6, 7), deadline=date(2025, 6, 8))
    record = next(iter(weekend.records()))
    assert (weekend.days, weekend.working_days) == (2, 0)
    assert record["per_agent_per_working_day"] is None
    assert record["per_agent_per_week"] == 350  # 100 people in 2 days: 350 a week


ROSTER = [
    RosterAgent("A01", "32.73.01.1001", 5, 2),
    RosterAgent("A02", "K2", 3, 3),  # by the area's name
    RosterAgent("A03", "32.73.02.1001", 2, 4),
    RosterAgent("A04", "32.73.02", 4, 5),  # a kecamatan: near any of its areas
]


def test_a_roster_shares_days_and_keeps_agents_home() -> None:
    areas = _areas(400, 100, 0, 0, 300, 10)
    shared = share_agents(
        areas, roster=ROSTER, start=date(2025, 6, 2), deadline=date(2025, 6, 27), need_for="active"
    )
    records = list(shared.records())
    assert sum(r["agent_days"] for r in records) == 14 == shared.agent_days
    # Quotas 6.9, 1.7, 0, 0, 5.2, 0.2 of 14 days: the last area's below one, so it gets one
    # day and the others share 13 by largest remainder (quotas 6.5, 1.6, 4.9).
    assert [r["agent_days"] for r in records] == [6, 2, 0, 0, 5, 1]
    placed = list(shared.assignment_records())
    for agent in ROSTER:
        assert sum(p["days_a_week"] for p in placed if p["agent"] == agent.agent) == agent.days
    for record, area in zip(records, areas, strict=True):
        assert (
            sum(p["days_a_week"] for p in placed if p["code"] == area.code) == record["agent_days"]
        )
    by_agent = {(p["agent"], p["code"]): p for p in placed}
    assert by_agent["A01", "32.73.01.1001"]["near"] == "home"
    assert by_agent["A02", "32.73.01.1002"]["near"] == "home"
    assert by_agent["A02", "32.73.01.1002"]["home_code"] == "32.73.01.1002"
    # Every day at home but A02's third (to kelurahan 1, the same kecamatan) and A04's four
    # (home is kecamatan 02 itself: its kelurahan are near, not home).
    assert by_agent["A02", "32.73.01.1001"]["near"] == "kecamatan"
    assert by_agent["A04", "32.73.02.1001"]["near"] == "kecamatan"
    assert shared.summary()["days_away_from_home"] == 5
    assert next(n for n in shared.notes if n.key == "note.roster_away").params == {
        "days": 5,
        "total": 14,
    }
    # A pace per agent: their days' share of the area's need.
    one = by_agent["A01", "32.73.01.1001"]
    assert one["per_week"] == -(-7 * 400 * 5 // (shared.days * 6))
    assert one["per_working_day"] == -(-400 * FULL_WEEK // (6 * shared.working_days))
    assert records[0]["agents"] == 2  # A01 and A02 work there


def test_a_roster_home_that_names_no_area_is_refused_naming_every_row() -> None:
    roster = [*ROSTER, RosterAgent("A05", "Nowhere", 1, 6), RosterAgent("A06", "K99", 1, 7)]
    with pytest.raises(InputError) as caught:
        share_agents(
            _areas(400, 100),
            roster=roster,
            start=date(2025, 6, 2),
            deadline=date(2025, 6, 27),
            need_for="active",
        )
    error = caught.value
    assert (error.key, error.row, error.params["rows"], error.params["count"]) == (
        "roster.home_unknown",
        6,
        "6, 7",
        2,
    )


def test_homes_and_areas_meet_however_their_codes_are_written() -> None:
    areas = [
        Area(2, "3273011001", "Sukarasa", active_needed=100),
        Area(3, "3273011002", "Gegerkalong", active_needed=100),
    ]
    roster = [RosterAgent("A1", "32.73.01.1002", 2, 2), RosterAgent("A2", "3273011001", 2, 3)]
    shared = share_agents(
        areas, roster=roster, start=date(2025, 6, 2), deadline=date(2025, 6, 27), need_for="active"
    )
    placed = list(shared.assignment_records())
    assert [(p["agent"], p["code"], p["near"]) for p in placed] == [
        ("A1", "3273011002", "home"),
        ("A2", "3273011001", "home"),
    ]
    assert next(iter(shared.records()))["kecamatan_code"] == "32.73.01"
    assert "note.roster_home_outside" not in [note.key for note in shared.notes]
