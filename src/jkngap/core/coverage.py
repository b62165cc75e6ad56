"""Coverage (registered / population): the registrants needed to reach a target, exactly.

Every function takes keyword arguments only, never prints, and returns a frozen result.
A published, rounded percentage (a :class:`~jkngap.core.numbers.Reported`, or its text)
turns every figure derived from it into a :class:`~jkngap.core.spans.Span` of possible
values; the ``*_needed`` numbers are then its high end, the least number that reaches the
target whatever the true value inside the span is.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from jkngap.core.criteria import DEFAULT_PRESET, PRESETS
from jkngap.core.errors import Field, InputError
from jkngap.core.gap import counted_percent, from_rounded, gap, published_met, region_counts
from jkngap.core.model import Note, Percent, Record, range_of, reported, target_share, value_of
from jkngap.core.numbers import Reported, Rounding
from jkngap.core.results import Single
from jkngap.core.spans import Span, base_from_share, count_from_share, required_span

__all__ = ["Needed", "registrants_needed"]


@dataclass(frozen=True)
class Needed(Single):
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
            "population": value_of(self.population),
            "population_range": range_of(self.population),
            "registered": value_of(self.registered),
            "registered_range": range_of(self.registered),
            "target_pct": self.target_pct,
            "coverage_pct": self.coverage_pct,
            "required_registered": value_of(self.required_registered),
            "required_registered_range": range_of(self.required_registered),
            "registrants_needed": needed.high if needed else None,
            "registrants_needed_range": range_of(needed),
            "surplus": self.surplus.low if self.surplus else None,
            # The most registered who may leave with coverage still at its target: the
            # surplus by another name, said beside every surplus (its low end: sure).
            "registered_headroom": self.surplus.low if self.surplus else None,
            "met": self.met,
            "exact": self.exact,
        }


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
    share_target = target_share(target, "target")
    pop, reg = region_counts(population, registered)
    published = reported(coverage, "coverage")
    # Without a population: registered with a published coverage, or (for a verdict
    # alone) the published coverage by itself.
    alone = reg is None and published is not None and verdict_only
    if pop is None and not (reg is not None and published is not None) and not alone:
        raise InputError(
            "needed.no_base",
            population=Field("population"),
            registered=Field("registered"),
            coverage=Field("coverage"),
        )
    pop_span, reg_span, coverage_pct, notes = _figures(pop, reg, published, rounding)

    required = needed = surplus = None
    met: bool | None = None
    if pop_span is not None and reg_span is not None:
        found = gap(share_target, pop_span, reg_span)
        required, needed, surplus, met = found.required, found.needed, found.headroom, found.met
    elif pop_span is not None:  # the population alone: how many registrants the target is
        required = required_span(share_target, pop_span)
    elif published:
        met = published_met(published, rounding, share_target)
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
        exact=published is None or (pop is not None and reg is not None),
        notes=tuple(notes),
    )


def _figures(
    population: int | None, registered: int | None, published: Reported | None, rounding: Rounding
) -> tuple[Span | None, Span | None, Fraction | None, list[Note]]:
    """Population, registered and coverage from what was given: a count missing beside a
    published percentage is the span of counts that percentage allows."""
    notes: list[Note] = []
    pop_span = Span.exactly(population) if population is not None else None
    reg_span = Span.exactly(registered) if registered is not None else None
    coverage_pct = published.percent if published else None
    if population is not None and registered is not None:
        coverage_pct, notes = counted_percent(registered, population, published, "coverage")
    elif published and population is not None:
        interval = published.share_interval(rounding)
        reg_span = count_from_share(population, interval, field="coverage")
    elif published and registered is not None:
        interval = published.share_interval(rounding)
        pop_span = base_from_share(registered, interval, field="coverage")
    if published and not (population is not None and registered is not None):
        notes.append(from_rounded(published, rounding))
    return pop_span, reg_span, coverage_pct, notes
