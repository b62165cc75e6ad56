"""What premiums cost the regional budget (APBD), and how many people a budget pays for.

Monthly premiums (iuran) per person follow Perpres 64/2020, unchanged into 2026: they
are defaults a user can override, never constants buried in the arithmetic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jkngap.core.coverage import Needed
from jkngap.core.errors import Field, InputError, entry
from jkngap.core.model import Note, Record, checked_count
from jkngap.core.results import Single
from jkngap.core.spans import Span

__all__ = ["DEFAULT_CLASS", "DEFAULT_MONTHS", "PREMIUMS", "Cost", "cost"]

# Rupiah a month per person (Perpres 64/2020). A region enrolling its uncovered poor as
# PBI-APBD pays the PBI rate; class III members pay 35,000 themselves, 7,000 subsidised.
PREMIUMS: dict[str, int] = {
    "pbi": 42_000,
    "kelas-3": 42_000,
    "kelas-2": 100_000,
    "kelas-1": 150_000,
}
DEFAULT_CLASS = "pbi"
DEFAULT_MONTHS = 12


@dataclass(frozen=True)
class Cost(Single):
    """A yearly (or ``months``-long) premium bill, or the people a budget pays for."""

    people: Span
    premium: int
    months: int
    budget: Span
    unspent: int | None
    notes: tuple[Note, ...] = field(default=())

    kind = "cost"

    def headline(self) -> int:
        """The figure a script wants: the budget when people were given, else the people."""
        return self.people.high if self.unspent is not None else self.budget.high

    def record(self) -> Record:
        record: dict[str, Any] = {
            "people": self.people.high,
            "people_range": self.people.as_list(),
            "premium": self.premium,
            "months": self.months,
            "budget": self.budget.high,
            "budget_range": self.budget.as_list(),
            "unspent": self.unspent,
        }
        return record


def _positive(value: int, field: str) -> int:
    count = checked_count(value, field)
    if not count:
        raise InputError("value.must_be_positive", field=field, text=str(value))
    return count


def premium_for(member_class: str) -> int:
    """The monthly premium of a class (pbi, kelas-1, kelas-2, kelas-3)."""
    return entry(PREMIUMS, member_class, "member_class")


def cost(
    *,
    people: int | Span | None = None,
    budget: int | None = None,
    gap: Needed | None = None,
    premium: int = PREMIUMS[DEFAULT_CLASS],
    months: int = DEFAULT_MONTHS,
) -> Cost:
    """The bill for ``people`` (``people * premium * months``), or what ``budget`` pays for.

    ``people`` may be a span (a gap worked out from a published percentage): the bill is
    then a span too. ``gap`` prices the registrants a coverage gap needs, enrolled as
    PBI-APBD (a result of :func:`~jkngap.core.coverage.registrants_needed`). From a budget, the
    people are the most it pays for in full, and ``unspent`` the rupiah left over.

    >>> cost(budget=310_000_000_000).people
    Span(low=615079, high=615079)
    """
    premium = _positive(premium, "premium")
    months = _positive(months, "months")
    per_person = premium * months
    notes: tuple[Note, ...] = ()
    if gap is not None:
        if people is not None:
            raise InputError("option.conflict", first=Field("people"), second=Field("gap"))
        if gap.registrants_needed is None:
            raise InputError(
                "cost.gap_needs_registered",
                field="registered",
                registered=Field("registered"),
                population=Field("population"),
                coverage=Field("coverage"),
            )
        people, notes = gap.registrants_needed, gap.notes
    if people is None and budget is None:
        raise InputError("cost.nothing", people=Field("people"), budget=Field("budget"))
    if people is not None and budget is not None:
        raise InputError("option.conflict", first=Field("people"), second=Field("budget"))
    if budget is not None:
        budget = checked_count(budget, "budget")
        assert budget is not None
        covered = budget // per_person
        return Cost(
            people=Span.exactly(covered),
            premium=premium,
            months=months,
            budget=Span.exactly(budget),
            unspent=budget - covered * per_person,
        )
    if isinstance(people, Span):
        span = people
    else:
        count = checked_count(people, "people")
        assert count is not None  # people or budget was given, and budget was not
        span = Span.exactly(count)
    return Cost(
        people=span,
        premium=premium,
        months=months,
        budget=Span(span.low * per_person, span.high * per_person),
        unspent=None,
        notes=notes,
    )
