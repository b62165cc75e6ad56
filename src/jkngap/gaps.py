"""The gap to a coverage or activity target for one region, exactly.

Every function takes keyword arguments only, never prints, and returns a frozen result.
Counts are ``int``; percentages are exact (``Fraction``, ``int``, ``Decimal`` or the text a
user typed); a published, rounded percentage is a :class:`~jkngap.numbers.Reported` (or its
text) and turns every figure derived from it into a :class:`Span` of possible values.

Where a figure is a span, the ``*_needed`` numbers are its high end: the least number that
reaches the target whatever the true value inside the span is.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from jkngap.criteria import DEFAULT_PRESET, PRESETS, Criteria
from jkngap.criteria import criteria as criteria_preset
from jkngap.errors import InputError
from jkngap.numbers import Reported, Rounding, decimal_text, read_percent

__all__ = [
    "Active",
    "Base",
    "Bounds",
    "Needed",
    "Note",
    "Span",
    "Status",
    "active_needed",
    "exact_percent",
    "registrants_needed",
    "status",
    "target_share",
]

Percent = Fraction | int | Decimal | str
Record = dict[str, Any]


class Base(str, enum.Enum):
    """What an activity rate is a share of."""

    PARTICIPANTS = "participants"  # active / registered: BPJS's usual base
    POPULATION = "population"  # active / population: used by some regions


@dataclass(frozen=True)
class Span:
    """Every whole number from ``low`` to ``high``, both included."""

    low: int
    high: int

    @classmethod
    def exactly(cls, value: int) -> Span:
        return cls(value, value)

    @property
    def exact(self) -> bool:
        return self.low == self.high

    @property
    def value(self) -> int | None:
        """The number itself when the span holds one number, else ``None``."""
        return self.low if self.exact else None

    def as_list(self) -> list[int]:
        return [self.low, self.high]


@dataclass(frozen=True)
class Bounds:
    """The whole numbers from ``low`` to ``high`` (no upper end when ``high`` is None)."""

    low: int
    high: int | None

    def meet(self, other: Bounds) -> Bounds | None:
        low = max(self.low, other.low)
        highs = [high for high in (self.high, other.high) if high is not None]
        high = min(highs) if highs else None
        return None if high is not None and low > high else Bounds(low, high)

    def as_list(self) -> list[int | None]:
        return [self.low, self.high]


@dataclass(frozen=True)
class Note:
    """Something the user should read beside the numbers: a warning or an explanation."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)
    warning: bool = False


def _ceil(value: Fraction) -> int:
    return math.ceil(value)


def exact_percent(value: Percent, subject: str) -> Fraction:
    """An exact percentage from what a caller passed; floats are refused as inexact."""
    if isinstance(value, str):
        return read_percent(value, subject=subject).percent
    if isinstance(value, bool) or not isinstance(value, Fraction | int | Decimal):
        raise InputError("value.not_exact", subject=subject, text=repr(value))
    return Fraction(value)


def _reported(value: Reported | str | None, subject: str) -> Reported | None:
    if value is None or isinstance(value, Reported):
        return value
    return read_percent(value, subject=subject)


def target_share(value: Percent, subject: str) -> Fraction:
    """The target as a share of one, checked to lie in (0, 100] percent."""
    percent = exact_percent(value, subject)
    if not 0 < percent <= 100:
        raise InputError("value.target_range", subject=subject, text=_show(percent))
    return percent / 100


def _show(percent: Fraction) -> str:
    text = decimal_text(percent, 4).rstrip("0").rstrip(".")
    return f"{text} %"


def _count(value: int | None, subject: str, *, positive: bool = False) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError("value.not_count", subject=subject, text=repr(value))
    if value < 0 or (positive and value == 0):
        key = "value.population_positive" if positive else "value.count_negative"
        raise InputError(key, subject=subject, text=str(value))
    return value


