"""One region's series from its first snapshot to its last: what changed, the pace
achieved, the pace still required, and when each target is reached or lost at this pace.

- A month is the one ``plan`` uses: the mean Gregorian month, 146097/4800 days.
- A pace achieved is the change per month, cut down to a whole number (never more than
  was achieved: a fall of 10.3 a month is -11); a pace required is ``plan``'s from the last
  snapshot to the deadline, a ceiling, with the same calendar (:class:`Calendar`).
- The days a target is reached or lost come from :mod:`jkngap.core.outlook`, on the line
  from the first snapshot to the last, holding the last snapshot's population.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from functools import cached_property
from typing import NamedTuple

from jkngap.core.awards import Preset
from jkngap.core.criteria import DEFAULT_PRESET, PRESETS, Criteria
from jkngap.core.dates import add_months
from jkngap.core.errors import InputError
from jkngap.core.model import Base, Note, Record, both, checked_count, share_verdict
from jkngap.core.numbers import Rounding
from jkngap.core.outlook import UNKNOWN, Days, Outlook, met_days, outlook, per_month, within
from jkngap.core.plan import (
    MAX_YEARS,
    MEAN_MONTH_DAYS,
    Holidays,
    Pace,
    days_between,
    plan_for,
    working_days,
)
from jkngap.core.series import (
    NO_VERDICTS,
    Interval,
    Judge,
    Point,
    Verdicts,
    level,
    moved,
    shown,
    status_change,
)

__all__ = [
    "Calendar",
    "Change",
    "RegionTrend",
    "SeriesState",
    "StatusEvent",
    "TrendOptions",
    "off_course",
    "severity",
    "summarise",
]


@dataclass(frozen=True)
class TrendOptions:
    """What every region's series is judged by."""

    criteria: Criteria = PRESETS[DEFAULT_PRESET]
    base: Base = Base.PARTICIPANTS
    deadline: date | None = None  # the paces required are worked out to it
    agents: int | None = None
    days_off: frozenset[date] = frozenset()  # beside the national holidays
    national: Holidays | None = None  # jkngap.national_holidays, passed by the caller
    horizon_months: int = 3  # at risk: lost within this many calendar months at this pace
    rounding: Rounding = Rounding.ROUNDED  # of published percentages
    awards: Preset | None = None  # UHC Awards categories judged at each date
    keep_series: bool = False  # every region's points, for charts (memory grows with dates)

    def __post_init__(self) -> None:
        if checked_count(self.horizon_months, "horizon", positive=True) is None:
            raise InputError("value.not_count", field="horizon", text="None")
        if checked_count(self.agents, "agents") == 0:
            raise InputError("value.must_be_positive", field="agents", text="0")

    @cached_property
    def judge(self) -> Judge:
        return Judge(self.criteria, self.base, self.rounding, self.awards)


class Calendar:
    """Days and working days from a start to the deadline, both included, as ``plan``
    counts them: worked out once per start, since 84,000 regions share one."""

    def __init__(self, options: TrendOptions) -> None:
        self.options = options
        self.known: dict[date, tuple[int, int]] = {}
        self.horizons: dict[date, date] = {}
        self.paces: dict[tuple[int, date], Pace] = {}

    def horizon(self, last: date) -> date:
        """The end of the at-risk horizon from a last snapshot."""
        if last not in self.horizons:
            self.horizons[last] = add_months(last, self.options.horizon_months)
        return self.horizons[last]

    def pace(self, count: int, start: date) -> Pace:
        """``plan``'s pace for ``count`` from ``start`` to the deadline (regions' gaps
        repeat: each is worked out once)."""
        key = (count, start)
        found = self.paces.get(key)
        if found is None:
            calendar = self(start)
            assert calendar is not None
            found = Pace.of(count, *calendar, self.options.agents)
            if len(self.paces) < 100_000:
                self.paces[key] = found
        return found

    def __call__(self, start: date) -> tuple[int, int] | None:
        deadline = self.options.deadline
        if deadline is None:
            return None
        if start not in self.known:
            if abs(deadline.year - start.year) > MAX_YEARS:
                raise InputError(
                    "date.out_of_range",
                    field="deadline",
                    text=deadline.isoformat(),
                    start=start.isoformat(),
                    years=MAX_YEARS,
                )
            days = days_between(start, deadline)
            off = set(self.options.days_off)
            national = self.options.national
            if national is not None and days:
                off |= set(national(range(start.year, deadline.year + 1)))
            self.known[start] = (days, working_days(start, deadline, off) if days else 0)
        return self.known[start]


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
            "from": self.status_from,
            "to": self.status_to,
            "change": self.change,
            "award_from": self.award_from,
            "award_to": self.award_to,
        }


