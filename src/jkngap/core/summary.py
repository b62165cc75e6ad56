"""One region's series summed up, first snapshot to last: the record a trend gives for it
(:class:`RegionTrend`), each target's side of it (:class:`TargetTrend`, its keys
:class:`TargetKeys`), and the changes of its percentages (:class:`Change`), exact from
counts or as the ranges rounded, published figures allow."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from functools import cached_property
from typing import NamedTuple

from jkngap.core.model import Note, Record
from jkngap.core.outlook import UNKNOWN, Outlook, per_month
from jkngap.core.plan import MEAN_MONTH_DAYS, Pace
from jkngap.core.series import Interval, Judge, Point, shown

__all__ = [
    "Change",
    "CountedChange",
    "RegionTrend",
    "StatusEvent",
    "TargetKeys",
    "TargetTrend",
    "change_between",
    "change_keys",
    "change_of",
    "off_course",
    "severity",
    "summary_keys",
]


class StatusEvent(NamedTuple):
    """A change of status between two snapshots (UHC, UHC Prioritas, awards category)."""

    day: date
    status_from: str | None
    status_to: str | None
    change: str | None  # gained, lost (None: the awards category alone moved)
    award_from: str | None = None
    award_to: str | None = None

    def record(self) -> Record:
        return {
            "date": self.day.isoformat(),
            "status_from": self.status_from,
            "status_to": self.status_to,
            "change": self.change,
            "award_from": self.award_from,
            "award_to": self.award_to,
        }


@dataclass(frozen=True)
class Change:
    """A percentage at the first and the last snapshot, and its change in points, each as
    the range a rounded, published figure allows (low == high from exact counts)."""

    first: Interval
    last: Interval
    days: int

    @property
    def exact(self) -> bool:
        return self.first[0] == self.first[1] and self.last[0] == self.last[1]

    @property
    def low(self) -> Fraction:
        return self.last[0] - self.first[1]

    @property
    def high(self) -> Fraction:
        return self.last[1] - self.first[0]

    def fields(self, prefix: str) -> Record:
        """``coverage_first_pct`` ... ``coverage_points_per_month_high``: a figure
        published rounded is given as published, a change from it only as its range
        (``_low`` and ``_high``, which exact figures leave empty)."""
        low, high, days = self.low, self.high, self.days
        if low == high and self.exact:  # one number: no range to give
            rate = per_month(low, days, MEAN_MONTH_DAYS) if days else None
            values: tuple[Fraction | None, ...] = (
                self.first[0],
                self.last[0],
                low,
                None,
                None,
                rate,
                None,
                None,
            )
            return dict(zip(change_keys(prefix), values, strict=True))
        rate_low = per_month(low, days, MEAN_MONTH_DAYS) if days else None
        rate_high = per_month(high, days, MEAN_MONTH_DAYS) if days else None
        values = (shown(self.first), shown(self.last), None, low, high, None, rate_low, rate_high)
        return dict(zip(change_keys(prefix), values, strict=True))


@dataclass(frozen=True)
class CountedChange(Change):
    """A percentage's change from exact counts (part, whole) at both ends: each figure
    one exact Fraction, worked out in integers (a national village file has 84,000)."""

    counts: tuple[int, int, int, int] = (0, 1, 0, 1)

    @classmethod
    def of(cls, first: tuple[int, int], last: tuple[int, int], days: int) -> CountedChange:
        one, other = Fraction(100 * first[0], first[1]), Fraction(100 * last[0], last[1])
        return cls((one, one), (other, other), days, (*first, *last))

    @property
    def exact(self) -> bool:
        return True

    def fields(self, prefix: str) -> Record:
        a, b, c, d = self.counts
        points = 100 * (c * b - a * d)  # the change in points, over b * d
        change = Fraction(points, b * d)
        rate = None
        if self.days:
            month = MEAN_MONTH_DAYS
            rate = Fraction(points * month.numerator, b * d * month.denominator * self.days)
        values = (self.first[0], self.last[0], change, None, None, rate, None, None)
        return dict(zip(change_keys(prefix), values, strict=True))


@functools.cache
def change_keys(prefix: str) -> tuple[str, ...]:
    """The record keys of a percentage's change: ``coverage_first_pct`` and so on."""
    return tuple(
        f"{prefix}_{name}"
        for name in (
            "first_pct",
            "last_pct",
            "points_change",
            "points_change_low",
            "points_change_high",
            "points_per_month",
            "points_per_month_low",
            "points_per_month_high",
        )
    )


