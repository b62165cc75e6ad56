"""The data of a RED-style chart: cumulative counts against the target lines, and plan's
required path from the last snapshot to the deadline."""

from __future__ import annotations

from datetime import date

import pytest

from jkngap.core.chart import chart, worst_first
from jkngap.core.errors import InputError
from jkngap.core.progress import TrendOptions
from jkngap.core.series import Rows, Snapshot
from jkngap.core.trend import trend


def _snapshot(day: date, *regions: tuple[str, int, int, int]) -> Snapshot:
    rows = Rows(
        lines=[2 + i for i in range(len(regions))],
        keys=[r[0] for r in regions],
        codes=[r[0] for r in regions],
        names=[r[0] for r in regions],
        population=[r[1] for r in regions],
        registered=[r[2] for r in regions],
        active=[r[3] for r in regions],
    )
    return Snapshot(day, "rekap.csv", [rows])


def test_a_regions_chart() -> None:
    months = [date(2025, m, 1) for m in (1, 2, 3)]
    series = [
        _snapshot(day, ("63.01", 100_000, 95_000 + 500 * n, 75_000 + 300 * n))
        for n, day in enumerate(months)
    ]
    options = TrendOptions(deadline=date(2025, 6, 30), keep_series=True)
    (region,) = trend(series, options).regions
    drawn = chart(region, options)
    assert [p.registered for p in drawn.points] == [95_000, 95_500, 96_000]
    assert {p.required_registered for p in drawn.points} == {98_000}
    assert [p.required_active for p in drawn.points] == [76_000, 76_400, 76_800]
    # Plan's path ends at the deadline on the targets of the last snapshot.
    assert drawn.path[-1].day == date(2025, 6, 30)
    assert drawn.path[-1].registered == 98_000
    assert drawn.path[-1].active == 76_800
    assert [p.day for p in drawn.path[:-1]] == [
        date(2025, 3, 31),
        date(2025, 4, 30),
        date(2025, 5, 31),
    ]
    plain = TrendOptions(deadline=date(2025, 6, 30))
    (unkept,) = trend(list(series), plain).regions
    with pytest.raises(InputError) as caught:
        chart(unkept, plain)
    assert caught.value.key == "trend.chart_needs_series"


def test_the_worst_first() -> None:
    first = _snapshot(
        date(2025, 1, 1),
        ("met", 1000, 990, 900),
        ("falling", 1000, 1000, 900),
        ("stalled", 1000, 900, 700),
        ("rising", 1000, 900, 700),
    )
    last = _snapshot(
        date(2025, 4, 1),
        ("met", 1000, 990, 900),
        ("falling", 1000, 985, 900),
        ("stalled", 1000, 900, 700),
        ("rising", 1000, 960, 780),
    )
    regions = trend([first, last], TrendOptions(deadline=date(2025, 12, 31))).regions
    assert [r.code for r in worst_first(regions)] == ["stalled", "falling", "rising", "met"]
    assert [r.code for r in worst_first(regions, most=2)] == ["stalled", "falling"]