def count_from_share(base: int, share: tuple[Fraction, Fraction], *, subject: str) -> Span:
    """The counts ``x`` with ``low <= x / base < high``: what a rounded share of ``base`` allows."""
    low, high = share
    span = Span(_ceil(low * base), _ceil(high * base) - 1)
    if span.low > span.high:
        raise InputError("value.no_count_fits", subject=subject, base=base)
    return span


def base_from_share(count: int, share: tuple[Fraction, Fraction], *, subject: str) -> Span:
    """The bases ``b > 0`` with ``low <= count / b < high``: a population from a rounded share."""
    low, high = share
    if count == 0 or low == 0:
        raise InputError("value.base_unbounded", subject=subject, count=count)
    span = Span(math.floor(count / high) + 1, math.floor(count / low))
    if span.low > span.high:
        raise InputError("value.no_base_fits", subject=subject, count=count)
    return span


def _share_verdict(share: tuple[Fraction, Fraction], target: Fraction) -> bool | None:
    """Whether every share in ``[low, high)`` reaches the target (True), none does (False)."""
    low, high = share
    if low >= target:
        return True
    if high <= target:
        return False
    return None


def _span_verdict(needed: Span) -> bool | None:
    if needed.high == 0:
        return True
    if needed.low > 0:
        return False
    return None


def _disagreement(
    counts_share: Fraction, reported: Reported, subject: str, notes: list[Note]
) -> None:
    """Warn when a published percentage cannot come from the counts given beside it."""
    low, high = reported.share_interval(Rounding.EITHER)
    if not low <= counts_share < high:
        notes.append(
            Note(
                "note.reported_disagrees",
                {"subject": subject, "reported": reported.percent, "computed": counts_share * 100},
                warning=True,
            )
        )


@dataclass(frozen=True)
class Needed:
    """Registrants needed to bring coverage (registered / population) to a target."""

    population: Span | None
    registered: Span | None
    target_pct: Fraction
    coverage_pct: Fraction | None
    required_registered: Span | None
    registrants_needed: Span | None
    surplus: Span | None
    met: bool | None
    exact: bool
    notes: tuple[Note, ...] = ()

    kind = "needed"

    def headline(self) -> int | bool | None:
        """The figure a script wants: registrants needed, or required without a count."""
        if self.registrants_needed is not None:
            return self.registrants_needed.high
        if self.required_registered is not None:
            return self.required_registered.high
        return self.met

    def record(self) -> Record:
        """The result as flat, JSON-ready data under the keys of the CLI contract."""
        needed = self.registrants_needed
        return {
            "population": _value(self.population),
            "population_range": _range(self.population),
            "registered": _value(self.registered),
            "registered_range": _range(self.registered),
            "target_pct": self.target_pct,
            "coverage_pct": self.coverage_pct,
            "required_registered": _value(self.required_registered),
            "required_registered_range": _range(self.required_registered),
            "registrants_needed": needed.high if needed else None,
            "registrants_needed_range": _range(needed),
            "surplus": self.surplus.low if self.surplus else None,
            "met": self.met,
            "exact": self.exact,
        }


def _value(span: Span | None) -> int | None:
    return span.value if span else None


def _range(span: Span | None) -> list[int] | None:
    return span.as_list() if span else None


