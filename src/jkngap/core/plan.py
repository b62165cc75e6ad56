"""The pace to a deadline: registrations and activations per month, week, working day, agent.

The period runs from ``start`` to ``deadline``, both days included. Working days are
Monday to Friday less the national public holidays the caller gives (``national``:
Indonesia's are :func:`jkngap.national_holidays`, which the command line passes) and any
extra days off the user names (cuti bersama, a regional holiday). Every pace is the least
whole number that, kept up, reaches the target by the deadline.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from fractions import Fraction
from typing import Any

from jkngap.core.activity import Active, active_needed
from jkngap.core.coverage import Needed, registrants_needed
from jkngap.core.criteria import DEFAULT_PRESET, PRESETS
from jkngap.core.errors import Field, InputError
from jkngap.core.model import Base, Note, Percent, Record, checked_count, range_of, value_of
from jkngap.core.numbers import Reported, Rounding
from jkngap.core.results import Single
from jkngap.core.spans import ceil_div

__all__ = [
    "Pace",
    "Plan",
    "checked_period",
    "days_between",
    "parse_date",
    "period",
    "plan",
    "plan_for",
    "working_days",
]

# The mean Gregorian month, 365.2425 / 12 days, so that "per month" means the same in
# February and in July.
MEAN_MONTH_DAYS = Fraction(146097, 4800)
MEAN_YEAR_DAYS = Fraction(146097, 400)
# A plan looks years ahead, not centuries: the working days are counted one by one.
MAX_YEARS = 100


def parse_date(text: str, *, field: str, end_of_month: bool = True) -> date:
    """``2025-12-31``, or ``2025-07`` for the month's last day (its first with
    ``end_of_month=False``). Other orders (01/02/2025) are refused: day-month or month-day?
    """
    value = text.strip()
    match = re.fullmatch(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?", value)
    if match:
        year, month = int(match[1]), int(match[2])
        try:
            if match[3] is not None:
                return date(year, month, int(match[3]))
            day = calendar.monthrange(year, month)[1] if end_of_month else 1
            return date(year, month, day)
        except ValueError:
            pass
    raise InputError("date.unreadable", field=field, text=text)


def days_between(start: date, end: date) -> int:
    """Days from ``start`` to ``end``, both included; zero when ``end`` is before ``start``."""
    return max(0, (end - start).days + 1)


# The national public holidays of some years, given by the caller: the core knows no
# calendar of its own (jkngap.national_holidays gives Indonesia's).
Holidays = Callable[[range], Iterable[date]]


def working_days(start: date, end: date, days_off: set[date]) -> int:
    """Mondays to Fridays from ``start`` to ``end``, both included, less ``days_off``."""
    total = 0
    day = start
    while day <= end:
        if day.weekday() < 5 and day not in days_off:
            total += 1
        day += timedelta(days=1)
    return total


def period(
    start: date, deadline: date, days_off: Iterable[date] = (), national: Holidays | None = None
) -> tuple[int, int]:
    """The days from ``start`` to ``deadline`` (both included) and the working days among
    them: the calendar of every plan (``jkngap allocate`` shares it)."""
    days = days_between(start, deadline)
    off = set(days_off)
    if national is not None and days:
        off |= set(national(range(start.year, deadline.year + 1)))
    return days, working_days(start, deadline, off) if days else 0


def _ceil_div(numerator: Fraction | int, denominator: Fraction | int) -> int:
    """The kernel's ceiling of ``numerator / denominator``, for whole or exact numbers."""
    quotient = Fraction(numerator) / Fraction(denominator)
    return ceil_div(quotient.numerator, quotient.denominator)


@dataclass(frozen=True)
class Pace:
    """How many a month, a week, a working day, and per agent: per working day, over the
    whole period, and, when that is less than one a day, one every how many working days
    (the most days between two that still reach the agent's share)."""

    per_month: int | None
    per_week: int | None
    per_working_day: int | None
    per_agent_per_working_day: int | None
    per_agent_in_period: int | None = None
    per_agent_every_working_days: int | None = None

    @classmethod
    def of(cls, count: int | None, days: int, workdays: int, agents: int | None) -> Pace:
        if count is None or days == 0:
            return cls(None, None, None, None)
        per_workday = _ceil_div(count, workdays) if workdays else None
        per_agent = _ceil_div(count, workdays * agents) if workdays and agents else None
        share = _ceil_div(count, agents) if agents else None
        # One every `every` working days reaches the share: workdays // every >= share.
        every = workdays // share if share and workdays else None
        return cls(
            per_month=_ceil_div(count * MEAN_MONTH_DAYS, days),
            per_week=_ceil_div(count * 7, days),
            per_working_day=per_workday,
            per_agent_per_working_day=per_agent,
            per_agent_in_period=share,
            per_agent_every_working_days=every if every is not None and every > 1 else None,
        )


