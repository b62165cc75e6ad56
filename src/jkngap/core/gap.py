"""A part of a whole at a target share: the one formula both targets are.

Coverage is the registered part of the population; activity the active part of the
registered (or of the population). For a target share t of a whole, the part required is
``ceil(t * whole)``, the part needed its shortfall against the part there is (never below
0), and the headroom how many of the part may go with the target still reached. Over spans
of possible counts each is a span holding every value the counts allow. Where there are
no counts, only a published percentage, the verdict is what its rounding allows.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from jkngap.core.model import Note, checked_count, disagreement, share_verdict, span_verdict
from jkngap.core.numbers import Reported, Rounding
from jkngap.core.spans import Span, required_span, shortfall_span

__all__ = [
    "Gap",
    "counted_percent",
    "from_rounded",
    "gap",
    "published_met",
    "region_counts",
]


@dataclass(frozen=True)
class Gap:
    """What a target asks of the part: required, still needed, and the headroom above it."""

    required: Span
    needed: Span
    headroom: Span

    @property
    def met(self) -> bool | None:
        """Met when nothing is needed whatever the true counts; None while that is open."""
        return span_verdict(self.needed)


def region_counts(population: int | None, registered: int | None) -> tuple[int | None, int | None]:
    """The population and registered counts both targets stand on, checked: whole, the
    registered not below 0 and the population above it (a share of no one is no share).
    NumPy's integers come back as ints."""
    checked_population = checked_count(population, "population", positive=True)
    return checked_population, checked_count(registered, "registered")


def gap(share: Fraction, whole: Span, part: Span) -> Gap:
    """The target ``share`` of ``whole`` against the ``part`` there is, over both spans.

    >>> gap(Fraction(98, 100), Span.exactly(590393), Span.exactly(581578)).headroom
    Span(low=2992, high=2992)
    """
    required = required_span(share, whole)
    return Gap(required, shortfall_span(required, part), shortfall_span(part, required))


def published_met(published: Reported, rounding: Rounding, share: Fraction) -> bool | None:
    """Whether a published percentage reaches ``share``: None where its rounding leaves
    values on both sides of the target."""
    return share_verdict(published.share_interval(rounding), share)


def from_rounded(published: Reported, rounding: Rounding) -> Note:
    """The note beside every figure worked out from a published, rounded percentage."""
    return Note("note.from_rounded", {"figure": published, "rounding": rounding.value})


def counted_percent(
    part: int, whole: int, published: Reported | None, field: str
) -> tuple[Fraction, list[Note]]:
    """The percentage the counts give (whole > 0), and a warning where a published one
    given beside them (``field``) cannot come from them.

    >>> from jkngap.core.numbers import read_percent
    >>> counted_percent(581578, 590393, read_percent("99.47"), "coverage")[1][0].key
    'note.reported_disagrees'
    """
    share = Fraction(part, whole)
    warning = disagreement(share, published, field) if published else None
    return share * 100, [warning] if warning else []