def registrants_needed(
    *,
    population: int | None = None,
    registered: int | None = None,
    coverage: Reported | str | None = None,
    target: Percent = PRESETS[DEFAULT_PRESET].coverage_pct,
    rounding: Rounding = Rounding.ROUNDED,
    verdict_only: bool = False,
) -> Needed:
    """How many more people must register for coverage to reach ``target`` percent.

    Give the population alone (how many registrants the target is), or any two of
    population, registered and a published coverage percentage. From a published
    percentage the unknown count is a span, and so is the answer. With ``verdict_only``
    a published percentage alone is enough, for the verdict ``met`` with no counts.

    >>> registrants_needed(population=590393, registered=581578, target=98).surplus
    Span(low=2992, high=2992)
    """
    share_target = target_share(target, "--target")
    pop = _count(population, "--pop", positive=True)
    reg = _count(registered, "--registered")
    reported = _reported(coverage, "--coverage")
    notes: list[Note] = []

    pop_span = Span.exactly(pop) if pop is not None else None
    reg_span = Span.exactly(reg) if reg is not None else None
    coverage_pct: Fraction | None = reported.percent if reported else None
    if pop is not None and reg is not None:
        coverage_pct = Fraction(reg, pop) * 100
        if reported:
            _disagreement(Fraction(reg, pop), reported, "--coverage", notes)
    elif reported and pop is not None:
        reg_span = count_from_share(pop, reported.share_interval(rounding), subject="--coverage")
    elif reported and reg is not None:
        pop_span = base_from_share(reg, reported.share_interval(rounding), subject="--coverage")
    elif pop is None and (reg is not None or not reported or not verdict_only):
        raise InputError("needed.no_base")

    if reported and not (pop is not None and reg is not None):
        notes.append(Note("note.from_rounded", {"figure": reported, "rounding": rounding.value}))

    required = needed = surplus = None
    met: bool | None = None
    if pop_span is not None:
        required = Span(_ceil(share_target * pop_span.low), _ceil(share_target * pop_span.high))
    if required is not None and reg_span is not None:
        needed = Span(max(0, required.low - reg_span.high), max(0, required.high - reg_span.low))
        surplus = Span(max(0, reg_span.low - required.high), max(0, reg_span.high - required.low))
        met = _span_verdict(needed)
    elif reported:
        met = _share_verdict(reported.share_interval(rounding), share_target)
    if pop is not None and reg is not None and reg > pop:
        notes.append(Note("note.over_100", {"registered": reg, "population": pop}, warning=True))

    return Needed(
        population=pop_span,
        registered=reg_span,
        target_pct=share_target * 100,
        coverage_pct=coverage_pct,
        required_registered=required,
        registrants_needed=needed,
        surplus=surplus,
        met=met,
        exact=reported is None or (pop is not None and reg is not None),
        notes=tuple(notes),
    )


@dataclass(frozen=True)
class Active:
    """Active members needed to bring the activity rate to a target, by both routes."""

    base: Base
    population: Span | None
    registered: Span | None
    active: Span | None
    target_pct: Fraction
    activity_pct: Fraction | None
    required_active: Span | None
    active_needed: Span | None
    new_members_needed: Span | None
    inactive: Span | None
    reactivation_sufficient: bool | None
    met: bool | None
    exact: bool
    notes: tuple[Note, ...] = ()

    kind = "active"

    def headline(self) -> int | bool | None:
        """The figure a script wants: active members needed by reactivation."""
        return self.active_needed.high if self.active_needed is not None else self.met

    def record(self) -> Record:
        """The result as flat, JSON-ready data under the keys of the CLI contract."""
        return {
            "base": self.base.value,
            "population": _value(self.population),
            "registered": _value(self.registered),
            "active": _value(self.active),
            "active_range": _range(self.active),
            "target_pct": self.target_pct,
            "activity_pct": self.activity_pct,
            "required_active": _value(self.required_active),
            "active_needed": self.active_needed.high if self.active_needed else None,
            "active_needed_range": _range(self.active_needed),
            "new_members_needed": (
                self.new_members_needed.high if self.new_members_needed else None
            ),
            "new_members_needed_range": _range(self.new_members_needed),
            "inactive": _value(self.inactive),
            "inactive_range": _range(self.inactive),
            "reactivation_sufficient": self.reactivation_sufficient,
            "met": self.met,
            "exact": self.exact,
        }


def _new_members(target: Fraction, registered: int, active: int) -> int | None:
    """The least x with (active + x) / (registered + x) >= target: members active at once.

    ``None`` when no number will do (a 100 % target with inactive members left).
    """
    if active >= target * registered:
        return 0
    if target == 1:
        return None
    return _ceil((target * registered - active) / (1 - target))


