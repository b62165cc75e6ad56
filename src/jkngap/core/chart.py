"""What a RED-style chart of a region's series shows, as data (the drawing is the output
room's): the cumulative registered and active at each snapshot against the target lines,
and the path ``plan`` requires from the last snapshot to the deadline.

WHO/UNICEF's RED microplanning tracks coverage month by month against the target line;
here the lines are counts of people: the registered a 98 % coverage target asks for at
each snapshot's population, the active an 80 % activity target asks for of its base.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from jkngap.core.errors import Field, InputError
from jkngap.core.progress import TrendOptions, plan_at
from jkngap.core.summary import RegionTrend, severity

__all__ = ["MOST_CHARTS", "Chart", "ChartPoint", "chart", "worst_first"]

# A report draws one small chart per region for this many regions at most, the worst first.
MOST_CHARTS = 40


@dataclass(frozen=True)
class ChartPoint:
    """The counts at a date, and the counts the targets ask for then (None: not known)."""

    day: date
    registered: int | None
    active: int | None
    required_registered: int | None
    required_active: int | None


@dataclass(frozen=True)
class Chart:
    """One region's chart: its snapshots, and the required path to the deadline (from the
    last snapshot's figures, a straight line of plan's monthly milestones)."""

    code: str | None
    region: str | None
    points: tuple[ChartPoint, ...]
    path: tuple[ChartPoint, ...]
    deadline: date | None
    coverage_target_pct: Fraction
    activity_target_pct: Fraction


def chart(region: RegionTrend, options: TrendOptions) -> Chart:
    """The chart of a region whose points were kept (``TrendOptions(keep_series=True)``)."""
    if not region.points and region.last is not None:
        raise InputError("trend.chart_needs_series", keep_series=Field("keep_series"))
    judge = options.judge
    cn, cd, an, ad = judge.ratios
    points = []
    for point in region.points:
        base = judge.base_of(point)
        points.append(
            ChartPoint(
                point.day,
                point.registered,
                point.active,
                None if point.population is None else -(-cn * point.population // cd),
                None if base is None else -(-an * base // ad),
            )
        )
    return Chart(
        region.code,
        region.region,
        tuple(points),
        _path(region, options),
        options.deadline,
        options.criteria.coverage_pct,
        options.criteria.activity_pct,
    )


def _path(region: RegionTrend, options: TrendOptions) -> tuple[ChartPoint, ...]:
    """Plan's milestones from the last snapshot, as cumulative counts."""
    last, deadline = region.last, options.deadline
    if last is None or deadline is None or deadline < options.start_from(last.day):
        return ()
    planned = plan_at(last, options)
    if planned is None:  # figures too few for a plan: no path to draw
        return ()
    required_registered = planned.coverage.required_registered if planned.coverage else None
    required_active = planned.activity.required_active if planned.activity else None
    return tuple(
        ChartPoint(
            milestone.day,
            _plus(last.registered, milestone.registrants),
            _plus(last.active, milestone.activations),
            required_registered.high if required_registered else None,
            required_active.high if required_active else None,
        )
        for milestone in planned.milestones
    )


def _plus(count: int | None, more: int | None) -> int | None:
    return None if count is None or more is None else count + more


def worst_first(regions: Iterable[RegionTrend], most: int = MOST_CHARTS) -> list[RegionTrend]:
    """The regions a report charts: the worst first (never at this pace, at risk, late,
    then the rest; the larger gap first within each), ``most`` of them."""
    return sorted(regions, key=severity)[:most]
