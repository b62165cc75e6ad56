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

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from functools import cached_property
from typing import NamedTuple

from jkngap.core.awards import Preset
from jkngap.core.criteria import DEFAULT_PRESET, PRESETS, Criteria
from jkngap.core.dates import add_months
from jkngap.core.errors import InputError
from jkngap.core.model import Base, Note, both, checked_count, share_verdict
from jkngap.core.numbers import Rounding
from jkngap.core.outlook import UNKNOWN, Days, Outlook, met_days, outlook, within
from jkngap.core.plan import MEAN_MONTH_DAYS, Holidays, Pace, Plan, checked_period, period, plan_for
from jkngap.core.series import (
    NO_VERDICTS,
    Judge,
    Point,
    Verdicts,
    level,
    moved,
    status_change,
)
from jkngap.core.summary import (
    Change,
    RegionTrend,
    StatusEvent,
    TargetTrend,
    change_between,
)

__all__ = ["Calendar", "Series", "SeriesState", "TrendOptions", "plan_at", "summarise"]

# A target's gap at the last snapshot, and plan's pace to the deadline for it.
Gap = tuple[int | None, Pace | None]


@dataclass(frozen=True)
class TrendOptions:
    """What every region's series is judged by."""

    criteria: Criteria = PRESETS[DEFAULT_PRESET]
    base: Base = Base.PARTICIPANTS
    deadline: date | None = None  # the paces required are worked out to it
    # The first day of the effort still to come (None: each region's last snapshot's).
    start: date | None = None
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

    def start_from(self, last: date) -> date:
        """The first day of the paces required for a region last seen on ``last``."""
        return last if self.start is None else self.start

    def checked_start(self, day: date) -> None:
        """Refuse a snapshot dated after the start of the effort: the paces required
        would count days already behind it."""
        if self.start is not None and day > self.start:
            raise InputError(
                "trend.start_before_last",
                field="start",
                text=self.start.isoformat(),
                date=day.isoformat(),
            )


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
        options = self.options
        if options.deadline is None:
            return None
        if start not in self.known:
            checked_period(start, options.deadline)
            found = period(start, options.deadline, options.days_off, options.national)
            self.known[start] = found
        return self.known[start]


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

    def add(self, point: Point, verdicts: Verdicts, awards: bool) -> str | None:
        """The next point of the series; the change of status since the one before."""
        change = None
        if self.last is None:
            self.first = point
        else:
            change = (
                self.moved(point, verdicts) if awards else status_change(self.verdicts, verdicts)
            )
            if not awards and change in ("gained", "lost"):
                self._event(point, verdicts, change)
        self.last = point
        self.verdicts = verdicts
        return change

    def moved(self, point: Point, verdicts: Verdicts) -> str | None:
        """The change of status (and of awards category) since the point before."""
        change = status_change(self.verdicts, verdicts)
        if change in ("gained", "lost") or verdicts[2] != self.verdicts[2]:
            self._event(point, verdicts, change)
        self.verdicts = verdicts
        return change

    def _event(self, point: Point, verdicts: Verdicts, change: str | None) -> None:
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

    def keep(self, point: Point) -> None:
        """Every point, for a chart."""
        if self.points is None:
            self.points = []
        self.points.append(point)


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
    horizon_end = run.calendar.horizon(last.day)

    # The days each target holds on, from exact counts where both ends have them, else
    # from the percentages (two lines where they were published rounded).
    required = None if last.population is None else -(-cn * last.population // cd)
    coverage_lines: tuple[Days, Days] | None
    if first.registered is not None and last.registered is not None and required is not None:
        change = last.registered - first.registered
        coverage_lines = _exact((last.registered - required) * days, change)
        uhc_met: bool | None = last.registered >= required
    else:
        coverage = change_between(judge.coverage(first), judge.coverage(last), days)
        uhc_met, coverage_lines = _share_lines(coverage, Fraction(cn, cd))
    activity_met, activity_lines = _activity_lines(first, last, days, judge)
    if activity_lines is None:
        activity = change_between(judge.activity(first), judge.activity(last), days)
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
    gaps = _required(last, options, run.calendar)
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
        registered=_target(
            first.registered, last.registered, days, gaps[0], seen(uhc_met, coverage_lines)
        ),
        active=_target(
            first.active, last.active, days, gaps[1], seen(activity_met, activity_lines)
        ),
        calendar=run.calendar(options.start_from(last.day)),
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
        state.key,
        state.code,
        state.name,
        None,
        None,
        0,
        missing,
        options.deadline,
        notes=tuple(notes),
        total=total,
    )


def _target(first: int | None, last: int | None, days: int, gap: Gap, seen: Outlook) -> TargetTrend:
    """One target's side of a series: its counts at both ends ``days`` apart, the gap
    and the pace required at the last, and the outlook."""
    change = None if first is None or last is None else last - first
    return TargetTrend(first, last, _achieved(change, days), *gap, seen)


def _achieved(change: int | None, days: int) -> int | None:
    """A pace achieved per month, cut down to a whole number (never above the true one)."""
    if change is None or days == 0:
        return None
    # floor(change * 146097 / 4800 / days), in integers: the same as per_month's, floored.
    return (change * MEAN_MONTH_DAYS.numerator) // (days * MEAN_MONTH_DAYS.denominator)


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


def _required(last: Point, options: TrendOptions, calendar: Calendar) -> tuple[Gap, Gap]:
    """The gaps at the last snapshot, and ``plan``'s paces to the deadline from it."""
    cn, cd, an, ad = options.judge.ratios
    base = options.judge.base_of(last)
    registrants = activations = None
    if last.population is not None and last.registered is not None:
        registrants = max(0, -(-cn * last.population // cd) - last.registered)
    if last.active is not None and base is not None:
        activations = max(0, -(-an * base // ad) - last.active)
    start = options.start_from(last.day)
    if calendar(start) is None:
        return (registrants, None), (activations, None)
    published = last.coverage is not None or last.active_rate is not None
    if published and (registrants is None or activations is None):
        return _planned(last, options, registrants, activations)

    def paced(gap: int | None) -> Gap:
        return gap, calendar.pace(gap, start) if gap is not None else None

    return paced(registrants), paced(activations)


def plan_at(point: Point, options: TrendOptions) -> Plan | None:
    """``plan`` from a snapshot's figures to the deadline: from its counts, else from its
    published percentages (the gaps are then ranges, each pace the high end's); None
    without a deadline, or with too few figures for a plan."""
    if options.deadline is None:
        return None
    try:
        return plan_for(
            start=options.start_from(point.day),
            deadline=options.deadline,
            population=point.population,
            registered=point.registered,
            coverage=point.coverage if point.population is None else None,
            active=point.active,
            active_rate=point.active_rate if point.active is None else None,
            target=options.criteria.coverage_pct,
            active_target=options.criteria.activity_pct,
            base=options.base,
            rounding=options.rounding,
            agents=options.agents,
            days_off=options.days_off,
            national=options.national,
        )
    except InputError:  # not enough figures for a plan: the paces stay unknown
        return None


def _planned(
    last: Point, options: TrendOptions, registrants: int | None, activations: int | None
) -> tuple[Gap, Gap]:
    """From published percentages, ``plan`` itself."""
    planned = plan_at(last, options)
    if planned is None:
        return (registrants, None), (activations, None)
    registered, active = planned.registrants_needed, planned.active_needed
    return (
        (registered, planned.registrants if registered is not None else None),
        (active, planned.activations if active is not None else None),
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
