"""Trends over snapshots, against the arithmetic: series growing by exact amounts a day, every
pace, date and change of status counted out day by day; the paces required are plan's."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from jkngap.core.awards import AWARDS
from jkngap.core.dates import add_months
from jkngap.core.errors import InputError
from jkngap.core.model import Base
from jkngap.core.numbers import read_percent
from jkngap.core.outlook import MOST_DAYS
from jkngap.core.plan import plan_for
from jkngap.core.progress import TrendOptions
from jkngap.core.results import Many, Outcome
from jkngap.core.series import Rows, Snapshot
from jkngap.core.summary import off_course, severity
from jkngap.core.trend import LONG_KEYS, trend

MONTH = Fraction(146097, 4800)


def rows(*regions: tuple[str, int | None, int | None, int | None]) -> Rows:
    """A block of regions: (code, population, registered, active)."""
    return Rows(
        lines=list(range(2, 2 + len(regions))),
        keys=[code for code, *_ in regions],
        codes=[code for code, *_ in regions],
        names=[f"Desa {code}" for code, *_ in regions],
        population=[p for _, p, _, _ in regions],
        registered=[r for _, _, r, _ in regions],
        active=[a for _, _, _, a in regions],
    )


def snapshot(day: date, *regions: tuple[str, int | None, int | None, int | None]) -> Snapshot:
    return Snapshot(day, f"rekap-{day.isoformat()}.csv", [rows(*regions)])


@dataclass(frozen=True)
class Growth:
    """A region whose registered and active grow by exact amounts a day."""

    population: int
    registered: int
    active: int
    registered_a_day: int
    active_a_day: int

    def at(self, days: int) -> tuple[int, int]:
        return (
            self.registered + self.registered_a_day * days,
            self.active + self.active_a_day * days,
        )


@st.composite
def growths(draw: st.DrawFn) -> tuple[Growth, list[int]]:
    population = draw(st.integers(1_000, 2_000_000))
    registered = draw(st.integers(population * 85 // 100, population))
    active = draw(st.integers(registered // 2, registered))
    growth = Growth(
        population,
        registered,
        active,
        draw(st.integers(-population // 500, population // 200)),
        draw(st.integers(-population // 500, population // 200)),
    )
    gaps = draw(st.lists(st.integers(1, 120), min_size=1, max_size=5))
    offsets = [0]
    for gap in gaps:
        offsets.append(offsets[-1] + gap)
    for days in offsets:
        r, a = growth.at(days)
        assume(0 <= a <= r)
    return growth, offsets


def _first_day(holds: object, limit: int) -> int | None:
    """The first k >= 1 (up to ``limit``) for which holds(k)."""
    assert callable(holds)
    return next((k for k in range(1, limit) if holds(k)), None)


SEARCH = 3000  # days counted out one by one


def _uhc(registered: int, population: int) -> bool:
    return registered * 100 >= 98 * population


def _active(active: int, registered: int) -> bool:
    return active * 100 >= 80 * registered


@settings(max_examples=150)
@given(growths(), st.dates(date(2024, 1, 1), date(2026, 12, 31)), st.integers(0, 600))
def test_paces_dates_and_status_follow_the_arithmetic(
    case: tuple[Growth, list[int]], start: date, ahead: int
) -> None:
    growth, offsets = case
    days = offsets[-1]
    last_day = start + timedelta(days=days)
    deadline = last_day + timedelta(days=ahead)
    snapshots = [
        snapshot(start + timedelta(days=t), ("63.03", growth.population, *growth.at(t)))
        for t in offsets
    ]
    result = trend(snapshots, TrendOptions(deadline=deadline))
    long = [record for record in result.long_records() if record["total"] is None]
    (region,) = result.regions
    record = region.record()
    p = growth.population
    r_last, a_last = growth.at(days)
    r_first = growth.registered

    # Changes, and paces achieved cut down to whole numbers a month.
    assert record["registered_change"] == growth.registered_a_day * days
    assert record["active_change"] == growth.active_a_day * days
    true_pace = growth.registered_a_day * MONTH
    assert record["registered_per_month"] <= true_pace < record["registered_per_month"] + 1
    assert record["active_per_month"] == math.floor(growth.active_a_day * MONTH)
    assert record["coverage_points_change"] == Fraction(100 * (r_last - r_first), p)
    assert record["coverage_points_per_month"] == Fraction(100 * growth.registered_a_day, p) * MONTH
    # Exact counts give one number: no range beside it.
    assert record["coverage_points_change_low"] is record["coverage_points_change_high"] is None
    assert record["uhc_date_low"] is record["uhc_date_high"] is None

    # The days the targets are reached or lost, counted one by one from the last snapshot.
    def registered(k: int) -> int:
        return r_last + growth.registered_a_day * k

    def active(k: int) -> int:
        return a_last + growth.active_a_day * k

    def both(k: int) -> bool:
        return _uhc(registered(k), p) and _active(active(k), registered(k))

    for prefix, holds in (
        ("uhc", lambda k: _uhc(registered(k), p)),
        ("activity_target", lambda k: _active(active(k), registered(k))),
        ("prioritas", both),
    ):
        met = holds(0)
        outlooks = {"uhc": region.registered, "activity_target": region.active}
        outlook = outlooks[prefix].outlook if prefix in outlooks else region.prioritas
        assert outlook.met is met
        if met:
            assert record[f"{prefix}_date"] is None
            lost = _first_day(lambda k, holds=holds: not holds(k), SEARCH)
            if lost is not None:
                assert record[f"{prefix}_lost_date"] == (last_day + timedelta(lost - 1)).isoformat()
            else:
                found = record[f"{prefix}_lost_date"]
                assert found is None or found >= (last_day + timedelta(SEARCH - 1)).isoformat()
            horizon = add_months(last_day, 3)
            at_risk = lost is not None and last_day + timedelta(lost - 1) <= horizon
            assert record[f"{prefix}_at_risk"] is at_risk
        else:
            reached = _first_day(holds, SEARCH)
            if reached is not None:
                assert record[f"{prefix}_outlook"] == "reached"
                assert record[f"{prefix}_date"] == (last_day + timedelta(reached - 1)).isoformat()
                on_time = last_day + timedelta(reached - 1) <= deadline
                assert record[f"{prefix}_by_deadline"] is on_time
            elif record[f"{prefix}_date"] is not None:
                assert record[f"{prefix}_date"] >= (last_day + timedelta(SEARCH - 1)).isoformat()
            else:
                assert record[f"{prefix}_outlook"] == "not_at_this_pace"
            assert record[f"{prefix}_at_risk"] is False
    assert record["at_risk"] is (record["uhc_at_risk"] or record["prioritas_at_risk"])

    # Status: from the verdicts at the first and last snapshot, and at each change.
    def level(t: int) -> str:
        r, a = growth.at(t)
        if not _uhc(r, p):
            return "none"
        return "uhc_prioritas" if _active(a, r) else "uhc"

    order = ["none", "uhc", "uhc_prioritas"]
    first, last = level(0), level(days)
    assert (record["status_first"], record["status_last"]) == (first, last)
    expected = "unchanged" if first == last else "gained"
    if order.index(last) < order.index(first):
        expected = "lost"
    assert record["status_change"] == expected
    changes = [
        {
            "date": (start + timedelta(days=b)).isoformat(),
            "status_from": level(a),
            "status_to": level(b),
        }
        for a, b in itertools.pairwise(offsets)
        if level(a) != level(b)
    ]
    assert [
        {key: event[key] for key in ("date", "status_from", "status_to")}
        for event in record["status_changes"]
    ] == changes

    # The long form: each snapshot, with the change since the one before.
    assert [row["date"] for row in long] == [
        (start + timedelta(days=t)).isoformat() for t in offsets
    ]
    for row, before, t in zip(long[1:], offsets, offsets[1:], strict=False):
        assert row["registered_change"] == growth.registered_a_day * (t - before)
        assert row["days"] == t - before
        assert row["uhc_status"] == level(t)

    # The paces required are plan's from the last snapshot.
    planned = plan_for(
        start=last_day, deadline=deadline, population=p, registered=r_last, active=a_last
    )
    assert record["registrants_needed"] == planned.registrants_needed
    assert record["active_needed"] == planned.active_needed
    assert record["required_registered_per_month"] == planned.registrants.per_month
    assert record["required_active_per_working_day"] == planned.activations.per_working_day
    assert record["working_days"] == planned.working_days


def _fake_holidays(years: range) -> set[date]:
    """A calendar of days off that the test knows (the real one is Indonesia's)."""
    return {date(year, month, 17) for year in years for month in (1, 8)}


@given(
    st.lists(
        st.tuples(
            st.integers(500, 500_000), st.integers(0, 100), st.integers(0, 100)
        ),  # population, coverage and activity in percent of the one before
        min_size=1,
        max_size=6,
    ),
    st.integers(0, 400),
    st.sampled_from([None, 1, 7, 103]),
    st.sampled_from(list(Base)),
)
def test_required_paces_are_plans_for_the_last_snapshot(
    regions: list[tuple[int, int, int]], ahead: int, agents: int | None, base: Base
) -> None:
    first, last = date(2025, 1, 1), date(2025, 6, 1)
    deadline = last + timedelta(days=ahead)
    figures = []
    for n, (population, coverage, activity) in enumerate(regions):
        registered = population * coverage // 100
        figures.append((f"63.{n + 1:02d}", population, registered, registered * activity // 100))
    options = TrendOptions(
        deadline=deadline,
        agents=agents,
        base=base,
        days_off=frozenset({date(2025, 6, 2)}),
        national=_fake_holidays,
    )
    result = trend([snapshot(first, *figures), snapshot(last, *figures)], options)
    for region, (_, population, registered, active) in zip(result.regions, figures, strict=True):
        planned = plan_for(
            start=last,
            deadline=deadline,
            population=population,
            registered=registered,
            active=active,
            base=base,
            agents=agents,
            days_off=[date(2025, 6, 2)],
            national=_fake_holidays,
        )
        assert region.registered.needed == planned.registrants_needed
        assert region.active.needed == planned.active_needed
        assert region.registered.required == planned.registrants
        assert region.active.required == planned.activations
        assert region.calendar == (planned.days, planned.working_days)


def test_indonesias_national_holidays_are_plans_too() -> None:
    from jkngap import national_holidays

    options = TrendOptions(deadline=date(2025, 12, 31), agents=103, national=national_holidays)
    figures = ("32.73", 2_599_743, 2_570_000, 2_050_000)
    result = trend(
        [snapshot(date(2025, 6, 1), figures), snapshot(date(2025, 7, 1), figures)], options
    )
    planned = plan_for(
        start=date(2025, 7, 1),
        deadline=date(2025, 12, 31),
        population=2_599_743,
        registered=2_570_000,
        active=2_050_000,
        agents=103,
        national=national_holidays,
    )
    region = result.regions[0]
    assert region.active.required == planned.activations
    assert region.record()["working_days"] == planned.working_days


BANDUNG = "32.73"


def _published(day: date, coverage: str, activity: str) -> Snapshot:
    return Snapshot(
        day,
        "bandung.csv",
        [
            Rows(
                [2],
                [BANDUNG],
                [BANDUNG],
                ["Kota Bandung"],
                [None],
                [None],
                [None],
                coverage=[read_percent(coverage)],
                active_rate=[read_percent(activity)],
            )
        ],
    )


def test_bandung_from_its_published_percentages() -> None:
    """June 2025: 99.2 % / 79.96 %; early 2026: 98.80 % / 80.10 %: every figure a range."""
    june, january = date(2025, 6, 1), date(2026, 1, 1)
    result = trend(
        [_published(june, "99,2", "79,96"), _published(january, "98,80", "80,10")],
        TrendOptions(deadline=date(2026, 12, 31)),
    )
    (region,) = result.regions
    record = region.record()
    assert record["exact"] is False
    # 99.2 stands for [99.15, 99.25), 98.80 for [98.795, 98.805).
    assert record["coverage_points_change"] is None
    assert record["coverage_points_change_low"] == Fraction("-0.455")
    assert record["coverage_points_change_high"] == Fraction("-0.345")
    assert record["activity_points_change_low"] == Fraction("0.13")
    assert record["activity_points_change_high"] == Fraction("0.15")
    # UHC then, UHC Prioritas now: activity crossed 80 %.
    assert (record["status_first"], record["status_last"]) == ("uhc", "uhc_prioritas")
    assert record["status_change"] == "gained"
    # Coverage falls 0.345 to 0.455 points in 214 days: 98 % is lost after 373 to 499 days.
    assert record["uhc_outlook"] == "met"
    assert record["uhc_lost_date_low"] == (january + timedelta(days=373)).isoformat()
    assert record["uhc_lost_date_high"] == (january + timedelta(days=499)).isoformat()
    assert record["uhc_at_risk"] is False
    assert record["uhc_by_deadline"] is True  # lost no earlier than January 2027
    assert record["registrants_needed"] is None  # no count: no pace in people

    def risk(months: int) -> bool | None:
        options = TrendOptions(horizon_months=months)
        series = [_published(june, "99,2", "79,96"), _published(january, "98,80", "80,10")]
        return trend(series, options).regions[0].at_risk

    assert risk(12) is False  # lost after 2027-01-09 at the earliest
    assert risk(13) is None  # perhaps, by one end of the range
    assert risk(17) is True  # by either end


def test_a_region_missing_from_a_snapshot_is_kept_and_marked() -> None:
    days = [date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1)]
    a, b = ("11.01", 1000, 900, 700), ("11.02", 2000, 1990, 1700)
    late = ("11.03", 500, 400, 300)
    result = trend(
        [snapshot(days[0], a, b), snapshot(days[1], a), snapshot(days[2], a, b, late)],
        TrendOptions(),
    )
    long = list(result.long_records())
    missing = [(row["code"], row["date"]) for row in long if row["missing"]]
    assert missing == [("11.02", "2025-02-01")]
    by_code = {region.code: region for region in result.regions}
    assert by_code["11.02"].missing == (days[1],)
    assert by_code["11.02"].record()["registered_change"] == 0  # first to last, not zero-filled
    assert by_code["11.03"].missing == (days[0], days[1])
    assert by_code["11.03"].record()["uhc_outlook"] == "unknown"  # one snapshot: no pace
    notes = {note.key for note in result.notes}
    assert {"trend.regions_missing", "note.trend_total_sets"} <= notes
    said = next(note for note in result.notes if note.key == "trend.regions_missing")
    assert said.params["count"] == 2
    assert "11.02 (2025-02-01)" in said.params["regions"]


def test_an_unreadable_row_is_named_and_its_region_marked() -> None:
    block = rows(("11.01", 1000, 900, 700), ("11.02", 2000, 1990, 1700))
    block.errors = [None, InputError("number.not_a_number", column="peserta", text="x")]
    block.registered[1] = None
    result = trend(
        [
            snapshot(date(2025, 1, 1), ("11.01", 1000, 900, 700), ("11.02", 2000, 1990, 1700)),
            Snapshot(date(2025, 2, 1), "rekap-feb.csv", [block]),
        ],
        TrendOptions(),
    )
    assert result.unread == 1
    region = next(r for r in result.regions if r.code == "11.02")
    assert region.missing == (date(2025, 2, 1),)
    note = next(n for n in region.notes if n.key == "note.trend_unread")
    assert (note.params["line"], note.params["name"]) == (3, "rekap-feb.csv")
    error_rows = [r for r in result.long_records() if r["error"] is not None]
    assert error_rows == []  # the long form was read already: asked for again, it is empty


def test_the_total_sums_each_dates_regions() -> None:
    a = [("11.01", 1000, 900, 700), ("11.02", 2000, 1990, 1700)]
    b = [("11.01", 1000, 950, 760), ("11.02", 2000, 1995, 1750)]
    result = trend([snapshot(date(2025, 1, 1), *a), snapshot(date(2025, 4, 1), *b)])
    total = result.total_trend
    assert total is not None
    record = total.record()
    assert (record["registered_first"], record["registered_last"]) == (2890, 2945)
    assert record["population_last"] == 3000
    assert record["total"] == "all"
    rows_of_total = [r for r in result.long_records() if r["total"] == "all"]
    assert rows_of_total == []  # read already by .total_trend
    fresh = trend([snapshot(date(2025, 1, 1), *a), snapshot(date(2025, 4, 1), *b)])
    totals = [r for r in fresh.long_records() if r["total"] == "all"]
    assert [r["registered"] for r in totals] == [2890, 2945]
    assert set(totals[0]) == set(LONG_KEYS)


def test_bad_series_are_refused_naming_file_row_and_region() -> None:
    day = date(2025, 1, 1)
    with pytest.raises(InputError) as caught:
        list(
            trend([snapshot(day, ("11.01", 10, 9, 8)), snapshot(day, ("11.01", 10, 9, 8))]).records
        )
    assert caught.value.key == "trend.same_date"
    assert caught.value.params["first"] == caught.value.params["second"] == "rekap-2025-01-01.csv"
    twice = snapshot(day, ("11.01", 10, 9, 8), ("11.01", 10, 9, 8))
    with pytest.raises(InputError) as caught:
        list(trend([twice, snapshot(date(2025, 2, 1), ("11.01", 10, 9, 8))]).records)
    assert caught.value.key == "trend.region_twice"
    assert (caught.value.path, caught.value.row) == ("rekap-2025-01-01.csv", 3)
    assert caught.value.params["first"] == 2
    assert caught.value.params["region"] == "11.01 Desa 11.01"
    with pytest.raises(InputError) as caught:
        trend([snapshot(day, ("11.01", 10, 9, 8))]).headline()
    assert caught.value.key == "trend.one_date"
    later = iter(
        [snapshot(date(2025, 2, 1), ("11.01", 10, 9, 8)), snapshot(day, ("11.01", 10, 9, 8))]
    )
    with pytest.raises(InputError) as caught:
        trend(later).headline()
    assert caught.value.key == "trend.out_of_order"
    with pytest.raises(InputError):
        TrendOptions(horizon_months=0)


def test_awards_category_gained_and_lost() -> None:
    days = [date(2025, 1, 1), date(2025, 3, 1), date(2025, 5, 1)]
    figures = [
        ("63.01", 1000, 990, 800),  # 99 % / 80.8 %: Pratama
        ("63.01", 1000, 990, 850),  # 85.8 %: Madya
        ("63.01", 1000, 970, 850),  # 97 %: none
    ]
    options = TrendOptions(awards=AWARDS["2026"])
    result = trend([snapshot(day, f) for day, f in zip(days, figures, strict=True)], options)
    record = result.regions[0].record()
    assert (record["award_first"], record["award_last"]) == ("pratama", "none")
    assert record["award_change"] == "lost"
    assert [(e["award_from"], e["award_to"]) for e in record["status_changes"]] == [
        ("pratama", "madya"),
        ("madya", "none"),
    ]


def test_a_changed_population_is_said_and_worst_first() -> None:
    first = Snapshot(date(2025, 1, 1), "jan.csv", [rows(("11.01", 1000, 985, 800))])
    second_rows = rows(("11.01", 1100, 990, 700))
    second_rows.population_source = ["penduduk-2025-06.csv (2025-06-30)"]
    second = Snapshot(date(2025, 7, 1), "jul.csv", [second_rows])
    result = trend([first, second], TrendOptions(deadline=date(2025, 12, 31)))
    (region,) = result.regions
    note = next(n for n in region.notes if n.key == "note.trend_population_changed")
    assert (note.params["first"], note.params["last"]) == (1000, 1100)
    assert note.params["last_source"] == "penduduk-2025-06.csv (2025-06-30)"
    assert region.record()["status_change"] == "lost"
    assert off_course(region)
    assert severity(region)[0] == 0  # falling: never at this pace
    assert result.headline() == 1
    sources = [n for n in result.notes if n.key == "note.trend_population"]
    assert [n.params["source"] for n in sources] == ["penduduk-2025-06.csv (2025-06-30)"]


def test_memory_does_not_keep_every_date() -> None:
    """A region's state holds its first and last points only, unless a chart asks."""
    series = [snapshot(date(2025, m, 1), ("11.01", 1000, 900 + m, 700)) for m in range(1, 13)]
    result = trend(series)
    assert result.regions[0].points == ()
    state = result._engine.series["11.01"]
    assert state.points is None
    assert state.first is not None
    assert state.last is not None
    assert (state.first.registered, state.last.registered) == (901, 912)
    kept = trend(
        [snapshot(date(2025, m, 1), ("11.01", 1000, 900 + m, 700)) for m in range(1, 13)],
        TrendOptions(keep_series=True),
    )
    assert [p.registered for p in kept.regions[0].points] == [900 + m for m in range(1, 13)]


def test_far_futures_are_not_at_this_pace() -> None:
    slow = [snapshot(date(2025, 1, 1), ("11.01", 10**6, 900_000, 800_000))]
    slow.append(snapshot(date(2025, 12, 31), ("11.01", 10**6, 900_001, 800_000)))
    record = trend(slow).regions[0].record()
    assert record["uhc_outlook"] == "not_at_this_pace"  # 80,000 more at one a year
    assert MOST_DAYS // 365 == 100


def test_a_trend_has_the_shape_of_a_many_region_result() -> None:
    series = [
        snapshot(date(2025, 1, 1), ("11.01", 1000, 900, 700)),
        snapshot(date(2025, 2, 1), ("11.01", 1000, 910, 700)),
    ]
    result = trend(series)
    records = list(result.records)
    assert [tuple(record) for record in records] == [result.keys, result.keys]
    assert records[-1]["total"] == "all"
    assert result.total() == records[-1]
    assert result.blocks() is None
    assert isinstance(result, Many)
    assert result.outcome() is Outcome.DONE
    assert (result.criteria, result.base) == (result.options.criteria, Base.PARTICIPANTS)


def test_each_targets_record_holds_its_side_under_its_keys() -> None:
    """One record per target (coverage's registered, activity's active): its figures
    land under its own keys, and a region with nothing read has every one empty."""
    from jkngap.core.summary import ACTIVITY_KEYS, COVERAGE_KEYS, NO_TARGET, summary_keys

    options = TrendOptions(deadline=date(2026, 12, 31), agents=4)
    figures = ("32.73", 1000, 900, 700)
    later = ("32.73", 1000, 950, 690)
    (region,) = trend(
        [snapshot(date(2025, 1, 1), figures), snapshot(date(2025, 7, 1), later)], options
    ).regions
    record = region.record()
    assert (region.registered.first, region.registered.last, region.registered.change) == (
        900,
        950,
        50,
    )
    assert region.active.change == -10
    for keys, side in ((COVERAGE_KEYS, region.registered), (ACTIVITY_KEYS, region.active)):
        assert [record[key] for key in keys.counts] == list(side.counts())
        assert record[keys.needed] == side.needed
        assert side.required is not None
        assert [record[key] for key in keys.paces] == list(side.paces())
        assert record[f"{keys.outlook}_outlook"] == side.outlook.state
        assert set(keys.counts) | set(keys.paces) <= set(summary_keys())
    assert record["registrants_needed"] == 30  # 98 % of 1000 is 980
    assert record["active_needed"] == 70  # 80 % of 950 is 760
    assert region.active.required is not None
    assert record["required_active_per_month"] == region.active.required.per_month
    assert NO_TARGET.counts() == (None, None, None, None) == NO_TARGET.paces()