class SeriesState:
    """What is kept of one region while its snapshots are read: its first and last
    points, its status changes, and the dates it is missing from."""

    __slots__ = (
        "code",
        "events",
        "first",
        "key",
        "last",
        "line",
        "missing",
        "name",
        "points",
        "seen",
        "unread",
        "verdicts",
    )

    def __init__(self, key: str, code: str | None, name: str | None, missing: list[int]):
        self.key = key
        self.code = code
        self.name = name
        self.first: Point | None = None
        self.last: Point | None = None
        self.verdicts: Verdicts = NO_VERDICTS
        self.events: list[StatusEvent] = []
        self.missing = missing  # indexes of the dates it has no figures for
        self.unread: list[tuple[int, int, InputError]] = []  # (date index, line, error)
        self.points: list[Point] | None = None
        self.seen = -1  # the index of the last date it was seen at
        self.line: int | None = None

    def named(self) -> str:
        if self.code and self.name:
            return f"{self.code} {self.name}"
        return self.code or self.name or self.key

    def add(self, point: Point, verdicts: Verdicts, awards: bool, keep: bool) -> str | None:
        """The next point of the series; the change of status since the one before."""
        change = None
        if self.last is None:
            self.first = point
        elif verdicts == self.verdicts and verdicts[0] is not None and not awards:
            change = "unchanged"  # the common case, said without working it out
        else:
            change = status_change(self.verdicts, verdicts)
            award_moved = awards and verdicts[2] != self.verdicts[2]
            if change in ("gained", "lost") or award_moved:
                self.events.append(
                    StatusEvent(
                        point.day,
                        level(self.verdicts[0], self.verdicts[1]),
                        level(verdicts[0], verdicts[1]),
                        change if change != "unchanged" else None,
                        self.verdicts[2],
                        verdicts[2],
                    )
                )
        self.last = point
        self.verdicts = verdicts
        if keep:
            if self.points is None:
                self.points = []
            self.points.append(point)
        return change


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
        published rounded is given as published; a change from it only as its range."""
        low, high, days = self.low, self.high, self.days
        exact = low == high and self.exact
        rate_low = per_month(low, days, MEAN_MONTH_DAYS) if days else None
        rate_high = per_month(high, days, MEAN_MONTH_DAYS) if days else None
        values = (
            shown(self.first),
            shown(self.last),
            low if exact else None,
            low,
            high,
            rate_low if exact else None,
            rate_low,
            rate_high,
        )
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
        values = (self.first[0], self.last[0], change, change, change, rate, rate, rate)
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
    days: int | None
    registered_change: int | None
    active_change: int | None
    registered_per_month: int | None
    active_per_month: int | None
    registrants_needed: int | None
    active_needed: int | None
    required_registrants: Pace | None
    required_activations: Pace | None
    calendar: tuple[int, int] | None  # days and working days to the deadline
    uhc: Outlook
    activity_target: Outlook
    prioritas: Outlook
    status_first: str | None
    status_last: str | None
    status_change: str | None
    award_first: str | None
    award_last: str | None
    award_change: str | None
    events: tuple[StatusEvent, ...]
    deadline: date | None
    horizon_end: date | None
    notes: tuple[Note, ...] = ()
    total: bool = False
    points: tuple[Point, ...] = ()
    judge: Judge = field(default_factory=Judge, repr=False, compare=False)

    @cached_property
    def coverage(self) -> Change | None:
        """Coverage at the first and last snapshot, and its change in points."""
        first, last, days = self.first, self.last, self.days
        if first is None or last is None or days is None:
            return None
        counts = ((first.registered, first.population), (last.registered, last.population))
        return _change_of(counts, first, last, days, self.judge.coverage)

    @cached_property
    def activity(self) -> Change | None:
        first, last, days = self.first, self.last, self.days
        if first is None or last is None or days is None:
            return None
        judge = self.judge
        counts = ((first.active, judge.base_of(first)), (last.active, judge.base_of(last)))
        return _change_of(counts, first, last, days, judge.activity)

    @property
    def exact(self) -> bool:
        """Every figure from counts (none from a rounded, published percentage)."""
        return all(change is None or change.exact for change in (self.coverage, self.activity))

    @property
    def at_risk(self) -> bool | None:
        """Met now, falling, and lost within the horizon at this pace: UHC or Prioritas
        (None where only some of the figures a rounding allows say so)."""
        risks = (self.uhc.at_risk, self.prioritas.at_risk)
        if True in risks:
            return True
        return None if None in risks else False

    def record(self) -> Record:
        """Flat, JSON-ready data under the keys docs/trend.md lists."""
        first, last = self.first, self.last
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
            "registered_first": first.registered if first else None,
            "registered_last": last.registered if last else None,
            "registered_change": self.registered_change,
            "registered_per_month": self.registered_per_month,
            "active_first": first.active if first else None,
            "active_last": last.active if last else None,
            "active_change": self.active_change,
            "active_per_month": self.active_per_month,
        }
        for prefix, change in (("coverage", self.coverage), ("activity", self.activity)):
            if change is not None:
                record.update(change.fields(prefix))
            else:
                record.update(dict.fromkeys(change_keys(prefix)))
        record["by"] = self.deadline.isoformat() if self.deadline else None
        record["days_to_deadline"] = self.calendar[0] if self.calendar else None
        record["working_days"] = self.calendar[1] if self.calendar else None
        record["registrants_needed"] = self.registrants_needed
        record["active_needed"] = self.active_needed
        for stem, pace in (
            ("required_registered", self.required_registrants),
            ("required_active", self.required_activations),
        ):
            record[f"{stem}_per_month"] = pace.per_month if pace else None
            record[f"{stem}_per_week"] = pace.per_week if pace else None
            record[f"{stem}_per_working_day"] = pace.per_working_day if pace else None
            record[f"{stem}_per_agent_per_working_day"] = (
                pace.per_agent_per_working_day if pace else None
            )
        record.update(self.uhc.fields("uhc", self.deadline))
        record.update(self.activity_target.fields("activity_target", self.deadline))
        record.update(self.prioritas.fields("prioritas", self.deadline))
        record.update(
            {
                "status_first": self.status_first,
                "status_last": self.status_last,
                "status_change": self.status_change,
                "status_changes": [event.record() for event in self.events],
                "award_first": self.award_first,
                "award_last": self.award_last,
                "award_change": self.award_change,
                "at_risk": self.at_risk,
                "horizon_end": self.horizon_end.isoformat() if self.horizon_end else None,
                "exact": self.exact,
                "warning": tuple(n for n in self.notes if n.warning) or None,
                "note": tuple(n for n in self.notes if not n.warning) or None,
                "total": "all" if self.total else None,
            }
        )
        return record


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
    return rank, -((region.registrants_needed or 0) + (region.active_needed or 0))


class Series(NamedTuple):
    """What a summary needs of the run: its dates and sources, and the calendar."""

    dates: list[date]
    sources: list[str]
    calendar: Calendar


def summarise(
    state: SeriesState, run: Series, options: TrendOptions, *, total: bool = False
) -> RegionTrend:
    """A region's series, first snapshot to last: changes, paces, outlooks, status."""
    judge = options.judge
    first, last = state.first, state.last
    missing = tuple(run.dates[i] for i in state.missing)
    notes = _notes(state, run, missing)
    if first is None or last is None:
        return _unread(state, missing, notes, options, total)
    days = (last.day - first.day).days
    cn, cd, an, ad = judge.ratios
    registered_change = _change(first.registered, last.registered)
    active_change = _change(first.active, last.active)
    horizon_end = run.calendar.horizon(last.day)

    # The days each target holds on, from exact counts where both ends have them, else
    # from the percentages (two lines where they were published rounded).
    required = None if last.population is None else -(-cn * last.population // cd)
    coverage_lines: tuple[Days, Days] | None
    if registered_change is not None and required is not None and last.registered is not None:
        coverage_lines = _exact((last.registered - required) * days, registered_change)
        uhc_met: bool | None = last.registered >= required
    else:
        coverage = _between(judge.coverage(first), judge.coverage(last), days)
        uhc_met, coverage_lines = _share_lines(coverage, Fraction(cn, cd))
    activity_met, activity_lines = _activity_lines(first, last, days, judge)
    if activity_lines is None:
        activity = _between(judge.activity(first), judge.activity(last), days)
        activity_met, activity_lines = _share_lines(activity, Fraction(an, ad))

    def seen(met: bool | None, lines: tuple[Days, Days] | None) -> Outlook:
        if lines is None:
            return Outlook(met, "unknown", at_risk=None) if met is not None else UNKNOWN
        if days == 0:  # one snapshot: a verdict, and no pace to go on
            return Outlook(met, "met" if met else "unknown", at_risk=None)
        return outlook(met, lines[0], lines[1], last=last.day, horizon_end=horizon_end)

    both_lines = None
    if coverage_lines is not None and activity_lines is not None:
        both_lines = (
            within(coverage_lines[0], activity_lines[0]),
            within(coverage_lines[1], activity_lines[1]),
        )
    registrants, activations, paces = _required(last, options, run.calendar)
    first_verdicts = judge.verdicts(first)
    awards = options.awards is not None
    return RegionTrend(
        key=state.key,
        code=state.code,
        region=state.name,
        first=first,
        last=last,
        snapshots=len(run.dates) - len(missing),
        missing=missing,
        days=days,
        registered_change=registered_change,
        active_change=active_change,
        registered_per_month=_achieved(registered_change, days),
        active_per_month=_achieved(active_change, days),
        registrants_needed=registrants,
        active_needed=activations,
        required_registrants=paces[0],
        required_activations=paces[1],
        calendar=run.calendar(last.day),
        uhc=seen(uhc_met, coverage_lines),
        activity_target=seen(activity_met, activity_lines),
        prioritas=seen(both(uhc_met, activity_met), both_lines),
        status_first=level(first_verdicts[0], first_verdicts[1]),
        status_last=level(state.verdicts[0], state.verdicts[1]),
        status_change=status_change(first_verdicts, state.verdicts),
        award_first=first_verdicts[2] if awards else None,
        award_last=state.verdicts[2] if awards else None,
        award_change=(
            moved(first_verdicts[2], state.verdicts[2], judge.award_order) if awards else None
        ),
        events=tuple(state.events),
        deadline=options.deadline,
        horizon_end=horizon_end,
        notes=tuple(notes),
        total=total,
        points=tuple(state.points or ()),
        judge=judge,
    )


def _unread(
    state: SeriesState,
    missing: tuple[date, ...],
    notes: list[Note],
    options: TrendOptions,
    total: bool,
) -> RegionTrend:
    """A region none of whose rows could be read: named, with nothing worked out."""
    return RegionTrend(
        key=state.key,
        code=state.code,
        region=state.name,
        first=None,
        last=None,
        snapshots=0,
        missing=missing,
        days=None,
        registered_change=None,
        active_change=None,
        registered_per_month=None,
        active_per_month=None,
        registrants_needed=None,
        active_needed=None,
        required_registrants=None,
        required_activations=None,
        calendar=None,
        uhc=UNKNOWN,
        activity_target=UNKNOWN,
        prioritas=UNKNOWN,
        status_first=None,
        status_last=None,
        status_change=None,
        award_first=None,
        award_last=None,
        award_change=None,
        events=(),
        deadline=options.deadline,
        horizon_end=None,
        notes=tuple(notes),
        total=total,
    )


def _change(first: int | None, last: int | None) -> int | None:
    return None if first is None or last is None else last - first


def _achieved(change: int | None, days: int) -> int | None:
    """A pace achieved per month, cut down to a whole number (never above the true one)."""
    if change is None or days == 0:
        return None
    # floor(change * 146097 / 4800 / days), in integers: the same as per_month's, floored.
    return (change * MEAN_MONTH_DAYS.numerator) // (days * MEAN_MONTH_DAYS.denominator)


def _change_of(
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
    return _between(share(first), share(last), days)


def _between(first: Interval | None, last: Interval | None, days: int) -> Change | None:
    return None if first is None or last is None else Change(first, last, days)


def _exact(constant: int, slope: int) -> tuple[Days, Days]:
    days = met_days(constant, slope)
    return days, days


def _share_lines(
    change: Change | None, target: Fraction
) -> tuple[bool | None, tuple[Days, Days] | None]:
    """The verdict now and the most and least favourable lines of a percentage, in
    shares of one, scaled by the days between the snapshots."""
    if change is None:
        return None, None
    days = change.days
    low_now, high_now = change.last[0] / 100, change.last[1] / 100
    low_then, high_then = change.first[0] / 100, change.first[1] / 100
    met = share_verdict((low_now, high_now), target) if low_now != high_now else low_now >= target
    best = met_days((high_now - target) * days, high_now - low_then)
    worst = met_days((low_now - target) * days, low_now - high_then)
    return met, (best, worst)


def _activity_lines(
    first: Point, last: Point, days: int, judge: Judge
) -> tuple[bool | None, tuple[Days, Days] | None]:
    """Activity's line from exact counts at both ends (None where a count is missing).
    On the participant base both counts move: (A - tR) + (pace of A - t pace of R) k."""
    _, _, an, ad = judge.ratios
    a1, a2 = first.active, last.active
    if a1 is None or a2 is None:
        return None, None
    if judge.participants:
        r1, r2 = first.registered, last.registered
        if r1 is None or r2 is None or not r2:
            return None, None
        constant = (ad * a2 - an * r2) * days
        return ad * a2 >= an * r2, _exact(constant, ad * (a2 - a1) - an * (r2 - r1))
    if last.population is None:
        return None, None
    required = -(-an * last.population // ad)
    return a2 >= required, _exact((a2 - required) * days, a2 - a1)


def _required(
    last: Point, options: TrendOptions, calendar: Calendar
) -> tuple[int | None, int | None, tuple[Pace | None, Pace | None]]:
    """The gaps at the last snapshot, and ``plan``'s paces to the deadline from it."""
    cn, cd, an, ad = options.judge.ratios
    base = options.judge.base_of(last)
    registrants = activations = None
    if last.population is not None and last.registered is not None:
        registrants = max(0, -(-cn * last.population // cd) - last.registered)
    if last.active is not None and base is not None:
        activations = max(0, -(-an * base // ad) - last.active)
    days = calendar(last.day)
    if days is None:
        return registrants, activations, (None, None)
    published = last.coverage is not None or last.active_rate is not None
    if published and (registrants is None or activations is None):
        return _planned(last, options, registrants, activations)
    return (
        registrants,
        activations,
        (
            calendar.pace(registrants, last.day) if registrants is not None else None,
            calendar.pace(activations, last.day) if activations is not None else None,
        ),
    )


def _planned(
    last: Point, options: TrendOptions, registrants: int | None, activations: int | None
) -> tuple[int | None, int | None, tuple[Pace | None, Pace | None]]:
    """From published percentages, ``plan`` itself (its gaps are then ranges, and each
    pace is the high end's)."""
    assert options.deadline is not None
    try:
        planned = plan_for(
            start=last.day,
            deadline=options.deadline,
            population=last.population,
            registered=last.registered,
            coverage=last.coverage if last.population is None else None,
            active=last.active,
            active_rate=last.active_rate if last.active is None else None,
            target=options.criteria.coverage_pct,
            active_target=options.criteria.activity_pct,
            base=options.base,
            rounding=options.rounding,
            agents=options.agents,
            days_off=options.days_off,
            national=options.national,
        )
    except InputError:  # not enough figures for a plan: the paces stay unknown
        return registrants, activations, (None, None)
    return (
        planned.registrants_needed,
        planned.active_needed,
        (
            planned.registrants if planned.registrants_needed is not None else None,
            planned.activations if planned.active_needed is not None else None,
        ),
    )


def _quiet(state: SeriesState) -> bool:
    """Seen at every date, with one population, over two dates or more."""
    first, last = state.first, state.last
    if first is None or last is None or state.missing:
        return False
    return first.population == last.population and first.day != last.day


def _notes(state: SeriesState, run: Series, missing: tuple[date, ...]) -> list[Note]:
    """What a region's record says: the snapshots it is missing from or whose row could
    not be read, a population that changed."""
    first, last = state.first, state.last
    if _quiet(state):
        return []  # the common case: nothing to say
    notes = []
    unread = {index for index, _, _ in state.unread}
    absent = [
        day.isoformat() for i, day in zip(state.missing, missing, strict=True) if i not in unread
    ]
    if absent:
        notes.append(Note("note.trend_missing", {"dates": ", ".join(absent)}, warning=True))
    for index, line, error in state.unread:
        params = {
            "date": run.dates[index].isoformat(),
            "name": run.sources[index],
            "line": line,
            "reason": Note(error.key, error.params),
        }
        notes.append(Note("note.trend_unread", params, warning=True))
    if first is not None and last is not None:
        if None not in (first.population, last.population) and (
            first.population != last.population
        ):
            params = {
                "first": first.population,
                "last": last.population,
                "first_source": first.population_source or first.source,
                "last_source": last.population_source or last.source,
            }
            notes.append(Note("note.trend_population_changed", params))
        if first.day == last.day:
            notes.append(Note("note.trend_one_snapshot", {"date": first.day.isoformat()}, True))
    return notes
