"""Activity (active / registered, or active / population): the active members needed.

On the participant base a target is reached by two routes: reactivating inactive members,
or enrolling new members who are active at once (each raises both counts, so it takes
far more of them). Counts and published rates are read as in :mod:`jkngap.core.coverage`.

From published percentages alone the counts are ranges, and on the participant base the
activity base is itself one: a population with a published coverage allows a span of
registered counts R, and for each of them a published rate allows a span of active counts
A. Every figure here is then worked out over all the pairs (R, A) the figures allow, so
that its range holds every value consistent with them, and no other (:func:`_over_pairs`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from jkngap.core.criteria import DEFAULT_PRESET, PRESETS
from jkngap.core.errors import Field, InputError
from jkngap.core.gap import (
    Gap,
    counted_percent,
    from_rounded,
    gap,
    published_met,
    region_counts,
)
from jkngap.core.model import (
    Base,
    Note,
    Percent,
    Record,
    checked_count,
    range_of,
    reported,
    target_share,
    value_of,
)
from jkngap.core.numbers import Reported, Rounding
from jkngap.core.results import Single
from jkngap.core.spans import Span, count_from_share, new_members, required

__all__ = ["Active", "active_needed", "nobody_registered"]

# The most registered counts tried one by one for one figure (a published coverage of a
# large population, beside a rate given to many decimals, can leave millions): past it, a
# figure's range is what holds for every registered count in the span, a range that still
# holds every consistent value, widened by at most one at each end.
MOST_SCANNED = 2_000_000


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
    # The most active members who may lapse to inactive with the target still met, over
    # every count the figures allow (its low end is the one that surely holds).
    headroom: Span | None = None

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
            "registered_range": range_of(self.registered),
            "active": value_of(self.active),
            "active_range": range_of(self.active),
            "target_pct": self.target_pct,
            "activity_pct": self.activity_pct,
            "required_active": value_of(self.required_active),
            "required_active_range": range_of(self.required_active),
            "active_needed": self.active_needed.high if self.active_needed else None,
            "active_needed_range": range_of(self.active_needed),
            "active_headroom": self.headroom.low if self.headroom else None,
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
    coverage: Reported | str | None = None,
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
    Without a registered count, a population with a published ``coverage`` gives the span
    of registered counts. With ``verdict_only`` a published rate alone is enough, for the
    verdict ``met``.

    >>> found = active_needed(population=1000, coverage="90", active_rate="70", target=80)
    >>> found.registered, found.active_needed
    (Span(low=895, high=904), Span(low=86, high=95))
    """
    base = Base(base)
    share_target = target_share(target, "target")
    pop, reg = region_counts(population, registered)
    act = checked_count(active, "active")
    published = reported(active_rate, "active_rate")
    if published is not None and base is Base.PARTICIPANTS:
        _within_participants(published, rounding)
    reg_span = _registered(pop, reg, reported(coverage, "coverage"), rounding)
    nobody = []
    if act is None and published is None and nobody_registered(reg_span):
        # Active members are a part of the registered: of none, none. Known, not guessed.
        act = 0
        nobody.append(Note("note.active_none_registered"))
    notes = _checked(pop, reg_span, act, published) + nobody
    whole = reg_span if base is Base.PARTICIPANTS else pop
    if whole is None:
        if act is not None or pop is not None or reg is not None or not verdict_only:
            needed_field = "registered" if base is Base.PARTICIPANTS else "population"
            raise InputError("active.needs_base", field=needed_field, base=base.value)
        assert published is not None  # guaranteed: no active count, so the rate was given
        return _verdict_only(base, share_target, published, rounding, notes)

    if base is Base.PARTICIPANTS:
        assert reg_span is not None
        found = _over_pairs(share_target, reg_span, act, published, rounding)
    else:
        assert pop is not None
        found = _on_population(share_target, pop, reg_span, act, published, rounding)
    if act is not None:
        denominator = reg if base is Base.PARTICIPANTS else pop
        activity_pct = None
        if denominator:
            activity_pct, warnings = counted_percent(act, denominator, published, "active_rate")
            notes.extend(warnings)
    else:
        assert published is not None
        activity_pct = published.percent
        notes.append(from_rounded(published, rounding))
    if pop is not None and found.active.low > pop:
        notes.append(Note("note.active_over_population", {"population": pop}, warning=True))
    if found.new_members is None:
        notes.append(Note("note.new_members_impossible", warning=True))
    if base is Base.POPULATION and found.sufficient is False:
        notes.append(Note("note.reactivation_short", {"inactive": found.inactive}))
    return Active(
        base=base,
        population=Span.exactly(pop) if pop is not None else None,
        registered=reg_span,
        active=found.active,
        target_pct=share_target * 100,
        activity_pct=activity_pct,
        required_active=found.gap.required,
        active_needed=found.gap.needed,
        new_members_needed=found.new_members,
        inactive=found.inactive,
        reactivation_sufficient=found.sufficient,
        met=found.gap.met,
        exact=act is not None and (base is Base.POPULATION or bool(reg_span and reg_span.exact)),
        notes=tuple(notes),
        headroom=found.gap.headroom,
    )