@dataclass(frozen=True)
class Milestone:
    """Where the straight line to the deadline stands at the end of a month."""

    day: date
    registrants: int | None
    activations: int | None


@dataclass(frozen=True)
class Plan(Single):
    start: date
    deadline: date
    days: int
    working_days: int
    agents: int | None
    growth_pct: Fraction | None
    coverage: Needed | None
    activity: Active | None
    registrants: Pace
    activations: Pace
    milestones: tuple[Milestone, ...]
    notes: tuple[Note, ...]

    kind = "plan"

    @property
    def registrants_needed(self) -> int | None:
        gap = self.coverage.registrants_needed if self.coverage else None
        return gap.high if gap else None

    @property
    def active_needed(self) -> int | None:
        gap = self.activity.active_needed if self.activity else None
        return gap.high if gap else None

    def headline(self) -> int | None:
        """The figure a script wants: registrations per working day (else activations)."""
        if self.registrants.per_working_day is not None:
            return self.registrants.per_working_day
        return self.activations.per_working_day

    def _registered(self) -> int | None:
        """The registered count either gap was worked out from (0 is a count, not none)."""
        for part in (self.coverage, self.activity):
            if part is not None and part.registered is not None:
                return value_of(part.registered)
        return None

    def record(self) -> Record:
        coverage = self.coverage
        record: dict[str, Any] = {
            "from": self.start.isoformat(),
            "by": self.deadline.isoformat(),
            "days": self.days,
            "working_days": self.working_days,
            "agents": self.agents,
            "growth_pct": self.growth_pct,
            "population": value_of(coverage.population) if coverage else None,
            "registered": self._registered(),
            "target_pct": coverage.target_pct if coverage else None,
            "registrants_needed": self.registrants_needed,
            "registrants_needed_range": range_of(coverage.registrants_needed) if coverage else None,
            "per_month": self.registrants.per_month,
            "per_week": self.registrants.per_week,
            "per_working_day": self.registrants.per_working_day,
            "per_agent_per_working_day": self.registrants.per_agent_per_working_day,
            "per_agent_in_period": self.registrants.per_agent_in_period,
            "per_agent_every_working_days": self.registrants.per_agent_every_working_days,
            "active_target_pct": self.activity.target_pct if self.activity else None,
            "active_needed": self.active_needed,
            "active_needed_range": (
                range_of(self.activity.active_needed) if self.activity else None
            ),
            "active_per_month": self.activations.per_month,
            "active_per_week": self.activations.per_week,
            "active_per_working_day": self.activations.per_working_day,
            "active_per_agent_per_working_day": self.activations.per_agent_per_working_day,
            "active_per_agent_in_period": self.activations.per_agent_in_period,
            "active_per_agent_every_working_days": (self.activations.per_agent_every_working_days),
            "deadline_passed": self.days == 0,
            "milestones": [
                {
                    "date": milestone.day.isoformat(),
                    "registrants": milestone.registrants,
                    "activations": milestone.activations,
                }
                for milestone in self.milestones
            ],
        }
        return record


def _milestones(
    start: date, deadline: date, days: int, registrants: int | None, activations: int | None
) -> tuple[Milestone, ...]:
    """The cumulative counts due at each month's end and at the deadline, on a straight line."""
    if days == 0:
        return ()
    points: list[date] = []
    year, month = start.year, start.month
    while True:
        month_end = date(year, month, calendar.monthrange(year, month)[1])
        if month_end >= deadline:
            points.append(deadline)
            break
        points.append(month_end)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)

    def due(total: int | None, day: date) -> int | None:
        return None if total is None else _ceil_div(total * days_between(start, day), days)

    return tuple(Milestone(day, due(registrants, day), due(activations, day)) for day in points)


def project_population(population: int, growth_pct: Fraction, days: int) -> int:
    """The population after ``days`` of ``growth_pct`` a year, spread evenly (not compounded),
    to the nearest person (half up)."""
    grown = population * (1 + growth_pct / 100 * days / MEAN_YEAR_DAYS)
    return math.floor(grown + Fraction(1, 2))