def active_needed(
    *,
    population: int | None = None,
    registered: int | None = None,
    active: int | None = None,
    active_rate: Reported | str | None = None,
    target: Percent = PRESETS[DEFAULT_PRESET].activity_pct,
    base: Base | str = Base.PARTICIPANTS,
    rounding: Rounding = Rounding.ROUNDED,
    verdict_only: bool = False,
) -> Active:
    """How many more active members reach an activity ``target`` percent.

    On the participant base (active / registered) it answers by two routes: reactivating
    inactive members (``active_needed``) and enrolling new members who are active at once
    (``new_members_needed``: each raises both counts, so it takes far more of them). On
    the population base (active / population) both routes add one active member each.
    With ``verdict_only`` a published rate alone is enough, for the verdict ``met``.
    """
    base = Base(base)
    share_target = target_share(target, "--target")
    pop = _count(population, "--pop", positive=True)
    reg = _count(registered, "--registered")
    act = _count(active, "--active")
    reported = _reported(active_rate, "--active-rate")
    notes: list[Note] = []
    if reg is not None and act is not None and act > reg:
        raise InputError("active.above_registered", subject="--active", active=act, registered=reg)
    if pop is not None and reg is not None and reg > pop:
        notes.append(Note("note.over_100", {"registered": reg, "population": pop}, warning=True))
    if act is None and reported is None:
        raise InputError("active.no_active")

    denominator = reg if base is Base.PARTICIPANTS else pop
    act_span = Span.exactly(act) if act is not None else None
    activity_pct = reported.percent if reported else None
    met: bool | None = None
    required = needed = new_members = inactive = None
    sufficient: bool | None = None
    if denominator is None:
        if act is not None or pop is not None or reg is not None or not verdict_only:
            option = "--registered" if base is Base.PARTICIPANTS else "--pop"
            raise InputError("active.needs_base", subject=option, base=base.value)
        assert reported is not None  # guaranteed: no active count, so the rate was given
        notes.append(Note("note.from_rounded", {"figure": reported, "rounding": rounding.value}))
        met = _share_verdict(reported.share_interval(rounding), share_target)
    else:
        if act is not None:
            activity_pct = Fraction(act, denominator) * 100 if denominator else None
            if reported and denominator:
                _disagreement(Fraction(act, denominator), reported, "--active-rate", notes)
        else:
            assert reported is not None
            act_span = count_from_share(
                denominator, reported.share_interval(rounding), subject="--active-rate"
            )
            if reg is not None and act_span.high > reg:
                act_span = Span(min(act_span.low, reg), reg)
            notes.append(
                Note("note.from_rounded", {"figure": reported, "rounding": rounding.value})
            )
        assert act_span is not None
        required = Span.exactly(_ceil(share_target * denominator))
        needed = Span(max(0, required.low - act_span.high), max(0, required.high - act_span.low))
        met = _span_verdict(needed)
        if reg is not None:
            inactive = Span(reg - act_span.high, reg - act_span.low)
            sufficient = needed.high <= inactive.low
        if base is Base.PARTICIPANTS:
            assert reg is not None
            fewest = _new_members(share_target, reg, act_span.high)
            most = _new_members(share_target, reg, act_span.low)
            if fewest is None or most is None:
                notes.append(Note("note.new_members_impossible", warning=True))
            else:
                new_members = Span(fewest, most)
        else:
            new_members = needed
            if sufficient is False:
                notes.append(Note("note.reactivation_short", {"inactive": inactive}))

    return Active(
        base=base,
        population=Span.exactly(pop) if pop is not None else None,
        registered=Span.exactly(reg) if reg is not None else None,
        active=act_span,
        target_pct=share_target * 100,
        activity_pct=activity_pct,
        required_active=required,
        active_needed=needed,
        new_members_needed=new_members,
        inactive=inactive,
        reactivation_sufficient=sufficient,
        met=met,
        exact=act is not None,
        notes=tuple(notes),
    )