def nobody_registered(registered: Span | None) -> bool:
    """No one is registered, for certain: then no one is active either."""
    return registered is not None and registered.high == 0


def _within_participants(published: Reported, rounding: Rounding) -> None:
    """Active members are a part of the registered: a rate of them above 100 % is refused."""
    low, _ = published.share_interval(rounding)
    if low > 1:
        raise InputError("active.rate_above_100", field="active_rate", text=published)


def _registered(
    population: int | None, registered: int | None, coverage: Reported | None, rounding: Rounding
) -> Span | None:
    """The registered count, or the span a published coverage of the population allows."""
    if registered is not None:
        return Span.exactly(registered)
    if population is None or coverage is None:
        return None
    return count_from_share(population, coverage.share_interval(rounding), field="coverage")


def _checked(
    population: int | None, registered: Span | None, active: int | None, rate: Reported | None
) -> list[Note]:
    """Refuse counts that cannot stand together; the notes they call for."""
    if registered is not None and active is not None and active > registered.high:
        raise InputError(
            "active.above_registered", field="active", active=active, registered=registered.high
        )
    if active is None and rate is None:
        raise InputError(
            "active.no_active", active=Field("active"), active_rate=Field("active_rate")
        )
    if population is not None and registered is not None and registered.low > population:
        return [
            Note(
                "note.over_100",
                {"registered": registered.low, "population": population},
                warning=True,
            )
        ]
    return []


@dataclass(frozen=True)
class _Found:
    """Every figure of an activity result, each over all the counts the figures allow."""

    active: Span
    gap: Gap
    new_members: Span | None
    inactive: Span | None
    sufficient: bool | None


def _needs(raw_low: int, raw_high: int) -> tuple[Span, Span]:
    """From the least and the most of ceil(t * base) - active over the pairs: the active
    members needed (never below 0) and the headroom (how many may lapse, never below 0)."""
    return Span(max(0, raw_low), max(0, raw_high)), Span(max(0, -raw_high), max(0, -raw_low))


def _on_population(
    share: Fraction,
    population: int,
    registered: Span | None,
    active: int | None,
    published: Reported | None,
    rounding: Rounding,
) -> _Found:
    """The population base: the base is a count, the active count one or a span."""
    if active is not None:
        act = Span.exactly(active)
    else:
        assert published is not None
        act = count_from_share(population, published.share_interval(rounding), field="active_rate")
        if registered is not None and act.high > registered.high:
            if act.low > registered.high:
                raise InputError("value.no_count_fits", field="active_rate", base=registered.high)
            act = Span(act.low, registered.high)
    found = gap(share, Span.exactly(population), act)
    need = found.required.low  # of one population: one count
    inactive = sufficient = None
    if registered is not None:
        inactive = Span(max(0, registered.low - act.high), registered.high - act.low)
        # Reactivation alone reaches the target when the registered are enough for it.
        sufficient = True if need <= registered.low else False if need > registered.high else None
    return _Found(act, found, found.needed, inactive, sufficient)


def _ceil(share: Fraction, count: int) -> int:
    return required(share.numerator, share.denominator, count)


def _floor(share: Fraction, count: int) -> int:
    return share.numerator * count // share.denominator


