"""Activity (active / registered, or active / population): the active members needed.

On the participant base a target is reached by two routes: reactivating inactive members,
or enrolling new members who are active at once (each raises both counts, so it takes
far more of them). Counts and published rates are read as in :mod:`jkngap.core.coverage`.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from jkngap.core.criteria import DEFAULT_PRESET, PRESETS
from jkngap.core.errors import Field, InputError
from jkngap.core.model import (
    Base,
    Note,
    Percent,
    Record,
    checked_count,
    disagreement,
    range_of,
    reported,
    share_verdict,
    span_verdict,
    target_share,
    value_of,
)
from jkngap.core.numbers import Reported, Rounding
from jkngap.core.results import Single
from jkngap.core.spans import Span, count_from_share, new_members, required_span, shortfall_span

__all__ = ["Active", "active_needed"]


@dataclass(frozen=True)
class Active(Single):
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
            "population": value_of(self.population),
            "registered": value_of(self.registered),
            "active": value_of(self.active),
            "active_range": range_of(self.active),
            "target_pct": self.target_pct,
            "activity_pct": self.activity_pct,
            "required_active": value_of(self.required_active),
            "active_needed": self.active_needed.high if self.active_needed else None,
            "active_needed_range": range_of(self.active_needed),
            "new_members_needed": (
                self.new_members_needed.high if self.new_members_needed else None
            ),
            "new_members_needed_range": range_of(self.new_members_needed),
            "inactive": value_of(self.inactive),
            "inactive_range": range_of(self.inactive),
            "reactivation_sufficient": self.reactivation_sufficient,
            "met": self.met,
            "exact": self.exact,
        }


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
    share_target = target_share(target, "target")
    pop = checked_count(population, "population", positive=True)
    reg = checked_count(registered, "registered")
    act = checked_count(active, "active")
    published = reported(active_rate, "active_rate")
    notes = _checked(pop, reg, act, published)
    denominator = reg if base is Base.PARTICIPANTS else pop
    if denominator is None:
        if act is not None or pop is not None or reg is not None or not verdict_only:
            needed_field = "registered" if base is Base.PARTICIPANTS else "population"
            raise InputError("active.needs_base", field=needed_field, base=base.value)
        assert published is not None  # guaranteed: no active count, so the rate was given
        return _verdict_only(base, share_target, published, rounding, notes)

    if act is not None:
        act_span = Span.exactly(act)
        activity_pct = Fraction(act, denominator) * 100 if denominator else None
        if published and denominator:
            warning = disagreement(Fraction(act, denominator), published, "active_rate")
            notes.extend([warning] if warning else [])
    else:
        assert published is not None
        act_span = _active_from_rate(published, rounding, denominator, reg)
        activity_pct = published.percent
        notes.append(Note("note.from_rounded", {"figure": published, "rounding": rounding.value}))
    required = required_span(share_target, Span.exactly(denominator))
    needed = shortfall_span(required, act_span)
    inactive = Span(reg - act_span.high, reg - act_span.low) if reg is not None else None
    sufficient = needed.high <= inactive.low if inactive is not None else None
    joiners = _new_members(share_target, base, reg, act_span, needed, notes)
    if base is Base.POPULATION and sufficient is False:
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
        new_members_needed=joiners,
        inactive=inactive,
        reactivation_sufficient=sufficient,
        met=span_verdict(needed),
        exact=act is not None,
        notes=tuple(notes),
    )


def _checked(
    population: int | None, registered: int | None, active: int | None, rate: Reported | None
) -> list[Note]:
    """Refuse counts that cannot stand together; the notes they call for."""
    if registered is not None and active is not None and active > registered:
        raise InputError(
            "active.above_registered", field="active", active=active, registered=registered
        )
    if active is None and rate is None:
        raise InputError(
            "active.no_active", active=Field("active"), active_rate=Field("active_rate")
        )
    if population is not None and registered is not None and registered > population:
        return [
            Note(
                "note.over_100",
                {"registered": registered, "population": population},
                warning=True,
            )
        ]
    return []


def _active_from_rate(
    published: Reported, rounding: Rounding, denominator: int, registered: int | None
) -> Span:
    """The active counts a published rate of ``denominator`` allows: none above the
    registered (a rate no whole count within them produces is refused)."""
    span = count_from_share(denominator, published.share_interval(rounding), field="active_rate")
    if registered is None or span.high <= registered:
        return span
    if span.low > registered:
        raise InputError("value.no_count_fits", field="active_rate", base=registered)
    return Span(span.low, registered)


def _new_members(
    share: Fraction,
    base: Base,
    registered: int | None,
    active: Span,
    needed: Span,
    notes: list[Note],
) -> Span | None:
    """The route of new members active at once: on the participant base each also adds
    to the registered, so it takes more of them; on the population base, one each."""
    if base is Base.POPULATION:
        return needed
    assert registered is not None  # the participant base is the registered count
    numerator, denominator = share.numerator, share.denominator
    fewest = new_members(numerator, denominator, registered, active.high)
    most = new_members(numerator, denominator, registered, active.low)
    if fewest is None or most is None:
        notes.append(Note("note.new_members_impossible", warning=True))
        return None
    return Span(fewest, most)


def _verdict_only(
    base: Base, share: Fraction, published: Reported, rounding: Rounding, notes: list[Note]
) -> Active:
    """A published rate on its own: the verdict it allows, and no counts."""
    notes.append(Note("note.from_rounded", {"figure": published, "rounding": rounding.value}))
    return Active(
        base=base,
        population=None,
        registered=None,
        active=None,
        target_pct=share * 100,
        activity_pct=published.percent,
        required_active=None,
        active_needed=None,
        new_members_needed=None,
        inactive=None,
        reactivation_sufficient=None,
        met=share_verdict(published.share_interval(rounding), share),
        exact=False,
        notes=tuple(notes),
    )