def _both(first: bool | None, second: bool | None) -> bool | None:
    """Three-valued "and": False as soon as one is False, None while one is unknown."""
    if first is False or second is False:
        return False
    if first is None or second is None:
        return None
    return True


@dataclass(frozen=True)
class Status:
    """The UHC and UHC Prioritas verdicts for a region, with every gap behind them.

    Only the two figures are judged: UHC Prioritas also needs no arrears on the region's
    own premiums and an application approved by BPJS, which no count can show.
    """

    criteria: Criteria
    uhc: bool | None
    uhc_prioritas: bool | None
    coverage: Needed
    activity: Active

    kind = "status"

    def headline(self) -> bool | None:
        """The verdict a script wants: UHC Prioritas (which implies UHC)."""
        return self.uhc_prioritas

    @property
    def notes(self) -> tuple[Note, ...]:
        seen: list[Note] = []
        for note in (*self.coverage.notes, *self.activity.notes, Note("note.prioritas_scope")):
            if note not in seen:
                seen.append(note)
        return tuple(seen)

    def record(self) -> Record:
        """Flat data: the verdicts, then the keys of ``needed`` and ``active``.

        Both have ``target_pct`` and ``met``; here they are ``coverage_target_pct``,
        ``coverage_met``, ``activity_target_pct`` and ``activity_met``.
        """
        coverage = self.coverage.record()
        activity = self.activity.record()
        renamed = {"target_pct": "{}_target_pct", "met": "{}_met", "exact": "{}_exact"}
        record: Record = {
            "criteria": self.criteria.name,
            "uhc": self.uhc,
            "uhc_prioritas": self.uhc_prioritas,
        }
        for prefix, part in (("coverage", coverage), ("activity", activity)):
            for key, value in part.items():
                name = renamed[key].format(prefix) if key in renamed else key
                if name not in record or record[name] is None:
                    record[name] = value
        record["exact"] = self.coverage.exact and self.activity.exact
        return record


def status(
    *,
    population: int | None = None,
    registered: int | None = None,
    coverage: Reported | str | None = None,
    active: int | None = None,
    active_rate: Reported | str | None = None,
    criteria: Criteria | str = DEFAULT_PRESET,
    coverage_target: Percent | None = None,
    activity_target: Percent | None = None,
    base: Base | str = Base.PARTICIPANTS,
    rounding: Rounding = Rounding.ROUNDED,
) -> Status:
    """UHC (coverage at its threshold) and UHC Prioritas (activity too) for one region.

    Published percentages alone are enough for the verdicts (Bandung: 99.2 % coverage and
    79.96 % activity); counts add the gaps.
    """
    chosen = criteria_preset(criteria) if isinstance(criteria, str) else criteria
    chosen = chosen.overridden(
        coverage_pct=None
        if coverage_target is None
        else exact_percent(coverage_target, "--coverage-target"),
        activity_pct=None
        if activity_target is None
        else exact_percent(activity_target, "--activity-target"),
    )
    if population is None and registered is None and coverage is None:
        raise InputError("status.no_coverage")
    coverage_result = registrants_needed(
        population=population,
        registered=registered,
        coverage=coverage,
        target=chosen.coverage_pct,
        rounding=rounding,
        verdict_only=True,
    )
    participant_base = Base(base) is Base.PARTICIPANTS
    activity_result = active_needed(
        # On the participant base the population plays no part in activity.
        population=population if not participant_base or registered is not None else None,
        registered=registered,
        active=active,
        active_rate=active_rate,
        target=chosen.activity_pct,
        base=base,
        rounding=rounding,
        verdict_only=True,
    )
    return Status(
        criteria=chosen,
        uhc=coverage_result.met,
        uhc_prioritas=_both(coverage_result.met, activity_result.met),
        coverage=coverage_result,
        activity=activity_result,
    )