# The keys of a pace required, after its stem (``required_registered_per_month`` ...).
PACE_NAMES = ("per_month", "per_week", "per_working_day", "per_agent_per_working_day")


class TargetKeys(NamedTuple):
    """What one target's figures are called in a summary record (not one stem:
    ``registrants_needed`` beside ``active_needed``, ``uhc`` beside ``activity_target``)."""

    counts: tuple[str, ...]  # ``registered_first``, ``_last``, ``_change``, ``_per_month``
    share: str  # the stem of the percentage's change: ``coverage_first_pct`` ...
    needed: str  # the gap at the last snapshot
    paces: tuple[str, ...]  # plan's pace required: ``required_registered_per_month`` ...
    outlook: str  # the stem of the target's outlook: ``uhc_outlook`` ...

    @classmethod
    def of(cls, counts: str, share: str, needed: str, paces: str, outlook: str) -> TargetKeys:
        """The keys from their stems (joined once, not for every record)."""
        return cls(
            tuple(f"{counts}_{name}" for name in ("first", "last", "change", "per_month")),
            share,
            needed,
            tuple(f"{paces}_{name}" for name in PACE_NAMES),
            outlook,
        )


COVERAGE_KEYS = TargetKeys.of(
    "registered", "coverage", "registrants_needed", "required_registered", "uhc"
)
ACTIVITY_KEYS = TargetKeys.of(
    "active", "activity", "active_needed", "required_active", "activity_target"
)


class TargetTrend(NamedTuple):
    """One target's side of a region's series: coverage's (the registered, UHC) or
    activity's (the active members, the activity target alone)."""

    first: int | None = None  # the count at the first snapshot
    last: int | None = None  # and at the last
    per_month: int | None = None  # the pace achieved, cut down to a whole number
    needed: int | None = None  # the gap at the last snapshot
    required: Pace | None = None  # plan's pace to the deadline from the last snapshot
    outlook: Outlook = UNKNOWN

    @property
    def change(self) -> int | None:
        return None if self.first is None or self.last is None else self.last - self.first

    def counts(self) -> tuple[int | None, ...]:
        """At the first snapshot, at the last, the change, the pace achieved a month."""
        return self.first, self.last, self.change, self.per_month

    def paces(self) -> tuple[int | None, ...]:
        """Plan's pace required, as :data:`PACE_NAMES` lists it."""
        pace = self.required
        if pace is None:
            return None, None, None, None
        return pace.per_month, pace.per_week, pace.per_working_day, pace.per_agent_per_working_day


NO_TARGET = TargetTrend()  # a region no row of which could be read: nothing worked out