def _over_pairs(
    share: Fraction,
    registered: Span,
    active: int | None,
    published: Reported | None,
    rounding: Rounding,
) -> _Found:
    """The participant base: every figure over the pairs (R, A) of registered and active
    counts the figures allow, A <= R."""
    if active is not None:
        return _with_active(share, registered, active)
    assert published is not None
    low, high = published.share_interval(rounding)
    whole = min(high, Fraction(1))

    def least(count: int) -> int:  # the fewest active of ``count`` registered the rate allows
        return _ceil(low, count)

    def most(count: int) -> int:  # the most, and never more than the registered
        return min(_ceil(high, count) - 1, count)

    def fits(count: int) -> bool:
        return least(count) <= most(count)

    first = _scan_for(registered.low, registered.high, fits, upward=True)
    last = _scan_for(registered.low, registered.high, fits, upward=False)
    if first is None or last is None:
        raise InputError("value.no_count_fits", field="active_rate", base=registered.high)

    def over(
        value: Callable[[int, int], int],
        envelope: Callable[[int], int],
        slope: Fraction,
        *,
        greatest: bool,
    ) -> int:
        """The greatest (or least) value(R, A) over the pairs: at the fewest active of each R
        for the greatest, the most active for the least."""

        def at(count: int) -> int | None:
            if not fits(count):
                return None
            return value(count, least(count) if greatest else most(count))

        return _extreme(first, last, at, envelope, slope, greatest=greatest)

    def raw_need(count: int, act: int) -> int:
        return _ceil(share, count) - act

    # ceil(tR) - ceil(lR) <= ceil((t - l)R); ceil(tR) - (most active) >= floor((t - h)R).
    raw_high = over(raw_need, lambda r: _ceil(share - low, r), share - low, greatest=True)
    raw_low = over(raw_need, lambda r: _floor(share - whole, r), share - whole, greatest=False)
    needed, headroom = _needs(raw_low, raw_high)
    inactive = Span(first - most(first), last - least(last))
    joiners: Span | None = None
    if share < 1:
        rest = 1 - share

        def joining(count: int, act: int) -> int:
            found = new_members(share.numerator, share.denominator, count, act)
            assert found is not None  # a target below 100 % is always reached
            return found

        def envelope(part: Fraction, *, up: bool) -> Callable[[int], int]:
            # (tR - A) / (1 - t) is at most (t - l)R / (1 - t), at least (t - h)R / (1 - t).
            scale = part / rest
            return lambda r: max(0, _ceil(scale, r) if up else _floor(scale, r))

        joiners = Span(
            over(joining, envelope(share - whole, up=False), share - whole, greatest=False),
            over(joining, envelope(share - low, up=True), share - low, greatest=True),
        )
    elif inactive.high == 0:
        joiners = Span(0, 0)  # at a 100 % target, only where no one can be inactive
    return _Found(
        Span(least(first), most(last)),
        Gap(Span(_ceil(share, first), _ceil(share, last)), needed, headroom),
        joiners,
        inactive,
        True,
    )


def _with_active(share: Fraction, registered: Span, active: int) -> _Found:
    """The participant base with the active count known: every figure moves with R."""
    regs = Span(max(registered.low, active), registered.high)
    fewest, most = (new_members(share.numerator, share.denominator, r, active) for r in regs)
    return _Found(
        Span.exactly(active),
        gap(share, regs, Span.exactly(active)),
        Span(fewest, most) if fewest is not None and most is not None else None,
        Span(regs.low - active, regs.high - active),
        True,
    )


def _scan_for(low: int, high: int, fits: Callable[[int], bool], *, upward: bool) -> int | None:
    """The first count from one end of [low, high] that ``fits`` (past MOST_SCANNED tried,
    that end itself: a span that then holds every count that fits, and some that do not)."""
    counts = range(low, high + 1) if upward else range(high, low - 1, -1)
    for tried, count in enumerate(counts):
        if tried == MOST_SCANNED:
            return low if upward else high
        if fits(count):
            return count
    return None


def _extreme(
    low: int,
    high: int,
    value: Callable[[int], int | None],
    envelope: Callable[[int], int],
    slope: Fraction,
    *,
    greatest: bool,
) -> int:
    """The greatest (or least) ``value`` over [low, high], where it is not None.

    ``envelope`` bounds ``value`` from above (for the greatest) or below, and moves with the
    sign of ``slope``: the scan starts where it is most extreme and stops once it can no
    longer beat what was found, so it tries about 1 / |slope| counts, not every one. Past
    MOST_SCANNED tried, the envelope where the scan began bounds every value: it is taken.
    """
    downward = greatest == (slope >= 0)
    counts = range(high, low - 1, -1) if downward else range(low, high + 1)
    start = high if downward else low
    best: int | None = None
    for tried, count in enumerate(counts):
        bound = envelope(count)
        if best is not None and (bound <= best if greatest else bound >= best):
            break
        if tried == MOST_SCANNED:
            return envelope(start)
        found = value(count)
        if found is not None and (best is None or (found > best if greatest else found < best)):
            best = found
    assert best is not None  # both ends of [low, high] have a value
    return best


def _verdict_only(
    base: Base, share: Fraction, published: Reported, rounding: Rounding, notes: list[Note]
) -> Active:
    """A published rate on its own: the verdict it allows, and no counts."""
    notes.append(from_rounded(published, rounding))
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
        met=published_met(published, rounding, share),
        exact=False,
        notes=tuple(notes),
    )