def plan(
    *,
    coverage: Needed | None,
    activity: Active | None,
    start: date,
    deadline: date,
    agents: int | None = None,
    days_off: Iterable[date] = (),
    national: Holidays | None = None,
    growth_pct: Fraction | None = None,
) -> Plan:
    """Spread the gaps in ``coverage`` and ``activity`` over the days to ``deadline``.

    ``coverage`` and ``activity`` are results of :func:`~jkngap.core.coverage.registrants_needed`
    and :func:`~jkngap.core.activity.active_needed` (with growth, ``coverage`` should be worked out
    for the projected population: :func:`project_population`).
    """
    agents = _checked(coverage, activity, start, deadline, agents)
    days, workdays = period(start, deadline, days_off, national)

    registrants = (
        coverage.registrants_needed.high if coverage and coverage.registrants_needed else None
    )
    activations = activity.active_needed.high if activity and activity.active_needed else None
    notes = _notes(coverage, activity, deadline, days, workdays, registrants, activations)

    return Plan(
        start=start,
        deadline=deadline,
        days=days,
        working_days=workdays,
        agents=agents,
        growth_pct=growth_pct,
        coverage=coverage,
        activity=activity,
        registrants=Pace.of(registrants, days, workdays, agents),
        activations=Pace.of(activations, days, workdays, agents),
        milestones=_milestones(start, deadline, days, registrants, activations),
        notes=tuple(notes),
    )


def _checked(
    coverage: Needed | None,
    activity: Active | None,
    start: date,
    deadline: date,
    agents: int | None,
) -> int | None:
    """Refuse a plan with no gap, no agent, or a deadline centuries away; the agents."""
    if coverage is None and activity is None:
        raise InputError(
            "plan.nothing",
            population=Field("population"),
            registered=Field("registered"),
            active=Field("active"),
        )
    agents = checked_count(agents, "agents")
    if agents == 0:
        raise InputError("value.must_be_positive", field="agents", text="0")
    checked_period(start, deadline)
    return agents


def checked_period(start: date, deadline: date) -> None:
    """Refuse a deadline centuries away: the working days are counted one by one."""
    if abs(deadline.year - start.year) > MAX_YEARS:
        raise InputError(
            "date.out_of_range",
            field="deadline",
            text=deadline.isoformat(),
            start=start.isoformat(),
            years=MAX_YEARS,
        )


def _notes(
    coverage: Needed | None,
    activity: Active | None,
    deadline: date,
    days: int,
    workdays: int,
    registrants: int | None,
    activations: int | None,
) -> list[Note]:
    """What a plan says beside its paces: the gaps' notes, then the plan's own."""
    notes: list[Note] = []
    for part in (coverage, activity):
        if part is not None:
            notes.extend(part.notes)
    if days == 0:
        notes.append(Note("note.deadline_passed", {"deadline": deadline.isoformat()}, warning=True))
    elif workdays == 0:
        notes.append(Note("note.no_working_days"))
    if (registrants or 0) == 0 and (activations or 0) == 0:
        notes.append(Note("note.already_met"))
    if activity is not None and coverage is not None and registrants:
        notes.append(Note("note.plan_activity_on_current"))
    return notes


def plan_for(
    *,
    start: date,
    deadline: date,
    population: int | None = None,
    registered: int | None = None,
    coverage: Reported | str | None = None,
    active: int | None = None,
    active_rate: Reported | str | None = None,
    target: Percent = PRESETS[DEFAULT_PRESET].coverage_pct,
    active_target: Percent = PRESETS[DEFAULT_PRESET].activity_pct,
    base: Base | str = Base.PARTICIPANTS,
    rounding: Rounding = Rounding.ROUNDED,
    agents: int | None = None,
    growth_pct: Fraction | None = None,
    days_off: Iterable[date] = (),
    national: Holidays | None = None,
) -> Plan:
    """The pace to a deadline from a region's figures, as ``jkngap plan`` takes them.

    The coverage gap is worked out when the population is given (or registered with a
    published coverage); with ``growth_pct`` a year, for the population projected to the
    deadline. The activity gap is worked out when active members or a rate are given.
    Working days leave out ``days_off`` and, with ``national`` (for Indonesia's:
    ``national=jkngap.national_holidays``), the national public holidays.
    """
    growth_note: list[Note] = []
    projected = population
    if growth_pct is not None:
        if population is None:
            raise InputError(
                "plan.growth_needs_pop", field="growth_pct", population=Field("population")
            )
        projected = project_population(population, growth_pct, days_between(start, deadline))
        growth_note.append(Note("note.growth", {"population": projected, "growth": growth_pct}))
    coverage_result = None
    if population is not None or (registered is not None and coverage is not None):
        coverage_result = registrants_needed(
            population=projected,
            registered=registered,
            coverage=coverage,
            target=target,
            rounding=rounding,
        )
    activity_result = None
    if active is not None or active_rate is not None:
        activity_result = active_needed(
            population=population,
            registered=registered,
            active=active,
            active_rate=active_rate,
            coverage=coverage,
            target=active_target,
            base=base,
            rounding=rounding,
        )
    result = plan(
        coverage=coverage_result,
        activity=activity_result,
        start=start,
        deadline=deadline,
        agents=agents,
        days_off=days_off,
        national=national,
        growth_pct=growth_pct,
    )
    if growth_note:
        result = replace(result, notes=(*growth_note, *result.notes))
    return result