@dataclass(frozen=True)
class RegionTrend:
    """One region's series (or the total's), from its first snapshot to its last."""

    key: str
    code: str | None
    region: str | None
    first: Point | None
    last: Point | None
    snapshots: int
    missing: tuple[date, ...]
    deadline: date | None
    # What is worked out (none of it for a region no row of which could be read).
    days: int | None = None
    registered: TargetTrend = NO_TARGET  # coverage's side
    active: TargetTrend = NO_TARGET  # activity's side
    calendar: tuple[int, int] | None = None  # days and working days to the deadline
    prioritas: Outlook = UNKNOWN  # both targets
    status_first: str | None = None
    status_last: str | None = None
    status_change: str | None = None
    award_first: str | None = None
    award_last: str | None = None
    award_change: str | None = None
    events: tuple[StatusEvent, ...] = ()
    horizon_end: date | None = None
    notes: tuple[Note, ...] = ()
    total: bool = False
    points: tuple[Point, ...] = ()
    judge: Judge = field(default_factory=Judge, repr=False, compare=False)

    # The percentages' changes are worked out when first asked for (a run that prints
    # only how many regions are off course never needs them).
    @cached_property
    def coverage(self) -> Change | None:
        """Coverage at the first and last snapshot, and its change in points."""
        return self._change(lambda point: (point.registered, point.population), self.judge.coverage)

    @cached_property
    def activity(self) -> Change | None:
        judge = self.judge
        return self._change(lambda point: (point.active, judge.base_of(point)), judge.activity)

    def _change(
        self,
        counts: Callable[[Point], tuple[int | None, int | None]],
        share: Callable[[Point], Interval | None],
    ) -> Change | None:
        first, last, days = self.first, self.last, self.days
        if first is None or last is None or days is None:
            return None
        return change_of((counts(first), counts(last)), first, last, days, share)

    @property
    def targets(self) -> tuple[tuple[TargetKeys, TargetTrend, Change | None], ...]:
        """Coverage's side, then activity's: each with its keys and its percentage's change."""
        return (
            (COVERAGE_KEYS, self.registered, self.coverage),
            (ACTIVITY_KEYS, self.active, self.activity),
        )

    @property
    def exact(self) -> bool:
        """Every figure from counts (none from a rounded, published percentage)."""
        return all(change is None or change.exact for change in (self.coverage, self.activity))

    @property
    def at_risk(self) -> bool | None:
        """Met now, falling, and lost within the horizon at this pace: UHC or Prioritas
        (None where only some of the figures a rounding allows say so)."""
        risks = (self.registered.outlook.at_risk, self.prioritas.at_risk)
        if True in risks:
            return True
        return None if None in risks else False

    def record(self) -> Record:
        """Flat, JSON-ready data under the keys docs/trend.md lists: the region's own,
        then each group of figures, coverage's then activity's."""
        first, last, deadline, calendar = self.first, self.last, self.deadline, self.calendar
        targets = self.targets
        record: Record = {
            "code": self.code,
            "region": self.region,
            "first_date": first.day.isoformat() if first else None,
            "last_date": last.day.isoformat() if last else None,
            "snapshots": self.snapshots,
            "missing_dates": [day.isoformat() for day in self.missing],
            "days": self.days,
            "population_first": first.population if first else None,
            "population_last": last.population if last else None,
            "population_source_first": first.population_source if first else None,
            "population_source_last": last.population_source if last else None,
        }
        for keys, target, _ in targets:
            record.update(zip(keys.counts, target.counts(), strict=True))
        for keys, _, change in targets:
            if change is not None:
                record.update(change.fields(keys.share))
            else:
                record.update(dict.fromkeys(change_keys(keys.share)))
        record["by"] = deadline.isoformat() if deadline else None
        record["days_to_deadline"] = calendar[0] if calendar else None
        record["working_days"] = calendar[1] if calendar else None
        for keys, target, _ in targets:
            record[keys.needed] = target.needed
        for keys, target, _ in targets:
            record.update(zip(keys.paces, target.paces(), strict=True))
        for keys, target, _ in targets:
            record.update(target.outlook.fields(keys.outlook, deadline))
        record.update(self.prioritas.fields("prioritas", deadline))
        record["status_first"] = self.status_first
        record["status_last"] = self.status_last
        record["status_change"] = self.status_change
        record["status_changes"] = [event.record() for event in self.events]
        record["award_first"] = self.award_first
        record["award_last"] = self.award_last
        record["award_change"] = self.award_change
        record["at_risk"] = self.at_risk
        record["horizon_end"] = self.horizon_end.isoformat() if self.horizon_end else None
        record["exact"] = self.exact
        record["warning"] = tuple(n for n in self.notes if n.warning) or None
        record["note"] = tuple(n for n in self.notes if not n.warning) or None
        record["total"] = "all" if self.total else None
        return record


@functools.cache
def summary_keys() -> tuple[str, ...]:
    """The keys of every region's summary record, in order."""
    return tuple(RegionTrend("", None, None, None, None, 0, (), None).record())


def off_course(region: RegionTrend) -> bool:
    """At risk, or not holding UHC Prioritas by the deadline at this pace (without a
    deadline: never at this pace)."""
    if region.at_risk:
        return True
    if region.deadline is not None:
        return region.prioritas.by(region.deadline) is False
    return region.prioritas.state == "not_at_this_pace"


def severity(region: RegionTrend) -> tuple[int, int]:
    """A sort key, worst first: never at this pace, at risk, reached after the deadline,
    reached in time, met; within each, the larger gap first."""
    prioritas = region.prioritas
    if prioritas.state == "not_at_this_pace":
        rank = 0
    elif region.at_risk:
        rank = 1
    elif prioritas.met is not True and prioritas.by(region.deadline) is False:
        rank = 2
    elif prioritas.met is not True:
        rank = 3
    else:
        rank = 4
    return rank, -((region.registered.needed or 0) + (region.active.needed or 0))


def change_of(
    counts: tuple[tuple[int | None, int | None], tuple[int | None, int | None]],
    first: Point,
    last: Point,
    days: int,
    share: Callable[[Point], Interval | None],
) -> Change | None:
    """A percentage's change: from counts where both ends have them, else as the
    points' published percentages allow."""
    (a, b), (c, d) = counts
    if a is not None and b and c is not None and d:
        return CountedChange.of((a, b), (c, d), days)
    return change_between(share(first), share(last), days)


def change_between(first: Interval | None, last: Interval | None, days: int) -> Change | None:
    return None if first is None or last is None else Change(first, last, days)
